#!/usr/bin/env python3
"""Benchmark iamplan against a bare JSON parse of the same plan (README "Speed").

Grows a real plan from ../shared/plans with ../shared/bench/make-big-plan.py to 1,000 and
10,000 resources, then measures wall time (median of N runs) and peak RSS of
`iamplan policy` beside `bench-parse` (serde_json into IgnoredAny), `iamplan roles` (three
phases) on the larger plan, and a small plan end to end; then adversarial `check`/`verify` input
(issue 20) beside the same commands on normal input. Prints markdown tables and checks the
targets; exit 1 if a target is missed.

    cargo build --release --bins && python3 scripts/bench.py [--runs 7]

The "adversarial" section runs `iamplan module` on hostile modules (tests/hostile_module.rs
asserts their outcome; here they are timed): each must end with exit 2 within 10 s and 4 GB.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
SOURCE = "infracost__infracost__cmd__infracost__testdata__terraform_v0.12_plan.json"
REL = os.path.join(ROOT, "target", "release")


def measure(cmd, runs, codes=(0,)):
    """Median wall seconds and max peak RSS (KiB) over runs; exit codes other than `codes` fail."""
    walls, rss = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        walls.append(time.perf_counter() - t0)
        if os.waitstatus_to_exitcode(status) not in codes:
            sys.exit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(cmd)[:200]}")
        rss.append(ru.ru_maxrss)
    return statistics.median(walls), max(rss)


def write_json(path, value):
    with open(path, "w") as f:
        json.dump(value, f)
    return path


def adversarial(iamplan, tmp, runs):
    """Hostile `check`/`verify` input (issue 20) beside the same command on normal input:
    rows (case, normal seconds, normal RSS, hostile seconds, hostile RSS) and checks (each
    hostile case within 10 s and 4 GiB). The same inputs are regression tests in
    tests/hostile.rs."""
    plan = os.path.join(ROOT, "testdata", "s3-tags-update", "plan.json")

    def policy(name, statements):
        return write_json(os.path.join(tmp, name), {"Version": "2012-10-17", "Statement": statements})

    def one(name, resource):
        return policy(name, [{"Effect": "Allow", "Action": "*", "Resource": resource}])

    def check(pol, *extra):
        return [iamplan, "check", plan, "--policy", pol, *extra]

    normal = check(one("normal.json", "arn:aws:s3:::iamplan-fixture-bucket"))
    n = 4000
    many = policy("excess.json", [
        {"Effect": "Allow", "Action": [f"*Get{i}*", "s3:Put*", "*"], "Resource": "*"}
        for i in range(n)])
    few = policy("excess-normal.json", [
        {"Effect": "Allow", "Action": ["s3:Get*", "s3:Put*", "*"], "Resource": "*"}])
    # verify: a 150,000-character bucket name, and a capture with `*` for its second character.
    name = "b" + "x" * 150_000
    with open(plan) as f:
        text = f.read()
    long_plan = os.path.join(tmp, "long-plan.json")
    with open(long_plan, "w") as f:
        f.write(text.replace("iamplan-fixture-bucket", name))

    def capture(path, arn):
        rec = {"time": "2026-01-01T00:00:00Z", "service": "s3", "operation": "PutBucketTagging",
               "iam_actions": ["s3:PutBucketTagging"], "resources": [arn], "status": 200,
               "error_code": None, "region": "eu-west-1", "host": "127.0.0.1",
               "protocol": "rest-xml"}
        with open(path, "w") as f:
            f.write(json.dumps(rec) + "\n")
        return path

    short_cap = capture(os.path.join(tmp, "short.jsonl"), "arn:aws:s3:::i*mplan-fixture-bucket")
    long_cap = capture(os.path.join(tmp, "long.jsonl"), "arn:aws:s3:::b*" + name[2:])
    cases = [
        ("check: `Resource` `*?` x 10 + `${$}`", normal,
         check(one("pairs.json", "*?" * 10 + "${$}"))),
        ("check: `Resource` `*` x 1,000,000 + `${$}`", normal,
         check(one("stars.json", "*" * 1_000_000 + "${$}"))),
        (f"check --excess: {n:,} statements (normal: 1)", check(few, "--excess"),
         check(many, "--excess")),
        ("verify: 150,000-character names (normal: the fixture's)",
         [iamplan, "verify", plan, "--capture", short_cap],
         [iamplan, "verify", long_plan, "--capture", long_cap]),
    ]
    rows, checks = [], []
    for label, norm, hostile in cases:
        tn, rn = measure(norm, runs, codes=(0, 1))
        th, rh = measure(hostile, max(1, runs // 2), codes=(0, 1))
        rows.append((label, tn, rn, th, rh))
        checks.append((f"adversarial: {label}: under 10 s and 4 GiB", th < 10 and rh < 4 << 20))
    return rows, checks
def module_cases(tmp):
    """Hostile module directories (name, dir, expected exit) and one normal module."""
    def write(name, files):
        d = os.path.join(tmp, "module-" + name)
        for rel, text in files.items():
            path = os.path.join(d, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
        return d

    queue = 'resource "aws_sqs_queue" "q" {\n  count = %s\n  name = "q-${count.index}"\n}\n'
    concat = "locals {\n  x0 = [1]\n" + "".join(
        f"  x{i} = concat(local.x{i - 1}, local.x{i - 1})\n" for i in range(1, 41)) + "}\n"
    literals = ", ".join(f'"k{i}"' for i in range(200_000))
    fan = {"main.tf": 'module "a" {\n  source = "./l1"\n}\nmodule "b" {\n  source = "./l1"\n}\n'}
    for i in range(1, 31):
        body = ('resource "aws_sqs_queue" "q" {\n  name = "leaf"\n}\n' if i == 30 else
                f'module "a" {{\n  source = "./l{i + 1}"\n}}\nmodule "b" {{\n  source = "./l{i + 1}"\n}}\n')
        fan["/".join(f"l{j}" for j in range(1, i + 1)) + "/main.tf"] = body
    return [
        ("`count = 1e30`", write("1e30", {"main.tf": queue % "1e30"}), 2),
        ("`count = 100000000`", write("1e8", {"main.tf": queue % "100000000"}), 2),
        ("40 chained `concat(local.x, local.x)`", write("concat", {"main.tf": concat}), 2),
        ("`for_each` over 200,000 literals", write("for-each", {"main.tf":
            f'resource "aws_sqs_queue" "q" {{\n  for_each = toset([{literals}])\n  name = each.key\n}}\n'}), 2),
        ("10,000 nested `[`", write("brackets", {"main.tf": "locals {\n  x = " + "[" * 10_000 + "]" * 10_000 + "\n}\n"}), 2),
        ("10,000 nested `(`", write("parens", {"main.tf": "locals {\n  x = " + "(" * 10_000 + "1" + ")" * 10_000 + "\n}\n"}), 2),
        ("`for` in `for` in `for` over 1,000 (steps)", write("steps", {"main.tf":
            "locals {\n  n = range(1000)\n  c = [for a in local.n : [for b in local.n : [for c in local.n : c]]]\n}\n"
            'resource "aws_sqs_queue" "q" {\n  name = "q-${length(local.c)}"\n}\n'}), 2),
        ("module calls doubling 30 levels deep", write("fan", fan), 2),
        ("200 module instances x 300 queues", write("total", {
            "main.tf": 'module "m" {\n  source = "./child"\n  count = 200\n}\n',
            "child/main.tf": queue % "300"}), 2),
        ("normal: testdata/modules/public-modules", os.path.join(ROOT, "testdata", "modules", "public-modules"), 0),
    ]


def adversarial_module(iamplan, runs):
    """Times `iamplan module` on the module_cases; each must exit as expected in 10 s, 4 GB."""
    rows, ok = [], True
    with tempfile.TemporaryDirectory() as tmp:
        for name, d, want in module_cases(tmp):
            walls, rss, codes = [], [], set()
            for _ in range(runs):
                t0 = time.perf_counter()
                p = subprocess.Popen([iamplan, "module", d], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
                _, status, ru = os.wait4(p.pid, 0)
                walls.append(time.perf_counter() - t0)
                codes.add(os.waitstatus_to_exitcode(status))
                rss.append(ru.ru_maxrss)
            wall, peak = statistics.median(walls), max(rss)
            passed = codes == {want} and max(walls) < 10 and peak < 4 * 1024 * 1024
            ok &= passed
            rows.append((name, sorted(codes), wall, peak, passed))
    print("\n## adversarial\n")
    print("| `iamplan module` case | exit | time | peak RSS | |")
    print("|---|---|---|---|---|")
    for name, codes, wall, peak, passed in rows:
        print(f"| {name} | {','.join(map(str, codes))} | {wall * 1000:.0f} ms | {peak / 1024:.0f} MiB | "
              f"{'PASS' if passed else 'FAIL'} |")
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--adversarial-only", action="store_true")
    a = ap.parse_args()
    iamplan = os.path.join(REL, "iamplan")
    if a.adversarial_only:
        sys.exit(0 if adversarial_module(iamplan, a.runs) else 1)
    bare = os.path.join(REL, "bench-parse")
    for b in (iamplan, bare):
        if not os.path.exists(b):
            sys.exit(f"{b} missing: run `cargo build --release --bins` first")
    rows, ok = [], True
    with tempfile.TemporaryDirectory() as tmp:
        times = {}
        for n in (1000, 10000):
            out = os.path.join(tmp, f"big-{n}.json")
            subprocess.run(
                [sys.executable, os.path.join(SHARED, "bench", "make-big-plan.py"),
                 os.path.join(SHARED, "plans", SOURCE), out, "--target", str(n)],
                check=True, stdout=subprocess.DEVNULL)
            size = os.path.getsize(out)
            tb, rb = measure([bare, out], a.runs)
            ti, ri = measure([iamplan, "policy", out, "--phase", "deploy"], a.runs)
            times[n] = ti
            rows.append((f"{n:,} resources ({size / 1e6:.1f} MB): `policy`", tb, rb, ti, ri, size))
        tr, rr = measure([iamplan, "roles", out, "--format", "json"], a.runs)
        roles = (f"{n:,} resources ({size / 1e6:.1f} MB): `roles`", tb, rb, tr, rr, size)
        small = os.path.join(ROOT, "testdata", "s3-tags-update", "plan.json")
        ts, rs = measure([iamplan, "policy", small], max(a.runs, 21))
        adv_rows, adv_checks = adversarial(iamplan, tmp, a.runs)
    print("| plan: command | bare parse | iamplan | ratio | peak RSS (iamplan) | RSS / file |")
    print("|---|---|---|---|---|---|")
    for name, tb, rb, ti, ri, size in rows + [roles]:
        print(f"| {name} | {tb * 1000:.0f} ms | {ti * 1000:.0f} ms | {ti / tb:.2f}x | "
              f"{ri / 1024:.0f} MiB | {ri * 1024 / size:.2f}x |")
    print(f"| small plan (testdata/s3-tags-update): `policy`, end to end | | {ts * 1000:.1f} ms | | {rs / 1024:.0f} MiB | |")
    growth = times[10000] / times[1000]
    print(f"\ngrowth 1,000 -> 10,000 resources: {growth:.1f}x")
    print("\n| adversarial input (issue 20) | normal input | RSS | adversarial | RSS |")
    print("|---|---|---|---|---|")
    for name, tn, rn, th, rh in adv_rows:
        print(f"| {name} | {tn * 1000:.0f} ms | {rn / 1024:.0f} MiB | {th * 1000:.0f} ms | "
              f"{rh / 1024:.0f} MiB |")
    big = rows[-1]
    checks = [
        ("10k: at most 2x the bare parse", big[3] <= 2 * big[1]),
        ("10k: under 0.5 s", big[3] < 0.5),
        ("10k: peak RSS at most 2x the file size", big[4] * 1024 <= 2 * big[5]),
        ("small plan end to end under 10 ms", ts < 0.010),
        ("1k -> 10k grows at most 12x", growth <= 12),
        ("10k roles: at most 2x the bare parse", roles[3] <= 2 * roles[1]),
        ("10k roles: under 0.5 s", roles[3] < 0.5),
        ("10k roles: peak RSS at most 2x the file size", roles[4] * 1024 <= 2 * roles[5]),
    ]
    checks += adv_checks
    for name, passed in checks:
        print(f"{'PASS' if passed else 'FAIL'}: {name}")
        ok &= passed
    ok &= adversarial_module(iamplan, max(1, a.runs // 3))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
