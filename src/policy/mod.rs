//! From requirements to a policy document: actions grouped by identical resource sets and
//! conditions into statements, everything sorted, so the same requirements always print the
//! same bytes. A `"*"` grant for an action subsumes that action's scoped grants. The builder
//! takes requirements one at a time, so a prediction can stream into it.

use crate::iam::policy::{PolicyDocument, Statement};
use crate::predict::Requirement;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

type CondKey = Option<(&'static str, &'static str)>;

/// A multiply-rotate hasher for pointer-sized keys (rustc's Fx): the builder's keys are
/// addresses of static or interned strings, so a cryptographic hash would only cost time.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.write_u64(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        for b in chunks.remainder() {
            self.write_u64(*b as u64);
        }
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
}

pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// One action's grants while requirements stream in. Requirements of one resource arrive
/// together and share one interned ARN, so comparing with the last pointer drops most
/// repeats without a set; the rest are removed by sorting in `finish`.
struct Grants {
    name: &'static str,
    last: usize,
    resources: Vec<Arc<str>>,
}

/// Accumulates requirements. Keyed by the address of the rule's action string (each rule
/// block's action is one `&'static str`), so the hot path hashes pointers instead of
/// comparing names; names are merged once, in `finish`.
#[derive(Default)]
pub struct Builder {
    by_ptr: HashMap<(usize, CondKey), Grants, FxBuild>,
}

impl Builder {
    pub fn add(&mut self, r: &Requirement) {
        let key = (r.action.as_ptr() as usize, r.condition);
        let g = self.by_ptr.entry(key).or_insert_with(|| Grants {
            name: r.action,
            last: 0,
            resources: Vec::new(),
        });
        let ptr = Arc::as_ptr(&r.resource) as *const u8 as usize;
        if g.last != ptr {
            g.last = ptr;
            g.resources.push(r.resource.clone());
        }
    }

    /// Takes in what another builder gathered (the order of requirements does not matter:
    /// `finish` sorts).
    pub fn append(&mut self, other: Builder) {
        for (key, g) in other.by_ptr {
            match self.by_ptr.entry(key) {
                std::collections::hash_map::Entry::Occupied(mut e) => {
                    e.get_mut().resources.extend(g.resources);
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(g);
                }
            }
        }
    }

    pub fn finish(self) -> PolicyDocument {
        let mut by_action: BTreeMap<(&'static str, CondKey), Vec<Arc<str>>> = BTreeMap::new();
        for ((_, cond), g) in self.by_ptr {
            by_action
                .entry((g.name, cond))
                .or_default()
                .extend(g.resources);
        }
        // (resources, condition) -> actions
        let mut groups: BTreeMap<(Vec<Arc<str>>, CondKey), BTreeSet<&str>> = BTreeMap::new();
        for ((action, cond), mut resources) in by_action {
            let res: Vec<Arc<str>> = if resources.iter().any(|r| &**r == "*") {
                vec![Arc::from("*")]
            } else {
                resources.sort_unstable();
                resources.dedup();
                resources
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

impl crate::predict::Sink for Builder {
    // Builders sort what they gather.
    const ORDERED: bool = false;
    fn add(&mut self, r: Requirement) {
        Builder::add(self, &r);
    }
    fn append(&mut self, later: Builder) {
        Builder::append(self, later);
    }
}
