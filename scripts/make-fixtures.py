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
import socket
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROVIDER_VERSION = "5.100.0"
SERVICES = [
    "apigateway", "apigatewayv2", "cloudwatch", "cloudwatchlogs", "dynamodb", "ec2", "ecr",
    "events", "iam", "kms", "lambda", "route53", "s3", "secretsmanager", "sns", "sqs", "ssm",
    "sts",
]


def mirror():
    env = os.environ.get("TF_PLUGIN_MIRROR")
    if env:
        return env
    for base in ("/opt/tf-plugins", "/usr/share/terraform/plugins"):
        if os.path.isdir(os.path.join(base, "registry.terraform.io", "hashicorp", "aws")):
            return base
    sys.exit("no filesystem mirror with hashicorp/aws found (set TF_PLUGIN_MIRROR)")


def provider_tf(port):
    eps = "\n".join(f'    {s} = "http://127.0.0.1:{port}"' for s in SERVICES)
    return f'''terraform {{
  required_providers {{
    aws = {{ source = "hashicorp/aws", version = "{PROVIDER_VERSION}" }}
  }}
}}

provider "aws" {{
  region                      = "eu-west-1"
  access_key                  = "testing"
  secret_key                  = "testing"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  s3_use_path_style           = true
  endpoints {{
{eps}
  }}
}}
'''


def in_netns():
    """True when only loopback is visible (we are inside `unshare -n`)."""
    links = subprocess.run(["ip", "-o", "link"], capture_output=True, text=True).stdout
    return [l.split(":")[1].strip() for l in links.splitlines()] == ["lo"]


def wait_port(port):
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit("moto did not start")


def run_case(case, port, env):
    src = os.path.join(ROOT, "testdata", case)
    spec = json.load(open(os.path.join(src, "fixture.json")))
    with tempfile.TemporaryDirectory() as work:
        for f in os.listdir(src):
            if f.endswith(".tf"):
                shutil.copy(os.path.join(src, f), work)
        with open(os.path.join(work, "provider.tf"), "w") as f:
            f.write(provider_tf(port))
        # A deployment package for Lambda cases.
        with zipfile.ZipFile(os.path.join(work, "lambda.zip"), "w") as z:
            z.writestr("index.py", "def handler(event, context):\n    return 'ok'\n")
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
    if not in_netns():
        if os.environ.get("IAMPLAN_IN_NETNS"):
            sys.exit("unshare -n did not isolate the network; refusing to run against real AWS")
        os.environ["IAMPLAN_IN_NETNS"] = "1"
        os.execvp("unshare", ["unshare", "-n", sys.executable, *sys.argv])
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    cases = sys.argv[1:] or sorted(
        d for d in os.listdir(os.path.join(ROOT, "testdata"))
        if os.path.exists(os.path.join(ROOT, "testdata", d, "fixture.json")))
    port = 5000
    with tempfile.TemporaryDirectory() as home:
        cfg = os.path.join(home, "cli.tfrc")
        with open(cfg, "w") as f:
            f.write(f'provider_installation {{\n  filesystem_mirror {{\n    path = "{mirror()}"\n'
                    '    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n'
                    '  direct { exclude = ["registry.terraform.io/hashicorp/aws"] }\n}\n')
        env = dict(os.environ, TF_CLI_CONFIG_FILE=cfg, CHECKPOINT_DISABLE="1",
                   TF_IN_AUTOMATION="1", AWS_EC2_METADATA_DISABLED="true")
        for case in cases:
            moto = subprocess.Popen(["moto_server", "-H", "127.0.0.1", "-p", str(port)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                wait_port(port)
                run_case(case, port, env)
            finally:
                moto.terminate()
                moto.wait()


if __name__ == "__main__":
    main()
