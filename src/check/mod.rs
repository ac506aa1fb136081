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
use crate::iam::pattern;
use crate::predict::{self, Requirement};
use crate::{app, plan};
use once_cell::sync::Lazy;
use policy_set::{Effect, Match};
use std::collections::{BTreeMap, BTreeSet, HashMap};

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
    // What each distinct pattern grants, and whether it covers a scoped action: a policy of
    // thousands of statements repeats its patterns, and each costs a pass over the reference.
    let mut grants: HashMap<&str, Option<(Kind, String)>> = HashMap::new();
    let mut narrow: HashMap<&str, bool> = HashMap::new();
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
                        let found = grants
                            .entry(p.as_str())
                            .or_insert_with(|| grant_finding(p, &used));
                        if let Some((kind, detail)) = found {
                            out.push(Finding {
                                kind: *kind,
                                detail: detail.clone(),
                                ..broad(&at, p, "")
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
                                *narrow.entry(p.as_str()).or_insert_with(|| {
                                    scoped.iter().any(|(a, all_scoped)| {
                                        *all_scoped && eval::action_match(p, a)
                                    })
                                })
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

/// Every action of the IAM reference, for matching `Action` patterns against all of them:
/// the lowercase names sorted, one a line in `text` (so that a literal piece of a pattern finds
/// its candidates with one substring search), and the names as AWS spells them.
struct ActionIndex {
    text: String,
    spans: Vec<std::ops::Range<usize>>,
    names: Vec<String>,
}

static ACTIONS: Lazy<ActionIndex> = Lazy::new(|| {
    let mut v: Vec<(String, String)> = crate::iam::reference()
        .actions()
        .map(|a| {
            let full = a.full_name();
            (full.to_ascii_lowercase(), full)
        })
        .collect();
    v.sort();
    let mut ix = ActionIndex {
        text: String::new(),
        spans: Vec::with_capacity(v.len()),
        names: Vec::with_capacity(v.len()),
    };
    for (lower, full) in v {
        let at = ix.text.len();
        ix.text.push_str(&lower);
        ix.spans.push(at..ix.text.len());
        ix.text.push('\n');
        ix.names.push(full);
    }
    ix
});

impl ActionIndex {
    fn lower(&self, i: usize) -> &str {
        &self.text[self.spans[i].clone()]
    }

    /// The actions a lowercase pattern grants, as indices. Only names that start with the
    /// pattern's literal head and contain its longest literal piece are matched: a policy of
    /// thousands of statements costs a substring search each, not a match of all 18,000 names.
    fn granted(&self, lp: &str) -> Vec<usize> {
        let head = &lp[..lp.find(['*', '?']).unwrap_or(lp.len())];
        let from = self.spans.partition_point(|r| &self.text[r.clone()] < head);
        let to =
            from + self.spans[from..].partition_point(|r| self.text[r.clone()].starts_with(head));
        let matching = |i: &usize| pattern::matches(lp, self.lower(*i));
        let piece = lp.split(['*', '?']).max_by_key(|s| s.len()).unwrap_or("");
        if from == to || piece.len() <= head.len() {
            return (from..to).filter(matching).collect();
        }
        let (lo, hi) = (self.spans[from].start, self.spans[to - 1].end);
        let mut out: Vec<usize> = Vec::new();
        for hit in memchr::memmem::find_iter(&self.text.as_bytes()[lo..hi], piece) {
            let i = from + self.spans[from..to].partition_point(|r| r.end <= lo + hit);
            if out.last() != Some(&i) && i < to && matching(&i) {
                out.push(i);
            }
        }
        out
    }
}

/// The excess finding of one `Action` pattern, whatever statement holds it: a service
/// wildcard is broad; otherwise the actions it grants that no requirement uses.
fn grant_finding(p: &str, used: &BTreeSet<String>) -> Option<(Kind, String)> {
    let lp = p.to_ascii_lowercase();
    let (count, mut unused): (usize, Vec<&str>) = if lp.contains(['*', '?']) {
        let granted = ACTIONS.granted(&lp);
        let unused = granted
            .iter()
            .filter(|i| !used.contains(ACTIONS.lower(**i)))
            .map(|i| ACTIONS.names[*i].as_str())
            .collect();
        (granted.len(), unused)
    } else if used.contains(&lp) {
        (1, vec![])
    } else {
        (1, vec![p])
    };
    if p.ends_with(":*") || p == "*" {
        return Some((
            Kind::Broad,
            format!(
                "service wildcard grants {count} actions, {} of them used by this plan",
                count - unused.len()
            ),
        ));
    }
    if unused.is_empty() {
        return None;
    }
    unused.sort();
    let shown = unused.len().min(20);
    let more = if unused.len() > shown {
        format!(" and {} more", unused.len() - shown)
    } else {
        String::new()
    };
    Some((
        Kind::Unused,
        format!("unused: {}{more}", unused[..shown].join(", ")),
    ))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The indexed search finds exactly the actions a match against every name finds.
    #[test]
    fn granted_agrees_with_matching_every_action() {
        let ix = &*ACTIONS;
        for p in [
            "*",
            "s3:*",
            "S3:Get*",
            "*get*",
            "*Get*Policy",
            "ec2:Describe*s",
            "*:List*",
            "iam:?ass*",
            "*object*tag*",
            "s3:GetObject",
            "*nosuchaction*",
            "?3:get*",
            "**get**",
            "*:*",
            "*s",
            "sts:*Caller*",
        ] {
            let lp = p.to_ascii_lowercase();
            let fast = ix.granted(&lp);
            let slow: Vec<usize> = (0..ix.names.len())
                .filter(|i| eval::action_match(p, &ix.names[*i]))
                .collect();
            assert_eq!(fast, slow, "{p}");
        }
        // The comparison is not vacuous: some patterns grant many actions, some none.
        assert!(ix.granted("*get*").len() > 1000);
        assert!(ix.granted("*nosuchaction*").is_empty());
    }
}
