#!/usr/bin/env python3
"""Regenerate the real plans under testdata/ that iamplan's developers made themselves.

Each case directory with a `fixture.json` is run with the real Terraform and hashicorp/aws
provider against moto (a local AWS mock on 127.0.0.1), inside a network namespace with only
loopback (`unshare -n`), so nothing leaves the machine:

    sudo-less as root:  python3 scripts/make-fixtures.py [CASE...]

fixture.json: {"steps": [{"apply": {VARS}}, ..., {"plan": {VARS}, "out": "plan.json"}]}
(`"destroy": true` on a plan step makes a destroy plan). The case's `*.tf` files hold the
resources; this script adds the provider block pointing every endpoint at moto.
Needs: terraform on PATH, the provider in a filesystem mirror (found automatically under /opt
or via TF_PLUGIN_MIRROR), and moto (`pip install 'moto[server]'`).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tfmoto import (ROOT, cli_config, enter_netns, lambda_zip, provider_tf, start_moto,  # noqa: E402
                    tf_env)

# make-fixtures keeps its historical endpoint list (the generated plans record it).
SERVICES = [
    "apigateway", "apigatewayv2", "cloudwatch", "cloudwatchlogs", "dynamodb", "ec2", "ecr",
    "events", "iam", "kms", "lambda", "route53", "s3", "secretsmanager", "sns", "sqs", "ssm",
    "sts",
]


def run_case(case, port, env):
    src = os.path.join(ROOT, "testdata", case)
    spec = json.load(open(os.path.join(src, "fixture.json")))
    with tempfile.TemporaryDirectory() as work:
        for f in os.listdir(src):
            if f.endswith(".tf"):
                shutil.copy(os.path.join(src, f), work)
        with open(os.path.join(work, "provider.tf"), "w") as f:
            f.write(provider_tf(port, services=SERVICES))
        # A deployment package for Lambda cases.
        lambda_zip(os.path.join(work, "lambda.zip"))
        tf = lambda *a: subprocess.run(["terraform", *a], cwd=work, env=env, check=True,
                                       stdout=subprocess.DEVNULL)
        tf("init", "-input=false")
        for step in spec["steps"]:
            vars_ = [f"-var={k}={v}" for k, v in sorted(step.get("apply", step.get("plan", {})).items())]
            if "apply" in step:
                tf("apply", "-auto-approve", "-input=false", *vars_)
            else:
                extra = ["-destroy"] if step.get("destroy") else []
                tf("plan", "-input=false", "-out=tfplan", *extra, *vars_)
                out = subprocess.run(["terraform", "show", "-json", "tfplan"], cwd=work, env=env,
                                     check=True, capture_output=True, text=True).stdout
                doc = json.loads(out)
                doc.pop("timestamp", None)  # keeps regenerated fixtures byte-stable
                with open(os.path.join(src, step["out"]), "w") as f:
                    json.dump(doc, f, indent=1, sort_keys=True)
                    f.write("\n")
        print(f"{case}: ok")


def main():
    enter_netns()
    cases = sys.argv[1:] or sorted(
        d for d in os.listdir(os.path.join(ROOT, "testdata"))
        if os.path.exists(os.path.join(ROOT, "testdata", d, "fixture.json")))
    port = 5000
    with tempfile.TemporaryDirectory() as home:
        env = tf_env(cli_config(home))
        for case in cases:
            moto = start_moto(port)
            try:
                run_case(case, port, env)
            finally:
                moto.terminate()
                moto.wait()


if __name__ == "__main__":
    main()
