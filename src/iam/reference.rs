//! Parses the embedded IAM reference snapshot once, on first use: commands that print a policy
//! with `"*"` resources never pay for it.

use once_cell::race::OnceBox;
use once_cell::sync::Lazy;

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
    /// The snapshot's action lines, sorted by (service, lower-case action name) as the refresh
    /// script writes them (a test keeps it so): lookups binary-search the lines and parse only
    /// the line they need, so a small plan does not pay for 20,000 entries.
    lines: Vec<&'static str>,
    /// A pointer per line, filled when the line is first parsed (two threads may both parse
    /// it; one result is kept).
    parsed: Vec<OnceBox<ActionInfo>>,
    /// The resource type lines, sorted by (service, resource type), binary-searched too.
    arns: Vec<&'static str>,
}

/// The data lines of a snapshot file (not comments, not empty). memchr rather than
/// `str::lines`, which takes milliseconds over the megabyte of actions.
fn data_lines(text: &'static str) -> Vec<&'static str> {
    let mut out = Vec::with_capacity(text.len() / 40);
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
        let line = &text[start..end];
        let line = line.strip_suffix('\r').unwrap_or(line);
        start = end + 1;
        if !line.is_empty() && !line.starts_with('#') {
            out.push(line);
        }
    }
    out
}

fn cmp_ci(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes()
        .map(|c| c.to_ascii_lowercase())
        .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// (service, action) of a snapshot line.
fn key(line: &str) -> (&str, &str) {
    let mut f = line.split('\t');
    (f.next().unwrap_or(""), f.next().unwrap_or(""))
}

fn parse_line(line: &'static str) -> ActionInfo {
    let mut f = line.split('\t');
    let svc = f.next().unwrap_or("");
    let name = f.next().unwrap_or("");
    let level = f.next().unwrap_or("");
    let resource_types = f
        .next()
        .unwrap_or("")
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| match s.strip_suffix('*') {
            Some(k) => (k, true),
            None => (s, false),
        })
        .collect();
    ActionInfo {
        service: svc,
        name,
        access: AccessLevel::parse(level),
        resource_types,
    }
}

static REFERENCE: Lazy<Reference> = Lazy::new(|| {
    let lines = data_lines(ACTIONS_TSV);
    let parsed = lines.iter().map(|_| OnceBox::new()).collect();
    Reference {
        lines,
        parsed,
        arns: data_lines(RESOURCES_TSV),
    }
});

pub fn reference() -> &'static Reference {
    &REFERENCE
}

impl Reference {
    /// Looks an action up case-insensitively; compare `name` to check exact spelling.
    pub fn action(&self, full: &str) -> Option<&ActionInfo> {
        let (svc, name) = full.split_once(':')?;
        let svc_lower = svc.to_ascii_lowercase();
        let i = self
            .lines
            .binary_search_by(|l| {
                let (s, n) = key(l);
                s.cmp(svc_lower.as_str()).then_with(|| cmp_ci(n, name))
            })
            .ok()?;
        Some(self.parsed[i].get_or_init(|| Box::new(parse_line(self.lines[i]))))
    }

    /// Whether the snapshot is in the order lookups rely on (a test checks it).
    pub fn is_sorted(&self) -> bool {
        self.lines.windows(2).all(|w| {
            let (a, b) = (key(w[0]), key(w[1]));
            a.0.cmp(b.0).then_with(|| cmp_ci(a.1, b.1)) == std::cmp::Ordering::Less
        }) && self.arns.windows(2).all(|w| key(w[0]) < key(w[1]))
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
        let i = self
            .arns
            .binary_search_by(|l| key(l).cmp(&(service, resource_type)))
            .ok()?;
        self.arns[i].split('\t').nth(2)
    }

    pub fn actions(&self) -> impl Iterator<Item = &ActionInfo> {
        self.lines
            .iter()
            .zip(&self.parsed)
            .map(|(l, c)| c.get_or_init(|| Box::new(parse_line(l))))
    }

    pub fn version(&self) -> &'static str {
        VERSION.trim()
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}
