//! The rules database stays valid: every action exists spelled exactly in the IAM reference,
//! entries are unique, canonical and sorted, every entry and block carries provenance, and the
//! types the core issue names are curated.

use iamplan::rules::{self, Kind, Origin};

#[test]
fn lint_is_clean() {
    let problems = rules::lint::lint_all();
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn lint_catches_each_kind_of_fault() {
    let mut seen = std::collections::BTreeMap::new();
    let cases = [
        // wrong case
        ("resource \"aws_x\" {\n  service = \"s3\"\n  source  = \"t\"\n\n  create {\n    actions = [\"s3:createbucket\"]\n  }\n}\n", "spelled `s3:CreateBucket`"),
        // invented action
        ("resource \"aws_x\" {\n  service = \"s3\"\n  source  = \"t\"\n\n  create {\n    actions = [\"s3:MakeBucket\"]\n  }\n}\n", "not in the IAM reference"),
        // wildcard
        ("resource \"aws_x\" {\n  service = \"s3\"\n  source  = \"t\"\n\n  create {\n    actions = [\"s3:*\"]\n  }\n}\n", "wildcard"),
        // no provenance
        ("resource \"aws_x\" {\n  service = \"s3\"\n\n  create {\n    actions = [\"s3:CreateBucket\"]\n  }\n}\n", "provenance"),
        // unsorted actions (not canonical)
        ("resource \"aws_x\" {\n  service = \"s3\"\n  source  = \"t\"\n\n  create {\n    actions = [\"s3:ListBucket\", \"s3:CreateBucket\"]\n  }\n}\n", "canonical"),
        // read-only action in delete without a reason
        ("resource \"aws_x\" {\n  service = \"s3\"\n  source  = \"t\"\n\n  delete {\n    actions = [\"s3:ListBucket\"]\n  }\n}\n", "needs a `note`"),
        // unknown attribute (typo must not drop a permission silently)
        ("resource \"aws_x\" {\n  service = \"s3\"\n  source  = \"t\"\n\n  create {\n    action = [\"s3:CreateBucket\"]\n  }\n}\n", "unknown attribute `action`"),
        // an entry under one of the provider's alias names (its rule is the aliased type's)
        ("resource \"aws_alb\" {\n  service = \"elasticloadbalancing\"\n  source  = \"t\"\n}\n", "an alias of resource \"aws_lb\""),
        // a curated entry that names no provider version
        ("resource \"aws_x\" {\n  service = \"s3\"\n  source  = \"t\"\n}\n", "no `provider_versions`"),
        // a type 6.0.0 removed, claimed for 6.x
        ("resource \"aws_simpledb_domain\" {\n  service           = \"sdb\"\n  source            = \"t\"\n  provider_versions = \"5.x, 6.x\"\n  note              = \"v5-only\"\n}\n", "6.0.0 removed this type"),
        // duplicate / out of order entries
        ("resource \"aws_y\" {\n  service = \"s3\"\n  source  = \"t\"\n}\n\nresource \"aws_x\" {\n  service = \"s3\"\n  source  = \"t\"\n}\n", "out of order"),
    ];
    for (i, (text, expect)) in cases.iter().enumerate() {
        let problems = rules::lint::lint_file(&format!("curated/case{i}.hcl"), text, &mut seen);
        assert!(
            problems.iter().any(|p| p.contains(expect)),
            "case {i}: expected {expect:?} in {problems:?}"
        );
    }
}

#[test]
fn every_entry_has_provenance_and_parses() {
    for e in rules::entries() {
        let r = e.rule().unwrap_or_else(|err| panic!("{err}"));
        assert!(!r.source.trim().is_empty(), "{} has no source", e.type_name);
        assert!(r.kind == Kind::Provider || !r.service.is_empty());
    }
}

#[test]
fn core_types_are_curated() {
    let core = [
        "aws_iam_role_policy_attachment",
        "aws_s3_bucket",
        "aws_instance",
        "aws_iam_role",
        "aws_security_group_rule",
        "aws_security_group",
        "aws_sqs_queue",
        "aws_iam_policy",
        "aws_iam_role_policy",
        "aws_apigatewayv2_route",
        "aws_ecr_repository",
        "aws_s3_bucket_public_access_block",
        "aws_subnet",
        "aws_lambda_function",
        "aws_route_table_association",
        "aws_route53_record",
        "aws_cloudwatch_log_group",
        "aws_cloudwatch_metric_alarm",
        "aws_ssm_parameter",
        "aws_eip",
        "aws_nat_gateway",
        "aws_s3_bucket_policy",
        "aws_route",
        "aws_vpc",
        "aws_lambda_permission",
    ];
    for t in core {
        let e = rules::lookup(Kind::Resource, t).unwrap_or_else(|| panic!("{t}: no rule"));
        assert_eq!(e.origin, Origin::Curated, "{t}");
    }
    let p = rules::lookup(Kind::Provider, "aws").expect("provider rule");
    assert!(p
        .rule()
        .unwrap()
        .all_actions()
        .any(|a| a == "sts:GetCallerIdentity"));
}

#[test]
fn canonical_text_round_trips() {
    for (file, text) in rules::files() {
        let canon = rules::canonical_text(text).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(
            &canon, text,
            "rules/{file} is not canonical: run `cargo run --bin rules-fmt`"
        );
    }
}

#[test]
fn reference_snapshot_is_complete() {
    let r = iamplan::iam::reference();
    assert!(r.len() > 15_000, "IAM reference has {} actions", r.len());
    assert!(r.is_sorted(), "rules/iam-reference/actions.tsv must be sorted by (service, lower-case action) and resources.tsv by (service, resource type), each unique: lookups binary-search them");
    assert!(r.exact("s3:CreateBucket").is_some());
    assert!(r.exact("s3:createbucket").is_none());
    assert!(r
        .arn_template("s3", "bucket")
        .unwrap()
        .contains("${BucketName}"));
}
