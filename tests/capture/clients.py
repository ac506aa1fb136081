#!/usr/bin/env python3
"""Drives the AWS CLI and boto3 through `iamplan capture` for tests/capture.rs.

    clients.py endpoint URL WORKDIR   # endpoint mode: every client gets --endpoint-url URL
    clients.py proxy WORKDIR          # proxy mode: HTTPS_PROXY and AWS_CA_BUNDLE come from env

Credentials and region come from the environment the test sets. Makes one call per protocol
family (query, ec2, json, rest-json, rest-xml), S3 uploads that send `Expect: 100-continue`
(boto3 put_object of a file; multipart through `aws s3 cp` and boto3 upload_fileobj; over
HTTPS botocore also sends them with `Transfer-Encoding: chunked`), and in endpoint mode a
hand-written chunked PUT that waits for the `100 Continue` like a strict client would.

Prints one JSON object on stdout: {"expected": [[service, operation, iam_action], ...]}, the
calls the capture must have recorded (with a 2xx status). Exits non-zero when a call fails.
"""
import hashlib
import json
import os
import socket
import subprocess
import sys
import time

import boto3
from botocore.config import Config

MODE = sys.argv[1]
if MODE == "endpoint":
    ENDPOINT, WORK = sys.argv[2], sys.argv[3]
else:
    ENDPOINT, WORK = None, sys.argv[2]
REGION = os.environ.get("AWS_DEFAULT_REGION", "eu-west-1")
expected = []


T0 = time.time()


def expect(service, operation, action):
    expected.append([service, operation, action])
    # Timings go to stderr, which the test shows when something fails.
    print(f"{time.time() - T0:6.2f}s {service} {operation}", file=sys.stderr)


def aws(*args):
    # Generous timeouts: on a loaded CI machine moto can take long over an 8 MiB part, and a
    # read timeout would only turn slowness into retries.
    cmd = ["aws", "--output", "json", "--cli-read-timeout", "300", "--cli-connect-timeout", "60"]
    if ENDPOINT:
        cmd += ["--endpoint-url", ENDPOINT]
    out = subprocess.run(cmd + list(args), capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        sys.exit(f"aws {' '.join(args)} failed: {out.stderr.strip()}")
    return json.loads(out.stdout) if out.stdout.strip() else None


def client(name):
    cfg = Config(region_name=REGION, retries={"max_attempts": 2, "mode": "standard"},
                 connect_timeout=60, read_timeout=300)
    return boto3.client(name, endpoint_url=ENDPOINT, config=cfg)


def raw_chunked_put(url, bucket, key, payload):
    """A PUT with `Expect: 100-continue` and a chunked body, waiting for the 100 like a strict
    client: a proxy that only answers after the body hangs here (and fails the test)."""
    hostport = url.split("://", 1)[1].rstrip("/")
    host, port = hostport.rsplit(":", 1)
    akid = os.environ["AWS_ACCESS_KEY_ID"]
    date = time.strftime("%Y%m%d", time.gmtime())
    head = (
        f"PUT /{bucket}/{key} HTTP/1.1\r\n"
        f"Host: {hostport}\r\n"
        f"Authorization: AWS4-HMAC-SHA256 Credential={akid}/{date}/{REGION}/s3/aws4_request, "
        "SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=" + "0" * 64 + "\r\n"
        "x-amz-content-sha256: UNSIGNED-PAYLOAD\r\n"
        f"x-amz-date: {time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}\r\n"
        f"x-amz-security-token: {os.environ.get('AWS_SESSION_TOKEN', '')}\r\n"
        "Expect: 100-continue\r\n"
        "Transfer-Encoding: chunked\r\n"
        "Connection: close\r\n\r\n"
    )
    s = socket.create_connection((host, int(port)), timeout=60)
    s.sendall(head.encode())
    interim = b""
    while b"\r\n\r\n" not in interim:
        chunk = s.recv(4096)
        if not chunk:
            sys.exit("raw chunked PUT: connection closed before 100 Continue")
        interim += chunk
    if not interim.startswith(b"HTTP/1.1 100"):
        sys.exit(f"raw chunked PUT: expected 100 Continue, got {interim[:60]!r}")
    for i in range(0, len(payload), 65536):
        part = payload[i:i + 65536]
        s.sendall(b"%x\r\n" % len(part) + part + b"\r\n")
    s.sendall(b"0\r\n\r\n")
    resp = interim.split(b"\r\n\r\n", 1)[1]
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        resp += chunk
    s.close()
    status = resp.split(b"\r\n", 1)[0]
    if b" 200 " not in status + b" ":
        sys.exit(f"raw chunked PUT: {status!r}")


def main():
    os.makedirs(WORK, exist_ok=True)
    big = os.path.join(WORK, "big.bin")
    payload = os.urandom(9 * 1024 * 1024)  # > 8 MiB: multipart for `aws s3 cp`/upload_fileobj
    with open(big, "wb") as f:
        f.write(payload)
    bucket = "iamplan-capture-test"

    # The AWS CLI: one call per protocol family (each `aws` start costs a second of CPU, so
    # the rest goes through boto3 in this process).
    ident = aws("sts", "get-caller-identity")  # query
    assert ident["Account"], ident
    expect("sts", "GetCallerIdentity", "sts:GetCallerIdentity")
    aws("ec2", "create-vpc", "--cidr-block", "10.0.0.0/16")  # ec2
    expect("ec2", "CreateVpc", "ec2:CreateVpc")
    q = aws("sqs", "create-queue", "--queue-name", "capture-queue", "--tags", "env=test")  # json
    expect("sqs", "CreateQueue", "sqs:CreateQueue")
    aws("lambda", "list-functions")  # rest-json
    expect("lambda", "ListFunctions", "lambda:ListFunctions")
    aws("s3api", "create-bucket", "--bucket", bucket,  # rest-xml
        "--create-bucket-configuration", f"LocationConstraint={REGION}")
    expect("s3", "CreateBucket", "s3:CreateBucket")
    # S3 multipart (UploadPart with Expect: 100-continue)
    aws("s3", "cp", "--only-show-errors", big, f"s3://{bucket}/cli-multipart.bin")
    expect("s3", "CreateMultipartUpload", "s3:PutObject")
    expect("s3", "UploadPart", "s3:PutObject")
    expect("s3", "CompleteMultipartUpload", "s3:PutObject")

    # boto3
    client("iam").create_role(  # query
        RoleName="capture-role",
        AssumeRolePolicyDocument='{"Version":"2012-10-17","Statement":[]}')
    expect("iam", "CreateRole", "iam:CreateRole")
    client("logs").create_log_group(logGroupName="/iamplan/capture")  # json 1.1
    expect("logs", "CreateLogGroup", "logs:CreateLogGroup")
    # CloudWatch: botocore prefers awsJson over rpc-v2-cbor (and moto speaks no CBOR)
    client("cloudwatch").put_metric_alarm(
        AlarmName="capture-alarm", MetricName="CPU", Namespace="AWS/EC2", Statistic="Average",
        Period=60, Threshold=1.0, ComparisonOperator="GreaterThanThreshold", EvaluationPeriods=1)
    expect("cloudwatch", "PutMetricAlarm", "cloudwatch:PutMetricAlarm")
    client("route53").list_hosted_zones()  # rest-xml
    expect("route53", "ListHostedZones", "route53:ListHostedZones")
    ddb = client("dynamodb")
    ddb.create_table(TableName="capture-table",
                     AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
                     KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
                     BillingMode="PAY_PER_REQUEST")
    expect("dynamodb", "CreateTable", "dynamodb:CreateTable")
    sqs = client("sqs")
    sqs.get_queue_attributes(QueueUrl=q["QueueUrl"], AttributeNames=["All"])
    expect("sqs", "GetQueueAttributes", "sqs:GetQueueAttributes")
    s3 = client("s3")
    s3.put_bucket_tagging(Bucket=bucket, Tagging={"TagSet": [{"Key": "env", "Value": "test"}]})
    expect("s3", "PutBucketTagging", "s3:PutBucketTagging")
    s3.get_bucket_tagging(Bucket=bucket)
    expect("s3", "GetBucketTagging", "s3:GetBucketTagging")
    with open(big, "rb") as f:
        s3.put_object(Bucket=bucket, Key="boto3-put.bin", Body=f)  # Expect: 100-continue
    expect("s3", "PutObject", "s3:PutObject")
    head = s3.head_object(Bucket=bucket, Key="boto3-put.bin")
    assert head["ContentLength"] == len(payload), head["ContentLength"]
    expect("s3", "HeadObject", "s3:GetObject")
    got = s3.get_object(Bucket=bucket, Key="boto3-put.bin")["Body"].read()
    assert hashlib.sha256(got).digest() == hashlib.sha256(payload).digest(), "GetObject bytes differ"
    expect("s3", "GetObject", "s3:GetObject")
    with open(big, "rb") as f:
        s3.upload_fileobj(f, bucket, "boto3-multipart.bin")
    got = s3.get_object(Bucket=bucket, Key="boto3-multipart.bin")["Body"].read()
    assert got == payload, "multipart object differs"
    s3.list_objects_v2(Bucket=bucket)
    expect("s3", "ListObjectsV2", "s3:ListBucket")

    if MODE == "endpoint":
        raw = os.urandom(3 * 1024 * 1024 + 17)
        raw_chunked_put(ENDPOINT, bucket, "raw-chunked.bin", raw)
        got = s3.get_object(Bucket=bucket, Key="raw-chunked.bin")["Body"].read()
        assert got == raw, f"chunked upload differs ({len(got)} of {len(raw)} bytes)"
        expect("s3", "PutObject", "s3:PutObject")

    print(json.dumps({"expected": expected}))


if __name__ == "__main__":
    main()
