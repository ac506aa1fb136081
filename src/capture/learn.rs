//! `iamplan learn`: turns attributed gaps of a capture into rule additions, each with the
//! provenance `capture: <what ran> (<provider version>, <date>)`. Without `--write` it prints
//! the proposed blocks; with `--write` it edits `rules/` in canonical form (curated entries in
//! place; an imported entry is first copied into `rules/curated/learned.hcl`). Ambiguous or
//! unattributed gaps and provider-level calls are never written; re-running changes nothing.

use super::verify::{read_captures, verify, Gap};
use crate::app;
use crate::bail;
use crate::cli::LearnArgs;
use crate::error::{Error, Result};
use crate::plan::{self, Plan, Values};
use crate::predict::{self, changed_attributes, Phase};
use crate::rules::{
    self, canonical_text, format_entry, split, Block, BlockKind, Kind, Origin, Rule,
};
use std::path::{Path, PathBuf};

/// One proposed addition.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub type_name: String,
    pub address: String,
    pub block: Block,
}

/// Today as YYYY-MM-DD (UTC), from the system clock; provenance only.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!("{y:04}-{m:02}-{d:02}")
}

fn provider_version(plan: &Plan<'_>) -> String {
    plan.configuration
        .as_ref()
        .and_then(|c| c.get("provider_config"))
        .and_then(|pc| pc.get("aws"))
        .and_then(|a| a.get("version_constraint"))
        .and_then(|v| v.as_str())
        .map(|v| format!("hashicorp/aws {v}"))
        .unwrap_or_else(|| "hashicorp/aws, version not in the plan".into())
}

/// Which block of the rule a gap belongs to, from what the phase did to its resource.
fn block_for(
    plan: &Plan<'_>,
    phase: Phase,
    address: &str,
    rule: &Rule,
    label: &str,
    action: &str,
    source: &str,
) -> Block {
    let mut b = Block {
        kind: BlockKind::Read,
        condition: None,
        attributes: Vec::new(),
        actions: vec![action.to_string()],
        resource: None,
        source: Some(source.to_string()),
        note: None,
        pass_attribute: None,
        pass_service: None,
    };
    b.kind = match (phase, label) {
        (_, "create") => BlockKind::Create,
        (_, l) if l.starts_with("replace") => BlockKind::Create,
        (_, "delete") | (Phase::Destroy, "destroy") => BlockKind::Delete,
        (_, "update") => {
            if let Some(c) = plan.changes.iter().find(|c| &*c.address == address) {
                let before = Values::from_raw(c.before, None, c.before_sensitive);
                let after = Values::from_raw(c.after, c.after_unknown, c.after_sensitive);
                b.attributes =
                    changed_attributes(rule, &before, &after, plan.config_expressions(address));
            }
            BlockKind::Update
        }
        _ => BlockKind::Read,
    };
    b
}

/// Proposals for the attributed gaps of a capture.
pub fn propose(plan: &Plan<'_>, phase: Phase, gaps: &[Gap], what: &str) -> Result<Vec<Proposal>> {
    let pred = predict::predict(plan, phase, &predict::ScopeFlags::default())?;
    let source = format!("capture: {what} ({}, {})", provider_version(plan), today());
    let mut out = Vec::new();
    for g in gaps.iter().filter(|g| g.attribution() == "attributed") {
        let address = &g.candidates[0];
        let Some((label, type_name)) = pred.changes().get(address.as_str()).map(|(l, t)| (*l, *t))
        else {
            continue;
        };
        let kind = if address.starts_with("data.") || address.contains(".data.") {
            Kind::Data
        } else {
            Kind::Resource
        };
        let Some(entry) = rules::lookup(kind, type_name) else {
            continue;
        };
        let rule = entry.rule().map_err(Error::new)?;
        let block = block_for(plan, phase, address, rule, label, &g.action, &source);
        // Already there (same kind, unconditional, same attributes)? Then nothing to learn.
        let known = rule.blocks(block.kind).any(|b| {
            b.condition.is_none()
                && b.attributes == block.attributes
                && b.actions.iter().any(|a| a.eq_ignore_ascii_case(&g.action))
        });
        if known {
            continue;
        }
        // Gaps of one resource and block kind become one block.
        match out.iter_mut().find(|p: &&mut Proposal| {
            p.type_name == type_name
                && p.block.kind == block.kind
                && p.block.attributes == block.attributes
        }) {
            Some(p) => {
                p.block.actions.extend(block.actions);
                p.block.actions.sort();
                p.block.actions.dedup();
            }
            None => out.push(Proposal {
                type_name: type_name.to_string(),
                address: address.clone(),
                block,
            }),
        }
    }
    Ok(out)
}

/// Applies proposals to the rules directory; returns the files changed.
pub fn write(rules_dir: &Path, proposals: &[Proposal]) -> Result<Vec<PathBuf>> {
    let mut changed = Vec::new();
    for p in proposals {
        let Some(entry) = rules::lookup(Kind::Resource, &p.type_name)
            .or_else(|| rules::lookup(Kind::Data, &p.type_name))
        else {
            continue;
        };
        let (file, imported) = match entry.origin {
            Origin::Curated => (rules_dir.join(entry.file), false),
            Origin::Imported => (rules_dir.join("curated").join("learned.hcl"), true),
        };
        let text = if file.exists() {
            std::fs::read_to_string(&file)
                .map_err(|e| Error::new(format!("{}: {e}", file.display())))?
        } else {
            "# Entries learned from runtime captures (iamplan learn --write), copied from imported rules.\n".to_string()
        };
        let spans =
            split::split(&text).map_err(|e| Error::new(format!("{}: {e}", file.display())))?;
        let existing = spans
            .iter()
            .find(|s| s.type_name == p.type_name && s.kind == entry.kind.keyword());
        let mut rule = match existing {
            Some(s) => rules::parse_entry(&text[s.start..s.end])
                .map_err(|e| Error::new(format!("{}: {e}", file.display())))?,
            None if imported => {
                let mut r = entry.rule().map_err(Error::new)?.clone();
                r.note = Some(format!(
                    "copied from rules/{} to add what a capture showed",
                    entry.file
                ));
                r
            }
            None => bail!("{}: no entry for {} to extend", file.display(), p.type_name),
        };
        let dup = rule.blocks.iter().any(|b| {
            b.kind == p.block.kind
                && b.condition.is_none()
                && b.attributes == p.block.attributes
                && b.actions
                    .iter()
                    .any(|a| p.block.actions.iter().any(|x| x.eq_ignore_ascii_case(a)))
        });
        if dup {
            continue;
        }
        rule.blocks.push(p.block.clone());
        let new_entry = format_entry(&rule);
        let mut new_text = match existing {
            Some(s) => format!("{}{}{}", &text[..s.start], new_entry, &text[s.end..]),
            None => format!("{text}\n{new_entry}"),
        };
        new_text = canonical_text(&new_text)
            .map_err(|e| Error::new(format!("{}: {e}", file.display())))?;
        std::fs::write(&file, new_text)
            .map_err(|e| Error::new(format!("{}: {e}", file.display())))?;
        if !changed.contains(&file) {
            changed.push(file);
        }
    }
    Ok(changed)
}

pub fn run(a: LearnArgs) -> Result<u8> {
    let input = plan::load::read(&a.plan)?;
    let plan = plan::parse(&input.name, &input.text)?;
    let calls = read_captures(&a.captures)?;
    let phase = app::phase(a.phase);
    let pred = predict::predict(&plan, phase, &predict::ScopeFlags::default())?;
    let v = verify(&pred, &calls);
    let what = a.what.clone().unwrap_or_else(|| {
        format!(
            "terraform {} of {}",
            if phase == Phase::Destroy {
                "destroy"
            } else {
                "apply"
            },
            plan.name
        )
    });
    let proposals = propose(&plan, phase, &v.gaps, &what)?;
    let mut out = String::new();
    for g in v.gaps.iter().filter(|g| g.attribution() != "attributed") {
        out.push_str(&format!(
            "not learned: {} ({}{})\n",
            g.action,
            g.attribution(),
            if g.candidates.is_empty() {
                String::new()
            } else {
                format!(": {}", g.candidates.join(", "))
            }
        ));
    }
    for p in &proposals {
        let mut b = p.block.clone();
        b.actions.sort();
        out.push_str(&format!(
            "# {} ({})\n{}",
            p.type_name,
            p.address,
            block_text(&p.type_name, &b)
        ));
    }
    if proposals.is_empty() {
        out.push_str("nothing to learn: every attributed call is already in the rules\n");
    }
    if a.write && !proposals.is_empty() {
        let dir = Path::new("rules");
        if !dir.join("curated").is_dir() {
            bail!(
                "--write edits ./rules: run it from the iamplan repository (no rules/curated here)"
            );
        }
        for f in write(dir, &proposals)? {
            out.push_str(&format!("wrote {}\n", f.display()));
        }
    }
    app::emit(&out)?;
    Ok(0)
}

fn block_text(type_name: &str, b: &Block) -> String {
    let r = Rule {
        kind: Kind::Resource,
        type_name: type_name.into(),
        service: "x".into(),
        source: "x".into(),
        arn: None,
        verified: None,
        provider_versions: None,
        note: None,
        blocks: vec![b.clone()],
    };
    let t = format_entry(&r);
    // Only the block.
    t.lines()
        .skip_while(|l| !l.starts_with("  ") || l.contains(" = "))
        .filter(|l| l.starts_with("  "))
        .map(|l| format!("{}\n", &l[2..]))
        .collect()
}
