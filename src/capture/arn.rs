//! Operation -> IAM actions and resource ARNs, the same way the rules import maps SDK
//! operations (`src/bin/import-rules.rs`): iamlive's `sdk_method_iam_mappings` first (actions
//! checked against the IAM reference, which spells them), plus the operation's identically
//! named action of its own service when iamlive names only another service's action, else the
//! identical name `<iam prefix>:<Operation>` when the IAM reference has it exactly.
//!
//! Unlike the import, a capture sees the request, so iamlive's conditions are evaluated
//! (`sqs:TagQueue` only when `CreateQueue` carries tags; `s3:GetObjectVersion` only with a
//! `versionId`) and iam:PassRole is kept (it is a real authorization check of the call).
//!
//! Resource ARNs come from the IAM reference's ARN templates of each action's resource types,
//! their placeholders filled from the request: partition, region and account from the context,
//! the rest by iamlive's resource templates (`BucketName` <- `${Bucket}`, a queue name from
//! `QueueUrl` by regex) or a parameter of the same name. A template with a placeholder left
//! unfilled gives no ARN: nothing is guessed.

use super::identify::Params;
use super::models::{models, Condition, IamEntry, Service};
use crate::iam::reference;
use once_cell::sync::Lazy;
use regex::Regex;
use std::collections::HashMap;
use std::sync::Mutex;

/// What ARNs are built in.
#[derive(Debug, Clone, Default)]
pub struct ArnContext {
    pub partition: String,
    pub region: Option<String>,
    /// `*` in ARNs when unknown.
    pub account: Option<String>,
}

impl ArnContext {
    pub fn new(region: Option<&str>, account: Option<&str>) -> Self {
        let partition = match region {
            Some(r) if r.starts_with("cn-") => "aws-cn",
            Some(r) if r.starts_with("us-gov-") => "aws-us-gov",
            Some(r) if r.starts_with("us-iso-") => "aws-iso",
            Some(r) if r.starts_with("us-isob-") => "aws-iso-b",
            Some(r) if r.starts_with("eusc-") => "aws-eusc",
            _ => "aws",
        };
        ArnContext {
            partition: partition.to_string(),
            region: region.map(str::to_string),
            account: account.map(str::to_string),
        }
    }
}

/// The account id a request names itself: in an ARN parameter or an SQS queue URL.
pub fn account_from_params(params: &Params) -> Option<String> {
    let is_account = |s: &str| s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit());
    for (k, v) in params.iter() {
        if v.starts_with("arn:") {
            if let Some(acct) = v.split(':').nth(4).filter(|a| is_account(a)) {
                return Some(acct.to_string());
            }
        }
        if k == "QueueUrl" {
            let path = v.split("://").nth(1).unwrap_or(v);
            if let Some(acct) = path.split('/').nth(1).filter(|a| is_account(a)) {
                return Some(acct.to_string());
            }
        }
    }
    None
}

/// IAM actions (first the operation's own) and resource ARNs (sorted) of one call.
pub fn actions_and_resources(
    svc: &Service,
    operation: &str,
    params: &Params,
    ctx: &ArnContext,
) -> (Vec<String>, Vec<String>) {
    let refr = reference();
    let entries = models().iam_entries(svc.id, operation);
    let mut actions: Vec<(String, Option<&IamEntry>)> = Vec::new();
    for e in &entries {
        if e.condition.as_ref().is_some_and(|c| !holds(c, params)) || only_if_absent(e, params) {
            continue;
        }
        // iamlive spells a few actions in another case; the reference's spelling is the one.
        if let Some(info) = refr.action(&e.action) {
            let a = info.full_name();
            if !actions.iter().any(|(x, _)| *x == a) {
                actions.push((a, Some(e)));
            }
        }
    }
    let own = format!("{}:{}", svc.iam_prefix, operation);
    let own_known = refr.exact(&own).is_some();
    match actions.first() {
        Some((primary, _))
            if own_known && !primary.starts_with(&format!("{}:", svc.iam_prefix)) =>
        {
            actions.insert(0, (own, None));
        }
        None if own_known => actions.push((own, None)),
        _ => {}
    }
    let mut resources = Vec::new();
    for (action, entry) in &actions {
        resources.extend(resources_of(action, *entry, params, ctx));
    }
    resources.sort();
    resources.dedup();
    (actions.into_iter().map(|(a, _)| a).collect(), resources)
}

fn resources_of(
    action: &str,
    entry: Option<&IamEntry>,
    params: &Params,
    ctx: &ArnContext,
) -> Vec<String> {
    let refr = reference();
    if let Some(o) = entry.and_then(|e| e.arn_override.as_deref()) {
        return eval(o, params, ctx)
            .filter(|a| a.starts_with("arn:"))
            .into_iter()
            .collect();
    }
    let Some(info) = refr.action(action) else {
        return Vec::new();
    };
    let mut types: Vec<&(&str, bool)> = info.resource_types.iter().filter(|t| t.1).collect();
    types.extend(info.resource_types.iter().filter(|t| !t.1));
    let mut out = Vec::new();
    for (rtype, _) in types {
        // iamlive's own ARN template for the type (its template language), else the
        // reference's (plain placeholders).
        let arn = match entry.and_then(|e| e.resource_arns.get(*rtype)) {
            Some(t) => eval(t, params, ctx).filter(|a| a.starts_with("arn:")),
            None => refr
                .arn_template(info.service, rtype)
                .and_then(|t| fill(t, entry, params, ctx)),
        };
        out.extend(arn);
    }
    out
}

/// iamlive makes some extra actions conditional only through their resource templates
/// (`ec2:CreateTags` of `CreateVpc` has `%%iftruthy%${TagSpecifications[].ResourceType}%...`):
/// when every such template's parameter is absent, the call does not need the action.
fn only_if_absent(e: &IamEntry, params: &Params) -> bool {
    let conds: Vec<&str> = e
        .resource_arns
        .values()
        .chain(e.resources.values())
        .filter_map(|t| t.strip_prefix("%%iftruthy%"))
        .filter_map(|t| t.split('%').next())
        .collect();
    !conds.is_empty()
        && conds.len() == e.resource_arns.len() + e.resources.len()
        && conds.iter().all(|c| !truthy(c, params))
}

fn truthy(cond: &str, params: &Params) -> bool {
    cond.strip_prefix("${")
        .and_then(|c| c.strip_suffix('}'))
        .is_some_and(|name| params.exists(name) && params.get(name) != Some(""))
}

/// Fills an ARN template (`arn:${Partition}:sqs:${Region}:${Account}:${QueueName}`).
fn fill(tpl: &str, entry: Option<&IamEntry>, params: &Params, ctx: &ArnContext) -> Option<String> {
    let mut out = String::new();
    let mut rest = tpl;
    while let Some(i) = rest.find("${") {
        out.push_str(&rest[..i]);
        let end = rest[i..].find('}')? + i;
        let name = &rest[i + 2..end];
        let value = match name {
            "Partition" | "Region" | "Account" => context_value(name, ctx),
            _ => match entry.and_then(|e| e.resources.get(name)) {
                Some(t) => eval(t, params, ctx)?,
                None => {
                    let v = params.get(name)?;
                    // A name parameter that is given as an ARN is the resource itself.
                    if v.starts_with("arn:") {
                        return Some(v.to_string());
                    }
                    v.to_string()
                }
            },
        };
        if value.is_empty() {
            return None;
        }
        out.push_str(&value);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}

fn context_value(name: &str, ctx: &ArnContext) -> String {
    match name {
        "Partition" => ctx.partition.clone(),
        "Region" => ctx.region.clone().unwrap_or_else(|| "*".into()),
        _ => ctx.account.clone().unwrap_or_else(|| "*".into()),
    }
}

static REGEXES: Lazy<Mutex<HashMap<String, Option<Regex>>>> =
    Lazy::new(|| Mutex::new(HashMap::new()));

/// Evaluates an iamlive template: literal text, `${Param}` (dotted paths),
/// `%%regex%<template>%/<re>/g%%` (first capture group, empty when the parameter is absent or
/// the regex does not match, as iamlive does), and `%%iftruthy%${Param}%<then>%<else>%%`.
/// Any other directive, or a list path in a name (`${Ids[]}`: one ARN per element is not
/// something one template gives), cannot be evaluated: None.
fn eval(tpl: &str, params: &Params, ctx: &ArnContext) -> Option<String> {
    eval_in(tpl, params, ctx, false)
}

fn eval_in(tpl: &str, params: &Params, ctx: &ArnContext, optional: bool) -> Option<String> {
    let mut out = String::new();
    let mut rest = tpl;
    loop {
        let next_var = rest.find("${");
        let next_dir = rest.find("%%");
        match (next_var, next_dir) {
            (None, None) => {
                out.push_str(rest);
                return Some(out);
            }
            (Some(v), d) if d.is_none_or(|d| v < d) => {
                out.push_str(&rest[..v]);
                let end = rest[v..].find('}')? + v;
                let name = &rest[v + 2..end];
                if name.contains("[]") {
                    return None;
                }
                let value = match name {
                    "Partition" | "Region" | "Account" => context_value(name, ctx),
                    _ => match params.get(name) {
                        Some(v) => v.to_string(),
                        None if optional => String::new(),
                        None => return None,
                    },
                };
                out.push_str(&value);
                rest = &rest[end + 1..];
            }
            (_, Some(d)) => {
                out.push_str(&rest[..d]);
                if let Some(body) = rest[d..].strip_prefix("%%iftruthy%") {
                    let (cond, body) = body.split_once('%')?;
                    let (then, body) = body.split_once('%')?;
                    let (otherwise, after) = body.split_once("%%")?;
                    let branch = if truthy(cond, params) {
                        then
                    } else {
                        otherwise
                    };
                    out.push_str(&eval_in(branch, params, ctx, optional)?);
                    rest = after;
                    continue;
                }
                let body = rest[d..].strip_prefix("%%regex%")?;
                let sep = body.find("%/")?;
                let inner = &body[..sep];
                let after = &body[sep + 2..];
                let end = after.find("/g%%")?;
                let pattern = &after[..end];
                let value = eval_in(inner, params, ctx, true)?;
                let mut cache = REGEXES.lock().unwrap_or_else(|e| e.into_inner());
                let re = cache
                    .entry(pattern.to_string())
                    .or_insert_with(|| Regex::new(pattern).ok())
                    .as_ref()?;
                let got = re
                    .captures(&value)
                    .and_then(|c| c.get(1))
                    .map_or("", |m| m.as_str());
                out.push_str(got);
                rest = &after[end + 4..];
            }
            _ => unreachable!("one of the two is Some"),
        }
    }
}

/// iamlive's request conditions. An operator it does not know counts as holding, so an action
/// is never dropped for want of understanding.
fn holds(c: &Condition, params: &Params) -> bool {
    let value = params.get(&c.lhs).unwrap_or("");
    let rhs = c.rhs.as_deref().unwrap_or("");
    let this = match c.op.as_str() {
        "Exists" => params.exists(&c.lhs),
        "NotExists" => !params.exists(&c.lhs),
        "Equals" => value == rhs,
        "NotEquals" => value != rhs,
        "Contains" => value.contains(rhs),
        "NotContains" => !value.contains(rhs),
        "IContains" => value.to_lowercase().contains(&rhs.to_lowercase()),
        "INotContains" => !value.to_lowercase().contains(&rhs.to_lowercase()),
        "StartsWith" => value.starts_with(rhs),
        "NotStartsWith" => !value.starts_with(rhs),
        _ => true,
    };
    this && c.and.as_deref().is_none_or(|a| holds(a, params))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(
        svc: &str,
        op: &str,
        kv: &[(&str, &str)],
        account: Option<&str>,
    ) -> (Vec<String>, Vec<String>) {
        let mut p = Params::default();
        for (k, v) in kv {
            p.insert(*k, *v);
        }
        let s = models().service(svc).unwrap();
        actions_and_resources(s, op, &p, &ArnContext::new(Some("eu-west-1"), account))
    }

    #[test]
    fn s3() {
        let (a, r) = run(
            "s3",
            "PutObject",
            &[("Bucket", "b1"), ("Key", "d/k.txt")],
            None,
        );
        assert_eq!(a, ["s3:PutObject"]);
        assert_eq!(r, ["arn:aws:s3:::b1/d/k.txt"]);
        let (a, r) = run("s3", "HeadBucket", &[("Bucket", "b1")], None);
        assert_eq!(a, ["s3:ListBucket"]);
        assert_eq!(r, ["arn:aws:s3:::b1"]);
        let (a, _) = run(
            "s3",
            "HeadObject",
            &[("Bucket", "b1"), ("Key", "k"), ("VersionId", "v1")],
            None,
        );
        assert_eq!(a, ["s3:GetObjectVersion"]);
        let (a, _) = run("s3", "HeadObject", &[("Bucket", "b1"), ("Key", "k")], None);
        assert_eq!(a, ["s3:GetObject"]);
        let (a, _) = run("s3", "GetBucketCors", &[("Bucket", "b1")], None);
        assert_eq!(a, ["s3:GetBucketCORS"]);
    }

    #[test]
    fn sqs_lambda_iam_dynamodb() {
        let (a, r) = run(
            "sqs",
            "CreateQueue",
            &[("QueueName", "q1")],
            Some("123456789012"),
        );
        assert_eq!(a, ["sqs:CreateQueue"]);
        assert_eq!(r, ["arn:aws:sqs:eu-west-1:123456789012:q1"]);
        let (a, _) = run(
            "sqs",
            "CreateQueue",
            &[("QueueName", "q1"), ("tags.env", "x")],
            None,
        );
        assert_eq!(a, ["sqs:CreateQueue", "sqs:TagQueue"]);
        let url = "http://127.0.0.1:4566/123456789012/q1";
        let mut p = Params::default();
        p.insert("QueueUrl", url);
        let acct = account_from_params(&p);
        assert_eq!(acct.as_deref(), Some("123456789012"));
        let (a, r) = run(
            "sqs",
            "GetQueueAttributes",
            &[("QueueUrl", url)],
            acct.as_deref(),
        );
        assert_eq!(a, ["sqs:GetQueueAttributes"]);
        assert_eq!(r, ["arn:aws:sqs:eu-west-1:123456789012:q1"]);
        let (a, r) = run(
            "lambda",
            "CreateFunction",
            &[
                ("FunctionName", "f1"),
                ("Role", "arn:aws:iam::123456789012:role/r1"),
            ],
            Some("123456789012"),
        );
        assert_eq!(a, ["lambda:CreateFunction", "iam:PassRole"]);
        assert_eq!(
            r,
            [
                "arn:aws:iam::123456789012:role/r1",
                "arn:aws:lambda:eu-west-1:123456789012:function:f1"
            ]
        );
        let (a, r) = run("lambda", "ListFunctions", &[], None);
        assert_eq!((a, r), (vec!["lambda:ListFunctions".to_string()], vec![]));
        let (a, r) = run(
            "iam",
            "CreateRole",
            &[("RoleName", "r1"), ("Path", "/")],
            Some("123456789012"),
        );
        assert_eq!(a, ["iam:CreateRole"]);
        assert_eq!(r, ["arn:aws:iam::123456789012:role/r1"]);
        let (_, r) = run(
            "iam",
            "CreateRole",
            &[("RoleName", "r1"), ("Path", "/svc/")],
            None,
        );
        assert_eq!(r, ["arn:aws:iam::*:role/svc/r1"]);
        let (_, r) = run(
            "iam",
            "CreateRole",
            &[("RoleName", "r1")],
            Some("123456789012"),
        );
        assert_eq!(r, ["arn:aws:iam::123456789012:role/r1"]);
        let (a, r) = run(
            "ec2",
            "CreateVpc",
            &[("CidrBlock", "10.0.0.0/16")],
            Some("123456789012"),
        );
        assert_eq!(a, ["ec2:CreateVpc"]);
        assert_eq!(r, ["arn:aws:ec2:eu-west-1:123456789012:vpc/*"]);
        let (a, r) = run(
            "ec2",
            "CreateVpc",
            &[("TagSpecifications[].ResourceType", "vpc")],
            Some("123456789012"),
        );
        assert_eq!(a, ["ec2:CreateVpc", "ec2:CreateTags"]);
        assert_eq!(r, ["arn:aws:ec2:eu-west-1:123456789012:vpc/*"]);
        let (a, r) = run(
            "dynamodb",
            "CreateTable",
            &[("TableName", "t1")],
            Some("123456789012"),
        );
        assert_eq!(a, ["dynamodb:CreateTable"]);
        assert_eq!(r, ["arn:aws:dynamodb:eu-west-1:123456789012:table/t1"]);
        let (a, r) = run(
            "logs",
            "CreateLogGroup",
            &[("logGroupName", "/app/x")],
            Some("123456789012"),
        );
        assert_eq!(a, ["logs:CreateLogGroup"]);
        assert_eq!(r, ["arn:aws:logs:eu-west-1:123456789012:log-group:/app/x"]);
        let (a, _) = run("sts", "GetCallerIdentity", &[], None);
        assert_eq!(a, ["sts:GetCallerIdentity"]);
        let (a, _) = run("cloudwatch", "PutMetricAlarm", &[("AlarmName", "a")], None);
        assert_eq!(a, ["cloudwatch:PutMetricAlarm"]);
    }

    #[test]
    fn identical_name_fallback() {
        // a service iamlive does not know
        let (a, _) = run("s3tables", "ListTableBuckets", &[], None);
        assert_eq!(a, ["s3tables:ListTableBuckets"]);
        let (a, r) = run("s3tables", "NoSuchOperation", &[], None);
        assert!(a.is_empty() && r.is_empty());
    }

    #[test]
    fn partitions() {
        assert_eq!(
            ArnContext::new(Some("cn-north-1"), None).partition,
            "aws-cn"
        );
        assert_eq!(
            ArnContext::new(Some("us-gov-west-1"), None).partition,
            "aws-us-gov"
        );
        assert_eq!(ArnContext::new(None, None).partition, "aws");
    }
}
