//! Parses the embedded IAM reference snapshot once, on first use: commands that print a policy
//! with `"*"` resources never pay for it.

use once_cell::sync::Lazy;
use std::collections::HashMap;

static ACTIONS_TSV: &str = include_str!("../../rules/iam-reference/actions.tsv");
static RESOURCES_TSV: &str = include_str!("../../rules/iam-reference/resources.tsv");
static VERSION: &str = include_str!("../../rules/iam-reference/VERSION");

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AccessLevel {
    List,
    Read,
    Tagging,
    Write,
    PermissionsManagement,
}

impl AccessLevel {
    /// The reference lists some actions under two levels ("Tagging, Write"); the more
    /// specific one is kept.
    fn parse(s: &str) -> AccessLevel {
        if s.contains("Permissions management") {
            AccessLevel::PermissionsManagement
        } else if s.contains("Tagging") {
            AccessLevel::Tagging
        } else if s.contains("Write") {
            AccessLevel::Write
        } else if s.contains("Read") {
            AccessLevel::Read
        } else if s.contains("List") {
            AccessLevel::List
        } else {
            AccessLevel::Write
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            AccessLevel::List => "List",
            AccessLevel::Read => "Read",
            AccessLevel::Tagging => "Tagging",
            AccessLevel::Write => "Write",
            AccessLevel::PermissionsManagement => "Permissions management",
        }
    }
    pub fn is_read_only(self) -> bool {
        matches!(self, AccessLevel::List | AccessLevel::Read)
    }
}

#[derive(Debug)]
pub struct ActionInfo {
    pub service: &'static str,
    pub name: &'static str,
    pub access: AccessLevel,
    /// (resource type key, required)
    pub resource_types: Vec<(&'static str, bool)>,
}

impl ActionInfo {
    pub fn full_name(&self) -> String {
        format!("{}:{}", self.service, self.name)
    }
}

pub struct Reference {
    /// Sorted by (service, lower-case action name), as the snapshot file is: lookups
    /// binary-search, so start-up builds no hash map of 20,000 lower-cased keys.
    actions: Vec<ActionInfo>,
    arns: HashMap<(&'static str, &'static str), &'static str>,
}

fn cmp_ci(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

static REFERENCE: Lazy<Reference> = Lazy::new(|| {
    let mut actions = Vec::with_capacity(24_000);
    for line in ACTIONS_TSV.lines().filter(|l| !l.starts_with('#')) {
        let mut f = line.split('\t');
        let (Some(svc), Some(name), Some(level)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let rts = f
            .next()
            .unwrap_or("")
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| match s.strip_suffix('*') {
                Some(k) => (k, true),
                None => (s, false),
            })
            .collect();
        actions.push(ActionInfo {
            service: svc,
            name,
            access: AccessLevel::parse(level),
            resource_types: rts,
        });
    }
    // The snapshot is sorted already; sorting again keeps lookups right if it ever is not.
    actions.sort_by(|a, b| {
        a.service
            .cmp(b.service)
            .then_with(|| cmp_ci(a.name, b.name))
    });
    let mut arns = HashMap::with_capacity(2_500);
    for line in RESOURCES_TSV.lines().filter(|l| !l.starts_with('#')) {
        let mut f = line.split('\t');
        if let (Some(svc), Some(key), Some(arn)) = (f.next(), f.next(), f.next()) {
            arns.insert((svc, key), arn);
        }
    }
    Reference { actions, arns }
});

pub fn reference() -> &'static Reference {
    &REFERENCE
}

impl Reference {
    /// Looks an action up case-insensitively; compare `name` to check exact spelling.
    pub fn action(&self, full: &str) -> Option<&ActionInfo> {
        let (svc, name) = full.split_once(':')?;
        let svc_lower = svc.to_ascii_lowercase();
        self.actions
            .binary_search_by(|a| {
                a.service
                    .cmp(svc_lower.as_str())
                    .then_with(|| cmp_ci(a.name, name))
            })
            .ok()
            .map(|i| &self.actions[i])
    }

    /// The exact-case action if `full` is spelled exactly as AWS does.
    pub fn exact(&self, full: &str) -> Option<&ActionInfo> {
        self.action(full).filter(|a| {
            full.len() == a.service.len() + 1 + a.name.len()
                && full.starts_with(a.service)
                && full[a.service.len() + 1..] == *a.name
        })
    }

    pub fn arn_template(&self, service: &str, resource_type: &str) -> Option<&'static str> {
        self.arns.get(&(service, resource_type)).copied()
    }

    pub fn actions(&self) -> impl Iterator<Item = &ActionInfo> {
        self.actions.iter()
    }

    pub fn version(&self) -> &'static str {
        VERSION.trim()
    }

    pub fn len(&self) -> usize {
        self.actions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.actions.is_empty()
    }
}
