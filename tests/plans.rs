//! Every real plan loads and yields a valid policy document in every phase and format; output
//! is deterministic; the acceptance cases of the core issue hold on real plans.

mod common;
use common::*;
use serde_json::Value;

const PHASES: [&str; 3] = ["plan", "deploy", "destroy"];
const FORMATS: [&str; 3] = ["json", "markdown", "terraform"];

fn policy_json(plan: &str, phase: &str) -> Value {
    let o = run(&["policy", plan, "--phase", phase, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{plan} {phase}: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{plan} {phase}: {e}"))
}

fn actions(doc: &Value) -> Vec<String> {
    let mut v: Vec<String> = doc["Statement"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["Action"].as_array().unwrap().iter())
        .map(|a| a.as_str().unwrap().to_string())
        .collect();
    v.sort();
    v.dedup();
    v
}

#[test]
fn every_shared_plan_every_phase_and_format() {
    let Some(shared) = shared() else {
        eprintln!("../shared not present: skipping");
        return;
    };
    let mut plans = plans_in(&shared.join("plans"));
    plans.extend(plans_in(&shared.join("plans").join("edge_cases")));
    assert!(
        plans.len() >= 63,
        "expected the 61 plans and 2 edge cases, found {}",
        plans.len()
    );
    for p in &plans {
        let path = p.to_str().unwrap();
        for phase in PHASES {
            for format in FORMATS {
                let o = run(&["policy", path, "--phase", phase, "--format", format]);
                let err = stderr(&o);
                assert_eq!(o.status.code(), Some(0), "{path} {phase} {format}: {err}");
                assert!(!err.contains("panicked"), "{path}: {err}");
                if format == "json" {
                    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
                    assert_policy_document(&v, &format!("{path} {phase}"));
                }
            }
        }
    }
}

#[test]
fn testdata_plans_are_deterministic() {
    for case in std::fs::read_dir(root().join("testdata")).unwrap() {
        let dir = case.unwrap().path();
        let plan = dir.join("plan.json");
        if !plan.exists() {
            continue;
        }
        for phase in PHASES {
            for format in FORMATS {
                let args = [
                    "policy",
                    plan.to_str().unwrap(),
                    "--phase",
                    phase,
                    "--format",
                    format,
                ];
                let a = run(&args);
                let b = run(&args);
                assert_eq!(a.stdout, b.stdout, "{} {phase} {format}", plan.display());
                assert_eq!(a.stderr, b.stderr, "{} {phase} {format}", plan.display());
            }
        }
    }
}

#[test]
fn stdin_matches_file() {
    let plan = testdata("update").join("plan.json");
    let bytes = std::fs::read(&plan).unwrap();
    let a = run(&["policy", plan.to_str().unwrap()]);
    let b = run_stdin(&["policy", "-"], &bytes);
    assert_eq!(b.status.code(), Some(0), "{}", stderr(&b));
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn utf16_plan_matches_its_utf8_form() {
    let plan = testdata("utf16").join("plan.json");
    let raw = std::fs::read(&plan).unwrap();
    assert_eq!(&raw[..2], &[0xFF, 0xFE], "fixture is UTF-16LE with BOM");
    let units: Vec<u16> = raw[2..]
        .chunks(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .collect();
    let utf8 = String::from_utf16(&units).unwrap();
    let a = run(&["policy", plan.to_str().unwrap()]);
    let b = run_stdin(&["policy", "-"], utf8.as_bytes());
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert_eq!(a.stdout, b.stdout);
    assert!(!actions(&serde_json::from_slice(&a.stdout).unwrap()).is_empty());
}

/// A real plan (terraform 1.11.4, provider 5.100.0) updating only the tags of an existing
/// bucket: the deploy policy has the bucket's reads and tagging, and no other write.
#[test]
fn tags_only_bucket_update_needs_only_reads_and_tagging() {
    let plan = testdata("s3-tags-update").join("plan.json");
    let doc = policy_json(plan.to_str().unwrap(), "deploy");
    let acts = actions(&doc);
    assert!(
        acts.contains(&"s3:PutBucketTagging".to_string()),
        "{acts:?}"
    );
    assert!(
        acts.contains(&"s3:GetBucketTagging".to_string()),
        "{acts:?}"
    );
    assert!(acts.contains(&"s3:ListBucket".to_string()), "{acts:?}");
    for forbidden in [
        "s3:PutBucketPolicy",
        "s3:CreateBucket",
        "s3:DeleteBucket",
        "s3:PutBucketVersioning",
        "s3:PutBucketAcl",
    ] {
        assert!(
            !acts.contains(&forbidden.to_string()),
            "{forbidden} in {acts:?}"
        );
    }
    let refr = iamplan::iam::reference();
    for a in &acts {
        let info = refr
            .exact(a)
            .unwrap_or_else(|| panic!("{a} not in IAM reference"));
        assert!(
            info.access.is_read_only() || info.access == iamplan::iam::AccessLevel::Tagging,
            "{a} is {:?}: a tags-only update must need only reads and tagging",
            info.access
        );
    }
}

#[test]
fn plan_phase_is_read_only() {
    for case in std::fs::read_dir(root().join("testdata")).unwrap() {
        let plan = case.unwrap().path().join("plan.json");
        if !plan.exists() {
            continue;
        }
        let doc = policy_json(plan.to_str().unwrap(), "plan");
        for a in actions(&doc) {
            assert!(
                iamplan::iam::reference().exact(&a).is_some(),
                "{a} not in IAM reference"
            );
            assert!(
                iamplan::iam::is_read_only_action(&a),
                "{}: {a} is not read-only, in the plan phase",
                plan.display()
            );
        }
    }
}

#[test]
fn strict_fails_on_unmapped_types() {
    let plan = br#"{"format_version":"1.2","terraform_version":"1.9.0","resource_changes":[
      {"address":"aws_made_up_thing.x","mode":"managed","type":"aws_made_up_thing","name":"x","provider_name":"registry.terraform.io/hashicorp/aws",
       "change":{"actions":["create"],"before":null,"after":{},"after_unknown":{}}},
      {"address":"random_id.r","mode":"managed","type":"random_id","name":"r","provider_name":"registry.terraform.io/hashicorp/random",
       "change":{"actions":["create"],"before":null,"after":{},"after_unknown":{}}}]}"#;
    let o = run_stdin(&["policy", "-"], plan);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(err.contains("aws_made_up_thing (1)"), "{err}");
    assert!(
        err.contains("skipped 1 resource(s) of other providers: random (1)"),
        "{err}"
    );
    let o = run_stdin(&["policy", "-", "--strict"], plan);
    assert_eq!(o.status.code(), Some(1));
    let o = run_stdin(&["policy", "-", "--format", "markdown"], plan);
    assert!(
        stdout(&o).contains("`aws_made_up_thing` | 1"),
        "{}",
        stdout(&o)
    );
    let o = run_stdin(&["policy", "-", "--format", "terraform"], plan);
    assert!(
        stdout(&o).contains("# WARNING: 1 AWS type(s) have no rule"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn destroy_covers_what_the_plan_leaves_and_not_what_it_deletes() {
    // mixed-actions has creates, updates, deletes and no-ops.
    let plan = testdata("mixed-actions").join("plan.json");
    let text = std::fs::read_to_string(&plan).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    let deleted: Vec<&str> = v["resource_changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|rc| rc["change"]["actions"] == serde_json::json!(["delete"]))
        .map(|rc| rc["address"].as_str().unwrap())
        .collect();
    assert!(!deleted.is_empty());
    let o = run(&[
        "policy",
        plan.to_str().unwrap(),
        "--phase",
        "destroy",
        "--format",
        "markdown",
    ]);
    let md = stdout(&o);
    for d in deleted {
        assert!(
            !md.contains(&format!("`{d}`")),
            "{d} is deleted by the plan, so destroy must not list it:\n{md}"
        );
    }
}
