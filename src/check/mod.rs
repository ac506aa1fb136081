//! `iamplan check`: does a role's policy set allow a plan? Each predicted requirement is
//! evaluated (see [`eval`]) against the identity policies, boundary and SCPs; what is not
//! allowed becomes a [`Finding`] tied to the resource address, change and rule that need it.
//! With `--excess`, grants no requirement uses and statements broader than needed are
//! findings too. `iamplan module --policy` uses the same API:
//! [`evaluate_requirements`] + [`excess`] over a [`PolicySet`], then [`report::render`].

pub mod eval;
pub mod policy_set;
pub mod report;

pub use eval::{evaluate, Decision, PolicySet, Request};

use crate::cli::{CheckArgs, FailOn};
use crate::error::Result;
use crate::predict::{self, Requirement};
use crate::{app, plan};
use policy_set::{Effect, Match};
use std::collections::{BTreeMap, BTreeSet};

/// The kinds of finding, with stable ids (SARIF rule ids, JSON `kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Missing,
    Denied,
    Conditional,
    Unused,
    Broad,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Missing,
        Kind::Denied,
        Kind::Conditional,
        Kind::Unused,
        Kind::Broad,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Kind::Missing => "IAMPLAN001",
            Kind::Denied => "IAMPLAN002",
            Kind::Conditional => "IAMPLAN003",
            Kind::Unused => "IAMPLAN004",
            Kind::Broad => "IAMPLAN005",
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Kind::Missing => "missing-permission",
            Kind::Denied => "explicitly-denied",
            Kind::Conditional => "conditional-permission",
            Kind::Unused => "unused-grant",
            Kind::Broad => "broader-than-needed",
        }
    }
    pub fn description(self) -> &'static str {
        match self {
            Kind::Missing => "The plan needs this action on this resource, and no statement of the role's policies allows it.",
            Kind::Denied => "The plan needs this action on this resource, and a Deny statement (identity policy, boundary or SCP) forbids it.",
            Kind::Conditional => "A statement allows this action only under a Condition iamplan cannot evaluate from the plan; it is not counted as allowed (use --assume-conditions to count it).",
            Kind::Unused => "The policy allows actions that no requirement of this plan uses.",
            Kind::Broad => "A statement grants more than the plan needs: a service wildcard, NotAction, or `*` resources where the plan's resources are known.",
        }
    }
    /// Whether the finding means the apply would fail.
    pub fn blocking(self) -> bool {
        matches!(self, Kind::Missing | Kind::Denied | Kind::Conditional)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub kind: Kind,
    /// Resource address (or the policy statement, for excess findings).
    pub address: String,
    pub action: String,
    pub resource: String,
    pub phase: String,
    /// The change that needs it (create / update of `x` / ...).
    pub change: String,
    /// Rule type and its provenance.
    pub rule: String,
    /// What decided it: the denying or conditional statement, the unused grants, ...
    pub detail: String,
}

/// Evaluates each distinct (action, resource, condition, address) of the requirements.
pub fn evaluate_requirements(set: &PolicySet, reqs: &[Requirement]) -> Vec<Finding> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for r in reqs {
        let key = (
            r.because.address.clone(),
            r.action,
            r.resource.clone(),
            r.condition,
        );
        if !seen.insert(key) {
            continue;
        }
        let ctx: Vec<(&str, &str)> = r.condition.into_iter().collect();
        // The request names the resource itself: a name's `*` escaped as `${*}` in the
        // predicted policy is a literal `*` here.
        let resource = crate::predict::arn::unescape(&r.resource);
        let d = evaluate(
            set,
            &Request {
                action: r.action,
                resource: &resource,
                context: &ctx,
            },
        );
        let (kind, detail) = match d {
            Decision::Allowed => continue,
            Decision::Conditional(o) => (
                Kind::Conditional,
                format!("allowed only under conditions: {}", o.join("; ")),
            ),
            Decision::ImplicitDeny(layer) => (Kind::Missing, format!("not allowed by the {layer}")),
            Decision::ExplicitDeny(o) => (Kind::Denied, format!("denied by {o}")),
        };
        let mut change = r.because.reason.describe();
        if let Some(c) = r.because.condition {
            change.push_str(&format!(" ({})", c.describe()));
        }
        out.push(Finding {
            kind,
            address: r.because.address.to_string(),
            action: r.action.to_string(),
            resource: r.resource.to_string(),
            phase: r.phase.label().to_string(),
            change,
            rule: format!(
                "{} ({}): {}",
                r.because.rule_type,
                r.because.origin.label(),
                r.because.source
            ),
            detail,
        });
    }
    out.sort();
    out
}

/// Grants no requirement uses, and statements broader than needed (identity Allow statements).
pub fn excess(set: &PolicySet, reqs: &[Requirement]) -> Vec<Finding> {
    let used: BTreeSet<String> = reqs.iter().map(|r| r.action.to_ascii_lowercase()).collect();
    // Actions whose every requirement is on a scoped resource.
    let mut scoped: BTreeMap<String, bool> = BTreeMap::new();
    for r in reqs {
        let e = scoped.entry(r.action.to_ascii_lowercase()).or_insert(true);
        *e &= &*r.resource != "*";
    }
    let refr = crate::iam::reference();
    let mut out = Vec::new();
    for doc in &set.identity {
        for s in doc.statements.iter().filter(|s| s.effect == Effect::Allow) {
            let at = s.origin.clone();
            match &s.actions {
                Match::NotIn(ps) => out.push(broad(
                    &at,
                    "NotAction",
                    &format!("allows every action except {}", ps.join(", ")),
                )),
                Match::In(ps) => {
                    for p in ps {
                        let granted: Vec<String> = if p.contains(['*', '?']) {
                            refr.actions()
                                .map(|a| a.full_name())
                                .filter(|a| eval::action_match(p, a))
                                .collect()
                        } else {
                            vec![p.clone()]
                        };
                        let unused: Vec<&String> = granted
                            .iter()
                            .filter(|a| !used.contains(&a.to_ascii_lowercase()))
                            .collect();
                        if p.ends_with(":*") || p == "*" {
                            out.push(broad(
                                &at,
                                p,
                                &format!(
                                "service wildcard grants {} actions, {} of them used by this plan",
                                granted.len(),
                                granted.len() - unused.len()
                            ),
                            ));
                        } else if !unused.is_empty() {
                            let mut names: Vec<&str> = unused.iter().map(|s| s.as_str()).collect();
                            names.sort();
                            let shown = names.len().min(20);
                            out.push(Finding {
                                kind: Kind::Unused,
                                address: at.clone(),
                                action: p.clone(),
                                resource: String::new(),
                                phase: String::new(),
                                change: String::new(),
                                rule: String::new(),
                                detail: format!(
                                    "unused: {}{}",
                                    names[..shown].join(", "),
                                    if names.len() > shown {
                                        format!(" and {} more", names.len() - shown)
                                    } else {
                                        String::new()
                                    }
                                ),
                            });
                        }
                    }
                }
            }
            if let Match::In(rs) = &s.resources {
                if rs.iter().any(|r| r == "*") {
                    if let Match::In(ps) = &s.actions {
                        // Patterns covering an action whose resources the plan knows.
                        let narrowable: Vec<&String> = ps
                            .iter()
                            .filter(|p| {
                                scoped
                                    .iter()
                                    .any(|(a, all_scoped)| *all_scoped && eval::action_match(p, a))
                            })
                            .collect();
                        if !narrowable.is_empty() {
                            let list: Vec<&str> = narrowable.iter().map(|s| s.as_str()).collect();
                            out.push(broad(&at, "Resource \"*\"", &format!(
                                "the plan's resources are known for {}: scope them to their ARNs (iamplan policy prints them)",
                                list.join(", ")
                            )));
                        }
                    }
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn broad(at: &str, what: &str, detail: &str) -> Finding {
    Finding {
        kind: Kind::Broad,
        address: at.to_string(),
        action: what.to_string(),
        resource: String::new(),
        phase: String::new(),
        change: String::new(),
        rule: String::new(),
        detail: detail.to_string(),
    }
}

/// Exit code for a set of findings: 1 when blocking (or, with `fail_on_excess`, any).
pub fn exit_code(findings: &[Finding], fail_on_excess: bool) -> u8 {
    if findings.iter().any(|f| f.kind.blocking() || fail_on_excess) {
        1
    } else {
        0
    }
}

pub fn run(a: CheckArgs) -> Result<u8> {
    let input = plan::load::read(&a.plan)?;
    let plan = plan::parse(&input.name, &input.text)?;
    for w in &plan.warnings {
        eprintln!("iamplan: warning: {w}");
    }
    let (identity, role_boundary) = policy_set::identity_docs(&a.policies, a.role.as_deref())?;
    let boundary = match &a.boundary {
        Some(f) => Some(policy_set::parse_doc(f, &policy_set::read_json(f)?)?),
        None => role_boundary,
    };
    let mut scps = Vec::new();
    for f in &a.scps {
        scps.push(policy_set::parse_doc(f, &policy_set::read_json(f)?)?);
    }
    let set = PolicySet {
        identity,
        boundary,
        scps,
        assume_conditions: a.assume_conditions,
    };
    let phase = app::phase(a.phase);
    let pred = predict::predict(&plan, phase, &app::scope_flags(&a.scope, false))?;
    if let Some(l) = crate::report::unmapped_line(&pred) {
        eprintln!("iamplan: warning: {l}");
    }
    let mut findings = evaluate_requirements(&set, &pred.requirements);
    if a.excess {
        findings.extend(excess(&set, &pred.requirements));
    }
    let ctx = report::Context {
        plan: &plan.name,
        phase: phase.label(),
        policies: &a.policies,
        unmapped: crate::report::unmapped_line(&pred),
    };
    crate::app::emit(&report::render(a.format, &ctx, &findings))?;
    Ok(exit_code(&findings, a.fail_on == FailOn::Excess))
}
