//! Attribute access on a resource's values with Terraform's two side masks: `*_unknown` (the
//! value is decided at apply) and `*_sensitive` (the value must never reach any output). Paths
//! are dot-separated (`versioning.enabled`); a list on the way means "any element" for
//! conditions and "the first element" for single values. Values stay raw JSON text (see
//! [`super::raw`]); only what a rule asks for is looked at.

use super::raw;
use once_cell::unsync::OnceCell;
use serde_json::value::RawValue;
use std::borrow::Cow;

/// What a path resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup<'a> {
    Missing,
    Null,
    Unknown,
    Sensitive,
    /// Raw JSON text of a known, non-null, non-sensitive value.
    Known(&'a str),
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

/// One object's values with their unknown and sensitive masks, as raw JSON text. The value's
/// top-level entries are indexed on first use, since rules ask for several of them.
#[derive(Debug, Default, Clone)]
pub struct Values<'a> {
    value: Option<&'a str>,
    unknown: Option<&'a str>,
    sensitive: Option<&'a str>,
    index: OnceCell<Index<'a>>,
    unknown_index: OnceCell<Index<'a>>,
    /// Lookups so far: the first one scans only up to its key (refreshes often ask for one
    /// attribute, `arn`, which sorts early); the second builds the index.
    lookups: std::cell::Cell<u8>,
}

/// Top-level entries of one object, as offsets into its text. Terraform writes keys sorted,
/// so lookups binary-search when the keys are in order and scan when they are not.
#[derive(Debug, Default, Clone)]
struct Index<'a> {
    text: &'a str,
    /// `None`: some key has an escape; look keys up with `raw::get`.
    entries: Option<Vec<[u32; 4]>>,
    sorted: bool,
}

impl<'a> Index<'a> {
    fn new(text: &'a str) -> Index<'a> {
        let entries = raw::entry_offsets(text);
        let b = text.as_bytes();
        let sorted = entries.as_ref().is_some_and(|e| {
            e.windows(2).all(|w| {
                cmp_key(
                    &b[w[0][0] as usize..w[0][1] as usize],
                    &b[w[1][0] as usize..w[1][1] as usize],
                )
                .is_lt()
            })
        });
        Index {
            text,
            entries,
            sorted,
        }
    }

    fn key(&self, e: &[u32; 4]) -> &'a str {
        &self.text[e[0] as usize..e[1] as usize]
    }

    fn find(&self, key: &str) -> Option<&'a str> {
        let Some(entries) = &self.entries else {
            return raw::get(self.text, key);
        };
        let hit = if self.sorted {
            entries
                .binary_search_by(|e| cmp_key(self.key(e).as_bytes(), key.as_bytes()))
                .ok()
                .map(|i| &entries[i])
        } else {
            entries.iter().find(|e| self.key(e) == key)
        };
        hit.map(|e| &self.text[e[2] as usize..e[3] as usize])
    }

    fn keys(&self) -> Vec<Cow<'a, str>> {
        match &self.entries {
            Some(es) => es.iter().map(|e| Cow::Borrowed(self.key(e))).collect(),
            None => raw::entries(self.text)
                .into_iter()
                .map(|(k, _)| k)
                .collect(),
        }
    }
}

/// `a.cmp(b)` for attribute names, which are short and mostly differ early: a byte loop
/// beats calling `memcmp` for each step of a binary search.
#[inline]
fn cmp_key(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

fn text(r: Option<&RawValue>) -> Option<&str> {
    r.map(RawValue::get).filter(|t| !raw::is_null(t))
}

fn is_true(mask: Option<&str>) -> bool {
    // As `raw::is_null`: the first byte settles it without trimming the whole mask.
    mask.is_some_and(|m| match m.as_bytes().first() {
        Some(b't') => m.trim_end() == "true",
        Some(b) if b.is_ascii_alphanumeric() || matches!(b, b'{' | b'[' | b'"' | b'-') => false,
        _ => m.trim() == "true",
    })
}

impl<'a> Values<'a> {
    pub fn from_raw(
        value: Option<&'a RawValue>,
        unknown: Option<&'a RawValue>,
        sensitive: Option<&'a RawValue>,
    ) -> Values<'a> {
        Values {
            value: text(value),
            unknown: text(unknown),
            sensitive: text(sensitive),
            index: OnceCell::new(),
            unknown_index: OnceCell::new(),
            lookups: std::cell::Cell::new(0),
        }
    }

    pub fn from_text(value: Option<&'a str>, unknown: Option<&'a str>) -> Values<'a> {
        Values {
            value: value.filter(|t| !raw::is_null(t)),
            unknown: unknown.filter(|t| !raw::is_null(t)),
            sensitive: None,
            index: OnceCell::new(),
            unknown_index: OnceCell::new(),
            lookups: std::cell::Cell::new(0),
        }
    }

    /// Top-level attribute names present in the value or the unknown mask, sorted.
    pub fn attribute_names(&self) -> Vec<String> {
        self.attribute_keys()
            .into_iter()
            .map(Cow::into_owned)
            .collect()
    }

    /// [`attribute_names`](Self::attribute_names), borrowed from the text where a name has
    /// no escapes.
    pub fn attribute_keys(&self) -> Vec<Cow<'a, str>> {
        let mut out: Vec<Cow<'a, str>> = Vec::new();
        if let Some(v) = self.value {
            out.extend(self.index.get_or_init(|| Index::new(v)).keys());
        }
        if let Some(u) = self.unknown {
            out.extend(self.unknown_index.get_or_init(|| Index::new(u)).keys());
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn top_raw(&self, attr: &str) -> Option<&'a str> {
        let v = self.value?;
        if let Some(ix) = self.index.get() {
            return ix.find(attr);
        }
        if self.lookups.get() == 0 {
            self.lookups.set(1);
            return raw::get(v, attr);
        }
        self.index.get_or_init(|| Index::new(v)).find(attr)
    }

    fn top_unknown_raw(&self, attr: &str) -> Option<&'a str> {
        let u = self.unknown?;
        self.unknown_index.get_or_init(|| Index::new(u)).find(attr)
    }

    /// Raw text of a top-level attribute, for comparison only (never for output).
    pub fn top(&self, attr: &str) -> Option<&'a str> {
        self.top_raw(attr).filter(|t| !raw::is_null(t))
    }

    /// The attribute is (partly) unknown until apply.
    pub fn top_unknown(&self, attr: &str) -> bool {
        self.top_unknown_raw(attr).is_some_and(raw::mask_any)
    }

    /// Resolves a dotted path to a single value (the first element where a list is crossed).
    pub fn lookup(&self, path: &str) -> Lookup<'a> {
        let mut v = self.value;
        let mut u = self.unknown;
        let mut s = self.sensitive;
        let mut rest = Some(path);
        let mut depth = 0;
        while let Some(p) = rest {
            let (seg, more) = first_segment(p);
            rest = more;
            depth += 1;
            if is_true(u) {
                return Lookup::Unknown;
            }
            if is_true(s) {
                return Lookup::Sensitive;
            }
            let Some(mut cur) = v else {
                return Lookup::Missing;
            };
            while raw::is_array(cur) {
                let Some(first) = raw::items(cur).first().copied() else {
                    return Lookup::Missing;
                };
                cur = first;
                u = u.and_then(|m| raw::items(m).first().copied());
                s = s.and_then(|m| raw::items(m).first().copied());
            }
            if depth == 1 {
                u = self.top_unknown_raw(seg);
                v = self.top_raw(seg);
            } else {
                u = u.and_then(|m| raw::get(m, seg));
                v = raw::get(cur, seg);
            }
            s = s.and_then(|m| raw::get(m, seg));
            if v.is_none() && is_true(u) {
                return Lookup::Unknown;
            }
        }
        if u.is_some_and(raw::mask_any) {
            return Lookup::Unknown;
        }
        if s.is_some_and(raw::mask_any) {
            return Lookup::Sensitive;
        }
        match v {
            None => Lookup::Missing,
            Some(t) if raw::is_null(t) => Lookup::Null,
            Some(t) => Lookup::Known(t),
        }
    }

    /// A known string value (never a sensitive one), e.g. a name for an ARN.
    pub fn string(&self, path: &str) -> Option<String> {
        match self.lookup(path) {
            Lookup::Known(t) => serde_json::from_str::<String>(t).ok(),
            _ => None,
        }
    }

    /// Rule condition: is the argument at `path` set (or possibly set, when unknown)?
    pub fn is_set(&self, path: &str) -> Tri {
        let (first, rest) = first_segment(path);
        match self.value {
            Some(_) if is_true(self.unknown) => Tri::Maybe,
            Some(_) => {
                let um = self.top_unknown_raw(first);
                match self.top_raw(first) {
                    Some(next) if !raw::is_null(next) => set_at(next, um, rest),
                    _ if is_true(um) => Tri::Maybe,
                    _ => Tri::No,
                }
            }
            None if is_true(self.unknown) => Tri::Maybe,
            None => Tri::No,
        }
    }

    /// Rule condition: does the value at `path` equal `expected` (compared as text)? Unknown and
    /// sensitive values may, so they answer Maybe; sensitive content is never compared.
    pub fn equals(&self, path: &str, expected: &str) -> Tri {
        match self.lookup(path) {
            Lookup::Unknown | Lookup::Sensitive => Tri::Maybe,
            Lookup::Missing | Lookup::Null => Tri::No,
            Lookup::Known(t) => {
                let as_text =
                    serde_json::from_str::<String>(t).unwrap_or_else(|_| t.trim().to_string());
                if as_text == expected {
                    Tri::Yes
                } else {
                    Tri::No
                }
            }
        }
    }
}

/// The first segment of a dotted path and the rest, if any (`a.b.c` to `a`, `b.c`).
fn first_segment(path: &str) -> (&str, Option<&str>) {
    // A byte search: paths are a few characters, too short for `split`'s memchr to pay.
    match path.bytes().position(|b| b == b'.') {
        Some(i) => (&path[..i], Some(&path[i + 1..])),
        None => (path, None),
    }
}

/// Whether the value at the rest of a path (`None`: here) is set; see [`Values::is_set`].
fn set_at(v: &str, u: Option<&str>, rest: Option<&str>) -> Tri {
    if is_true(u) {
        return Tri::Maybe;
    }
    if raw::is_array(v) {
        let us = u.map(raw::items).unwrap_or_default();
        let mut best = Tri::No;
        for (i, item) in raw::items(v).into_iter().enumerate() {
            best = best.or(set_at(item, us.get(i).copied(), rest));
        }
        if us.iter().any(|m| m.trim() == "true") {
            best = best.or(Tri::Maybe);
        }
        return best;
    }
    match rest.map(first_segment) {
        None => {
            if value_set(v) {
                Tri::Yes
            } else if u.is_some_and(raw::mask_any) {
                Tri::Maybe
            } else {
                Tri::No
            }
        }
        Some((seg, rest)) => {
            let um = u.and_then(|m| raw::get(m, seg));
            match raw::get(v, seg) {
                Some(next) if !raw::is_null(next) => set_at(next, um, rest),
                _ if is_true(um) => Tri::Maybe,
                _ => Tri::No,
            }
        }
    }
}

/// "Set" in the rule sense, as the provider's `d.GetOk` sees it: not null, false, zero, empty
/// string, empty list or empty object.
pub fn value_set(t: &str) -> bool {
    let t = t.trim();
    match t.as_bytes().first() {
        None => false,
        Some(b'n') => false,
        Some(b'f') => false,
        Some(b't') => true,
        Some(b'"') => t.len() > 2,
        Some(b'[') => !raw::items(t).is_empty(),
        Some(b'{') => !raw::entries(t).is_empty(),
        _ => t.parse::<f64>().map(|n| n != 0.0).unwrap_or(true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vals<'a>(v: &'a str, u: &'a str) -> Values<'a> {
        Values::from_text(Some(v), Some(u))
    }

    #[test]
    fn is_set_follows_getok_and_unknowns() {
        let v = vals(
            r#"{"a":"x","b":"","c":0,"d":false,"e":[],"f":[{"g":true}],"h":null,"n":-1}"#,
            r#"{"h":true,"f":[{"g":false}]}"#,
        );
        assert_eq!(v.is_set("a"), Tri::Yes);
        assert_eq!(v.is_set("b"), Tri::No);
        assert_eq!(v.is_set("c"), Tri::No);
        assert_eq!(v.is_set("d"), Tri::No);
        assert_eq!(v.is_set("e"), Tri::No);
        assert_eq!(v.is_set("f.g"), Tri::Yes);
        assert_eq!(v.is_set("h"), Tri::Maybe);
        assert_eq!(v.is_set("n"), Tri::Yes);
        assert_eq!(v.is_set("zz"), Tri::No);
    }

    #[test]
    fn sensitive_values_are_never_returned() {
        let v = Values {
            value: Some(r#"{"name":"secret-name","tags":{"k":"v"}}"#),
            unknown: None,
            sensitive: Some(r#"{"name":true}"#),
            index: OnceCell::new(),
            unknown_index: OnceCell::new(),
            lookups: std::cell::Cell::new(0),
        };
        assert_eq!(v.lookup("name"), Lookup::Sensitive);
        assert_eq!(v.string("name"), None);
        assert_eq!(v.equals("name", "secret-name"), Tri::Maybe);
        assert_eq!(v.is_set("name"), Tri::Yes);
        assert_eq!(v.string("tags.k").as_deref(), Some("v"));
    }

    #[test]
    fn equals_and_lookup_through_lists() {
        let v = vals(
            r#"{"type":"egress","assume_role":[{"role_arn":"arn:aws:iam::1:role/x"}]}"#,
            "{}",
        );
        assert_eq!(v.equals("type", "egress"), Tri::Yes);
        assert_eq!(v.equals("type", "ingress"), Tri::No);
        assert_eq!(
            v.string("assume_role.role_arn").as_deref(),
            Some("arn:aws:iam::1:role/x")
        );
        let u = vals(r#"{"type":null}"#, r#"{"type":true}"#);
        assert_eq!(u.equals("type", "egress"), Tri::Maybe);
        assert_eq!(u.lookup("type"), Lookup::Unknown);
    }
}
