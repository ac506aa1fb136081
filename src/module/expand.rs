//! From a module tree to what a plan would say about it: resource instances (`count` and
//! `for_each` expanded where their value is literal, one unkeyed instance where it is not, none
//! where it is literally empty) with their argument values and unknown masks, and the plan's
//! `configuration` object (per-module resources with their `expressions` and `references`,
//! module calls, outputs, provider blocks), in the shapes `terraform show -json` writes, so
//! the engine's configured-argument logic and the resource graph read it as they read a plan.
//!
//! Inputs of the root module are the consumer's choice: unknown, even with a default. Inputs
//! of a called module are what the caller passes (or the default), when literal.

use super::config::{Call, Module, ResourceBlock, Tree};
use super::eval::{self, references, to_hcl, Eval, Scope};
use crate::plan::Mode;
use hcl::{Body, Expression, Structure};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

/// One resource instance as a plan's `resource_changes` entry would name it.
#[derive(Debug, Clone)]
pub struct Instance {
    pub address: String,
    pub module_address: Option<String>,
    pub mode: Mode,
    pub type_name: String,
    pub name: String,
    /// The `count` / `for_each` key, when it is literal.
    pub index: Option<Value>,
    pub provider_name: String,
    /// Argument values (`after`): literals as written, anything unknown as null.
    pub values: Map<String, Value>,
    /// `after_unknown`: only arguments that are (partly) unknown.
    pub unknown: Map<String, Value>,
}

/// A module's resources and configuration, ready to be written as plans.
#[derive(Debug)]
pub struct Expanded {
    pub instances: Vec<Instance>,
    pub configuration: Value,
    /// Instances left out because `count` or `for_each` is literally empty.
    pub never_created: Vec<String>,
}

pub fn expand(tree: &Tree) -> Expanded {
    let mut w = Walker {
        root: &tree.root,
        instances: Vec::new(),
        provider_config: Map::new(),
        never_created: Vec::new(),
    };
    let mut providers = ProviderMap::new();
    for p in &tree.root.providers {
        let r = provider_ref(&p.name, p.alias.as_deref());
        providers.insert(r.clone(), r);
    }
    let root_module = w.module(
        &tree.root,
        &Prefix::default(),
        Scope::default(),
        &providers,
        true,
    );
    Expanded {
        instances: w.instances,
        configuration: json!({
            "provider_config": Value::Object(w.provider_config),
            "root_module": root_module.unwrap_or_else(|| json!({})),
        }),
        never_created: w.never_created,
    }
}

/// Provider references as written (`aws`, `aws.east`) to configuration keys (`aws`,
/// `module.m:aws`).
type ProviderMap = BTreeMap<String, String>;

fn provider_ref(name: &str, alias: Option<&str>) -> String {
    match alias {
        Some(a) => format!("{name}.{a}"),
        None => name.to_string(),
    }
}

/// Where a module sits: instance addresses carry keys (`module.a[0].`), configuration paths do
/// not (`module.a.`).
#[derive(Debug, Clone, Default)]
struct Prefix {
    instance: String,
    config: String,
}

struct Walker<'t> {
    root: &'t Module,
    instances: Vec<Instance>,
    provider_config: Map<String, Value>,
    never_created: Vec<String>,
}

/// The instances a `count` / `for_each` makes: `(key, scope)` pairs. A literal count or
/// collection gives one per element, with `count.index` / `each` known; anything else one
/// instance without a key, for which the resource may exist.
fn instances_of(
    count: Option<&Expression>,
    for_each: Option<&Expression>,
    scope: &Scope,
) -> Vec<(Option<Value>, Scope)> {
    if let Some(c) = count {
        return match eval::exact_value(c, scope) {
            Some(Value::Number(n)) => {
                let n = n.as_f64().unwrap_or(0.0).max(0.0) as u64;
                (0..n)
                    .map(|i| {
                        (
                            Some(json!(i)),
                            scope.with("count", to_hcl(&json!({ "index": i }))),
                        )
                    })
                    .collect()
            }
            _ => vec![(None, scope.clone())],
        };
    }
    if let Some(f) = for_each {
        return match eval::exact_value(f, scope) {
            Some(Value::Object(m)) => m
                .into_iter()
                .map(|(k, v)| {
                    let each = to_hcl(&json!({ "key": k, "value": v }));
                    (Some(Value::String(k)), scope.with("each", each))
                })
                .collect(),
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => {
                let mut keys: Vec<String> = items
                    .into_iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect();
                keys.sort();
                keys.dedup();
                keys.into_iter()
                    .map(|k| {
                        let each = to_hcl(&json!({ "key": k, "value": k }));
                        (Some(Value::String(k)), scope.with("each", each))
                    })
                    .collect()
            }
            _ => vec![(None, scope.clone())],
        };
    }
    vec![(None, scope.clone())]
}

fn key_suffix(k: &Option<Value>) -> String {
    match k {
        None => String::new(),
        Some(Value::String(s)) => format!("[{}]", Value::String(s.clone())),
        Some(v) => format!("[{v}]"),
    }
}

impl Walker<'_> {
    /// Expands one module instance; returns its configuration object when `config` is set
    /// (once per module call, not per instance).
    fn module(
        &mut self,
        m: &Module,
        at: &Prefix,
        inputs: Scope,
        providers: &ProviderMap,
        config: bool,
    ) -> Option<Value> {
        let root = self.root;
        let scope = module_scope(root, m, inputs);
        let local_refs = local_references(m);
        let mut cfg_resources = Vec::new();
        for r in &m.resources {
            let local_addr = match r.mode {
                Mode::Managed => format!("{}.{}", r.type_name, r.name),
                Mode::Data => format!("data.{}.{}", r.type_name, r.name),
            };
            let pref = r
                .provider
                .clone()
                .unwrap_or_else(|| implied_provider(&r.type_name).to_string());
            let key = providers
                .get(&pref)
                .cloned()
                .unwrap_or_else(|| pref.clone());
            let provider_name = provider_name(root, m, &pref, &r.type_name);
            if config {
                cfg_resources.push(resource_config(r, &local_addr, &key, &local_refs));
            }
            let insts = instances_of(r.count.as_ref(), r.for_each.as_ref(), &scope);
            if insts.is_empty() {
                self.never_created
                    .push(format!("{}{local_addr}", at.instance));
            }
            for (k, s) in insts {
                let (values, unknown) = eval_body(&r.body, &s);
                self.instances.push(Instance {
                    address: format!("{}{local_addr}{}", at.instance, key_suffix(&k)),
                    module_address: (!at.instance.is_empty())
                        .then(|| at.instance.trim_end_matches('.').to_string()),
                    mode: r.mode,
                    type_name: r.type_name.clone(),
                    name: r.name.clone(),
                    index: k,
                    provider_name: provider_name.clone(),
                    values,
                    unknown,
                });
            }
        }
        if config {
            self.provider_blocks(m, at, &scope);
        }
        let mut cfg_calls = Map::new();
        for c in &m.calls {
            let call_cfg = self.call(c, at, &scope, providers, config, &local_refs);
            if config {
                cfg_calls.insert(c.name.clone(), call_cfg);
            }
        }
        if !config {
            return None;
        }
        let mut out = Map::new();
        out.insert("resources".into(), Value::Array(cfg_resources));
        if !cfg_calls.is_empty() {
            out.insert("module_calls".into(), Value::Object(cfg_calls));
        }
        if !m.outputs.is_empty() {
            let outs: Map<String, Value> = m
                .outputs
                .iter()
                .map(|(n, e)| {
                    (
                        n.clone(),
                        json!({ "expression": expression_json(e, &local_refs) }),
                    )
                })
                .collect();
            out.insert("outputs".into(), Value::Object(outs));
        }
        Some(Value::Object(out))
    }

    fn call(
        &mut self,
        c: &Call,
        at: &Prefix,
        scope: &Scope,
        providers: &ProviderMap,
        config: bool,
        local_refs: &HashMap<String, Vec<String>>,
    ) -> Value {
        let cfg_prefix = format!("{}module.{}.", at.config, c.name);
        let mut cfg = Map::new();
        cfg.insert("source".into(), json!(c.source));
        let exprs: Map<String, Value> = c
            .args
            .iter()
            .map(|(k, e)| (k.clone(), expression_json(e, local_refs)))
            .collect();
        cfg.insert("expressions".into(), Value::Object(exprs));
        if let Some(e) = &c.count {
            cfg.insert("count_expression".into(), expression_json(e, local_refs));
        }
        if let Some(e) = &c.for_each {
            cfg.insert("for_each_expression".into(), expression_json(e, local_refs));
        }
        if !c.depends_on.is_empty() {
            cfg.insert("depends_on".into(), json!(c.depends_on));
        }
        let Some(child) = c.child.as_deref() else {
            return Value::Object(cfg);
        };
        let child_providers = child_provider_map(providers, c, child, &cfg_prefix);
        let insts = instances_of(c.count.as_ref(), c.for_each.as_ref(), scope);
        if insts.is_empty() {
            self.never_created
                .push(format!("{}module.{}", at.instance, c.name));
        }
        let mut child_cfg = None;
        for (i, (k, s)) in insts.into_iter().enumerate() {
            // Inputs are expressions of the caller, evaluated with the caller's instance keys.
            let (mut exact, mut loose) = (Map::new(), Map::new());
            for (name, e) in &c.args {
                let v = eval::eval(e, &s);
                if v.is_known() {
                    if v.exact {
                        exact.insert(name.clone(), v.value.clone());
                    }
                    loose.insert(name.clone(), v.value);
                }
            }
            let inputs = Scope::default().with_both(
                "var",
                to_hcl(&Value::Object(exact)),
                to_hcl(&Value::Object(loose)),
            );
            let child_at = Prefix {
                instance: format!("{}module.{}{}.", at.instance, c.name, key_suffix(&k)),
                config: cfg_prefix.clone(),
            };
            let emit = config && i == 0;
            let got = self.module(child, &child_at, inputs, &child_providers, emit);
            if emit {
                child_cfg = got;
            }
        }
        // A call with no instance has no resources for the graph to reach: no configuration.
        if let Some(module_cfg) = child_cfg {
            cfg.insert("module".into(), module_cfg);
        }
        Value::Object(cfg)
    }

    /// `provider_config` entries for a module's provider blocks. Arguments known in this
    /// module instance (literals, literal inputs) are constants, so a child module's
    /// `region = var.region` scopes ARNs when its caller passes a literal region.
    fn provider_blocks(&mut self, m: &Module, at: &Prefix, scope: &Scope) {
        for p in &m.providers {
            let r = provider_ref(&p.name, p.alias.as_deref());
            let module_path = at.config.trim_end_matches('.');
            let key = if module_path.is_empty() {
                r.clone()
            } else {
                format!("{module_path}:{r}")
            };
            let mut entry = Map::new();
            entry.insert("name".into(), json!(p.name));
            entry.insert(
                "full_name".into(),
                json!(provider_name(self.root, m, &p.name, "")),
            );
            if let Some(a) = &p.alias {
                entry.insert("alias".into(), json!(a));
            }
            if !module_path.is_empty() {
                entry.insert("module_address".into(), json!(module_path));
            }
            entry.insert(
                "expressions".into(),
                Value::Object(scoped_expressions(&p.body, scope)),
            );
            self.provider_config.insert(key, Value::Object(entry));
        }
    }
}

/// A module instance's scope: its inputs (`var`, with defaults for what the caller does not
/// pass, except in the root module), `path`, and every local that evaluates to a known value.
fn module_scope(root: &Module, m: &Module, inputs: Scope) -> Scope {
    let is_root = std::ptr::eq(root, m);
    let object = |v: Option<&hcl::Value>| match v.map(eval::to_json) {
        Some(Value::Object(o)) => o,
        _ => Map::new(),
    };
    let mut exact = object(inputs.get("var"));
    let mut loose = object(inputs.get_loose("var"));
    if !is_root {
        for (name, default) in &m.variables {
            if loose.contains_key(name) {
                continue;
            }
            if let Some(v) = default
                .as_ref()
                .and_then(|d| eval::exact_value(d, &Scope::default()))
            {
                exact.insert(name.clone(), v.clone());
                loose.insert(name.clone(), v);
            }
        }
    }
    let rel = m
        .dir
        .strip_prefix(&root.dir)
        .ok()
        .map(|p| p.display().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| ".".to_string());
    let mut scope = Scope::default()
        .with_both(
            "var",
            to_hcl(&Value::Object(exact)),
            to_hcl(&Value::Object(loose)),
        )
        .with(
            "path",
            to_hcl(&json!({"module": rel, "root": ".", "cwd": "."})),
        );
    // Locals may use each other in any order: evaluate until nothing more becomes known.
    let (mut exact, mut loose) = (Map::new(), Map::new());
    loop {
        let before = (exact.len(), loose.len());
        for (name, e) in &m.locals {
            if exact.contains_key(name) {
                continue;
            }
            let v = eval::eval(e, &scope);
            if !v.is_known() {
                continue;
            }
            if v.exact {
                exact.insert(name.clone(), v.value.clone());
            }
            loose.insert(name.clone(), v.value);
            scope = scope.with_both(
                "local",
                to_hcl(&Value::Object(exact.clone())),
                to_hcl(&Value::Object(loose.clone())),
            );
        }
        if (exact.len(), loose.len()) == before {
            break;
        }
    }
    scope.with_both(
        "local",
        to_hcl(&Value::Object(exact)),
        to_hcl(&Value::Object(loose)),
    )
}

/// Each local's references with other locals resolved, so a reference through a local (e.g.
/// `role = local.role_arn`) still leads the graph to the resource.
fn local_references(m: &Module) -> HashMap<String, Vec<String>> {
    let direct: HashMap<&str, Vec<String>> = m
        .locals
        .iter()
        .map(|(n, e)| (n.as_str(), references(e)))
        .collect();
    let mut out = HashMap::new();
    for name in direct.keys() {
        let mut seen = HashSet::new();
        let mut acc = Vec::new();
        let mut todo = vec![*name];
        while let Some(n) = todo.pop() {
            if !seen.insert(n) {
                continue;
            }
            for r in direct.get(n).into_iter().flatten() {
                match r.strip_prefix("local.") {
                    Some(l) => todo.push(l.split(['.', '[']).next().unwrap_or(l)),
                    None => acc.push(r.clone()),
                }
            }
        }
        out.insert(name.to_string(), acc);
    }
    out
}

fn with_locals(refs: Vec<String>, local_refs: &HashMap<String, Vec<String>>) -> Vec<String> {
    let mut out = Vec::new();
    for r in refs {
        if let Some(l) = r.strip_prefix("local.") {
            if let Some(more) = local_refs.get(l.split(['.', '[']).next().unwrap_or(l)) {
                out.push(r.clone());
                out.extend(more.iter().cloned());
                continue;
            }
        }
        out.push(r);
    }
    let mut seen = HashSet::new();
    out.retain(|r| seen.insert(r.clone()));
    out
}

/// An expression as the configuration writes it: a constant, or the references it makes.
fn expression_json(e: &Expression, local_refs: &HashMap<String, Vec<String>>) -> Value {
    let refs = references(e);
    if refs.is_empty() {
        if let Some(v) = eval::exact_value(e, &Scope::default()) {
            return json!({ "constant_value": v });
        }
    }
    json!({ "references": with_locals(refs, local_refs) })
}

/// A block body's `expressions`: attributes, nested blocks as lists, and `dynamic` blocks
/// under their block name (the argument may be set).
fn body_expressions(body: &Body, local_refs: &HashMap<String, Vec<String>>) -> Map<String, Value> {
    let mut out = Map::new();
    for s in body.iter() {
        match s {
            Structure::Attribute(a) => {
                out.insert(a.key().to_string(), expression_json(a.expr(), local_refs));
            }
            Structure::Block(b) => {
                let (name, inner) = match dynamic_parts(b) {
                    Some((label, _, _, content)) => (label, content),
                    None => (b.identifier().to_string(), Some(b.body())),
                };
                let v = match inner {
                    Some(body) => Value::Object(body_expressions(body, local_refs)),
                    None => json!({}),
                };
                push_list(&mut out, &name, v);
            }
        }
    }
    out
}

/// Provider arguments evaluated in the module instance's scope.
fn scoped_expressions(body: &Body, scope: &Scope) -> Map<String, Value> {
    let mut out = Map::new();
    for s in body.iter() {
        match s {
            Structure::Attribute(a) => {
                let v = match eval::exact_value(a.expr(), scope) {
                    Some(v) => json!({ "constant_value": v }),
                    None => json!({ "references": references(a.expr()) }),
                };
                out.insert(a.key().to_string(), v);
            }
            Structure::Block(b) => {
                let v = Value::Object(scoped_expressions(b.body(), scope));
                push_list(&mut out, b.identifier(), v);
            }
        }
    }
    out
}

fn push_list(m: &mut Map<String, Value>, key: &str, v: Value) {
    match m.get_mut(key) {
        Some(Value::Array(a)) => a.push(v),
        _ => {
            m.insert(key.to_string(), Value::Array(vec![v]));
        }
    }
}

/// `dynamic "name" { for_each = ..., iterator = ..., content { ... } }` as (name, for_each,
/// iterator name, content body).
fn dynamic_parts(b: &hcl::Block) -> Option<(String, Option<&Expression>, String, Option<&Body>)> {
    if b.identifier() != "dynamic" {
        return None;
    }
    let label = b.labels().first()?.as_str().to_string();
    let for_each = b
        .body()
        .attributes()
        .find(|a| a.key() == "for_each")
        .map(|a| a.expr());
    let iterator = b
        .body()
        .attributes()
        .find(|a| a.key() == "iterator")
        .and_then(|a| super::config::ref_text(a.expr()))
        .unwrap_or_else(|| label.clone());
    let content = b
        .body()
        .blocks()
        .find(|c| c.identifier() == "content")
        .map(|c| c.body());
    Some((label, for_each, iterator, content))
}

/// A block body's values and unknown mask, as a plan's `after` / `after_unknown` hold them:
/// nested blocks are lists of objects; a `dynamic` block contributes one object per element
/// of a literal `for_each` (none for a literally empty one), or one object with the iterator
/// unknown.
pub fn eval_body(body: &Body, scope: &Scope) -> (Map<String, Value>, Map<String, Value>) {
    let mut values = Map::new();
    let mut unknown = Map::new();
    for s in body.iter() {
        match s {
            Structure::Attribute(a) => {
                let Eval {
                    value, unknown: u, ..
                } = eval::eval(a.expr(), scope);
                if u != Value::Bool(false) {
                    unknown.insert(a.key().to_string(), u);
                }
                values.insert(a.key().to_string(), value);
            }
            Structure::Block(b) => match dynamic_parts(b) {
                Some((label, for_each, iterator, content)) => {
                    let empty = Body::default();
                    let content = content.unwrap_or(&empty);
                    let elements: Vec<Scope> =
                        match for_each.and_then(|f| eval::exact_value(f, scope)) {
                            Some(Value::Object(m)) => m
                                .into_iter()
                                .map(|(k, v)| {
                                    scope.with(&iterator, to_hcl(&json!({"key": k, "value": v})))
                                })
                                .collect(),
                            Some(Value::Array(items)) => items
                                .into_iter()
                                .enumerate()
                                .map(|(i, v)| {
                                    scope.with(&iterator, to_hcl(&json!({"key": i, "value": v})))
                                })
                                .collect(),
                            _ => vec![scope.clone()],
                        };
                    for s in elements {
                        let (v, u) = eval_body(content, &s);
                        push_list(&mut values, &label, Value::Object(v));
                        push_list(&mut unknown, &label, Value::Object(u));
                    }
                }
                None => {
                    let (v, u) = eval_body(b.body(), scope);
                    push_list(&mut values, b.identifier(), Value::Object(v));
                    push_list(&mut unknown, b.identifier(), Value::Object(u));
                }
            },
        }
    }
    // Masks of blocks with nothing unknown say nothing; keep `after_unknown` small.
    unknown.retain(|_, u| mask_has_unknown(u));
    (values, unknown)
}

fn mask_has_unknown(u: &Value) -> bool {
    match u {
        Value::Bool(b) => *b,
        Value::Array(a) => a.iter().any(mask_has_unknown),
        Value::Object(m) => m.values().any(mask_has_unknown),
        _ => false,
    }
}

fn resource_config(
    r: &ResourceBlock,
    local_addr: &str,
    provider_key: &str,
    local_refs: &HashMap<String, Vec<String>>,
) -> Value {
    let mut c = Map::new();
    c.insert("address".into(), json!(local_addr));
    c.insert(
        "mode".into(),
        json!(match r.mode {
            Mode::Managed => "managed",
            Mode::Data => "data",
        }),
    );
    c.insert("type".into(), json!(r.type_name));
    c.insert("name".into(), json!(r.name));
    c.insert("provider_config_key".into(), json!(provider_key));
    c.insert(
        "expressions".into(),
        Value::Object(body_expressions(&r.body, local_refs)),
    );
    c.insert("schema_version".into(), json!(0));
    if let Some(e) = &r.count {
        c.insert("count_expression".into(), expression_json(e, local_refs));
    }
    if let Some(e) = &r.for_each {
        c.insert("for_each_expression".into(), expression_json(e, local_refs));
    }
    if !r.depends_on.is_empty() {
        c.insert("depends_on".into(), json!(r.depends_on));
    }
    Value::Object(c)
}

/// The provider a resource type uses when no `provider` argument says otherwise: the type
/// name's first word (`aws_s3_bucket` is `aws`).
fn implied_provider(type_name: &str) -> &str {
    if type_name == "terraform_data" {
        return "terraform";
    }
    type_name.split('_').next().unwrap_or(type_name)
}

/// The provider's full name as plans write it, from `required_providers` (the module's, else
/// the root's), else the default `hashicorp` namespace.
fn provider_name(root: &Module, m: &Module, pref: &str, type_name: &str) -> String {
    if type_name == "terraform_data" {
        return "terraform.io/builtin/terraform".to_string();
    }
    let local = pref.split('.').next().unwrap_or(pref);
    let source = m
        .provider_sources
        .get(local)
        .or_else(|| root.provider_sources.get(local));
    match source {
        Some(s) if s.matches('/').count() >= 2 => s.clone(),
        Some(s) if s.contains('/') => format!("registry.terraform.io/{s}"),
        _ => format!("registry.terraform.io/hashicorp/{local}"),
    }
}

/// The provider configurations a called module sees: the caller's default (unaliased)
/// configurations, what `providers = {...}` passes, and the child's own provider blocks.
fn child_provider_map(
    parent: &ProviderMap,
    c: &Call,
    child: &Module,
    cfg_prefix: &str,
) -> ProviderMap {
    let mut out: ProviderMap = parent
        .iter()
        .filter(|(r, _)| !r.contains('.'))
        .map(|(r, k)| (r.clone(), k.clone()))
        .collect();
    for (child_ref, parent_ref) in &c.providers {
        let key = parent
            .get(parent_ref)
            .cloned()
            .unwrap_or_else(|| parent_ref.clone());
        out.insert(child_ref.clone(), key);
    }
    let module_path = cfg_prefix.trim_end_matches('.');
    for p in &child.providers {
        let r = provider_ref(&p.name, p.alias.as_deref());
        out.insert(r.clone(), format!("{module_path}:{r}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(src: &str) -> Body {
        hcl::parse(src).unwrap()
    }

    #[test]
    fn blocks_and_dynamic_blocks_become_lists() {
        let b = body(
            r#"
            bucket = "b"
            versioning { enabled = true }
            dynamic "rule" {
              for_each = var.rules
              content { id = rule.value.id }
            }
            dynamic "none" {
              for_each = []
              content { x = 1 }
            }
            "#,
        );
        let (v, u) = eval_body(&b, &Scope::default());
        assert_eq!(
            Value::Object(v),
            json!({"bucket": "b", "versioning": [{"enabled": true}], "rule": [{"id": null}]})
        );
        assert_eq!(Value::Object(u), json!({"rule": [{"id": true}]}));
    }

    #[test]
    fn count_and_for_each_expand_when_literal() {
        let s = Scope::default();
        let two = hcl::Expression::Number(2.into());
        assert_eq!(instances_of(Some(&two), None, &s).len(), 2);
        let zero = hcl::Expression::Number(0.into());
        assert!(instances_of(Some(&zero), None, &s).is_empty());
        let unknown = body("x = var.n")
            .attributes()
            .next()
            .unwrap()
            .expr()
            .clone();
        let got = instances_of(Some(&unknown), None, &s);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, None);
        let set = body(r#"x = toset(["b", "a"])"#)
            .attributes()
            .next()
            .unwrap()
            .expr()
            .clone();
        let keys: Vec<Option<Value>> = instances_of(None, Some(&set), &s)
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(keys, vec![Some(json!("a")), Some(json!("b"))]);
    }
}
