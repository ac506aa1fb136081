//! Navigation inside JSON text that serde_json has already validated: iterate an object's
//! top-level entries or an array's items as sub-slices, without building a value tree. This
//! keeps per-resource work proportional to what a rule asks for, not to the resource's size.

use std::borrow::Cow;

/// What a byte means to [`skip_value`] inside an object or array: 0 nothing, 1 a string
/// opens, 2 a container opens, 3 one closes.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'"' as usize] = 1;
    t[b'{' as usize] = 2;
    t[b'[' as usize] = 2;
    t[b'}' as usize] = 3;
    t[b']' as usize] = 3;
    t
};

/// Index just past the JSON value starting at `i` (after whitespace). The text is valid JSON.
fn skip_value(b: &[u8], mut i: usize) -> usize {
    i = skip_ws(b, i);
    match b.get(i) {
        Some(b'"') => skip_string(b, i),
        Some(b'{') | Some(b'[') => {
            let mut depth = 0usize;
            while i < b.len() {
                // A table lookup per byte: most bytes between strings are punctuation and
                // digits that mean nothing here.
                match CLASS[b[i] as usize] {
                    0 => {}
                    1 => {
                        i = skip_string(b, i);
                        continue;
                    }
                    2 => depth += 1,
                    _ => {
                        depth -= 1;
                        if depth == 0 {
                            return i + 1;
                        }
                    }
                }
                i += 1;
            }
            i
        }
        _ => {
            while i < b.len() && !matches!(b[i], b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t')
            {
                i += 1;
            }
            i
        }
    }
}

/// Index just past the string whose opening quote is at `i`.
fn skip_string(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    i += 1;
    loop {
        // Eight bytes at a time: plan strings are short, too short for a memchr call to pay.
        while let Some(chunk) = b.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            let quote = w ^ (ONES * u64::from(b'"'));
            let slash = w ^ (ONES * u64::from(b'\\'));
            let hit =
                (quote.wrapping_sub(ONES) & !quote | slash.wrapping_sub(ONES) & !slash) & HIGH;
            if hit != 0 {
                i += (hit.trailing_zeros() / 8) as usize;
                break;
            }
            i += 8;
        }
        while i < b.len() && b[i] != b'"' && b[i] != b'\\' {
            i += 1;
        }
        match b.get(i) {
            None => return b.len(),
            Some(b'\\') => i += 2,
            Some(_) => return i + 1,
        }
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\n' | b'\r' | b'\t') {
        i += 1;
    }
    i
}

/// The top-level entries of a JSON object (nothing if `text` is not an object).
pub fn entries(text: &str) -> Vec<(Cow<'_, str>, &str)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return out;
    }
    i += 1;
    loop {
        i = skip_ws(b, i);
        if b.get(i) != Some(&b'"') {
            return out;
        }
        let kend = skip_string(b, i);
        let key_raw = &text[i..kend];
        let key: Cow<str> = if key_raw.as_bytes().contains(&b'\\') {
            Cow::Owned(serde_json::from_str(key_raw).unwrap_or_default())
        } else {
            Cow::Borrowed(&key_raw[1..key_raw.len() - 1])
        };
        i = skip_ws(b, kend);
        i += 1; // ':'
        let vstart = skip_ws(b, i);
        let vend = skip_value(b, vstart);
        out.push((key, &text[vstart..vend]));
        i = skip_ws(b, vend);
        if b.get(i) == Some(&b',') {
            i += 1;
        } else {
            return out;
        }
    }
}

/// Where the entries of the JSON object `text` begin (just inside its brace); `None` when
/// `text` is not an object.
pub fn object_start(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let i = skip_ws(b, 0);
    (b.get(i) == Some(&b'{')).then_some(i + 1)
}

/// One top-level entry of an object, read from where [`object_start`] or the previous entry
/// left off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// Offsets `[key start, key end, value start, value end]` (the key without its quotes),
    /// and where the next entry starts (`None` after the last).
    Found([u32; 4], Option<usize>),
    /// The key has an escape sequence: the caller looks keys up with [`get`], which decodes.
    Escaped,
    /// No more entries.
    End,
}

pub fn entry_at(text: &str, i: usize) -> Entry {
    let b = text.as_bytes();
    let i = skip_ws(b, i);
    if b.get(i) != Some(&b'"') {
        return Entry::End;
    }
    let kend = skip_string(b, i);
    if b[i + 1..kend - 1].contains(&b'\\') {
        return Entry::Escaped;
    }
    let (ks, ke) = (i + 1, kend - 1);
    let vstart = skip_ws(b, skip_ws(b, kend) + 1);
    let vend = skip_value(b, vstart);
    let after = skip_ws(b, vend);
    let next = (b.get(after) == Some(&b',')).then_some(after + 1);
    Entry::Found([ks as u32, ke as u32, vstart as u32, vend as u32], next)
}

/// The value of one key of a JSON object; stops scanning at the key.
pub fn get<'t>(text: &'t str, key: &str) -> Option<&'t str> {
    let b = text.as_bytes();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i += 1;
    loop {
        i = skip_ws(b, i);
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let kend = skip_string(b, i);
        let key_raw = &text[i + 1..kend - 1];
        let hit = if key_raw.as_bytes().contains(&b'\\') {
            serde_json::from_str::<String>(&text[i..kend]).is_ok_and(|k| k == key)
        } else {
            key_raw == key
        };
        i = skip_ws(b, kend) + 1;
        let vstart = skip_ws(b, i);
        let vend = skip_value(b, vstart);
        if hit {
            return Some(&text[vstart..vend]);
        }
        i = skip_ws(b, vend);
        if b.get(i) == Some(&b',') {
            i += 1;
        } else {
            return None;
        }
    }
}

/// The items of a JSON array (nothing if `text` is not an array).
pub fn items(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'[') {
        return out;
    }
    i = skip_ws(b, i + 1);
    if b.get(i) == Some(&b']') {
        return out;
    }
    loop {
        let s = skip_ws(b, i);
        let e = skip_value(b, s);
        out.push(&text[s..e]);
        i = skip_ws(b, e);
        if b.get(i) == Some(&b',') {
            i += 1;
        } else {
            return out;
        }
    }
}

pub fn is_array(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b'[') => true,
        Some(b) if b.is_ascii_alphanumeric() || matches!(b, b'{' | b'"' | b'-') => false,
        _ => text.trim_start().starts_with('['),
    }
}

pub fn is_null(text: &str) -> bool {
    // The first byte settles it for the slices this module hands out (no whitespace around a
    // value, and only `null` starts with `n`) without trimming a long value from both ends.
    match text.as_bytes().first() {
        Some(b'n') => text.trim_end() == "null",
        Some(b) if b.is_ascii_alphanumeric() || matches!(b, b'{' | b'[' | b'"' | b'-') => false,
        _ => text.trim() == "null",
    }
}

/// True when a mask (unknown / sensitive) says "yes" anywhere in this value.
pub fn mask_any(text: &str) -> bool {
    // Masks hold only booleans, lists and objects; a bare `true` anywhere means yes. Keys are
    // attribute names and cannot contain the token unquoted.
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i = skip_string(b, i);
                continue;
            }
            b't' => return true,
            _ => {}
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn navigates_objects_and_arrays() {
        let t = r#" {"a": [1, {"b": "x\"}"}], "c\u0041": null, "d": {"e": true}} "#;
        let e = entries(t);
        assert_eq!(e.len(), 3);
        assert_eq!(e[0].0, "a");
        assert_eq!(e[0].1, r#"[1, {"b": "x\"}"}]"#);
        assert_eq!(e[1].0, "cA");
        assert!(is_null(e[1].1));
        assert_eq!(get(t, "d"), Some(r#"{"e": true}"#));
        let it = items(get(t, "a").unwrap());
        assert_eq!(it, vec!["1", r#"{"b": "x\"}"}"#]);
        assert!(items("[]").is_empty());
        assert!(entries("{}").is_empty());
        assert!(entries("[1]").is_empty());
    }

    #[test]
    fn masks() {
        assert!(mask_any(r#"{"a": [false, true]}"#));
        assert!(!mask_any(r#"{"tags": {}, "x": [false]}"#));
        assert!(mask_any("true"));
        assert!(!mask_any("false"));
    }
}
