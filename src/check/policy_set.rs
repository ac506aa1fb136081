//! IAM policy documents as `check` reads them: identity policies (`--policy` files, or the
//! role's inline and attached managed policies from `aws iam get-account-authorization-details`),
//! a permissions boundary and service control policies; each parsed into statements with
//! Action/NotAction, Resource/NotResource and Condition, with one-line errors for bad input.

use crate::bail;
use crate::error::{Error, Result};
use serde_json::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    Allow,
    Deny,
}

#[derive(Debug, Clone)]
pub enum Match {
    /// `Action` / `Resource`: the statement applies to what matches.
    In(Vec<String>),
    /// `NotAction` / `NotResource`: the statement applies to everything else.
    NotIn(Vec<String>),
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub sid: Option<String>,
    pub effect: Effect,
    pub actions: Match,
    pub resources: Match,
    /// operator -> key -> values
    pub condition: Option<serde_json::Map<String, Value>>,
    /// Where it came from: `file.json#Statement[2]` or `role/x inline policy y`.
    pub origin: String,
}

/// One policy document.
#[derive(Debug, Clone)]
pub struct Doc {
    pub name: String,
    pub statements: Vec<Stmt>,
}

fn strings(v: &Value, what: &str, at: &str) -> Result<Vec<String>> {
    match v {
        Value::String(s) => Ok(vec![s.clone()]),
        Value::Array(a) => a
            .iter()
            .map(|x| {
                x.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| Error::new(format!("{at}: `{what}` must hold strings")))
            })
            .collect(),
        _ => bail!("{at}: `{what}` must be a string or a list of strings"),
    }
}

/// Parses a policy document (`{"Version", "Statement"}`); `name` is used in messages.
pub fn parse_doc(name: &str, v: &Value) -> Result<Doc> {
    let v = match v {
        // Authorization details and some CLIs give documents as (URL-encoded) strings.
        Value::String(s) => {
            let decoded = percent_decode(s);
            serde_json::from_str::<Value>(&decoded)
                .map_err(|e| Error::new(format!("{name}: policy document is not JSON: {e}")))?
        }
        other => other.clone(),
    };
    let Some(obj) = v.as_object() else {
        bail!("{name}: expected an IAM policy document (an object with `Statement`)");
    };
    let Some(st) = obj.get("Statement") else {
        bail!("{name}: not an IAM policy document: no `Statement`");
    };
    let list: Vec<&Value> = match st {
        Value::Array(a) => a.iter().collect(),
        Value::Object(_) => vec![st],
        _ => bail!("{name}: `Statement` must be an object or a list"),
    };
    let mut statements = Vec::new();
    for (i, s) in list.into_iter().enumerate() {
        let at = format!("{name}#Statement[{i}]");
        let Some(o) = s.as_object() else {
            bail!("{at}: a statement must be an object");
        };
        // Errors name the Sid too, the name an author knows the statement by.
        let it = match o.get("Sid").and_then(Value::as_str) {
            Some(sid) => format!("{at} (Sid {})", shown(&Value::from(sid))),
            None => at.clone(),
        };
        let effect = match o.get("Effect") {
            Some(Value::String(e)) if e == "Allow" => Effect::Allow,
            Some(Value::String(e)) if e == "Deny" => Effect::Deny,
            None => bail!("{it}: has no `Effect`; it must be \"Allow\" or \"Deny\""),
            Some(v) => bail!(
                "{it}: `Effect` must be \"Allow\" or \"Deny\" (case-sensitive), found {}",
                shown(v)
            ),
        };
        let actions = match (o.get("Action"), o.get("NotAction")) {
            (Some(a), None) => Match::In(strings(a, "Action", &it)?),
            (None, Some(a)) => Match::NotIn(strings(a, "NotAction", &it)?),
            (Some(_), Some(_)) => bail!("{it}: has both `Action` and `NotAction`"),
            (None, None) => bail!("{it}: has neither `Action` nor `NotAction`"),
        };
        let resources = match (o.get("Resource"), o.get("NotResource")) {
            (Some(r), None) => Match::In(strings(r, "Resource", &it)?),
            (None, Some(r)) => Match::NotIn(strings(r, "NotResource", &it)?),
            (Some(_), Some(_)) => bail!("{it}: has both `Resource` and `NotResource`"),
            // IAM rejects such a policy with these words.
            (None, None) => bail!(
                "{it}: Policy statement must contain resources. Add `Resource` or `NotResource`."
            ),
        };
        let condition = match o.get("Condition") {
            None => None,
            Some(Value::Object(m)) if m.is_empty() => None,
            Some(Value::Object(m)) => Some(m.clone()),
            Some(_) => bail!("{it}: `Condition` must be an object"),
        };
        statements.push(Stmt {
            sid: o.get("Sid").and_then(Value::as_str).map(str::to_string),
            effect,
            actions,
            resources,
            condition,
            origin: at,
        });
    }
    Ok(Doc {
        name: name.to_string(),
        statements,
    })
}

/// A JSON value as a message shows it: compact, on one line, cut after 60 characters.
fn shown(v: &Value) -> String {
    let s = v.to_string();
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s,
    }
}

fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if b[i] == b'+' { b' ' } else { b[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub fn read_json(path: &str) -> Result<Value> {
    let text = match std::fs::read(path) {
        // decode() words its errors for plans; policies get their own.
        Ok(b) => crate::plan::load::decode(path, b).map_err(|e| {
            Error::new(
                format!("{e}").replace("terraform show -json <planfile>", "an IAM policy document"),
            )
        })?,
        Err(e) => bail!("{path}: cannot read policy file: {e}"),
    };
    serde_json::from_str(&text).map_err(|e| Error::new(format!("{path}: invalid JSON: {e}")))
}

/// The identity policies of `--policy` files: plain documents, or with `role` the role's
/// policies from authorization details. Also returns the role's own boundary, if any.
pub fn identity_docs(files: &[String], role: Option<&str>) -> Result<(Vec<Doc>, Option<Doc>)> {
    let mut docs = Vec::new();
    let mut boundary = None;
    for f in files {
        let v = read_json(f)?;
        if v.get("RoleDetailList").is_some() {
            let Some(role) = role else {
                bail!("{f}: authorization details need `--role NAME` to pick the role");
            };
            let (mut d, b) = from_authorization_details(f, &v, role)?;
            docs.append(&mut d);
            if b.is_some() {
                boundary = b;
            }
        } else {
            docs.push(parse_doc(f, &v)?);
        }
    }
    Ok((docs, boundary))
}

fn managed_default(f: &str, details: &Value, arn: &str) -> Result<Doc> {
    let pols = details.get("Policies").and_then(Value::as_array);
    let Some(p) = pols.and_then(|ps| {
        ps.iter()
            .find(|p| p.get("Arn").and_then(Value::as_str) == Some(arn))
    }) else {
        bail!("{f}: managed policy {arn} is attached but not listed under `Policies` (run get-account-authorization-details with --filter LocalManagedPolicy AWSManagedPolicy Role)");
    };
    let versions = p.get("PolicyVersionList").and_then(Value::as_array);
    let Some(v) = versions.and_then(|vs| {
        vs.iter()
            .find(|v| v.get("IsDefaultVersion").and_then(Value::as_bool) == Some(true))
    }) else {
        bail!("{f}: managed policy {arn} has no default version");
    };
    let Some(doc) = v.get("Document") else {
        bail!("{f}: managed policy {arn}: default version has no `Document`");
    };
    parse_doc(&format!("{f} {arn}"), doc)
}

fn from_authorization_details(f: &str, v: &Value, role: &str) -> Result<(Vec<Doc>, Option<Doc>)> {
    let roles = v
        .get("RoleDetailList")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let Some(r) = roles.iter().find(|r| {
        r.get("RoleName").and_then(Value::as_str) == Some(role)
            || r.get("Arn").and_then(Value::as_str) == Some(role)
    }) else {
        let names: Vec<&str> = roles
            .iter()
            .filter_map(|r| r.get("RoleName").and_then(Value::as_str))
            .collect();
        bail!(
            "{f}: no role {role:?} in RoleDetailList (roles: {})",
            names.join(", ")
        );
    };
    let mut docs = Vec::new();
    for p in r
        .get("RolePolicyList")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let name = p.get("PolicyName").and_then(Value::as_str).unwrap_or("?");
        let Some(doc) = p.get("PolicyDocument") else {
            bail!("{f}: inline policy {name} of role {role} has no PolicyDocument");
        };
        docs.push(parse_doc(&format!("{f} role/{role} inline {name}"), doc)?);
    }
    for p in r
        .get("AttachedManagedPolicies")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(arn) = p.get("PolicyArn").and_then(Value::as_str) {
            docs.push(managed_default(f, v, arn)?);
        }
    }
    let boundary = match r
        .get("PermissionsBoundary")
        .and_then(|b| b.get("PermissionsBoundaryArn"))
        .and_then(Value::as_str)
    {
        Some(arn) => Some(managed_default(f, v, arn)?),
        None => None,
    };
    Ok((docs, boundary))
}
