#!/usr/bin/env python3
"""Benchmark iamplan against a bare JSON parse of the same plan (README "Speed").

Grows a real plan from ../shared/plans with ../shared/bench/make-big-plan.py to 1,000 and
10,000 resources, then measures wall time (median of N runs) and peak RSS of
`iamplan policy` beside `bench-parse` (serde_json into IgnoredAny), `iamplan roles` (three
phases) on the larger plan, and a small plan end to end. Prints a markdown table and checks
the targets; exit 1 if a target is missed.

    cargo build --release --bins && python3 scripts/bench.py [--runs 7]
"""
import argparse
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


def measure(cmd, runs):
    """Median wall seconds and max peak RSS (KiB) over runs."""
    walls, rss = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, ru = os.wait4(p.pid, 0)
        walls.append(time.perf_counter() - t0)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"failed: {' '.join(cmd)}")
        rss.append(ru.ru_maxrss)
    return statistics.median(walls), max(rss)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    iamplan = os.path.join(REL, "iamplan")
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
    print("| plan: command | bare parse | iamplan | ratio | peak RSS (iamplan) | RSS / file |")
    print("|---|---|---|---|---|---|")
    for name, tb, rb, ti, ri, size in rows + [roles]:
        print(f"| {name} | {tb * 1000:.0f} ms | {ti * 1000:.0f} ms | {ti / tb:.2f}x | "
              f"{ri / 1024:.0f} MiB | {ri * 1024 / size:.2f}x |")
    print(f"| small plan (testdata/s3-tags-update): `policy`, end to end | | {ts * 1000:.1f} ms | | {rs / 1024:.0f} MiB | |")
    growth = times[10000] / times[1000]
    print(f"\ngrowth 1,000 -> 10,000 resources: {growth:.1f}x")
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
    for name, passed in checks:
        print(f"{'PASS' if passed else 'FAIL'}: {name}")
        ok &= passed
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
