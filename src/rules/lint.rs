//! Validation of the rules database: every file splits into entries, every entry parses and is
//! in canonical form, entries are sorted and unique, every action exists spelled exactly in
//! the IAM reference, and the semantic checks that keep rules honest (no wildcards, read-only
//! actions in delete blocks only with a reason, data sources only read).

use super::schema::{format_entry, parse_entry, parse_versions, BlockKind, Kind};
use super::split::split;
use crate::iam::reference;
use std::collections::BTreeMap;

/// Lints one file's text; `origin_types` collects (origin, kind, type) -> file for the
/// cross-file uniqueness check.
pub fn lint_file(
    file: &str,
    text: &str,
    seen: &mut BTreeMap<(String, Kind, String), String>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let spans = match split(text) {
        Ok(s) => s,
        Err(e) => return vec![format!("rules/{file}: {e}")],
    };
    let origin = file.split('/').next().unwrap_or("").to_string();
    let refr = reference();
    let mut prev: Option<(Kind, String)> = None;
    for sp in spans {
        let entry = &text[sp.start..sp.end];
        let line = text[..sp.start].matches('\n').count() + 1;
        let at = format!("rules/{file}:{line} {} \"{}\"", sp.kind, sp.type_name);
        let rule = match parse_entry(entry) {
            Ok(r) => r,
            Err(e) => {
                problems.push(format!("{at}: {e}"));
                continue;
            }
        };
        let key = (rule.kind, rule.type_name.clone());
        if let Some(p) = &prev {
            if *p >= key {
                problems.push(format!(
                    "{at}: out of order or duplicated (entries are sorted by kind, then type)"
                ));
            }
        }
        prev = Some(key.clone());
        let stands_for = super::canonical(key.0, &key.1);
        if stands_for != key.1 {
            problems.push(format!(
                "{at}: an alias of {} \"{stands_for}\" (the provider registers both with the same handlers): its rule is that type's; remove this entry",
                key.0.keyword()
            ));
        }
        if let Some(other) = seen.insert((origin.clone(), key.0, key.1.clone()), file.to_string()) {
            if other != file {
                problems.push(format!("{at}: also defined in rules/{other}"));
            }
        }
        // Which provider versions a rule follows matters once a major changes the calls; the
        // imported baseline says it in its source (one provider-model version for all).
        match rule.provider_versions.as_deref().map(parse_versions) {
            None if origin == "curated" => problems.push(format!(
                "{at}: no `provider_versions` (which provider versions the rule follows, e.g. \"5.100.0, 6.x\")"
            )),
            Some(Ok(v))
                if super::removed_in_6(rule.kind, &rule.type_name).is_some()
                    && (v.iter().any(|s| s.major() >= 6) || rule.note.is_none()) =>
            {
                problems.push(format!(
                    "{at}: hashicorp/aws 6.0.0 removed this type: `provider_versions` must name only 5.x releases and a `note` must say it is v5-only"
                ));
            }
            _ => {}
        }
        let canonical = format_entry(&rule);
        if canonical != entry {
            problems.push(format!(
                "{at}: not in canonical form (run `cargo run --bin rules-fmt` to rewrite)"
            ));
        }
        if let Some(t) = &rule.arn {
            if !t.starts_with("arn:${partition}:") && crate::predict::arn::shape(t) != "*" {
                problems.push(format!("{at}: `arn` must start with `arn:${{partition}}:` (or be one `${{attribute}}`)"));
            }
        }
        for b in &rule.blocks {
            if let Some(t) = &b.resource {
                let sh = crate::predict::arn::shape(t);
                for a in &b.actions {
                    // Shape against shape: both have wildcards, so "could one ARN be both".
                    let fits = crate::predict::arn::fit_shapes(a).is_none_or(|ss| {
                        ss.iter()
                            .any(|s| crate::predict::arn::patterns_overlap(s, &sh))
                    });
                    if sh != "*" && !fits {
                        problems.push(format!(
                            "{at}: `resource = {t:?}` is not the shape of any IAM resource type of `{a}`"
                        ));
                    }
                }
            }
            if !rule.kind.allows(b.kind) {
                let only = match rule.kind {
                    Kind::Action => "`invoke` blocks",
                    Kind::Resource => "resource blocks (`invoke` is for actions)",
                    _ => "`read` blocks",
                };
                problems.push(format!(
                    "{at}: {} entries take only {only}",
                    rule.kind.keyword()
                ));
            }
            for a in &b.actions {
                if a.contains('*') || a.contains('?') {
                    problems.push(format!("{at}: wildcard action `{a}` (name each action)"));
                    continue;
                }
                match refr.action(a) {
                    None => problems.push(format!("{at}: `{a}` is not in the IAM reference")),
                    Some(info) => {
                        if refr.exact(a).is_none() {
                            problems.push(format!(
                                "{at}: `{a}` is spelled `{}` in the IAM reference",
                                info.full_name()
                            ));
                        }
                        if b.kind == BlockKind::Delete
                            && info.access.is_read_only()
                            && b.note.is_none()
                        {
                            problems.push(format!(
                                "{at}: read-only `{a}` in a delete block needs a `note` saying why"
                            ));
                        }
                    }
                }
            }
        }
    }
    problems
}

/// Lints every embedded file.
pub fn lint_all() -> Vec<String> {
    let mut seen = BTreeMap::new();
    let mut problems = Vec::new();
    for (file, text) in super::files() {
        problems.extend(lint_file(file, text, &mut seen));
    }
    problems
}
