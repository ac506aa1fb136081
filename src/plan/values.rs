//! Attribute access on a resource's values with Terraform's two side masks: `*_unknown` (the
//! value is decided at apply) and `*_sensitive` (the value must never reach any output). Paths
//! are dot-separated (`versioning.enabled`); a list on the way means "any element" for
//! conditions and "the first element" for single values. Values stay raw JSON text (see
//! [`super::raw`]); only what a rule asks for is looked at.

use super::raw;
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::cell::RefCell;

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
/// top-level entries are indexed as lookups need them, since rules ask for several.
#[derive(Debug, Default, Clone)]
pub struct Values<'a> {
    value: Option<&'a str>,
    unknown: Option<&'a str>,
    sensitive: Option<&'a str>,
    index: RefCell<Option<Index<'a>>>,
    unknown_index: RefCell<Option<Index<'a>>>,
}

/// Top-level entries of one object, as offsets into its text, read only as far as lookups
/// have needed: a key that is found ends the scan there (most rules ask about a few
/// attributes, and a resource has dozens). Terraform writes keys sorted, so lookups
/// binary-search the entries read while they are in order. The answers are those of reading
/// the whole object first: the first entry with the key, found before any later one.
#[derive(Debug, Default, Clone)]
struct Index<'a> {
    text: &'a str,
    entries: Vec<[u32; 4]>,
    /// Where the next entry starts; `None` once the object is read to its end.
    next: Option<usize>,
    /// The keys read so far are in strictly increasing order.
    sorted: bool,
    /// Reading stopped at a key with an escape: keys not among the entries read are looked
    /// up with `raw::get`, which decodes them.
    escaped: bool,
}

impl<'a> Index<'a> {
    fn new(text: &'a str) -> Index<'a> {
        Index {
            text,
            entries: Vec::new(),
            next: raw::object_start(text),
            sorted: true,
            escaped: false,
        }
    }

    fn key(&self, e: &[u32; 4]) -> &'a str {
        &self.text[e[0] as usize..e[1] as usize]
    }

    fn value(&self, e: &[u32; 4]) -> &'a str {
        &self.text[e[2] as usize..e[3] as usize]
    }

    /// Reads one more entry; false at the end.
    fn read_one(&mut self) -> bool {
        let Some(i) = self.next else {
            return false;
        };
        match raw::entry_at(self.text, i) {
            raw::Entry::Found(e, next) => {
                if let Some(last) = self.entries.last() {
                    if !cmp_key(self.key(last).as_bytes(), self.key(&e).as_bytes()).is_lt() {
                        self.sorted = false;
                    }
                }
                self.entries.push(e);
                self.next = next;
                true
            }
            raw::Entry::Escaped => {
                self.escaped = true;
                self.next = None;
                false
            }
            raw::Entry::End => {
                self.next = None;
                false
            }
        }
    }

    fn find(&mut self, key: &str) -> Option<&'a str> {
        let hit = if self.sorted {
            self.entries
                .binary_search_by(|e| cmp_key(self.key(e).as_bytes(), key.as_bytes()))
                .ok()
                .map(|i| self.entries[i])
        } else {
            self.entries.iter().find(|e| self.key(e) == key).copied()
        };
        if let Some(e) = hit {
            return Some(self.value(&e));
        }
        while self.read_one() {
            let e = self.entries[self.entries.len() - 1];
            if self.key(&e) == key {
                return Some(self.value(&e));
            }
        }
        if self.escaped {
            return raw::get(self.text, key);
        }
        None
    }

    fn keys(&mut self) -> Vec<Cow<'a, str>> {
        while self.read_one() {}
        if self.escaped {
            return raw::entries(self.text)
                .into_iter()
                .map(|(k, _)| k)
                .collect();
        }
        self.entries
            .iter()
            .map(|e| Cow::Borrowed(self.key(e)))
            .collect()
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

/// The index of `text` in `cell`, started on first use.
fn index<'c, 'a>(
    cell: &'c RefCell<Option<Index<'a>>>,
    text: &'a str,
) -> std::cell::RefMut<'c, Index<'a>> {
    std::cell::RefMut::map(cell.borrow_mut(), |ix| {
        ix.get_or_insert_with(|| Index::new(text))
    })
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
            index: RefCell::default(),
            unknown_index: RefCell::default(),
        }
    }

    pub fn from_text(value: Option<&'a str>, unknown: Option<&'a str>) -> Values<'a> {
        Values {
            value: value.filter(|t| !raw::is_null(t)),
            unknown: unknown.filter(|t| !raw::is_null(t)),
            sensitive: None,
            index: RefCell::default(),
            unknown_index: RefCell::default(),
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
            out.extend(index(&self.index, v).keys());
        }
        if let Some(u) = self.unknown {
            out.extend(index(&self.unknown_index, u).keys());
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn top_raw(&self, attr: &str) -> Option<&'a str> {
        index(&self.index, self.value?).find(attr)
    }

    fn top_unknown_raw(&self, attr: &str) -> Option<&'a str> {
        index(&self.unknown_index, self.unknown?).find(attr)
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
        self.str_at(path).map(Cow::into_owned)
    }

    /// [`string`](Self::string), borrowed from the text when the string has no escapes.
    pub fn str_at(&self, path: &str) -> Option<Cow<'a, str>> {
        match self.lookup(path) {
            Lookup::Known(t) => {
                let b = t.as_bytes();
                let plain = b.len() >= 2
                    && b[0] == b'"'
                    && b[b.len() - 1] == b'"'
                    && !b[1..b.len() - 1]
                        .iter()
                        .any(|&c| c == b'"' || c == b'\\' || c < 0x20);
                if plain {
                    Some(Cow::Borrowed(&t[1..t.len() - 1]))
                } else {
                    serde_json::from_str::<String>(t).ok().map(Cow::Owned)
                }
            }
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
            index: RefCell::default(),
            unknown_index: RefCell::default(),
        };
        assert_eq!(v.lookup("name"), Lookup::Sensitive);
        assert_eq!(v.string("name"), None);
        assert_eq!(v.equals("name", "secret-name"), Tri::Maybe);
        assert_eq!(v.is_set("name"), Tri::Yes);
        assert_eq!(v.string("tags.k").as_deref(), Some("v"));
    }

    #[test]
    fn partial_index_answers_as_a_whole_one() {
        // (object, key, what reading it whole finds: the first entry with the key)
        let cases = [
            (r#"{"a":1,"c":[{"x":"}"}],"b":2}"#, "b", Some("2")),
            (r#"{"a":1,"b":2,"b":3}"#, "b", Some("2")),
            (r#"{"b":2,"a":1,"b":3}"#, "b", Some("2")),
            (r#"{"a":1,"c":3,"b\u0020":4,"b":5}"#, "b", Some("5")),
            (r#"{"a":1,"b\u0020":4}"#, "b ", Some("4")),
            (r#"{"a":1,"c":3}"#, "b", None),
            (r#"[1]"#, "a", None),
        ];
        for (text, key, want) in cases {
            let v = Values::from_text(Some(text), None);
            assert_eq!(v.top(key), want, "{text} {key}");
            // Asked again, after a first lookup read part of the object.
            assert_eq!(v.top("a"), raw::get(text, "a").filter(|t| !raw::is_null(t)));
            assert_eq!(v.top(key), want, "{text} {key}");
            let mut names: Vec<String> = raw::entries(text)
                .into_iter()
                .map(|(k, _)| k.into_owned())
                .collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(v.attribute_names(), names, "{text}");
        }
    }

    #[test]
    fn strings_borrowed_or_decoded() {
        let v = vals(r#"{"a":"x/y","b":"q\"r\u0041","c":7,"d":""}"#, "{}");
        assert!(matches!(v.str_at("a"), Some(Cow::Borrowed("x/y"))));
        assert_eq!(v.str_at("b").as_deref(), Some("q\"rA"));
        assert_eq!(v.str_at("c"), None);
        assert_eq!(v.str_at("d").as_deref(), Some(""));
        assert_eq!(v.string("b").as_deref(), Some("q\"rA"));
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
