#!/usr/bin/env python3
"""The real-run suite: prove iamplan's curated rules with the real Terraform + hashicorp/aws.

For each testdata/realrun/<type>/main.tf (or the TYPEs given), inside a network namespace with
only loopback (`unshare -n`, see scripts/tfmoto.py):

  moto (IAM enforcement: INITIAL_NO_AUTH_ACTION_COUNT) <- iamplan capture (endpoint mode)
                                                       <- terraform + hashicorp/aws 5.100.0

and four steps: create (defaults), tags (tag_value=two: only tags change), update (variant=b:
one in-place change), destroy (`terraform plan -destroy`). Per step:

  1. `terraform plan -out` with the suite's admin identity, `terraform show -json`;
  2. `iamplan policy <plan> --phase deploy|destroy` -> a fresh moto IAM user whose ONLY policy
     is that prediction;
  3. `terraform apply <saved plan>` with that user's keys: SUFFICIENCY = apply succeeds;
  4. the calls the capture recorded during the apply -> `iamplan verify --phase ...`:
     VERIFY = no gap.

Results: ok | gap:<actions> | denied:<action> | error:<what>, printed as a table and written to
testdata/realrun/RESULTS.md. Exit 1 when a step of an expected-to-pass type fails, 2 when a
prerequisite (terraform, the provider mirror, moto, boto3, the iamplan binary) is missing.

    python3 scripts/realrun.py [TYPE...] [--jobs 3] [--no-capture] [--keep DIR]

Every allowance for moto's behaviour is a named entry in MOTO_QUIRKS below and documented in
testdata/realrun/README.md; nothing else is forgiven.
"""
import argparse
import json
import multiprocessing
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tfmoto  # noqa: E402

ROOT = tfmoto.ROOT
SUITE = os.path.join(ROOT, "testdata", "realrun")
STEPS = [
    ("create", {}, False),
    ("tags", {"tag_value": "two"}, False),
    ("update", {"tag_value": "two", "variant": "b"}, False),
    ("destroy", {"tag_value": "two", "variant": "b"}, True),
]
# Requests moto serves without authentication, for the suite's own setup (admin user, its key
# and its policy). Every later request must be signed by a key moto knows.
NO_AUTH_SETUP_CALLS = 3

# --- moto quirks: each is documented in testdata/realrun/README.md -------------------------
# Q1 (resource scoping): moto evaluates identity policies against Resource "*" for nearly every
# service (only IAM, SQS, STS and S3 pass an ARN), so a statement scoped to real ARNs never
# matches. The sufficiency user gets the predicted actions with `--wildcard-resources`; the
# scoped prediction is still what `verify` checks, against the recorded ARNs.
SUFFICIENCY_WILDCARD_RESOURCES = True
# Q2 (moto's S3 action names): moto authorizes S3 requests through its own ACTION_MAP
# (moto/s3/responses.py), which names some requests differently from the IAM action real S3
# authorizes: HEAD bucket is checked as s3:HeadBucket (real: s3:ListBucket); GET/PUT/DELETE of a
# bucket sub-resource moto does not list (?encryption, ?ownershipControls, ?object-lock,
# ?requestPayment, ?replication, ...) fall back to s3:ListBucket / s3:CreateBucket /
# s3:DeleteBucket; DELETE ?tagging of an object is checked as s3:DeleteObject. The sufficiency
# user gets the moto spelling (key) only when the prediction holds one of the real actions it
# stands for (value). `verify` judges action names with iamplan's own mapping, not moto's.
MOTO_ACTION_ALIASES = {
    "s3:HeadBucket": ["s3:ListBucket"],
    "s3:ListBucket": [
        "s3:GetEncryptionConfiguration", "s3:GetBucketOwnershipControls",
        "s3:GetBucketObjectLockConfiguration", "s3:GetBucketRequestPayment",
        "s3:GetReplicationConfiguration", "s3:GetBucketPublicAccessBlock",
        "s3:GetIntelligentTieringConfiguration", "s3:GetMetricsConfiguration",
        "s3:GetAnalyticsConfiguration", "s3:GetInventoryConfiguration",
    ],
    "s3:CreateBucket": [
        "s3:PutEncryptionConfiguration", "s3:PutBucketOwnershipControls",
        "s3:PutBucketObjectLockConfiguration", "s3:PutBucketRequestPayment",
        "s3:PutReplicationConfiguration", "s3:PutBucketPublicAccessBlock",
    ],
    "s3:DeleteBucket": [
        "s3:PutEncryptionConfiguration", "s3:PutBucketOwnershipControls",
        "s3:PutReplicationConfiguration", "s3:PutBucketPublicAccessBlock",
    ],
    "s3:DeleteObject": ["s3:DeleteObjectTagging"],
    "s3:GetPublicAccessBlock": ["s3:GetBucketPublicAccessBlock"],
    "s3:PutPublicAccessBlock": ["s3:PutBucketPublicAccessBlock"],
    "s3:DeletePublicAccessBlock": ["s3:PutBucketPublicAccessBlock"],
}
# Q3 (moto's names for other services): moto authorizes every non-S3 request as
# "<SigV4 signing name>:<operation name>". That is the IAM action for most services, but not
# where the signing name differs from the IAM prefix (CloudWatch signs as "monitoring"), nor
# for API Gateway (v1 and v2), whose IAM actions are HTTP methods on resource paths
# (apigateway:POST on /restapis). The sufficiency user gets the moto spelling of exactly the
# operations whose IAM action the prediction holds: monitoring:<Op> for cloudwatch:<Op>, and
# apigateway:<Op> for apigateway:<the operation's HTTP method in the botocore model>.
MOTO_SIGNING_NAMES = {"monitoring": "cloudwatch"}
MOTO_HTTP_METHOD_SERVICES = ["apigateway", "apigatewayv2"]  # botocore models, prefix apigateway
# Q5 (types moto cannot run with IAM enforcement): not run; their result is "n/a:<reason>".
MOTO_UNSUPPORTED = {
    t: "moto 5.2.1 rejects the SigV4 signature of every signed API Gateway GET "
       "(SignatureDoesNotMatch), so no read after create succeeds"
    for t in ["aws_api_gateway_deployment", "aws_api_gateway_integration",
              "aws_api_gateway_method", "aws_api_gateway_resource", "aws_api_gateway_rest_api",
              "aws_api_gateway_stage", "aws_apigatewayv2_api", "aws_apigatewayv2_integration",
              "aws_apigatewayv2_route", "aws_apigatewayv2_stage"]
}
# Q4: calls moto makes to itself or the provider makes that are not AWS API calls with an IAM
# action (none known so far).
IGNORED_CAPTURE_OPERATIONS = set()


class Timeout(Exception):
    pass


def sh(cmd, cwd=None, env=None, timeout=300):
    """Run cmd in its own process group; on timeout kill the group (terraform + provider)."""
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)
        out, err = p.communicate()
        return subprocess.CompletedProcess(cmd, -9, out, (err or "") + "\nTIMEOUT")
    return subprocess.CompletedProcess(cmd, p.returncode, out, err)


_APIGW = []


def apigateway_operations():
    """(operation, HTTP method) of every API Gateway v1/v2 operation (Q3)."""
    if not _APIGW:
        import botocore.session
        sess = botocore.session.get_session()
        for svc in MOTO_HTTP_METHOD_SERVICES:
            m = sess.get_service_model(svc)
            _APIGW.extend((op, m.operation_model(op).http["method"]) for op in m.operation_names)
    return _APIGW


def with_moto_aliases(policy):
    """The predicted policy plus MOTO_ACTION_ALIASES (Q2) for the actions it holds."""
    have = set()
    for st in policy.get("Statement", []):
        a = st.get("Action", [])
        have.update([a] if isinstance(a, str) else a)
    extra = {m for m, real in MOTO_ACTION_ALIASES.items() if m not in have and have & set(real)}
    for sign, prefix in MOTO_SIGNING_NAMES.items():
        extra |= {sign + a[len(prefix):] for a in have if a.startswith(prefix + ":")}
    for op, method in apigateway_operations():
        if "apigateway:" + method in have:
            extra.add("apigateway:" + op)
    extra = sorted(extra - have)
    if extra:
        policy = dict(policy, Statement=policy["Statement"] + [
            {"Sid": "MotoQuirkQ2", "Effect": "Allow", "Action": extra, "Resource": "*"}])
    return policy


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def iamplan_bin():
    for p in (os.environ.get("IAMPLAN_BIN"),
              os.path.join(os.environ.get("CARGO_TARGET_DIR", ""), "release", "iamplan")
              if os.environ.get("CARGO_TARGET_DIR") else None,
              os.path.join(ROOT, "target", "release", "iamplan")):
        if p and os.access(p, os.X_OK):
            return p
    return None


def prerequisites():
    missing = []
    if not shutil.which("terraform"):
        missing.append("terraform (not on PATH)")
    if not tfmoto.mirror():
        missing.append("hashicorp/aws provider filesystem mirror (/opt/tf-plugins or "
                       "TF_PLUGIN_MIRROR)")
    if not shutil.which("moto_server"):
        missing.append("moto_server (pip install 'moto[server]')")
    try:
        import boto3  # noqa: F401
    except ImportError:
        missing.append("boto3 (pip install boto3)")
    if not iamplan_bin():
        missing.append("iamplan release binary (cargo build --release --bin iamplan, or "
                       "IAMPLAN_BIN)")
    return missing


def boto(service, port, key, secret):
    import boto3
    return boto3.client(service, endpoint_url=f"http://127.0.0.1:{port}",
                        region_name=tfmoto.REGION, aws_access_key_id=key,
                        aws_secret_access_key=secret)


def make_user(port, admin, name, policy):
    """A moto IAM user whose only permissions are `policy` (a policy document)."""
    iam = boto("iam", port, *admin)
    iam.create_user(UserName=name)
    iam.put_user_policy(UserName=name, PolicyName="predicted", PolicyDocument=json.dumps(policy))
    k = iam.create_access_key(UserName=name)["AccessKey"]
    return k["AccessKeyId"], k["SecretAccessKey"]


def wait_file_stable(path, settle=0.3, tries=20):
    last = -1
    for _ in range(tries):
        n = os.path.getsize(path) if os.path.exists(path) else 0
        if n == last:
            return
        last = n
        time.sleep(settle)


def read_lines_from(path, offset):
    if not os.path.exists(path):
        return b"", 0
    with open(path, "rb") as f:
        f.seek(offset)
        data = f.read()
    # only whole lines
    cut = data.rfind(b"\n") + 1
    return data[:cut], offset + cut


DENIED_RE = re.compile(r"not authorized to perform:? ([A-Za-z0-9-]+:[A-Za-z0-9*]+)")


def denied_actions(apply_out, calls):
    acts = set(DENIED_RE.findall(apply_out))
    for c in calls:
        if c.get("status") == 403 or (c.get("error_code") or "") in (
                "AccessDenied", "AccessDeniedException", "UnauthorizedOperation"):
            acts.update(c.get("iam_actions") or [])
    return sorted(acts)


def first_error(out):
    for line in out.splitlines():
        s = line.strip("│ ").strip()
        if s.startswith("Error:"):
            return s[6:].strip()[:120]
    return out.strip().splitlines()[-1][:120] if out.strip() else "?"


def run_type(args):
    rtype, opts = args
    t0 = time.time()
    res = {"type": rtype, "steps": {}, "log": []}
    if rtype in MOTO_UNSUPPORTED:
        res["steps"] = {s: "n/a:moto (Q5)" for s, _, _ in STEPS}
        res["seconds"] = 0
        return res
    log = res["log"].append
    work = tempfile.mkdtemp(prefix=f"realrun-{rtype}-", dir=opts.get("keep"))
    procs = []
    try:
        mport = free_port()
        menv = dict(os.environ, INITIAL_NO_AUTH_ACTION_COUNT=str(NO_AUTH_SETUP_CALLS))
        procs.append(tfmoto.start_moto(mport, env=menv, log=os.path.join(work, "moto.log")))
        # the suite's admin (plans and setup)
        iam = boto("iam", mport, "x", "x")
        iam.create_user(UserName="realrun-admin")
        k = iam.create_access_key(UserName="realrun-admin")["AccessKey"]
        admin = (k["AccessKeyId"], k["SecretAccessKey"])
        iam.put_user_policy(UserName="realrun-admin", PolicyName="admin", PolicyDocument=json.dumps(
            {"Version": "2012-10-17",
             "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
        calls_path = os.path.join(work, "calls.jsonl")
        if opts["capture"]:
            cport = free_port()
            procs.append(subprocess.Popen(
                [opts["bin"], "capture", "--listen", f"127.0.0.1:{cport}", "--upstream",
                 f"http://127.0.0.1:{mport}", "--out", calls_path],
                stdout=open(os.path.join(work, "capture.log"), "w"), stderr=subprocess.STDOUT))
            tfmoto.wait_port(cport, "iamplan capture")
            eport = cport
        else:
            eport = mport
        src = os.path.join(SUITE, rtype)
        for f in os.listdir(src):
            if f.endswith(".tf"):
                shutil.copy(os.path.join(src, f), work)
        tfmoto.lambda_zip(os.path.join(work, "lambda.zip"))
        with open(os.path.join(work, "provider.tf"), "w") as f:
            # Credentials are real moto keys, so the provider validates them (sts:GetCallerIdentity,
            # which also gives the account id) as it does against AWS; with
            # skip_credentials_validation it would probe iam:GetUser first.
            f.write(tfmoto.provider_tf(eport, access_key=None, validate_credentials=True))
        env = dict(opts["env"], TF_DATA_DIR=os.path.join(work, ".terraform"))
        aenv = dict(env, AWS_ACCESS_KEY_ID=admin[0], AWS_SECRET_ACCESS_KEY=admin[1])
        r = sh(["terraform", "init", "-input=false", "-no-color"], cwd=work, env=aenv)
        if r.returncode:
            raise RuntimeError("init: " + first_error(r.stdout + r.stderr))
        offset = 0
        for i, (step, vars_, destroy) in enumerate(STEPS):
            if res["steps"] and any(v != "ok" and not v.startswith("gap") for v in
                                    res["steps"].values()):
                res["steps"][step] = "skipped"
                continue
            vargs = [f"-var={k}={v}" for k, v in sorted(vars_.items())]
            # -refresh=false: the state is what the previous step's apply wrote (the plan phase
            # is not under test here), and it saves the refresh calls.
            r = sh(["terraform", "plan", "-input=false", "-no-color", "-out=tfplan",
                    "-refresh=false",
                    *(["-destroy"] if destroy else []), *vargs], cwd=work, env=aenv)
            if r.returncode:
                res["steps"][step] = "error:plan " + first_error(r.stdout + r.stderr)
                log(r.stdout + r.stderr)
                continue
            r = sh(["terraform", "show", "-json", "-no-color", "tfplan"], cwd=work, env=aenv)
            plan = os.path.join(work, f"{step}.plan.json")
            with open(plan, "w") as f:
                f.write(r.stdout)
            # destroy: iamplan's destroy phase of the previous step's plan ("what terraform
            # destroy needs after this plan is applied") is the prediction, applied as the
            # saved `plan -destroy` plan.
            phase = "destroy" if destroy else "deploy"
            if destroy:
                plan = prev_plan
            prev_plan = plan
            pol = sh([opts["bin"], "policy", plan, "--phase", phase,
                      *(["--wildcard-resources"] if SUFFICIENCY_WILDCARD_RESOURCES else [])])
            if pol.returncode:
                res["steps"][step] = "error:policy " + pol.stderr.strip()[:100]
                continue
            policy = with_moto_aliases(json.loads(pol.stdout))
            with open(os.path.join(work, f"{step}.policy.json"), "w") as f:
                json.dump(policy, f, indent=1)
            ukey = make_user(mport, admin, f"realrun-{i}-{step}", policy)
            if opts["capture"]:
                wait_file_stable(calls_path)
                _, offset = read_lines_from(calls_path, offset)
            uenv = dict(env, AWS_ACCESS_KEY_ID=ukey[0], AWS_SECRET_ACCESS_KEY=ukey[1])
            r = sh(["terraform", "apply", "-input=false", "-no-color", "-auto-approve", "tfplan"],
                   cwd=work, env=uenv, timeout=opts["apply_timeout"])
            out = r.stdout + r.stderr
            with open(os.path.join(work, f"{step}.apply.log"), "w") as f:
                f.write(out)
            calls = []
            if opts["capture"]:
                wait_file_stable(calls_path)
                data, offset = read_lines_from(calls_path, offset)
                step_calls = os.path.join(work, f"{step}.calls.jsonl")
                with open(step_calls, "wb") as f:
                    f.write(data)
                calls = [json.loads(l) for l in data.decode().splitlines() if l.strip()]
            if r.returncode:
                den = denied_actions(out, calls)
                if r.returncode == -9:
                    res["steps"][step] = "error:apply timeout" + (
                        " (403s: " + ",".join(den) + ")" if den else "")
                else:
                    res["steps"][step] = ("denied:" + ",".join(den)) if den else \
                        "error:apply " + first_error(out)
                continue
            if not opts["capture"]:
                res["steps"][step] = "ok"
                continue
            v = sh([opts["bin"], "verify", plan, "--capture", step_calls, "--phase", phase,
                    "--format", "json"])
            with open(os.path.join(work, f"{step}.verify.json"), "w") as f:
                f.write(v.stdout + v.stderr)
            try:
                vj = json.loads(v.stdout)
            except ValueError:
                res["steps"][step] = "error:verify " + (v.stderr.strip() or v.stdout)[:100]
                continue
            gaps = sorted({g.get("action") for g in vj.get("gaps", [])
                           if g.get("operation") not in IGNORED_CAPTURE_OPERATIONS})
            res.setdefault("unobserved", {})[step] = sorted(
                {u.get("action") for u in vj.get("unobserved", [])})
            res["steps"][step] = ("gap:" + ",".join(gaps)) if gaps else "ok"
    except Exception as e:  # noqa: BLE001
        res["steps"].setdefault("create", "error:" + str(e)[:120])
        log(traceback.format_exc())
    finally:
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        if not opts.get("keep"):
            shutil.rmtree(work, ignore_errors=True)
        else:
            res["work"] = work
    for step, _, _ in STEPS:
        res["steps"].setdefault(step, "skipped")
    res["seconds"] = round(time.time() - t0, 1)
    return res


def expected_to_pass():
    p = os.path.join(SUITE, "expected-to-pass.txt")
    if not os.path.exists(p):
        return set()
    return {l.split("#")[0].strip() for l in open(p) if l.split("#")[0].strip()}


def table(results):
    rows = ["| type | create | tags | update | destroy |", "|---|---|---|---|---|"]
    for r in results:
        rows.append("| `" + r["type"] + "` | " +
                    " | ".join(r["steps"][s].replace("|", "/") for s, _, _ in STEPS) + " |")
    return "\n".join(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("types", nargs="*")
    ap.add_argument("--jobs", type=int, default=3)
    ap.add_argument("--no-capture", action="store_true",
                    help="talk to moto directly (sufficiency only, no verify)")
    ap.add_argument("--keep", help="keep each type's work directory under this directory")
    ap.add_argument("--apply-timeout", type=int, default=90,
                    help="seconds before an apply is killed (the provider retries denials)")
    ap.add_argument("--no-write", action="store_true", help="do not write RESULTS.md")
    a = ap.parse_args()
    missing = prerequisites()
    if missing:
        print("realrun: MISSING PREREQUISITES, the suite cannot run:\n  - " +
              "\n  - ".join(missing), file=sys.stderr)
        sys.exit(2)
    tfmoto.enter_netns()
    types = a.types or sorted(d for d in os.listdir(SUITE)
                              if os.path.exists(os.path.join(SUITE, d, "main.tf")))
    if a.keep:
        os.makedirs(a.keep, exist_ok=True)
        a.keep = os.path.abspath(a.keep)
    home = tempfile.mkdtemp(prefix="realrun-home-")
    cfg = tfmoto.cli_config(home)
    env = tfmoto.tf_env(cfg)
    # one shared plugin cache: terraform init links the provider instead of copying it
    os.makedirs(os.path.join(home, "plugin-cache"), exist_ok=True)
    env["TF_PLUGIN_CACHE_DIR"] = os.path.join(home, "plugin-cache")
    # Install the provider into the shared cache once, before the workers race for it.
    warm = os.path.join(home, "warm")
    os.makedirs(warm)
    with open(os.path.join(warm, "provider.tf"), "w") as f:
        f.write(tfmoto.provider_tf(1))
    r = sh(["terraform", "init", "-input=false", "-no-color"], cwd=warm, env=env)
    if r.returncode:
        sys.exit("realrun: terraform init from the provider mirror failed:\n" + r.stdout + r.stderr)
    opts = {"capture": not a.no_capture, "bin": iamplan_bin(), "env": env, "keep": a.keep,
            "apply_timeout": a.apply_timeout}
    t0 = time.time()
    results = []
    with multiprocessing.Pool(a.jobs) as pool:
        for r in pool.imap_unordered(run_type, [(t, opts) for t in types]):
            results.append(r)
            if opts["keep"]:
                with open(os.path.join(opts["keep"], "results.jsonl"), "a") as f:
                    f.write(json.dumps(r) + "\n")
            print(f"{r['type']:<45} " + " ".join(f"{s}={r['steps'][s]}" for s, _, _ in STEPS) +
                  f"  ({r['seconds']}s)", flush=True)
            if r["log"] and os.environ.get("REALRUN_VERBOSE"):
                print("\n".join(r["log"]), file=sys.stderr)
    wall = time.time() - t0
    results.sort(key=lambda r: r["type"])
    passing = [r["type"] for r in results if all(v == "ok" for v in r["steps"].values())]
    exp = expected_to_pass()
    failed = sorted(t for t in exp & set(types) if t not in passing)
    tbl = table(results)
    summary = (f"{len(passing)} of {len(results)} types pass all four steps (sufficiency and "
               f"verify); wall time {wall:.0f}s with {a.jobs} jobs.")
    print("\n" + tbl + "\n\n" + summary)
    print(f"FULLY PASSING TYPES: {len(passing)}")
    unobs = {r["type"]: r.get("unobserved", {}) for r in results}
    if not a.no_write and not a.types:
        with open(os.path.join(SUITE, "RESULTS.md"), "w") as f:
            f.write("# Real-run suite results\n\nGenerated by `scripts/realrun.py` (terraform "
                    f"1.11, hashicorp/aws {tfmoto.PROVIDER_VERSION}, moto). {summary}\n\n"
                    "ok = `terraform apply` succeeded with only iamplan's predicted policy "
                    "AND `iamplan verify` found no gap in the recorded calls.\n\n" + tbl + "\n")
        with open(os.path.join(SUITE, "unobserved.json"), "w") as f:
            json.dump(unobs, f, indent=1, sort_keys=True)
            f.write("\n")
    if failed:
        print("expected to pass but failed: " + ", ".join(failed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
