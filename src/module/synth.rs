//! Writing a module's expanded resources as `terraform show -json` plans (format 1.2), so the
//! plan engine predicts a module exactly as it predicts a plan of the same configuration:
//!
//! - the **create plan**: every managed resource created, every data source read. Its deploy
//!   phase is what the first `terraform apply` of the module needs; its destroy phase what
//!   `terraform destroy` needs.
//! - the **update plan**: every managed resource updated, with every argument the module sets
//!   changing. Its deploy phase is what later applies may need once the module's inputs or
//!   the resources drift.
//!
//! Three adjustments keep the update plan honest. An argument that names the resource in its
//! ARN (`bucket`, `name`, `function_name`: the rule's ARN template says which) does not change
//! in place: changing it replaces the resource, which create and delete already cover, so it
//! stays equal in `before` and `after`; and `before` keeps those names, so the refresh before
//! an update is scoped to them. Likewise an argument that a curated rule names in no `update`
//! block: curated rules list what the provider's Update handler changes in place, so the others
//! force a replacement (`hash_key` of a DynamoDB table) and do not fall back to every update
//! action of the type (imported rules, with their catch-all update blocks, keep the fallback).
//! And an argument set to a literal that is not set in the provider's sense (null, false, 0,
//! "", []) does not change either.
//!
//! And one adjustment for unset arguments: a rule condition comparing an argument's value
//! (`if_equals`, `unless_equals`) cannot know the provider's default when the module leaves
//! the argument out, so such an argument is marked unknown and both outcomes count.

use super::expand::{Expanded, Instance};
use crate::plan::Mode;
use crate::rules::{self, Condition, Kind, Rule};
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;

/// The `terraform_version` synthetic plans carry, so they are never mistaken for real ones.
pub const SYNTHETIC_VERSION: &str = "iamplan-module";

/// The create-only plan (JSON text).
pub fn create_plan(x: &Expanded) -> String {
    let changes: Vec<Value> = x
        .instances
        .iter()
        .map(|i| {
            let (values, unknown) = with_condition_unknowns(i);
            let action = match i.mode {
                Mode::Managed => "create",
                Mode::Data => "read",
            };
            change(i, action, Value::Null, values, unknown)
        })
        .collect();
    document(changes, &x.configuration)
}

/// The plan where every managed resource is updated in every argument it sets (JSON text).
pub fn update_plan(x: &Expanded) -> String {
    let changes: Vec<Value> = x
        .instances
        .iter()
        .map(|i| {
            let (values, mut unknown) = with_condition_unknowns(i);
            if i.mode == Mode::Data {
                return change(i, "read", Value::Null, values, unknown);
            }
            let identity = identity_arguments(&i.type_name);
            let in_place = in_place_arguments(&i.type_name);
            let mut before = Map::new();
            for (k, v) in &values {
                let replaces = identity.contains(k.as_str())
                    || in_place.as_ref().is_some_and(|u| !u.contains(k.as_str()));
                let unchanging = replaces || !crate::plan::value_set(&v.to_string());
                if unchanging && !unknown.contains_key(k) {
                    before.insert(k.clone(), v.clone());
                }
                if replaces {
                    // An unknown value that cannot change in place: no update, whatever it is
                    // (the create plan still sees it as possibly set).
                    unknown.remove(k);
                }
            }
            change(i, "update", Value::Object(before), values, unknown)
        })
        .collect();
    document(changes, &x.configuration)
}

fn document(changes: Vec<Value>, configuration: &Value) -> String {
    let doc = json!({
        "format_version": "1.2",
        "terraform_version": SYNTHETIC_VERSION,
        "resource_changes": changes,
        "configuration": configuration,
    });
    serde_json::to_string(&doc).expect("synthetic plan serialises")
}

fn change(
    i: &Instance,
    action: &str,
    before: Value,
    after: Map<String, Value>,
    unknown: Map<String, Value>,
) -> Value {
    let mut rc = Map::new();
    rc.insert("address".into(), json!(i.address));
    if let Some(m) = &i.module_address {
        rc.insert("module_address".into(), json!(m));
    }
    rc.insert(
        "mode".into(),
        json!(match i.mode {
            Mode::Managed => "managed",
            Mode::Data => "data",
        }),
    );
    rc.insert("type".into(), json!(i.type_name));
    rc.insert("name".into(), json!(i.name));
    if let Some(k) = &i.index {
        rc.insert("index".into(), k.clone());
    }
    rc.insert("provider_name".into(), json!(i.provider_name));
    rc.insert(
        "change".into(),
        json!({
            "actions": [action],
            "before": before,
            "after": Value::Object(after),
            "after_unknown": Value::Object(unknown),
            "before_sensitive": false,
            "after_sensitive": {},
        }),
    );
    Value::Object(rc)
}

fn rule_of(kind: Kind, type_name: &str) -> Option<&'static Rule> {
    rules::lookup(kind, type_name).and_then(|e| e.rule().ok())
}

/// Values and unknown mask, with every argument that a value-comparing rule condition reads
/// and the module leaves unset marked unknown (managed resources only: data source conditions
/// do not consult the configuration, so unknown would read as set there).
fn with_condition_unknowns(i: &Instance) -> (Map<String, Value>, Map<String, Value>) {
    let values = i.values.clone();
    let mut unknown = i.unknown.clone();
    if i.mode == Mode::Managed {
        if let Some(rule) = rule_of(Kind::Resource, &i.type_name) {
            for b in &rule.blocks {
                let path = match &b.condition {
                    Some(Condition::IfEquals(p, _)) | Some(Condition::UnlessEquals(p, _)) => p,
                    _ => continue,
                };
                let top = path.split('.').next().unwrap_or(path);
                if !values.contains_key(top) && !unknown.contains_key(top) {
                    unknown.insert(top.to_string(), Value::Bool(true));
                }
            }
        }
    }
    (values, unknown)
}

/// The arguments a curated rule updates in place (named by its `update` blocks); `None` when
/// any argument may be (no rule, an imported rule, or a catch-all `attributes = []` block).
pub fn in_place_arguments(type_name: &str) -> Option<BTreeSet<String>> {
    let e = rules::lookup(Kind::Resource, type_name)?;
    if e.origin != rules::Origin::Curated {
        return None;
    }
    let rule = e.rule().ok()?;
    let mut out = BTreeSet::new();
    for b in rule.blocks(rules::BlockKind::Update) {
        if b.attributes.is_empty() {
            return None;
        }
        out.extend(
            b.attributes
                .iter()
                .map(|a| a.split('.').next().unwrap_or(a).to_string()),
        );
    }
    // Tags are updated in place by every tagging type; `tags_all` counts as `tags`.
    out.insert("tags".to_string());
    Some(out)
}

/// The arguments a rule's ARN template names the resource by (`${bucket}`, `${name}`), other
/// than scope (`partition`, `region`, `account`) and computed attributes (`arn`, `id`).
pub fn identity_arguments(type_name: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let Some(tpl) = rule_of(Kind::Resource, type_name).and_then(|r| r.arn.as_deref()) else {
        return out;
    };
    let mut rest = tpl;
    while let Some(i) = rest.find("${") {
        let Some(j) = rest[i..].find('}') else {
            break;
        };
        let var = &rest[i + 2..i + j];
        let top = var.split('.').next().unwrap_or(var);
        if !matches!(
            top,
            "partition" | "Partition" | "region" | "Region" | "account" | "Account" | "arn" | "id"
        ) {
            out.insert(top.to_string());
        }
        rest = &rest[i + j + 1..];
    }
    out
}
