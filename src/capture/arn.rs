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
        if let Some((_, _, _, param, value)) = CONDITIONS_IAMLIVE_LACKS
            .iter()
            .find(|c| c.0 == svc.id && c.1 == operation && e.action.eq_ignore_ascii_case(c.2))
        {
            if !params
                .get(param)
                .is_some_and(|v| v.eq_ignore_ascii_case(value))
            {
                continue;
            }
        }
        // iam:PassRole is checked only when the request hands over a role: iamlive lists it for
        // PutRule whether or not `RoleArn` is set, and for every SNS SetTopicAttributes (a
        // feedback role is one attribute among many) with the role as `*`.
        if e.action.eq_ignore_ascii_case("iam:PassRole") {
            let passes = match e.arn_override.as_deref() {
                Some(o) => eval(o, params, ctx).is_some_and(|a| a.starts_with("arn:")),
                None => !passed_roles(params).is_empty(),
            };
            if !passes {
                continue;
            }
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
        resources.extend(
            resources_of(action, *entry, params, ctx)
                .into_iter()
                .map(normalize),
        );
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
    if action == "iam:PassRole" && entry.is_some_and(|e| e.arn_override.is_none()) {
        return passed_roles(params);
    }
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
            // `%%iftemplatematch%${ResourceId}%%`: the parameter, when it is an ARN of this type
            // (SSM's AddTagsToResource names a parameter, a document, ... by one ResourceId).
            Some(t) if t.starts_with("%%iftemplatematch%") => t
                .strip_prefix("%%iftemplatematch%")
                .and_then(|x| x.strip_suffix("%%"))
                .and_then(|x| eval(x, params, ctx))
                .filter(|v| {
                    refr.arn_template(info.service, rtype).is_some_and(|tpl| {
                        crate::predict::arn::wildcard_match(&crate::predict::arn::shape(tpl), v)
                    })
                }),
            Some(t) => eval(t, params, ctx).filter(|a| a.starts_with("arn:")),
            // iamlive lists the types it knows ARNs for; the others are not this call's.
            None if entry.is_some_and(|e| !e.resource_arns.is_empty()) => None,
            None => refr
                .arn_template(info.service, rtype)
                .and_then(|t| fill(t, entry, params, ctx)),
        };
        out.extend(arn);
    }
    out
}

/// Extra actions iamlive lists for every call of an operation that AWS needs only with one
/// request parameter: (service, operation, action, parameter, value).
const CONDITIONS_IAMLIVE_LACKS: &[(&str, &str, &str, &str, &str)] = &[
    // AWS docs (PrivateLink guide, "Manage DNS names for VPC endpoint services"): the Route 53
    // private hosted zone is associated only for an interface endpoint with private DNS.
    (
        "ec2",
        "CreateVpcEndpoint",
        "route53:AssociateVPCWithHostedZone",
        "PrivateDnsEnabled",
        "true",
    ),
];

/// The IAM role ARNs a request carries, in any parameter: the roles it hands over.
fn passed_roles(params: &Params) -> Vec<String> {
    let mut out: Vec<String> = params
        .iter()
        .filter(|(_, v)| {
            v.starts_with("arn:") && v.split(':').nth(2) == Some("iam") && v.contains(":role/")
        })
        .map(|(_, v)| v.to_string())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The ARN AWS gives the resource, where a request's spelling differs from it: EventBridge
/// takes `EventBusName = "default"` (the provider always sends it) or a bus ARN, but a rule on
/// the default bus is `rule/<name>` and one on a custom bus `rule/<bus name>/<name>`; an IAM
/// name built from a path parameter and a name has a doubled `/` when the path is `/`.
fn normalize(arn: String) -> String {
    let mut parts = arn.splitn(6, ':');
    let (Some(_), Some(_), Some(service)) = (parts.next(), parts.next(), parts.next()) else {
        return arn;
    };
    match service {
        "events" => {
            static BUS: Lazy<Regex> = Lazy::new(|| {
                Regex::new(r"^(arn:[^:]+:events:[^:]*:[^:]*:rule/)(?:default/|arn:[^/]+:event-bus/([^/]+)/)")
                    .expect("valid regex")
            });
            match BUS.captures(&arn) {
                Some(c) => {
                    let bus = c
                        .get(2)
                        .map_or(String::new(), |b| format!("{}/", b.as_str()));
                    let bus = if bus == "default/" {
                        String::new()
                    } else {
                        bus
                    };
                    format!(
                        "{}{}{}",
                        &c[1],
                        bus,
                        &arn[c.get(0).map_or(0, |m| m.end())..]
                    )
                }
                None => arn,
            }
        }
        // SSM parameter names may start with `/`; the ARN has one `/` after `parameter`.
        "ssm" if arn.contains(":parameter//") => arn.replacen(":parameter//", ":parameter/", 1),
        "iam" if arn.contains("//") => {
            let (head, tail) = arn.split_at(arn.rfind(':').map_or(0, |i| i + 1));
            let mut t = tail.to_string();
            while t.contains("//") {
                t = t.replace("//", "/");
            }
            format!("{head}{t}")
        }
        _ => arn,
    }
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
    fn eventbridge_rules_on_the_default_bus_and_by_bus_arn() {
        let acct = Some("123456789012");
        let (a, r) = run(
            "events",
            "PutRule",
            &[("Name", "r1"), ("EventBusName", "default")],
            acct,
        );
        // no RoleArn: no role is handed over, so no iam:PassRole
        assert_eq!(a, ["events:PutRule"]);
        assert_eq!(r, ["arn:aws:events:eu-west-1:123456789012:rule/r1"]);
        let (_, r) = run(
            "events",
            "DescribeRule",
            &[("Name", "r1"), ("EventBusName", "bus1")],
            acct,
        );
        assert_eq!(r, ["arn:aws:events:eu-west-1:123456789012:rule/bus1/r1"]);
        let (_, r) = run(
            "events",
            "ListTargetsByRule",
            &[
                ("Rule", "r1"),
                (
                    "EventBusName",
                    "arn:aws:events:eu-west-1:123456789012:event-bus/bus1",
                ),
            ],
            acct,
        );
        assert_eq!(r, ["arn:aws:events:eu-west-1:123456789012:rule/bus1/r1"]);
        let (a, r) = run(
            "events",
            "PutRule",
            &[
                ("Name", "r1"),
                ("RoleArn", "arn:aws:iam::123456789012:role/ev"),
            ],
            acct,
        );
        assert_eq!(a, ["events:PutRule", "iam:PassRole"]);
        assert!(r.contains(&"arn:aws:iam::123456789012:role/ev".to_string()));
    }

    #[test]
    fn iam_root_path_gives_no_empty_segment() {
        for (op, kv) in [
            ("CreateRole", vec![("RoleName", "r1"), ("Path", "/")]),
            ("GetRole", vec![("RoleName", "r1")]),
            ("CreateUser", vec![("UserName", "r1"), ("Path", "/")]),
        ] {
            let (_, r) = run("iam", op, &kv, Some("123456789012"));
            assert!(!r.is_empty(), "{op}: no ARN");
            for arn in &r {
                assert!(!arn.contains("//"), "{op}: {arn}");
            }
        }
        assert_eq!(
            normalize("arn:aws:iam::1:role//svc//r1".into()),
            "arn:aws:iam::1:role/svc/r1"
        );
        // other services keep their ARNs as given (S3 keys may hold `//`)
        assert_eq!(normalize("arn:aws:s3:::b//k".into()), "arn:aws:s3:::b//k");
        assert_eq!(
            normalize("arn:aws:ssm:eu-west-1:1:parameter//app/p".into()),
            "arn:aws:ssm:eu-west-1:1:parameter/app/p"
        );
    }

    #[test]
    fn one_resource_id_of_several_types() {
        let acct = Some("123456789012");
        let kv = [("ResourceType", "Parameter"), ("ResourceId", "/app/p")];
        let (a, r) = run("ssm", "AddTagsToResource", &kv, acct);
        assert_eq!(a, ["ssm:AddTagsToResource"]);
        // a bare name is not an ARN of any of the types: none is guessed
        assert!(r.is_empty(), "{r:?}");
        let doc = "arn:aws:ssm:eu-west-1:123456789012:document/d1";
        let (_, r) = run(
            "ssm",
            "ListTagsForResource",
            &[("ResourceType", "Document"), ("ResourceId", doc)],
            acct,
        );
        assert_eq!(r, [doc]);
        let (_, r) = run("ssm", "GetParameter", &[("Name", "/app/p")], acct);
        assert_eq!(r, ["arn:aws:ssm:eu-west-1:123456789012:parameter/app/p"]);
    }

    #[test]
    fn pass_role_only_with_a_role_in_the_request() {
        let topic = "arn:aws:sns:eu-west-1:123456789012:t1";
        let (a, _) = run(
            "sns",
            "SetTopicAttributes",
            &[
                ("TopicArn", topic),
                ("AttributeName", "DisplayName"),
                ("AttributeValue", "x"),
            ],
            None,
        );
        assert_eq!(a, ["sns:SetTopicAttributes"]);
        let role = "arn:aws:iam::123456789012:role/feedback";
        let (a, r) = run(
            "sns",
            "SetTopicAttributes",
            &[
                ("TopicArn", topic),
                ("AttributeName", "LambdaSuccessFeedbackRoleArn"),
                ("AttributeValue", role),
            ],
            None,
        );
        assert_eq!(a, ["sns:SetTopicAttributes", "iam:PassRole"]);
        assert_eq!(r, [role, topic]);
    }

    #[test]
    fn conditions_iamlive_lacks() {
        let kv = [
            ("VpcId", "vpc-1"),
            ("ServiceName", "com.amazonaws.eu-west-1.s3"),
        ];
        let (a, _) = run("ec2", "CreateVpcEndpoint", &kv, None);
        assert!(!a.iter().any(|x| x.starts_with("route53:")), "{a:?}");
        let kv = [("VpcId", "vpc-1"), ("PrivateDnsEnabled", "true")];
        let (a, _) = run("ec2", "CreateVpcEndpoint", &kv, None);
        assert!(
            a.contains(&"route53:AssociateVPCWithHostedZone".to_string()),
            "{a:?}"
        );
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
