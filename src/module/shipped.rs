//! Reading the role a module ships (`iamplan module --policy FILE`) into one IAM policy
//! document: a JSON policy document as is, or from Terraform (`.tf`, `.tf.json`) the
//! `data "aws_iam_policy_document"` blocks (statement blocks with effect, actions /
//! not_actions, resources / not_resources, condition) and the `policy` of `aws_iam_policy`
//! (and role / user / group inline policies) written as a literal `jsonencode({...})`, heredoc
//! or string. Documents used only as trust policies (`assume_role_policy`) are not
//! permissions and are left out. Everything is evaluated as a literal (`eval`, within the run's limits); an
//! interpolation of an input (`"arn:aws:s3:::${var.bucket}"`) is read as `*`, the way the
//! module's own prediction reads it; whatever cannot be evaluated is named.

use super::config;
use super::eval::{self, references, Scope};
use super::limits::{Budget, Limits};
use crate::bail;
use crate::error::{Error, Result};
use hcl::{Body, Expression};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The shipped role as one policy document, and what was read approximately or not at all.
#[derive(Debug)]
pub struct Shipped {
    pub document: Value,
    pub notes: Vec<String>,
}

/// Resource types whose `policy` argument is an identity policy.
const POLICY_TYPES: &[&str] = &[
    "aws_iam_policy",
    "aws_iam_role_policy",
    "aws_iam_user_policy",
    "aws_iam_group_policy",
];

pub fn read(path: &Path, limits: &Limits) -> Result<Shipped> {
    let shown = path.display().to_string();
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    // Terraform by name; JSON by name; anything else by its first character.
    let is_tf = name.ends_with(".tf")
        || name.ends_with(".tf.json")
        || (!name.ends_with(".json")
            && std::fs::read_to_string(path).is_ok_and(|t| {
                !t.trim_start_matches('\u{feff}')
                    .trim_start()
                    .starts_with('{')
            }));
    if !is_tf {
        let v = crate::check::policy_set::read_json(&shown)?;
        // `aws iam get-policy-version` output holds the document under PolicyVersion.
        let document = match v.pointer("/PolicyVersion/Document") {
            Some(d) => d.clone(),
            None => v,
        };
        return Ok(Shipped {
            document,
            notes: Vec::new(),
        });
    }
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::new(format!(
            "{shown}: cannot read policy file: {}",
            match e.kind() {
                std::io::ErrorKind::NotFound => "no such file".to_string(),
                _ => e.to_string(),
            }
        ))
    })?;
    let body = config::parse_file(path, &text, limits.depth)?;
    from_terraform(&shown, &body, limits)
}

/// A reference or input in a literal is read as `*`; say which.
fn literal(e: &Expression, what: &str, notes: &mut Vec<String>, scope: &Scope) -> Option<Value> {
    let refs = references(e);
    let specific: Vec<&String> = refs
        .iter()
        .filter(|r| {
            !refs
                .iter()
                .any(|o| o.len() > r.len() && o.starts_with(r.as_str()))
        })
        .collect();
    let names = specific
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    match eval::value(e, scope) {
        Some(v) => {
            if !specific.is_empty() {
                notes.push(format!("{what}: {names} read as `*`"));
            }
            Some(v)
        }
        None => {
            notes.push(format!(
                "{what} cannot be evaluated ({})",
                if specific.is_empty() {
                    "not a literal".to_string()
                } else {
                    format!("depends on {names}")
                }
            ));
            None
        }
    }
}

fn from_terraform(file: &str, body: &Body, limits: &Limits) -> Result<Shipped> {
    // One budget for the file: many literals cost what one would.
    let scope = Scope::new(Budget::new(*limits));
    let mut notes = Vec::new();
    let mut docs: BTreeMap<String, &Body> = BTreeMap::new();
    let mut policies: Vec<(String, &Expression)> = Vec::new();
    let mut trust: BTreeSet<String> = BTreeSet::new();
    for b in body.blocks() {
        let labels: Vec<&str> = b.labels().iter().map(|l| l.as_str()).collect();
        match (b.identifier(), labels.as_slice()) {
            ("data", ["aws_iam_policy_document", n]) => {
                docs.insert(n.to_string(), b.body());
            }
            ("resource", [t, n]) if POLICY_TYPES.contains(t) => {
                if let Some(a) = b.body().attributes().find(|a| a.key() == "policy") {
                    policies.push((format!("{t}.{n}"), a.expr()));
                }
            }
            ("resource", ["aws_iam_role", n]) => {
                for a in b.body().attributes() {
                    if a.key() == "assume_role_policy" {
                        trust.extend(doc_refs(a.expr()));
                    }
                }
                for (i, ip) in b
                    .body()
                    .blocks()
                    .filter(|x| x.identifier() == "inline_policy")
                    .enumerate()
                {
                    if let Some(a) = ip.body().attributes().find(|a| a.key() == "policy") {
                        policies.push((format!("aws_iam_role.{n}.inline_policy[{i}]"), a.expr()));
                    }
                }
            }
            _ => {}
        }
    }
    let mut statements: Vec<Value> = Vec::new();
    let mut used: BTreeSet<String> = BTreeSet::new();
    for (addr, e) in &policies {
        let via_docs = doc_refs(e);
        if !via_docs.is_empty() {
            for d in via_docs {
                if !docs.contains_key(&d) {
                    notes.push(format!(
                        "{file}: {addr}.policy uses data.aws_iam_policy_document.{d}, which is not in this file"
                    ));
                }
                used.insert(d);
            }
            continue;
        }
        let what = format!("{file}: {addr}.policy");
        if let Some(v) = literal(e, &what, &mut notes, &scope) {
            match v.as_str().map(serde_json::from_str::<Value>) {
                Some(Ok(doc)) => statements.extend(doc_statement_list(&doc)),
                _ => notes.push(format!("{what} is not a JSON policy document")),
            }
        }
    }
    if policies.is_empty() {
        // No policy resource: every permissions document in the file is the role.
        used = docs
            .keys()
            .filter(|n| !trust.contains(*n))
            .cloned()
            .collect();
    }
    for name in &used {
        if let Some(b) = docs.get(name) {
            statements.extend(document_statements(file, name, b, &mut notes, &scope));
        }
    }
    scope.budget().check()?;
    if statements.is_empty() {
        let why = if notes.is_empty() {
            "no `data \"aws_iam_policy_document\"` block or `aws_iam_policy` resource".to_string()
        } else {
            notes.join("; ")
        };
        bail!("{file}: no usable policy statement: {why}");
    }
    Ok(Shipped {
        document: json!({ "Version": "2012-10-17", "Statement": statements }),
        notes,
    })
}

/// `data.aws_iam_policy_document.NAME.json` references in an expression.
fn doc_refs(e: &Expression) -> BTreeSet<String> {
    references(e)
        .iter()
        .filter_map(|r| r.strip_prefix("data.aws_iam_policy_document."))
        .filter_map(|r| r.split(['.', '[']).next())
        .map(str::to_string)
        .collect()
}

fn doc_statement_list(doc: &Value) -> Vec<Value> {
    match doc.get("Statement") {
        Some(Value::Array(a)) => a.clone(),
        Some(s @ Value::Object(_)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// `aws_iam_policy_document` writes IAM policy variables as `&{aws:username}` (`${` would be
/// a Terraform interpolation).
fn policy_variables(v: Value) -> Value {
    match v {
        Value::String(s) => Value::String(s.replace("&{", "${")),
        Value::Array(a) => Value::Array(a.into_iter().map(policy_variables).collect()),
        other => other,
    }
}

fn string_list(v: Value) -> Option<Value> {
    match v {
        Value::String(_) => Some(Value::Array(vec![policy_variables(v)])),
        Value::Array(a) if a.iter().all(Value::is_string) => {
            Some(policy_variables(Value::Array(a)))
        }
        _ => None,
    }
}

fn document_statements(
    file: &str,
    name: &str,
    body: &Body,
    notes: &mut Vec<String>,
    scope: &Scope,
) -> Vec<Value> {
    let at = format!("{file}: data.aws_iam_policy_document.{name}");
    let mut out = Vec::new();
    for a in body.attributes() {
        match a.key() {
            "source_policy_documents" => {
                if let Some(Value::Array(items)) =
                    literal(a.expr(), &format!("{at}.{}", a.key()), notes, scope)
                {
                    for it in items {
                        match it.as_str().map(serde_json::from_str::<Value>) {
                            Some(Ok(doc)) => out.extend(doc_statement_list(&doc)),
                            _ => notes.push(format!(
                                "{at}.source_policy_documents: an item is not a JSON policy document"
                            )),
                        }
                    }
                }
            }
            "override_policy_documents" => notes.push(format!(
                "{at}.override_policy_documents is not applied (only statements are read)"
            )),
            _ => {}
        }
    }
    let mut i = 0;
    for b in body.blocks() {
        if b.identifier() == "dynamic" {
            notes.push(format!(
                "{at}: a dynamic \"statement\" block cannot be evaluated; left out"
            ));
            continue;
        }
        if b.identifier() != "statement" {
            continue;
        }
        i += 1;
        let what = format!("{at} statement {i}");
        if b.body()
            .blocks()
            .any(|x| matches!(x.identifier(), "principals" | "not_principals"))
        {
            notes.push(format!(
                "{what} has principals (a trust or resource policy statement); left out"
            ));
            continue;
        }
        let mut st = Map::new();
        let mut ok = true;
        for a in b.body().attributes() {
            let key = match a.key() {
                "sid" => "Sid",
                "effect" => "Effect",
                "actions" => "Action",
                "not_actions" => "NotAction",
                "resources" => "Resource",
                "not_resources" => "NotResource",
                _ => continue,
            };
            let Some(v) = literal(a.expr(), &format!("{what}.{}", a.key()), notes, scope) else {
                ok = false;
                continue;
            };
            let v = match key {
                "Sid" | "Effect" => v,
                _ => match string_list(v) {
                    Some(l) => l,
                    None => {
                        notes.push(format!("{what}.{}: not a list of strings", a.key()));
                        ok = false;
                        continue;
                    }
                },
            };
            st.insert(key.to_string(), v);
        }
        let mut condition: Map<String, Value> = Map::new();
        for c in b.body().blocks().filter(|x| x.identifier() == "condition") {
            let get = |k: &str| {
                c.body()
                    .attributes()
                    .find(|a| a.key() == k)
                    .map(|a| a.expr())
            };
            let (Some(t), Some(var), Some(vals)) = (get("test"), get("variable"), get("values"))
            else {
                notes.push(format!(
                    "{what}: a condition needs test, variable and values"
                ));
                ok = false;
                continue;
            };
            let cw = format!("{what}.condition");
            let (Some(Value::String(t)), Some(Value::String(var)), Some(vals)) = (
                literal(t, &cw, notes, scope),
                literal(var, &cw, notes, scope),
                literal(vals, &cw, notes, scope).and_then(string_list),
            ) else {
                ok = false;
                continue;
            };
            let op = condition
                .entry(t)
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(keys) = op {
                let slot = keys.entry(var).or_insert_with(|| json!([]));
                if let (Value::Array(have), Value::Array(more)) = (slot, vals) {
                    have.extend(more);
                }
            }
        }
        if !ok {
            notes.push(format!("{what} left out"));
            continue;
        }
        st.entry("Effect").or_insert_with(|| json!("Allow"));
        if !condition.is_empty() {
            st.insert("Condition".into(), Value::Object(condition));
        }
        out.push(Value::Object(st));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_tf(src: &str) -> Result<Shipped> {
        from_terraform("role.tf", &hcl::parse(src).unwrap(), &Limits::DEFAULT)
    }

    #[test]
    fn policy_document_blocks_become_statements() {
        let s = read_tf(
            r#"
            data "aws_iam_policy_document" "trust" {
              statement {
                actions = ["sts:AssumeRole"]
                principals {
                  type        = "Service"
                  identifiers = ["ec2.amazonaws.com"]
                }
              }
            }
            data "aws_iam_policy_document" "p" {
              statement {
                actions   = ["s3:CreateBucket"]
                resources = ["arn:aws:s3:::${var.bucket}", "arn:aws:s3:::x/&{aws:username}"]
                condition {
                  test     = "StringEquals"
                  variable = "aws:RequestedRegion"
                  values   = ["eu-west-1"]
                }
              }
            }
            resource "aws_iam_role" "r" {
              assume_role_policy = data.aws_iam_policy_document.trust.json
            }
            "#,
        )
        .unwrap();
        assert_eq!(
            s.document,
            json!({"Version": "2012-10-17", "Statement": [{
                "Effect": "Allow",
                "Action": ["s3:CreateBucket"],
                "Resource": ["arn:aws:s3:::*", "arn:aws:s3:::x/${aws:username}"],
                "Condition": {"StringEquals": {"aws:RequestedRegion": ["eu-west-1"]}}
            }]})
        );
        assert!(
            s.notes.iter().any(|n| n.contains("var.bucket read as `*`")),
            "{:?}",
            s.notes
        );
    }

    #[test]
    fn jsonencode_and_heredoc_policies() {
        let s = read_tf(
            r#"
            resource "aws_iam_policy" "a" {
              policy = jsonencode({
                Version   = "2012-10-17"
                Statement = [{ Effect = "Allow", Action = ["sqs:CreateQueue"], Resource = "*" }]
              })
            }
            resource "aws_iam_policy" "b" {
              policy = <<-EOT
                {"Statement": {"Effect": "Deny", "Action": "sqs:DeleteQueue", "Resource": "*"}}
              EOT
            }
            resource "aws_iam_policy" "c" {
              policy = data.external.x.result
            }
            "#,
        )
        .unwrap();
        let st = s.document["Statement"].as_array().unwrap();
        assert_eq!(st.len(), 2);
        assert_eq!(st[1]["Effect"], "Deny");
        assert!(
            s.notes
                .iter()
                .any(|n| n.contains("aws_iam_policy.c.policy cannot be evaluated")),
            "{:?}",
            s.notes
        );
    }

    #[test]
    fn nothing_usable_is_an_error() {
        let e = read_tf(r#"resource "aws_iam_policy" "c" { policy = var.p }"#).unwrap_err();
        assert!(e.to_string().contains("no usable policy statement"), "{e}");
        assert!(e.to_string().contains("var.p"), "{e}");
    }
}
