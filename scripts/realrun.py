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
import signal
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
# Q5 (moto's SigV4 check of body-less requests): fixed in scripts/moto-server.py, which every
# run uses instead of moto_server. No type is left out for it any more.
# Q10 (moto cannot create the type: every step would fail at create or stall its batch until
# the apply timeout): the type is not run and every step is reported n/a. moto 5.2.1 answers
# CodeCommit CreateRepository with a creation date the provider cannot decode, and implements
# neither CloudWatch PutCompositeAlarm nor EC2 CreatePlacementGroup (500; the provider retries).
MOTO_UNSUPPORTED = {
    "aws_cloudwatch_composite_alarm": "Q10",
    "aws_codecommit_repository": "Q10",
    "aws_placement_group": "Q10",
}
# Q6 (moto cannot tag the resource): moto cannot route TagResource for a REST API, an HTTP
# API stage, an API key or a usage plan ARN (its URL patterns `/tags/<arn>` take no `/`, and
# those ARNs are `...::/restapis/<id>`, `.../apis/<id>/stages/<n>`, `...::/apikeys/<id>`,
# `...::/usageplans/<id>`), and implements no cognito-idp TagResource/UntagResource
# (moto/cognitoidp/responses.py). Configurations keep such tags constant; for these types the
# tags step changes nothing, so it is reported n/a rather than ok.
# Q7 (an update moto 5.2.1 does not implement: it answers 500 and the provider retries until
# the apply times out): API Gateway UpdateDeployment, UpdateIntegration, UpdateMethod,
# UpdateResource and, for HTTP APIs, UpdateStage; Athena UpdateWorkGroup and Backup
# UpdateBackupPlan (the only calls those types' in-place updates make; a workgroup sends
# UpdateWorkGroup for any change but tags, force_destroy too); EventBridge UpdateEventBus (every
# in-place change of an event bus but its tags). The update step keeps those types' `variant`
# at "a" and is reported n/a.
MOTO_STEP_NA = {
    "aws_api_gateway_api_key": {"tags": "n/a:moto (Q6)"},
    "aws_api_gateway_deployment": {"update": "n/a:moto (Q7)"},
    "aws_api_gateway_integration": {"update": "n/a:moto (Q7)"},
    "aws_api_gateway_method": {"update": "n/a:moto (Q7)"},
    "aws_api_gateway_resource": {"update": "n/a:moto (Q7)"},
    "aws_api_gateway_rest_api": {"tags": "n/a:moto (Q6)"},
    "aws_api_gateway_usage_plan": {"tags": "n/a:moto (Q6)"},
    "aws_apigatewayv2_stage": {"tags": "n/a:moto (Q6)", "update": "n/a:moto (Q7)"},
    "aws_athena_workgroup": {"update": "n/a:moto (Q7)"},
    "aws_backup_plan": {"update": "n/a:moto (Q7)"},
    "aws_cloudwatch_event_bus": {"update": "n/a:moto (Q7)"},
    "aws_cognito_user_pool": {"tags": "n/a:moto (Q6)"},
    # Q11 (a delete moto 5.2.1 does not implement: EFS DeleteFileSystemPolicy answers 500 and
    # the provider retries until the apply times out): the type leaves the batch before the
    # destroy step (`terraform state rm` of its module) and destroy is n/a.
    "aws_efs_file_system_policy": {"destroy": "n/a:moto (Q11)"},
}
# The variable a step changes, so a step moto cannot run can be left without changes.
STEP_VARIABLE = {"tags": "tag_value", "update": "variant"}
# Q4: calls moto makes to itself or the provider makes that are not AWS API calls with an IAM
# action (none known so far).
IGNORED_CAPTURE_OPERATIONS = set()


class Timeout(Exception):
    pass


def sh(cmd, cwd=None, env=None, timeout=300):
    """Run cmd in its own process group. On timeout interrupt the group as Ctrl-C would
    (terraform stops its operations and writes state), then kill what is left."""
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGINT)
        try:
            out, err = p.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
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


ERROR_WITH_RE = re.compile(r"with module\.([A-Za-z0-9_-]+)\.")
NAME_RE = re.compile(r"realrun(?![\s\"]*=)")


def module_errors(out):
    """{module: [error block, ...]} from terraform's `Error:` blocks, plus the blocks that name
    no module (provider or configuration errors, which fail the whole batch)."""
    per, loose = {}, []
    blocks, cur = [], None
    # With -no-color a block is its `Error:` line and everything up to the next diagnostic.
    for line in out.splitlines():
        s = line.lstrip("│╷╵ ").rstrip()
        if s.startswith("Error:"):
            cur = [s]
            blocks.append(cur)
        elif s.startswith("Warning:"):
            cur = None
        elif cur is not None:
            cur.append(s)
    for b in blocks:
        text = "\n".join(b)
        m = ERROR_WITH_RE.search(text)
        if m:
            per.setdefault(m.group(1), []).append(text)
        else:
            loose.append(text)
    return per, loose


PROGRESS_RE = re.compile(r"^(module\.\S+): (Creating|Modifying|Destroying|Still \w+)\.\.\.")
DONE_RE = re.compile(r"^(module\.\S+): (Creation|Modifications|Destruction) complete")


def in_progress(out):
    """Addresses terraform started but had not finished (an interrupted apply)."""
    started, done = set(), set()
    for line in out.splitlines():
        m = PROGRESS_RE.match(line)
        if m:
            started.add(m.group(1))
        m = DONE_RE.match(line)
        if m:
            done.add(m.group(1))
    return sorted(started - done)


def step_failure(blocks, calls=()):
    den = set()
    for b in blocks:
        den.update(DENIED_RE.findall(b))
    if den:
        return "denied:" + ",".join(sorted(den))
    return "error:" + (first_error(blocks[0]) if blocks else "?")


RR_RE = re.compile(r"(?<![A-Za-z0-9])rr(\d\d)(?!\d)")


def types_named(text, by_index, batch):
    """The batch's types whose rewritten names (`rrNN`) appear in a text (an ARN, an error)."""
    return {by_index[int(n)] for n in RR_RE.findall(text or "")
            if int(n) in by_index and by_index[int(n)] in batch}


def types_by_state_id(text, work, batch):
    """The batch's types whose resources' ids or ARNs (from the state) appear in a text."""
    found = set()
    for f in ("terraform.tfstate", "terraform.tfstate.backup"):
        try:
            st = json.load(open(os.path.join(work, f)))
        except (OSError, ValueError):
            continue
        for r in st.get("resources", []):
            m = module_of((r.get("module") or "") + ".")
            if m not in batch:
                continue
            for i in r.get("instances", []):
                a = i.get("attributes") or {}
                for k in ("id", "arn"):
                    v = a.get(k)
                    if isinstance(v, str) and len(v) > 6 and v in text:
                        found.add(m)
    return found


def module_of(address):
    m = re.match(r"module\.([A-Za-z0-9_-]+)\.", address or "")
    return m.group(1) if m else None


def write_module(src, dst, idx):
    """Copy a type's configuration as a module, its names made unique in the batch's account:
    every `realrun` except the `realrun = ...` tag key becomes `rrNN`."""
    os.makedirs(dst)
    for f in os.listdir(src):
        if f.endswith(".tf"):
            with open(os.path.join(src, f)) as i, open(os.path.join(dst, f), "w") as o:
                o.write(NAME_RE.sub(f"rr{idx:02d}", i.read()))


def root_tf(types, dropped):
    out = ['variable "tag_value" {\n  default = "one"\n}\n',
           'variable "variant" {\n  default = "a"\n}\n']
    for t in types:
        if t in dropped:
            # Forget what a failed type left in state rather than destroy it: its later steps
            # are not run, and its leftovers must not enter the other types' plans.
            out.append(f'removed {{\n  from = module.{t}\n  lifecycle {{\n    destroy = false\n'
                       '  }\n}\n')
        else:
            pinned = {STEP_VARIABLE.get(s) for s in MOTO_STEP_NA.get(t, {})}
            tv = '"one"' if "tag_value" in pinned else "var.tag_value"
            vv = '"a"' if "variant" in pinned else "var.variant"
            out.append(f'module "{t}" {{\n  source    = "./m/{t}"\n'
                       f'  tag_value = {tv}\n  variant   = {vv}\n}}\n')
    return "\n".join(out)


def run_batch(args):
    """Run the four steps for a batch of types: one configuration with a module per type, one
    moto, one capture, one identity per step whose only policy is the batch's prediction.
    Failures and gaps are attributed to the type (module) whose resource had them."""
    batch, opts = args
    t0 = time.time()
    res = {t: {"type": t, "steps": {}, "unobserved": {}} for t in batch}
    log = []
    work = tempfile.mkdtemp(prefix="realrun-batch-", dir=opts.get("keep"))
    procs = []
    active = list(batch)   # types still running
    dropped = set()        # types that failed a step after something was applied

    def fail(t, step, why):
        res[t]["steps"][step] = why
        if t in active:
            active.remove(t)

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
        for t in batch:
            write_module(os.path.join(SUITE, t), os.path.join(work, "m", t), opts["index"][t])
        tfmoto.lambda_zip(os.path.join(work, "lambda.zip"))
        with open(os.path.join(work, "provider.tf"), "w") as f:
            # Credentials are real moto keys, so the provider validates them (sts:GetCallerIdentity,
            # which also gives the account id) as it does against AWS; with
            # skip_credentials_validation it would probe iam:GetUser first.
            f.write(tfmoto.provider_tf(eport, access_key=None, validate_credentials=True))
        env = dict(opts["env"], TF_DATA_DIR=os.path.join(work, ".terraform"))
        aenv = dict(env, AWS_ACCESS_KEY_ID=admin[0], AWS_SECRET_ACCESS_KEY=admin[1])

        def write_root():
            with open(os.path.join(work, "main.tf"), "w") as f:
                f.write(root_tf([t for t in batch if t in active or t in dropped], dropped))

        write_root()
        r = sh(["terraform", "init", "-input=false", "-no-color"], cwd=work, env=aenv)
        if r.returncode:
            raise RuntimeError("init: " + first_error(r.stdout + r.stderr))
        offset = 0
        prev_plan = None
        applied_once = False
        for i, (step, vars_, destroy) in enumerate(STEPS):
            # A destroy moto cannot run (Q11): the type leaves before it, its resources taken
            # out of the state (a `removed` block does not hold in a `plan -destroy`).
            for t in [t for t in active if destroy and step in MOTO_STEP_NA.get(t, {})]:
                r = sh(["terraform", "state", "rm", "-no-color", f"module.{t}"], cwd=work,
                       env=aenv)
                if r.returncode:
                    raise RuntimeError(f"{step}: state rm module.{t} " +
                                       first_error(r.stdout + r.stderr))
                res[t]["steps"][step] = MOTO_STEP_NA[t][step]
                active.remove(t)
            # What failed types left is forgotten by `removed` blocks, which a `plan -destroy`
            # does not honour: take it out of the state before destroying the rest.
            for t in sorted(dropped) if destroy else []:
                r = sh(["terraform", "state", "rm", "-no-color", f"module.{t}"], cwd=work,
                       env=aenv)
                if r.returncode:
                    log.append(f"[{step}] state rm module.{t} (nothing left?)\n" + r.stdout +
                               r.stderr)
            if not active:
                break
            vargs = [f"-var={k}={v}" for k, v in sorted(vars_.items())]
            # A plan error names its module: that type fails the step and leaves the batch.
            for _ in range(len(batch) + 1):
                write_root()
                # -refresh=false: the state is what the previous step's apply wrote (the plan
                # phase is not under test here), and it saves the refresh calls.
                r = sh(["terraform", "plan", "-input=false", "-no-color", "-out=tfplan",
                        "-refresh=false", *(["-destroy"] if destroy else []), *vargs],
                       cwd=work, env=aenv)
                if not r.returncode:
                    break
                log.append(f"[{step}] plan\n" + r.stdout + r.stderr)
                per, loose = module_errors(r.stdout + r.stderr)
                per = {m: b for m, b in per.items() if m in active}
                if loose or not per:
                    raise RuntimeError(f"{step}: plan " + first_error(r.stdout + r.stderr))
                for m, blocks in per.items():
                    fail(m, step, "error:plan " + first_error(blocks[0]))
                    if applied_once:
                        dropped.add(m)
            if r.returncode or not active:
                break
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
                raise RuntimeError(f"{step}: iamplan policy " + pol.stderr.strip()[:100])
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
            applied_once = True
            out = r.stdout + r.stderr
            with open(os.path.join(work, f"{step}.apply.log"), "w") as f:
                f.write(out)
            step_calls = os.path.join(work, f"{step}.calls.jsonl")
            if opts["capture"]:
                wait_file_stable(calls_path)
                data, offset = read_lines_from(calls_path, offset)
                with open(step_calls, "wb") as f:
                    f.write(data)
            if r.returncode:
                log.append(f"[{step}] apply\n" + out)
                per, loose = module_errors(out)
                if r.returncode == -9:
                    # The types whose resources were still in progress when time ran out.
                    for addr in in_progress(out):
                        m = module_of(addr)
                        if m in active and m not in per:
                            per[m] = [f"Error: apply timeout: {addr} still in progress"]
                    loose = []
                for b in loose:
                    # no `with module.…` line (a destroy waiter, say): the type whose names or
                    # ids the message holds
                    ts = types_named(b, opts["by_index"], batch) or \
                        types_by_state_id(b, work, batch)
                    if not ts:
                        raise RuntimeError(f"{step}: apply " + first_error(b))
                    for t in ts:
                        per.setdefault(t, []).append(b)
                if not per:
                    raise RuntimeError(f"{step}: apply " + first_error(out))
                for m, blocks in per.items():
                    if m in active:
                        fail(m, step, step_failure(blocks))
                        dropped.add(m)
            if opts["capture"]:
                v = sh([opts["bin"], "verify", plan, "--capture", step_calls, "--phase", phase,
                        "--format", "json"])
                with open(os.path.join(work, f"{step}.verify.json"), "w") as f:
                    f.write(v.stdout + v.stderr)
                try:
                    vj = json.loads(v.stdout)
                except ValueError:
                    raise RuntimeError(f"{step}: verify " + (v.stderr.strip() or v.stdout)[:100])
                gaps = {}
                for g in vj.get("gaps", []):
                    if g.get("operation") in IGNORED_CAPTURE_OPERATIONS:
                        continue
                    # The call's own ARNs name the type exactly (`rrNN`); else verify's
                    # candidates; provider-level or unattributed: every type of the batch.
                    mods = types_named(" ".join(g.get("resources", [])), opts["by_index"],
                                       batch)
                    mods = mods or {module_of(c) for c in g.get("candidates", [])} - {None}
                    for m in (mods or set(batch)):
                        gaps.setdefault(m, set()).add(g.get("action"))
                for u in vj.get("unobserved", []):
                    for m in {module_of(a) for a in u.get("addresses", [])} - {None}:
                        res[m]["unobserved"].setdefault(step, set()).add(u.get("action"))
            else:
                gaps = {}
            for t in list(active):
                if t in gaps:
                    res[t]["steps"][step] = "gap:" + ",".join(sorted(gaps[t]))
                else:
                    res[t]["steps"][step] = MOTO_STEP_NA.get(t, {}).get(step, "ok")
    except Exception as e:  # noqa: BLE001
        log.append(traceback.format_exc())
        for t in active:
            res[t]["steps"].setdefault(
                next(s for s, _, _ in STEPS if s not in res[t]["steps"]), "error:" + str(e)[:120])
    finally:
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        if not opts.get("keep"):
            shutil.rmtree(work, ignore_errors=True)
    secs = round(time.time() - t0, 1)
    out = []
    for t in batch:
        r = res[t]
        for step, _, _ in STEPS:
            r["steps"].setdefault(step, "skipped")
        r["unobserved"] = {s: sorted(a) for s, a in r["unobserved"].items()}
        r["seconds"] = secs
        r["log"] = log
        if opts.get("keep"):
            r["work"] = work
        out.append(r)
    return out


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
    # The batches mostly wait (provider start-up, waiters, moto), so three share two cores well.
    ap.add_argument("--jobs", type=int, default=3, help="batches run at once")
    ap.add_argument("--batch-size", type=int, default=50,
                    help="types per configuration (1: every type alone, fully isolated)")
    ap.add_argument("--no-capture", action="store_true",
                    help="talk to moto directly (sufficiency only, no verify)")
    ap.add_argument("--keep", help="keep each type's work directory under this directory")
    ap.add_argument("--apply-timeout", type=int, default=150,
                    help="seconds before an apply is killed (the provider retries denials)")
    ap.add_argument("--no-write", action="store_true", help="do not write RESULTS.md")
    ap.add_argument("--no-retry", action="store_true",
                    help="do not rerun a failed expected-to-pass type alone")
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
            "apply_timeout": a.apply_timeout, "index": {t: i for i, t in enumerate(types)},
            "by_index": dict(enumerate(types))}
    t0 = time.time()
    results = [{"type": t, "steps": {s: f"n/a:moto ({MOTO_UNSUPPORTED[t]})" for s, _, _ in STEPS},
                "seconds": 0}
               for t in types if t in MOTO_UNSUPPORTED]
    runnable = [t for t in types if t not in MOTO_UNSUPPORTED]
    # Round-robin, so each batch mixes services (see the README on what batching can hide).
    nb = max(1, -(-len(runnable) // max(1, a.batch_size)))
    batches = [runnable[i::nb] for i in range(nb)]
    with multiprocessing.Pool(a.jobs) as pool:
        for rs in pool.imap_unordered(run_batch, [(b, opts) for b in batches if b]):
            for r in rs:
                results.append(r)
                if opts["keep"]:
                    with open(os.path.join(opts["keep"], "results.jsonl"), "a") as f:
                        f.write(json.dumps(r) + "\n")
                print(f"{r['type']:<45} " + " ".join(f"{s}={r['steps'][s]}" for s, _, _ in STEPS)
                      + f"  (batch {r['seconds']}s)", flush=True)
            if rs and rs[0]["log"] and os.environ.get("REALRUN_VERBOSE"):
                print("\n".join(rs[0]["log"]), file=sys.stderr)
    # An expected-to-pass type that failed in its batch runs once more, alone in its own batch:
    # a batch shares one moto, and a slow moto can time a waiter out. Both results are printed;
    # the table shows the retry's, marked `(retry)`.
    exp = expected_to_pass()
    ok = lambda r: all(v == "ok" for v in r["steps"].values())  # noqa: E731
    again = sorted(r["type"] for r in results if r["type"] in exp and not ok(r))
    if again and not a.no_retry:
        print(f"retrying alone: {', '.join(again)}", flush=True)
        first = {r["type"]: r for r in results if r["type"] in again}
        with multiprocessing.Pool(a.jobs) as pool:
            for rs in pool.imap_unordered(run_batch, [([t], opts) for t in again]):
                for r in rs:
                    print(f"{r['type']:<45} (retry) " + " ".join(
                        f"{s}={r['steps'][s]}" for s, _, _ in STEPS), flush=True)
                    r["retry_of"] = first[r["type"]]["steps"]
                    if ok(r):
                        r["steps"] = {k: v + " (retry)" if k == "create" else v
                                      for k, v in r["steps"].items()}
                    results = [x for x in results if x["type"] != r["type"]] + [r]
    wall = time.time() - t0
    results.sort(key=lambda r: r["type"])
    passing = [r["type"] for r in results
               if all(v in ("ok", "ok (retry)") for v in r["steps"].values())]
    failed = sorted(t for t in exp & set(types) if t not in passing)
    tbl = table(results)
    summary = (f"{len(passing)} of {len(results)} types pass all four steps (sufficiency and "
               f"verify); wall time {wall:.0f}s, {len(batches)} batches of up to "
               f"{a.batch_size} types, {a.jobs} at once.")
    print("\n" + tbl + "\n\n" + summary)
    print(f"FULLY PASSING TYPES: {len(passing)}")
    unobs = {r["type"]: r.get("unobserved", {}) for r in results}
    if not a.no_write and not a.types:
        with open(os.path.join(SUITE, "RESULTS.md"), "w") as f:
            f.write("# Real-run suite results\n\nGenerated by `scripts/realrun.py` (terraform "
                    f"1.11, hashicorp/aws {tfmoto.PROVIDER_VERSION}, moto through "
                    f"`scripts/moto-server.py`), {time.strftime('%Y-%m-%d')}: {summary}\n\n"
                    "ok = `terraform apply` succeeded with only iamplan's predicted policy "
                    "AND `iamplan verify` found no gap in the recorded calls. `n/a:moto (Qn)`: "
                    "a step moto cannot run (testdata/realrun/README.md).\n\n" + tbl + "\n")
        with open(os.path.join(SUITE, "unobserved.json"), "w") as f:
            json.dump(unobs, f, indent=1, sort_keys=True)
            f.write("\n")
    if failed:
        print("expected to pass but failed: " + ", ".join(failed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
