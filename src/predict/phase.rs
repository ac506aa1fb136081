//! Phase semantics (DESIGN §3): which resources each phase touches and which rule blocks apply
//! to each change. `plan` = provider start-up + refresh of what exists + data sources;
//! `deploy` = plan + every change; `destroy` = refresh + delete of what the plan leaves.

use super::{because, Phase, Reason, Requirement};
use crate::bail;
use crate::error::Result;
use crate::plan::{base_address, ChangeAction, Mode, Plan, Tri, Values};
use crate::rules::{self, Block, BlockKind, Condition, Kind, Origin, Rule};
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

/// What the prediction could and could not cover.
#[derive(Debug, Default)]
pub struct Coverage {
    /// AWS types without a rule: type to instance count.
    pub unmapped: BTreeMap<String, usize>,
    /// Resources of other providers, skipped: provider to instance count.
    pub other_providers: BTreeMap<String, usize>,
}

/// Needs of whoever runs Terraform, outside the role's own policy (e.g. assuming the role the
/// provider is configured with).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CallerNeed {
    pub action: &'static str,
    pub resource: String,
    pub because: String,
}

#[derive(Debug)]
pub struct Prediction {
    pub phase: Phase,
    pub requirements: Vec<Requirement>,
    pub caller: Vec<CallerNeed>,
    pub coverage: Coverage,
    /// Per address: the change considered in this phase (for summaries).
    pub changes: BTreeMap<Rc<str>, (String, &'static str)>,
}

struct Ctx {
    phase: Phase,
    reqs: Vec<Requirement>,
    coverage: Coverage,
    changes: BTreeMap<Rc<str>, (String, &'static str)>,
    cache: HashMap<(Kind, String), Option<(&'static Rule, Origin)>>,
    rule_error: Option<String>,
}

impl Ctx {
    fn rule(&mut self, kind: Kind, type_name: &str) -> Option<(&'static Rule, Origin)> {
        if let Some(r) = self.cache.get(&(kind, type_name.to_string())) {
            return *r;
        }
        let found = match rules::lookup(kind, type_name) {
            Some(e) => match e.rule() {
                Ok(r) => Some((r, e.origin)),
                Err(msg) => {
                    self.rule_error.get_or_insert(msg);
                    None
                }
            },
            None => None,
        };
        self.cache.insert((kind, type_name.to_string()), found);
        found
    }

    /// Looks up the rule for an AWS object, counting unmapped types and other providers.
    fn rule_for(
        &mut self,
        kind: Kind,
        type_name: &str,
        provider: &str,
    ) -> Option<(&'static Rule, Origin)> {
        if !Plan::is_aws_provider(provider, type_name) {
            let p = short_provider(provider, type_name);
            *self.coverage.other_providers.entry(p).or_default() += 1;
            return None;
        }
        let r = self.rule(kind, type_name);
        if r.is_none() {
            let label = match kind {
                Kind::Data => format!("data.{type_name}"),
                _ => type_name.to_string(),
            };
            *self.coverage.unmapped.entry(label).or_default() += 1;
        }
        r
    }

    fn emit_block(
        &mut self,
        address: &Rc<str>,
        rule: &'static Rule,
        origin: Origin,
        block: &'static Block,
        reason: Reason,
    ) {
        for action in &block.actions {
            self.reqs.push(Requirement {
                action: action.as_str(),
                resource: "*".to_string(),
                condition: None,
                phase: self.phase,
                because: because(
                    address,
                    reason.clone(),
                    rule,
                    origin,
                    block.source.as_deref(),
                    block.condition.as_ref().map(Condition::describe),
                ),
            });
        }
    }

    /// Every block of `kind` whose condition may hold on `values`.
    fn emit_kind(
        &mut self,
        address: &Rc<str>,
        rule: &'static Rule,
        origin: Origin,
        kind: BlockKind,
        subject: &Subject,
        reason: Reason,
    ) {
        for b in rule.blocks(kind) {
            if condition_holds(b, subject) {
                self.emit_block(address, rule, origin, b, reason.clone());
            }
        }
    }

    fn emit_pass_roles(
        &mut self,
        address: &Rc<str>,
        rule: &'static Rule,
        origin: Origin,
        subject: &Subject,
        only: Option<&BTreeSet<String>>,
    ) {
        for b in rule.blocks(BlockKind::PassRole) {
            let attr = b.pass_attribute.as_deref().unwrap_or_default();
            let top = attr.split('.').next().unwrap_or(attr);
            if only.is_some_and(|set| !set.contains(top)) {
                continue;
            }
            if subject.is_set(attr) == Tri::No {
                continue;
            }
            self.reqs.push(Requirement {
                action: "iam:PassRole",
                resource: "*".to_string(),
                condition: b
                    .pass_service
                    .as_deref()
                    .map(|s| ("iam:PassedToService", s.to_string())),
                phase: self.phase,
                because: because(
                    address,
                    Reason::PassRole {
                        attribute: attr.to_string(),
                    },
                    rule,
                    origin,
                    b.source.as_deref(),
                    None,
                ),
            });
        }
    }

    fn note_change(&mut self, address: &Rc<str>, label: String, type_name: &'static str) {
        self.changes
            .entry(address.clone())
            .or_insert((label, type_name));
    }
}

fn short_provider(provider: &str, type_name: &str) -> String {
    if provider.is_empty() {
        return type_name.split('_').next().unwrap_or(type_name).to_string();
    }
    provider.rsplit('/').next().unwrap_or(provider).to_string()
}

/// The values a condition is evaluated on, and the arguments the configuration sets (when the
/// plan carries its configuration).
struct Subject<'v> {
    values: &'v Values,
    config: Option<&'v serde_json::Map<String, Value>>,
}

impl Subject<'_> {
    /// An argument unknown at plan time counts as set, unless the configuration is known and
    /// does not set it: then it is an Optional+Computed value the provider fills in, and the
    /// provider's `GetOk` in the create/update handler sees nothing.
    fn is_set(&self, path: &str) -> Tri {
        let t = self.values.is_set(path);
        if t != Tri::Maybe {
            return t;
        }
        let top = path.split('.').next().unwrap_or(path);
        match self.config {
            Some(c) if top != "tags_all" && !c.contains_key(top) && !c.contains_key("dynamic") => {
                Tri::No
            }
            _ => Tri::Maybe,
        }
    }
}

fn condition_holds(b: &Block, s: &Subject) -> bool {
    match &b.condition {
        None => true,
        Some(Condition::IfSet(p)) => s.is_set(p) != Tri::No,
        Some(Condition::UnlessSet(p)) => s.is_set(p) != Tri::Yes,
        Some(Condition::IfEquals(p, v)) => s.values.equals(p, v) != Tri::No,
        Some(Condition::UnlessEquals(p, v)) => s.values.equals(p, v) != Tri::Yes,
    }
}

/// A resource instance as one phase sees it.
struct Inst<'p, 'a> {
    address: &'p str,
    type_name: &'p str,
    provider: &'p str,
    value: Option<&'a RawValue>,
    unknown: Option<&'a RawValue>,
    sensitive: Option<&'a RawValue>,
}

impl Inst<'_, '_> {
    fn values(&self) -> Values {
        Values::from_raw(self.value, self.unknown, self.sensitive)
    }
}

pub fn predict(plan: &Plan<'_>, phase: Phase) -> Result<Prediction> {
    let mut ctx = Ctx {
        phase,
        reqs: Vec::new(),
        coverage: Coverage::default(),
        changes: BTreeMap::new(),
        cache: HashMap::new(),
        rule_error: None,
    };
    let mut caller = Vec::new();
    let any_aws = provider_requirements(plan, &mut ctx, &mut caller);
    let _ = any_aws;

    match phase {
        Phase::Plan => {
            refresh_existing(plan, &mut ctx);
            data_sources(plan, &mut ctx);
        }
        Phase::Deploy => {
            refresh_existing(plan, &mut ctx);
            data_sources(plan, &mut ctx);
            apply_changes(plan, &mut ctx);
        }
        Phase::Destroy => {
            destroy_planned(plan, &mut ctx);
            data_sources(plan, &mut ctx);
        }
    }
    if let Some(e) = ctx.rule_error {
        bail!("internal rules error: {e}");
    }
    caller.sort();
    caller.dedup();
    Ok(Prediction {
        phase,
        requirements: ctx.reqs,
        caller,
        coverage: ctx.coverage,
        changes: ctx.changes,
    })
}

/// Provider start-up requirements for each AWS provider block (or the default provider when
/// the plan has no configuration), and the caller's need to assume a configured role.
fn provider_requirements(plan: &Plan<'_>, ctx: &mut Ctx, caller: &mut Vec<CallerNeed>) -> bool {
    let uses_aws = plan
        .changes
        .iter()
        .any(|c| Plan::is_aws_provider(&c.provider_name, &c.type_name))
        || plan
            .prior
            .iter()
            .chain(plan.planned.iter())
            .any(|r| Plan::is_aws_provider(&r.provider_name, &r.type_name));
    let configs: Vec<_> = plan
        .provider_configs()
        .into_iter()
        .filter(|p| p.name == "aws")
        .collect();
    if !uses_aws && configs.is_empty() {
        return false;
    }
    let Some((rule, origin)) = ctx.rule(Kind::Provider, "aws") else {
        return true;
    };
    let configs: Vec<(String, Values)> = if configs.is_empty() {
        vec![("aws".to_string(), Values::default())]
    } else {
        configs
            .into_iter()
            .map(|p| {
                let v = serde_json::to_string(&p.values).unwrap_or_default();
                let u = serde_json::to_string(&p.unknown).unwrap_or_default();
                let vals = Values::from_raw(
                    RawValue::from_string(v).ok().as_deref(),
                    RawValue::from_string(u).ok().as_deref(),
                    None,
                );
                (p.key, vals)
            })
            .collect()
    };
    for (key, vals) in &configs {
        let address: Rc<str> = Rc::from(format!("provider[\"{key}\"]").as_str());
        let subject = Subject {
            values: vals,
            config: None,
        };
        ctx.emit_kind(
            &address,
            rule,
            origin,
            BlockKind::Read,
            &subject,
            Reason::Provider,
        );
        ctx.note_change(
            &address,
            "provider start-up".into(),
            rule.type_name.as_str(),
        );
        for role in assume_roles(vals) {
            caller.push(CallerNeed {
                action: "sts:AssumeRole",
                resource: role,
                because: format!("provider \"{key}\" assume_role"),
            });
        }
    }
    true
}

fn assume_roles(vals: &Values) -> Vec<String> {
    use crate::plan::Lookup;
    match vals.lookup("assume_role.role_arn") {
        Lookup::Known(Value::String(s)) => vec![s.clone()],
        Lookup::Unknown => vec!["*".to_string()],
        _ => Vec::new(),
    }
}

/// Managed AWS resources that exist before the operation: prior state, or for plans without
/// one, every change whose `before` is present.
fn refresh_existing(plan: &Plan<'_>, ctx: &mut Ctx) {
    let mut seen: BTreeMap<&str, Inst> = BTreeMap::new();
    for r in plan.prior.iter().filter(|r| r.mode == Mode::Managed) {
        seen.insert(
            &r.address,
            Inst {
                address: &r.address,
                type_name: &r.type_name,
                provider: &r.provider_name,
                value: r.values,
                unknown: None,
                sensitive: r.sensitive_values,
            },
        );
    }
    for c in plan.changes.iter().filter(|c| c.mode == Mode::Managed) {
        if c.before.is_none() || seen.contains_key(c.address.as_str()) {
            continue;
        }
        seen.insert(
            &c.address,
            Inst {
                address: &c.address,
                type_name: &c.type_name,
                provider: &c.provider_name,
                value: c.before,
                unknown: None,
                sensitive: c.before_sensitive,
            },
        );
    }
    for inst in seen.values() {
        let Some((rule, origin)) = ctx.rule_for(Kind::Resource, inst.type_name, inst.provider)
        else {
            continue;
        };
        let address: Rc<str> = Rc::from(inst.address);
        let values = inst.values();
        ctx.note_change(&address, "refresh".into(), rule.type_name.as_str());
        let subject = Subject {
            values: &values,
            config: plan.config_expressions(inst.address),
        };
        ctx.emit_kind(
            &address,
            rule,
            origin,
            BlockKind::Read,
            &subject,
            Reason::Refresh,
        );
    }
}

/// Data sources: from resource_changes, prior and planned state, and configuration (for
/// formats that list them nowhere else).
fn data_sources(plan: &Plan<'_>, ctx: &mut Ctx) {
    let mut seen: BTreeMap<String, Inst> = BTreeMap::new();
    for c in plan.changes.iter().filter(|c| c.mode == Mode::Data) {
        seen.entry(c.address.clone()).or_insert(Inst {
            address: &c.address,
            type_name: &c.type_name,
            provider: &c.provider_name,
            value: c.after,
            unknown: c.after_unknown,
            sensitive: c.after_sensitive,
        });
    }
    for r in plan
        .prior
        .iter()
        .chain(plan.planned.iter())
        .filter(|r| r.mode == Mode::Data)
    {
        seen.entry(r.address.clone()).or_insert(Inst {
            address: &r.address,
            type_name: &r.type_name,
            provider: &r.provider_name,
            value: r.values,
            unknown: None,
            sensitive: r.sensitive_values,
        });
    }
    let bases: BTreeSet<String> = seen.keys().map(|a| base_address(a)).collect();
    let config = plan.config_data_sources();
    for d in &config {
        if bases.contains(&d.address) {
            continue;
        }
        let provider = if d
            .provider_config_key
            .split(':')
            .next_back()
            .unwrap_or("")
            .starts_with("aws")
            && !d.provider_config_key.contains("awscc")
        {
            "aws"
        } else {
            d.provider_config_key.as_str()
        };
        seen.entry(d.address.clone()).or_insert(Inst {
            address: &d.address,
            type_name: &d.type_name,
            provider,
            value: None,
            unknown: Some(unknown_all()),
            sensitive: None,
        });
    }
    for inst in seen.values() {
        let Some((rule, origin)) = ctx.rule_for(Kind::Data, inst.type_name, inst.provider) else {
            continue;
        };
        let address: Rc<str> = Rc::from(inst.address);
        let values = inst.values();
        ctx.note_change(&address, "data source read".into(), rule.type_name.as_str());
        let subject = Subject {
            values: &values,
            config: None,
        };
        ctx.emit_kind(
            &address,
            rule,
            origin,
            BlockKind::Read,
            &subject,
            Reason::DataSource,
        );
    }
}

fn unknown_all() -> &'static RawValue {
    static TRUE: once_cell::sync::Lazy<Box<RawValue>> =
        once_cell::sync::Lazy::new(|| RawValue::from_string("true".into()).expect("valid JSON"));
    &TRUE
}

fn apply_changes(plan: &Plan<'_>, ctx: &mut Ctx) {
    for c in plan.changes.iter().filter(|c| c.mode == Mode::Managed) {
        if matches!(
            c.action,
            ChangeAction::NoOp | ChangeAction::Forget | ChangeAction::Read
        ) {
            continue;
        }
        let Some((rule, origin)) = ctx.rule_for(Kind::Resource, &c.type_name, &c.provider_name)
        else {
            continue;
        };
        let address: Rc<str> = Rc::from(c.address.as_str());
        let after = Values::from_raw(c.after, c.after_unknown, c.after_sensitive);
        let before = Values::from_raw(c.before, None, c.before_sensitive);
        let config = plan.config_expressions(&c.address);
        let after_s = Subject {
            values: &after,
            config,
        };
        let before_s = Subject {
            values: &before,
            config,
        };
        match c.action {
            ChangeAction::Create => create(ctx, &address, rule, origin, &after_s),
            ChangeAction::Delete => delete(ctx, &address, rule, origin, &before_s),
            ChangeAction::Replace { .. } => {
                delete(ctx, &address, rule, origin, &before_s);
                create(ctx, &address, rule, origin, &after_s);
            }
            ChangeAction::Update => {
                update(ctx, &address, rule, origin, &before, &after_s);
            }
            _ => {}
        }
        ctx.changes.insert(
            address,
            (c.action.label().to_string(), rule.type_name.as_str()),
        );
    }
}

fn create(ctx: &mut Ctx, address: &Rc<str>, rule: &'static Rule, origin: Origin, after: &Subject) {
    ctx.emit_kind(
        address,
        rule,
        origin,
        BlockKind::Create,
        after,
        Reason::Create,
    );
    ctx.emit_kind(
        address,
        rule,
        origin,
        BlockKind::Read,
        after,
        Reason::ReadAfter,
    );
    ctx.emit_pass_roles(address, rule, origin, after, None);
}

fn delete(ctx: &mut Ctx, address: &Rc<str>, rule: &'static Rule, origin: Origin, before: &Subject) {
    ctx.emit_kind(
        address,
        rule,
        origin,
        BlockKind::Delete,
        before,
        Reason::Delete,
    );
}

/// Attributes whose value changes: known differences, plus unknown-until-apply values of
/// arguments (set in configuration or named by the rule); computed attributes that merely
/// become unknown do not count.
pub fn changed_attributes(
    rule: &Rule,
    before: &Values,
    after: &Values,
    config: Option<&serde_json::Map<String, Value>>,
) -> Vec<String> {
    let named: BTreeSet<&str> = rule
        .blocks(BlockKind::Update)
        .flat_map(|b| b.attributes.iter().map(String::as_str))
        .collect();
    let mut names: BTreeSet<&str> = BTreeSet::new();
    names.extend(before.attribute_names());
    names.extend(after.attribute_names());
    let mut out = BTreeSet::new();
    for n in names {
        if n == "id" {
            continue;
        }
        let changed = if after.top_unknown(n) {
            named.contains(n) || config.is_some_and(|c| c.contains_key(n)) || n == "tags_all"
        } else {
            let b = before.top(n).filter(|v| !v.is_null());
            let a = after.top(n).filter(|v| !v.is_null());
            b != a && !(is_empty_value(b) && is_empty_value(a))
        };
        if changed {
            // tags_all is the provider's merge of tags and default_tags: same calls as tags.
            out.insert(if n == "tags_all" {
                "tags".to_string()
            } else {
                n.to_string()
            });
        }
    }
    out.into_iter().collect()
}

fn is_empty_value(v: Option<&Value>) -> bool {
    match v {
        None => true,
        Some(v) => {
            !crate::plan::value_set(v) && !matches!(v, Value::Bool(false) | Value::Number(_))
        }
    }
}

fn update(
    ctx: &mut Ctx,
    address: &Rc<str>,
    rule: &'static Rule,
    origin: Origin,
    before: &Values,
    after: &Subject,
) {
    let changed = changed_attributes(rule, before, after.values, after.config);
    let mut changed_set = BTreeSet::new();
    for attr in &changed {
        changed_set.insert(attr.clone());
        let mut matched = false;
        for b in rule.blocks(BlockKind::Update) {
            if b.attributes.iter().any(|a| a == attr) {
                matched = true;
                if condition_holds(b, after) {
                    ctx.emit_block(
                        address,
                        rule,
                        origin,
                        b,
                        Reason::Update {
                            attribute: attr.clone(),
                            fallback: false,
                        },
                    );
                }
            }
        }
        if !matched {
            // Unknown attribute: assume every update call the type can make.
            for b in rule
                .blocks(BlockKind::Update)
                .filter(|b| b.attributes.is_empty() || !b.actions.is_empty())
            {
                if condition_holds(b, after) {
                    ctx.emit_block(
                        address,
                        rule,
                        origin,
                        b,
                        Reason::Update {
                            attribute: attr.clone(),
                            fallback: true,
                        },
                    );
                }
            }
        }
    }
    ctx.emit_kind(
        address,
        rule,
        origin,
        BlockKind::Read,
        after,
        Reason::ReadAfter,
    );
    ctx.emit_pass_roles(address, rule, origin, after, Some(&changed_set));
}

/// Destroy: refresh and delete of every managed AWS resource the plan leaves behind.
fn destroy_planned(plan: &Plan<'_>, ctx: &mut Ctx) {
    let mut seen: BTreeMap<&str, Inst> = BTreeMap::new();
    for c in plan.changes.iter().filter(|c| c.mode == Mode::Managed) {
        if matches!(c.action, ChangeAction::Delete | ChangeAction::Forget) {
            continue;
        }
        let (value, unknown, sensitive) = if c.after.is_some() || c.after_unknown.is_some() {
            (c.after, c.after_unknown, c.after_sensitive)
        } else {
            (c.before, None, c.before_sensitive)
        };
        seen.insert(
            &c.address,
            Inst {
                address: &c.address,
                type_name: &c.type_name,
                provider: &c.provider_name,
                value,
                unknown,
                sensitive,
            },
        );
    }
    let deleted: BTreeSet<&str> = plan
        .changes
        .iter()
        .filter(|c| matches!(c.action, ChangeAction::Delete | ChangeAction::Forget))
        .map(|c| c.address.as_str())
        .collect();
    for r in plan.planned.iter().filter(|r| r.mode == Mode::Managed) {
        if deleted.contains(r.address.as_str()) {
            continue;
        }
        seen.entry(&r.address).or_insert(Inst {
            address: &r.address,
            type_name: &r.type_name,
            provider: &r.provider_name,
            value: r.values,
            unknown: None,
            sensitive: r.sensitive_values,
        });
    }
    for inst in seen.values() {
        let Some((rule, origin)) = ctx.rule_for(Kind::Resource, inst.type_name, inst.provider)
        else {
            continue;
        };
        let address: Rc<str> = Rc::from(inst.address);
        let values = inst.values();
        ctx.note_change(&address, "destroy".into(), rule.type_name.as_str());
        let subject = Subject {
            values: &values,
            config: plan.config_expressions(inst.address),
        };
        ctx.emit_kind(
            &address,
            rule,
            origin,
            BlockKind::Read,
            &subject,
            Reason::Refresh,
        );
        ctx.emit_kind(
            &address,
            rule,
            origin,
            BlockKind::Delete,
            &subject,
            Reason::Delete,
        );
    }
}
