//! `iamplan module`: the role predicted for each testdata module (flat, local child modules
//! with count, dynamic blocks and conditional arguments, JSON syntax, a remote source), the
//! validation of a shipped role (one action missing: exit 1; the generated role: exit 0), bad
//! input, and the agreement of a module's create-only prediction with the deploy policy of a
//! real plan of the same configuration.

mod common;
use common::*;
use iamplan::module::limits::Limits;
use iamplan::module::{config, expand, lifecycle};
use iamplan::predict::arn::wildcard_match;
use iamplan::predict::{self, Phase, ScopeFlags};
use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Output;

fn module_dir(case: &str) -> String {
    format!("testdata/modules/{case}")
}

fn module(args: &[&str]) -> Output {
    bin()
        .current_dir(root())
        .arg("module")
        .args(args)
        .output()
        .expect("run iamplan module")
}

fn role(case: &str) -> Value {
    let o = module(&[&module_dir(case)]);
    assert_eq!(o.status.code(), Some(0), "{case}: {}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_policy_document(&v, case);
    v
}

/// (action, resource, condition) triples of a policy document.
fn grants(doc: &Value) -> BTreeSet<(String, String, String)> {
    let mut out = BTreeSet::new();
    for s in doc["Statement"].as_array().unwrap() {
        let res: Vec<String> = match &s["Resource"] {
            Value::String(r) => vec![r.clone()],
            Value::Array(rs) => rs.iter().map(|r| r.as_str().unwrap().to_string()).collect(),
            _ => panic!("Resource"),
        };
        for a in s["Action"].as_array().unwrap() {
            for r in &res {
                out.insert((
                    a.as_str().unwrap().to_string(),
                    r.clone(),
                    s["Condition"].to_string(),
                ));
            }
        }
    }
    out
}

fn has(doc: &Value, action: &str, resource: &str) -> bool {
    grants(doc)
        .iter()
        .any(|(a, r, _)| a == action && r == resource)
}

fn actions(doc: &Value) -> BTreeSet<String> {
    grants(doc).into_iter().map(|(a, _, _)| a).collect()
}

#[test]
fn flat_module() {
    let doc = role("flat");
    let bucket = "arn:aws:s3:::flat-module-artifacts";
    assert!(has(&doc, "s3:CreateBucket", bucket));
    assert!(has(&doc, "s3:DeleteBucket", bucket));
    // tags are set: created with them, and they may change.
    assert!(has(&doc, "s3:PutBucketTagging", bucket));
    // force_destroy = false is not set: no object deletes; policy is not set at all.
    let a = actions(&doc);
    for absent in [
        "s3:DeleteObject",
        "s3:PutBucketPolicy",
        "s3:PutBucketVersioning",
    ] {
        assert!(!a.contains(absent), "{absent} in {a:?}");
    }
    // The queue's name is an input: any queue.
    assert!(has(&doc, "sqs:CreateQueue", "arn:aws:sqs:*:*:*"));
    assert!(has(&doc, "sqs:SetQueueAttributes", "arn:aws:sqs:*:*:*"));
    // The function gets the role the module creates, through the graph.
    let pass: Vec<_> = grants(&doc)
        .into_iter()
        .filter(|(a, _, _)| a == "iam:PassRole")
        .collect();
    assert_eq!(pass.len(), 1, "{pass:?}");
    assert_eq!(pass[0].1, "arn:aws:iam::*:role/flat-module-worker");
    assert!(pass[0].2.contains("lambda.amazonaws.com"), "{pass:?}");
    // Every argument it sets may change later.
    let f = "arn:aws:lambda:*:*:function:flat-module-worker";
    assert!(has(&doc, "lambda:UpdateFunctionCode", f));
    assert!(has(&doc, "lambda:UpdateFunctionConfiguration", f));
    assert!(has(&doc, "sts:GetCallerIdentity", "*"));
}

#[test]
fn local_child_module_with_count() {
    let doc = role("child-count");
    // count = 2 with names from count.index; the child's fifo default is overridden.
    assert!(has(&doc, "sqs:CreateQueue", "arn:aws:sqs:*:*:jobs-0"));
    assert!(has(&doc, "sqs:CreateQueue", "arn:aws:sqs:*:*:jobs-1"));
    // A name built from an input keeps its literal part.
    assert!(has(&doc, "sns:CreateTopic", "arn:aws:sns:*:*:*-alerts"));
    let o = module(&[&module_dir("child-count"), "--format", "markdown"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let md = stdout(&o);
    for addr in [
        "`module.queue[0].aws_sqs_queue.this`",
        "`module.queue[1].aws_sqs_queue.this`",
        "`module.topic.aws_sns_topic.this`",
    ] {
        assert!(md.contains(addr), "{addr} not in\n{md}");
    }
}

#[test]
fn pass_role_follows_locals_and_module_inputs() {
    let doc = role("passrole-graph");
    let pass: Vec<_> = grants(&doc)
        .into_iter()
        .filter(|(a, _, _)| a == "iam:PassRole")
        .collect();
    assert_eq!(pass.len(), 1, "{pass:?}");
    assert_eq!(pass[0].1, "arn:aws:iam::*:role/service/graph-exec");
    assert!(pass[0].2.contains("lambda.amazonaws.com"), "{pass:?}");
}

#[test]
fn dynamic_blocks_and_conditional_arguments() {
    let doc = role("dynamic");
    let bucket = "arn:aws:s3:::dynamic-module-site";
    // dynamic "cors_rule": the block may be set.
    assert!(has(&doc, "s3:PutBucketCORS", bucket));
    // acceleration_status = var.fast ? "Enabled" : null: may be set.
    assert!(has(&doc, "s3:PutAccelerateConfiguration", bucket));
    let a = actions(&doc);
    // object_lock_enabled = false, policy = null, a dynamic block over a literal []: not set.
    for absent in [
        "s3:PutBucketObjectLockConfiguration",
        "s3:PutBucketPolicy",
        "s3:PutBucketWebsite",
    ] {
        assert!(!a.contains(absent), "{absent} in {a:?}");
    }
    // count = var.log_bucket == null ? 0 : 1: the logging configuration may exist.
    assert!(a.contains("s3:PutBucketLogging"), "{a:?}");
}

#[test]
fn updates_cover_only_arguments_that_change_in_place() {
    let doc = role("role-exact");
    let a = actions(&doc);
    // billing_mode and attribute change in place; hash_key (ForceNew, named by no update
    // block of the curated rule) replaces the table: no fallback to every update action.
    assert!(a.contains("dynamodb:UpdateTable"), "{a:?}");
    for absent in [
        "dynamodb:PutItem",
        "dynamodb:CreateTableReplica",
        "iam:CreateServiceLinkedRole",
    ] {
        assert!(!a.contains(absent), "{absent} in {a:?}");
    }
}

#[test]
fn json_syntax_module() {
    let doc = role("json");
    assert!(has(
        &doc,
        "s3:CreateBucket",
        "arn:aws:s3:::json-module-logs-*"
    ));
    assert!(has(&doc, "sqs:CreateQueue", "arn:aws:sqs:*:*:json-work-0"));
    assert!(has(&doc, "sqs:CreateQueue", "arn:aws:sqs:*:*:json-work-1"));
}

#[test]
fn remote_module_source_is_named_as_unresolved() {
    let o = module(&[&module_dir("remote"), "--format", "markdown"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "warning: module.vpc (source \"terraform-aws-modules/vpc/aws\") is not resolved"
        ),
        "{err}"
    );
    let md = stdout(&o);
    assert!(md.contains("## Unresolved module sources"), "{md}");
    // The module's own resources are still predicted.
    assert!(md.contains("logs:CreateLogGroup"), "{md}");
    let o = module(&[&module_dir("remote"), "--format", "terraform"]);
    assert!(
        stdout(&o).contains("# WARNING: module.vpc"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn installed_remote_module_is_read_from_terraform_modules() {
    let o = module(&[&module_dir("remote-installed"), "--format", "markdown"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("not resolved"), "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.contains("`module.vpc.aws_vpc.this`"), "{md}");
    // A local source inside the installed module resolves relative to it.
    assert!(
        md.contains("`module.vpc.module.flow.aws_cloudwatch_log_group.this`"),
        "{md}"
    );
    assert!(md.contains("log-group:installed-flow"), "{md}");
}

#[test]
fn shipped_role_missing_one_action() {
    let dir = module_dir("role-missing-action");
    let policy = format!("{dir}/iam/role.tf");
    let o = module(&[&dir, "--policy", &policy]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["allowed"], false);
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let f = &findings[0];
    let text = f.to_string();
    assert!(text.contains("aws_sqs_queue.events"), "{text}");
    assert!(text.contains("sqs:TagQueue"), "{text}");
    assert!(text.contains("missing"), "{text}");
    // The text form names them too.
    let o = module(&[&dir, "--policy", &policy, "--format", "terraform"]);
    assert_eq!(o.status.code(), Some(1));
    let t = stdout(&o);
    assert!(
        t.contains("aws_sqs_queue.events") && t.contains("sqs:TagQueue"),
        "{t}"
    );
}

#[test]
fn shipped_generated_role_is_exact() {
    let dir = module_dir("role-exact");
    let policy = format!("{dir}/{}", iamplan::module::ROLE_FILE);
    let o = module(&[&dir, "--policy", &policy, "--excess"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["allowed"], true, "{v:#}");
    // Exact: nothing missing, and no grant the module does not use.
    assert_eq!(v["findings"], serde_json::json!([]), "{v:#}");
    // The committed file is what --write-role writes today (regenerate it when this fails).
    // Same directory name, so the same policy name.
    let tmp = std::env::temp_dir().join(format!("iamplan-module-{}", std::process::id()));
    let scratch = tmp.join("role-exact");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&scratch).unwrap();
    for f in ["main.tf", iamplan::module::ROLE_FILE] {
        std::fs::copy(root().join(&dir).join(f), scratch.join(f)).unwrap();
    }
    let o = module(&[
        scratch.to_str().unwrap(),
        "--format",
        "terraform",
        "--write-role",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("iamplan: wrote"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let fresh = std::fs::read_to_string(scratch.join(iamplan::module::ROLE_FILE)).unwrap();
    let committed =
        std::fs::read_to_string(root().join(&dir).join(iamplan::module::ROLE_FILE)).unwrap();
    let _ = std::fs::remove_dir_all(&tmp);
    assert_eq!(
        fresh, committed,
        "regenerate with: iamplan module {dir} --format terraform --write-role"
    );
    // It is valid HCL with the document and a policy made from it.
    let body = hcl::parse(&fresh).unwrap();
    let labels: Vec<String> = body
        .blocks()
        .map(|b| {
            let l: Vec<&str> = b.labels().iter().map(|l| l.as_str()).collect();
            format!("{} {}", b.identifier(), l.join(" "))
        })
        .collect();
    assert_eq!(
        labels,
        vec![
            "data aws_iam_policy_document iamplan_module",
            "resource aws_iam_policy iamplan_module"
        ]
    );
}

#[test]
fn json_policy_documents_validate_too() {
    // The predicted JSON policy, saved, allows the module's lifecycle.
    let doc = role("flat");
    let path = std::env::temp_dir().join(format!("iamplan-flat-role-{}.json", std::process::id()));
    std::fs::write(&path, doc.to_string()).unwrap();
    let o = module(&[&module_dir("flat"), "--policy", path.to_str().unwrap()]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn output_is_deterministic_and_formats_agree() {
    for case in [
        "flat",
        "child-count",
        "dynamic",
        "json",
        "remote",
        "role-exact",
    ] {
        for format in ["json", "markdown", "terraform"] {
            let a = module(&[&module_dir(case), "--format", format]);
            let b = module(&[&module_dir(case), "--format", format]);
            assert_eq!(a.status.code(), Some(0), "{case} {format}: {}", stderr(&a));
            assert_eq!(a.stdout, b.stdout, "{case} {format}");
            assert_eq!(a.stderr, b.stderr, "{case} {format}");
        }
        let tf = stdout(&module(&[&module_dir(case), "--format", "terraform"]));
        assert!(tf.starts_with("# iamplan: module role"), "{tf}");
        hcl::parse(&tf).unwrap_or_else(|e| panic!("{case}: terraform output: {e}"));
    }
}

#[test]
fn bad_input_is_one_line_and_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (&["testdata/modules/nope"], "no such directory"),
        (
            &["testdata/modules/flat/main.tf"],
            "is a file, not a module directory",
        ),
        (&["testdata/modules/no-tf"], "no .tf or .tf.json files"),
        (
            &["testdata/modules/bad-syntax"],
            "main.tf: HCL syntax error at line 2",
        ),
        (
            &["testdata/modules/bad-source"],
            "module.missing: source \"./does-not-exist\" is not a directory",
        ),
        (
            &["testdata/modules/flat", "--write-role"],
            "--write-role writes Terraform",
        ),
        (
            &["testdata/modules/flat", "--excess"],
            "--excess needs --policy",
        ),
        (
            &[
                "testdata/modules/flat",
                "--policy",
                "testdata/modules/nope.json",
            ],
            "nope.json",
        ),
        (
            &[
                "testdata/modules/flat",
                "--policy",
                "testdata/modules/flat/main.tf",
            ],
            "no usable policy statement",
        ),
    ];
    for (args, want) in cases {
        let o = module(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("iamplan: error: "), "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: want {want:?} in {err}");
        assert!(o.stdout.is_empty(), "{args:?}");
    }
}

/// The acceptance pair: `testdata/modules/plan-agreement` holds a module and the real plan of
/// it (terraform 1.11.4, hashicorp/aws 5.100.0, moto). The module's create-only prediction
/// (deploy of the synthetic create plan) and `iamplan policy` of the real plan need the same
/// actions; their resources are equal where both are literal, and where the module's is a
/// pattern (an argument the module leaves to the provider, e.g. a role's `path`) it matches
/// the plan's.
#[test]
fn module_role_agrees_with_the_real_plan_for_create_only() {
    let dir = root().join(module_dir("plan-agreement"));
    let tree = config::load(&dir, &Limits::DEFAULT).unwrap();
    let x = expand::expand(&tree, &Limits::DEFAULT).unwrap();
    // What the real plan knows from its provider block and caller identity.
    let flags = ScopeFlags {
        region: Some("eu-west-1".into()),
        account: Some("123456789012".into()),
        ..ScopeFlags::default()
    };
    let ours = lifecycle::predict_create(&x, &flags).unwrap();
    let text = std::fs::read_to_string(dir.join("plan.json")).unwrap();
    let plan = iamplan::plan::parse("plan.json", &text).unwrap();
    let theirs = predict::predict(&plan, Phase::Deploy, &ScopeFlags::default()).unwrap();
    let ours_doc: Value =
        serde_json::from_str(&iamplan::policy::render(&ours.requirements).to_json_pretty())
            .unwrap();
    let theirs_doc: Value =
        serde_json::from_str(&iamplan::policy::render(&theirs.requirements).to_json_pretty())
            .unwrap();
    assert_eq!(actions(&ours_doc), actions(&theirs_doc));
    assert!(actions(&ours_doc).contains("iam:PassRole"));
    let (og, tg) = (grants(&ours_doc), grants(&theirs_doc));
    for (a, r, c) in &tg {
        assert!(
            og.iter().any(|(oa, or, oc)| oa == a
                && oc == c
                && (or == r || (or.contains('*') && wildcard_match(or, r)))),
            "{a} on {r} ({c}) from the plan is not covered by the module's grants {og:#?}"
        );
    }
    for (a, r, c) in og.iter().filter(|(_, r, _)| !r.contains('*')) {
        assert!(
            tg.contains(&(a.clone(), r.clone(), c.clone())),
            "{a} on {r} ({c}) from the module is not in the plan's grants {tg:#?}"
        );
    }
    // Both name the same resource addresses.
    let addrs = |p: &predict::Prediction| -> BTreeSet<String> {
        p.requirements
            .iter()
            .map(|r| r.because.address.to_string())
            .collect()
    };
    assert_eq!(addrs(&ours), addrs(&theirs));
    // And the whole lifecycle role covers the plan's deploy policy.
    let o = module(&[
        &module_dir("plan-agreement"),
        "--region",
        "eu-west-1",
        "--account",
        "123456789012",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let full: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(actions(&full).is_superset(&actions(&theirs_doc)));
    // ... and adds what later updates and the destroy need.
    for extra in [
        "s3:DeleteBucket",
        "sqs:DeleteQueue",
        "sqs:SetQueueAttributes",
    ] {
        assert!(actions(&full).contains(extra), "{extra}");
    }
}

/// hcl-rs 0.18 rejected a conditional nested in a true branch (`a ? b ? 1 : x : 0`): the
/// fixture evaluates it to 3 queues, and its parenthesised twin in a false branch to "large".
#[test]
fn nested_conditionals_are_read() {
    let doc = role("nested-conditional");
    for i in 0..3 {
        let arn = format!("arn:aws:sqs:*:*:nested-conditional-large-{i}");
        assert!(has(&doc, "sqs:CreateQueue", &arn), "{arn}");
    }
    assert!(!has(
        &doc,
        "sqs:CreateQueue",
        "arn:aws:sqs:*:*:nested-conditional-large-3"
    ));
}

/// Conditionals as function arguments (`format("%s", c ? a : b)`, one with a nested
/// conditional in its true branch): the provider region, the queue and the topic names all
/// come from one, so all three are literal in the role.
#[test]
fn conditionals_in_function_arguments_are_read() {
    let doc = role("conditional-in-args");
    assert!(has(
        &doc,
        "sqs:CreateQueue",
        "arn:aws:sqs:us-east-1:*:regional-jobs"
    ));
    assert!(has(
        &doc,
        "sns:CreateTopic",
        "arn:aws:sns:us-east-1:*:ordered-events"
    ));
}

/// Every `.tf` under testdata/ (the real-run configurations, the module fixtures, the
/// grammar fixtures) parses; a file that does not is reported as one line naming the file,
/// the line, the parser's message and the construct (the source line).
#[test]
fn every_tf_file_under_testdata_parses() {
    let mut files = Vec::new();
    let mut todo = vec![root().join("testdata")];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|x| x == "tf") {
                files.push(p);
            }
        }
    }
    files.sort();
    // Deliberately broken: tests/module.rs bad_input_is_one_line_and_exit_2.
    let broken = root().join("testdata/modules/bad-syntax/main.tf");
    let mut rejected = Vec::new();
    for p in &files {
        let text = std::fs::read_to_string(p).unwrap();
        if let Err(e) = config::parse_hcl(p, &text, Limits::DEFAULT.depth) {
            if *p == broken {
                continue;
            }
            let msg = e.to_string();
            let line: usize = msg
                .split("line ")
                .nth(1)
                .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            let construct = text
                .lines()
                .nth(line.saturating_sub(1))
                .unwrap_or("")
                .trim();
            rejected.push(format!("{msg} (construct: `{construct}`)"));
        }
    }
    assert!(files.len() >= 150, "a large sample: {} files", files.len());
    assert!(
        config::parse_hcl(&broken, &std::fs::read_to_string(&broken).unwrap(), 40).is_err(),
        "the broken fixture stays broken"
    );
    assert!(rejected.is_empty(), "rejected:\n{}", rejected.join("\n"));
}

/// The expression grammar fixture evaluates as Terraform evaluates it: splats, for
/// expressions (filters, grouping), nested conditionals, operator precedence, heredocs,
/// template directives with strip markers, escapes, try / can and the common functions.
#[test]
fn grammar_fixture_values() {
    use iamplan::module::eval::{self, Scope};
    use serde_json::json;
    let tree = config::load(&root().join(module_dir("grammar")), &Limits::DEFAULT).unwrap();
    // Locals in source order (each reads only earlier ones), bound as the walker binds them.
    let mut scope = Scope::default().with_names("local", Default::default(), Default::default());
    let mut got = serde_json::Map::new();
    for (name, e) in &tree.root.locals {
        if let Some(v) = eval::exact_value(e, &scope) {
            scope.set_name("local", name, Some(v.clone()), v.clone());
            got.insert(name.clone(), v);
        }
    }
    let want = json!({
        "names_splat": ["ana", "bo", "cy"],
        "names_legacy": ["ana", "bo", "cy"],
        "first_group_splat": ["admin", "dev", null],
        "single_splat": [2],
        "active_names": ["ANA", "CY"],
        "sizes": {"db": 1, "web": 2},
        "indexed": ["0:ana", "1:bo", "2:cy"],
        "by_group": {"admin": ["ana"], "dev": ["bo"], "none": ["cy"]},
        "nested_true": 2,
        "nested_false": 2,
        "in_args": "a-d",
        "arithmetic": 5,
        "logic": true,
        "negative": -5,
        "heredoc": "hello ana\n",
        "indented": "a\n  b\n",
        "directives": "ana+bo-cy+",
        // Not Terraform's "\nx\n\n": see the fixture (hcl-edit's heredoc dedent).
        "directives_indented": "\n    x\n    \n",
        "quoted_for": "[admin][dev]",
        "escapes": "${not} %{not} \"q\"",
        "try_missing": 0,
        "try_first": 2,
        "can_missing": false,
        "can_present": true,
        "merged": {"a": 1, "b": 2},
        "coalesced": "x",
        "looked_up": 1,
        "joined": "a,b,c",
        "flat": ["a", "b", "c"],
        "keyed": {"x": 1, "y": 2},
        "ranged": [1, 3, 5],
    });
    for (k, v) in want.as_object().unwrap() {
        assert_eq!(got.get(k), Some(v), "local.{k}");
    }
}

/// The block grammar fixture (optional attributes, validation, aliases, lifecycle with
/// conditions, nested dynamic blocks with iterators, moved / import / removed / check) is a
/// module like any other; the check block's scoped data source is read at plan.
#[test]
fn grammar_fixture_blocks() {
    let doc = role("grammar");
    assert!(has(
        &doc,
        "sqs:CreateQueue",
        "arn:aws:sqs:eu-central-1:*:grammar-main"
    ));
    // for_each over the upper-cased active names, in the aliased provider's region.
    assert!(has(
        &doc,
        "sqs:CreateQueue",
        "arn:aws:sqs:eu-west-3:*:grammar-ana"
    ));
    assert!(has(&doc, "sqs:GetQueueUrl", "*") || actions(&doc).contains("sqs:GetQueueUrl"));
    assert!(has(
        &doc,
        "s3:PutLifecycleConfiguration",
        "arn:aws:s3:::grammar-bucket"
    ));
}

/// A repository in the shape of terraform-aws-modules vpc, eks (with its node group
/// submodule), lambda, s3-bucket and iam-assumable-role: the role names what each child
/// creates, scoped by the names the root passes down through count, for_each, locals and
/// try / coalesce / format.
#[test]
fn public_module_constructs_give_a_sensible_role() {
    let doc = role("public-modules");
    for (action, arn) in [
        ("ec2:CreateVpc", "arn:aws:ec2:eu-west-1:*:vpc/*"),
        ("s3:CreateBucket", "arn:aws:s3:::pm-logs"),
        ("s3:CreateBucket", "arn:aws:s3:::pm-artifacts"),
        (
            "lambda:CreateFunction",
            "arn:aws:lambda:eu-west-1:*:function:pm-processor",
        ),
        ("iam:PassRole", "arn:aws:iam::*:role/pm-processor"),
        ("iam:PassRole", "arn:aws:iam::*:role/pm-cluster-cluster"),
        (
            "iam:PassRole",
            "arn:aws:iam::*:role/general-eks-node-group-*",
        ),
        ("iam:CreateRole", "arn:aws:iam::*:role/pm-deploy"),
        (
            "logs:CreateLogGroup",
            "arn:aws:logs:eu-west-1:*:log-group:/aws/eks/pm-cluster/cluster",
        ),
        ("eks:CreateNodegroup", "arn:aws:eks:eu-west-1:*:cluster/*"),
    ] {
        assert!(has(&doc, action, arn), "{action} on {arn}");
    }
    let a = actions(&doc);
    assert!(a.contains("eks:CreateCluster"));
    assert!(
        a.contains("s3:PutLifecycleConfiguration"),
        "the logs bucket expires objects"
    );
    let o = module(&[&module_dir("public-modules"), "--format", "markdown"]);
    let md = stdout(&o);
    // Three private and three public subnets from count over literal inputs, one NAT gateway.
    assert!(md.contains("`module.vpc.aws_subnet.private[2]`"), "{md}");
    assert!(md.contains("`module.vpc.aws_subnet.public[2]`"));
    assert!(md.contains("`module.vpc.aws_nat_gateway.this[0]`"));
    assert!(!md.contains("`module.vpc.aws_nat_gateway.this[1]`"));
    // Node groups from for_each over a filtered map, attachments from toset in a for.
    assert!(md.contains(
        "`module.eks.module.eks_managed_node_group[\"spot\"].aws_iam_role_policy_attachment.this[\"AmazonEKS_CNI_Policy\"]`"
    ));
    // The artifacts bucket has no lifecycle rule: literally empty count.
    assert!(stderr(&o).contains(
        "module.buckets[\"artifacts\"].aws_s3_bucket_lifecycle_configuration.this has a literally empty count"
    ));
}

/// The default limits leave a wide margin for real modules: the public-module layout needs
/// about 5,000 evaluation steps (the default is 20,000,000), nesting 8 deep (default 40) and
/// a few dozen instances; with limits a hundred to a thousand times below the defaults it still
/// gives its role, and with too few steps it stops at the steps limit.
#[test]
fn public_module_constructs_fit_far_below_the_default_limits() {
    let dir = module_dir("public-modules");
    let tight = [
        "--max-eval-steps",
        "20000",
        "--max-depth",
        "12",
        "--max-instances",
        "10",
        "--max-total-instances",
        "100",
        "--max-collection-size",
        "1000",
    ];
    let mut args = vec![dir.as_str()];
    args.extend(tight);
    let o = module(&args);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = module(&[&dir, "--max-eval-steps", "2000"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--max-eval-steps raises it"),
        "{}",
        stderr(&o)
    );
}
