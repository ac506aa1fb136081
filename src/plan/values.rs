//! Attribute access on a resource's values with Terraform's two side masks: `*_unknown` (the
//! value is decided at apply) and `*_sensitive` (the value must never be read into any output).
//! Paths are dot-separated (`versioning.enabled`); a list on the way means "any element".

use serde_json::value::RawValue;
use serde_json::Value;

/// What a path resolves to.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup<'v> {
    Missing,
    Null,
    Unknown,
    Sensitive,
    Known(&'v Value),
}

/// One object's values with their unknown and sensitive masks.
#[derive(Debug, Default)]
pub struct Values {
    value: Value,
    unknown: Value,
    sensitive: Value,
}

fn parse(raw: Option<&RawValue>) -> Value {
    raw.and_then(|r| serde_json::from_str(r.get()).ok())
        .unwrap_or(Value::Null)
}

impl Values {
    pub fn from_raw(
        value: Option<&RawValue>,
        unknown: Option<&RawValue>,
        sensitive: Option<&RawValue>,
    ) -> Values {
        Values {
            value: parse(value),
            unknown: parse(unknown),
            sensitive: parse(sensitive),
        }
    }

    pub fn is_absent(&self) -> bool {
        self.value.is_null() && !truthy_mask(&self.unknown)
    }

    /// Top-level attribute names present in the value or unknown mask.
    pub fn attribute_names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for v in [&self.value, &self.unknown] {
            if let Value::Object(m) = v {
                out.extend(m.keys().map(String::as_str));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The raw value of a top-level attribute, for comparison only (never for output).
    pub fn top(&self, attr: &str) -> Option<&Value> {
        self.value.get(attr)
    }

    pub fn top_unknown(&self, attr: &str) -> bool {
        self.unknown.get(attr).map(truthy_mask).unwrap_or(false)
    }

    pub fn top_sensitive(&self, attr: &str) -> bool {
        self.sensitive.get(attr).map(truthy_mask).unwrap_or(false)
    }

    /// Resolves a dotted path to a single value (the first element where a list is crossed).
    pub fn lookup(&self, path: &str) -> Lookup<'_> {
        let mut v = &self.value;
        let mut u = Some(&self.unknown);
        let mut s = Some(&self.sensitive);
        for seg in path.split('.') {
            if matches!(u, Some(Value::Bool(true))) {
                return Lookup::Unknown;
            }
            if matches!(s, Some(Value::Bool(true))) {
                return Lookup::Sensitive;
            }
            while let Value::Array(items) = v {
                let Some(first) = items.first() else {
                    return Lookup::Missing;
                };
                v = first;
                u = u.and_then(|x| x.get(0));
                s = s.and_then(|x| x.get(0));
            }
            u = u.and_then(|x| x.get(seg));
            s = s.and_then(|x| x.get(seg));
            match v.get(seg) {
                Some(next) => v = next,
                None => {
                    if matches!(u, Some(Value::Bool(true))) {
                        return Lookup::Unknown;
                    }
                    return Lookup::Missing;
                }
            }
        }
        if u.map(truthy_mask).unwrap_or(false) {
            return Lookup::Unknown;
        }
        if s.map(truthy_mask).unwrap_or(false) {
            return Lookup::Sensitive;
        }
        if v.is_null() {
            Lookup::Null
        } else {
            Lookup::Known(v)
        }
    }

    /// Rule condition: does the value at `path` equal `expected` (compared as text)? Unknown and
    /// sensitive values may, so they answer Maybe; sensitive content is never compared.
    pub fn equals(&self, path: &str, expected: &str) -> Tri {
        match self.lookup(path) {
            Lookup::Unknown | Lookup::Sensitive => Tri::Maybe,
            Lookup::Missing | Lookup::Null => Tri::No,
            Lookup::Known(v) => {
                let text = match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                if text == expected {
                    Tri::Yes
                } else {
                    Tri::No
                }
            }
        }
    }

    /// Rule condition: is the argument at `path` set (or possibly set, when unknown)?
    /// Sensitive values count by presence only; their content is never inspected for output.
    pub fn is_set(&self, path: &str) -> Tri {
        match self.lookup_any(
            path,
            &self.value,
            Some(&self.unknown),
            path.split('.').collect::<Vec<_>>().as_slice(),
        ) {
            Some(t) => t,
            None => Tri::No,
        }
    }

    fn lookup_any(&self, full: &str, v: &Value, u: Option<&Value>, segs: &[&str]) -> Option<Tri> {
        let _ = full;
        if matches!(u, Some(Value::Bool(true))) {
            return Some(Tri::Maybe);
        }
        if let Value::Array(items) = v {
            let mut best = Tri::No;
            for (i, item) in items.iter().enumerate() {
                let ui = u.and_then(|x| x.get(i));
                if let Some(t) = self.lookup_any(full, item, ui, segs) {
                    best = best.or(t);
                }
            }
            if let Some(Value::Array(us)) = u {
                if us.iter().any(|x| matches!(x, Value::Bool(true))) {
                    best = best.or(Tri::Maybe);
                }
            }
            return Some(best);
        }
        match segs.split_first() {
            None => Some(if value_set(v) {
                Tri::Yes
            } else if u.map(truthy_mask).unwrap_or(false) {
                Tri::Maybe
            } else {
                Tri::No
            }),
            Some((seg, rest)) => {
                let ui = u.and_then(|x| x.get(*seg));
                match v.get(*seg) {
                    Some(next) => self.lookup_any(full, next, ui, rest),
                    None => {
                        if matches!(ui, Some(Value::Bool(true))) {
                            Some(Tri::Maybe)
                        } else {
                            Some(Tri::No)
                        }
                    }
                }
            }
        }
    }
}

/// Three-valued truth for conditions on values that may be unknown until apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tri {
    Yes,
    No,
    Maybe,
}

impl Tri {
    fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::Yes, _) | (_, Tri::Yes) => Tri::Yes,
            (Tri::Maybe, _) | (_, Tri::Maybe) => Tri::Maybe,
            _ => Tri::No,
        }
    }
}

/// "Set" in the rule sense, as the provider's `d.GetOk` sees it: not null, false, zero, empty
/// string, empty list or empty object.
pub fn value_set(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        Value::Number(n) => n.as_f64() != Some(0.0),
    }
}

/// A mask (unknown or sensitive) says "yes" anywhere below this point.
pub fn truthy_mask(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Array(a) => a.iter().any(truthy_mask),
        Value::Object(o) => o.values().any(truthy_mask),
        _ => false,
    }
}
