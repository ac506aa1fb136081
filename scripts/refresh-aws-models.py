#!/usr/bin/env python3
"""Rebuild the compact AWS service-model snapshot that `iamplan capture` compiles in.

Writes rules/aws-models/:

* botocore.tsv.gz: from the PyPI package `botocore` (Apache-2.0), every service's newest API
  version, keeping only what identifying a captured call needs. One line per record, tab
  separated, `-` for an empty field:

      S  <service id> <signing name> <endpoint prefix> <protocols,> <target prefix>
         <json version> <api version> <IAM prefix>
      O  <operation> [<http method> <request URI> <members>]

  An `O` line belongs to the `S` line above it. Method and URI are kept for the rest-json and
  rest-xml services only (the others are identified by header or form field). <members> is a
  space-separated list of `[!]<member>=<l|q|h|b>:<wire name>`: where an input member travels
  (URI label, query string, header, body) under which wire name, `!` when it is required.
  Kept: every URI label whose wire name differs from the member name, every required
  query-string or header member (to tell `PutObject` from `UploadPart`), and every member that
  iamlive's resource templates or conditions name whose wire name differs from the member name.

* iamlive.tsv.gz: from iamlive's map.json (MIT, iann0036/iamlive; read from
  ../shared/data/iamlive-map), the `sdk_method_iam_mappings` entry of each botocore operation,
  keyed by botocore service id (the SDK-name match is the one the rules import uses):

      <service id> <operation> <JSON list of {"a": action, "r": {placeholder: template},
                                "o": ARN override, "ra": {resource type: ARN template},
                                "c": condition}>

The IAM prefix of a service is the rules import's: the provider model's service renames
(../shared/data/provider-model/service-configuration.json), else the service id; when that is no
IAM prefix in rules/iam-reference, the signing name, when that is one.

Refresh:
    pip install --upgrade botocore
    python3 scripts/refresh-aws-models.py [--shared ../shared]
Then `cargo test` (tests/capture_models.rs regenerates the snapshot with the same botocore and
fails when the committed one differs; the unit tests in src/capture check it parses).
Output is deterministic (sorted, gzip without timestamps).
"""
import argparse
import gzip
import io
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "rules", "aws-models")
REST = ("rest-json", "rest-xml")
# botocore's own choice among a service's protocols (botocore.utils).
PRIORITY = ("json", "rest-json", "rest-xml", "smithy-rpc-v2-cbor", "query", "ec2")


def clean(s):
    s = "" if s is None else str(s)
    if any(c in s for c in "\t\n\r"):
        sys.exit(f"field with a tab or newline: {s!r}")
    return s or "-"


def norm(s):
    return "".join(c for c in s if c.isalnum()).lower()


def write_gz(path, text):
    buf = io.BytesIO()
    # mtime=0 and no file name: the same input gives the same bytes.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(text.encode())
    with open(path, "wb") as f:
        f.write(buf.getvalue())
    return len(buf.getvalue())


def template_names(tpl):
    """Member names a iamlive template references (top-level segment of each path)."""
    out = set()
    for m in re.finditer(r"\$\{([^}]+)\}", tpl or ""):
        name = m.group(1)
        if name in ("Partition", "Region", "Account") or name.startswith("aws:"):
            continue
        out.add(re.split(r"[.\[]", name, 1)[0])
    return out


class IamLive:
    """iamlive's map and the rules import's service matching (src/bin/import-rules.rs)."""

    def __init__(self, shared):
        data = os.path.join(shared, "data")
        il = json.load(open(os.path.join(data, "iamlive-map", "map.json")))
        self.info = il.get("info", "")
        self.methods = il["sdk_method_iam_mappings"]
        self.services = sorted({k.split(".", 1)[0] for k in self.methods})
        self.by_prefix = il.get("service_sdk_mappings", {})
        sc = json.load(open(os.path.join(data, "provider-model", "service-configuration.json")))
        self.rename_reference = sc.get("RenameServicesServiceReference", {})
        self.rename_action_map = sc.get("RenameServicesOperationActionMap", {})
        self.smithy_names = {}
        for smithy, sid in sc.get("SmithyBotocoreServiceNameMapping", {}).items():
            self.smithy_names.setdefault(sid, []).append(smithy)

    def iam_prefix(self, sid):
        return self.rename_reference.get(sid) or self.rename_action_map.get(sid) or sid

    def sdk_service(self, sid):
        by_norm = lambda n: [s for s in self.services if norm(s) == n]
        one = by_norm(norm(sid))
        if len(one) == 1:
            return one[0]
        via = {s for sm in self.smithy_names.get(sid, []) for s in by_norm(norm(sm))}
        if len(via) == 1:
            return via.pop()
        cands = [s for s in self.by_prefix.get(self.iam_prefix(sid), []) if s in self.services]
        if len(cands) == 1:
            return cands[0]
        return None

    def entries(self, sdk, op):
        out = []
        for e in self.methods.get(f"{sdk}.{op}", []):
            x = {"a": e["action"]}
            r = {}
            for ph, t in (e.get("resource_mappings") or {}).items():
                r[ph] = t["template"] if isinstance(t, dict) else t
            if r:
                x["r"] = r
            if e.get("arn_override"):
                o = e["arn_override"]
                x["o"] = o["template"] if isinstance(o, dict) else o
            if e.get("resourcearn_mappings"):
                x["ra"] = e["resourcearn_mappings"]
            if e.get("conditions"):
                x["c"] = e["conditions"]
            out.append(x)
        return out


def load_iam_prefixes():
    prefixes = set()
    with open(os.path.join(ROOT, "rules", "iam-reference", "actions.tsv")) as f:
        for line in f:
            if not line.startswith("#"):
                prefixes.add(line.split("\t", 1)[0])
    return prefixes


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--out", default=OUT, help="output directory (tests regenerate elsewhere)")
    args = ap.parse_args()
    out_dir = args.out

    import botocore
    import botocore.loaders

    loader = botocore.loaders.Loader()
    iamlive = IamLive(args.shared)
    iam_prefixes = load_iam_prefixes()

    models, live = [], []
    unmatched, prefix_fixed, counts = [], [], Counter()
    for sid in sorted(loader.list_available_services("service-2")):
        m = loader.load_service_model(sid, "service-2")
        md = m["metadata"]
        protocols = md.get("protocols") or [md["protocol"]]
        signing = md.get("signingName") or md["endpointPrefix"]
        prefix = iamlive.iam_prefix(sid)
        if prefix not in iam_prefixes and signing in iam_prefixes:
            prefix_fixed.append(f"{sid}->{signing}")
            prefix = signing
        models.append("\t".join(map(clean, [
            "S", sid, signing, md["endpointPrefix"], ",".join(protocols),
            md.get("targetPrefix"), md.get("jsonVersion"), md.get("apiVersion"), prefix,
        ])))
        is_rest = any(p in REST for p in protocols)
        sdk = iamlive.sdk_service(sid)
        if sdk is None:
            unmatched.append(sid)
        for op in sorted(m["operations"]):
            o = m["operations"][op]
            entries = iamlive.entries(sdk, op) if sdk else []
            referenced = set()
            for e in entries:
                for t in list((e.get("r") or {}).values()) + [e.get("o")] + list(
                    (e.get("ra") or {}).values()
                ):
                    referenced |= template_names(t)
                c = e.get("c")
                while c:
                    referenced.add(re.split(r"[.\[]", c["lhs"], 1)[0])
                    c = c.get("andCondition")
            members = []
            shape = m["shapes"].get((o.get("input") or {}).get("shape", ""), {})
            required = set(shape.get("required", []))
            for name, mem in sorted(shape.get("members", {}).items()):
                loc = mem.get("location")
                wire = mem.get("locationName") or name
                if "ec2" in protocols and loc is None:
                    # The EC2 protocol's form keys (botocore's EC2Serializer).
                    wire = mem.get("queryName") or (
                        wire[0].upper() + wire[1:] if mem.get("locationName") else name)
                if loc == "uri":
                    keep = wire != name
                    kind = "l"
                elif loc in ("querystring", "header"):
                    keep = (name in required and is_rest) or (name in referenced and wire != name)
                    kind = "q" if loc == "querystring" else "h"
                elif loc is None:
                    keep = name in referenced and wire != name
                    kind = "b"
                else:
                    keep = False
                if keep:
                    if any(c in wire for c in " =\t"):
                        sys.exit(f"{sid}.{op}: wire name {wire!r} cannot be stored")
                    members.append(("!" if name in required else "") + f"{name}={kind}:{wire}")
            fields = ["O", op]
            if is_rest:
                fields += [o["http"]["method"], o["http"]["requestUri"], " ".join(members)]
            elif members:
                fields += ["-", "-", " ".join(members)]
            models.append("\t".join(map(clean, fields)))
            counts["operations"] += 1
            if entries:
                live.append(f"{sid}\t{op}\t{json.dumps(entries, separators=(',', ':'), sort_keys=True)}")
                counts["iamlive"] += 1

    version = botocore.__version__
    os.makedirs(out_dir, exist_ok=True)
    head = f"# botocore {version}; generated by scripts/refresh-aws-models.py, do not edit\n"
    size_models = write_gz(os.path.join(out_dir, "botocore.tsv.gz"), head + "\n".join(models) + "\n")
    head = (f"# iamlive map.json ({iamlive.info}); keyed by botocore {version} service ids; "
            "generated by scripts/refresh-aws-models.py, do not edit\n")
    size_live = write_gz(os.path.join(out_dir, "iamlive.tsv.gz"), head + "\n".join(live) + "\n")
    with open(os.path.join(out_dir, "VERSION"), "w") as f:
        f.write(f"botocore {version}\niamlive-map 2022-08-19\n")
    services = sum(1 for line in models if line.startswith("S\t"))
    print(f"botocore {version}: {services} services, {counts['operations']} operations "
          f"-> botocore.tsv.gz ({size_models} bytes)")
    print(f"iamlive: {counts['iamlive']} operations mapped -> iamlive.tsv.gz ({size_live} bytes)")
    print(f"IAM prefix from the signing name: {' '.join(prefix_fixed) or '-'}")
    print(f"{len(unmatched)} services without an iamlive SDK service (identical-name "
          f"fallback only): {' '.join(unmatched)}")


if __name__ == "__main__":
    main()
