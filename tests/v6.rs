//! hashicorp/aws 6.x next to 5.x (rules/provider/v6-changes.md): every curated rule says which
//! provider versions it follows, the types 6.0.0 removed keep v5-only rules that `rules show`
//! names as removed, and a plan in the 6.x attribute shape (a renamed argument, a removed one,
//! a single nested block that became a list) predicts the calls of the 5.x shape. The plans are
//! hand-built `resource_changes` (no 6.x provider binary on this machine).

mod common;
use common::plan_json;
use iamplan::plan;
use iamplan::predict::{predict, Phase, ScopeFlags};
use iamplan::rules::{self, parse_versions, Condition, Kind, Origin};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::process::Command;

fn actions_of(text: &str) -> BTreeSet<String> {
    let p = plan::parse("synthetic", text).expect("synthetic plan parses");
    let pred = predict(&p, Phase::Deploy, &ScopeFlags::default()).expect("predicts");
    pred.requirements
        .iter()
        .map(|r| r.action.to_string())
        .collect()
}

#[test]
fn every_curated_rule_names_a_provider_version() {
    let mut missing = Vec::new();
    let mut n = 0;
    for e in rules::entries()
        .iter()
        .filter(|e| e.origin == Origin::Curated)
    {
        let r = e.rule().unwrap_or_else(|err| panic!("{err}"));
        n += 1;
        match r.provider_versions.as_deref().map(parse_versions) {
            Some(Ok(v)) if !v.is_empty() => {}
            other => missing.push(format!("{} {}: {other:?}", e.kind.keyword(), e.type_name)),
        }
    }
    assert!(n >= 250, "only {n} curated entries");
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn removed_types_keep_v5_only_rules() {
    let removed = rules::removed_types();
    assert!(removed.len() >= 21, "{removed:?}");
    for (kind, t) in removed {
        let e = rules::lookup(kind, t).unwrap_or_else(|| panic!("{t}: no rule"));
        assert_eq!(e.origin, Origin::Curated, "{t}");
        let r = e.rule().unwrap();
        let v = parse_versions(r.provider_versions.as_deref().unwrap()).unwrap();
        assert!(v.iter().all(|s| s.major() == 5), "{t}: {v:?}");
        assert!(r.note.as_deref().unwrap_or("").contains("v5-only"), "{t}");
    }
    // And a type 6.x still has is not taken for a removed one.
    assert!(rules::removed_in_6(Kind::Resource, "aws_s3_bucket").is_none());
}

#[test]
fn rules_show_says_a_type_was_removed_in_v6() {
    let show = |t: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_iamplan"))
            .args(["rules", "show", t])
            .output()
            .unwrap();
        assert!(out.status.success(), "{t}");
        String::from_utf8(out.stdout).unwrap()
    };
    for t in [
        "aws_opsworks_stack",
        "aws_simpledb_domain",
        "data.aws_redshift_service_account",
    ] {
        let s = show(t);
        assert!(s.contains("removed in hashicorp/aws 6.0.0"), "{t}: {s}");
        assert!(s.contains("# provider versions: 5.x"), "{t}: {s}");
    }
    let s = show("aws_s3_bucket");
    assert!(!s.contains("removed in"), "{s}");
    assert!(s.contains("# provider versions: 5.100.0, 6.x"), "{s}");
    assert!(s.contains("verified by capture: provider 5.100.0"), "{s}");
}

/// 6.x made `region` the per-resource region and moved the bucket's own region to
/// `bucket_region`: no rule of an S3 bucket may read `region` as the bucket's attribute.
#[test]
fn no_s3_bucket_rule_reads_region_as_the_buckets_region() {
    for (kind, t) in [
        (Kind::Resource, "aws_s3_bucket"),
        (Kind::Data, "aws_s3_bucket"),
    ] {
        let r = rules::lookup(kind, t).unwrap().rule().unwrap();
        let mut paths: Vec<String> = Vec::new();
        for b in &r.blocks {
            match &b.condition {
                Some(Condition::IfSet(p) | Condition::UnlessSet(p)) => paths.push(p.clone()),
                Some(Condition::IfEquals(p, _) | Condition::UnlessEquals(p, _)) => {
                    paths.push(p.clone())
                }
                None => {}
            }
            paths.extend(b.attributes.iter().cloned());
            if let Some(res) = &b.resource {
                paths.push(res.clone());
            }
        }
        paths.extend(r.arn.clone());
        for p in paths {
            assert!(
                p != "region" && !p.contains("${region_") && !p.contains("${attr.region}"),
                "{t}: {p}"
            );
        }
    }
}

/// `aws_lb_listener`'s `default_action.authenticate_cognito` as the object a single nested
/// block is in the plan JSON and as the list a list nested block is (the shape 6.0.0 gave the
/// listener rule data source's blocks): the same calls.
#[test]
fn a_list_shaped_block_predicts_what_the_single_block_did() {
    let listener = |cognito: Value| {
        json!({
            "load_balancer_arn": "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/a/1",
            "port": 443, "protocol": "HTTPS",
            "default_action": [{"type": "authenticate-cognito", "authenticate_cognito": cognito}],
            "tags": null
        })
    };
    let cognito = json!({"user_pool_arn": "arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_x",
        "user_pool_client_id": "c", "user_pool_domain": "d"});
    let single = actions_of(&plan_json(
        "aws_lb_listener",
        &["create"],
        Value::Null,
        listener(cognito.clone()),
    ));
    let list = actions_of(&plan_json(
        "aws_lb_listener",
        &["create"],
        Value::Null,
        listener(json!([cognito])),
    ));
    assert!(
        single.contains("cognito-idp:DescribeUserPoolClient"),
        "{single:?}"
    );
    assert_eq!(single, list);
    // Without the block the call goes, so the test above can fail.
    let none = actions_of(&plan_json(
        "aws_lb_listener",
        &["create"],
        Value::Null,
        listener(json!([])),
    ));
    assert!(
        !none.contains("cognito-idp:DescribeUserPoolClient"),
        "{none:?}"
    );
}

/// 6.0.0 removed `reset_on_delete` and always resets the account on destroy; 5.x resets only
/// when it is true. The 6.x shape (no such key) must predict the 5.x `true` shape's calls.
#[test]
fn api_gateway_account_destroy_in_both_shapes() {
    let v5_true =
        json!({"cloudwatch_role_arn": "arn:aws:iam::111122223333:role/r", "reset_on_delete": true});
    let v5_false = json!({"cloudwatch_role_arn": "arn:aws:iam::111122223333:role/r", "reset_on_delete": false});
    let v6 =
        json!({"cloudwatch_role_arn": "arn:aws:iam::111122223333:role/r", "region": "eu-west-1"});
    let del = |before: Value| {
        actions_of(&plan_json(
            "aws_api_gateway_account",
            &["delete"],
            before,
            Value::Null,
        ))
    };
    let (t, f, six) = (del(v5_true), del(v5_false), del(v6));
    assert!(t.contains("apigateway:PATCH"), "{t:?}");
    assert!(!f.contains("apigateway:PATCH"), "{f:?}");
    assert_eq!(t, six);
}

/// Renamed arguments: `aws_eks_addon.resolve_conflicts` (5.x) became
/// `resolve_conflicts_on_update` (6.x); either changing is an UpdateAddon.
#[test]
fn renamed_arguments_trigger_the_same_update() {
    let upd = |attr: &str| {
        actions_of(&plan_json(
            "aws_eks_addon",
            &["update"],
            json!({"cluster_name": "c", "addon_name": "vpc-cni", attr: "NONE"}),
            json!({"cluster_name": "c", "addon_name": "vpc-cni", attr: "OVERWRITE"}),
        ))
    };
    let v5 = upd("resolve_conflicts");
    let v6 = upd("resolve_conflicts_on_update");
    assert!(v6.contains("eks:UpdateAddon"), "{v6:?}");
    assert_eq!(v5, v6);
}

/// 5.x `aws_api_gateway_deployment` with `stage_name` deletes the stage it created; the 6.x
/// shape has no stage and deletes only the deployment.
#[test]
fn api_gateway_deployment_stage_is_v5_only() {
    let del = |before: Value| {
        let text = plan_json(
            "aws_api_gateway_deployment",
            &["delete"],
            before,
            Value::Null,
        );
        let p = plan::parse("synthetic", &text).unwrap();
        let pred = predict(&p, Phase::Deploy, &ScopeFlags::default()).unwrap();
        pred.requirements
            .iter()
            .filter(|r| r.action == "apigateway:DELETE")
            .map(|r| r.resource.to_string())
            .collect::<BTreeSet<_>>()
    };
    let v5 = del(json!({"id": "d1", "rest_api_id": "a1", "stage_name": "prod"}));
    let v6 = del(json!({"id": "d1", "rest_api_id": "a1"}));
    assert!(
        v5.iter().any(|r| r.ends_with("/restapis/a1/stages/prod")),
        "{v5:?}"
    );
    assert!(!v6.iter().any(|r| r.contains("/stages/")), "{v6:?}");
}
