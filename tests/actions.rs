//! Terraform 1.14 provider actions (`action_invocations`): their permissions in each phase, the
//! ARNs taken from their config values, explain's trigger, and never-silent coverage (an action
//! type without a rule is named and fails `--strict`; other providers' actions are counted).

mod common;
use common::*;
use serde_json::Value;

const PLAN: &str = "testdata/terraform-1.14-actions/plan.json";

/// (action, resource) pairs of a policy document or of every document of a role.
fn grants(doc: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let docs: Vec<&Value> = match doc {
        Value::Array(a) => a.iter().collect(),
        d => vec![d],
    };
    for d in docs {
        for s in d["Statement"].as_array().unwrap() {
            let list = |v: &Value| -> Vec<String> {
                match v {
                    Value::String(s) => vec![s.clone()],
                    Value::Array(a) => a.iter().map(|x| x.as_str().unwrap().to_string()).collect(),
                    _ => panic!("unexpected {v}"),
                }
            };
            for a in list(&s["Action"]) {
                for r in list(&s["Resource"]) {
                    out.push((a.clone(), r));
                }
            }
        }
    }
    out
}

fn policy(args: &[&str]) -> Vec<(String, String)> {
    let o = bin().current_dir(root()).args(args).output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    grants(&serde_json::from_str(&stdout(&o)).unwrap())
}

fn has(g: &[(String, String)], action: &str, resource: &str) -> bool {
    g.iter().any(|(a, r)| a == action && r == resource)
}

fn any_of(g: &[(String, String)], action: &str) -> bool {
    g.iter().any(|(a, _)| a == action)
}

#[test]
fn deploy_has_every_invocation_scoped_from_its_config() {
    let g = policy(&["policy", PLAN]);
    let arn = |s: &str| format!("arn:aws:{s}");
    for (action, resource) in [
        (
            "lambda:InvokeFunction",
            arn("lambda:eu-west-1:123456789012:function:iamplan-fn"),
        ),
        // The qualifier's own ARN as well: a version or alias is authorized by it.
        (
            "lambda:InvokeFunction",
            arn("lambda:eu-west-1:123456789012:function:iamplan-fn:live"),
        ),
        (
            "cloudfront:CreateInvalidation",
            arn("cloudfront::123456789012:distribution/E1EXAMPLE2ABC"),
        ),
        // The waiter's polling.
        (
            "cloudfront:GetInvalidation",
            arn("cloudfront::123456789012:distribution/E1EXAMPLE2ABC"),
        ),
        (
            "ec2:StopInstances",
            arn("ec2:eu-west-1:123456789012:instance/i-0abc1234def567890"),
        ),
        ("ec2:DescribeInstances", "*".to_string()),
        (
            "codebuild:BatchGetBuilds",
            arn("codebuild:eu-west-1:123456789012:project/iamplan-ci"),
        ),
        // One ARN per entry; the entry without a bus name may use any bus.
        (
            "events:PutEvents",
            arn("events:eu-west-1:123456789012:event-bus/audit"),
        ),
        (
            "events:PutEvents",
            arn("events:eu-west-1:123456789012:event-bus/*"),
        ),
        ("sns:Publish", arn("sns:eu-west-1:123456789012:iamplan-ops")),
        // Unknown until apply: the IAM pattern, never a made-up ARN.
        (
            "states:StartExecution",
            arn("states:eu-west-1:123456789012:stateMachine:*"),
        ),
    ] {
        assert!(has(&g, action, &resource), "{action} on {resource}: {g:?}");
    }
}

#[test]
fn destroy_runs_only_destroy_triggers_of_what_remains() {
    let g = policy(&["policy", PLAN, "--phase", "destroy"]);
    // after_destroy of an instance the plan replaces: its new object's destroy fires it again.
    assert!(has(
        &g,
        "sns:Publish",
        "arn:aws:sns:eu-west-1:123456789012:iamplan-ops"
    ));
    // before_destroy of a queue this plan deletes ran during the deploy; create and update
    // triggers never run in a destroy.
    for a in [
        "events:PutEvents",
        "lambda:InvokeFunction",
        "cloudfront:CreateInvalidation",
        "ec2:StopInstances",
        "codebuild:StartBuild",
    ] {
        assert!(!any_of(&g, a), "{a} in the destroy phase");
    }
    let plan = policy(&["policy", PLAN, "--phase", "plan"]);
    for a in ["sns:Publish", "lambda:InvokeFunction", "events:PutEvents"] {
        assert!(!any_of(&plan, a), "{a} in the plan phase");
    }
}

#[test]
fn roles_split_invocations_as_the_phases_do() {
    let o = bin()
        .current_dir(root())
        .args(["roles", PLAN])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let doc: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let deploy = grants(&doc["deploy"]);
    let destroy = grants(&doc["destroy"]);
    assert!(any_of(&deploy, "events:PutEvents"));
    assert!(any_of(&deploy, "sns:Publish"));
    assert!(any_of(&destroy, "sns:Publish"));
    assert!(!any_of(&destroy, "events:PutEvents"));
    assert!(!any_of(&destroy, "lambda:InvokeFunction"));
}

#[test]
fn explain_names_the_action_and_its_trigger() {
    let o = bin()
        .current_dir(root())
        .args(["explain", PLAN, "ec2:StopInstances"])
        .output()
        .unwrap();
    let out = stdout(&o);
    assert!(
        out.contains("address:  action.aws_ec2_stop_instance.app"),
        "{out}"
    );
    assert!(
        out.contains("because:  action invocation, triggered by before_update of aws_instance.app"),
        "{out}"
    );
    assert!(
        out.contains("rule:     aws_ec2_stop_instance (curated)"),
        "{out}"
    );
    let o = bin()
        .current_dir(root())
        .args(["explain", PLAN, "codebuild:StartBuild"])
        .output()
        .unwrap();
    assert!(
        stdout(&o).contains("triggered by -invoke"),
        "{}",
        stdout(&o)
    );
}

/// The fixture with one action's type (and provider) changed.
fn variant(from: &str, to: &str, provider: Option<&str>) -> Vec<u8> {
    let mut doc: Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(PLAN)).unwrap()).unwrap();
    for a in doc["action_invocations"].as_array_mut().unwrap() {
        if a["type"] == from {
            a["type"] = Value::from(to);
            a["address"] = Value::from(format!("action.{to}.x"));
            if let Some(p) = provider {
                a["provider_name"] = Value::from(p);
            }
        }
    }
    serde_json::to_vec(&doc).unwrap()
}

#[test]
fn an_action_type_without_a_rule_is_named_and_fails_strict() {
    let plan = variant("aws_sns_publish", "aws_made_up_action", None);
    let o = run_stdin(&["policy", "-"], &plan);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(
        err.contains(
            "have no rule, their permissions are NOT in the policy: action.aws_made_up_action (1)"
        ),
        "{err}"
    );
    let o = run_stdin(&["policy", "-", "--strict"], &plan);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    // The fixture itself is fully mapped.
    let o = bin()
        .current_dir(root())
        .args(["policy", PLAN, "--strict"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("no rule"), "{}", stderr(&o));
}

#[test]
fn other_providers_actions_are_counted_not_mapped() {
    let plan = variant(
        "aws_sns_publish",
        "ansible_playbook_run",
        Some("registry.terraform.io/ansible/ansible"),
    );
    let o = run_stdin(&["policy", "-", "--strict"], &plan);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("of other providers: ansible (1)"), "{err}");
    assert!(!err.contains("no rule"), "{err}");
}

#[test]
fn check_reports_a_missing_action_permission_with_its_invocation() {
    // The deploy policy without lambda:InvokeFunction.
    let o = bin()
        .current_dir(root())
        .args(["policy", PLAN])
        .output()
        .unwrap();
    let mut doc: Value = serde_json::from_str(&stdout(&o)).unwrap();
    for s in doc["Statement"].as_array_mut().unwrap() {
        if let Value::Array(a) = &mut s["Action"] {
            a.retain(|x| x != "lambda:InvokeFunction");
        } else if s["Action"] == "lambda:InvokeFunction" {
            s["Action"] = Value::from("sts:GetCallerIdentity");
        }
    }
    let dir = std::env::temp_dir().join(format!("iamplan-actions-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pol = dir.join("policy.json");
    std::fs::write(&pol, serde_json::to_vec(&doc).unwrap()).unwrap();
    let o = bin()
        .current_dir(root())
        .args(["check", PLAN, "--policy", pol.to_str().unwrap()])
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("lambda:InvokeFunction"), "{out}");
    assert!(out.contains("action.aws_lambda_invoke.notify"), "{out}");
}
