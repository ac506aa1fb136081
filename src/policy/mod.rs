//! From requirements to a policy document: actions grouped by identical resource sets and
//! conditions into statements, everything sorted, so the same requirements always print the
//! same bytes. A `"*"` grant for an action subsumes that action's scoped grants. The builder
//! takes requirements one at a time, so a prediction can stream into it.

use crate::iam::policy::{PolicyDocument, Statement};
use crate::predict::Requirement;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

type CondKey = Option<(&'static str, &'static str)>;
/// An action's name and the resources granted for it.
type Grants = (&'static str, BTreeSet<Rc<str>>);

/// Accumulates requirements. Keyed by the address of the rule's action string (each rule
/// block's action is one `&'static str`), so the hot path hashes a pointer instead of
/// comparing names; names are merged once, in `finish`.
#[derive(Default)]
pub struct Builder {
    by_ptr: HashMap<(usize, CondKey), Grants>,
}

impl Builder {
    pub fn add(&mut self, r: &Requirement) {
        let key = (r.action.as_ptr() as usize, r.condition);
        let (_, set) = self
            .by_ptr
            .entry(key)
            .or_insert_with(|| (r.action, BTreeSet::new()));
        if !set.contains(&r.resource) {
            set.insert(r.resource.clone());
        }
    }

    pub fn finish(self) -> PolicyDocument {
        let mut by_action: BTreeMap<(&'static str, CondKey), BTreeSet<Rc<str>>> = BTreeMap::new();
        for ((_, cond), (action, set)) in self.by_ptr {
            by_action.entry((action, cond)).or_default().extend(set);
        }
        // (resources, condition) -> actions
        let mut groups: BTreeMap<(Vec<Rc<str>>, CondKey), BTreeSet<&str>> = BTreeMap::new();
        for ((action, cond), resources) in by_action {
            let res: Vec<Rc<str>> = if resources.iter().any(|r| &**r == "*") {
                vec![Rc::from("*")]
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
                    inner.insert(key.to_string(), vec![value.to_string()]);
                    condition.insert("StringEquals".to_string(), inner);
                }
                Statement {
                    sid: None,
                    effect: "Allow",
                    actions: actions.into_iter().map(str::to_string).collect(),
                    resources: res.iter().map(|r| r.to_string()).collect(),
                    condition,
                }
            })
            .collect();
        statements.sort_by(|a, b| {
            (&a.actions, &a.resources, &a.condition).cmp(&(&b.actions, &b.resources, &b.condition))
        });
        PolicyDocument { statements }
    }
}

pub fn render(reqs: &[Requirement]) -> PolicyDocument {
    let mut b = Builder::default();
    for r in reqs {
        b.add(r);
    }
    b.finish()
}
