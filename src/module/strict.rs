//! Evaluating one HCL expression to a value, as Terraform would, when everything it reads is
//! known. Replaces hcl-rs's evaluator for three reasons: every step is paid for from the run's
//! [`Budget`] (so a list doubled forty times, or a `for` inside a `for` over a million
//! elements, stops at a limit instead of exhausting memory); bindings are read where they are
//! instead of copied into a context per expression; and "unknown" (an input or attribute
//! decided at apply) is kept apart from "error" (a missing key in a known map), which is what
//! `try` and `can` need. Recursion follows the expression tree only, whose depth the parser
//! bounds (hcl-edit: 64 nested levels, 128 chained operators); values are walked without
//! recursion.

use super::eval::{Bound, Scope};
use super::funcs;
use super::limits::Budget;
use hcl::expr::{
    BinaryOperator, Conditional, ForExpr, FuncCall, Operation, TemplateExpr, Traversal,
    TraversalOperator, UnaryOperator,
};
use hcl::template::{Directive, Element, Strip, Template};
use hcl::{Expression, ObjectKey};
use serde_json::{Map, Number, Value};
use std::rc::Rc;

/// Why an expression has no value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fail {
    /// It reads something decided at apply, or by the module's consumer.
    Unknown,
    /// Terraform would reject it (a missing key, a type mismatch): `try` moves on.
    Error,
    /// The run passed a limit (recorded in the budget); nothing swallows this.
    Limit,
}

pub type Res = Result<Value, Fail>;

/// Evaluates `e` with the scope's exact bindings, or with its loose ones (see [`Scope`]).
pub fn evaluate(e: &Expression, scope: &Scope, loose: bool) -> Res {
    let mut ev = Ev {
        scope,
        loose,
        budget: scope.budget(),
        frames: Vec::new(),
    };
    if ev.budget.failed() {
        return Err(Fail::Limit);
    }
    ev.expr(e)
}

struct Ev<'a> {
    scope: &'a Scope,
    loose: bool,
    budget: &'a Budget,
    /// Variables of the enclosing `for` expressions and directives, innermost last.
    frames: Vec<(String, Rc<Value>)>,
}

/// A value and what it costs to copy, charged before copying.
pub(super) fn charge(b: &Budget, v: &Value) -> Result<(), Fail> {
    let (cost, _) = super::limits::measure(v);
    if b.tick(cost) {
        Ok(())
    } else {
        Err(Fail::Limit)
    }
}

impl Ev<'_> {
    fn tick(&self, n: u64) -> Result<(), Fail> {
        if self.budget.tick(n) {
            Ok(())
        } else {
            Err(Fail::Limit)
        }
    }

    fn size(&self, kind: &str, n: usize) -> Result<(), Fail> {
        if self.budget.size(kind, n) {
            Ok(())
        } else {
            Err(Fail::Limit)
        }
    }

    fn copy(&self, v: &Value) -> Res {
        charge(self.budget, v)?;
        Ok(v.clone())
    }

    fn expr(&mut self, e: &Expression) -> Res {
        self.tick(1)?;
        match e {
            Expression::Null => Ok(Value::Null),
            Expression::Bool(b) => Ok(Value::Bool(*b)),
            Expression::Number(n) => serde_json::to_value(n).map_err(|_| Fail::Error),
            Expression::String(s) => {
                self.size("string", s.len())?;
                self.tick((s.len() / 16) as u64)?;
                Ok(Value::String(s.clone()))
            }
            Expression::Array(items) => {
                self.size("list", items.len())?;
                let mut out = Vec::with_capacity(items.len());
                for i in items {
                    out.push(self.expr(i)?);
                }
                Ok(Value::Array(out))
            }
            Expression::Object(o) => {
                self.size("map", o.len())?;
                let mut out = Map::new();
                for (k, v) in o.iter() {
                    let key = self.key(k)?;
                    out.insert(key, self.expr(v)?);
                }
                Ok(Value::Object(out))
            }
            Expression::TemplateExpr(t) => self.template_expr(t),
            Expression::Variable(v) => self.variable(v.as_str()),
            Expression::Traversal(t) => self.traversal(t),
            Expression::FuncCall(f) => self.call(f),
            Expression::Parenthesis(inner) => self.expr(inner),
            Expression::Conditional(c) => self.conditional(c),
            Expression::Operation(op) => self.operation(op),
            Expression::ForExpr(f) => self.for_expr(f),
            _ => Err(Fail::Unknown),
        }
    }

    fn key(&mut self, k: &ObjectKey) -> Result<String, Fail> {
        match k {
            ObjectKey::Identifier(id) => Ok(id.to_string()),
            ObjectKey::Expression(e) => key_text(self.expr(e)?),
            _ => Err(Fail::Unknown),
        }
    }

    fn frame(&self, name: &str) -> Option<Rc<Value>> {
        self.frames
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    }

    fn variable(&mut self, name: &str) -> Res {
        if let Some(v) = self.frame(name) {
            return self.copy(&v);
        }
        match self.scope.root(name, self.loose) {
            Some(Bound::Value(v)) => self.copy(v),
            Some(Bound::Names(names)) => {
                let mut out = Map::new();
                for (k, v) in names.iter() {
                    out.insert(k.clone(), self.copy(v)?);
                }
                Ok(Value::Object(out))
            }
            // Resources, data sources, module outputs, the root module's inputs.
            None => Err(Fail::Unknown),
        }
    }

    /// A traversal reads through its bindings in place; only the part it reaches is copied.
    fn traversal(&mut self, t: &Traversal) -> Res {
        let ops: Vec<&TraversalOperator> = t.operators.iter().collect();
        let Expression::Variable(root) = &t.expr else {
            let v = self.expr(&t.expr)?;
            return self.apply(v, &ops);
        };
        let held;
        let names;
        let mut used = 0;
        let mut at: &Value = if let Some(v) = self.frame(root.as_str()) {
            held = v;
            &held
        } else {
            match self.scope.root(root.as_str(), self.loose) {
                Some(Bound::Value(v)) => {
                    held = v.clone();
                    &held
                }
                Some(Bound::Names(n)) => {
                    names = n.clone();
                    let name = match ops.first() {
                        Some(TraversalOperator::GetAttr(id)) => id.to_string(),
                        Some(TraversalOperator::Index(i)) => key_text(self.expr(i)?)?,
                        _ => {
                            let whole = self.variable(root.as_str())?;
                            return self.apply(whole, &ops);
                        }
                    };
                    used = 1;
                    // A name not bound is not known yet (an input the caller leaves unknown,
                    // a local that reads a resource): unknown, not an error.
                    match names.get(&name) {
                        Some(v) => v,
                        None => return Err(Fail::Unknown),
                    }
                }
                None => return Err(Fail::Unknown),
            }
        };
        while let Some(op) = ops.get(used) {
            let key = match op {
                TraversalOperator::GetAttr(id) => Value::String(id.to_string()),
                TraversalOperator::Index(i) => self.expr(i)?,
                TraversalOperator::LegacyIndex(n) => Value::from(*n),
                TraversalOperator::AttrSplat | TraversalOperator::FullSplat => break,
            };
            self.tick(1)?;
            at = step(at, &key)?;
            used += 1;
        }
        let v = self.copy(at)?;
        self.apply(v, &ops[used..])
    }

    /// Traversal operators on an owned value, splats included (hcl's semantics: an attribute
    /// splat takes the attribute accesses after it, a full splat everything after it; a splat
    /// of null is an empty list and of a non-list a one-element list).
    fn apply(&mut self, mut v: Value, ops: &[&TraversalOperator]) -> Res {
        let mut i = 0;
        while i < ops.len() {
            self.tick(1)?;
            let rest_end = match ops[i] {
                TraversalOperator::AttrSplat => {
                    let n = ops[i + 1..]
                        .iter()
                        .take_while(|o| matches!(o, TraversalOperator::GetAttr(_)))
                        .count();
                    i + 1 + n
                }
                TraversalOperator::FullSplat => ops.len(),
                op => {
                    let key = match op {
                        TraversalOperator::GetAttr(id) => Value::String(id.to_string()),
                        TraversalOperator::Index(e) => self.expr(e)?,
                        TraversalOperator::LegacyIndex(n) => Value::from(*n),
                        _ => unreachable!("splats are matched above"),
                    };
                    v = take(v, &key)?;
                    i += 1;
                    continue;
                }
            };
            let inner = &ops[i + 1..rest_end];
            v = match v {
                Value::Array(items) => {
                    let mut out = Vec::with_capacity(items.len());
                    for x in items {
                        out.push(self.apply(x, inner)?);
                    }
                    Value::Array(out)
                }
                Value::Null => Value::Array(Vec::new()),
                other => Value::Array(vec![self.apply(other, inner)?]),
            };
            i = rest_end;
        }
        Ok(v)
    }

    fn call(&mut self, f: &FuncCall) -> Res {
        if !f.name.namespace.is_empty() {
            // Provider functions (`provider::aws::arn_parse`) are the provider's.
            return Err(Fail::Unknown);
        }
        let name = f.name.name.as_str();
        match name {
            // `try` and `can` see their arguments' failures, so they get them unevaluated.
            "try" => {
                for a in &f.args {
                    match self.expr(a) {
                        Err(Fail::Error) => continue,
                        other => return other,
                    }
                }
                Err(Fail::Error)
            }
            "can" if f.args.len() == 1 => match self.expr(&f.args[0]) {
                Ok(_) => Ok(Value::Bool(true)),
                Err(Fail::Error) => Ok(Value::Bool(false)),
                Err(e) => Err(e),
            },
            _ => {
                if !funcs::known(name) {
                    return Err(Fail::Unknown);
                }
                let mut args = Vec::with_capacity(f.args.len());
                for (i, a) in f.args.iter().enumerate() {
                    let v = self.expr(a)?;
                    if f.expand_final && i + 1 == f.args.len() {
                        match v {
                            Value::Array(items) => args.extend(items),
                            _ => return Err(Fail::Error),
                        }
                    } else {
                        args.push(v);
                    }
                }
                funcs::call(name, args, self.budget)
            }
        }
    }

    fn conditional(&mut self, c: &Conditional) -> Res {
        match self.expr(&c.cond_expr)? {
            Value::Bool(true) => self.expr(&c.true_expr),
            Value::Bool(false) => self.expr(&c.false_expr),
            _ => Err(Fail::Error),
        }
    }

    fn operation(&mut self, op: &Operation) -> Res {
        match op {
            Operation::Unary(u) => {
                let v = self.expr(&u.expr)?;
                match (u.operator, v) {
                    (UnaryOperator::Not, Value::Bool(b)) => Ok(Value::Bool(!b)),
                    (UnaryOperator::Neg, Value::Number(n)) => {
                        arith(BinaryOperator::Minus, &Number::from(0), &n)
                    }
                    _ => Err(Fail::Error),
                }
            }
            Operation::Binary(b) => {
                let l = self.expr(&b.lhs_expr)?;
                let r = self.expr(&b.rhs_expr)?;
                binary(b.operator, &l, &r)
            }
        }
    }

    fn for_expr(&mut self, f: &ForExpr) -> Res {
        let pairs = pairs(self.expr(&f.collection_expr)?)?;
        let mark = self.frames.len();
        let r = self.for_items(f, pairs);
        self.frames.truncate(mark);
        r
    }

    fn for_items(&mut self, f: &ForExpr, pairs: Vec<(Value, Value)>) -> Res {
        let mark = self.frames.len();
        let mut list = Vec::new();
        let mut map = Map::new();
        for (k, v) in pairs {
            self.tick(1)?;
            self.frames.truncate(mark);
            if let Some(kv) = &f.key_var {
                self.frames.push((kv.to_string(), Rc::new(k)));
            }
            self.frames.push((f.value_var.to_string(), Rc::new(v)));
            if let Some(c) = &f.cond_expr {
                match self.expr(c)? {
                    Value::Bool(true) => {}
                    Value::Bool(false) => continue,
                    _ => return Err(Fail::Error),
                }
            }
            match &f.key_expr {
                None => {
                    list.push(self.expr(&f.value_expr)?);
                    self.size("list", list.len())?;
                }
                Some(ke) => {
                    let key = key_text(self.expr(ke)?)?;
                    let value = self.expr(&f.value_expr)?;
                    if f.grouping {
                        match map.entry(key).or_insert_with(|| Value::Array(Vec::new())) {
                            Value::Array(group) => {
                                group.push(value);
                                self.size("list", group.len())?;
                            }
                            _ => unreachable!("groups are lists"),
                        }
                    } else if map.insert(key, value).is_some() {
                        // Terraform: duplicate object key (without `...`).
                        return Err(Fail::Error);
                    }
                    self.size("map", map.len())?;
                }
            }
        }
        Ok(match f.key_expr {
            None => Value::Array(list),
            Some(_) => Value::Object(map),
        })
    }

    fn template_expr(&mut self, t: &TemplateExpr) -> Res {
        let src = match t {
            TemplateExpr::QuotedString(s) => s,
            TemplateExpr::Heredoc(h) => &h.template,
        };
        self.tick((src.len() / 16) as u64)?;
        let tpl = Template::from_expr(t).map_err(|_| Fail::Error)?;
        // A template of one interpolation is its value, not its text (HCL's unwrapping).
        if let [Element::Interpolation(i)] = tpl.elements() {
            return self.expr(&i.expr);
        }
        let mut out = String::new();
        self.template(&mut out, &tpl, Strip::None, Strip::None)?;
        Ok(Value::String(out))
    }

    fn template(
        &mut self,
        out: &mut String,
        tpl: &Template,
        first: Strip,
        last: Strip,
    ) -> Result<(), Fail> {
        let els = tpl.elements();
        for (i, el) in els.iter().enumerate() {
            let prev = if i == 0 { first } else { strip_of(&els[i - 1]) };
            let next = if i + 1 == els.len() {
                last
            } else {
                strip_of(&els[i + 1])
            };
            self.tick(1)?;
            match el {
                Element::Literal(s) => out.push_str(strip_literal(s, prev, next)),
                Element::Interpolation(x) => {
                    let v = self.expr(&x.expr)?;
                    out.push_str(&text_of(&v).ok_or(Fail::Error)?);
                }
                Element::Directive(d) => match d.as_ref() {
                    Directive::If(d) => match self.expr(&d.cond_expr)? {
                        Value::Bool(true) => {
                            let end = if d.false_template.is_some() {
                                d.else_strip
                            } else {
                                d.endif_strip
                            };
                            self.template(out, &d.true_template, d.if_strip, end)?;
                        }
                        Value::Bool(false) => {
                            if let Some(f) = &d.false_template {
                                self.template(out, f, d.else_strip, d.endif_strip)?;
                            }
                        }
                        _ => return Err(Fail::Error),
                    },
                    Directive::For(d) => {
                        let pairs = pairs(self.expr(&d.collection_expr)?)?;
                        let mark = self.frames.len();
                        let mut r = Ok(());
                        for (k, v) in pairs {
                            self.frames.truncate(mark);
                            if let Some(kv) = &d.key_var {
                                self.frames.push((kv.to_string(), Rc::new(k)));
                            }
                            self.frames.push((d.value_var.to_string(), Rc::new(v)));
                            r = self.template(out, &d.template, d.for_strip, d.endfor_strip);
                            if r.is_err() {
                                break;
                            }
                        }
                        self.frames.truncate(mark);
                        r?;
                    }
                },
            }
            self.size("string", out.len())?;
        }
        Ok(())
    }
}

/// The whitespace strip markers an element puts on its neighbours.
fn strip_of(el: &Element) -> Strip {
    match el {
        Element::Literal(_) => Strip::None,
        Element::Interpolation(i) => i.strip,
        Element::Directive(d) => {
            let (start, end) = match d.as_ref() {
                Directive::If(d) => (d.if_strip, d.endif_strip),
                Directive::For(d) => (d.for_strip, d.endfor_strip),
            };
            Strip::from((start.strip_start(), end.strip_end()))
        }
    }
}

/// `~` markers strip spaces up to and including the first line break (HCL's template spec).
fn strip_literal(mut s: &str, prev: Strip, next: Strip) -> &str {
    let space = |c: char| c.is_whitespace() && c != '\r' && c != '\n';
    if prev.strip_end() {
        s = s.trim_start_matches(space);
        s = s
            .strip_prefix("\r\n")
            .or_else(|| s.strip_prefix('\n'))
            .unwrap_or(s);
    }
    if next.strip_start() {
        s = s.trim_end_matches(space);
        s = s
            .strip_suffix("\r\n")
            .or_else(|| s.strip_suffix('\n'))
            .unwrap_or(s);
    }
    s
}

/// A primitive value as template text; collections and null are not text in Terraform.
pub(super) fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(number_text(n)),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Numbers as Terraform prints them: integral values without a fraction.
pub(super) fn number_text(n: &Number) -> String {
    match n.as_f64() {
        Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
        _ => n.to_string(),
    }
}

/// An object key from a value: strings, and numbers and booleans as their text.
fn key_text(v: Value) -> Result<String, Fail> {
    match v {
        Value::String(s) => Ok(s),
        Value::Number(n) => Ok(number_text(&n)),
        Value::Bool(b) => Ok(b.to_string()),
        _ => Err(Fail::Error),
    }
}

/// The (key, value) pairs a `for` iterates: list indexes, or map keys in lexical order.
fn pairs(v: Value) -> Result<Vec<(Value, Value)>, Fail> {
    match v {
        Value::Array(a) => Ok(a
            .into_iter()
            .enumerate()
            .map(|(i, v)| (Value::from(i), v))
            .collect()),
        Value::Object(m) => Ok(m.into_iter().map(|(k, v)| (Value::String(k), v)).collect()),
        _ => Err(Fail::Error),
    }
}

/// Where an index or attribute leads in a collection, as Terraform converts keys: a number
/// indexes a list (a numeric string too), a string a map (a number as its text).
fn index_of(len: usize, key: &Value) -> Result<usize, Fail> {
    let n = match key {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.parse::<f64>().ok(),
        _ => return Err(Fail::Error),
    };
    match n {
        Some(f) if f >= 0.0 && f.fract() == 0.0 && (f as usize) < len => Ok(f as usize),
        _ => Err(Fail::Error),
    }
}

fn step<'v>(v: &'v Value, key: &Value) -> Result<&'v Value, Fail> {
    match v {
        Value::Object(m) => {
            let k = key_text(key.clone())?;
            m.get(&k).ok_or(Fail::Error)
        }
        Value::Array(a) => Ok(&a[index_of(a.len(), key)?]),
        _ => Err(Fail::Error),
    }
}

fn take(v: Value, key: &Value) -> Res {
    match v {
        Value::Object(mut m) => {
            let k = key_text(key.clone())?;
            m.remove(&k).ok_or(Fail::Error)
        }
        Value::Array(mut a) => {
            let i = index_of(a.len(), key)?;
            Ok(a.swap_remove(i))
        }
        _ => Err(Fail::Error),
    }
}

/// Equality as Terraform compares values: numbers by value (1 == 1.0), collections element
/// by element, without recursion.
pub(super) fn equal(a: &Value, b: &Value) -> bool {
    let mut todo = vec![(a, b)];
    while let Some((x, y)) = todo.pop() {
        match (x, y) {
            (Value::Number(p), Value::Number(q)) => {
                if !num_eq(p, q) {
                    return false;
                }
            }
            (Value::Array(p), Value::Array(q)) => {
                if p.len() != q.len() {
                    return false;
                }
                todo.extend(p.iter().zip(q));
            }
            (Value::Object(p), Value::Object(q)) => {
                if p.len() != q.len() || !p.keys().eq(q.keys()) {
                    return false;
                }
                todo.extend(p.values().zip(q.values()));
            }
            (x, y) => {
                if x != y {
                    return false;
                }
            }
        }
    }
    true
}

#[derive(Clone, Copy)]
pub(super) enum Num {
    Int(i128),
    Float(f64),
}

pub(super) fn num(n: &Number) -> Num {
    if let Some(i) = n.as_i64() {
        Num::Int(i as i128)
    } else if let Some(u) = n.as_u64() {
        Num::Int(u as i128)
    } else {
        Num::Float(n.as_f64().unwrap_or(f64::NAN))
    }
}

pub(super) fn float(n: Num) -> f64 {
    match n {
        Num::Int(i) => i as f64,
        Num::Float(f) => f,
    }
}

fn num_eq(a: &Number, b: &Number) -> bool {
    match (num(a), num(b)) {
        (Num::Int(x), Num::Int(y)) => x == y,
        (x, y) => float(x) == float(y),
    }
}

/// A number result: integral values as integers (Terraform prints `6 / 2` as `3`), anything
/// not finite an error (division by zero).
pub(super) fn number_value(n: Num) -> Res {
    match n {
        Num::Int(i) => {
            if let Ok(v) = i64::try_from(i) {
                Ok(Value::from(v))
            } else if let Ok(v) = u64::try_from(i) {
                Ok(Value::from(v))
            } else {
                number_value(Num::Float(i as f64))
            }
        }
        Num::Float(f) if !f.is_finite() => Err(Fail::Error),
        Num::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Ok(Value::from(f as i64)),
        Num::Float(f) => Number::from_f64(f).map(Value::Number).ok_or(Fail::Error),
    }
}

fn arith(op: BinaryOperator, a: &Number, b: &Number) -> Res {
    use BinaryOperator::*;
    let (x, y) = (num(a), num(b));
    let ints = match (x, y) {
        (Num::Int(p), Num::Int(q)) => Some((p, q)),
        _ => None,
    };
    let r = match op {
        Plus => ints.and_then(|(p, q)| p.checked_add(q)).map(Num::Int),
        Minus => ints.and_then(|(p, q)| p.checked_sub(q)).map(Num::Int),
        Mul => ints.and_then(|(p, q)| p.checked_mul(q)).map(Num::Int),
        Div | Mod if float(y) == 0.0 => return Err(Fail::Error),
        Mod => ints.and_then(|(p, q)| p.checked_rem(q)).map(Num::Int),
        _ => None,
    };
    let r = r.unwrap_or_else(|| {
        let (p, q) = (float(x), float(y));
        Num::Float(match op {
            Plus => p + q,
            Minus => p - q,
            Mul => p * q,
            Div => p / q,
            _ => p % q,
        })
    });
    number_value(r)
}

fn binary(op: BinaryOperator, l: &Value, r: &Value) -> Res {
    use BinaryOperator::*;
    Ok(Value::Bool(match (op, l, r) {
        (Eq, l, r) => equal(l, r),
        (NotEq, l, r) => !equal(l, r),
        (And, Value::Bool(a), Value::Bool(b)) => *a && *b,
        (Or, Value::Bool(a), Value::Bool(b)) => *a || *b,
        (Plus | Minus | Mul | Div | Mod, Value::Number(a), Value::Number(b)) => {
            return arith(op, a, b)
        }
        (Less | LessEq | Greater | GreaterEq, Value::Number(a), Value::Number(b)) => {
            let ord = match (num(a), num(b)) {
                (Num::Int(x), Num::Int(y)) => x.partial_cmp(&y),
                (x, y) => float(x).partial_cmp(&float(y)),
            }
            .ok_or(Fail::Error)?;
            match op {
                Less => ord.is_lt(),
                LessEq => ord.is_le(),
                Greater => ord.is_gt(),
                _ => ord.is_ge(),
            }
        }
        _ => return Err(Fail::Error),
    }))
}

/// `a + b` on numbers, for `sum`.
pub(super) fn binary_plus(a: &Value, b: &Value) -> Res {
    binary(BinaryOperator::Plus, a, b)
}
