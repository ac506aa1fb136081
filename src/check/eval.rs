//! IAM policy evaluation for one request (action + resource + the condition context iamplan
//! knows): explicit Deny wins; Allow via Action/NotAction and Resource/NotResource with `*`
//! and `?` wildcards (actions case-insensitive, ARNs case-sensitive); policy variables match
//! no unknown value; a Condition iamplan cannot evaluate makes an Allow conditional. Identity
//! policies are a union; a permissions boundary and each SCP file intersect with them.

use super::policy_set::{Doc, Effect, Match, Stmt};
use crate::iam::pattern::{self, has_variable};
use crate::predict::arn::wildcard_match;
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Allowed,
    /// Allowed only if conditions hold that iamplan cannot evaluate (statement origins).
    Conditional(Vec<String>),
    /// No statement allows it (in this layer: identity, boundary or an SCP).
    ImplicitDeny(&'static str),
    /// A Deny statement applies (its origin).
    ExplicitDeny(String),
}

/// Everything evaluation takes besides the request.
#[derive(Debug, Default, Clone)]
pub struct PolicySet {
    pub identity: Vec<Doc>,
    pub boundary: Option<Doc>,
    /// Each file is one level of the organisation: every one must allow.
    pub scps: Vec<Doc>,
    pub assume_conditions: bool,
}

/// One request: action, resource, and condition keys known from the plan.
pub struct Request<'a> {
    pub action: &'a str,
    pub resource: &'a str,
    pub context: &'a [(&'a str, &'a str)],
}

/// Case-insensitive IAM wildcard match, as for action names.
pub fn action_match(pattern: &str, action: &str) -> bool {
    pattern::matches_ignore_case(pattern, action)
}

/// A resource pattern against a resource. `${*}`, `${?}` and `${$}` stand for the literal
/// character; any other policy variable (`${aws:username}`) has no known value here, so the
/// pattern matches nothing.
pub fn resource_match(pattern: &str, resource: &str) -> bool {
    pattern::matches_resource(pattern, resource)
}

/// Three-valued result for conditions and for whether a statement applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cond {
    True,
    False,
    Unknown,
}

/// Could some concrete resource of the (possibly wildcard) request match the pattern? A
/// request such as `arn:aws:s3:::*` stands for names not known before apply.
fn overlaps(pattern: &str, request: &str) -> bool {
    resource_match(pattern, request)
        || (stands_for_names(request) && wildcard_match(request, pattern))
}

/// A request resource with `*` standing for names not known before apply. A lone `*` is the
/// resource of actions that take no resource type, and AWS compares it literally.
fn stands_for_names(request: &str) -> bool {
    request != "*" && request.contains('*')
}

/// Whether a statement applies to the request: Unknown when it depends on a value iamplan
/// cannot know (a policy variable in `NotResource`, or a wildcard request that only part of
/// the statement's resources cover).
fn applies(s: &Stmt, r: &Request) -> Cond {
    let action = match &s.actions {
        Match::In(ps) => ps.iter().any(|p| action_match(p, r.action)),
        Match::NotIn(ps) => !ps.iter().any(|p| action_match(p, r.action)),
    };
    if !action {
        return Cond::False;
    }
    match &s.resources {
        Match::In(ps) => {
            if ps.iter().any(|p| resource_match(p, r.resource)) {
                Cond::True
            } else if s.effect == Effect::Deny
                && ps
                    .iter()
                    .any(|p| !has_variable(p) && overlaps(p, r.resource))
            {
                // Some resources the request stands for are denied.
                Cond::Unknown
            } else {
                Cond::False
            }
        }
        Match::NotIn(ps) => {
            if ps.iter().any(|p| resource_match(p, r.resource)) {
                Cond::False
            } else if ps
                .iter()
                .any(|p| has_variable(p) || overlaps(p, r.resource))
            {
                Cond::Unknown
            } else {
                Cond::True
            }
        }
    }
}

/// Evaluates a Condition block against the known context keys; any key or operator iamplan
/// does not know makes the whole block Unknown.
fn condition(c: &serde_json::Map<String, Value>, ctx: &[(&str, &str)]) -> Cond {
    let mut all = Cond::True;
    for (op, keys) in c {
        let Some(keys) = keys.as_object() else {
            return Cond::Unknown;
        };
        let (base, if_exists) = match op.strip_suffix("IfExists") {
            Some(b) => (b, true),
            None => (op.as_str(), false),
        };
        for (key, vals) in keys {
            let vals: Vec<&str> = match vals {
                Value::String(s) => vec![s.as_str()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                _ => return Cond::Unknown,
            };
            let Some((_, actual)) = ctx.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)) else {
                let _ = if_exists;
                // Unknown, unless another key of the block is false: the block is an AND.
                if all != Cond::False {
                    all = Cond::Unknown;
                }
                continue;
            };
            let hit = match base {
                "StringEquals" | "ForAnyValue:StringEquals" => vals.contains(actual),
                "StringEqualsIgnoreCase" => vals.iter().any(|v| v.eq_ignore_ascii_case(actual)),
                "StringLike" | "ForAnyValue:StringLike" => {
                    vals.iter().any(|v| wildcard_match(v, actual))
                }
                "StringNotEquals" => !vals.contains(actual),
                "StringNotLike" => !vals.iter().any(|v| wildcard_match(v, actual)),
                _ => return Cond::Unknown,
            };
            if !hit {
                all = Cond::False;
            }
        }
    }
    all
}

/// One layer (a set of documents that are unioned): Allowed / Conditional / not allowed /
/// explicitly denied.
fn layer(docs: &[&Doc], r: &Request, assume: bool, name: &'static str) -> Decision {
    let mut allowed = false;
    let mut allow_if = Vec::new();
    let mut deny_if = Vec::new();
    for d in docs {
        for s in &d.statements {
            let a = applies(s, r);
            if a == Cond::False {
                continue;
            }
            let c = match (&s.condition, a) {
                (_, Cond::Unknown) => match &s.condition {
                    Some(c) if condition(c, r.context) == Cond::False => Cond::False,
                    _ => Cond::Unknown,
                },
                (None, _) => Cond::True,
                (Some(c), _) => condition(c, r.context),
            };
            match (s.effect, c) {
                (Effect::Deny, Cond::True) => return Decision::ExplicitDeny(s.origin.clone()),
                (Effect::Deny, Cond::Unknown) if !assume => deny_if.push(s.origin.clone()),
                (Effect::Allow, Cond::True) => allowed = true,
                (Effect::Allow, Cond::Unknown) if assume => allowed = true,
                (Effect::Allow, Cond::Unknown) => allow_if.push(s.origin.clone()),
                _ => {}
            }
        }
    }
    if allowed && deny_if.is_empty() {
        Decision::Allowed
    } else if allowed || !allow_if.is_empty() {
        // Allowed only if the allowing conditions hold and the denying ones do not.
        allow_if.extend(deny_if);
        Decision::Conditional(allow_if)
    } else {
        Decision::ImplicitDeny(name)
    }
}

pub fn evaluate(set: &PolicySet, r: &Request) -> Decision {
    let mut layers: Vec<(Vec<&Doc>, &'static str)> =
        vec![(set.identity.iter().collect(), "identity policies")];
    if let Some(b) = &set.boundary {
        layers.push((vec![b], "permissions boundary"));
    }
    for s in &set.scps {
        layers.push((vec![s], "service control policy"));
    }
    let mut worst = Decision::Allowed;
    for (docs, name) in &layers {
        match layer(docs, r, set.assume_conditions, name) {
            d @ Decision::ExplicitDeny(_) => return d,
            d @ Decision::ImplicitDeny(_) => {
                if !matches!(worst, Decision::ImplicitDeny(_)) {
                    worst = d;
                }
            }
            Decision::Conditional(mut o) => match &mut worst {
                Decision::Allowed => worst = Decision::Conditional(o),
                Decision::Conditional(w) => w.append(&mut o),
                _ => {}
            },
            Decision::Allowed => {}
        }
    }
    worst
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::policy_set::parse_doc;

    fn set(doc: &str) -> PolicySet {
        PolicySet {
            identity: vec![parse_doc("t", &serde_json::from_str(doc).unwrap()).unwrap()],
            ..Default::default()
        }
    }

    fn eval(s: &PolicySet, a: &str, r: &str) -> Decision {
        evaluate(
            s,
            &Request {
                action: a,
                resource: r,
                context: &[],
            },
        )
    }

    #[test]
    fn allow_deny_and_not_forms() {
        let s = set(r#"{"Statement":[
            {"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b*"},
            {"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"},
            {"Effect":"Allow","NotAction":"iam:*","NotResource":"arn:aws:ec2:*:*:vpc/*","Condition":{"StringEquals":{"aws:RequestedRegion":"eu-west-1"}}}]}"#);
        assert_eq!(
            eval(&s, "s3:CreateBucket", "arn:aws:s3:::bucket"),
            Decision::Allowed
        );
        assert_eq!(
            eval(&s, "S3:createbucket", "arn:aws:s3:::bucket"),
            Decision::Allowed
        );
        assert!(matches!(
            eval(&s, "s3:DeleteBucket", "arn:aws:s3:::bucket"),
            Decision::ExplicitDeny(_)
        ));
        assert!(matches!(
            eval(&s, "s3:CreateBucket", "arn:aws:s3:::Bucket"),
            Decision::Conditional(_)
        ));
        assert!(matches!(
            eval(&s, "iam:CreateRole", "*"),
            Decision::ImplicitDeny(_)
        ));
        assert!(matches!(
            eval(&s, "ec2:CreateVpc", "arn:aws:ec2:r:1:vpc/*"),
            Decision::ImplicitDeny(_)
        ));
    }

    #[test]
    fn known_condition_keys_are_evaluated() {
        let s = set(
            r#"{"Statement":{"Effect":"Allow","Action":"iam:PassRole","Resource":"*",
            "Condition":{"StringEquals":{"iam:PassedToService":"lambda.amazonaws.com"}}}}"#,
        );
        let ok = Request {
            action: "iam:PassRole",
            resource: "arn:aws:iam::1:role/r",
            context: &[("iam:PassedToService", "lambda.amazonaws.com")],
        };
        assert_eq!(evaluate(&s, &ok), Decision::Allowed);
        let other = Request {
            context: &[("iam:PassedToService", "ec2.amazonaws.com")],
            ..ok
        };
        assert!(matches!(evaluate(&s, &other), Decision::ImplicitDeny(_)));
    }

    #[test]
    fn policy_variables_match_no_unknown_value() {
        assert!(!resource_match(
            "arn:aws:iam::1:user/${aws:username}",
            "arn:aws:iam::1:user/bob"
        ));
        assert!(resource_match("arn:aws:s3:::a${*}b", "arn:aws:s3:::a*b"));
        assert!(!resource_match("arn:aws:s3:::a${*}b", "arn:aws:s3:::axb"));
    }

    #[test]
    fn boundary_and_scp_intersect() {
        let mut s = set(r#"{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"#);
        s.boundary = Some(
            parse_doc(
                "b",
                &serde_json::json!({"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}),
            )
            .unwrap(),
        );
        assert_eq!(
            eval(&s, "s3:ListBucket", "arn:aws:s3:::x"),
            Decision::Allowed
        );
        assert_eq!(
            eval(&s, "ec2:CreateVpc", "*"),
            Decision::ImplicitDeny("permissions boundary")
        );
    }
}
