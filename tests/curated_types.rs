//! Every curated resource type, through the four changes the rules must get right: create,
//! a tags-only update, an update of another attribute the rule knows, and delete. The plans are
//! minimal synthetic `resource_changes` (one resource, plan format 1.2) so that every curated
//! type is covered, including those no local AWS mock supports; real plans per type come from
//! the real-run suite. A tags-only update must need only tagging and read actions.

mod common;
use common::plan_json;
use iamplan::iam::{is_read_only_action, reference, AccessLevel};
use iamplan::plan;
use iamplan::predict::{predict, Phase, ScopeFlags};
use iamplan::rules::{self, BlockKind, Kind, Origin};
use serde_json::json;
use std::collections::BTreeSet;

fn actions_of(text: &str, phase: Phase) -> BTreeSet<String> {
    let p = plan::parse("synthetic", text).expect("synthetic plan parses");
    let pred = predict(&p, phase, &ScopeFlags::default()).expect("predicts");
    pred.requirements
        .iter()
        .map(|r| r.action.to_string())
        .collect()
}

/// An attribute some unconditional update block names (other than tags), if the rule has one.
fn other_attribute(rule: &iamplan::rules::Rule) -> Option<String> {
    rule.blocks(BlockKind::Update)
        .filter(|b| b.condition.is_none() && !b.actions.is_empty())
        .flat_map(|b| b.attributes.iter())
        .find(|a| *a != "tags" && *a != "tags_all")
        .cloned()
}

fn join(s: &BTreeSet<String>) -> String {
    s.iter().cloned().collect::<Vec<_>>().join(", ")
}

#[test]
fn curated_types_create_tags_update_delete() {
    let mut report = String::new();
    let mut count = 0;
    let mut failures = Vec::new();
    for e in rules::entries()
        .iter()
        .filter(|e| e.kind == Kind::Resource && e.origin == Origin::Curated)
    {
        let rule = e.rule().unwrap();
        let t = e.type_name;
        count += 1;
        let create = actions_of(
            &plan_json(t, &["create"], json!(null), json!({"tags": {"team": "a"}})),
            Phase::Deploy,
        );
        // Types without tags (no block names them) cannot have a tags-only update.
        let taggable = rule.blocks.iter().any(|b| {
            b.attributes.iter().any(|a| a == "tags" || a == "tags_all")
                || matches!(&b.condition, Some(iamplan::rules::Condition::IfSet(p)) if p == "tags" || p == "tags_all")
        });
        let tags = if !taggable {
            BTreeSet::new()
        } else {
            actions_of(
                &plan_json(
                    t,
                    &["update"],
                    json!({"tags": {"team": "a"}, "tags_all": {"team": "a"}}),
                    json!({"tags": {"team": "b"}, "tags_all": {"team": "b"}}),
                ),
                Phase::Deploy,
            )
        };
        let other = other_attribute(rule).map(|a| {
            let acts = actions_of(
                &plan_json(t, &["update"], json!({ &a: "old" }), json!({ &a: "new" })),
                Phase::Deploy,
            );
            (a, acts)
        });
        let delete = actions_of(
            &plan_json(t, &["delete"], json!({"tags": {"team": "a"}}), json!(null)),
            Phase::Deploy,
        );
        // Only types whose API takes no IAM authorization (documented in the rule) need nothing.
        let no_iam =
            rule.blocks(BlockKind::Create).all(|b| b.actions.is_empty()) && rule.note.is_some();
        assert!(!create.is_empty() || no_iam, "{t}: create predicts nothing");
        // Tags-only: tagging and reads; a write only when the rule's tags block names it (some
        // types send tags through a general update call) and says where it came from.
        let tag_block: BTreeSet<String> = rule
            .blocks(BlockKind::Update)
            .filter(|b| b.attributes.iter().any(|a| a == "tags"))
            .flat_map(|b| b.actions.iter().cloned())
            .collect();
        for a in &tags {
            let info = reference()
                .exact(a)
                .unwrap_or_else(|| panic!("{t}: {a} not in IAM reference"));
            let ok = is_read_only_action(a)
                || info.access == AccessLevel::Tagging
                || tag_block.contains(a);
            if !ok {
                failures.push(format!(
                    "{t}: a tags-only update needs {a} ({:?}), which no tags update block names",
                    info.access
                ));
            }
        }
        let tags_line = if taggable {
            join(&tags)
        } else {
            "(no tags)".to_string()
        };
        report.push_str(&format!(
            "## {t}\ncreate: {}\ntags-only update: {tags_line}\n",
            join(&create)
        ));
        match &other {
            Some((a, acts)) => report.push_str(&format!("update of `{a}`: {}\n", join(acts))),
            None => report
                .push_str("update: no unconditional update block (arguments force replacement, or every update block has a condition)\n"),
        }
        report.push_str(&format!("delete: {}\n\n", join(&delete)));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(count >= 100, "only {count} curated resource types");
    insta::with_settings!({snapshot_path => "snapshots/curated", prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!("curated_types", report);
    });
}

/// The provider's alias names (`aws_alb_listener_rule` for `aws_lb_listener_rule`, ...) share
/// their type's handlers, so a plan using either name needs the same actions: create, a tags
/// update, an update of another attribute and delete, on synthetic plans of both names.
#[test]
fn alias_types_predict_as_the_types_they_stand_for() {
    assert!(!rules::ALIASES.is_empty());
    for &(kind, alias, target) in rules::ALIASES {
        let entry = rules::lookup(kind, alias)
            .unwrap_or_else(|| panic!("alias {alias} resolves to no rule ({target})"));
        assert_eq!(entry.type_name, target, "{alias}");
        assert!(
            !rules::entries()
                .iter()
                .any(|e| e.kind == kind && e.type_name == alias),
            "an entry under the alias name {alias} would shadow nothing and drift"
        );
        if kind != Kind::Resource {
            continue;
        }
        let rule = entry.rule().unwrap();
        let tags = |t: &str| json!({"name": "a", "tags": {"k": t}, "tags_all": {"k": t}});
        let mut changes = vec![
            (vec!["create"], json!(null), tags("1"), Phase::Deploy),
            (vec!["update"], tags("1"), tags("2"), Phase::Deploy),
            (vec!["delete"], tags("1"), json!(null), Phase::Deploy),
        ];
        if let Some(a) = other_attribute(rule) {
            let mut after = tags("1");
            after[a.as_str()] = json!("changed");
            changes.push((vec!["update"], tags("1"), after, Phase::Deploy));
        }
        for (actions, before, after, phase) in changes {
            let of = |t: &str| {
                actions_of(
                    &plan_json(t, &actions, before.clone(), after.clone()),
                    phase,
                )
            };
            assert_eq!(of(alias), of(target), "{alias} {actions:?}");
        }
    }
}
