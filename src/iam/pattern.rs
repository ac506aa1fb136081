//! IAM wildcard patterns: the one matcher every command uses for actions (ASCII
//! case-insensitive), ARNs and condition values (case-sensitive), `Resource` elements with
//! policy variables, and the overlap of two patterns (`verify`). `*` matches any run of
//! characters, `?` exactly one character (not one byte). In a `Resource`, the escapes `${*}`,
//! `${?}` and `${$}` stand for the literal character, and any other policy variable has no
//! value iamplan knows, so such a pattern matches nothing. Policy documents and plans are
//! untrusted: matching is the greedy two-pointer algorithm (only the last `*` is ever retried),
//! O(pattern × text) at worst, constant extra memory and no recursion; overlap is linear apart
//! from one such match.

/// One pattern element.
#[derive(Clone, Copy)]
enum Tok {
    /// A literal byte (multi-byte characters are consecutive literals).
    Lit(u8),
    /// `?`: one character.
    One,
    /// `*`: any run of characters, possibly empty.
    Any,
}

/// Length of the UTF-8 sequence a leading byte starts.
fn width(b: u8) -> usize {
    match b {
        0xf0.. => 4,
        0xe0.. => 3,
        0xc0.. => 2,
        _ => 1,
    }
}

/// A plain pattern: `*` and `?` are wildcards, every other byte literal.
fn plain(p: &[u8]) -> impl Fn(usize) -> Option<(Tok, usize)> + '_ {
    move |i| {
        p.get(i).map(|&b| {
            let t = match b {
                b'*' => Tok::Any,
                b'?' => Tok::One,
                b => Tok::Lit(b),
            };
            (t, i + 1)
        })
    }
}

/// A `Resource` pattern whose every `${` is one of the three escapes (see
/// [`has_variable`]); each escape is four bytes and stands for its middle one.
fn escaped(p: &[u8]) -> impl Fn(usize) -> Option<(Tok, usize)> + '_ {
    move |i| {
        let b = *p.get(i)?;
        Some(match b {
            b'$' if p.get(i + 1) == Some(&b'{') => (Tok::Lit(p[i + 2]), i + 4),
            b'*' => (Tok::Any, i + 1),
            b'?' => (Tok::One, i + 1),
            b => (Tok::Lit(b), i + 1),
        })
    }
}

/// The greedy matcher. `tok(i)` is the element at pattern position `i` and the position after
/// it. With `FOLD`, literals compare ASCII case-insensitively. With `TEXT_WILD` the text is a
/// pattern too, whose `?` stands for any one character (used by [`overlap`] once the text has
/// no `*` left).
///
/// Why greedy is exact: a `*` that is retried at a later text position can only cover more,
/// so when the elements after the last `*` fail, retrying an earlier `*` cannot help. Each
/// retry advances the resume point by one character, which bounds the work.
fn greedy<const FOLD: bool, const TEXT_WILD: bool>(
    tok: impl Fn(usize) -> Option<(Tok, usize)>,
    t: &[u8],
) -> bool {
    let (mut pi, mut ti) = (0, 0);
    // (pattern position after the last `*`, text position it was last tried at)
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        let step = match tok(pi) {
            Some((Tok::Any, next)) => {
                let Some(at) = resume::<FOLD, TEXT_WILD>(&tok, next, t, ti) else {
                    return false;
                };
                star = Some((next, at));
                (pi, ti) = (next, at);
                continue;
            }
            Some((Tok::One, next)) => Some((next, ti + width(t[ti]))),
            // A `?` of a text pattern takes the pattern's whole character.
            Some((Tok::Lit(c), next)) if TEXT_WILD && t[ti] == b'?' => {
                Some((next + width(c) - 1, ti + 1))
            }
            Some((Tok::Lit(c), next)) if c == t[ti] || (FOLD && c.eq_ignore_ascii_case(&t[ti])) => {
                Some((next, ti + 1))
            }
            _ => None,
        };
        match (step, star) {
            (Some((p, q)), _) => (pi, ti) = (p, q),
            (None, Some((sp, st))) => {
                let Some(st) = resume::<FOLD, TEXT_WILD>(&tok, sp, t, st + width(t[st])) else {
                    return false;
                };
                star = Some((sp, st));
                (pi, ti) = (sp, st);
            }
            (None, None) => return false,
        }
    }
    while let Some((Tok::Any, next)) = tok(pi) {
        pi = next;
    }
    tok(pi).is_none()
}

/// Where the elements after a `*` (at pattern position `pi`) may next be tried, from text
/// position `from` on: when they start with a literal, its next occurrence (`None`: there is
/// none, so no later try can succeed either). Only a shortcut: trying every position gives the
/// same answer, but an action pattern such as `*Get*` is tried against 18,000 names.
fn resume<const FOLD: bool, const TEXT_WILD: bool>(
    tok: &impl Fn(usize) -> Option<(Tok, usize)>,
    pi: usize,
    t: &[u8],
    from: usize,
) -> Option<usize> {
    let rest = t.get(from..)?;
    let found = match tok(pi) {
        // A text `?` matches any literal; no shortcut then.
        Some((Tok::Lit(c), _)) if !TEXT_WILD => {
            let (lo, up) = (c.to_ascii_lowercase(), c.to_ascii_uppercase());
            if FOLD && lo != up {
                memchr::memchr2(lo, up, rest)
            } else {
                memchr::memchr(c, rest)
            }
        }
        _ => Some(0),
    };
    found.map(|i| from + i)
}

/// Case-sensitive match, as for ARNs and condition values: `*` and `?` are the only special
/// characters.
pub fn matches(pattern: &str, text: &str) -> bool {
    greedy::<false, false>(plain(pattern.as_bytes()), text.as_bytes())
}

/// ASCII case-insensitive match, as IAM compares action names.
pub fn matches_ignore_case(pattern: &str, text: &str) -> bool {
    greedy::<true, false>(plain(pattern.as_bytes()), text.as_bytes())
}

/// A policy variable other than the `${*}`/`${?}`/`${$}` escapes: no value is known for it
/// here. An unclosed `${` counts as one.
pub fn has_variable(pattern: &str) -> bool {
    memchr::memmem::find_iter(pattern.as_bytes(), b"${").any(|i| {
        let after = &pattern.as_bytes()[i + 2..];
        !(after.len() >= 2 && matches!(after[0], b'*' | b'?' | b'$') && after[1] == b'}')
    })
}

/// A `Resource` pattern against a resource: `${*}`, `${?}` and `${$}` stand for the literal
/// character; any other policy variable (`${aws:username}`) has no known value, so the
/// pattern matches nothing.
pub fn matches_resource(pattern: &str, text: &str) -> bool {
    if !pattern.contains("${") {
        return matches(pattern, text);
    }
    !has_variable(pattern) && greedy::<false, false>(escaped(pattern.as_bytes()), text.as_bytes())
}

/// Whether two plain patterns (`*`, `?`, case-sensitive) can match one same string.
///
/// Characters are matched off both ends while neither side has a `*` there (each pair must
/// be equal or have a `?`). What remains is decided without search: if one side is empty,
/// the other must be only `*`s; if both still hold a `*`, some string matches both (put
/// everything one side requires into a `*` of the other); if only one does, the other is a
/// fixed-length string, which the greedy matcher checks.
pub fn overlap(a: &str, b: &str) -> bool {
    let compatible = |x: char, y: char| x == y || x == '?' || y == '?';
    let (mut a, mut b) = (a, b);
    // Fronts, then backs.
    for back in [false, true] {
        loop {
            let (x, y) = if back {
                (a.chars().next_back(), b.chars().next_back())
            } else {
                (a.chars().next(), b.chars().next())
            };
            match (x, y) {
                (Some(x), Some(y)) if x != '*' && y != '*' => {
                    if !compatible(x, y) {
                        return false;
                    }
                    if back {
                        a = &a[..a.len() - x.len_utf8()];
                        b = &b[..b.len() - y.len_utf8()];
                    } else {
                        a = &a[x.len_utf8()..];
                        b = &b[y.len_utf8()..];
                    }
                }
                _ => break,
            }
        }
    }
    let only_stars = |s: &str| s.bytes().all(|c| c == b'*');
    if a.is_empty() || b.is_empty() {
        return only_stars(a) && only_stars(b);
    }
    match (a.contains('*'), b.contains('*')) {
        (true, true) => true,
        (true, false) => greedy::<false, true>(plain(a.as_bytes()), b.as_bytes()),
        (false, true) => greedy::<false, true>(plain(b.as_bytes()), a.as_bytes()),
        // Unreachable: stripping stops only at a `*` or an empty side.
        (false, false) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition the fast matchers must agree with: exhaustive backtracking over
    /// characters, exponential, for short inputs only.
    fn reference(p: &[char], t: &[char], fold: bool) -> bool {
        match p.split_first() {
            None => t.is_empty(),
            Some(('*', rest)) => (0..=t.len()).any(|k| reference(rest, &t[k..], fold)),
            Some(('?', rest)) => !t.is_empty() && reference(rest, &t[1..], fold),
            Some((c, rest)) => {
                t.first()
                    .is_some_and(|d| c == d || (fold && c.eq_ignore_ascii_case(d)))
                    && reference(rest, &t[1..], fold)
            }
        }
    }

    /// Whether some string over `alphabet` of length up to `max` matches both patterns.
    fn reference_overlap(a: &str, b: &str, alphabet: &[char], max: usize) -> bool {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut words: Vec<Vec<char>> = vec![vec![]];
        for _ in 0..=max {
            if words
                .iter()
                .any(|w| reference(&a, w, false) && reference(&b, w, false))
            {
                return true;
            }
            words = words
                .iter()
                .flat_map(|w| {
                    alphabet.iter().map(move |c| {
                        let mut w = w.clone();
                        w.push(*c);
                        w
                    })
                })
                .collect();
        }
        false
    }

    #[test]
    fn table() {
        // (pattern, text, case-sensitive result, case-insensitive result)
        let cases = [
            ("", "", true, true),
            ("", "a", false, false),
            ("*", "", true, true),
            ("*", "anything", true, true),
            ("?", "", false, false),
            ("?", "a", true, true),
            ("?", "ab", false, false),
            ("a*b", "ab", true, true),
            ("a*b", "axxb", true, true),
            ("a*b", "axxbc", false, false),
            ("a*b*c", "abbbcbc", true, true),
            ("*a", "bbbba", true, true),
            ("*a", "bbbbab", false, false),
            ("a?c", "abc", true, true),
            ("a?c", "ac", false, false),
            ("**", "x", true, true),
            ("*?*?", "x", false, false),
            ("*?*?", "xy", true, true),
            ("s3:Get*", "s3:GetObject", true, true),
            ("s3:get*", "S3:GetObject", false, true),
            ("arn:aws:s3:::a", "arn:aws:s3:::A", false, true),
            // `?` is one character, also when it takes two or three bytes.
            ("a?b", "aéb", true, true),
            ("a??b", "aéb", false, false),
            ("?", "€", true, true),
            ("*é", "xé", true, true),
            ("*é", "xè", false, false),
            ("É", "é", false, false),
            // A `*` of the pattern is a wildcard also where the text has a `*` (the old
            // matcher took it as a literal there, so a captured ARN with a `*` right after
            // `arn:aws:s3:::` did not fit the bucket's shape `arn:*:s3:::*`).
            ("x*y", "x*zy", true, true),
            ("arn:*:s3:::*", "arn:aws:s3:::*bucket", true, true),
            // Only `*` and `?` are special.
            ("a${*}b", "a${*}b", true, true),
            ("a$b", "a$b", true, true),
        ];
        for (p, t, sensitive, insensitive) in cases {
            assert_eq!(matches(p, t), sensitive, "{p:?} ~ {t:?}");
            assert_eq!(matches_ignore_case(p, t), insensitive, "{p:?} ~i {t:?}");
        }
    }

    #[test]
    fn resource_escapes_and_variables() {
        let cases = [
            ("arn:aws:s3:::a${*}b", "arn:aws:s3:::a*b", true),
            ("arn:aws:s3:::a${*}b", "arn:aws:s3:::axb", false),
            ("a${?}", "a?", true),
            ("a${?}", "ab", false),
            ("${$}", "$", true),
            ("${$}{x}", "${x}", true),
            ("$${*}", "$*", true),
            ("*${$}", "abc$", true),
            ("*${$}", "abc", false),
            ("*?*?*?${$}", "ab$", false),
            ("*?*?*?${$}", "abc$", true),
            // Case-sensitive, as ARNs are.
            ("A${*}", "a*", false),
            // Unknown variables and malformed escapes match nothing.
            (
                "arn:aws:iam::1:user/${aws:username}",
                "arn:aws:iam::1:user/bob",
                false,
            ),
            (
                "arn:aws:iam::1:user/${aws:username}",
                "arn:aws:iam::1:user/${aws:username}",
                false,
            ),
            ("${*", "*", false),
            ("${*x}", "*x", false),
            ("${${*}", "${*", false),
            ("${}", "", false),
        ];
        for (p, t, want) in cases {
            assert_eq!(matches_resource(p, t), want, "{p:?} ~ {t:?}");
        }
        assert!(has_variable("a${aws:username}"));
        assert!(has_variable("a${"));
        assert!(!has_variable("a${*}${?}${$}"));
    }

    /// The greedy matcher agrees with exhaustive backtracking on every pattern and text over a
    /// small alphabet (all patterns up to 5 elements, texts up to 4 characters).
    #[test]
    fn agrees_with_backtracking() {
        let palpha = ['a', 'B', 'é', '*', '?'];
        let talpha = ['a', 'b', 'B', 'é'];
        let all = |alpha: &[char], max: usize| {
            let mut out: Vec<String> = vec![String::new()];
            let mut last = vec![String::new()];
            for _ in 0..max {
                last = last
                    .iter()
                    .flat_map(|w| alpha.iter().map(move |c| format!("{w}{c}")))
                    .collect();
                out.extend(last.iter().cloned());
            }
            out
        };
        let (ps, ts) = (all(&palpha, 5), all(&talpha, 4));
        let mut hits = 0;
        for p in &ps {
            let pc: Vec<char> = p.chars().collect();
            for t in &ts {
                let tc: Vec<char> = t.chars().collect();
                let want = reference(&pc, &tc, false);
                hits += usize::from(want);
                assert_eq!(matches(p, t), want, "{p:?} ~ {t:?}");
                assert_eq!(
                    matches_ignore_case(p, t),
                    reference(&pc, &tc, true),
                    "{p:?} ~i {t:?}"
                );
            }
        }
        // Both outcomes occur, so the comparison tests something.
        assert!(hits > 0 && hits < ps.len() * ts.len());
    }

    #[test]
    fn overlap_table() {
        let cases = [
            ("", "", true),
            ("", "*", true),
            ("", "?", false),
            ("a", "a", true),
            ("a", "b", false),
            ("a", "?", true),
            ("*", "anything", true),
            ("*a", "b*", true),
            ("a*", "b*", false),
            ("*a", "*b", false),
            ("a*b", "a?b", true),
            ("a*b", "ab", true),
            ("a*b", "a?", true),
            ("a*", "?b", true),
            ("*ab*", "*ba*", true),
            ("*x*", "abc", false),
            ("*b*", "abc", true),
            ("*b*", "a??", true),
            ("*b*", "a?c", true),
            ("*é", "?", true),
            ("x*é", "x?", true),
            ("x*é", "xe", false),
            ("arn:aws:s3:::b-*", "arn:aws:s3:::*-1", true),
        ];
        for (a, b, want) in cases {
            assert_eq!(overlap(a, b), want, "{a:?} & {b:?}");
            assert_eq!(overlap(b, a), want, "{b:?} & {a:?}");
        }
    }

    /// Overlap agrees with a search for a common string, on all pairs of short patterns.
    #[test]
    fn overlap_agrees_with_search() {
        let alpha = ['a', 'b', '*', '?'];
        let mut ps: Vec<String> = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..3 {
            last = last
                .iter()
                .flat_map(|w| alpha.iter().map(move |c| format!("{w}{c}")))
                .collect();
            ps.extend(last.iter().cloned());
        }
        let mut both = [0, 0];
        for a in &ps {
            for b in &ps {
                // A common string needs no more characters than the two patterns' literals.
                let want = reference_overlap(a, b, &['a', 'b'], 6);
                both[usize::from(want)] += 1;
                assert_eq!(overlap(a, b), want, "{a:?} & {b:?}");
            }
        }
        assert!(both[0] > 0 && both[1] > 0);
    }

    /// Inputs that made the old recursive matchers take exponential time or overflow the
    /// stack; here they are a plain loop.
    #[test]
    fn hostile_inputs_are_bounded() {
        let pairs = format!("{}${{$}}", "*?".repeat(40));
        assert!(!matches_resource(&pairs, &"a".repeat(200)));
        let stars = format!("{}${{$}}", "*".repeat(1_000_000));
        assert!(matches_resource(&stars, "x$"));
        assert!(!matches_resource(&stars, "x"));
        let long = "n".repeat(150_000);
        assert!(overlap(&format!("{long}*"), &format!("*{long}")));
        assert!(!overlap(&format!("{long}*x"), &format!("*{long}y")));
    }
}
