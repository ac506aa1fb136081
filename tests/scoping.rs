//! Least privilege on resources: ARNs scoped from plan values and the resource graph, one
//! requirement never broadening another, PassRole on the role actually passed, sensitive
//! values never printed, and every emitted ARN of the shape the IAM reference gives.

mod common;
use common::*;
use iamplan::predict::arn::{shape, wildcard_match};
use serde_json::Value;

fn policy(args: &[&str]) -> Value {
    let o = run(args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

/// (action, resource, condition) triples of a policy document.
fn grants(doc: &Value) -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for s in doc["Statement"].as_array().unwrap() {
        let res: Vec<String> = match &s["Resource"] {
            Value::String(r) => vec![r.clone()],
            Value::Array(rs) => rs.iter().map(|r| r.as_str().unwrap().to_string()).collect(),
            _ => panic!("Resource"),
        };
        for a in s["Action"].as_array().unwrap() {
            for r in &res {
                out.push((
                    a.as_str().unwrap().to_string(),
                    r.clone(),
                    s["Condition"].clone(),
                ));
            }
        }
    }
    out
}

fn plan(case: &str) -> String {
    testdata(case)
        .join("plan.json")
        .to_str()
        .unwrap()
        .to_string()
}

#[test]
fn create_one_bucket_beside_a_noop_bucket() {
    let doc = policy(&["policy", &plan("s3-create-and-noop")]);
    let g = grants(&doc);
    let create: Vec<&String> = g
        .iter()
        .filter(|(a, _, _)| a == "s3:CreateBucket")
        .map(|(_, r, _)| r)
        .collect();
    assert_eq!(create, vec!["arn:aws:s3:::iamplan-new-bucket"], "{g:?}");
    // The existing bucket is refreshed, never created.
    assert!(g
        .iter()
        .any(|(a, r, _)| a == "s3:ListBucket" && r == "arn:aws:s3:::iamplan-existing-bucket"));
    assert!(
        !g.iter()
            .any(|(a, r, _)| a.starts_with("s3:Put") && r.contains("existing")),
        "{g:?}"
    );
}

#[test]
fn passrole_on_the_role_created_in_the_same_plan() {
    let doc = policy(&["policy", &plan("lambda-passrole")]);
    let pass: Vec<_> = grants(&doc)
        .into_iter()
        .filter(|(a, _, _)| a == "iam:PassRole")
        .collect();
    assert_eq!(pass.len(), 1, "{pass:?}");
    let (_, res, cond) = &pass[0];
    assert!(
        wildcard_match("arn:aws:iam::*:role/iamplan-fn-exec", res)
            && res.ends_with(":role/iamplan-fn-exec"),
        "{res}"
    );
    assert_eq!(
        cond["StringEquals"]["iam:PassedToService"],
        serde_json::json!(["lambda.amazonaws.com"])
    );
    // explain shows the graph path from the function's `role` to the role.
    let o = run(&["explain", &plan("lambda-passrole"), "iam:PassRole"]);
    let text = stdout(&o);
    assert!(
        text.contains("aws_lambda_function.fn.role -> aws_iam_role.exec.arn"),
        "{text}"
    );
    assert!(
        text.contains("iam:PassedToService = lambda.amazonaws.com"),
        "{text}"
    );
}

#[test]
fn sensitive_values_appear_in_no_output() {
    let secret = "zz-sensitive-bucket-name-4f7c";
    let p = plan("sensitive-name");
    let raw = std::fs::read_to_string(&p).unwrap();
    assert!(
        raw.contains(secret),
        "fixture must carry the sensitive value"
    );
    for phase in ["plan", "deploy", "destroy"] {
        for format in ["json", "markdown", "terraform"] {
            let o = run(&["policy", &p, "--phase", phase, "--format", format]);
            assert_eq!(o.status.code(), Some(0));
            for out in [stdout(&o), stderr(&o)] {
                assert!(
                    !out.contains(secret),
                    "{phase} {format} leaks the sensitive value"
                );
                assert!(!out.contains("4f7c"), "{phase} {format} leaks part of it");
            }
        }
        let o = run(&["explain", &p, "*", "--phase", phase]);
        assert!(!stdout(&o).contains(secret) && !stderr(&o).contains(secret));
    }
    // The bucket is still scoped as far as AWS allows: a wildcard name, not "*".
    let g = grants(&policy(&["policy", &p]));
    assert!(
        g.iter()
            .any(|(a, r, _)| a == "s3:CreateBucket" && r == "arn:aws:s3:::*"),
        "{g:?}"
    );
}

#[test]
fn wildcard_resources_flag_restores_star() {
    let doc = policy(&[
        "policy",
        &plan("s3-create-and-noop"),
        "--wildcard-resources",
    ]);
    assert!(grants(&doc).iter().all(|(_, r, _)| r == "*"));
}

#[test]
fn flags_set_partition_region_and_account() {
    let doc = policy(&[
        "policy",
        &plan("sensitive-name"),
        "--account",
        "111122223333",
        "--region",
        "us-west-2",
        "--partition",
        "aws-us-gov",
    ]);
    let g = grants(&doc);
    assert!(
        g.iter().any(|(a, r, _)| a == "sqs:CreateQueue"
            && r == "arn:aws-us-gov:sqs:us-west-2:111122223333:*"),
        "{g:?}"
    );
}

/// Every emitted ARN matches the IAM reference's template for one of its action's resource
/// types; `*` only for actions that have no required resource type.
fn assert_arns_match_reference(doc: &Value, ctx: &str) {
    let r = iamplan::iam::reference();
    for (action, res, _) in grants(doc) {
        let Some(info) = r.exact(&action) else {
            panic!("{ctx}: {action} not in reference")
        };
        if res == "*" {
            assert!(
                !info.resource_types.iter().any(|(_, req)| *req),
                "{ctx}: {action} on * although it has a required resource type"
            );
            continue;
        }
        let ok = info.resource_types.iter().any(|(rt, _)| {
            r.arn_template(info.service, rt)
                .is_some_and(|t| wildcard_match(&shape(t), &res))
        });
        assert!(
            ok,
            "{ctx}: {action} on {res} matches none of its IAM resource types"
        );
    }
}

#[test]
fn emitted_arns_match_iam_templates() {
    let mut plans: Vec<String> = std::fs::read_dir(root().join("testdata"))
        .unwrap()
        .map(|e| e.unwrap().path().join("plan.json"))
        .filter(|p| p.exists())
        .map(|p| p.to_str().unwrap().to_string())
        .collect();
    if let Some(sh) = shared() {
        plans.extend(
            plans_in(&sh.join("plans"))
                .into_iter()
                .map(|p| p.to_str().unwrap().to_string()),
        );
    }
    plans.sort();
    for p in &plans {
        for phase in ["plan", "deploy", "destroy"] {
            let doc = policy(&["policy", p, "--phase", phase]);
            assert_arns_match_reference(&doc, &format!("{p} {phase}"));
        }
    }
}

/// A rename in place (an IAM user's name or path) is authorized on the user as it is and as it
/// will be: both ARNs, not only the new one.
#[test]
fn rename_in_place_scopes_old_and_new_arn() {
    let change = |before: &str, after: &str| {
        serde_json::json!({
            "format_version": "1.2",
            "terraform_version": "1.11.4",
            "resource_changes": [{
                "address": "aws_iam_user.u",
                "mode": "managed",
                "type": "aws_iam_user",
                "name": "u",
                "provider_name": "registry.terraform.io/hashicorp/aws",
                "change": {
                    "actions": ["update"],
                    "before": {"name": before, "path": "/", "arn": format!("arn:aws:iam::123456789012:user/{before}"), "tags": null},
                    "after": {"name": after, "path": "/", "arn": format!("arn:aws:iam::123456789012:user/{before}"), "tags": null},
                    "after_unknown": {"arn": true}
                }
            }]
        })
    };
    let dir = std::env::temp_dir().join(format!("iamplan-rename-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let renamed = dir.join("renamed.json");
    std::fs::write(&renamed, change("old", "new").to_string()).unwrap();
    let g = grants(&policy(&["policy", renamed.to_str().unwrap()]));
    let update: Vec<&String> = g
        .iter()
        .filter(|(a, _, _)| a == "iam:UpdateUser")
        .map(|(_, r, _)| r)
        .collect();
    assert!(update.iter().any(|r| r.ends_with(":user/old")), "{g:?}");
    assert!(update.iter().any(|r| r.ends_with(":user/new")), "{g:?}");
    // Without a rename only the one user is touched.
    let same = dir.join("same.json");
    let mut c = change("same", "same");
    c["resource_changes"][0]["change"]["after"]["tags"] = serde_json::json!({"a": "b"});
    std::fs::write(&same, c.to_string()).unwrap();
    let g = grants(&policy(&["policy", same.to_str().unwrap()]));
    assert!(
        g.iter()
            .all(|(_, r, _)| r == "*" || r.ends_with(":user/same")),
        "{g:?}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
