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
use super::eval::{self, references, Eval, Scope};
use super::limits::{Budget, Limits};
use crate::bail;
use crate::error::Result;
use crate::plan::Mode;
use hcl::{Body, Expression, Structure};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

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

/// Expands the tree within `limits`: past one, the error names it and its flag.
pub fn expand(tree: &Tree, limits: &Limits) -> Result<Expanded> {
    let budget = Budget::new(*limits);
    let mut w = Walker {
        root: &tree.root,
        base: Scope::new(budget.clone()),
        instances: Vec::new(),
        provider_config: Map::new(),
        never_created: Vec::new(),
        total: 0,
    };
    let mut providers = ProviderMap::new();
    for p in &tree.root.providers {
        let r = provider_ref(&p.name, p.alias.as_deref());
        providers.insert(r.clone(), r);
    }
    let root_module = w.module(
        &tree.root,
        &Prefix::default(),
        (Map::new(), Map::new()),
        &providers,
        true,
    )?;
    budget.check()?;
    Ok(Expanded {
        instances: w.instances,
        configuration: json!({
            "provider_config": Value::Object(w.provider_config),
            "root_module": root_module.unwrap_or_else(|| json!({})),
        }),
        never_created: w.never_created,
    })
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
    /// Nothing bound, the run's budget: where literals are evaluated.
    base: Scope,
    instances: Vec<Instance>,
    provider_config: Map<String, Value>,
    never_created: Vec<String>,
    /// Resource and module instances so far, for the total-instances limit.
    total: u64,
}

/// What the configuration of one module needs besides the expressions: each local's
/// references (see [`local_references`]) and the scope literals are evaluated in.
struct Cfg<'a> {
    local_refs: HashMap<String, Vec<String>>,
    base: &'a Scope,
}

/// Module inputs: exact and loose values by variable name.
type Inputs = (Map<String, Value>, Map<String, Value>);

fn key_suffix(k: &Option<Value>) -> String {
    match k {
        None => String::new(),
        Some(Value::String(s)) => format!("[{}]", Value::String(s.clone())),
        Some(v) => format!("[{v}]"),
    }
}

impl Walker<'_> {
    fn budget(&self) -> &Rc<Budget> {
        self.base.budget()
    }

    /// The instances a `count` / `for_each` makes: `(key, scope)` pairs. A literal count or
    /// collection gives one per element, with `count.index` / `each` known; anything else one
    /// instance without a key, for which the resource may exist. The size is checked against
    /// the limits before any instance is made, so `count = 1e30` allocates nothing.
    fn instances(
        &mut self,
        what: &str,
        count: Option<&Expression>,
        for_each: Option<&Expression>,
        scope: &Scope,
    ) -> Result<Vec<(Option<Value>, Scope)>> {
        let limits = *self.budget().limits();
        let per = limits.instances;
        let over = |n: String, how: &str| -> Result<Vec<(Option<Value>, Scope)>> {
            bail!(
                "{what}: {how} {n} is over the limit of {per} instances per resource (--max-instances raises it)"
            )
        };
        let out: Vec<(Option<Value>, Scope)> = if let Some(c) = count {
            let v = eval::exact_value(c, scope);
            self.budget().check()?;
            match v {
                Some(Value::Number(n)) => {
                    let f = n.as_f64().unwrap_or(0.0);
                    if f > per as f64 {
                        return over(super::strict::number_text(&n), "count =");
                    }
                    let n = f.max(0.0) as u64;
                    (0..n)
                        .map(|i| (Some(json!(i)), scope.with("count", json!({ "index": i }))))
                        .collect()
                }
                _ => vec![(None, scope.clone())],
            }
        } else if let Some(f) = for_each {
            let v = eval::exact_value(f, scope);
            self.budget().check()?;
            let keyed: Vec<(String, Value)> = match v {
                Some(Value::Object(m)) => {
                    if m.len() as u64 > per {
                        return over(format!("{} elements", m.len()), "for_each over");
                    }
                    m.into_iter().collect()
                }
                Some(Value::Array(items)) if items.iter().all(Value::is_string) => {
                    if items.len() as u64 > per {
                        return over(format!("{} elements", items.len()), "for_each over");
                    }
                    let mut keys: Vec<String> = items
                        .into_iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect();
                    keys.sort();
                    keys.dedup();
                    keys.into_iter()
                        .map(|k| (k.clone(), Value::String(k)))
                        .collect()
                }
                _ => return self.count_instances(what, vec![(None, scope.clone())]),
            };
            let mut out = Vec::with_capacity(keyed.len());
            for (k, v) in keyed {
                let each = json!({ "key": k, "value": v });
                if !self.budget().bind(&each) {
                    self.budget().check()?;
                }
                out.push((Some(Value::String(k)), scope.with("each", each)));
            }
            out
        } else {
            vec![(None, scope.clone())]
        };
        self.count_instances(what, out)
    }

    fn count_instances<T>(&mut self, what: &str, insts: Vec<T>) -> Result<Vec<T>> {
        self.total += insts.len() as u64;
        let max = self.budget().limits().total_instances;
        if self.total > max {
            bail!(
                "{what}: more than {max} resource and module instances in all (the total-instances limit; --max-total-instances raises it)"
            );
        }
        Ok(insts)
    }

    /// Expands one module instance; returns its configuration object when `config` is set
    /// (once per module call, not per instance).
    fn module(
        &mut self,
        m: &Module,
        at: &Prefix,
        inputs: Inputs,
        providers: &ProviderMap,
        config: bool,
    ) -> Result<Option<Value>> {
        let root = self.root;
        let where_ = |addr: &str| {
            let dir = m.dir.display().to_string();
            if addr.is_empty() {
                dir
            } else {
                format!("{dir}: {addr}")
            }
        };
        let here = where_(at.instance.trim_end_matches('.'));
        self.budget().at(here.clone());
        let scope = module_scope(root, m, inputs, &self.base, &here)?;
        let base = self.base.clone();
        let cfg = Cfg {
            local_refs: local_references(m, self.budget())?,
            base: &base,
        };
        let mut cfg_resources = Vec::new();
        for r in &m.resources {
            let local_addr = match r.mode {
                Mode::Managed => format!("{}.{}", r.type_name, r.name),
                Mode::Data => format!("data.{}.{}", r.type_name, r.name),
            };
            let address = format!("{}{local_addr}", at.instance);
            self.budget().at(where_(&address));
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
                cfg_resources.push(resource_config(r, &local_addr, &key, &cfg));
            }
            let insts = self.instances(
                &where_(&address),
                r.count.as_ref(),
                r.for_each.as_ref(),
                &scope,
            )?;
            if insts.is_empty() {
                self.never_created.push(address.clone());
            }
            for (k, s) in insts {
                let (values, unknown) = eval_body(&r.body, &s);
                self.budget().check()?;
                self.instances.push(Instance {
                    address: format!("{address}{}", key_suffix(&k)),
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
            let call_cfg = self.call(c, at, &scope, providers, config, &cfg)?;
            if config {
                cfg_calls.insert(c.name.clone(), call_cfg);
            }
        }
        self.budget().check()?;
        if !config {
            return Ok(None);
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
                .map(|(n, e)| (n.clone(), json!({ "expression": expression_json(e, &cfg) })))
                .collect();
            out.insert("outputs".into(), Value::Object(outs));
        }
        Ok(Some(Value::Object(out)))
    }

    fn call(
        &mut self,
        c: &Call,
        at: &Prefix,
        scope: &Scope,
        providers: &ProviderMap,
        config: bool,
        parent: &Cfg,
    ) -> Result<Value> {
        let cfg_prefix = format!("{}module.{}.", at.config, c.name);
        let mut cfg = Map::new();
        cfg.insert("source".into(), json!(c.source));
        let exprs: Map<String, Value> = c
            .args
            .iter()
            .map(|(k, e)| (k.clone(), expression_json(e, parent)))
            .collect();
        cfg.insert("expressions".into(), Value::Object(exprs));
        if let Some(e) = &c.count {
            cfg.insert("count_expression".into(), expression_json(e, parent));
        }
        if let Some(e) = &c.for_each {
            cfg.insert("for_each_expression".into(), expression_json(e, parent));
        }
        if !c.depends_on.is_empty() {
            cfg.insert("depends_on".into(), json!(c.depends_on));
        }
        let Some(child) = c.child.as_deref() else {
            return Ok(Value::Object(cfg));
        };
        let child_providers = child_provider_map(providers, c, child, &cfg_prefix);
        let address = format!("{}module.{}", at.instance, c.name);
        let what = format!("{}: {address}", child.dir.display());
        self.budget().at(what.clone());
        let insts = self.instances(&what, c.count.as_ref(), c.for_each.as_ref(), scope)?;
        if insts.is_empty() {
            self.never_created.push(address);
        }
        let mut child_cfg = None;
        for (i, (k, s)) in insts.into_iter().enumerate() {
            // Inputs are expressions of the caller, evaluated with the caller's instance keys.
            self.budget().at(what.clone());
            let (mut exact, mut loose) = (Map::new(), Map::new());
            for (name, e) in &c.args {
                let v = eval::eval(e, &s);
                if v.is_known() && self.budget().bind(&v.value) {
                    if v.exact {
                        exact.insert(name.clone(), v.value.clone());
                    }
                    loose.insert(name.clone(), v.value);
                }
            }
            self.budget().check()?;
            let child_at = Prefix {
                instance: format!("{}module.{}{}.", at.instance, c.name, key_suffix(&k)),
                config: cfg_prefix.clone(),
            };
            let emit = config && i == 0;
            let got = self.module(child, &child_at, (exact, loose), &child_providers, emit)?;
            if emit {
                child_cfg = got;
            }
        }
        // A call with no instance has no resources for the graph to reach: no configuration.
        if let Some(module_cfg) = child_cfg {
            cfg.insert("module".into(), module_cfg);
        }
        Ok(Value::Object(cfg))
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
/// `here` names the module instance in limit errors.
fn module_scope(
    root: &Module,
    m: &Module,
    inputs: Inputs,
    base: &Scope,
    here: &str,
) -> Result<Scope> {
    let is_root = std::ptr::eq(root, m);
    let (mut exact, mut loose) = inputs;
    if !is_root {
        for (name, default) in &m.variables {
            if loose.contains_key(name) {
                continue;
            }
            if let Some(v) = default.as_ref().and_then(|d| eval::exact_value(d, base)) {
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
    let mut scope = base
        .with_names("var", exact, loose)
        .with("path", json!({"module": rel, "root": ".", "cwd": "."}))
        .with_names("local", Map::new(), Map::new());
    // Locals may use each other in any order: evaluated once each, every local after the
    // locals it reads (a cycle, which Terraform rejects, stays unknown).
    for i in locals_order(m) {
        let (name, e) = &m.locals[i];
        base.budget().at(format!("{here}: local.{name}"));
        let v = eval::eval(e, &scope);
        if !v.is_known() || !base.budget().bind(&v.value) {
            continue;
        }
        let exact = v.exact.then(|| v.value.clone());
        scope.set_name("local", name, exact, v.value);
    }
    base.budget().check()?;
    Ok(scope)
}

/// The module's locals (indexes into `m.locals`) in an order where each comes after the
/// locals it references (Kahn's algorithm, source order among the ready ones; the locals of
/// a cycle last, in source order).
fn locals_order(m: &Module) -> Vec<usize> {
    let index: HashMap<&str, usize> = m
        .locals
        .iter()
        .enumerate()
        .map(|(i, (n, _))| (n.as_str(), i))
        .collect();
    let mut needs = vec![0usize; m.locals.len()];
    let mut readers: Vec<Vec<usize>> = vec![Vec::new(); m.locals.len()];
    for (i, (_, e)) in m.locals.iter().enumerate() {
        let mut deps: Vec<usize> = references(e)
            .iter()
            .filter_map(|r| r.strip_prefix("local."))
            .filter_map(|l| index.get(l.split(['.', '[']).next().unwrap_or(l)).copied())
            .filter(|d| *d != i)
            .collect();
        deps.sort_unstable();
        deps.dedup();
        needs[i] = deps.len();
        for d in deps {
            readers[d].push(i);
        }
    }
    let mut ready: std::collections::BTreeSet<usize> =
        (0..m.locals.len()).filter(|i| needs[*i] == 0).collect();
    let mut order = Vec::with_capacity(m.locals.len());
    let mut done = vec![false; m.locals.len()];
    while let Some(i) = ready.pop_first() {
        order.push(i);
        done[i] = true;
        for &r in &readers[i] {
            needs[r] -= 1;
            if needs[r] == 0 {
                ready.insert(r);
            }
        }
    }
    order.extend((0..m.locals.len()).filter(|i| !done[*i]));
    order
}

/// Each local's references with other locals resolved, so a reference through a local (e.g.
/// `role = local.role_arn`) still leads the graph to the resource.
/// Each local's list is as long as the references it reaches, so a chain of locals costs its
/// length squared: paid from the budget.
fn local_references(m: &Module, budget: &Budget) -> Result<HashMap<String, Vec<String>>> {
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
            let refs = direct.get(n).map_or(&[][..], |v| v.as_slice());
            if !budget.tick(refs.len() as u64 + 1) {
                budget.check()?;
            }
            for r in refs {
                match r.strip_prefix("local.") {
                    Some(l) => todo.push(l.split(['.', '[']).next().unwrap_or(l)),
                    None => acc.push(r.clone()),
                }
            }
        }
        out.insert(name.to_string(), acc);
    }
    Ok(out)
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
fn expression_json(e: &Expression, cfg: &Cfg) -> Value {
    let refs = references(e);
    if refs.is_empty() {
        if let Some(v) = eval::exact_value(e, cfg.base) {
            return json!({ "constant_value": v });
        }
    }
    json!({ "references": with_locals(refs, &cfg.local_refs) })
}

/// A block body's `expressions`: attributes, nested blocks as lists, and `dynamic` blocks
/// under their block name (the argument may be set).
fn body_expressions(body: &Body, cfg: &Cfg) -> Map<String, Value> {
    let mut out = Map::new();
    for s in body.iter() {
        match s {
            Structure::Attribute(a) => {
                out.insert(a.key().to_string(), expression_json(a.expr(), cfg));
            }
            Structure::Block(b) => {
                let (name, inner) = match dynamic_parts(b) {
                    Some((label, _, _, content)) => (label, content),
                    None => (b.identifier().to_string(), Some(b.body())),
                };
                let v = match inner {
                    Some(body) => Value::Object(body_expressions(body, cfg)),
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
                    let pairs: Option<Vec<(Value, Value)>> =
                        match for_each.and_then(|f| eval::exact_value(f, scope)) {
                            Some(Value::Object(m)) => {
                                Some(m.into_iter().map(|(k, v)| (Value::String(k), v)).collect())
                            }
                            Some(Value::Array(items)) => Some(
                                items
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, v)| (json!(i), v))
                                    .collect(),
                            ),
                            _ => None,
                        };
                    let elements: Vec<Scope> = match pairs {
                        Some(pairs) => {
                            let mut out = Vec::with_capacity(pairs.len());
                            for (k, v) in pairs {
                                let it = json!({"key": k, "value": v});
                                // Nested dynamic blocks multiply: each element is paid for.
                                if !scope.budget().bind(&it) {
                                    break;
                                }
                                out.push(scope.with(&iterator, it));
                            }
                            out
                        }
                        // Not literal: one element with the iterator unknown.
                        None => vec![scope.clone()],
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

fn resource_config(r: &ResourceBlock, local_addr: &str, provider_key: &str, cfg: &Cfg) -> Value {
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
        Value::Object(body_expressions(&r.body, cfg)),
    );
    c.insert("schema_version".into(), json!(0));
    if let Some(e) = &r.count {
        c.insert("count_expression".into(), expression_json(e, cfg));
    }
    if let Some(e) = &r.for_each {
        c.insert("for_each_expression".into(), expression_json(e, cfg));
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

    fn instances_of(
        count: Option<&Expression>,
        for_each: Option<&Expression>,
        limits: Limits,
    ) -> Result<Vec<Option<Value>>> {
        let root = Module::default();
        let mut w = Walker {
            root: &root,
            base: Scope::new(Budget::new(limits)),
            instances: Vec::new(),
            provider_config: Map::new(),
            never_created: Vec::new(),
            total: 0,
        };
        let s = w.base.clone();
        let got = w.instances("t.x", count, for_each, &s)?;
        Ok(got.into_iter().map(|(k, _)| k).collect())
    }

    fn expr(src: &str) -> Expression {
        body(&format!("x = {src}"))
            .attributes()
            .next()
            .unwrap()
            .expr()
            .clone()
    }

    #[test]
    fn count_and_for_each_expand_when_literal() {
        let d = Limits::DEFAULT;
        assert_eq!(instances_of(Some(&expr("2")), None, d).unwrap().len(), 2);
        assert!(instances_of(Some(&expr("0")), None, d).unwrap().is_empty());
        let got = instances_of(Some(&expr("var.n")), None, d).unwrap();
        assert_eq!(got, vec![None]);
        let keys = instances_of(None, Some(&expr(r#"toset(["b", "a"])"#)), d).unwrap();
        assert_eq!(keys, vec![Some(json!("a")), Some(json!("b"))]);
    }

    #[test]
    fn instance_limits_are_checked_before_expanding() {
        let small = Limits {
            instances: 3,
            total_instances: 5,
            ..Limits::DEFAULT
        };
        let e = instances_of(Some(&expr("1e30")), None, small).unwrap_err();
        assert_eq!(
            e.to_string(),
            "t.x: count = 1e+30 is over the limit of 3 instances per resource (--max-instances raises it)"
        );
        let e = instances_of(None, Some(&expr(r#"["a", "b", "c", "d"]"#)), small).unwrap_err();
        assert!(e.to_string().contains("for_each over 4 elements"), "{e}");
        assert_eq!(
            instances_of(Some(&expr("3")), None, small).unwrap().len(),
            3
        );
        let e = instances_of(Some(&expr("4")), None, small).unwrap_err();
        assert!(e.to_string().contains("--max-instances"), "{e}");
    }
}
