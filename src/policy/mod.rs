//! From requirements to a policy document: actions grouped by identical resource sets and
//! conditions into statements, everything sorted, so the same requirements always print the
//! same bytes. A `"*"` grant for an action subsumes that action's scoped grants.

use crate::iam::policy::{PolicyDocument, Statement};
use crate::predict::Requirement;
use std::collections::{BTreeMap, BTreeSet};

type CondKey = Option<(&'static str, String)>;

pub fn render(reqs: &[Requirement]) -> PolicyDocument {
    // (action, condition) -> resources
    let mut by_action: BTreeMap<(&str, CondKey), BTreeSet<&str>> = BTreeMap::new();
    for r in reqs {
        by_action
            .entry((r.action, r.condition.clone()))
            .or_default()
            .insert(r.resource.as_str());
    }
    // (resources, condition) -> actions
    let mut groups: BTreeMap<(Vec<&str>, CondKey), BTreeSet<&str>> = BTreeMap::new();
    for ((action, cond), resources) in by_action {
        let res: Vec<&str> = if resources.contains("*") {
            vec!["*"]
        } else {
            resources.into_iter().collect()
        };
        groups.entry((res, cond)).or_default().insert(action);
    }
    let mut statements: Vec<Statement> = groups
        .into_iter()
        .map(|((res, cond), actions)| {
            let mut condition = BTreeMap::new();
            if let Some((key, value)) = cond {
                let mut inner = BTreeMap::new();
                inner.insert(key.to_string(), vec![value]);
                condition.insert("StringEquals".to_string(), inner);
            }
            Statement {
                sid: None,
                effect: "Allow",
                actions: actions.into_iter().map(str::to_string).collect(),
                resources: res.into_iter().map(str::to_string).collect(),
                condition,
            }
        })
        .collect();
    statements.sort_by(|a, b| {
        (&a.actions, &a.resources, &a.condition).cmp(&(&b.actions, &b.resources, &b.condition))
    });
    PolicyDocument { statements }
}
