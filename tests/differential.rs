//! Differential test of `iamplan check`'s IAM policy evaluator (`src/check/eval.rs`) against an
//! independent implementation, the npm package `@cloud-copilot/iam-simulate` (pinned in
//! `tests/iam-simulate/package.json`, run by `tests/iam-simulate/simulate.mjs`).
//!
//! This file owns: the deterministic case generator (a fixed-seed PRNG over a small universe of
//! real actions and ARNs, so that policies match about half the time), running every case through
//! both evaluators (one node process for all of them), the comparison, and the precise predicates
//! of the documented differences (`DIFFERENCES`: deliberate choices `D*`, and known iamplan bugs
//! `B*` until they are fixed), explained in `tests/iam-simulate/README.md`, whose table must list
//! exactly the case ids of each. Any other disagreement fails the test, and so does a documented
//! difference that no longer occurs.
//!
//! Without node or the npm modules the test is skipped with a note, unless `CI=true`: then it
//! fails (`.ci/run` installs the modules with `npm ci --prefix tests/iam-simulate`).

use iamplan::check::policy_set::parse_doc;
use iamplan::check::{evaluate, Decision, PolicySet, Request};
use iamplan::predict::arn::wildcard_match;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const SEED: u64 = 0x1a3_9a11_d1ff;
const ACCOUNT: &str = "111122223333";

// ---------------------------------------------------------------------------------------------
// PRNG (splitmix64): deterministic, no crate needed.

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    /// True with probability `pct` percent.
    fn chance(&mut self, pct: u64) -> bool {
        self.next() % 100 < pct
    }
}

// ---------------------------------------------------------------------------------------------
// The universe: real actions, each with the literal head of its ARN (up to and including the
// resource-type separator) and resource ids to request. Wildcard-only actions take `*`.

struct Target {
    actions: &'static [&'static str],
    /// ARN up to the resource id; "" for wildcard-only actions (resource `*`).
    head: &'static str,
    ids: &'static [&'static str],
}

const TARGETS: &[Target] = &[
    Target {
        actions: &["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
        head: "arn:aws:s3:::",
        ids: &[
            "app-data/logs/a.txt",
            "app-data/Logs/b.txt",
            "app-backup/x.bin",
            "App-Data/k",
        ],
    },
    Target {
        actions: &["s3:ListBucket", "s3:PutBucketTagging", "s3:DeleteBucket"],
        head: "arn:aws:s3:::",
        ids: &["app-data", "app-backup", "App-Data", "logs"],
    },
    Target {
        actions: &[
            "iam:PassRole",
            "iam:GetRole",
            "iam:CreateRole",
            "iam:TagRole",
        ],
        head: "arn:aws:iam::111122223333:role/",
        ids: &["deploy", "lambda-exec", "Lambda-Exec", "svc/ecs-task"],
    },
    Target {
        actions: &["iam:GetUser", "iam:CreateUser"],
        head: "arn:aws:iam::111122223333:user/",
        ids: &["bob", "alice", "Bob"],
    },
    Target {
        actions: &[
            "lambda:GetFunction",
            "lambda:CreateFunction",
            "lambda:UpdateFunctionCode",
        ],
        head: "arn:aws:lambda:us-east-1:111122223333:function:",
        ids: &["app-api", "app-worker", "App-Api"],
    },
    Target {
        actions: &[
            "sqs:SendMessage",
            "sqs:CreateQueue",
            "sqs:GetQueueAttributes",
        ],
        head: "arn:aws:sqs:us-east-1:111122223333:",
        ids: &["app-jobs", "app-dlq", "App-Jobs"],
    },
    Target {
        actions: &[
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:DescribeTable",
        ],
        head: "arn:aws:dynamodb:us-east-1:111122223333:table/",
        ids: &["Orders", "orders", "OrdersArchive"],
    },
    Target {
        actions: &["logs:CreateLogGroup", "logs:PutRetentionPolicy"],
        head: "arn:aws:logs:us-east-1:111122223333:log-group:",
        ids: &["/aws/lambda/app-api", "/aws/lambda/app-worker"],
    },
    Target {
        actions: &[
            "ec2:DescribeInstances",
            "s3:ListAllMyBuckets",
            "iam:ListRoles",
            "ec2:DescribeVpcs",
        ],
        head: "",
        ids: &[""],
    },
];

/// Object keys with characters the `${?}` / `${$}` escapes stand for.
const ESCAPE_IDS: &[&str] = &["app-data/a?b", "app-data/cost$1.csv", "app-data/q?x$y"];

const SERVICES: &[&str] = &[
    "lambda.amazonaws.com",
    "ecs-tasks.amazonaws.com",
    "ec2.amazonaws.com",
];

/// Condition keys iamplan never has in its request context (and the generator never sets).
const ABSENT_KEYS: &[&str] = &[
    "aws:RequestedRegion",
    "aws:ResourceTag/env",
    "aws:PrincipalTag/team",
    "aws:SourceAccount",
];

const KNOWN_OPS: &[&str] = &[
    "StringEquals",
    "StringLike",
    "StringNotEquals",
    "StringNotLike",
    "StringEqualsIgnoreCase",
    "StringEqualsIfExists",
    "StringLikeIfExists",
    "StringNotEqualsIfExists",
    "StringNotLikeIfExists",
    "ForAnyValue:StringEquals",
    "ForAnyValue:StringLike",
];

// ---------------------------------------------------------------------------------------------
// Cases.

#[derive(Clone)]
struct Case {
    id: String,
    identity: Vec<Value>,
    boundary: Option<Value>,
    /// SCP levels (root first), each a list of documents.
    scps: Vec<Vec<Value>>,
    action: String,
    resource: String,
    context: Vec<(String, String)>,
}

impl Case {
    fn to_json(&self) -> Value {
        let ctx: Map<String, Value> = self
            .context
            .iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect();
        let mut o = json!({
            "id": self.id,
            "identityPolicies": self.identity,
            "action": self.action,
            "resource": self.resource,
            "context": ctx,
        });
        if let Some(b) = &self.boundary {
            o["boundary"] = b.clone();
        }
        if !self.scps.is_empty() {
            o["scps"] = json!(self.scps);
        }
        o
    }

    /// iamplan's view: one document per identity policy, the boundary, and one document per
    /// SCP level (the level's documents merged: a level is a union, like one document).
    fn policy_set(&self) -> PolicySet {
        let doc = |name: &str, v: &Value| {
            parse_doc(name, v).unwrap_or_else(|e| panic!("{}: {e}", self.id))
        };
        PolicySet {
            identity: self
                .identity
                .iter()
                .enumerate()
                .map(|(i, d)| doc(&format!("identity{i}"), d))
                .collect(),
            boundary: self.boundary.as_ref().map(|b| doc("boundary", b)),
            scps: self
                .scps
                .iter()
                .enumerate()
                .map(|(i, level)| {
                    let stmts: Vec<Value> = level
                        .iter()
                        .flat_map(|d| d["Statement"].as_array().unwrap().clone())
                        .collect();
                    doc(
                        &format!("scp{i}"),
                        &json!({ "Version": "2012-10-17", "Statement": stmts }),
                    )
                })
                .collect(),
            assume_conditions: false,
        }
    }

    /// iamplan's decision.
    fn evaluate(&self) -> Decision {
        let set = self.policy_set();
        let ctx: Vec<(&str, &str)> = self
            .context
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        evaluate(
            &set,
            &Request {
                action: &self.action,
                resource: &self.resource,
                context: &ctx,
            },
        )
    }

    fn has_context_key(&self, key: &str) -> bool {
        self.context
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case(key))
    }
}

fn policy(stmts: Vec<Value>) -> Value {
    json!({ "Version": "2012-10-17", "Statement": stmts })
}

/// A string, or a list when there are several (or, sometimes, a list of one).
fn one_or_list(rng: &mut Rng, xs: Vec<String>) -> Value {
    if xs.len() == 1 && rng.chance(60) {
        Value::String(xs[0].clone())
    } else {
        json!(xs)
    }
}

/// Flips the ASCII case of some letters (at least one, when there is a letter).
fn flip_case(rng: &mut Rng, s: &str) -> String {
    let letters: Vec<usize> = s
        .char_indices()
        .filter(|(_, c)| c.is_ascii_alphabetic())
        .map(|(i, _)| i)
        .collect();
    if letters.is_empty() {
        return s.to_string();
    }
    let forced = *rng.pick(&letters);
    s.char_indices()
        .map(|(i, c)| {
            if c.is_ascii_alphabetic() && (i == forced || rng.chance(30)) {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            } else {
                c
            }
        })
        .collect()
}

/// `s` with the character at a random position (from `from`) replaced by `?`.
fn with_question(rng: &mut Rng, s: &str, from: usize) -> String {
    let idx: Vec<usize> = s
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i >= from)
        .collect();
    if idx.is_empty() {
        return format!("{s}?");
    }
    let i = *rng.pick(&idx);
    let c = s[i..].chars().next().unwrap();
    format!("{}?{}", &s[..i], &s[i + c.len_utf8()..])
}

/// A random char boundary of `s` at or after `lo`.
fn cut(rng: &mut Rng, s: &str, lo: usize) -> usize {
    let idx: Vec<usize> = (lo..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
    *rng.pick(&idx)
}

/// An action pattern derived from the requested action: matching or not, with `*` and `?`
/// wildcards and mixed case (actions are case-insensitive).
fn action_pattern(rng: &mut Rng, action: &str) -> String {
    let (svc, name) = action.split_once(':').unwrap();
    match rng.below(15) {
        0 => action.to_string(),
        1 => flip_case(rng, action),
        2 => format!("{svc}:*"),
        3 => {
            let k = cut(rng, name, 1);
            format!("{svc}:{}*", &name[..k])
        }
        4 => {
            let q = with_question(rng, action, svc.len() + 1);
            flip_case(rng, &q)
        }
        5 => {
            let k = cut(rng, name, 0);
            format!("{svc}:*{}", &name[k..])
        }
        6 => "*".to_string(),
        7 => {
            // Another action of the universe (may be the same service, rarely the same action).
            let t = rng.pick(TARGETS);
            rng.pick(t.actions).to_string()
        }
        8 => format!("{svc}:{name}?"),
        9 => {
            // A `?` per character of a similar-length name: matches only that length.
            let k = cut(rng, name, 1);
            format!("{svc}:{}{}", &name[..k], "?".repeat(name.len() - k))
        }
        10 => {
            let k = cut(rng, name, 1);
            flip_case(rng, &format!("{svc}:{}*{}", &name[..k.min(2)], &name[k..]))
        }
        11 => {
            // Another action of the same service.
            let t = target_of(action);
            let other: Vec<&&str> = t
                .actions
                .iter()
                .filter(|a| !a.eq_ignore_ascii_case(action))
                .collect();
            other
                .get(rng.below(other.len().max(1)))
                .map_or(format!("{svc}:Get*"), |a| a.to_string())
        }
        12 => {
            // The same name in another service.
            let other = rng.pick(&["s3", "iam", "lambda", "sqs", "dynamodb", "ec2", "logs"]);
            format!(
                "{}:{name}",
                if *other == svc.to_ascii_lowercase() {
                    "kms"
                } else {
                    other
                }
            )
        }
        13 => {
            let k = cut(rng, name, 1);
            format!("{svc}:{}X*", &name[..k])
        }
        _ => format!("{svc}:?{name}"),
    }
}

/// The target of the universe an action (any case) belongs to.
fn target_of(action: &str) -> &'static Target {
    TARGETS
        .iter()
        .find(|t| t.actions.iter().any(|a| a.eq_ignore_ascii_case(action)))
        .unwrap()
}

/// A resource pattern derived from the requested ARN `head + id`: matching or not, with `*`
/// and `?` in the resource id (ARNs are case-sensitive), trailing `*` cutting any segment,
/// another resource of the universe, or `*`.
fn resource_pattern(rng: &mut Rng, head: &str, id: &str) -> String {
    if head.is_empty() {
        // Wildcard-only action: only `*` can match.
        return match rng.below(4) {
            0 | 1 => "*".to_string(),
            _ => other_resource(rng),
        };
    }
    let arn = format!("{head}{id}");
    match rng.below(12) {
        0 => "*".to_string(),
        1 => arn,
        2 => format!("{head}{}", flip_case(rng, id)),
        3 => {
            let k = cut(rng, id, 0);
            format!("{head}{}*", &id[..k])
        }
        4 => format!("{head}{}", with_question(rng, id, 0)),
        5 => {
            let k = cut(rng, id, 0);
            format!("{head}*{}", &id[k..])
        }
        6 => {
            let a = cut(rng, id, 0);
            let b = a + cut(rng, &id[a..], 0);
            format!("{head}{}*{}", &id[..a], &id[b..])
        }
        7 => {
            // Trailing `*` cutting the ARN anywhere from the service on (segments included).
            let k = cut(rng, &arn, "arn:aws:".len());
            format!("{}*", &arn[..k])
        }
        8 => {
            // Account or region wildcard.
            let parts: Vec<&str> = arn.splitn(6, ':').collect();
            let (region, account) = (parts[3], parts[4]);
            let region = if region.is_empty() {
                region.to_string()
            } else {
                rng.pick(&["*", "us-*", "eu-*", "us-east-?"]).to_string()
            };
            let account = if account.is_empty() {
                account.to_string()
            } else {
                rng.pick(&["*", "1111*", "999999999999"]).to_string()
            };
            format!(
                "{}:{}:{}:{region}:{account}:{}",
                parts[0], parts[1], parts[2], parts[5]
            )
        }
        9 => {
            let f = flip_case(rng, id);
            format!("{head}{}", with_question(rng, &f, 0))
        }
        10 => format!("{head}{id}?"),
        _ => other_resource(rng),
    }
}

/// A resource (or `head*`) of some target of the universe.
fn other_resource(rng: &mut Rng) -> String {
    let t = rng.pick(&TARGETS[..TARGETS.len() - 1]);
    if rng.chance(40) {
        format!("{}*", t.head)
    } else {
        format!("{}{}", t.head, rng.pick(t.ids))
    }
}

fn patterns(rng: &mut Rng, max: usize, f: impl Fn(&mut Rng) -> String) -> Vec<String> {
    let n = 1 + rng.below(max);
    (0..n).map(|_| f(rng)).collect()
}

/// The request of a case: an action of a target and one of its resources.
struct Req {
    action: String,
    head: &'static str,
    id: String,
}

impl Req {
    fn resource(&self) -> String {
        if self.head.is_empty() {
            "*".to_string()
        } else {
            format!("{}{}", self.head, self.id)
        }
    }
}

fn request(rng: &mut Rng, target: Option<&'static Target>) -> Req {
    let t = target.unwrap_or_else(|| rng.pick(TARGETS));
    let mut action = rng.pick(t.actions).to_string();
    if rng.chance(10) {
        // The request's own case does not matter either.
        action = flip_case(rng, &action);
    }
    Req {
        action,
        head: t.head,
        id: rng.pick(t.ids).to_string(),
    }
}

/// Options of a generated statement.
#[derive(Clone, Copy, Default)]
struct Shape {
    deny: bool,
    not_action: bool,
    not_resource: bool,
}

fn statement(rng: &mut Rng, req: &Req, shape: Shape) -> Value {
    let a = patterns(rng, 3, |r| action_pattern(r, &req.action));
    let res = patterns(rng, 3, |r| resource_pattern(r, req.head, &req.id));
    let mut s = Map::new();
    if rng.chance(30) {
        s.insert("Sid".into(), json!(format!("S{}", rng.below(1000))));
    }
    s.insert(
        "Effect".into(),
        json!(if shape.deny { "Deny" } else { "Allow" }),
    );
    s.insert(
        (if shape.not_action {
            "NotAction"
        } else {
            "Action"
        })
        .into(),
        one_or_list(rng, a),
    );
    s.insert(
        (if shape.not_resource {
            "NotResource"
        } else {
            "Resource"
        })
        .into(),
        one_or_list(rng, res),
    );
    Value::Object(s)
}

fn allow_all() -> Value {
    json!({"Effect": "Allow", "Action": "*", "Resource": "*"})
}

/// A condition value for `iam:PassedToService`, matching `actual` or not.
fn service_value(rng: &mut Rng, actual: &str) -> String {
    match rng.below(8) {
        0 | 1 => actual.to_string(),
        2 => flip_case(rng, actual),
        3 => "*.amazonaws.com".to_string(),
        4 => format!("{}*", &actual[..3]),
        5 => with_question(rng, actual, 0),
        _ => rng.pick(SERVICES).to_string(),
    }
}

fn condition_entry(rng: &mut Rng, key: &str, actual: Option<&str>) -> (String, Value) {
    let op = rng.pick(KNOWN_OPS).to_string();
    let base = actual.unwrap_or(SERVICES[0]);
    let n = 1 + rng.below(2);
    let vals: Vec<String> = (0..n)
        .map(|_| match key {
            "aws:RequestedRegion" => rng.pick(&["us-east-1", "eu-*", "us-east-?"]).to_string(),
            "aws:SourceAccount" => ACCOUNT.to_string(),
            k if k.starts_with("aws:") => rng.pick(&["prod", "dev", "p*"]).to_string(),
            _ => service_value(rng, base),
        })
        .collect();
    let vals = one_or_list(rng, vals);
    let key = if rng.chance(20) {
        flip_case(rng, key)
    } else {
        key.to_string()
    };
    (op, json!({ key: vals }))
}

/// A Condition block: entries on `iam:PassedToService` (present in the context when `actual`
/// is Some) and/or on keys absent from the context.
fn condition(rng: &mut Rng, actual: Option<&str>, absent: bool, present: bool) -> Value {
    let mut m = Map::new();
    let mut add = |(op, kv): (String, Value)| {
        let e = m.entry(op).or_insert_with(|| json!({}));
        for (k, v) in kv.as_object().unwrap() {
            e.as_object_mut().unwrap().insert(k.clone(), v.clone());
        }
    };
    if present {
        add(condition_entry(rng, "iam:PassedToService", actual));
    }
    if absent {
        let key = if actual.is_none() && rng.chance(25) {
            // iam:PassedToService on a request that is not PassRole: absent, too.
            "iam:PassedToService"
        } else {
            rng.pick(ABSENT_KEYS)
        };
        add(condition_entry(rng, key, actual));
    }
    if rng.chance(15) {
        let key = rng.pick(ABSENT_KEYS);
        add(condition_entry(rng, key, actual));
    }
    Value::Object(m)
}

fn passrole_request(rng: &mut Rng) -> (Req, String) {
    let t = target_of("iam:PassRole");
    let mut req = request(rng, Some(t));
    req.action = if rng.chance(85) {
        "iam:PassRole".into()
    } else {
        "iam:passrole".into()
    };
    (req, rng.pick(SERVICES).to_string())
}

fn shape(rng: &mut Rng, deny_pct: u64) -> Shape {
    Shape {
        deny: rng.chance(deny_pct),
        not_action: rng.chance(15),
        not_resource: rng.chance(15),
    }
}

/// What a family generator gives for one case: the request, identity policies, boundary, SCP
/// levels and the request context.
type Parts = (
    Req,
    Vec<Value>,
    Option<Value>,
    Vec<Vec<Value>>,
    Vec<(String, String)>,
);

/// Generates every case, per family; ids are `family-NNN`.
fn cases() -> Vec<Case> {
    let mut rng = Rng(SEED);
    let mut out = Vec::new();
    let mut push = |family: &str, n: usize, rng: &mut Rng, f: &mut dyn FnMut(&mut Rng) -> Parts| {
        for i in 0..n {
            let (req, identity, boundary, scps, context) = f(rng);
            out.push(Case {
                id: format!("{family}-{i:03}"),
                identity,
                boundary,
                scps,
                action: req.action.clone(),
                resource: req.resource(),
                context,
            });
        }
    };

    // Allow via Action: `*` and `?` wildcards and mixed case in action patterns.
    push("action", 110, &mut rng, &mut |rng| {
        let req = request(rng, None);
        let n = if rng.chance(75) { 1 } else { 2 };
        let stmts = (0..n)
            .map(|_| {
                let a = patterns(rng, 2, |r| action_pattern(r, &req.action));
                let res = if rng.chance(50) {
                    "*".to_string()
                } else {
                    req.resource()
                };
                json!({"Effect": "Allow", "Action": one_or_list(rng, a), "Resource": res})
            })
            .collect();
        (req, vec![policy(stmts)], None, vec![], vec![])
    });
    // Allow via NotAction.
    push("notaction", 50, &mut rng, &mut |rng| {
        let req = request(rng, None);
        let mut stmts = vec![statement(
            rng,
            &req,
            Shape {
                not_action: true,
                ..Default::default()
            },
        )];
        if rng.chance(30) {
            stmts.push(statement(rng, &req, Shape::default()));
        }
        (req, vec![policy(stmts)], None, vec![], vec![])
    });
    // Resource patterns: `*`, `?`, case, segments.
    push("resource", 90, &mut rng, &mut |rng| {
        let req = request(rng, None);
        let (svc, _) = req.action.split_once(':').unwrap();
        let action = if rng.chance(50) {
            req.action.clone()
        } else {
            format!("{svc}:*")
        };
        let res = patterns(rng, 3, |r| resource_pattern(r, req.head, &req.id));
        let s = json!({"Effect": "Allow", "Action": action, "Resource": res});
        (req, vec![policy(vec![s])], None, vec![], vec![])
    });
    // Allow via NotResource.
    push("notresource", 50, &mut rng, &mut |rng| {
        let req = request(rng, None);
        let (svc, _) = req.action.split_once(':').unwrap();
        let action = match rng.below(3) {
            0 => req.action.clone(),
            1 => format!("{svc}:*"),
            _ => flip_case(rng, &req.action),
        };
        let n = if rng.chance(70) { 1 } else { 2 };
        let res = patterns(rng, n, |r| resource_pattern(r, req.head, &req.id));
        let s = json!({"Effect": "Allow", "Action": action, "NotResource": one_or_list(rng, res)});
        (req, vec![policy(vec![s])], None, vec![], vec![])
    });
    // Explicit Deny overriding Allow, with Action/NotAction and Resource/NotResource.
    push("deny", 90, &mut rng, &mut |rng| {
        let req = request(rng, None);
        let allow = if rng.chance(50) {
            allow_all()
        } else {
            statement(rng, &req, Shape::default())
        };
        let sh = Shape {
            deny: true,
            not_action: rng.chance(30),
            not_resource: rng.chance(30),
        };
        let deny = statement(rng, &req, sh);
        let mut stmts = vec![allow, deny];
        if rng.chance(50) {
            stmts.reverse();
        }
        (req, vec![policy(stmts)], None, vec![], vec![])
    });
    // Several identity policies: a union (a Deny in any of them wins).
    push("union", 50, &mut rng, &mut |rng| {
        let req = request(rng, None);
        let n = 2 + rng.below(2);
        let docs = (0..n)
            .map(|_| {
                let sh = shape(rng, 15);
                policy(vec![statement(rng, &req, sh)])
            })
            .collect();
        (req, docs, None, vec![], vec![])
    });
    // Permissions boundary and SCP levels: intersections.
    push("layers", 100, &mut rng, &mut |rng| {
        let req = request(rng, None);
        let svc = req
            .action
            .eq_ignore_ascii_case("iam:PassRole")
            .then(|| rng.pick(SERVICES).to_string());
        // A statement of a layer, sometimes with a Condition (known and/or absent keys).
        let layer_stmt = |rng: &mut Rng, deny_pct: u64| {
            let sh = shape(rng, deny_pct);
            let mut s = statement(rng, &req, sh);
            if rng.chance(20) {
                let absent = svc.is_none() || rng.chance(50);
                let present = svc.is_some() && (!absent || rng.chance(50));
                s["Condition"] = condition(rng, svc.as_deref(), absent, present);
            }
            s
        };
        let identity = if rng.chance(40) {
            policy(vec![allow_all()])
        } else {
            policy(vec![layer_stmt(rng, 10)])
        };
        let boundary = rng.chance(60).then(|| {
            let mut st = vec![layer_stmt(rng, 15)];
            if rng.chance(30) {
                st.push(statement(rng, &req, Shape::default()));
            }
            policy(st)
        });
        let levels = if boundary.is_none() {
            1 + rng.below(2)
        } else {
            rng.below(3)
        };
        let scps = (0..levels)
            .map(|_| {
                let docs = 1 + rng.below(2);
                (0..docs)
                    .map(|_| {
                        if rng.chance(30) {
                            policy(vec![allow_all()])
                        } else {
                            policy(vec![layer_stmt(rng, 25)])
                        }
                    })
                    .collect()
            })
            .collect();
        let context = svc
            .clone()
            .map(|s| vec![("iam:PassedToService".to_string(), s)])
            .unwrap_or_default();
        (req, vec![identity], boundary, scps, context)
    });
    // Policy variables (no value in the context: never match, in Resource and NotResource,
    // unless the variable has a default value) and the `${*}`, `${?}`, `${$}` literal escapes.
    push("vars", 70, &mut rng, &mut |rng| {
        const VARS: &[&str] = &["aws:username", "aws:PrincipalTag/team", "aws:userid"];
        let kind = rng.below(5);
        let (req, mut stmts) = if kind == 0 {
            let id = rng.pick(ESCAPE_IDS).to_string();
            let n = 1 + rng.below(2);
            let pats: Vec<String> = (0..n)
                .map(|_| {
                    let escaped = id.replace('$', "${$}").replace('?', "${?}");
                    match rng.below(6) {
                        0 => format!("arn:aws:s3:::{escaped}"),
                        1 => format!("arn:aws:s3:::{}", id.replace('?', "${*}")),
                        2 => format!("arn:aws:s3:::{}*", &escaped[..escaped.len() - 2]),
                        3 => format!("arn:aws:s3:::app-data/${{*}}{}", &id["app-data/".len()..]),
                        4 => format!("arn:aws:s3:::{id}"),
                        _ => "arn:aws:s3:::app-data/*${$}*".to_string(),
                    }
                })
                .collect();
            let req = Req {
                action: "s3:GetObject".into(),
                head: "arn:aws:s3:::",
                id,
            };
            let s = json!({"Effect": "Allow", "Action": req.action, "Resource": pats});
            (req, vec![s])
        } else {
            let t = rng.pick(&TARGETS[..TARGETS.len() - 1]);
            let req = request(rng, Some(t));
            let n = 1 + rng.below(2);
            let pats: Vec<String> = (0..n)
                .map(|_| {
                    let var = rng.pick(VARS);
                    if kind == 4 {
                        // A default value stands in for the missing variable.
                        let default = rng.pick(t.ids);
                        return format!("{}${{{var}, '{default}'}}", req.head);
                    }
                    match rng.below(3) {
                        0 => format!("{}${{{var}}}", req.head),
                        1 => format!("{}${{{var}}}*", req.head),
                        _ => format!("{}*${{{var}}}", req.head),
                    }
                })
                .collect();
            let element = if kind == 2 { "NotResource" } else { "Resource" };
            let mut s = json!({"Effect": "Allow", "Action": req.action});
            s[element] = json!(pats);
            (req, vec![s])
        };
        if rng.chance(20) {
            let var = rng.pick(VARS);
            stmts.insert(0, allow_all());
            let not_resource = format!("{}${{{var}}}", req.head);
            stmts.push(json!({"Effect": "Deny", "Action": "*", "NotResource": not_resource}));
        }
        (req, vec![policy(stmts)], None, vec![], vec![])
    });
    // Conditions on iam:PassedToService, which iamplan has in its context for iam:PassRole.
    push("cond-known", 70, &mut rng, &mut |rng| {
        let (req, svc) = passrole_request(rng);
        let n = 1 + rng.below(2);
        let mut stmts: Vec<Value> = (0..n)
            .map(|_| {
                let sh = shape(rng, 25);
                let mut s = statement(rng, &req, sh);
                s["Condition"] = condition(rng, Some(&svc), false, true);
                s
            })
            .collect();
        if rng.chance(40) {
            stmts.push(allow_all());
        }
        let key = if rng.chance(20) {
            "IAM:passedtoservice"
        } else {
            "iam:PassedToService"
        };
        (
            req,
            vec![policy(stmts)],
            None,
            vec![],
            vec![(key.to_string(), svc)],
        )
    });
    // Conditions on keys not in the context (alone or beside a known key).
    push("cond-absent", 70, &mut rng, &mut |rng| {
        let passrole = rng.chance(50);
        let (req, svc) = if passrole {
            let (r, s) = passrole_request(rng);
            (r, Some(s))
        } else {
            (request(rng, None), None)
        };
        let n = 1 + rng.below(2);
        let mut stmts: Vec<Value> = (0..n)
            .map(|_| {
                let sh = shape(rng, 30);
                let mut s = statement(rng, &req, sh);
                let present = passrole && rng.chance(50);
                s["Condition"] = condition(rng, svc.as_deref(), true, present);
                s
            })
            .collect();
        if rng.chance(50) {
            stmts.push(allow_all());
        }
        let context = svc
            .map(|s| vec![("iam:PassedToService".to_string(), s)])
            .unwrap_or_default();
        (req, vec![policy(stmts)], None, vec![], context)
    });
    // Resources iamplan does not know yet: `*`, or an ARN with `*` for the unknown part (the
    // requirement stands for every resource it matches).
    push("wild-request", 50, &mut rng, &mut |rng| {
        let t = rng.pick(&TARGETS[..TARGETS.len() - 1]);
        let mut req = request(rng, Some(t));
        let n = 1 + rng.below(2);
        let mut stmts: Vec<Value> = (0..n)
            .map(|_| {
                let sh = Shape {
                    deny: rng.chance(30),
                    not_action: rng.chance(10),
                    not_resource: rng.chance(30),
                };
                statement(rng, &req, sh)
            })
            .collect();
        if rng.chance(30) {
            stmts.push(allow_all());
        }
        if rng.chance(35) {
            req.head = "";
            req.id = String::new();
        } else {
            let k = cut(rng, &req.id, 0);
            req.id = format!("{}*", &req.id[..k]);
        }
        (req, vec![policy(stmts)], None, vec![], vec![])
    });
    out
}

// ---------------------------------------------------------------------------------------------
// Documented differences (tests/iam-simulate/README.md). Each is a precise predicate over the
// case and both answers; a disagreement must satisfy one, or the test fails.

struct Difference {
    key: &'static str,
    what: &'static str,
    applies: fn(&Case, &Decision, &str) -> bool,
}

const DIFFERENCES: &[Difference] = &[
    Difference {
        key: "B3",
        what: "GAP: default value of a policy variable",
        applies: |c, ours, theirs| {
            matches!(ours, Decision::ImplicitDeny(_))
                && theirs == "Allowed"
                && c.all_statements()
                    .iter()
                    .any(|s| resources_of(s).iter().any(|r| has_default(r)))
                && agrees(&c.with_variable_defaults().evaluate(), theirs)
        },
    },
    Difference {
        key: "D1",
        what: "Allow conditional on a key iamplan does not know",
        applies: |c, ours, theirs| {
            let Decision::Conditional(origins) = ours else {
                return false;
            };
            theirs == "Allowed"
                && origins.iter().any(|o| c.statement(o)["Effect"] == "Allow")
                && absent_keys_explain(c, origins, theirs)
        },
    },
    Difference {
        key: "D2",
        what: "Deny conditional on a key iamplan does not know",
        applies: |c, ours, theirs| {
            let Decision::Conditional(origins) = ours else {
                return false;
            };
            theirs == "Allowed"
                && origins.iter().all(|o| c.statement(o)["Effect"] == "Deny")
                && absent_keys_explain(c, origins, theirs)
        },
    },
    Difference {
        key: "D3",
        what: "no Allow, and a Deny conditional on an unknown key",
        applies: |c, ours, theirs| {
            matches!(ours, Decision::ImplicitDeny(_))
                && theirs == "ExplicitlyDenied"
                && c.all_statements().iter().any(|s| has_absent_key(c, s))
                && agrees(&resolve_absent_keys(c).evaluate(), theirs)
        },
    },
    Difference {
        key: "D4",
        what: "`*` in the requested resource: no Allow covers every name it stands for",
        applies: |c, ours, theirs| {
            // No Allow applies for certain: none covers the request, or (Conditional) an Allow
            // via NotResource has exclusions that overlap it.
            let allow_side = match ours {
                Decision::ImplicitDeny(_) => true,
                Decision::Conditional(origins) => origins.iter().all(|o| {
                    let s = c.statement(o);
                    s["Effect"] == "Allow" && s.get("NotResource").is_some()
                }),
                _ => false,
            };
            // ... and iamplan indeed does not allow some name the request stands for.
            c.wildcard_request()
                && allow_side
                && theirs == "Allowed"
                && c.instances().iter().any(|r| c.at(r) != Decision::Allowed)
        },
    },
    Difference {
        key: "D5",
        what: "`*` in the requested resource, iam-simulate stricter",
        applies: |c, ours, theirs| {
            c.wildcard_request()
                && *ours == Decision::Allowed
                && theirs != "Allowed"
                && c.instances().iter().all(|r| c.at(r) == Decision::Allowed)
        },
    },
    Difference {
        key: "D6",
        what: "NotResource with a variable that has no known value",
        applies: |c, ours, theirs| {
            let Decision::Conditional(origins) = ours else {
                return false;
            };
            // Only NotResource statements with a variable make it conditional, and deciding them
            // as iam-simulate does gives its answer.
            theirs == "Allowed"
                && origins
                    .iter()
                    .all(|o| not_resource_with_unresolved_variable(&c.statement(o)))
                && agrees(&c.with_variables_as_iam_simulate().evaluate(), theirs)
        },
    },
    Difference {
        key: "D7",
        what: "`*` in the requested resource: a Deny applies to some of the names it stands for",
        applies: |c, ours, theirs| {
            // The Deny statements iamplan names, if the answers differ on a Deny.
            let denies: Vec<String> = match (ours, theirs) {
                (Decision::Conditional(origins), "Allowed")
                    if origins.iter().all(|o| c.statement(o)["Effect"] == "Deny") =>
                {
                    origins.clone()
                }
                (Decision::ExplicitDeny(origin), "Allowed") => vec![origin.clone()],
                (Decision::ImplicitDeny(_), "ExplicitlyDenied") => c
                    .named_statements()
                    .into_iter()
                    .filter(|(_, s)| s["Effect"] == "Deny")
                    .map(|(o, _)| o)
                    .collect(),
                _ => return false,
            };
            // ... and one of them explicitly denies some name the request stands for.
            c.wildcard_request()
                && c.instances()
                    .iter()
                    .any(|r| matches!(c.at(r), Decision::ExplicitDeny(o) if denies.contains(&o)))
        },
    },
];

impl Case {
    /// A requested resource with a `*` (a part iamplan does not know before apply) for an
    /// action that is not wildcard-only.
    fn wildcard_request(&self) -> bool {
        self.resource.contains('*') && !self.wildcard_only()
    }

    /// Whether the request's action takes only `*` (per the universe above).
    fn wildcard_only(&self) -> bool {
        TARGETS.iter().any(|t| {
            t.head.is_empty()
                && t.actions
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(&self.action))
        })
    }

    /// Every document as iamplan names them (`identity0`, `boundary`, `scp0` = merged level).
    fn named_docs(&self) -> Vec<(String, Vec<Value>)> {
        let stmts = |d: &Value| d["Statement"].as_array().unwrap().clone();
        let mut out: Vec<(String, Vec<Value>)> = self
            .identity
            .iter()
            .enumerate()
            .map(|(i, d)| (format!("identity{i}"), stmts(d)))
            .collect();
        if let Some(b) = &self.boundary {
            out.push(("boundary".into(), stmts(b)));
        }
        for (i, level) in self.scps.iter().enumerate() {
            out.push((format!("scp{i}"), level.iter().flat_map(stmts).collect()));
        }
        out
    }

    /// Concrete resources the requested pattern stands for: its `*` as nothing or as a fresh
    /// name, every resource the policies name (wildcards as nothing or a fresh name) that the
    /// pattern matches, and a name both the pattern and each policy pattern match (when they
    /// overlap).
    fn instances(&self) -> Vec<String> {
        let fill = |p: &str, with: &str| p.replace(['*', '?'], with);
        let mut out = vec![fill(&self.resource, ""), fill(&self.resource, "zq9")];
        for s in self.all_statements() {
            for r in resources_of(&s) {
                for with in ["", "zq9"] {
                    let r = fill(&r, with);
                    if r.starts_with("arn:") && wildcard_match(&self.resource, &r) {
                        out.push(r);
                    }
                }
                if !has_unresolved_variable(&r) {
                    out.extend(common_name(&r, &self.resource));
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }

    fn all_statements(&self) -> Vec<Value> {
        self.named_docs().into_iter().flat_map(|(_, s)| s).collect()
    }

    /// Every statement with its iamplan origin (`identity0#Statement[2]`).
    fn named_statements(&self) -> Vec<(String, Value)> {
        self.named_docs()
            .into_iter()
            .flat_map(|(name, stmts)| {
                stmts
                    .into_iter()
                    .enumerate()
                    .map(move |(k, s)| (format!("{name}#Statement[{k}]"), s))
            })
            .collect()
    }

    /// iamplan's decision for the same case on another (concrete) resource.
    fn at(&self, resource: &str) -> Decision {
        Case {
            resource: resource.to_string(),
            ..self.clone()
        }
        .evaluate()
    }

    /// The statement an iamplan origin (`identity0#Statement[2]`) names.
    fn statement(&self, origin: &str) -> Value {
        let (name, rest) = origin.split_once("#Statement[").unwrap();
        let k: usize = rest.trim_end_matches(']').parse().unwrap();
        let docs = self.named_docs();
        docs.iter().find(|(n, _)| n == name).unwrap().1[k].clone()
    }
}

/// The Resource or NotResource patterns of a statement.
fn resources_of(s: &Value) -> Vec<String> {
    let v = s
        .get("Resource")
        .or_else(|| s.get("NotResource"))
        .cloned()
        .unwrap_or(Value::Null);
    match v {
        Value::String(r) => vec![r],
        Value::Array(a) => a
            .iter()
            .filter_map(|r| r.as_str().map(str::to_string))
            .collect(),
        _ => vec![],
    }
}

/// A name both wildcard patterns match (`*` any run, `?` one character), if they overlap: a
/// depth-first search over pairs of positions, each step consuming a wildcard or one character.
fn common_name(a: &str, b: &str) -> Option<String> {
    fn go(
        a: &[char],
        b: &[char],
        seen: &mut std::collections::BTreeSet<(usize, usize)>,
    ) -> Option<String> {
        if a.is_empty() && b.is_empty() {
            return Some(String::new());
        }
        if !seen.insert((a.len(), b.len())) {
            return None;
        }
        // A `*` standing for nothing.
        if a.first() == Some(&'*') {
            if let Some(w) = go(&a[1..], b, seen) {
                return Some(w);
            }
        }
        if b.first() == Some(&'*') {
            if let Some(w) = go(a, &b[1..], seen) {
                return Some(w);
            }
        }
        // One character both accept: a `*` stays, `?` or the same literal moves on.
        let (x, y) = (*a.first()?, *b.first()?);
        let c = match (x, y) {
            ('*', '*') => return None,
            ('*' | '?', '*' | '?') => 'z',
            ('*' | '?', c) | (c, '*' | '?') => c,
            (c, d) if c == d => c,
            _ => return None,
        };
        let step = |k: char| usize::from(k != '*');
        let (i, j) = (step(x), step(y));
        go(&a[i..], &b[j..], seen).map(|w| format!("{c}{w}"))
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    go(&a, &b, &mut Default::default())
}

/// Whether a pattern has a policy variable other than the `${*}` / `${?}` / `${$}` escapes
/// (the generator never gives a variable a value).
fn has_unresolved_variable(r: &str) -> bool {
    r.replace("${*}", "")
        .replace("${?}", "")
        .replace("${$}", "")
        .contains("${")
}

/// A `NotResource` with an unresolvable policy variable.
fn not_resource_with_unresolved_variable(s: &Value) -> bool {
    s.get("NotResource").is_some() && resources_of(s).iter().any(|r| has_unresolved_variable(r))
}

/// A value no resource of the universe has: a variable iam-simulate takes as matching nothing.
const NO_VALUE: &str = "#no-value#";

/// Whether iam-simulate (0.1.173, `resource.js`) inverts the failed match of a `NotResource`
/// entry with a variable it cannot resolve, for the request `resource`. Its ARN parser splits
/// the resource part at its first `/` or `:` (S3 ARNs without region and account: not at all)
/// into a resource type and an id. A variable in the id makes the entry fail as
/// `unresolvablePolicyVariable`, which it does not invert: the `NotResource` does not hold and
/// the statement does not apply. When the split falls inside the variable (`${aws:username}`
/// has a `:`, in a resource with no type prefix such as an SQS queue), or the part before the
/// id does not match the request, the entry fails as a resource-type (or earlier) mismatch,
/// which it inverts like any entry that does not match: the statement applies as if the
/// variable matched nothing.
fn iam_simulate_inverts(entry: &str, resource: &str) -> bool {
    let parts: Vec<&str> = entry.splitn(6, ':').collect();
    let Some(rest) = parts.get(5) else {
        return true;
    };
    let head = if parts[2] == "s3" && parts[3].is_empty() && parts[4].is_empty() {
        0
    } else {
        rest.find(['/', ':']).map_or(0, |i| i + 1)
    };
    let prefix = &entry[..entry.len() - rest.len() + head];
    prefix.contains("${") || !wildcard_match(&format!("{prefix}*"), resource)
}

impl Case {
    /// The case with each `NotResource` statement that has an unresolvable variable decided as
    /// iam-simulate decides it (`iam_simulate_inverts`): dropped when an entry's failure is not
    /// inverted, otherwise with its variables replaced by a value no resource has.
    fn with_variables_as_iam_simulate(&self) -> Case {
        let resolve = |s: &Value| -> Option<Value> {
            if !not_resource_with_unresolved_variable(s) {
                return Some(s.clone());
            }
            let entries = resources_of(s);
            if entries
                .iter()
                .any(|r| has_unresolved_variable(r) && !iam_simulate_inverts(r, &self.resource))
            {
                return None;
            }
            let entries: Vec<String> = entries.iter().map(|r| without_variables(r)).collect();
            let mut s = s.clone();
            s["NotResource"] = json!(entries);
            Some(s)
        };
        let doc = |d: &Value| {
            policy(
                d["Statement"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(resolve)
                    .collect(),
            )
        };
        Case {
            identity: self.identity.iter().map(doc).collect(),
            boundary: self.boundary.as_ref().map(doc),
            scps: self
                .scps
                .iter()
                .map(|l| l.iter().map(doc).collect())
                .collect(),
            ..self.clone()
        }
    }
}

/// A pattern with every policy variable other than the `${*}` / `${?}` / `${$}` escapes
/// replaced by `NO_VALUE`.
fn without_variables(r: &str) -> String {
    let mut out = String::new();
    let mut rest = r;
    while let Some(i) = rest.find("${") {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let end = after.find('}').map_or(after.len(), |j| j + 1);
        let var = &after[..end];
        out.push_str(if ["${*}", "${?}", "${$}"].contains(&var) {
            var
        } else {
            NO_VALUE
        });
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Whether a pattern has a policy variable with a default value (`${aws:username, 'x'}`).
fn has_default(r: &str) -> bool {
    r != with_defaults(r)
}

/// A pattern with each variable that has a default value replaced by that value (the
/// generator never gives a variable a value, so the default applies).
fn with_defaults(r: &str) -> String {
    let mut out = String::new();
    let mut rest = r;
    while let Some(i) = rest.find("${") {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let end = after.find('}').map_or(after.len(), |j| j + 1);
        let var = &after[..end];
        match var.split_once(", '") {
            Some((_, d)) if d.ends_with("'}") => out.push_str(&d[..d.len() - 2]),
            _ => out.push_str(var),
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

impl Case {
    /// The case with every policy variable that has a default value replaced by it.
    fn with_variable_defaults(&self) -> Case {
        let doc = |d: &Value| -> Value {
            let mut d = d.clone();
            for s in d["Statement"].as_array_mut().unwrap() {
                for el in ["Resource", "NotResource"] {
                    match s.get_mut(el) {
                        Some(Value::String(r)) => *r = with_defaults(r),
                        Some(Value::Array(a)) => {
                            for r in a.iter_mut() {
                                if let Value::String(x) = r {
                                    *x = with_defaults(x);
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
            d
        };
        Case {
            identity: self.identity.iter().map(doc).collect(),
            boundary: self.boundary.as_ref().map(doc),
            scps: self
                .scps
                .iter()
                .map(|l| l.iter().map(doc).collect())
                .collect(),
            ..self.clone()
        }
    }
}

/// The (operator, key, values) entries of a statement's Condition.
fn condition_entries(s: &Value) -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    for (op, kv) in s
        .get("Condition")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for (k, v) in kv.as_object().unwrap() {
            out.push((op.clone(), k.clone(), v.clone()));
        }
    }
    out
}

fn has_absent_key(c: &Case, s: &Value) -> bool {
    condition_entries(s)
        .iter()
        .any(|(_, k, _)| !c.has_context_key(k))
}

/// AWS's documented rule for a condition whose key is absent from the request: `...IfExists`
/// and negated (`StringNot...`) operators hold, every other one (incl. `ForAnyValue:`) fails.
fn holds_when_absent(op: &str) -> bool {
    op.ends_with("IfExists") || (!op.contains(':') && op.contains("Not"))
}

/// Whether the part of `s`'s Condition on keys in the context holds, per iamplan (None: no
/// such part). Action and resource are made to match: only the condition is asked.
fn present_part(c: &Case, s: &Value) -> Option<bool> {
    let present: Vec<(String, String, Value)> = condition_entries(s)
        .into_iter()
        .filter(|(_, k, _)| c.has_context_key(k))
        .collect();
    if present.is_empty() {
        return None;
    }
    let probe = Case {
        identity: vec![policy(vec![json!({
            "Effect": "Allow",
            "Action": "*",
            "Resource": "*",
            "Condition": condition_of(&present),
        })])],
        boundary: None,
        scps: vec![],
        ..c.clone()
    };
    Some(probe.evaluate() == Decision::Allowed)
}

fn condition_of(entries: &[(String, String, Value)]) -> Value {
    let mut m = Map::new();
    for (op, k, v) in entries {
        m.entry(op.clone()).or_insert_with(|| json!({}))[k] = v.clone();
    }
    Value::Object(m)
}

/// The case with every Condition entry on a key absent from the context decided by AWS's
/// missing-key rule: an entry that holds is dropped, a statement with one that fails is dropped.
fn resolve_absent_keys(c: &Case) -> Case {
    let resolve_doc = |d: &Value| -> Value {
        let mut kept = Vec::new();
        for s in d["Statement"].as_array().unwrap() {
            let entries = condition_entries(s);
            let (absent, present): (Vec<_>, Vec<_>) = entries
                .into_iter()
                .partition(|(_, k, _)| !c.has_context_key(k));
            if absent.iter().any(|(op, _, _)| !holds_when_absent(op)) {
                continue;
            }
            let mut s = s.clone();
            let o = s.as_object_mut().unwrap();
            o.remove("Condition");
            if !present.is_empty() {
                o.insert("Condition".into(), condition_of(&present));
            }
            kept.push(s);
        }
        policy(kept)
    };
    Case {
        identity: c.identity.iter().map(resolve_doc).collect(),
        boundary: c.boundary.as_ref().map(resolve_doc),
        scps: c
            .scps
            .iter()
            .map(|l| l.iter().map(resolve_doc).collect())
            .collect(),
        ..c.clone()
    }
}

/// iamplan's Conditional is explained by keys absent from the context: every statement it
/// names has such a key and its known part holds, and deciding the absent keys by AWS's rule
/// makes iamplan give iam-simulate's answer.
fn absent_keys_explain(c: &Case, origins: &[String], theirs: &str) -> bool {
    origins.iter().all(|o| {
        let s = c.statement(o);
        has_absent_key(c, &s) && present_part(c, &s) != Some(false)
    }) && agrees(&resolve_absent_keys(c).evaluate(), theirs)
}

// ---------------------------------------------------------------------------------------------
// Running iam-simulate.

fn harness_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("iam-simulate")
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v.eq_ignore_ascii_case("true") || v == "1")
}

/// Some(reason) when iam-simulate cannot run here.
fn missing_prerequisite(dir: &Path) -> Option<String> {
    match Command::new("node")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
    {
        Ok(s) if s.success() => {}
        _ => return Some("node is not installed".into()),
    }
    let pinned: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("package.json")).unwrap()).unwrap();
    let want = pinned["dependencies"]["@cloud-copilot/iam-simulate"]
        .as_str()
        .unwrap()
        .to_string();
    let installed = dir.join("node_modules/@cloud-copilot/iam-simulate/package.json");
    let Ok(text) = std::fs::read_to_string(&installed) else {
        return Some(format!(
            "{} is missing (run `npm ci --prefix tests/iam-simulate`)",
            installed.display()
        ));
    };
    let got: Value = serde_json::from_str(&text).unwrap();
    if got["version"].as_str() != Some(want.as_str()) {
        return Some(format!(
            "installed @cloud-copilot/iam-simulate is {}, package.json pins {want} (run `npm ci --prefix tests/iam-simulate`)",
            got["version"]
        ));
    }
    None
}

fn simulate(dir: &Path, cases: &[Case]) -> BTreeMap<String, Value> {
    let input = serde_json::to_vec(&cases.iter().map(Case::to_json).collect::<Vec<_>>()).unwrap();
    let mut child = Command::new("node")
        .arg(dir.join("simulate.mjs"))
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn node");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().expect("node simulate.mjs");
    writer.join().unwrap().expect("write cases to node");
    assert!(
        out.status.success(),
        "node simulate.mjs failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let results: Vec<Value> =
        serde_json::from_slice(&out.stdout).expect("simulate.mjs prints a JSON array");
    results
        .into_iter()
        .map(|r| (r["id"].as_str().unwrap().to_string(), r))
        .collect()
}

fn agrees(ours: &Decision, theirs: &str) -> bool {
    match ours {
        Decision::Allowed => theirs == "Allowed",
        Decision::ImplicitDeny(_) => theirs == "ImplicitlyDenied",
        Decision::ExplicitDeny(_) => theirs == "ExplicitlyDenied",
        // "Allowed only if conditions hold that iamplan cannot evaluate": not allowed.
        Decision::Conditional(_) => theirs == "ImplicitlyDenied" || theirs == "ExplicitlyDenied",
    }
}

fn label(d: &Decision) -> String {
    match d {
        Decision::Allowed => "Allowed".into(),
        Decision::Conditional(o) => format!("Conditional({})", o.join(", ")),
        Decision::ImplicitDeny(l) => format!("ImplicitDeny({l})"),
        Decision::ExplicitDeny(o) => format!("ExplicitDeny({o})"),
    }
}

#[test]
fn evaluator_agrees_with_iam_simulate() {
    let started = Instant::now();
    let dir = harness_dir();
    if let Some(why) = missing_prerequisite(&dir) {
        if in_ci() {
            panic!("differential: CI=true but iam-simulate cannot run: {why}");
        }
        let _ = writeln!(
            std::io::stderr(),
            "differential: SKIPPED, {why} (CI=true makes this a failure)"
        );
        return;
    }
    let cases = cases();
    assert!(cases.len() >= 500, "only {} cases", cases.len());
    let theirs = simulate(&dir, &cases);
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap_or_default();

    let mut problems = Vec::new();
    let mut counts: BTreeMap<&str, Vec<String>> =
        DIFFERENCES.iter().map(|d| (d.key, Vec::new())).collect();
    let mut agree = 0;
    // DIFFERENTIAL_DUMP=file.json writes every case with both answers, for inspection.
    let mut dump = Vec::new();
    for c in &cases {
        let Some(r) = theirs.get(&c.id) else {
            problems.push(format!("{}: no result from iam-simulate", c.id));
            continue;
        };
        let t = r["decision"].as_str().unwrap_or("?");
        if t == "Error" || r.get("ignoredContextKeys").is_some() {
            problems.push(format!(
                "{}: iam-simulate cannot evaluate this case as generated: {r}\n  case: {}",
                c.id,
                c.to_json()
            ));
            continue;
        }
        let ours = c.evaluate();
        let mut row = c.to_json();
        row["iamplan"] = json!(label(&ours));
        row["iam-simulate"] = json!(t);
        dump.push(row);
        if agrees(&ours, t) {
            agree += 1;
            continue;
        }
        match DIFFERENCES.iter().find(|d| (d.applies)(c, &ours, t)) {
            Some(d) => counts.get_mut(d.key).unwrap().push(c.id.clone()),
            None => problems.push(format!(
                "{}: iamplan {} but iam-simulate {t}\n  case: {}",
                c.id,
                label(&ours),
                c.to_json()
            )),
        }
    }
    if let Some(path) = std::env::var_os("DIFFERENTIAL_DUMP") {
        std::fs::write(&path, serde_json::to_string_pretty(&dump).unwrap()).unwrap();
    }
    let documented: usize = counts.values().map(Vec::len).sum();
    for d in DIFFERENCES {
        let ids = &counts[d.key];
        if ids.is_empty() {
            problems.push(format!(
                "documented difference {} ({}) no longer occurs: remove it here and from tests/iam-simulate/README.md",
                d.key, d.what
            ));
        }
        // The README's table row for the difference lists exactly its case ids.
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| {} |", d.key)));
        let listed: Vec<String> = row
            .unwrap_or_default()
            .split(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '-'))
            .filter(|w| cases.iter().any(|c| c.id == *w))
            .map(str::to_string)
            .collect();
        if row.is_none() || listed != *ids {
            problems.push(format!(
                "{} ({}): its row in tests/iam-simulate/README.md must list exactly: {}",
                d.key,
                d.what,
                ids.join(", ")
            ));
        }
    }
    let per_key: Vec<String> = counts
        .iter()
        .map(|(k, v)| format!("{k} {}", v.len()))
        .collect();
    let _ = writeln!(
        std::io::stderr(),
        "differential: {} cases, {} agree ({agree} exactly, {documented} documented differences: {}) in {:.1?}",
        cases.len(),
        agree + documented,
        per_key.join(", "),
        started.elapsed()
    );
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
