//! `verify` and `learn` on captures of every supported format: iamplan JSONL, iamlive (CSM and
//! proxy shapes, several files at once), CloudTrail (S3 delivery and lookup-events); gaps with
//! attribution, provider-level calls, unobserved actions; learn writing a missing action
//! canonically, idempotently, and refusing ambiguous gaps.

mod common;
use common::*;

fn verify(plan: &str, captures: &[&str], format: &str) -> std::process::Output {
    let mut args = vec![
        "verify".to_string(),
        plan.to_string(),
        "--format".into(),
        format.into(),
    ];
    for c in captures {
        args.push("--capture".into());
        args.push(c.to_string());
    }
    bin().current_dir(root()).args(&args).output().unwrap()
}

fn gaps(o: &std::process::Output) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["gaps"].as_array().unwrap().clone()
}

const S3_2021: &str = "../shared/captures/s3-bucket-apply-2021";

/// The published iamlive capture of a bucket create: every call is predicted except
/// ec2:DescribeAccountAttributes, a provider-level call of provider 3.x.
#[test]
fn iamlive_capture_of_bucket_create() {
    if shared().is_none() {
        eprintln!("../shared missing: skipped");
        return;
    }
    let o = verify(
        &format!("{S3_2021}/plan.json"),
        &[&format!("{S3_2021}/iamlive-final.json")],
        "json",
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let g = gaps(&o);
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(g[0]["action"], "ec2:DescribeAccountAttributes");
    assert_eq!(g[0]["attribution"], "provider-level");
    assert!(g[0]["provider_level"].as_str().unwrap().contains("3.x"));
}

/// The same run as CloudTrail records it (both delivery shapes) verifies the same way.
#[test]
fn cloudtrail_capture_verifies_like_iamlive() {
    if shared().is_none() {
        return;
    }
    for f in [
        "testdata/captures/s3-bucket-cloudtrail.json",
        "testdata/captures/s3-bucket-lookup-events.json",
    ] {
        let o = verify(&format!("{S3_2021}/plan.json"), &[f], "json");
        let g = gaps(&o);
        assert_eq!(g.len(), 1, "{f}: {g:?}");
        assert_eq!(g[0]["action"], "ec2:DescribeAccountAttributes");
        assert_eq!(g[0]["attribution"], "provider-level");
    }
}

#[test]
fn attribution_by_service_and_arn() {
    let plan = "testdata/s3-tags-update/plan.json";
    let o = verify(
        plan,
        &[
            "testdata/captures/iamlive-proxy-tags-update.json",
            "testdata/captures/calls-tags-update.jsonl",
        ],
        "json",
    );
    assert_eq!(o.status.code(), Some(1));
    let g = gaps(&o);
    let find = |a: &str| {
        g.iter()
            .find(|x| x["action"] == a)
            .unwrap_or_else(|| panic!("{a} in {g:?}"))
            .clone()
    };
    let own = find("s3:GetBucketOwnershipControls");
    assert_eq!(own["attribution"], "attributed");
    assert_eq!(own["candidates"], serde_json::json!(["aws_s3_bucket.b"]));
    assert_eq!(own["failed_call"], true, "the JSONL records it as denied");
    let notif = find("s3:GetBucketNotification");
    assert_eq!(notif["attribution"], "ambiguous");
    assert_eq!(notif["candidates"].as_array().unwrap().len(), 2);
    // A predicted action the run did not make is unobserved, with the reason.
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["unobserved"]
        .as_array()
        .unwrap()
        .iter()
        .any(|u| u["action"] == "s3:GetBucketAcl"));
    for f in ["text", "markdown"] {
        let o = verify(plan, &["testdata/captures/calls-tags-update.jsonl"], f);
        assert!(stdout(&o).contains("s3:GetBucketOwnershipControls"));
    }
}

#[test]
fn malformed_captures_exit_2() {
    let dir = std::env::temp_dir().join(format!("iamplan-cap-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, body, expect) in [
        ("empty.json", "", "empty capture"),
        ("junk.json", "{\"hello\": 1}", "not a capture"),
        (
            "broken.jsonl",
            "{\"iam_actions\": [\"s3:ListBucket\"]}\n{oops\n",
            ":2: invalid JSON line",
        ),
        (
            "ct.json",
            "{\"Records\": [{\"eventName\": \"X\"}]}",
            "without eventSource",
        ),
    ] {
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap();
        let o = verify(
            "testdata/s3-tags-update/plan.json",
            &[p.to_str().unwrap()],
            "text",
        );
        assert_eq!(o.status.code(), Some(2), "{name}");
        let e = stderr(&o);
        assert_eq!(e.trim_end().lines().count(), 1, "{e}");
        assert!(e.contains(expect), "{name}: {e}");
    }
}

/// learn proposes the attributed gap, writes it canonically into a copy of rules/, changes
/// nothing on a second run, and never writes the ambiguous gap.
#[test]
fn learn_writes_attributed_gaps_only_and_is_idempotent() {
    let work = std::env::temp_dir().join(format!("iamplan-learn-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(work.join("rules/curated")).unwrap();
    std::fs::copy(
        root().join("rules/curated/s3.hcl"),
        work.join("rules/curated/s3.hcl"),
    )
    .unwrap();
    let plan = root().join("testdata/s3-tags-update/plan.json");
    let cap = root().join("testdata/captures/iamlive-proxy-tags-update.json");
    let learn = || {
        bin()
            .current_dir(&work)
            .args([
                "learn",
                plan.to_str().unwrap(),
                "--capture",
                cap.to_str().unwrap(),
                "--write",
                "--what",
                "test run",
            ])
            .output()
            .unwrap()
    };
    let o = learn();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("not learned: s3:GetBucketNotification (ambiguous"),
        "{out}"
    );
    assert!(out.contains("wrote rules/curated/s3.hcl"), "{out}");
    let after = std::fs::read_to_string(work.join("rules/curated/s3.hcl")).unwrap();
    assert!(after.contains("\"s3:GetBucketOwnershipControls\""));
    assert!(
        !after.contains("s3:GetBucketNotification\"]\n    source     = \"capture"),
        "ambiguous gap written"
    );
    assert!(
        after.contains("source     = \"capture: test run (hashicorp/aws 5.100.0, "),
        "{after}"
    );
    assert_eq!(
        iamplan::rules::canonical_text(&after).unwrap(),
        after,
        "canonical"
    );
    let mut seen = Default::default();
    let problems = iamplan::rules::lint::lint_file("curated/s3.hcl", &after, &mut seen);
    assert!(problems.is_empty(), "{problems:?}");
    // The proposals come from the embedded rules, so a second run proposes the same block
    // again; writing it must not duplicate it.
    let o = learn();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(work.join("rules/curated/s3.hcl")).unwrap(),
        after,
        "second run changed the rules"
    );
}
