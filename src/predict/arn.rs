//! Scoping requirements to ARNs. Each action's resource comes from the rule (the resource's
//! own ARN template, or a block's `resource` template) and the IAM reference's ARN templates
//! for the action's resource types, filled from plan values: a value unknown until apply (or
//! sensitive) makes only its segment a wildcard. Partition, region and account come from the
//! flags, then the provider configuration, then ARNs and caller identity already in the plan.
//! Values from the plan are literal names: their `$`, `*` and `?` are escaped as IAM defines
//! (`${$}`, `${*}`, `${?}`), so that only the wildcards iamplan itself writes are wildcards,
//! and an ARN copied whole from the plan is used only when it is well formed.

use crate::iam::{reference, ActionInfo};
use crate::plan::{Mode, Plan, Values};
use crate::rules::Rule;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

/// What the user fixed on the command line.
#[derive(Debug, Clone, Default)]
pub struct ScopeFlags {
    pub partition: Option<String>,
    pub region: Option<String>,
    pub account: Option<String>,
    /// `--wildcard-resources`: every resource is `*`.
    pub wildcard: bool,
}

/// Partition, account and per-provider regions for one plan.
#[derive(Debug, Clone)]
pub struct Scope {
    pub wildcard: bool,
    pub partition: String,
    pub account: String,
    region_flag: Option<String>,
    default_region: Option<String>,
    provider_regions: HashMap<String, Option<String>>,
}

impl Scope {
    pub fn resolve(plan: &Plan<'_>, flags: &ScopeFlags) -> Scope {
        let mut provider_regions = HashMap::new();
        let mut first_region = None;
        for p in plan.provider_configs().into_iter().filter(|p| p.is_aws()) {
            let r = p
                .values
                .get("region")
                .and_then(|v| v.as_str())
                .map(str::to_string);
            if p.key == "aws" {
                first_region = r.clone();
            }
            provider_regions.insert(p.key, r);
        }
        let seen = discover(plan);
        let default_region = first_region.or(seen.region);
        let partition = flags
            .partition
            .clone()
            .or(seen.partition)
            .unwrap_or_else(|| {
                partition_of(
                    flags
                        .region
                        .as_deref()
                        .or(default_region.as_deref())
                        .unwrap_or(""),
                )
                .to_string()
            });
        Scope {
            wildcard: flags.wildcard,
            partition,
            account: flags
                .account
                .clone()
                .or(seen.account)
                .unwrap_or_else(|| "*".into()),
            region_flag: flags.region.clone(),
            default_region,
            provider_regions,
        }
    }

    /// The region a resource lives in (`*` when it cannot be known before apply).
    pub fn region_for(&self, plan: &Plan<'_>, address: &str) -> String {
        self.region_of(plan.provider_config_key(address))
    }

    /// The region of resources using a provider configuration key (`None`: they name none).
    pub fn region_of(&self, provider_key: Option<&str>) -> String {
        if let Some(r) = &self.region_flag {
            return r.clone();
        }
        if let Some(key) = provider_key {
            if let Some(Some(r)) = self.provider_regions.get(key) {
                return r.clone();
            }
        }
        self.default_region.clone().unwrap_or_else(|| "*".into())
    }
}

fn partition_of(region: &str) -> &'static str {
    if region.starts_with("cn-") {
        "aws-cn"
    } else if region.starts_with("us-gov-") {
        "aws-us-gov"
    } else {
        "aws"
    }
}

#[derive(Default)]
struct Seen {
    partition: Option<String>,
    region: Option<String>,
    account: Option<String>,
}

/// Account, region and partition from what the plan already knows: a caller-identity data
/// source, else the most frequent values in ARNs of existing and planned resources.
fn discover(plan: &Plan<'_>) -> Seen {
    let mut seen = Seen::default();
    for r in plan.prior.iter().chain(plan.planned.iter()) {
        if r.mode == Mode::Data && r.type_name == "aws_caller_identity" {
            let v = Values::from_raw(r.values, None, r.sensitive_values);
            if let Some(a) = v.string("account_id").filter(|a| is_account(a)) {
                seen.account = Some(a);
            }
        }
    }
    let mut accounts: BTreeMap<String, usize> = BTreeMap::new();
    let mut regions: BTreeMap<String, usize> = BTreeMap::new();
    let mut partitions: BTreeMap<String, usize> = BTreeMap::new();
    let texts = plan
        .prior
        .iter()
        .filter_map(|r| r.values)
        .chain(plan.changes.iter().filter_map(|c| c.before))
        .chain(plan.changes.iter().filter_map(|c| c.after));
    let mut found = 0;
    'outer: for t in texts {
        let t = t.get();
        for i in memchr::memmem::find_iter(t.as_bytes(), b"\"arn:aws") {
            let rest = &t[i + 1..];
            let end = rest.find('"').unwrap_or(rest.len());
            let parts: Vec<&str> = rest[..end].splitn(6, ':').collect();
            if parts.len() == 6 {
                *partitions.entry(parts[1].to_string()).or_default() += 1;
                if !parts[3].is_empty() {
                    *regions.entry(parts[3].to_string()).or_default() += 1;
                }
                if is_account(parts[4]) {
                    *accounts.entry(parts[4].to_string()).or_default() += 1;
                }
                found += 1;
                // Enough to be sure; keeps a 40 MB plan from being scanned twice.
                if found >= 200 {
                    break 'outer;
                }
            }
        }
    }
    let top = |m: BTreeMap<String, usize>| {
        m.into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(k, _)| k)
    };
    seen.account = seen.account.or(top(accounts));
    seen.region = top(regions);
    seen.partition = top(partitions);
    seen
}

fn is_account(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// An ARN template with every `${...}` replaced by `*`, for comparing shapes.
pub fn shape(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(i) = rest.find("${") {
        out.push_str(&rest[..i]);
        // `${path}${name}` is one wildcard segment, as IAM's `${RoleNameWithPath}` is.
        if !out.ends_with('*') {
            out.push('*');
        }
        match rest[i..].find('}') {
            Some(j) => rest = &rest[i + j + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// IAM wildcard match (`*` any run, `?` one character), case-sensitive as ARNs are.
pub fn wildcard_match(pattern: &str, text: &str) -> bool {
    crate::iam::pattern::matches(pattern, text)
}

/// Whether two wildcard patterns (`*`, `?`) can match one same string: a predicted resource
/// with an unknown segment and a captured ARN with a segment the capture could not know.
/// As IAM matches ARNs, each of the six colon-separated parts is compared on its own (a `*` in
/// the account does not reach into the resource).
pub fn patterns_overlap(a: &str, b: &str) -> bool {
    let (pa, pb): (Vec<&str>, Vec<&str>) = (a.splitn(6, ':').collect(), b.splitn(6, ':').collect());
    pa.len() == pb.len()
        && pa
            .iter()
            .zip(&pb)
            .all(|(x, y)| crate::iam::pattern::overlap(x, y))
}

/// The IAM resource type of the action that an ARN has, and whether the action requires it.
pub fn resource_type_of(action: &str, arn: &str) -> Option<(&'static str, bool)> {
    let r = reference();
    let info = r.action(action)?;
    info.resource_types.iter().copied().find(|(rt, _)| {
        r.arn_template(info.service, rt)
            .is_some_and(|t| wildcard_match(&shape(t), arn))
    })
}

/// A name from the plan as `Resource` text: its `$`, `*` and `?` as IAM's escapes for the
/// literal character. Unescaped, `${template-name}` would be a policy variable (matching
/// nothing, or the caller's own name) and `*` would widen the grant to every name.
pub fn escape(value: &str) -> Cow<'_, str> {
    if !value.contains(['$', '*', '?']) {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        match c {
            '$' => out.push_str("${$}"),
            '*' => out.push_str("${*}"),
            '?' => out.push_str("${?}"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The literal name an [`escape`]d resource stands for: each `${$}`, `${*}` and `${?}` back to
/// its character (a `*` or `?` iamplan wrote stays as it is).
pub fn unescape(resource: &str) -> Cow<'_, str> {
    if !resource.contains("${") {
        return Cow::Borrowed(resource);
    }
    let mut out = String::with_capacity(resource.len());
    let mut rest = resource;
    while let Some(i) = rest.find("${") {
        out.push_str(&rest[..i]);
        match rest.as_bytes().get(i + 2..i + 4) {
            Some([c @ (b'$' | b'*' | b'?'), b'}']) => {
                out.push(char::from(*c));
                rest = &rest[i + 4..];
            }
            _ => {
                out.push_str("${");
                rest = &rest[i + 2..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Whether text from the plan is an ARN fit to copy into a policy as it is:
/// `arn:partition:service:region:account:resource`, the partition an AWS one, the account
/// empty, twelve digits or `aws`, a resource part, and no whitespace or control characters
/// anywhere. Anything else (a typo'd account with a space in it, an interpolation Terraform
/// left in) is rebuilt from a template instead.
pub fn well_formed(arn: &str) -> bool {
    if arn.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let mut parts = arn.splitn(6, ':');
    let (Some("arn"), Some(partition), Some(service), Some(region), Some(account), Some(rest)) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return false;
    };
    let word = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    partition.starts_with("aws")
        && word(partition)
        && !service.is_empty()
        && word(service)
        && word(region)
        && (account.is_empty() || account == "aws" || is_account(account))
        && !rest.is_empty()
}

/// A whole ARN taken from the plan, as `Resource` text: escaped when well formed, else `None`
/// (the caller builds it from a template). CloudWatch Logs gives a log group's ARN as
/// `...:log-group:NAME:*`, its streams included (DescribeLogGroups, and the `arn` of older
/// providers): that last `*` is AWS's own wildcard and stays one; a log group name cannot hold
/// a `*`.
pub fn from_plan(arn: &str) -> Option<Cow<'_, str>> {
    if !well_formed(arn) {
        return None;
    }
    if arn.split(':').nth(2) == Some("logs") {
        if let Some(group) = arn.strip_suffix(":*").filter(|g| g.contains(":log-group:")) {
            return Some(Cow::Owned(format!("{}:*", escape(group))));
        }
    }
    Some(escape(arn))
}

/// Fills an ARN template from scope and values. `${attr}` that is unknown, missing or
/// sensitive becomes `*`; a value that is itself an ARN stands for the whole template when the
/// template is just that variable, if it is well formed (else `*`, which callers replace with
/// the IAM template's pattern). Every plan value is [`escape`]d; scope values are not, as they
/// come from flags and the provider and `*` there means "any".
pub fn fill(
    template: &str,
    values: &Values,
    partition: &str,
    region: &str,
    account: &str,
) -> String {
    fill_with(template, values, [partition, region, account], false)
}

/// [`fill`]; with `partial`, a `*` in a value is a wildcard the module reader wrote for a part
/// unknown until apply ([`crate::plan::Plan::partial_values`]), kept as it is.
pub fn fill_with(template: &str, values: &Values, scope: [&str; 3], partial: bool) -> String {
    let [partition, region, account] = scope;
    let escape = |v: &str| -> String {
        if partial {
            v.split('*')
                .map(|p| escape(p))
                .collect::<Vec<_>>()
                .join("*")
        } else {
            escape(v).into_owned()
        }
    };
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(i) = rest.find("${") {
        out.push_str(&rest[..i]);
        let Some(j) = rest[i..].find('}') else {
            break;
        };
        let var = &rest[i + 2..i + j];
        rest = &rest[i + j + 1..];
        match var {
            "partition" | "Partition" => out.push_str(partition),
            "region" | "Region" => out.push_str(region),
            "account" | "Account" => out.push_str(account),
            attr => match values.str_at(attr).filter(|v| !v.is_empty()) {
                Some(v) if v.starts_with("arn:") && just(template, var) => {
                    return from_plan(&v).map_or_else(|| "*".to_string(), Cow::into_owned);
                }
                // Path-like names (`/app/key`) after a `/` in the template.
                Some(v) if out.ends_with('/') => out.push_str(&escape(v.trim_start_matches('/'))),
                Some(v) => out.push_str(&escape(&v)),
                None => out.push('*'),
            },
        }
    }
    out.push_str(rest);
    out
}

/// At most this many ARNs from one template: past it, a path that gives several values fills
/// its segment with `*` instead (one wildcard ARN covers them all).
const MAX_EACH: usize = 64;

/// Fills an action's ARN template from its configuration values (JSON, with Terraform's
/// unknown and sensitive masks), one ARN per combination of values: a path through a list
/// takes each element's value. A value that is itself an ARN stands for the whole template; a
/// value that is unknown, sensitive, missing, or has a `:` (a qualified or partial name, never
/// one ARN segment) becomes `*`. Paths are walked with a work list, not recursion.
pub fn fill_each(
    template: &str,
    config: &serde_json::Value,
    unknown: &serde_json::Value,
    sensitive: &serde_json::Value,
    scope: [&str; 3],
) -> Vec<String> {
    let [partition, region, account] = scope;
    // The template as literal text and variables, each variable with its candidate values
    // (`None` for a wildcard).
    let mut parts: Vec<(String, Option<Vec<Option<String>>>)> = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find("${") {
        let Some(j) = rest[i..].find('}') else {
            break;
        };
        parts.push((rest[..i].to_string(), None));
        let var = &rest[i + 2..i + j];
        rest = &rest[i + j + 1..];
        let fixed = match var {
            "partition" | "Partition" => Some(partition),
            "region" | "Region" => Some(region),
            "account" | "Account" => Some(account),
            _ => None,
        };
        let values = match fixed {
            Some(v) => vec![Some(v.to_string())],
            None => values_at(config, unknown, sensitive, var),
        };
        if let Some(arn) = values.iter().flatten().find(|v| v.starts_with("arn:")) {
            if values.len() == 1 {
                // Only a well-formed ARN is copied, escaped; another stands for any resource.
                return vec![from_plan(arn).map_or_else(|| "*".to_string(), Cow::into_owned)];
            }
        }
        parts.push((String::new(), Some(values)));
    }
    parts.push((rest.to_string(), None));
    let combos: usize = parts
        .iter()
        .filter_map(|(_, v)| v.as_ref().map(|v| v.len().max(1)))
        .product();
    let mut outs = vec![String::new()];
    for (text, values) in &parts {
        for o in &mut outs {
            o.push_str(text);
        }
        let Some(values) = values else {
            continue;
        };
        let one = |o: &String, v: &Option<String>| -> String {
            let mut o = o.clone();
            match v.as_deref().filter(|v| !v.is_empty() && !v.contains(':')) {
                Some(v) if o.ends_with('/') => o.push_str(&escape(v.trim_start_matches('/'))),
                Some(v) => o.push_str(&escape(v)),
                None => o.push('*'),
            }
            o
        };
        outs = if values.len() == 1 || combos > MAX_EACH {
            let v = if values.len() == 1 { &values[0] } else { &None };
            outs.iter().map(|o| one(o, v)).collect()
        } else {
            outs.iter()
                .flat_map(|o| values.iter().map(move |v| one(o, v)))
                .collect()
        };
    }
    // Values that are ARNs (their `:` made them `*` above) stand for themselves.
    let arns = parts
        .iter()
        .filter_map(|(_, v)| v.as_ref())
        .flatten()
        .flatten()
        .filter(|v| v.starts_with("arn:"))
        .map(|v| from_plan(v).map_or_else(|| "*".to_string(), Cow::into_owned));
    let mut outs: Vec<String> = outs.into_iter().chain(arns).collect();
    outs.sort();
    outs.dedup();
    outs
}

/// Every value at a dotted path (a list on the way: each element's), as text; `None` where
/// it is unknown, sensitive, missing or not a string or number. Never empty.
fn values_at(
    config: &serde_json::Value,
    unknown: &serde_json::Value,
    sensitive: &serde_json::Value,
    path: &str,
) -> Vec<Option<String>> {
    use serde_json::Value;
    static NULL: Value = Value::Null;
    let null = &NULL;
    let mut nodes = vec![(config, unknown, sensitive)];
    for seg in path.split('.') {
        let mut next = Vec::new();
        // Lists on the way: each element, as many levels as there are.
        let mut work = nodes;
        while let Some((v, u, s)) = work.pop() {
            if u == &Value::Bool(true) || s == &Value::Bool(true) {
                next.push((null, u, s));
                continue;
            }
            match v {
                Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        work.push((item, u.get(i).unwrap_or(null), s.get(i).unwrap_or(null)));
                    }
                }
                _ => {
                    next.push((
                        v.get(seg).unwrap_or(null),
                        u.get(seg).unwrap_or(null),
                        s.get(seg).unwrap_or(null),
                    ));
                }
            }
        }
        next.reverse();
        nodes = next;
    }
    let mut out = Vec::new();
    let mut work: Vec<_> = nodes.into_iter().rev().collect();
    while let Some((v, u, s)) = work.pop() {
        if u == &Value::Bool(true) || s == &Value::Bool(true) {
            out.push(None);
            continue;
        }
        match v {
            Value::String(t) => out.push(Some(t.clone())),
            Value::Number(n) => out.push(Some(n.to_string())),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate().rev() {
                    work.push((item, u.get(i).unwrap_or(null), s.get(i).unwrap_or(null)));
                }
            }
            _ => out.push(None),
        }
    }
    if out.is_empty() {
        out.push(None);
    }
    out.dedup();
    out
}

/// Whether the template is `${var}` and nothing else.
fn just(template: &str, var: &str) -> bool {
    template
        .trim()
        .strip_prefix("${")
        .and_then(|t| t.strip_suffix('}'))
        == Some(var)
}

/// Whether an ARN (or pattern) matches one of the action's IAM resource types. Actions the
/// reference does not know, or without resource types, take anything.
pub fn fits(action: &str, resource: &str) -> bool {
    fit_shapes(action).is_none_or(|ss| ss.iter().any(|s| wildcard_match(s, resource)))
}

/// What [`fits`] matches against: the shapes of the action's resource types' ARN templates,
/// or `None` when the action takes anything.
pub fn fit_shapes(action: &str) -> Option<std::sync::Arc<[std::sync::Arc<str>]>> {
    let r = reference();
    let info = r.action(action)?;
    if info.resource_types.is_empty() {
        return None;
    }
    Some(
        info.resource_types
            .iter()
            .filter_map(|(rt, _)| r.arn_template(info.service, rt))
            // A resource type may have several templates ("a, b": API Gateway's Stage is
            // under /apis/ and /restapis/); an ARN of any of them fits.
            .flat_map(|t| t.split(", "))
            .map(|t| std::sync::Arc::from(shape(t).as_str()))
            .collect(),
    )
}

/// How one action of one rule is scoped, decided once per (rule, action).
#[derive(Debug, Clone)]
pub enum Scoping {
    /// No resource type (or only optional ones, none of them this resource): `*`.
    Star,
    /// The resource's own ARN (of the IAM template given), plus wildcard patterns for the
    /// other required types.
    Own(&'static str, Vec<&'static str>),
    /// Wildcard patterns of the action's required resource types.
    Patterns(Vec<&'static str>),
}

/// Services that authorize every resource a request names, not only the required one: EC2
/// checks CreateSecurityGroup against the VPC it names as well as the new group, and
/// CreateNatGateway against its subnet and Elastic IP. The reference marks those types
/// optional (a request need not name them), so a policy scoped to the required type alone is
/// denied; their patterns are part of the scope. (Elsewhere an optional type is an
/// alternative target, as SSM's AddTagsToResource on a parameter or a document, and so are
/// the hundred types of EC2's CreateTags.)
pub fn co_authorized(info: &ActionInfo) -> bool {
    info.service == "ec2" && info.access != crate::iam::AccessLevel::Tagging
}

/// Whether an ARN template is of the service itself (RunInstances also lists Elastic Inference
/// and License Manager types, named only by requests that use them).
fn same_service(tpl: &str, service: &str) -> bool {
    tpl.split(':').nth(2) == Some(service)
}

pub fn decide(rule: &Rule, info: Option<&'static ActionInfo>) -> Scoping {
    let Some(info) = info else {
        return Scoping::Star;
    };
    let refr = reference();
    let own_shape = rule.arn.as_deref().map(shape);
    // `arn = "${arn}"`: the resource's own ARN attribute, of whatever shape the action's
    // resource type in the rule's own service has.
    let whole = own_shape.as_deref() == Some("*");
    let mut own: Option<&'static str> = None;
    let mut others = Vec::new();
    for (rt, required) in &info.resource_types {
        let Some(tpl) = refr.arn_template(info.service, rt) else {
            continue;
        };
        let same = if whole {
            info.service == rule.service
        } else {
            own_shape.as_deref() == Some(shape(tpl).as_str())
        };
        if own.is_none() && same {
            own = Some(tpl);
        } else if *required || (co_authorized(info) && same_service(tpl, info.service)) {
            others.push(tpl);
        }
    }
    if let Some(tpl) = own {
        Scoping::Own(tpl, others)
    } else if others.is_empty() {
        Scoping::Star
    } else {
        Scoping::Patterns(others)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_matching() {
        assert_eq!(shape("arn:${Partition}:s3:::${BucketName}"), "arn:*:s3:::*");
        assert_eq!(shape("arn:${partition}:s3:::${bucket}"), "arn:*:s3:::*");
        assert!(wildcard_match("arn:aws:s3:::*", "arn:aws:s3:::b"));
        assert!(wildcard_match(
            "arn:*:ec2:*:*:vpc/*",
            "arn:aws:ec2:eu-west-1:1:vpc/*"
        ));
        assert!(!wildcard_match("arn:aws:s3:::a", "arn:aws:s3:::A"));
    }

    #[test]
    fn fill_makes_unknown_segments_wildcards() {
        let v = Values::from_text(
            Some(r#"{"bucket":"b","name":"/app/x","kms":"arn:aws:kms:r:123456789012:key/k"}"#),
            Some(r#"{"id":true}"#),
        );
        assert_eq!(
            fill("arn:${partition}:s3:::${bucket}", &v, "aws", "r", "1"),
            "arn:aws:s3:::b"
        );
        assert_eq!(
            fill(
                "arn:${partition}:ec2:${region}:${account}:vpc/${id}",
                &v,
                "aws",
                "eu-west-1",
                "1"
            ),
            "arn:aws:ec2:eu-west-1:1:vpc/*"
        );
        assert_eq!(
            fill(
                "arn:${partition}:ssm:${region}:${account}:parameter/${name}",
                &v,
                "aws",
                "r",
                "1"
            ),
            "arn:aws:ssm:r:1:parameter/app/x"
        );
        assert_eq!(
            fill("${kms}", &v, "aws", "r", "1"),
            "arn:aws:kms:r:123456789012:key/k"
        );
        assert_eq!(fill("${missing}", &v, "aws", "r", "1"), "*");
    }

    #[test]
    fn fill_each_takes_every_element() {
        let c: serde_json::Value = serde_json::from_str(
            r#"{"entry":[{"event_bus_name":"a"},{"event_bus_name":"arn:aws:events:eu-west-1:123456789012:event-bus/b"},{}],
                "function_name":"f:PROD","name":"x","secret":"s"}"#,
        )
        .unwrap();
        let u: serde_json::Value = serde_json::from_str(r#"{"entry":[{},{},{}]}"#).unwrap();
        let s: serde_json::Value = serde_json::from_str(r#"{"secret":true}"#).unwrap();
        let f = |t: &str| fill_each(t, &c, &u, &s, ["aws", "r", "1"]);
        assert_eq!(
            f("arn:${partition}:events:${region}:${account}:event-bus/${entry.event_bus_name}"),
            vec![
                "arn:aws:events:eu-west-1:123456789012:event-bus/b",
                "arn:aws:events:r:1:event-bus/*",
                "arn:aws:events:r:1:event-bus/a"
            ]
        );
        // A qualified name is not one segment; a sensitive value is never written out.
        assert_eq!(
            f("arn:${partition}:lambda:r:1:function:${function_name}"),
            vec!["arn:aws:lambda:r:1:function:*"]
        );
        assert_eq!(f("p/${secret}/${name}"), vec!["p/*/x"]);
        let u2: serde_json::Value = serde_json::from_str(r#"{"name":true}"#).unwrap();
        assert_eq!(
            fill_each("t/${name}", &c, &u2, &s, ["aws", "r", "1"]),
            vec!["t/*"]
        );
    }

    #[test]
    fn plan_values_are_escaped_and_wildcards_are_not() {
        let v = Values::from_text(
            Some(
                r#"{"bucket":"${template-name}","name":"/a*/b?c","arn":"arn:aws:s3:::x*y","id":"$"}"#,
            ),
            Some(r#"{"key":true}"#),
        );
        let t = "arn:${partition}:s3:::${bucket}/${key}";
        assert_eq!(
            fill(t, &v, "aws", "r", "1"),
            "arn:aws:s3:::${$}{template-name}/*"
        );
        assert_eq!(
            fill(
                "arn:${partition}:ssm:${region}:${account}:parameter/${name}",
                &v,
                "aws",
                "*",
                "*"
            ),
            "arn:aws:ssm:*:*:parameter/a${*}/b${?}c"
        );
        assert_eq!(fill("${arn}", &v, "aws", "r", "1"), "arn:aws:s3:::x${*}y");
        assert_eq!(fill("x/${id}", &v, "aws", "r", "1"), "x/${$}");
        // Escaping round-trips, and leaves what iamplan wrote alone.
        for s in ["${template-name}", "a*b?c$", "$${", "plain", "${$}", "é*"] {
            assert_eq!(unescape(&escape(s)), s, "{s}");
        }
        assert_eq!(unescape("arn:aws:s3:::a${*}b/*"), "arn:aws:s3:::a*b/*");
        assert_eq!(unescape("${aws:username}/${$"), "${aws:username}/${$");
    }

    #[test]
    fn only_well_formed_arns_are_copied() {
        for ok in [
            "arn:aws:iam::123456789012:role/x",
            "arn:aws:s3:::b",
            "arn:aws:iam::aws:policy/ReadOnlyAccess",
            "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/k",
            "arn:aws:s3:::a*b",
        ] {
            assert!(well_formed(ok), "{ok}");
        }
        for bad in [
            "arn:aws:iam:: 123456789012:role/x",
            "arn:aws:iam::12345:role/x",
            "arn:aws:iam::123456789012:role/x\n",
            "arn:aws:iam::123456789012:role/a b",
            "arn:aws:iam::123456789012:role/a\tb",
            "arn:aws:iam::123456789012",
            "arn:aws:iam::123456789012:",
            "arn::iam::123456789012:role/x",
            "arn:Aws:iam::123456789012:role/x",
            "arn:aws:IAM::123456789012:role/x",
            "arn:aws:iam:${region}:123456789012:role/x",
            "nope:aws:iam::123456789012:role/x",
        ] {
            assert!(!well_formed(bad), "{bad:?}");
        }
        assert_eq!(
            from_plan("arn:aws:logs:eu-west-1:123456789012:log-group:g:*").as_deref(),
            Some("arn:aws:logs:eu-west-1:123456789012:log-group:g:*")
        );
        assert_eq!(
            from_plan("arn:aws:s3:::b/*").as_deref(),
            Some("arn:aws:s3:::b/${*}")
        );
        let v = Values::from_text(
            Some(r#"{"role_arn":"arn:aws:iam:: 123456789012:role/x"}"#),
            None,
        );
        assert_eq!(fill("${role_arn}", &v, "aws", "r", "1"), "*");
    }
}
