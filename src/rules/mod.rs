//! The rules database: the embedded `rules/` files (indexed at build time by `build.rs`), lazy
//! per-entry parsing, lookup by Terraform type with curated entries taking precedence over
//! imported ones (and the provider's alias names resolved to the type they stand for), and the
//! linter that keeps the data valid and canonical.

pub mod coverage;
pub mod lint;
mod schema;
pub mod split;

pub use schema::{
    format_entry, parse_entry, parse_versions, Block, BlockKind, Condition, Kind, Rule, VersionSpec,
};

use once_cell::sync::{Lazy, OnceCell};

mod index {
    include!(concat!(env!("OUT_DIR"), "/rules_index.rs"));
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    Curated,
    Imported,
}

impl Origin {
    pub fn label(self) -> &'static str {
        match self {
            Origin::Curated => "curated",
            Origin::Imported => "imported",
        }
    }
}

/// One embedded entry: where it lives and (once asked for) its parsed form.
pub struct Entry {
    pub kind: Kind,
    pub type_name: &'static str,
    pub origin: Origin,
    pub file: &'static str,
    pub text: &'static str,
    parsed: OnceCell<Result<Rule, String>>,
}

impl Entry {
    pub fn rule(&self) -> Result<&Rule, String> {
        self.parsed
            .get_or_init(|| parse_entry(self.text))
            .as_ref()
            .map_err(|e| format!("rules/{}: {e}", self.file))
    }
}

static ENTRIES: Lazy<Vec<Entry>> = Lazy::new(|| {
    let mut v: Vec<Entry> = index::ENTRIES
        .iter()
        .map(|&(k, t, imported, f, s, e)| {
            let (file, text) = index::FILES[f];
            Entry {
                kind: Kind::from_keyword(k).expect("build.rs only indexes known kinds"),
                type_name: t,
                origin: if imported {
                    Origin::Imported
                } else {
                    Origin::Curated
                },
                file,
                text: &text[s..e],
                parsed: OnceCell::new(),
            }
        })
        .collect();
    // build.rs sorts by keyword text; lookups need the Kind order.
    v.sort_by(|a, b| (a.kind, a.type_name, a.origin).cmp(&(b.kind, b.type_name, b.origin)));
    v
});

/// Every embedded rules file, for the linter.
pub fn files() -> &'static [(&'static str, &'static str)] {
    index::FILES
}

/// Every entry, curated and imported, sorted by (kind, type, origin).
pub fn entries() -> &'static [Entry] {
    &ENTRIES
}

/// Type names the provider registers twice with the same handlers: (kind, alias, the type it
/// stands for). A plan may use either name; both need the same permissions, so the rule lives
/// under one name only (lint refuses an entry under an alias) and lookups resolve the alias.
/// Source: terraform-provider-aws internal/service/elbv2/service_package_gen.go (each `aws_alb*`
/// name registered with the `Factory` of its `aws_lb*` name); the provider model's CRUD map
/// (v6.60.0) gives both names the same handlers, and no other pair of types shares them.
pub const ALIASES: &[(Kind, &str, &str)] = &[
    (Kind::Resource, "aws_alb", "aws_lb"),
    (Kind::Resource, "aws_alb_listener", "aws_lb_listener"),
    (
        Kind::Resource,
        "aws_alb_listener_certificate",
        "aws_lb_listener_certificate",
    ),
    (
        Kind::Resource,
        "aws_alb_listener_rule",
        "aws_lb_listener_rule",
    ),
    (
        Kind::Resource,
        "aws_alb_target_group",
        "aws_lb_target_group",
    ),
    (
        Kind::Resource,
        "aws_alb_target_group_attachment",
        "aws_lb_target_group_attachment",
    ),
    (Kind::Data, "aws_alb", "aws_lb"),
    (Kind::Data, "aws_alb_listener", "aws_lb_listener"),
    (Kind::Data, "aws_alb_target_group", "aws_lb_target_group"),
];

static REMOVED_IN_6: &str = include_str!("../../rules/provider/removed-in-6.0.0.txt");

/// Why hashicorp/aws 6.0.0 removed a type, when it did (`rules/provider/removed-in-6.0.0.txt`,
/// from the v6 upgrade guide and changelog). Plans from 5.x still carry these types, so their
/// rules stay, marked v5-only.
pub fn removed_in_6(kind: Kind, type_name: &str) -> Option<&'static str> {
    REMOVED_IN_6
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut f = l.splitn(3, '\t');
            Some((f.next()?, f.next()?, f.next()?))
        })
        .find(|(k, t, _)| Kind::from_keyword(k) == Some(kind) && *t == type_name)
        .map(|(_, _, why)| why)
}

/// Every type 6.0.0 removed, for the linter and tests.
pub fn removed_types() -> Vec<(Kind, &'static str)> {
    REMOVED_IN_6
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((Kind::from_keyword(f.next()?)?, f.next()?))
        })
        .collect()
}

/// The name itself, as static text, when it is an alias (reports name a resource by the type
/// the plan gives it, not by the rule's).
pub fn alias_name(kind: Kind, type_name: &str) -> Option<&'static str> {
    ALIASES
        .iter()
        .find(|(k, alias, _)| *k == kind && *alias == type_name)
        .map(|(_, alias, _)| *alias)
}

/// The type an alias stands for, or the name itself.
pub fn canonical(kind: Kind, type_name: &str) -> &str {
    ALIASES
        .iter()
        .find(|(k, alias, _)| *k == kind && *alias == type_name)
        .map_or(type_name, |(_, _, t)| t)
}

/// The entry that applies to a type: curated if there is one, else imported.
pub fn lookup(kind: Kind, type_name: &str) -> Option<&'static Entry> {
    let type_name = canonical(kind, type_name);
    let all = entries();
    let i = all.partition_point(|e| (e.kind, e.type_name) < (kind, type_name));
    all.get(i)
        .filter(|e| e.kind == kind && e.type_name == type_name)
}

/// Every entry for a type (curated first), for `rules show`.
pub fn lookup_all(kind: Kind, type_name: &str) -> Vec<&'static Entry> {
    let type_name = canonical(kind, type_name);
    let all = entries();
    let i = all.partition_point(|e| (e.kind, e.type_name) < (kind, type_name));
    all[i..]
        .iter()
        .take_while(|e| e.kind == kind && e.type_name == type_name)
        .collect()
}

/// The canonical text of a whole rules file: its leading comment lines, then every entry in
/// canonical form, sorted by (kind, type), separated by blank lines. Comments inside entries
/// do not survive (use `note = "..."`), so they are reported as an error instead of dropped.
pub fn canonical_text(text: &str) -> Result<String, String> {
    let spans = split::split(text)?;
    let header: String = text
        .lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
        .filter(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let mut rules = Vec::new();
    for sp in &spans {
        let entry = &text[sp.start..sp.end];
        if entry
            .lines()
            .any(|l| l.trim_start().starts_with('#') || l.trim_start().starts_with("//"))
        {
            return Err(format!(
                "{} \"{}\": comments inside an entry would be lost; move them into `note = \"...\"`",
                sp.kind, sp.type_name
            ));
        }
        let rule =
            parse_entry(entry).map_err(|e| format!("{} \"{}\": {e}", sp.kind, sp.type_name))?;
        rules.push(rule);
    }
    rules.sort_by(|a, b| (a.kind, &a.type_name).cmp(&(b.kind, &b.type_name)));
    let mut out = header;
    for (i, r) in rules.iter().enumerate() {
        if i > 0 || !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&format_entry(r));
    }
    Ok(out)
}
