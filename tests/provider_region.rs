//! Where resources live: hashicorp/aws v6's per-resource `region` argument decides the region
//! of each resource's ARNs (its own, its templates', its related objects'), in every phase,
//! over the provider's; types whose `region` meant something else before v6 keep the
//! provider's. And incomplete plans (deferred changes, errored) fail `--strict`.

mod common;
use common::*;
use serde_json::Value;
use std::collections::BTreeSet;

fn plan() -> String {
    testdata("provider-v6-region")
        .join("plan.json")
        .to_str()
        .unwrap()
        .to_string()
}

fn resources(phase: &str) -> Vec<String> {
    let o = run(&["policy", &plan(), "--phase", phase]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let doc: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let mut out = Vec::new();
    for s in doc["Statement"].as_array().unwrap() {
        match &s["Resource"] {
            Value::String(r) => out.push(r.clone()),
            Value::Array(rs) => out.extend(rs.iter().map(|r| r.as_str().unwrap().to_string())),
            _ => {}
        }
    }
    out
}

#[test]
fn the_resources_own_region_scopes_its_arns_in_every_phase() {
    let deploy = resources("deploy");
    for want in [
        // create in another region than the provider's (us-east-1)
        "arn:aws:sqs:us-west-2:123456789012:orders-west",
        // create in the provider's region, named by the resource
        "arn:aws:sqs:us-east-1:123456789012:orders-home",
        // update and delete of existing resources elsewhere
        "arn:aws:sqs:eu-west-1:123456789012:orders-eu",
        "arn:aws:logs:ap-southeast-2:123456789012:log-group:/app/old",
        // a region unknown until apply is any region, never the provider's
        "arn:aws:sns:*:123456789012:alerts",
    ] {
        assert!(
            deploy.iter().any(|r| r == want),
            "deploy lacks {want}: {deploy:?}"
        );
    }
    for wrong in [
        "arn:aws:sqs:us-east-1:123456789012:orders-west",
        "arn:aws:sns:us-east-1:123456789012:alerts",
    ] {
        assert!(!deploy.iter().any(|r| r == wrong), "deploy has {wrong}");
    }
    // Refresh (plan phase) and teardown (destroy phase) of what exists use its region too.
    let plan_phase = resources("plan");
    assert!(plan_phase
        .iter()
        .any(|r| r == "arn:aws:sqs:eu-north-1:123456789012:region-source"));
    let destroy = resources("destroy");
    assert!(destroy
        .iter()
        .any(|r| r == "arn:aws:sqs:us-west-2:123456789012:orders-west"));
    assert!(destroy
        .iter()
        .any(|r| r == "arn:aws:sqs:eu-west-1:123456789012:orders-eu"));
    // `aws_cloudformation_stack_set_instance.region` was the target region before v6: the
    // provider's region scopes its calls.
    assert!(deploy
        .iter()
        .any(|r| r.starts_with("arn:aws:cloudformation:us-east-1:")));
    assert!(!deploy.iter().any(|r| r.contains(":eu-west-3:")));
}

#[test]
fn explain_names_the_resources_own_region() {
    let o = run(&["explain", &plan(), "sqs:CreateQueue"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("address:  aws_sqs_queue.west\n  region:   us-west-2 (the resource's own `region` attribute"),
        "{out}"
    );
}

#[test]
fn check_against_a_provider_region_policy_reports_the_other_regions() {
    let policy = testdata("policies").join("provider-region-us-east-1.json");
    let o = run(&[
        "check",
        &plan(),
        "--policy",
        policy.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let doc: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let missing: BTreeSet<&str> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "missing-permission")
        .map(|f| f["address"].as_str().unwrap())
        .collect();
    let want: BTreeSet<&str> = [
        "aws_cloudwatch_log_group.old",
        "aws_sns_topic.alerts",
        "aws_sqs_queue.eu",
        "aws_sqs_queue.source",
        "aws_sqs_queue.west",
    ]
    .into_iter()
    .collect();
    assert_eq!(missing, want);
}

fn with(members: &[(&str, Value)]) -> std::path::PathBuf {
    let mut doc: Value = serde_json::from_slice(
        &std::fs::read(testdata("s3-create-and-noop").join("plan.json")).unwrap(),
    )
    .unwrap();
    for (k, v) in members {
        doc[*k] = v.clone();
    }
    let dir = std::env::temp_dir().join(format!(
        "iamplan-incomplete-{}-{}",
        std::process::id(),
        members
            .iter()
            .map(|(k, _)| *k)
            .collect::<Vec<_>>()
            .join("-")
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("plan.json");
    std::fs::write(&p, serde_json::to_vec(&doc).unwrap()).unwrap();
    p
}

#[test]
fn incomplete_plans_are_named_and_fail_strict() {
    let complete = testdata("s3-create-and-noop").join("plan.json");
    let o = run(&["policy", complete.to_str().unwrap(), "--strict"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let deferred = testdata("deferred-changes").join("plan.json");
    let cases = [
        (deferred, "deferred to a later plan and apply round"),
        (
            with(&[
                ("errored", Value::Bool(true)),
                ("applyable", Value::Bool(false)),
            ]),
            "the plan errored",
        ),
        (
            with(&[("complete", Value::Bool(false))]),
            "the plan is not complete",
        ),
        (with(&[("applyable", Value::Bool(false))]), "not applyable"),
    ];
    for (path, says) in cases {
        let p = path.to_str().unwrap();
        let o = run(&["policy", p, "--strict"]);
        assert_eq!(o.status.code(), Some(1), "{p}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{p}: {}", stderr(&o));
        // Without --strict the policy is still printed, and says it is partial in markdown.
        let o = run(&["policy", p, "--format", "markdown"]);
        assert_eq!(o.status.code(), Some(0));
        assert!(stdout(&o).contains("incomplete plan"), "{p}");
    }
    let o = run(&[
        "policy",
        testdata("deferred-changes")
            .join("plan.json")
            .to_str()
            .unwrap(),
    ]);
    let err = stderr(&o);
    assert!(
        err.contains("aws_sqs_queue.per_bucket[\"*\"] (instance_count_unknown)"),
        "{err}"
    );
    assert!(
        err.contains("random_id.suffix (provider_config_unknown, not AWS)"),
        "{err}"
    );
}
