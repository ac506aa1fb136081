//! Reading runtime captures and `iamplan verify`: which calls a real run made that the
//! prediction lacks (gaps, attributed to the plan resources that could have made them), and
//! which predicted actions the run never showed (unobserved: excess, a conditional path not
//! taken, or an authorization-only need no API call reveals). Capture formats: iamplan's JSONL,
//! iamlive output (CSM: one statement on `*`; proxy: statements with resources), CloudTrail
//! (`{"Records": [...]}` as delivered to S3, or `aws cloudtrail lookup-events` output).

use crate::app;
use crate::bail;
use crate::cli::{VerifyArgs, VerifyFormat};
use crate::error::{Error, Result};
use crate::plan;
use crate::predict::arn::{fits, patterns_overlap, resource_type_of};
use crate::predict::{self, Prediction, Reason, Requirement};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// One AWS call as a capture records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    /// `file:line` or `file#Statement[i]`.
    pub origin: String,
    pub actions: Vec<String>,
    /// ARNs the call acted on, when the capture knows them (never `*`).
    pub resources: Vec<String>,
    pub failed: bool,
    pub error_code: Option<String>,
}

/// The IAM prefix of a CloudTrail `eventSource` host (`s3.amazonaws.com` -> `s3`).
fn iam_prefix_of_source(source: &str) -> String {
    let host = source.trim_end_matches(".amazonaws.com");
    match host {
        "monitoring" => "cloudwatch",
        "email" => "ses",
        "elasticfilesystem" => "elasticfilesystem",
        "es" => "es",
        "application-autoscaling" => "application-autoscaling",
        "apigateway" => "apigateway",
        "states" => "states",
        other => other,
    }
    .to_string()
}

/// SDK operation to IAM action(s) for a CloudTrail event: the capture recorder's mapping
/// (botocore service by endpoint prefix, iamlive's map, the identical name when the IAM
/// reference has it), else the few S3 names CloudTrail reports by SDK operation, else the
/// identical name.
pub fn operation_actions(host: &str, operation: &str) -> Vec<String> {
    let models = super::models::models();
    for svc in models.by_endpoint_prefix(host) {
        let (actions, _) = super::arn::actions_and_resources(
            svc,
            operation,
            &super::identify::Params::default(),
            &super::arn::ArnContext::default(),
        );
        if !actions.is_empty() {
            return actions;
        }
    }
    fallback_actions(&iam_prefix_of_source(host), operation)
}

fn fallback_actions(prefix: &str, operation: &str) -> Vec<String> {
    let known: &[(&str, &str, &str)] = &[
        ("s3", "HeadBucket", "s3:ListBucket"),
        ("s3", "HeadObject", "s3:GetObject"),
        ("s3", "ListObjects", "s3:ListBucket"),
        ("s3", "ListObjectsV2", "s3:ListBucket"),
        ("s3", "ListObjectVersions", "s3:ListBucketVersions"),
        ("s3", "GetBucketCors", "s3:GetBucketCORS"),
        ("s3", "PutBucketCors", "s3:PutBucketCORS"),
        ("s3", "DeleteBucketCors", "s3:PutBucketCORS"),
        ("s3", "GetBucketEncryption", "s3:GetEncryptionConfiguration"),
        ("s3", "PutBucketEncryption", "s3:PutEncryptionConfiguration"),
        (
            "s3",
            "DeleteBucketEncryption",
            "s3:PutEncryptionConfiguration",
        ),
        (
            "s3",
            "GetBucketLifecycleConfiguration",
            "s3:GetLifecycleConfiguration",
        ),
        (
            "s3",
            "PutBucketLifecycleConfiguration",
            "s3:PutLifecycleConfiguration",
        ),
        (
            "s3",
            "DeleteBucketLifecycle",
            "s3:PutLifecycleConfiguration",
        ),
        (
            "s3",
            "GetBucketReplication",
            "s3:GetReplicationConfiguration",
        ),
        (
            "s3",
            "GetBucketAccelerateConfiguration",
            "s3:GetAccelerateConfiguration",
        ),
        (
            "s3",
            "GetObjectLockConfiguration",
            "s3:GetBucketObjectLockConfiguration",
        ),
        ("s3", "DeleteObjects", "s3:DeleteObject"),
        ("s3", "DeleteBucketTagging", "s3:PutBucketTagging"),
    ];
    if let Some((_, _, a)) = known
        .iter()
        .find(|(p, o, _)| *p == prefix && *o == operation)
    {
        return vec![a.to_string()];
    }
    let name = format!("{prefix}:{operation}");
    match crate::iam::reference().action(&name) {
        Some(info) => vec![info.full_name()],
        None => Vec::new(),
    }
}

fn strs(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    }
}

fn arns(v: Vec<String>) -> Vec<String> {
    v.into_iter().filter(|r| r.starts_with("arn:")).collect()
}

fn cloudtrail_event(origin: String, e: &Value) -> Result<Call> {
    let (Some(src), Some(name)) = (
        e.get("eventSource").and_then(Value::as_str),
        e.get("eventName").and_then(Value::as_str),
    ) else {
        bail!("{origin}: CloudTrail event without eventSource/eventName");
    };
    let host = src.trim_end_matches(".amazonaws.com");
    let resources = e
        .get("resources")
        .and_then(Value::as_array)
        .map(|rs| {
            rs.iter()
                .filter_map(|r| {
                    r.get("ARN")
                        .or_else(|| r.get("arn"))
                        .and_then(Value::as_str)
                })
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let code = e
        .get("errorCode")
        .and_then(Value::as_str)
        .map(str::to_string);
    Ok(Call {
        origin,
        actions: operation_actions(host, name),
        resources: arns(resources),
        failed: code.is_some(),
        error_code: code,
    })
}

/// Reads one capture file (any supported format).
pub fn read_capture(path: &str) -> Result<Vec<Call>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::new(format!("{path}: cannot read capture: {e}")))?;
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        bail!("{path}: empty capture file");
    }
    // JSONL from `iamplan capture`: one object per line with `iam_actions`.
    if let Some(first) = trimmed.lines().next() {
        if let Ok(Value::Object(o)) = serde_json::from_str::<Value>(first) {
            if o.contains_key("iam_actions") {
                let mut calls = Vec::new();
                for (i, line) in text
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| !l.trim().is_empty())
                {
                    let v: Value = serde_json::from_str(line).map_err(|e| {
                        Error::new(format!("{path}:{}: invalid JSON line: {e}", i + 1))
                    })?;
                    let Some(actions) = v.get("iam_actions") else {
                        bail!("{path}:{}: a call without `iam_actions`", i + 1);
                    };
                    let status = v.get("status").and_then(Value::as_u64).unwrap_or(200);
                    let code = v
                        .get("error_code")
                        .and_then(Value::as_str)
                        .map(str::to_string);
                    calls.push(Call {
                        origin: format!("{path}:{}", i + 1),
                        actions: strs(actions),
                        resources: arns(strs(v.get("resources").unwrap_or(&Value::Null))),
                        failed: status >= 400,
                        error_code: code,
                    });
                }
                return Ok(calls);
            }
        }
    }
    let v: Value = serde_json::from_str(&text).map_err(|e| {
        Error::new(format!(
            "{path}: not a capture (iamplan JSONL, iamlive or CloudTrail JSON): {e}"
        ))
    })?;
    if let Some(st) = v.get("Statement") {
        // iamlive: a policy document of what the run used.
        let list: Vec<&Value> = match st {
            Value::Array(a) => a.iter().collect(),
            Value::Object(_) => vec![st],
            _ => bail!("{path}: iamlive output with a malformed `Statement`"),
        };
        let mut calls = Vec::new();
        for (i, s) in list.into_iter().enumerate() {
            let Some(a) = s.get("Action") else {
                bail!("{path}#Statement[{i}]: no `Action`");
            };
            for action in strs(a) {
                calls.push(Call {
                    origin: format!("{path}#Statement[{i}]"),
                    actions: vec![action],
                    resources: arns(strs(s.get("Resource").unwrap_or(&Value::Null))),
                    failed: false,
                    error_code: None,
                });
            }
        }
        return Ok(calls);
    }
    if let Some(Value::Array(records)) = v.get("Records") {
        return records
            .iter()
            .enumerate()
            .map(|(i, e)| cloudtrail_event(format!("{path}#Records[{i}]"), e))
            .collect();
    }
    if let Some(Value::Array(events)) = v.get("Events") {
        // lookup-events: each event's full record is a JSON string.
        return events
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let origin = format!("{path}#Events[{i}]");
                match e.get("CloudTrailEvent").and_then(Value::as_str) {
                    Some(s) => {
                        let inner: Value = serde_json::from_str(s).map_err(|err| {
                            Error::new(format!("{origin}: CloudTrailEvent is not JSON: {err}"))
                        })?;
                        cloudtrail_event(origin, &inner)
                    }
                    None => bail!("{origin}: lookup-events entry without CloudTrailEvent"),
                }
            })
            .collect();
    }
    bail!("{path}: not a capture: expected iamplan JSONL, iamlive output (`Statement`) or CloudTrail (`Records` / `Events`)");
}

/// Calls every AWS provider makes at start-up, not for any resource: (action, why).
pub const PROVIDER_CALLS: &[(&str, &str)] = &[
    ("sts:GetCallerIdentity", "provider start-up: credentials and account id"),
    ("iam:GetUser", "provider start-up: account id lookup of provider versions before 3.x"),
    ("iam:ListRoles", "provider start-up: account id fallback of old provider versions"),
    (
        "ec2:DescribeAccountAttributes",
        "provider start-up of AWS provider 3.x and earlier (supported EC2 platforms); current versions no longer call it",
    ),
];

#[derive(Debug, Clone)]
pub struct Gap {
    pub action: String,
    pub resources: Vec<String>,
    pub origins: Vec<String>,
    pub failed: bool,
    /// Plan addresses that could have made the call.
    pub candidates: Vec<String>,
    /// Set for provider start-up calls.
    pub provider: Option<&'static str>,
}

impl Gap {
    pub fn attribution(&self) -> &'static str {
        match (self.provider, self.candidates.len()) {
            (Some(_), _) => "provider-level",
            (None, 0) => "unattributed",
            (None, 1) => "attributed",
            _ => "ambiguous",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Unobserved {
    pub action: String,
    pub addresses: Vec<String>,
    pub explanation: String,
}

pub struct Verification {
    pub gaps: Vec<Gap>,
    pub unobserved: Vec<Unobserved>,
    pub calls: usize,
}

/// Whether a predicted resource covers a captured ARN. A `*` in a captured ARN is a segment
/// the capture could not know (a new resource's id, iamlive's `*` for a route53 zone whose id
/// the request carries elsewhere): it stands for the resource the prediction names there.
/// IAM's own resources are named with their path (`role/service-role/x`), but a request that
/// names one by `RoleName` does not carry the path: such an ARN is matched by name.
fn arn_covers(predicted: &str, captured: &str) -> bool {
    // The prediction is policy text: `${*}` there is a name's literal `*`.
    if crate::check::eval::resource_match(predicted, captured)
        || (captured.contains('*') && patterns_overlap(predicted, captured))
    {
        return true;
    }
    match (iam_unpathed(predicted), captured.split_once(":iam::")) {
        (Some(p), Some((_, rest))) if rest.matches('/').count() == 1 => {
            crate::check::eval::resource_match(&p, captured) || patterns_overlap(&p, captured)
        }
        _ => false,
    }
}

/// An IAM role, user, group or instance-profile ARN (pattern) without its path.
fn iam_unpathed(arn: &str) -> Option<String> {
    let (head, rest) = arn.split_once(":iam::")?;
    let (account, res) = rest.split_once(':')?;
    let (kind, name) = res.split_once('/')?;
    if !matches!(kind, "role" | "user" | "group" | "instance-profile") || !name.contains('/') {
        return None;
    }
    let last = name.rsplit('/').next()?;
    Some(format!("{head}:iam::{account}:{kind}/{last}"))
}

/// Whether the prediction allows one action of a call on the call's ARNs (those of the
/// action's resource types). Every ARN of a required type must be allowed. The capture builds
/// an ARN for each optional type it can fill, but outside EC2 an optional type is an
/// alternative target (Route 53's ListTagsForResource of a zone or a health check), so one
/// allowed ARN among them is enough; EC2 authorizes all of them (see predict::arn).
fn call_covered(action: &str, arns: &[&String], allowed: impl Fn(&str) -> bool) -> bool {
    let all_required = crate::iam::reference()
        .action(action)
        .is_some_and(crate::predict::arn::co_authorized);
    let mut optional: Vec<&str> = Vec::new();
    for arn in arns {
        match resource_type_of(action, arn) {
            Some((_, false)) if !all_required => optional.push(arn),
            _ => {
                if !allowed(arn) {
                    return false;
                }
            }
        }
    }
    optional.is_empty() || optional.iter().any(|a| allowed(a))
}

/// Compares a capture with the requirements of a prediction.
pub fn verify(pred: &Prediction, calls: &[Call]) -> Verification {
    let reqs = &pred.requirements;
    let predicted: BTreeMap<String, Vec<&Requirement>> =
        reqs.iter().fold(BTreeMap::new(), |mut m, r| {
            m.entry(r.action.to_ascii_lowercase())
                .or_insert_with(Vec::new)
                .push(r);
            m
        });
    // Rule types by address, for attribution by service.
    let mut gaps: BTreeMap<String, Gap> = BTreeMap::new();
    let mut captured: BTreeSet<String> = BTreeSet::new();
    for c in calls {
        for a in &c.actions {
            let key = a.to_ascii_lowercase();
            captured.insert(key.clone());
            // A call's ARNs are those of all its actions (CreateFunction's function and the
            // role it passes): each action answers only for the ARNs of its resource types.
            let arns: Vec<&String> = c.resources.iter().filter(|r| fits(a, r)).collect();
            let covered = predicted.get(&key).is_some_and(|rs| {
                call_covered(a, &arns, |arn| {
                    rs.iter().any(|r| arn_covers(&r.resource, arn))
                })
            });
            if covered {
                continue;
            }
            // The provider's own start-up calls name no resource (GetUser of the caller);
            // the same action on a named resource is a resource's call.
            let provider = PROVIDER_CALLS
                .iter()
                .find(|(p, _)| p.eq_ignore_ascii_case(a) && arns.is_empty())
                .map(|(_, why)| *why);
            let gkey = if provider.is_some() {
                format!("{key} (provider)")
            } else {
                key
            };
            let g = gaps.entry(gkey).or_insert_with(|| Gap {
                action: a.clone(),
                resources: Vec::new(),
                origins: Vec::new(),
                failed: false,
                candidates: Vec::new(),
                provider,
            });
            g.resources.extend(arns.into_iter().cloned());
            g.origins.push(c.origin.clone());
            g.failed |= c.failed;
        }
    }
    for g in gaps.values_mut() {
        g.resources.sort();
        g.resources.dedup();
        g.origins.sort();
        g.origins.dedup();
        if g.provider.is_some() {
            continue;
        }
        let svc = g
            .action
            .split(':')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let mut by_service: BTreeSet<String> = BTreeSet::new();
        let mut by_arn: BTreeSet<String> = BTreeSet::new();
        for r in reqs {
            let rs = r
                .action
                .split(':')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            if rs != svc || r.because.reason == Reason::Provider {
                continue;
            }
            by_service.insert(r.because.address.to_string());
            // With ARNs in the capture, only resources whose ARNs match can have made it.
            if g.resources.is_empty() || g.resources.iter().any(|a| arn_covers(&r.resource, a)) {
                by_arn.insert(r.because.address.to_string());
            }
        }
        // No resource's ARN matches: the prediction's ARN may be what is wrong, so every
        // resource of the service remains a candidate.
        let cands = if by_arn.is_empty() {
            by_service
        } else {
            by_arn
        };
        g.candidates = cands.into_iter().collect();
    }
    let mut unobserved = Vec::new();
    for (key, rs) in &predicted {
        if captured.contains(key) {
            continue;
        }
        let addresses: BTreeSet<String> =
            rs.iter().map(|r| r.because.address.to_string()).collect();
        let explanation = if rs
            .iter()
            .all(|r| matches!(r.because.reason, Reason::PassRole { .. }))
        {
            "authorization-only: iam:PassRole is checked when the role is handed over; no API call shows it".to_string()
        } else if rs.iter().all(|r| r.because.condition.is_some()) {
            let conds: BTreeSet<String> = rs
                .iter()
                .filter_map(|r| r.because.condition.map(|c| c.describe()))
                .collect();
            format!(
                "conditional path not taken ({})",
                conds.into_iter().collect::<Vec<_>>().join("; ")
            )
        } else if rs
            .iter()
            .all(|r| matches!(r.because.reason, Reason::Update { fallback: true, .. }))
        {
            "update of an attribute the rule does not know: every update action was assumed"
                .to_string()
        } else {
            "predicted but not called in this run: excess, or a path this run did not take"
                .to_string()
        };
        unobserved.push(Unobserved {
            action: rs[0].action.to_string(),
            addresses: addresses.into_iter().collect(),
            explanation,
        });
    }
    Verification {
        gaps: gaps.into_values().collect(),
        unobserved,
        calls: calls.len(),
    }
}

pub fn read_captures(files: &[String]) -> Result<Vec<Call>> {
    let mut calls = Vec::new();
    for f in files {
        calls.extend(read_capture(f)?);
    }
    Ok(calls)
}

fn render(format: VerifyFormat, plan: &str, phase: &str, v: &Verification) -> String {
    match format {
        VerifyFormat::Json => {
            let mut s = serde_json::to_string_pretty(&json!({
                "plan": plan,
                "phase": phase,
                "calls": v.calls,
                "gaps": v.gaps.iter().map(|g| json!({
                    "action": g.action,
                    "attribution": g.attribution(),
                    "candidates": g.candidates,
                    "provider_level": g.provider,
                    "resources": g.resources,
                    "failed_call": g.failed,
                    "captured_at": g.origins,
                })).collect::<Vec<_>>(),
                "unobserved": v.unobserved.iter().map(|u| json!({
                    "action": u.action,
                    "addresses": u.addresses,
                    "explanation": u.explanation,
                })).collect::<Vec<_>>(),
            }))
            .expect("serialises");
            s.push('\n');
            s
        }
        VerifyFormat::Text | VerifyFormat::Markdown => {
            let md = format == VerifyFormat::Markdown;
            let mut out = String::new();
            let verdict = if v.gaps.is_empty() {
                format!("No gap: every call of the capture ({} calls) is predicted for the {phase} phase of {plan}.", v.calls)
            } else {
                format!(
                    "{} gap(s): the capture made calls the {phase} prediction of {plan} lacks.",
                    v.gaps.len()
                )
            };
            out.push_str(&if md {
                format!("## iamplan verify\n\n{verdict}\n")
            } else {
                format!("{verdict}\n")
            });
            if !v.gaps.is_empty() {
                out.push_str(if md {
                    "\n| Gap | Attribution | Resources | Captured at |\n|---|---|---|---|\n"
                } else {
                    "\ngaps (captured, not predicted):\n"
                });
                for g in &v.gaps {
                    let attr = match g.provider {
                        Some(why) => format!("provider-level call: {why}"),
                        None if g.candidates.is_empty() => {
                            "no plan resource of that service".to_string()
                        }
                        None => format!("{}: {}", g.attribution(), g.candidates.join(", ")),
                    };
                    let res = if g.resources.is_empty() {
                        "-".to_string()
                    } else {
                        g.resources.join(", ")
                    };
                    if md {
                        out.push_str(&format!(
                            "| `{}` | {} | {} | {} |\n",
                            g.action,
                            attr.replace('|', "\\|"),
                            res,
                            g.origins.join(", ")
                        ));
                    } else {
                        out.push_str(&format!(
                            "  {}  [{}]{}\n    resources: {}\n    captured at: {}\n",
                            g.action,
                            attr,
                            if g.failed { " (the call failed)" } else { "" },
                            res,
                            g.origins.join(", ")
                        ));
                    }
                }
            }
            if !v.unobserved.is_empty() {
                out.push_str(if md {
                    "\n| Unobserved | Addresses | Why |\n|---|---|---|\n"
                } else {
                    "\nunobserved (predicted, not captured):\n"
                });
                for u in &v.unobserved {
                    if md {
                        out.push_str(&format!(
                            "| `{}` | {} | {} |\n",
                            u.action,
                            u.addresses.join(", "),
                            u.explanation
                        ));
                    } else {
                        out.push_str(&format!(
                            "  {}  ({})\n    {}\n",
                            u.action,
                            u.addresses.join(", "),
                            u.explanation
                        ));
                    }
                }
            }
            out
        }
    }
}

pub fn run(a: VerifyArgs) -> Result<u8> {
    let input = plan::load::read(&a.plan)?;
    let plan = plan::parse(&input.name, &input.text)?;
    let calls = read_captures(&a.captures)?;
    let phase = app::phase(a.phase);
    let pred = predict::predict(&plan, phase, &predict::ScopeFlags::default())?;
    let v = verify(&pred, &calls);
    app::emit(&render(a.format, &plan.name, phase.label(), &v))?;
    Ok(if v.gaps.is_empty() { 0 } else { 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn covered(action: &str, call: &[&str], predicted: &[&str]) -> bool {
        let arns: Vec<String> = call
            .iter()
            .filter(|a| fits(action, a))
            .map(|a| a.to_string())
            .collect();
        let arns: Vec<&String> = arns.iter().collect();
        call_covered(action, &arns, |arn| {
            predicted.iter().any(|p| arn_covers(p, arn))
        })
    }

    #[test]
    fn each_action_answers_for_its_own_resource_types() {
        let f = "arn:aws:lambda:eu-west-1:1:function:f";
        let role = "arn:aws:iam::1:role/r";
        // CreateFunction's call also names the role it passes: that is iam:PassRole's
        assert!(covered("lambda:CreateFunction", &[f, role], &[f]));
        assert!(!covered("lambda:CreateFunction", &[f, role], &[role]));
    }

    #[test]
    fn optional_types_are_alternatives_outside_ec2() {
        let zone = "arn:aws:route53:::hostedzone/Z1";
        let check = "arn:aws:route53:::healthcheck/*";
        assert!(covered(
            "route53:ListTagsForResource",
            &[zone, check],
            &[zone]
        ));
        // EC2 authorizes every resource a request names: the VPC of CreateSecurityGroup too
        let sg = "arn:aws:ec2:eu-west-1:1:security-group/*";
        let vpc = "arn:aws:ec2:eu-west-1:1:vpc/vpc-1";
        assert!(!covered("ec2:CreateSecurityGroup", &[sg, vpc], &[sg]));
        assert!(covered(
            "ec2:CreateSecurityGroup",
            &[sg, vpc],
            &[sg, "arn:aws:ec2:eu-west-1:*:vpc/*"]
        ));
    }

    #[test]
    fn unknown_segments_and_iam_paths() {
        // the capture did not know the zone id; the prediction names it
        assert!(arn_covers(
            "arn:aws:route53:::hostedzone/Z1",
            "arn:aws:route53:::hostedzone/*"
        ));
        // both sides have unknowns in different places
        assert!(arn_covers(
            "arn:aws:iam::*:role/r1",
            "arn:aws:iam::123456789012:role/*"
        ));
        assert!(!arn_covers(
            "arn:aws:iam::*:role/r1",
            "arn:aws:iam::123456789012:user/*"
        ));
        // GetUser by UserName does not carry the user's path
        assert!(arn_covers(
            "arn:aws:iam::1:user/team/u1",
            "arn:aws:iam::1:user/u1"
        ));
        assert!(!arn_covers(
            "arn:aws:iam::1:user/team/u1",
            "arn:aws:iam::1:user/u2"
        ));
        // a captured ARN with a path must match it
        assert!(!arn_covers(
            "arn:aws:iam::1:user/team/u1",
            "arn:aws:iam::1:user/other/u1"
        ));
    }
}
