"""Shared helpers for running the real Terraform + hashicorp/aws provider against moto.

Used by scripts/make-fixtures.py and scripts/realrun.py. Everything runs inside a network
namespace with only loopback (`unshare -n`), so nothing can reach real AWS.
"""
import os
import socket
import subprocess
import sys
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROVIDER_VERSION = "5.100.0"
SERVICES = [
    "apigateway", "apigatewayv2", "athena", "backup", "cloudwatch", "cloudwatchlogs",
    "codecommit", "cognitoidp", "dynamodb", "ec2", "ecr", "ecs", "efs", "elbv2", "events",
    "glue", "iam", "kinesis", "kms", "lambda", "route53", "s3", "secretsmanager",
    "servicediscovery", "sfn", "sns", "sqs", "ssm", "sts",
]
REGION = "eu-west-1"


def mirror():
    env = os.environ.get("TF_PLUGIN_MIRROR")
    if env:
        return env
    for base in ("/opt/tf-plugins", "/usr/share/terraform/plugins"):
        if os.path.isdir(os.path.join(base, "registry.terraform.io", "hashicorp", "aws")):
            return base
    return None


def provider_tf(port, access_key="testing", secret_key="testing", services=SERVICES,
                validate_credentials=False):
    """The terraform + provider blocks, every endpoint at http://127.0.0.1:PORT."""
    eps = "\n".join(f'    {s} = "http://127.0.0.1:{port}"' for s in services)
    # access_key None: credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
    keys = "" if access_key is None else (
        f'  access_key                  = "{access_key}"\n'
        f'  secret_key                  = "{secret_key}"\n')
    return f'''terraform {{
  required_providers {{
    aws = {{ source = "hashicorp/aws", version = "{PROVIDER_VERSION}" }}
  }}
}}

provider "aws" {{
  region                      = "{REGION}"
{keys}{"" if validate_credentials else "  skip_credentials_validation = true" + chr(10)}  skip_metadata_api_check     = true
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


def enter_netns():
    """Re-exec the current script inside `unshare -n` (loopback only), then bring lo up."""
    if not in_netns():
        if os.environ.get("IAMPLAN_IN_NETNS"):
            sys.exit("unshare -n did not isolate the network; refusing to run against real AWS")
        os.environ["IAMPLAN_IN_NETNS"] = "1"
        os.execvp("unshare", ["unshare", "-n", sys.executable, *sys.argv])
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)


def wait_port(port, what="moto", tries=150):
    for _ in range(tries):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not start on port {port}")


def cli_config(home):
    """Write a Terraform CLI config that installs hashicorp/aws only from the local mirror."""
    m = mirror()
    if not m:
        sys.exit("no filesystem mirror with hashicorp/aws found (set TF_PLUGIN_MIRROR)")
    cfg = os.path.join(home, "cli.tfrc")
    with open(cfg, "w") as f:
        f.write(f'provider_installation {{\n  filesystem_mirror {{\n    path = "{m}"\n'
                '    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n'
                '  direct { exclude = ["registry.terraform.io/hashicorp/aws"] }\n}\n')
    return cfg


def tf_env(cfg):
    return dict(os.environ, TF_CLI_CONFIG_FILE=cfg, CHECKPOINT_DISABLE="1",
                TF_IN_AUTOMATION="1", AWS_EC2_METADATA_DISABLED="true")


def start_moto(port, env=None, log=None):
    out = open(log, "w") if log else subprocess.DEVNULL
    # scripts/moto-server.py: moto_server with its SigV4 check of body-less requests fixed
    p = subprocess.Popen([sys.executable, os.path.join(ROOT, "scripts", "moto-server.py"),
                          "-H", "127.0.0.1", "-p", str(port)],
                         stdout=out, stderr=subprocess.STDOUT, env=env)
    wait_port(port)
    return p


def lambda_zip(path):
    """A deployment package for Lambda cases."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("index.py", "def handler(event, context):\n    return 'ok'\n")
