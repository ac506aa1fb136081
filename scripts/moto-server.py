#!/usr/bin/env python3
"""moto_server with one fix to its SigV4 check (quirk Q5 of testdata/realrun/README.md).

moto 5.2.1 re-computes a request's signature from `body or data` (moto/iam/access_control.py,
IAMRequestBase._create_aws_request). For a REST-protocol request without a body (every GET of
Lambda, Route 53, API Gateway, ...) `data` is moto's dict of the request headers, so the
payload hash is of their urlencoding instead of the empty body, and every such signed request
fails with SignatureDoesNotMatch under IAM enforcement. This wrapper makes the payload the body
the client signed (empty). And moto checks the signature over the decoded path, but a REST path
that carries an ARN (`/v2/tags/arn%3Aaws%3Aapigateway%3A...%2Fapis%2Fabc`) is signed over its
escaped form, so outside S3 the path as it came on the wire is used. Nothing else changes:
signatures are still checked, policies still enforced.

    python3 scripts/moto-server.py -H 127.0.0.1 -p 5000     # same arguments as moto_server
"""
from urllib.parse import urlparse

from botocore.awsrequest import AWSRequest
from moto import settings
from moto.core import authorization
from moto.iam import access_control
from moto.server import main


def _create_aws_request(self):
    signed = self._get_string_between(
        "SignedHeaders=", ",", self._headers["Authorization"]).split(";")
    headers = self._create_headers_for_aws_request(signed, self._headers)
    body = self._body
    if not body and self._method.upper() not in ("GET", "HEAD", "DELETE"):
        body = self._data  # moto's own behaviour for query-protocol form posts
    request = AWSRequest(method=self._method, url=self._path, data=body, headers=headers)
    request.context["timestamp"] = headers["X-Amz-Date"]
    return request


def _authenticate_and_authorize_action(self, iam_request_cls, resource="*"):
    """moto's own method (moto/core/authorization.py), with the raw path outside S3."""
    mixin = authorization.ActionAuthenticatorMixin
    if mixin.request_count < settings.INITIAL_NO_AUTH_ACTION_COUNT:
        mixin.request_count += 1
        return
    if self.headers.get("X-Amz-Target") in mixin.PUBLIC_OPERATIONS:
        return
    parsed_url = urlparse(self.uri)
    path = parsed_url.path
    if iam_request_cls is not access_control.S3IAMRequest and getattr(self, "raw_path", None):
        path = self.raw_path
    if parsed_url.query:
        path += "?" + parsed_url.query
    iam_request = iam_request_cls(
        account_id=self.current_account, method=self.method, path=path, data=self.data,
        body=self.raw_body, headers=self.headers, action=self._get_action())
    iam_request.check_signature()
    iam_request.check_action_permitted(resource)


access_control.IAMRequestBase._create_aws_request = _create_aws_request
authorization.ActionAuthenticatorMixin._authenticate_and_authorize_action = \
    _authenticate_and_authorize_action

if __name__ == "__main__":
    main()
