#!/usr/bin/env python3
"""moto_server with one fix to its SigV4 check (quirk Q5 of testdata/realrun/README.md).

moto 5.2.1 re-computes a request's signature from `body or data` (moto/iam/access_control.py,
IAMRequestBase._create_aws_request). For a REST-protocol request without a body (every GET of
Lambda, Route 53, API Gateway, ...) `data` is moto's dict of the request headers, so the
payload hash is of their urlencoding instead of the empty body, and every such signed request
fails with SignatureDoesNotMatch under IAM enforcement. This wrapper makes the payload the body
the client signed (empty), nothing else: signatures are still checked, policies still enforced.

    python3 scripts/moto-server.py -H 127.0.0.1 -p 5000     # same arguments as moto_server
"""
from botocore.awsrequest import AWSRequest
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


access_control.IAMRequestBase._create_aws_request = _create_aws_request

if __name__ == "__main__":
    main()
