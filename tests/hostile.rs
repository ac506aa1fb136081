//! Adversarial policies and captures for `check` and `verify` (issue 20): wildcard patterns
//! that made the old recursive matcher take exponential time or overflow the stack, a policy
//! of 4,000 statements for `--excess`, and 150,000-character names for the overlap of two
//! patterns. Each case must end with its normal output and exit code. The inputs are
//! generated here rather than committed.
//!
//! Speed is measured by `scripts/bench.py`, not here. Each run is only guarded by a generous
//! limit, so that a regression to exponential time or a crash fails the test instead of
//! hanging the suite.

mod common;
use common::*;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

/// Far above any normal run (a debug build does each case in seconds).
const GUARD: Duration = Duration::from_secs(120);

fn dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("iamplan-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(name: &str, body: &str) -> String {
    let p = dir().join(name);
    std::fs::write(&p, body).unwrap();
    p.to_str().unwrap().to_string()
}

/// Runs iamplan with output to files (no pipe to fill), killed after [`GUARD`].
fn guarded(name: &str, args: &[&str]) -> Output {
    let (out, err) = (
        dir().join(format!("{name}.out")),
        dir().join(format!("{name}.err")),
    );
    let mut child = bin()
        .current_dir(root())
        .args(args)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > GUARD {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("{name}: still running after {GUARD:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: std::fs::read(out).unwrap(),
        stderr: std::fs::read(err).unwrap(),
    }
}

const PLAN: &str = "testdata/s3-tags-update/plan.json";

fn check_json(name: &str, plan: &str, statements: Value, extra: &[&str]) -> (Option<i32>, Value) {
    let policy = write(
        &format!("{name}.json"),
        &json!({"Version": "2012-10-17", "Statement": statements}).to_string(),
    );
    let mut args = vec!["check", plan, "--policy", &policy, "--format", "json"];
    args.extend(extra);
    let o = guarded(name, &args);
    let v = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{name}: {e}; stderr: {}", stderr(&o)));
    (o.status.code(), v)
}

fn one(action: &str, resource: &str) -> Value {
    json!([{"Effect": "Allow", "Action": action, "Resource": resource}])
}

/// A policy that allows nothing of the plan: what every non-matching pattern must give.
fn nothing_allowed(name: &str, plan: &str) -> Value {
    let (code, v) = check_json(name, plan, one("*", "arn:aws:s3:::no-such-bucket"), &[]);
    assert_eq!(code, Some(1));
    assert!(!v["findings"].as_array().unwrap().is_empty());
    v["findings"].clone()
}

/// `*?` ten times and an escaped `$`, on a plan whose bucket has a name of S3's maximum 63
/// characters: no ARN of the plan ends in `$`, so nothing is allowed. The old matcher tried
/// every way to split each ARN among the ten pairs (about 10^12 for the bucket's ARN).
#[test]
fn star_question_pairs_with_an_escape() {
    let name = format!("b{}", "x".repeat(62));
    let plan = std::fs::read_to_string(root().join(PLAN))
        .unwrap()
        .replace("iamplan-fixture-bucket", &name);
    let plan = &write("bucket-63.json", &plan);
    let want = nothing_allowed("pairs-none", plan);
    let pattern = format!("{}${{$}}", "*?".repeat(10));
    let (code, v) = check_json("pairs", plan, one("*", &pattern), &[]);
    assert_eq!(code, Some(1));
    assert_eq!(v["findings"], want);
    // Ending in `x` instead, it allows the resources of ten characters or more that end in
    // `x` (the bucket), and leaves the others (`*`) missing.
    let (code, v) = check_json(
        "pairs-x",
        plan,
        one("*", &format!("{}x", "*?".repeat(10))),
        &[],
    );
    let rest: Vec<&Value> = want
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            let r = f["resource"].as_str().unwrap();
            !(r.chars().count() >= 11 && r.ends_with('x'))
        })
        .collect();
    assert!(rest.len() < want.as_array().unwrap().len());
    assert_eq!(code, Some(if rest.is_empty() { 0 } else { 1 }));
    assert_eq!(v["findings"], json!(rest));
}

/// A million `*` and an escaped `$`: the old matcher recursed once per `*` (stack overflow).
#[test]
fn a_million_stars_with_an_escape() {
    let want = nothing_allowed("stars-none", PLAN);
    let stars = "*".repeat(1_000_000);
    let (code, v) = check_json("stars", PLAN, one("*", &format!("{stars}${{$}}")), &[]);
    assert_eq!(code, Some(1));
    assert_eq!(v["findings"], want);
    let (code, v) = check_json("stars-all", PLAN, one("*", &stars), &[]);
    assert_eq!((code, v["allowed"].clone()), (Some(0), json!(true)));
}

/// `--excess` on 4,000 statements, each with its own leading-wildcard pattern: every one gets
/// its findings (the old code matched each pattern against every reference action, with
/// allocations, for minutes).
#[test]
fn excess_of_four_thousand_statements() {
    let n = 4000;
    let statements: Vec<Value> = (0..n)
        .map(|i| {
            json!({"Effect": "Allow", "Action": [format!("*Get{i}*"), "s3:Put*", "*"],
                   "Resource": "*"})
        })
        .collect();
    let (code, v) = check_json("excess", PLAN, Value::Array(statements), &["--excess"]);
    assert_eq!(
        code,
        Some(0),
        "everything is allowed; excess alone does not fail"
    );
    let findings = v["findings"].as_array().unwrap();
    let count = |kind: &str, action: &str| {
        findings
            .iter()
            .filter(|f| f["kind"] == kind && f["action"] == action)
            .count()
    };
    assert_eq!(count("broader-than-needed", "*"), n);
    assert_eq!(count("unused-grant", "s3:Put*"), n);
    // Each statement is named, and the details agree across statements.
    let addresses: std::collections::BTreeSet<&str> = findings
        .iter()
        .filter(|f| f["action"] == "s3:Put*")
        .map(|f| f["address"].as_str().unwrap())
        .collect();
    assert_eq!(addresses.len(), n);
    let details: std::collections::BTreeSet<&str> = findings
        .iter()
        .filter(|f| f["action"] == "s3:Put*")
        .map(|f| f["detail"].as_str().unwrap())
        .collect();
    assert_eq!(details.len(), 1, "{details:?}");
    assert!(details.iter().all(|d| d.contains("s3:PutBucketAcl")));
}

/// `verify` with a 150,000-character bucket name in the plan and a capture whose ARN has a
/// `*` in place of its second character: the prediction covers the call. The old overlap
/// recursed 150,000 deep over a 150,001² memo (abort).
#[test]
fn overlap_of_long_names_in_verify() {
    let name = format!("b{}", "x".repeat(150_000));
    let plan = std::fs::read_to_string(root().join(PLAN))
        .unwrap()
        .replace("iamplan-fixture-bucket", &name);
    let plan = write("long-plan.json", &plan);
    let record = |arn: &str, action: &str| {
        json!({"time": "2026-01-01T00:00:00Z", "service": "s3", "operation": "PutBucketTagging",
               "iam_actions": [action], "resources": [arn], "status": 200,
               "error_code": null, "region": "eu-west-1", "host": "127.0.0.1",
               "protocol": "rest-xml"})
        .to_string()
    };
    let covered = format!("arn:aws:s3:::b*{}", &name[2..]);
    // Not covered: the capture ends in a character the name does not.
    let other = format!("{covered}y");
    let capture = write(
        "long.jsonl",
        &format!(
            "{}\n{}\n",
            record(&covered, "s3:PutBucketTagging"),
            record(&other, "s3:PutBucketTagging")
        ),
    );
    let o = guarded(
        "verify",
        &["verify", &plan, "--capture", &capture, "--format", "json"],
    );
    let v: Value =
        serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}; stderr: {}", stderr(&o)));
    let gaps = v["gaps"].as_array().unwrap();
    assert_eq!(o.status.code(), Some(1), "one gap: {:.300}", stderr(&o));
    assert_eq!(gaps.len(), 1, "{:.300}", v["gaps"].to_string());
    assert_eq!(gaps[0]["resources"], json!([other]));
    let at = gaps[0]["captured_at"][0].as_str().unwrap();
    assert!(at.ends_with("long.jsonl:2"), "{at}");
}
