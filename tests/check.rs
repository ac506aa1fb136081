//! `iamplan check` on real plans against policies that are too narrow, exact, with an explicit
//! Deny, NotAction, a conditional statement, and authorization details with a boundary: every
//! output format as a snapshot, exit codes, and SARIF validated against the official schema.

mod common;
use common::*;

const FORMATS: [&str; 5] = ["text", "json", "markdown", "sarif", "github"];

/// (case name, plan, policy args, expected exit code)
fn cases() -> Vec<(&'static str, &'static str, Vec<String>, i32)> {
    let exact = exact_policy();
    vec![
        (
            "narrow",
            "mixed-actions",
            vec!["--policy".into(), "testdata/policies/narrow.json".into()],
            1,
        ),
        ("exact", "mixed-actions", vec!["--policy".into(), exact], 0),
        (
            "deny",
            "data-sources-oidc",
            vec!["--policy".into(), "testdata/policies/deny.json".into()],
            1,
        ),
        (
            "notaction",
            "data-sources-oidc",
            vec!["--policy".into(), "testdata/policies/notaction.json".into()],
            1,
        ),
        (
            "conditional",
            "lambda-passrole",
            vec![
                "--policy".into(),
                "testdata/policies/conditional.json".into(),
            ],
            1,
        ),
        (
            "authz-boundary",
            "mixed-actions",
            vec![
                "--policy".into(),
                "testdata/policies/authorization-details.json".into(),
                "--role".into(),
                "deployer".into(),
            ],
            1,
        ),
    ]
}

/// The policy iamplan predicts for mixed-actions, written where snapshots can name it.
fn exact_policy() -> String {
    let rel = "target/iamplan-test-exact-policy.json";
    let o = bin()
        .current_dir(root())
        .args(["policy", "testdata/mixed-actions/plan.json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0));
    std::fs::write(root().join(rel), &o.stdout).unwrap();
    rel.to_string()
}

fn check(plan: &str, policy: &[String], format: &str, extra: &[&str]) -> std::process::Output {
    let plan = format!("testdata/{plan}/plan.json");
    let mut args: Vec<String> = vec!["check".into(), plan, "--format".into(), format.into()];
    args.extend(policy.iter().cloned());
    args.extend(extra.iter().map(|s| s.to_string()));
    bin().current_dir(root()).args(&args).output().unwrap()
}

#[test]
fn check_snapshots_every_format() {
    for (name, plan, policy, code) in cases() {
        for format in FORMATS {
            let o = check(plan, &policy, format, &["--excess"]);
            assert_eq!(
                o.status.code(),
                Some(code),
                "{name} {format}: {}",
                stderr(&o)
            );
            let mut settings = insta::Settings::clone_current();
            settings.set_snapshot_path("snapshots/check");
            settings.set_prepend_module_to_snapshot(false);
            settings.set_description(format!(
                "iamplan check testdata/{plan}/plan.json {} --format {format} --excess",
                policy.join(" ")
            ));
            settings.bind(|| insta::assert_snapshot!(format!("{name}__{format}"), stdout(&o)));
        }
    }
}

#[test]
fn missing_findings_name_address_action_and_rule() {
    let o = check(
        "s3-tags-update",
        &["--policy".into(), "testdata/policies/narrow.json".into()],
        "json",
        &[],
    );
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let f = &v["findings"].as_array().unwrap()[0];
    assert_eq!(f["kind"], "missing-permission");
    assert_eq!(f["address"], "aws_s3_bucket.b");
    assert_eq!(f["action"], "s3:PutBucketTagging");
    assert_eq!(f["resource"], "arn:aws:s3:::iamplan-fixture-bucket");
    assert_eq!(f["change"], "update of `tags`");
    assert!(f["rule"]
        .as_str()
        .unwrap()
        .starts_with("aws_s3_bucket (curated)"));
    assert_eq!(v["allowed"], false);
}

#[test]
fn conditions_known_from_the_plan_are_evaluated_and_others_can_be_assumed() {
    let pol = vec![
        "--policy".to_string(),
        "testdata/policies/conditional.json".to_string(),
    ];
    let o = check("lambda-passrole", &pol, "json", &[]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    // iam:PassRole carries iam:PassedToService = lambda.amazonaws.com: evaluable, allowed.
    assert!(
        !findings.iter().any(|f| f["action"] == "iam:PassRole"),
        "{findings:?}"
    );
    assert!(findings
        .iter()
        .all(|f| f["kind"] == "conditional-permission"));
    let o = check("lambda-passrole", &pol, "text", &["--assume-conditions"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn fail_on_excess() {
    let exact = exact_policy();
    let pol = vec!["--policy".to_string(), exact];
    assert_eq!(
        check("mixed-actions", &pol, "text", &["--excess"])
            .status
            .code(),
        Some(0)
    );
    let broad = vec![
        "--policy".to_string(),
        "testdata/policies/deny.json".to_string(),
    ];
    let o = check(
        "s3-tags-update",
        &broad,
        "text",
        &["--excess", "--fail-on", "excess"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("broader-than-needed"));
}

#[test]
fn bad_policy_input_exits_2() {
    let dir = std::env::temp_dir().join(format!("iamplan-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, body, expect) in [
        ("nostatement.json", "{\"Version\":\"2012-10-17\"}", "no `Statement`"),
        ("effect.json", "{\"Statement\":[{\"Effect\":\"Maybe\",\"Action\":\"*\",\"Resource\":\"*\"}]}", "`Effect` must be"),
        // The value as JSON shows it, with the allowed values (was `found Some("allow")`).
        ("effect-case.json", "{\"Statement\":[{\"Sid\":\"S1\",\"Effect\":\"allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}",
         "effect-case.json#Statement[0] (Sid \"S1\"): `Effect` must be \"Allow\" or \"Deny\" (case-sensitive), found \"allow\""),
        ("effect-missing.json", "{\"Statement\":[{\"Action\":\"*\",\"Resource\":\"*\"}]}", "#Statement[0]: has no `Effect`"),
        ("effect-number.json", "{\"Statement\":[{\"Effect\":1,\"Action\":\"*\",\"Resource\":\"*\"}]}", "found 1"),
        // IAM's own words for a statement without resources (was accepted, matching nothing).
        ("noresource.json", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\"}]}",
         "noresource.json#Statement[0]: Policy statement must contain resources."),
        ("both.json", "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"NotAction\":\"s3:*\",\"Resource\":\"*\"}]}", "both `Action` and `NotAction`"),
        ("broken.json", "{\"Statement\": [", "invalid JSON"),
    ] {
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap();
        let o = check("s3-tags-update", &["--policy".into(), p.to_str().unwrap().into()], "text", &[]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        let e = stderr(&o);
        assert_eq!(e.trim_end().lines().count(), 1, "{e}");
        assert!(e.contains(expect), "{name}: {e}");
        assert!(!e.contains("Some("), "{name}: {e}");
    }
    let o = check(
        "s3-tags-update",
        &[
            "--policy".into(),
            "testdata/policies/authorization-details.json".into(),
        ],
        "text",
        &[],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--role"), "{}", stderr(&o));
    let o = check(
        "s3-tags-update",
        &[
            "--policy".into(),
            "testdata/policies/authorization-details.json".into(),
            "--role".into(),
            "nobody".into(),
        ],
        "text",
        &[],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("roles: deployer"), "{}", stderr(&o));
}

/// SARIF output validates against the official SARIF 2.1.0 schema (../shared/data/sarif), with
/// Python's jsonschema (Draft 2020-12), as the schema's README prescribes.
#[test]
fn sarif_validates_against_the_official_schema() {
    let Some(shared) = shared() else {
        eprintln!("../shared missing: skipping SARIF schema validation");
        return;
    };
    let schema = shared.join("data/sarif/sarif-schema-2.1.0.json");
    let have = std::process::Command::new("python3")
        .args(["-c", "import jsonschema"])
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !have {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install python3 jsonschema (.ci/run)"
        );
        eprintln!("python3 jsonschema missing: skipping SARIF schema validation");
        return;
    }
    for (name, plan, policy, _) in cases() {
        let o = check(plan, &policy, "sarif", &["--excess"]);
        let path =
            std::env::temp_dir().join(format!("iamplan-{}-{name}.sarif", std::process::id()));
        std::fs::write(&path, &o.stdout).unwrap();
        let script = "import json,sys,jsonschema\n\
            s=json.load(open(sys.argv[1]))\n\
            d=json.load(open(sys.argv[2]))\n\
            errs=list(jsonschema.Draft202012Validator(s).iter_errors(d))\n\
            [print(e.message, list(e.path)) for e in errs]\n\
            sys.exit(1 if errs else 0)\n";
        let v = std::process::Command::new("python3")
            .args([
                "-c",
                script,
                schema.to_str().unwrap(),
                path.to_str().unwrap(),
            ])
            .output()
            .unwrap();
        assert!(
            v.status.success(),
            "{name}: SARIF invalid: {}",
            String::from_utf8_lossy(&v.stdout)
        );
        let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let rules = &doc["runs"][0]["tool"]["driver"]["rules"];
        assert_eq!(
            rules.as_array().unwrap().len(),
            5,
            "one rule per finding kind"
        );
        for r in doc["runs"][0]["results"].as_array().unwrap() {
            assert!(r["ruleId"].as_str().unwrap().starts_with("IAMPLAN00"));
            assert!(r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"].is_string());
        }
    }
}
