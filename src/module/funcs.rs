//! The Terraform functions a module's literal expressions are evaluated with: the pure ones
//! (no files, no clock, no network) that public modules use to build names, tags, policy
//! documents and the collections `count` / `for_each` iterate. Semantics are Terraform's
//! (developer.hashicorp.com/terraform/language/functions), restricted to what is decidable
//! here: an argument form this module does not implement (a regular expression in `replace`,
//! a `format` verb with flags) makes the call unknown rather than guessed. Any other function
//! is unknown. Each call pays its work from the run's budget and checks the size of what it
//! builds before building it.

use super::limits::Budget;
use super::strict::{
    charge, equal, float, num, number_text, number_value, text_of, Fail, Num, Res,
};
use serde_json::{Map, Value};

/// Functions evaluated here (besides `try` and `can`, which `strict` evaluates itself).
const FUNCTIONS: &[&str] = &[
    "abs",
    "alltrue",
    "anytrue",
    "ceil",
    "coalesce",
    "coalescelist",
    "compact",
    "concat",
    "contains",
    "distinct",
    "element",
    "endswith",
    "flatten",
    "floor",
    "format",
    "join",
    "jsondecode",
    "jsonencode",
    "keys",
    "length",
    "lookup",
    "lower",
    "max",
    "merge",
    "min",
    "one",
    "range",
    "replace",
    "reverse",
    "slice",
    "sort",
    "split",
    "startswith",
    "substr",
    "sum",
    "tobool",
    "tolist",
    "tomap",
    "tonumber",
    "toset",
    "tostring",
    "trimprefix",
    "trimspace",
    "trimsuffix",
    "upper",
    "values",
    "zipmap",
];

/// Functions whose result only carries their arguments' values along, never a decision on
/// them: the only ones a value with `*` placeholders may pass through (see `eval::Scope`).
pub const PRESERVING: &[&str] = &[
    "concat",
    "flatten",
    "format",
    "join",
    "jsondecode",
    "jsonencode",
    "lower",
    "merge",
    "tolist",
    "tomap",
    "toset",
    "tostring",
    "upper",
];

pub fn known(name: &str) -> bool {
    FUNCTIONS.binary_search(&name).is_ok()
}

fn tick(b: &Budget, n: usize) -> Result<(), Fail> {
    if b.tick(n as u64) {
        Ok(())
    } else {
        Err(Fail::Limit)
    }
}

fn size(b: &Budget, kind: &str, n: usize) -> Result<(), Fail> {
    if b.size(kind, n) {
        Ok(())
    } else {
        Err(Fail::Limit)
    }
}

fn string(v: Value) -> Result<String, Fail> {
    match v {
        Value::String(s) => Ok(s),
        _ => Err(Fail::Error),
    }
}

fn list(v: Value) -> Result<Vec<Value>, Fail> {
    match v {
        Value::Array(a) => Ok(a),
        _ => Err(Fail::Error),
    }
}

fn map(v: Value) -> Result<Map<String, Value>, Fail> {
    match v {
        Value::Object(m) => Ok(m),
        _ => Err(Fail::Error),
    }
}

fn number(v: &Value) -> Result<Num, Fail> {
    match v {
        Value::Number(n) => Ok(num(n)),
        _ => Err(Fail::Error),
    }
}

fn integer(v: &Value) -> Result<i64, Fail> {
    match number(v)? {
        Num::Int(i) => i64::try_from(i).map_err(|_| Fail::Error),
        Num::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Ok(f as i64),
        Num::Float(_) => Err(Fail::Error),
    }
}

fn text(s: String, b: &Budget) -> Res {
    size(b, "string", s.len())?;
    tick(b, s.len() / 16)?;
    Ok(Value::String(s))
}

fn array(a: Vec<Value>, b: &Budget) -> Res {
    size(b, "list", a.len())?;
    Ok(Value::Array(a))
}

/// Calls a function of [`FUNCTIONS`] on evaluated arguments.
pub fn call(name: &str, args: Vec<Value>, b: &Budget) -> Res {
    tick(b, 1 + args.len())?;
    let mut it = args.into_iter();
    let n = it.len();
    let mut arg = || it.next().ok_or(Fail::Error);
    match (name, n) {
        ("jsonencode", 1) => {
            let v = arg()?;
            charge(b, &v)?;
            text(serde_json::to_string(&v).map_err(|_| Fail::Error)?, b)
        }
        ("jsondecode", 1) => {
            let s = string(arg()?)?;
            // serde_json stops at 128 nested levels: deep input is an error, not a deep stack.
            let v: Value = serde_json::from_str(&s).map_err(|_| Fail::Error)?;
            charge(b, &v)?;
            Ok(v)
        }
        ("tostring", 1) => match arg()? {
            Value::Null => Ok(Value::Null),
            v => text(text_of(&v).ok_or(Fail::Error)?, b),
        },
        ("tonumber", 1) => match arg()? {
            Value::Null => Ok(Value::Null),
            v @ Value::Number(_) => Ok(v),
            Value::String(s) => match s.trim().parse::<i64>() {
                Ok(i) => Ok(Value::from(i)),
                Err(_) => number_value(Num::Float(s.trim().parse().map_err(|_| Fail::Error)?)),
            },
            _ => Err(Fail::Error),
        },
        ("tobool", 1) => match arg()? {
            v @ (Value::Null | Value::Bool(_)) => Ok(v),
            Value::String(s) if s == "true" => Ok(Value::Bool(true)),
            Value::String(s) if s == "false" => Ok(Value::Bool(false)),
            _ => Err(Fail::Error),
        },
        ("lower", 1) => text(string(arg()?)?.to_lowercase(), b),
        ("upper", 1) => text(string(arg()?)?.to_uppercase(), b),
        ("trimspace", 1) => text(string(arg()?)?.trim().to_string(), b),
        ("trimprefix", 2) => {
            let (s, p) = (string(arg()?)?, string(arg()?)?);
            text(s.strip_prefix(p.as_str()).unwrap_or(&s).to_string(), b)
        }
        ("trimsuffix", 2) => {
            let (s, p) = (string(arg()?)?, string(arg()?)?);
            text(s.strip_suffix(p.as_str()).unwrap_or(&s).to_string(), b)
        }
        ("startswith", 2) => {
            let (s, p) = (string(arg()?)?, string(arg()?)?);
            Ok(Value::Bool(s.starts_with(&p)))
        }
        ("endswith", 2) => {
            let (s, p) = (string(arg()?)?, string(arg()?)?);
            Ok(Value::Bool(s.ends_with(&p)))
        }
        ("substr", 3) => {
            let s = string(arg()?)?;
            let (off, len) = (integer(&arg()?)?, integer(&arg()?)?);
            let chars: Vec<char> = s.chars().collect();
            let n = chars.len() as i64;
            let start = if off < 0 { n + off } else { off };
            if start < 0 || start > n {
                return Err(Fail::Error);
            }
            let end = if len < 0 { n } else { (start + len).min(n) };
            text(chars[start as usize..end as usize].iter().collect(), b)
        }
        ("replace", 3) => {
            let (s, from, to) = (string(arg()?)?, string(arg()?)?, string(arg()?)?);
            if from.is_empty() || (from.len() >= 2 && from.starts_with('/') && from.ends_with('/'))
            {
                // A regular expression (or Go's empty-pattern rule): not evaluated here.
                return Err(Fail::Unknown);
            }
            let hits = s.matches(from.as_str()).count();
            size(b, "string", s.len() - hits * from.len() + hits * to.len())?;
            text(s.replace(from.as_str(), &to), b)
        }
        ("split", 2) => {
            let (sep, s) = (string(arg()?)?, string(arg()?)?);
            let parts: Vec<Value> = if sep.is_empty() {
                size(b, "list", s.chars().count())?;
                s.chars().map(|c| Value::String(c.to_string())).collect()
            } else {
                size(b, "list", s.matches(sep.as_str()).count() + 1)?;
                s.split(sep.as_str())
                    .map(|p| Value::String(p.to_string()))
                    .collect()
            };
            tick(b, parts.len() + s.len() / 16)?;
            Ok(Value::Array(parts))
        }
        ("join", _) if n >= 2 => {
            let sep = string(arg()?)?;
            let mut parts = Vec::new();
            let mut len = 0usize;
            for l in it {
                for v in list(l)? {
                    let t = text_of(&v).ok_or(Fail::Error)?;
                    len += t.len() + sep.len();
                    size(b, "string", len)?;
                    parts.push(t);
                }
            }
            tick(b, parts.len())?;
            text(parts.join(&sep), b)
        }
        ("format", _) if n >= 1 => {
            let f = string(arg()?)?;
            format(&f, it.collect(), b)
        }
        ("toset", 1) => {
            // A set of strings iterates in lexical order in Terraform.
            let items = list(arg()?)?;
            tick(b, items.len())?;
            let mut texts: Vec<String> = items
                .iter()
                .map(|v| text_of(v).ok_or(Fail::Error))
                .collect::<Result<_, _>>()?;
            texts.sort();
            texts.dedup();
            Ok(Value::Array(texts.into_iter().map(Value::String).collect()))
        }
        ("tolist" | "tomap", 1) => arg(),
        ("concat", _) => {
            let lists: Vec<Vec<Value>> = it.map(list).collect::<Result<_, _>>()?;
            let total = lists.iter().map(Vec::len).sum();
            size(b, "list", total)?;
            tick(b, total)?;
            array(lists.into_iter().flatten().collect(), b)
        }
        ("merge", _) => {
            let mut out = Map::new();
            for v in it {
                match v {
                    Value::Object(m) => {
                        tick(b, m.len())?;
                        out.extend(m);
                        size(b, "map", out.len())?;
                    }
                    Value::Null => {}
                    _ => return Err(Fail::Error),
                }
            }
            Ok(Value::Object(out))
        }
        ("flatten", 1) => {
            let mut out = Vec::new();
            // Nested lists without recursion: a stack of the lists being read.
            let mut stack = vec![list(arg()?)?.into_iter()];
            while let Some(top) = stack.last_mut() {
                match top.next() {
                    Some(Value::Array(inner)) => stack.push(inner.into_iter()),
                    Some(v) => {
                        out.push(v);
                        size(b, "list", out.len())?;
                    }
                    None => {
                        stack.pop();
                    }
                }
                tick(b, 1)?;
            }
            Ok(Value::Array(out))
        }
        ("distinct", 1) => {
            let items = list(arg()?)?;
            let mut seen = std::collections::HashSet::new();
            let mut out = Vec::new();
            for v in items {
                let key = serde_json::to_string(&v).map_err(|_| Fail::Error)?;
                tick(b, 1 + key.len() / 16)?;
                if seen.insert(key) {
                    out.push(v);
                }
            }
            Ok(Value::Array(out))
        }
        ("compact", 1) => {
            let items = list(arg()?)?;
            tick(b, items.len())?;
            Ok(Value::Array(
                items
                    .into_iter()
                    .filter(|v| !matches!(v, Value::Null) && v.as_str() != Some(""))
                    .collect(),
            ))
        }
        ("sort", 1) => {
            let items = list(arg()?)?;
            tick(b, items.len())?;
            let mut texts: Vec<String> = items
                .iter()
                .map(|v| text_of(v).ok_or(Fail::Error))
                .collect::<Result<_, _>>()?;
            texts.sort();
            Ok(Value::Array(texts.into_iter().map(Value::String).collect()))
        }
        ("reverse", 1) => {
            let mut items = list(arg()?)?;
            tick(b, items.len())?;
            items.reverse();
            Ok(Value::Array(items))
        }
        ("slice", 3) => {
            let items = list(arg()?)?;
            let (s, e) = (integer(&arg()?)?, integer(&arg()?)?);
            if s < 0 || e < s || e as usize > items.len() {
                return Err(Fail::Error);
            }
            tick(b, (e - s) as usize)?;
            Ok(Value::Array(items[s as usize..e as usize].to_vec()))
        }
        ("length", 1) => Ok(Value::from(match arg()? {
            Value::Array(a) => a.len(),
            Value::Object(m) => m.len(),
            Value::String(s) => s.chars().count(),
            _ => return Err(Fail::Error),
        })),
        ("element", 2) => {
            let mut items = list(arg()?)?;
            let i = integer(&arg()?)?;
            if items.is_empty() || i < 0 {
                return Err(Fail::Error);
            }
            let i = i as usize % items.len();
            Ok(items.swap_remove(i))
        }
        ("contains", 2) => {
            let items = list(arg()?)?;
            let v = arg()?;
            tick(b, items.len())?;
            Ok(Value::Bool(items.iter().any(|x| equal(x, &v))))
        }
        ("one", 1) => match arg()? {
            Value::Null => Ok(Value::Null),
            Value::Array(mut a) if a.len() <= 1 => Ok(a.pop().unwrap_or(Value::Null)),
            _ => Err(Fail::Error),
        },
        ("keys", 1) => {
            let m = map(arg()?)?;
            tick(b, m.len())?;
            Ok(Value::Array(
                m.into_iter().map(|(k, _)| Value::String(k)).collect(),
            ))
        }
        ("values", 1) => {
            let m = map(arg()?)?;
            tick(b, m.len())?;
            Ok(Value::Array(m.into_iter().map(|(_, v)| v).collect()))
        }
        ("lookup", 2 | 3) => {
            let mut m = map(arg()?)?;
            let k = string(arg()?)?;
            match m.remove(&k) {
                Some(v) => Ok(v),
                None => arg(),
            }
        }
        ("zipmap", 2) => {
            let (ks, vs) = (list(arg()?)?, list(arg()?)?);
            if ks.len() != vs.len() {
                return Err(Fail::Error);
            }
            tick(b, ks.len())?;
            let mut out = Map::new();
            for (k, v) in ks.into_iter().zip(vs) {
                out.insert(string(k)?, v);
            }
            Ok(Value::Object(out))
        }
        ("coalesce", _) => {
            for v in it {
                if !matches!(v, Value::Null) && v.as_str() != Some("") {
                    return Ok(v);
                }
            }
            Err(Fail::Error)
        }
        ("coalescelist", _) => {
            for v in it {
                let l = list(v)?;
                if !l.is_empty() {
                    return Ok(Value::Array(l));
                }
            }
            Err(Fail::Error)
        }
        ("alltrue" | "anytrue", 1) => {
            let items = list(arg()?)?;
            tick(b, items.len())?;
            let bools: Vec<bool> = items
                .iter()
                .map(|v| match v {
                    Value::Bool(x) => Ok(*x),
                    Value::String(s) if s == "true" || s == "false" => Ok(s == "true"),
                    _ => Err(Fail::Error),
                })
                .collect::<Result<_, _>>()?;
            Ok(Value::Bool(if name == "alltrue" {
                bools.iter().all(|x| *x)
            } else {
                bools.iter().any(|x| *x)
            }))
        }
        ("range", 1..=3) => {
            let nums: Vec<f64> = it
                .map(|v| number(&v).map(float))
                .collect::<Result<_, _>>()?;
            let (start, end, step) = match nums.as_slice() {
                [e] => (0.0, *e, 1.0),
                [s, e] => (*s, *e, if e >= s { 1.0 } else { -1.0 }),
                [s, e, st] => (*s, *e, *st),
                _ => return Err(Fail::Error),
            };
            if step == 0.0 || !(start.is_finite() && end.is_finite() && step.is_finite()) {
                return Err(Fail::Error);
            }
            let count = ((end - start) / step).ceil().max(0.0);
            // The size is known before anything is built: range(1e30) allocates nothing.
            if count > b.limits().collection as f64 {
                size(b, "list", usize::MAX)?;
            }
            tick(b, count as usize)?;
            (0..count as usize)
                .map(|i| number_value(Num::Float(start + step * i as f64)))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array)
        }
        ("sum", 1) => {
            let items = list(arg()?)?;
            if items.is_empty() {
                return Err(Fail::Error);
            }
            tick(b, items.len())?;
            let mut total = Value::from(0);
            for v in &items {
                number(v)?;
                total = super::strict::binary_plus(&total, v)?;
            }
            Ok(total)
        }
        ("max" | "min", _) if n >= 1 => {
            let mut best: Option<(f64, Value)> = None;
            for v in it {
                let f = float(number(&v)?);
                let better = match &best {
                    None => true,
                    Some((x, _)) => (name == "max" && f > *x) || (name == "min" && f < *x),
                };
                if better {
                    best = Some((f, v));
                }
            }
            best.map(|(_, v)| v).ok_or(Fail::Error)
        }
        ("abs" | "ceil" | "floor", 1) => {
            let f = float(number(&arg()?)?);
            number_value(Num::Float(match name {
                "abs" => f.abs(),
                "ceil" => f.ceil(),
                _ => f.floor(),
            }))
        }
        _ => Err(Fail::Error),
    }
}

/// `format` with the verbs public modules use (`%s`, `%d`, `%v`, `%t`, `%q`, `%%`); a verb
/// with flags, width, precision or an explicit argument index makes the call unknown.
fn format(f: &str, args: Vec<Value>, b: &Budget) -> Res {
    let mut out = String::new();
    let mut args = args.into_iter();
    let mut chars = f.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let verb = chars.next().ok_or(Fail::Error)?;
        if verb == '%' {
            out.push('%');
            continue;
        }
        if !"sdvtq".contains(verb) {
            return Err(Fail::Unknown);
        }
        let v = args.next().ok_or(Fail::Error)?;
        let t = match (verb, &v) {
            ('d', Value::Number(n)) if integer(&v).is_ok() => number_text(n),
            ('d', _) => return Err(Fail::Error),
            ('t', Value::Bool(x)) => x.to_string(),
            ('t', _) => return Err(Fail::Error),
            ('q', Value::String(s)) => Value::String(s.clone()).to_string(),
            ('q', _) => return Err(Fail::Error),
            (_, Value::Array(_) | Value::Object(_)) => return Err(Fail::Unknown),
            _ => text_of(&v).ok_or(Fail::Error)?,
        };
        out.push_str(&t);
        size(b, "string", out.len())?;
    }
    if args.next().is_some() {
        // Terraform: too many arguments for the format string.
        return Err(Fail::Error);
    }
    text(out, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::module::limits::Limits;
    use serde_json::json;

    fn run(name: &str, args: Value) -> Res {
        let b = Budget::new(Limits::DEFAULT);
        call(name, args.as_array().unwrap().clone(), &b)
    }

    #[test]
    fn functions_list_is_sorted_for_lookup() {
        assert!(FUNCTIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(PRESERVING.iter().all(|f| known(f)));
    }

    #[test]
    fn terraform_semantics() {
        assert_eq!(run("format", json!(["%s-%d", "a", 3])), Ok(json!("a-3")));
        assert_eq!(run("format", json!(["%5s", "a"])), Err(Fail::Unknown));
        assert_eq!(run("format", json!(["%s", "a", "b"])), Err(Fail::Error));
        assert_eq!(run("lookup", json!([{"a": 1}, "b", 2])), Ok(json!(2)));
        assert_eq!(run("lookup", json!([{"a": 1}, "b"])), Err(Fail::Error));
        assert_eq!(run("coalesce", json!([null, "", "x"])), Ok(json!("x")));
        assert_eq!(
            run("flatten", json!([[1, [2, [3]], 4]])),
            Ok(json!([1, 2, 3, 4]))
        );
        assert_eq!(run("element", json!([["a", "b"], 3])), Ok(json!("b")));
        assert_eq!(run("range", json!([3])), Ok(json!([0, 1, 2])));
        assert_eq!(run("range", json!([4, 1])), Ok(json!([4, 3, 2])));
        assert_eq!(
            run("replace", json!(["a-b-c", "-", "_"])),
            Ok(json!("a_b_c"))
        );
        assert_eq!(run("replace", json!(["a", "/a/", "b"])), Err(Fail::Unknown));
        assert_eq!(
            run("distinct", json!([[1, 2, 1, 3, 2]])),
            Ok(json!([1, 2, 3]))
        );
        assert_eq!(run("max", json!([1, 5, 2])), Ok(json!(5)));
    }

    #[test]
    fn sizes_are_checked_before_building() {
        let b = Budget::new(Limits {
            collection: 10,
            ..Limits::DEFAULT
        });
        assert_eq!(call("range", vec![json!(1e30)], &b), Err(Fail::Limit));
        assert!(b
            .check()
            .unwrap_err()
            .to_string()
            .contains("collection-size"));
        let b = Budget::new(Limits {
            collection: 10,
            ..Limits::DEFAULT
        });
        let six = json!([1, 2, 3, 4, 5, 6]);
        assert_eq!(call("concat", vec![six.clone(), six], &b), Err(Fail::Limit));
    }
}
