//! Markdown summary of a prediction: per resource address the change and the actions it needs,
//! then what the policy does not cover, then the policy itself.

use crate::iam::policy::PolicyDocument;
use crate::predict::{Prediction, Requirement};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Actions per address, gathered while requirements stream past.
#[derive(Default)]
pub struct Summary {
    by_addr: BTreeMap<Arc<str>, BTreeSet<&'static str>>,
}

impl Summary {
    pub fn add(&mut self, r: &Requirement) {
        match self.by_addr.get_mut(&r.because.address) {
            Some(set) => {
                set.insert(r.action);
            }
            None => {
                self.by_addr
                    .insert(r.because.address.clone(), BTreeSet::from([r.action]));
            }
        }
    }

    /// Takes in what another summary gathered.
    pub fn append(&mut self, other: Summary) {
        for (addr, actions) in other.by_addr {
            self.by_addr.entry(addr).or_default().extend(actions);
        }
    }
}

pub fn render(plan_name: &str, p: &Prediction, summary: &Summary, doc: &PolicyDocument) -> String {
    let by_addr = &summary.by_addr;
    let actions: BTreeSet<&str> = by_addr.values().flatten().copied().collect();
    let mut out = String::new();
    out.push_str(&format!("# iamplan: `{}` policy\n\n", p.phase));
    out.push_str(&format!("Plan: `{}`\n\n", md_escape(plan_name)));
    out.push_str(&format!(
        "{} action(s) for {} address(es) in {} statement(s).\n\n",
        actions.len(),
        by_addr.len(),
        doc.statements.len()
    ));
    if let Some(l) = super::unmapped_line(p) {
        out.push_str(&format!("> **Warning:** {}\n\n", md_escape(&l)));
    }
    for l in &p.coverage.incomplete {
        out.push_str(&format!(
            "> **Warning:** incomplete plan, this policy covers only what it shows: {}\n\n",
            md_escape(l)
        ));
    }
    if let Some(l) = super::other_providers_line(p) {
        out.push_str(&format!("Note: {}.\n\n", md_escape(&l)));
    }
    out.push_str("| Address | Type | Change | Actions |\n|---|---|---|---|\n");
    for (addr, acts) in by_addr {
        let (change, type_name) = p
            .changes()
            .get(addr)
            .map(|(c, t)| (*c, *t))
            .unwrap_or(("", ""));
        let list: Vec<String> = acts.iter().map(|a| format!("`{a}`")).collect();
        out.push_str(&format!(
            "| `{}` | `{}` | {} | {} |\n",
            md_escape(addr),
            type_name,
            change,
            list.join(", ")
        ));
    }
    let no_actions: Vec<_> = p
        .changes()
        .iter()
        .filter(|(a, _)| !by_addr.contains_key(&**a))
        .collect();
    if !no_actions.is_empty() {
        out.push_str("\nChanges that need no IAM action:\n\n");
        for (a, (c, t)) in no_actions {
            out.push_str(&format!("- `{}` (`{t}`): {c}\n", md_escape(a)));
        }
    }
    if !p.coverage.unmapped.is_empty() {
        out.push_str("\n## AWS types without a rule\n\n| Type | Instances |\n|---|---|\n");
        for (t, n) in &p.coverage.unmapped {
            out.push_str(&format!("| `{t}` | {n} |\n"));
        }
    }
    if !p.caller.is_empty() {
        out.push_str("\n## What the caller needs (not part of this policy)\n\n");
        for c in &p.caller {
            out.push_str(&format!(
                "- `{}` on `{}` ({})\n",
                c.action,
                md_escape(&c.resource),
                md_escape(&c.because)
            ));
        }
    }
    out.push_str("\n## Policy\n\n```json\n");
    out.push_str(&doc.to_json_pretty());
    out.push_str("```\n");
    out
}

/// Keeps table cells intact: pipes and newlines would break the row.
fn md_escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
