//! Helpers shared by the integration tests: running the binary and locating fixtures.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_iamplan"))
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn testdata(case: &str) -> PathBuf {
    root().join("testdata").join(case)
}

/// ../shared beside the checkout, when present (CI and development machines have it).
pub fn shared() -> Option<PathBuf> {
    let p = root().join("..").join("shared");
    p.is_dir().then_some(p)
}

pub fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run iamplan")
}

pub fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn iamplan");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

/// Every plan JSON under a directory (not recursive).
pub fn plans_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    v.sort();
    v
}

/// Structural validity of an IAM policy document as iamplan prints it.
pub fn assert_policy_document(v: &serde_json::Value, ctx: &str) {
    assert_eq!(v["Version"], "2012-10-17", "{ctx}: Version");
    let stmts = v["Statement"]
        .as_array()
        .unwrap_or_else(|| panic!("{ctx}: Statement list"));
    for s in stmts {
        assert_eq!(s["Effect"], "Allow", "{ctx}: Effect");
        let actions = s["Action"]
            .as_array()
            .unwrap_or_else(|| panic!("{ctx}: Action list"));
        assert!(!actions.is_empty(), "{ctx}: empty Action");
        for a in actions {
            let a = a.as_str().unwrap();
            let (svc, name) = a
                .split_once(':')
                .unwrap_or_else(|| panic!("{ctx}: action {a}"));
            assert!(
                !svc.is_empty() && !name.is_empty() && !a.contains('*'),
                "{ctx}: action {a}"
            );
        }
        match &s["Resource"] {
            serde_json::Value::String(r) => {
                assert!(r == "*" || r.starts_with("arn:"), "{ctx}: {r}")
            }
            serde_json::Value::Array(rs) => {
                assert!(!rs.is_empty(), "{ctx}: empty Resource");
                for r in rs {
                    let r = r.as_str().unwrap();
                    assert!(r == "*" || r.starts_with("arn:"), "{ctx}: {r}");
                }
            }
            other => panic!("{ctx}: Resource {other}"),
        }
    }
}

/// A minimal synthetic plan (format 1.2) of one change to `<type>.this`, with a provider in
/// eu-west-1 that skips the account lookup: what rule-by-rule tests predict from.
pub fn plan_json(
    type_name: &str,
    actions: &[&str],
    before: serde_json::Value,
    after: serde_json::Value,
) -> String {
    serde_json::json!({
        "format_version": "1.2",
        "terraform_version": "1.11.4",
        "resource_changes": [{
            "address": format!("{type_name}.this"),
            "mode": "managed",
            "type": type_name,
            "name": "this",
            "provider_name": "registry.terraform.io/hashicorp/aws",
            "change": {
                "actions": actions,
                "before": before,
                "after": after,
                "after_unknown": {},
                "before_sensitive": {},
                "after_sensitive": {},
            }
        }],
        "configuration": {
            "provider_config": {"aws": {"name": "aws", "expressions": {
                "region": {"constant_value": "eu-west-1"},
                "skip_requesting_account_id": {"constant_value": true}
            }}},
            "root_module": {"resources": [{
                "address": format!("{type_name}.this"), "mode": "managed", "type": type_name,
                "name": "this", "provider_config_key": "aws", "expressions": {}
            }]}
        }
    })
    .to_string()
}
