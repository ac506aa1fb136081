//! Evaluating a module's HCL expressions without a plan. A value is known when it is a literal
//! or computed only from literals, known module variables, known locals and instance keys
//! (`count.index`, `each.key`); anything that depends on a resource, a data source or an input
//! the module's consumer chooses is unknown. Values come out as a plan's `after` /
//! `after_unknown` pair (a mask that is `true`, `false` or nested like the value), so a
//! literal inside a partly unknown object stays visible to the rules. Also here: the
//! references an expression makes, in the form `terraform show -json` writes them, which is
//! what the resource graph follows.

use super::funcs;
use super::limits::{Budget, Limits};
use super::strict;
use hcl::expr::{TemplateExpr, TraversalOperator};
use hcl::template::{Directive, Element};
use hcl::{Expression, ObjectKey, Template};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::rc::Rc;

/// A value and its unknown mask: `unknown` is `false` (known), `true` (decided at apply), or
/// an array / object of masks for a partly known collection. `exact` is false when a known
/// value holds `*` for an unknown part (see [`partial_template`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Eval {
    pub value: Value,
    pub unknown: Value,
    pub exact: bool,
}

impl Eval {
    pub fn known(value: Value) -> Eval {
        Eval {
            value,
            unknown: Value::Bool(false),
            exact: true,
        }
    }

    fn approximate(value: Value) -> Eval {
        Eval {
            exact: false,
            ..Eval::known(value)
        }
    }

    pub fn unknown() -> Eval {
        Eval {
            value: Value::Null,
            unknown: Value::Bool(true),
            exact: true,
        }
    }

    pub fn is_known(&self) -> bool {
        self.unknown == Value::Bool(false)
    }
}

/// What a root name (`var`, `local`, `each`, a `for` variable) is bound to: one value, or a
/// namespace of named values (`var.x`, `local.y`) that grows one name at a time without
/// copying the others.
#[derive(Debug, Clone)]
pub enum Bound {
    Value(Rc<Value>),
    Names(Rc<BTreeMap<String, Rc<Value>>>),
}

/// The names an expression can see, with their known values, and the run's [`Budget`].
/// Unknown names are simply not bound: evaluating them is unknown.
///
/// Names have two bindings: the exact one (only values known exactly) and the loose one (also
/// values with `*` for unknown parts, such as `"${var.env}-logs"`). Loose values flow only
/// through references, interpolation and value-preserving functions, never into a comparison
/// or condition (which would decide a branch on a placeholder) nor into `count` / `for_each`.
#[derive(Debug, Clone)]
pub struct Scope {
    budget: Rc<Budget>,
    exact: Vec<(String, Bound)>,
    loose: Vec<(String, Bound)>,
}

/// A scope with nothing bound and a budget of the default limits, for evaluating literals.
impl Default for Scope {
    fn default() -> Self {
        Scope::new(Budget::new(Limits::DEFAULT))
    }
}

fn bind(list: &mut Vec<(String, Bound)>, name: &str, value: Bound) {
    list.retain(|(n, _)| n != name);
    list.push((name.to_string(), value));
}

fn names(m: Map<String, Value>) -> Bound {
    Bound::Names(Rc::new(
        m.into_iter().map(|(k, v)| (k, Rc::new(v))).collect(),
    ))
}

impl Scope {
    /// An empty scope drawing from `budget`.
    pub fn new(budget: Rc<Budget>) -> Scope {
        Scope {
            budget,
            exact: Vec::new(),
            loose: Vec::new(),
        }
    }

    pub fn budget(&self) -> &Rc<Budget> {
        &self.budget
    }

    /// This scope with `name` bound to an exact value (replacing an earlier binding).
    pub fn with(&self, name: &str, value: Value) -> Scope {
        let v = Bound::Value(Rc::new(value));
        let mut s = self.clone();
        bind(&mut s.exact, name, v.clone());
        bind(&mut s.loose, name, v);
        s
    }

    /// This scope with `name` a namespace of exact and of loose values (`var`, `local`).
    pub fn with_names(
        &self,
        name: &str,
        exact: Map<String, Value>,
        loose: Map<String, Value>,
    ) -> Scope {
        let mut s = self.clone();
        bind(&mut s.exact, name, names(exact));
        bind(&mut s.loose, name, names(loose));
        s
    }

    /// Adds one name to the namespace `root` (created if needed): `exact` is `None` when the
    /// value is only loosely known.
    pub fn set_name(&mut self, root: &str, name: &str, exact: Option<Value>, loose: Value) {
        let put = |list: &mut Vec<(String, Bound)>, v: Rc<Value>| match list
            .iter_mut()
            .find(|(n, _)| n == root)
        {
            Some((_, Bound::Names(m))) => {
                Rc::make_mut(m).insert(name.to_string(), v);
            }
            _ => bind(
                list,
                root,
                Bound::Names(Rc::new(BTreeMap::from([(name.to_string(), v)]))),
            ),
        };
        let loose = Rc::new(loose);
        if let Some(e) = exact {
            let e = Rc::new(e);
            put(
                &mut self.exact,
                if *e == *loose { loose.clone() } else { e },
            );
        }
        put(&mut self.loose, loose);
    }

    /// A namespace's names and values (exact or loose), copied.
    pub fn names(&self, root: &str, loose: bool) -> Map<String, Value> {
        match self.root(root, loose) {
            Some(Bound::Names(m)) => m.iter().map(|(k, v)| (k.clone(), (**v).clone())).collect(),
            Some(Bound::Value(v)) => match &**v {
                Value::Object(o) => o.clone(),
                _ => Map::new(),
            },
            None => Map::new(),
        }
    }

    pub(super) fn root(&self, name: &str, loose: bool) -> Option<&Bound> {
        let list = if loose { &self.loose } else { &self.exact };
        list.iter().find(|(n, _)| n == name).map(|(_, b)| b)
    }
}

/// Evaluates an expression fully: `None` when any part of it is unknown. The value may hold
/// `*` for unknown parts of strings (see [`eval`]); use [`exact_value`] for control flow.
pub fn value(expr: &Expression, scope: &Scope) -> Option<Value> {
    let e = eval(expr, scope);
    e.is_known().then_some(e.value)
}

/// Evaluates an expression fully and exactly: `None` when any part is unknown or only
/// approximately known.
pub fn exact_value(expr: &Expression, scope: &Scope) -> Option<Value> {
    let e = eval(expr, scope);
    (e.is_known() && e.exact).then_some(e.value)
}

fn strict(expr: &Expression, scope: &Scope) -> Option<Value> {
    strict::evaluate(expr, scope, false).ok()
}

/// Evaluates an expression into a value and its unknown mask. Collections written out in the
/// source keep their known parts; a template with unknown interpolations keeps its literal
/// text with `*` for each unknown part (see [`partial_template`]); such approximate values
/// pass through references and function calls, and make any other expression unknown.
pub fn eval(expr: &Expression, scope: &Scope) -> Eval {
    if let Some(v) = strict(expr, scope) {
        return Eval::known(v);
    }
    match expr {
        Expression::Parenthesis(inner) => eval(inner, scope),
        Expression::Array(items) => {
            let parts: Vec<Eval> = items.iter().map(|e| eval(e, scope)).collect();
            let exact = parts.iter().all(|p| p.exact);
            if parts.iter().all(Eval::is_known) {
                let v = Value::Array(parts.into_iter().map(|p| p.value).collect());
                return if exact {
                    Eval::known(v)
                } else {
                    Eval::approximate(v)
                };
            }
            let (values, masks) = parts.into_iter().map(|p| (p.value, p.unknown)).unzip();
            Eval {
                value: Value::Array(values),
                unknown: Value::Array(masks),
                exact,
            }
        }
        Expression::Object(obj) => {
            let mut values = Map::new();
            let mut masks = Map::new();
            let mut exact = true;
            for (k, v) in obj.iter() {
                let Some(key) = object_key(k, scope) else {
                    // A computed key: the object's shape is unknown.
                    return Eval::unknown();
                };
                let part = eval(v, scope);
                exact &= part.exact;
                if !part.is_known() {
                    masks.insert(key.clone(), part.unknown);
                }
                values.insert(key, part.value);
            }
            Eval {
                value: Value::Object(values),
                unknown: if masks.is_empty() {
                    Value::Bool(false)
                } else {
                    Value::Object(masks)
                },
                exact,
            }
        }
        // A reference reads a value as it is: a loosely known one passes through.
        Expression::Traversal(t) if pure_traversal(t) => {
            match strict::evaluate(expr, scope, true) {
                Ok(v) => Eval::approximate(v),
                Err(_) => Eval::unknown(),
            }
        }
        // Value-preserving functions (no comparison decides anything) on loosely known
        // arguments are loosely known: `jsonencode` of a policy with `*` parts is the policy
        // with `*` parts.
        Expression::FuncCall(f) if f.name.namespace.is_empty() => {
            let name = f.name.name.as_str();
            if !funcs::PRESERVING.contains(&name) {
                return Eval::unknown();
            }
            let mut args = Vec::with_capacity(f.args.len());
            for (i, a) in f.args.iter().enumerate() {
                let e = eval(a, scope);
                if !e.is_known() {
                    return Eval::unknown();
                }
                match e.value {
                    Value::Array(items) if f.expand_final && i + 1 == f.args.len() => {
                        args.extend(items)
                    }
                    _ if f.expand_final && i + 1 == f.args.len() => return Eval::unknown(),
                    v => args.push(v),
                }
            }
            match funcs::call(name, args, scope.budget()) {
                Ok(v) => Eval::approximate(v),
                Err(_) => Eval::unknown(),
            }
        }
        Expression::TemplateExpr(t) => match partial_template(t, scope) {
            Some(s) => Eval::approximate(Value::String(s)),
            None => Eval::unknown(),
        },
        _ => Eval::unknown(),
    }
}

/// A traversal that only reads (`var.x.y`, `local.m["k"]`): no computed index.
fn pure_traversal(t: &hcl::expr::Traversal) -> bool {
    matches!(t.expr, Expression::Variable(_))
        && t.operators.iter().all(|op| {
            matches!(
                op,
                TraversalOperator::GetAttr(_)
                    | TraversalOperator::LegacyIndex(_)
                    | TraversalOperator::Index(Expression::Number(_))
                    | TraversalOperator::Index(Expression::String(_))
            )
        })
}

fn object_key(k: &ObjectKey, scope: &Scope) -> Option<String> {
    match k {
        ObjectKey::Identifier(id) => Some(id.to_string()),
        ObjectKey::Expression(e) => match exact_value(e, scope)? {
            Value::String(s) => Some(s),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// A template whose interpolations are partly unknown, as the literal text with `*` for each
/// unknown part: `"${var.env}-logs"` is `"*-logs"`, which makes an ARN of the bucket
/// `arn:aws:s3:::*-logs` instead of `arn:aws:s3:::*`. `None` when nothing literal is left or
/// the template has directives (`%{if}`, `%{for}`), whose output cannot be bounded this way.
pub fn partial_template(t: &TemplateExpr, scope: &Scope) -> Option<String> {
    let tpl = Template::from_expr(t).ok()?;
    let mut out = String::new();
    for el in tpl.elements() {
        match el {
            Element::Literal(s) => out.push_str(s),
            Element::Interpolation(i) => {
                let e = eval(&i.expr, scope);
                if e.is_known() {
                    out.push_str(&match e.value {
                        Value::String(s) => s,
                        Value::Number(n) => n.to_string(),
                        Value::Bool(b) => b.to_string(),
                        _ => return None,
                    });
                } else if !out.ends_with('*') {
                    out.push('*');
                }
            }
            Element::Directive(_) => return None,
        }
    }
    out.chars().any(|c| c != '*').then_some(out)
}

/// The references an expression makes, as `terraform show -json` lists them: the full
/// traversal (`aws_iam_role.r.arn`) and the object it reads (`aws_iam_role.r`), `var.x`,
/// `local.x`, `module.m.out` and `module.m`, `data.t.n.attr` and `data.t.n`, `count.index`.
pub fn references(expr: &Expression) -> Vec<String> {
    let mut out = Vec::new();
    collect(expr, &mut out);
    let mut seen = std::collections::HashSet::new();
    out.retain(|r| seen.insert(r.clone()));
    out
}

fn collect(expr: &Expression, out: &mut Vec<String>) {
    match expr {
        Expression::Traversal(t) => {
            for op in &t.operators {
                if let TraversalOperator::Index(i) = op {
                    collect(i, out);
                }
            }
            let Expression::Variable(root) = &t.expr else {
                collect(&t.expr, out);
                return;
            };
            traversal_refs(root.as_str(), &t.operators, out);
        }
        Expression::Variable(_) => {}
        Expression::Array(items) => items.iter().for_each(|e| collect(e, out)),
        Expression::Object(obj) => {
            for (k, v) in obj.iter() {
                if let ObjectKey::Expression(e) = k {
                    collect(e, out);
                }
                collect(v, out);
            }
        }
        Expression::TemplateExpr(t) => {
            if let Ok(tpl) = Template::from_expr(t) {
                template_refs(&tpl, out);
            }
        }
        Expression::FuncCall(f) => f.args.iter().for_each(|e| collect(e, out)),
        Expression::Parenthesis(e) => collect(e, out),
        Expression::Conditional(c) => {
            collect(&c.cond_expr, out);
            collect(&c.true_expr, out);
            collect(&c.false_expr, out);
        }
        Expression::Operation(op) => match op.as_ref() {
            hcl::expr::Operation::Unary(u) => collect(&u.expr, out),
            hcl::expr::Operation::Binary(b) => {
                collect(&b.lhs_expr, out);
                collect(&b.rhs_expr, out);
            }
        },
        Expression::ForExpr(f) => {
            let mut inner = Vec::new();
            collect(&f.collection_expr, out);
            if let Some(k) = &f.key_expr {
                collect(k, &mut inner);
            }
            collect(&f.value_expr, &mut inner);
            if let Some(c) = &f.cond_expr {
                collect(c, &mut inner);
            }
            // The for expression's own variables are not references.
            let own: Vec<&str> = std::iter::once(f.value_var.as_str())
                .chain(f.key_var.as_ref().map(|k| k.as_str()))
                .collect();
            out.extend(
                inner
                    .into_iter()
                    .filter(|r| !own.contains(&r.split(['.', '[']).next().unwrap_or(""))),
            );
        }
        _ => {}
    }
}

fn template_refs(tpl: &Template, out: &mut Vec<String>) {
    for el in tpl.elements() {
        match el {
            Element::Literal(_) => {}
            Element::Interpolation(i) => collect(&i.expr, out),
            Element::Directive(d) => match d.as_ref() {
                Directive::If(d) => {
                    collect(&d.cond_expr, out);
                    template_refs(&d.true_template, out);
                    if let Some(f) = &d.false_template {
                        template_refs(f, out);
                    }
                }
                Directive::For(d) => {
                    collect(&d.collection_expr, out);
                    let mut inner = Vec::new();
                    template_refs(&d.template, &mut inner);
                    let own: Vec<&str> = std::iter::once(d.value_var.as_str())
                        .chain(d.key_var.as_ref().map(|k| k.as_str()))
                        .collect();
                    out.extend(
                        inner
                            .into_iter()
                            .filter(|r| !own.contains(&r.split(['.', '[']).next().unwrap_or(""))),
                    );
                }
            },
        }
    }
}

/// One traversal's references: the longest literal path, plus the object it belongs to.
fn traversal_refs(root: &str, ops: &[TraversalOperator], out: &mut Vec<String>) {
    let mut segs: Vec<String> = vec![root.to_string()];
    for op in ops {
        match op {
            TraversalOperator::GetAttr(id) => segs.push(format!(".{id}")),
            TraversalOperator::Index(Expression::Number(n)) => segs.push(format!("[{n}]")),
            TraversalOperator::Index(Expression::String(s)) => {
                segs.push(format!("[{}]", Value::String(s.clone())))
            }
            TraversalOperator::LegacyIndex(n) => segs.push(format!("[{n}]")),
            _ => break,
        }
    }
    let join = |n: usize| segs[..n.min(segs.len())].concat();
    // How many segments name the object: var.x, local.x, count.index, module.m, data.t.n, t.n.
    let object_len = match root {
        "var" | "local" | "count" | "each" | "path" | "terraform" | "self" => {
            out.push(join(2));
            return;
        }
        "module" => 2,
        "data" => 3,
        _ => 2,
    };
    if segs.len() < object_len {
        return;
    }
    out.push(segs.concat());
    if segs.len() > object_len && segs[object_len].starts_with('[') {
        out.push(join(object_len + 1));
    }
    out.push(join(object_len));
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    fn expr(src: &str) -> Expression {
        let body = hcl::parse(&format!("x = {src}\n")).unwrap();
        body.attributes().next().unwrap().expr().clone()
    }

    #[test]
    fn literals_and_partly_known_collections() {
        let s = Scope::default();
        assert_eq!(eval(&expr(r#""a""#), &s), Eval::known(json!("a")));
        assert_eq!(eval(&expr("var.x"), &s), Eval::unknown());
        let tags = eval(&expr(r#"{ Name = "n", Env = var.env }"#), &s);
        assert_eq!(tags.value, json!({"Name": "n", "Env": null}));
        assert_eq!(tags.unknown, json!({"Env": true}));
        let s2 = s.with_names(
            "var",
            obj(json!({"env": "prod"})),
            obj(json!({"env": "prod"})),
        );
        assert_eq!(
            eval(&expr(r#"{ Name = "n", Env = var.env }"#), &s2),
            Eval::known(json!({"Name": "n", "Env": "prod"}))
        );
        assert_eq!(
            eval(&expr(r#"jsonencode({ Version = "2012-10-17" })"#), &s),
            Eval::known(json!(r#"{"Version":"2012-10-17"}"#))
        );
        assert_eq!(
            eval(&expr(r#"var.on ? "x" : null"#), &s),
            Eval::unknown(),
            "a conditional on an input is unknown"
        );
    }

    #[test]
    fn templates_keep_their_literal_text() {
        let s = Scope::default();
        let logs = eval(&expr(r#""${var.env}-logs""#), &s);
        assert_eq!((logs.value, logs.exact), (json!("*-logs"), false));
        assert_eq!(eval(&expr(r#""${var.env}""#), &s), Eval::unknown());
        assert_eq!(
            eval(
                &expr(r#""a-${count.index}""#),
                &s.with("count", json!({"index": 2}))
            ),
            Eval::known(json!("a-2"))
        );
    }

    #[test]
    fn approximate_values_never_decide_a_condition() {
        let s = Scope::default().with_names("var", Map::new(), obj(json!({"name": "*-alerts"})));
        let pass = eval(&expr("var.name"), &s);
        assert_eq!((pass.value, pass.exact), (json!("*-alerts"), false));
        let lowered = eval(&expr("lower(var.name)"), &s);
        assert_eq!(lowered.value, json!("*-alerts"));
        assert_eq!(
            eval(&expr(r#"var.name == "x" ? 1 : 2"#), &s),
            Eval::unknown()
        );
        assert_eq!(exact_value(&expr("var.name"), &s), None);
    }

    #[test]
    fn references_as_terraform_lists_them() {
        assert_eq!(
            references(&expr("aws_iam_role.r.arn")),
            vec!["aws_iam_role.r.arn", "aws_iam_role.r"]
        );
        assert_eq!(
            references(&expr("aws_iam_role.r[0].arn")),
            vec![
                "aws_iam_role.r[0].arn",
                "aws_iam_role.r[0]",
                "aws_iam_role.r"
            ]
        );
        assert_eq!(references(&expr("var.x.y")), vec!["var.x"]);
        assert_eq!(
            references(&expr("module.m.out")),
            vec!["module.m.out", "module.m"]
        );
        assert_eq!(
            references(&expr(r#""${data.aws_caller_identity.c.account_id}-x""#)),
            vec![
                "data.aws_caller_identity.c.account_id",
                "data.aws_caller_identity.c"
            ]
        );
        assert_eq!(
            references(&expr("[for r in var.roles : r.arn]")),
            vec!["var.roles"]
        );
    }
}
