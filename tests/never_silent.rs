//! The product's core promise, as a test: everything AWS in a plan is predicted or named.
//! Over every plan in testdata/ and ../shared/plans, each `resource_changes` entry served by
//! the hashicorp/aws provider (in any provider address form) and each `action_invocations`
//! entry of an AWS action gets at least one requirement in `explain`, or its type is named on
//! stderr as having no rule and `policy --strict` exits 1. The test reads provider addresses
//! itself, independently of the code under test, so a form the tool mistakes for another
//! provider fails here.

mod common;
use common::*;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The provider type of an address, read the simple way: the last path segment, without an
/// alias (`aws.west`), inside `provider["..."]` when written so.
fn provider_type(name: &str) -> String {
    let mut s = name.trim();
    if let Some(i) = s.find("provider[\"") {
        s = s[i + 10..].split('"').next().unwrap_or("");
    }
    let s = s.rsplit(':').next().unwrap_or(s);
    let last = s.rsplit('/').next().unwrap_or(s);
    last.split('.').next().unwrap_or(last).to_ascii_lowercase()
}

fn is_aws(entry: &Value) -> bool {
    let provider = entry
        .get("provider_name")
        .and_then(Value::as_str)
        .unwrap_or("");
    let type_name = entry.get("type").and_then(Value::as_str).unwrap_or("");
    if provider.trim().is_empty() {
        type_name.starts_with("aws_")
    } else {
        provider_type(provider) == "aws"
    }
}

/// Plan JSON text, decoding the UTF-16 a Windows shell redirect writes.
fn read_plan(path: &Path) -> Option<Value> {
    let bytes = std::fs::read(path).ok()?;
    let text = if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let le = bytes[0] == 0xFF;
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|c| {
                if le {
                    u16::from_le_bytes([c[0], c[1]])
                } else {
                    u16::from_be_bytes([c[0], c[1]])
                }
            })
            .collect();
        String::from_utf16(&units).ok()?
    } else {
        String::from_utf8(bytes).ok()?
    };
    serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()
}

fn all_plans() -> Vec<PathBuf> {
    let mut plans = Vec::new();
    for e in std::fs::read_dir(root().join("testdata")).unwrap() {
        let p = e.unwrap().path().join("plan.json");
        if p.exists() {
            plans.push(p);
        }
    }
    match shared() {
        Some(shared) => {
            plans.extend(plans_in(&shared.join("plans")));
            plans.extend(plans_in(&shared.join("plans").join("edge_cases")));
        }
        None if std::env::var_os("CI").is_some() => panic!("../shared is missing under CI"),
        None => eprintln!("../shared not present: only testdata/ plans are checked"),
    }
    plans.sort();
    plans
}

/// Addresses that got at least one requirement in a phase's `explain '*'`.
fn explained(plan: &str, phase: &str) -> BTreeSet<String> {
    let o = run(&["explain", plan, "*", "--phase", phase]);
    assert!(
        o.status.code() == Some(0) || o.status.code() == Some(1),
        "{plan} explain {phase}: {}",
        stderr(&o)
    );
    stdout(&o)
        .lines()
        .filter_map(|l| l.strip_prefix("  address:  "))
        .map(str::to_string)
        .collect()
}

/// Whether the type's rule says, with a block of no actions, that it makes no AWS call in
/// some step (`data.aws_iam_policy_document` is assembled locally): predicted, as none.
fn needs_no_call(label: &str) -> bool {
    let o = run(&["rules", "show", label]);
    o.status.code() == Some(0) && stdout(&o).contains("actions = []")
}

#[test]
fn every_aws_entry_is_predicted_or_named() {
    let plans = all_plans();
    assert!(plans.len() >= 20, "found only {} plans", plans.len());
    let mut failures = Vec::new();
    let mut checked = 0usize;
    let mut rule_needs_no_call: BTreeMap<String, bool> = BTreeMap::new();
    for path in &plans {
        let Some(doc) = read_plan(path) else {
            continue; // not a plan the tool reads (bad_input covers those)
        };
        let plan = path.to_str().unwrap();
        let mut entries: Vec<(String, String, String)> = Vec::new();
        for (section, prefix) in [("resource_changes", ""), ("action_invocations", "action.")] {
            for e in doc
                .get(section)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if !is_aws(e) {
                    continue;
                }
                let address = e.get("address").and_then(Value::as_str).unwrap_or("");
                let type_name = e.get("type").and_then(Value::as_str).unwrap_or("");
                let mode = e.get("mode").and_then(Value::as_str).unwrap_or("managed");
                let label = if mode == "data" {
                    format!("data.{type_name}")
                } else {
                    format!("{prefix}{type_name}")
                };
                entries.push((section.to_string(), address.to_string(), label));
            }
        }
        if entries.is_empty() {
            continue;
        }
        let mut got = explained(plan, "plan");
        got.extend(explained(plan, "deploy"));
        got.extend(explained(plan, "destroy"));
        let strict = run(&["policy", plan, "--phase", "deploy", "--strict"]);
        let err = stderr(&strict);
        let named = |label: &str| {
            let t = label.strip_prefix("action.").unwrap_or(label);
            err.lines().any(|l| {
                l.contains("no rule") && l.split([' ', ',', ':']).any(|w| w == t || w == label)
            })
        };
        let mut missing: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut no_call = |label: &str| {
            *rule_needs_no_call
                .entry(label.to_string())
                .or_insert_with(|| needs_no_call(label))
        };
        for (section, address, label) in &entries {
            checked += 1;
            // Instance addresses of actions and changes are reported as the plan writes them.
            if got.contains(address) {
                continue;
            }
            if named(label) && strict.status.code() == Some(1) {
                continue;
            }
            if no_call(label) {
                continue;
            }
            missing
                .entry(format!("{section} {label}"))
                .or_default()
                .push(address.clone());
        }
        for (what, addrs) in missing {
            failures.push(format!(
                "{plan}: {what}: {} entr(ies) neither predicted nor named, e.g. {}",
                addrs.len(),
                addrs[0]
            ));
        }
    }
    assert!(checked > 500, "only {checked} AWS entries checked");
    assert!(
        failures.is_empty(),
        "{} silent drop(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The address forms themselves, for the reader above: a wrong reading here would make the
/// test above vacuous.
#[test]
fn the_tests_own_provider_reading() {
    for (name, want) in [
        ("aws", "aws"),
        ("aws.primary", "aws"),
        ("registry.terraform.io/hashicorp/aws", "aws"),
        ("registry.opentofu.org/hashicorp/aws", "aws"),
        (
            "provider[\"registry.terraform.io/hashicorp/aws\"].west",
            "aws",
        ),
        ("module.m:aws.west", "aws"),
        ("registry.terraform.io/hashicorp/awscc", "awscc"),
        ("google.beta", "google"),
    ] {
        assert_eq!(provider_type(name), want, "{name}");
    }
}

/// Every provider address form predicts what the plain one does: the same plan, its provider
/// names rewritten, gives the same deploy policy (before the fix, `aws.primary` gave only
/// `sts:GetCallerIdentity`).
#[test]
fn every_provider_address_form_gives_the_same_policy() {
    let src = testdata("lambda-passrole").join("plan.json");
    let base = run(&["policy", src.to_str().unwrap(), "--phase", "deploy"]);
    assert_eq!(base.status.code(), Some(0), "{}", stderr(&base));
    assert!(stdout(&base).contains("iam:PassRole"));
    let doc: Value = serde_json::from_slice(&std::fs::read(&src).unwrap()).unwrap();
    let dir = std::env::temp_dir().join(format!("iamplan-forms-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for form in [
        "aws",
        "aws.primary",
        "registry.terraform.io/hashicorp/aws",
        "registry.opentofu.org/hashicorp/aws",
        "example.com:8443/corp/aws",
        "hashicorp/aws",
    ] {
        let mut d = doc.clone();
        for section in ["resource_changes"] {
            for e in d[section].as_array_mut().unwrap() {
                e["provider_name"] = Value::from(form);
            }
        }
        let path = dir.join("plan.json");
        std::fs::write(&path, serde_json::to_vec(&d).unwrap()).unwrap();
        let o = run(&[
            "policy",
            path.to_str().unwrap(),
            "--phase",
            "deploy",
            "--strict",
        ]);
        assert_eq!(o.status.code(), Some(0), "{form}: {}", stderr(&o));
        assert_eq!(stdout(&o), stdout(&base), "{form}");
        assert!(
            !stderr(&o).contains("other providers"),
            "{form}: {}",
            stderr(&o)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
