//! Reading a large plan on two threads. The document is cut at an entry of
//! `resource_changes` near its middle: a helper thread reads from there to the end while this
//! thread reads up to it, and the halves are joined in file order. The cut is a guess found by
//! searching the text, and it is trusted only when this thread, reading member by member,
//! arrives exactly on it between two entries of `resource_changes`: JSON has one parse, so two
//! halves that each read cleanly and meet there are that parse. Anything else (a wrong
//! guess, any error, a duplicate member, a module tree deep enough for serde_json's
//! recursion limit to matter) answers `None`, and the one-pass parse in [`super::model`]
//! reads the file and owns every message.

use super::model::{
    flatten_measured, normalise_change, Change, Completeness, RawChange, RawState, RawValuesRoot,
    StateResource, DEEP_MODULES,
};
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::sync::atomic::{AtomicBool, Ordering};

/// Below this size one thread is quicker than starting a second.
const MIN_SPLIT: usize = 1 << 20;

/// What the fast path read: the same fields as the one-pass parse, already normalised.
#[derive(Default)]
pub(super) struct Parts<'a> {
    pub format_version: Option<String>,
    pub terraform_version: Option<String>,
    pub changes: Vec<Change<'a>>,
    pub prior: Vec<StateResource<'a>>,
    pub planned: Vec<StateResource<'a>>,
    pub configuration: Option<&'a RawValue>,
    pub variables: Option<&'a RawValue>,
    pub completeness: Completeness,
    pub action_invocations: Option<&'a RawValue>,
    pub relevant_attributes: Option<&'a RawValue>,
    /// Which top-level members this half saw, to refuse duplicates across the halves.
    seen: u16,
    /// `resource_changes` is a list (not missing, not null): plans without one get checks
    /// that only the one-pass parse makes.
    listed: bool,
}

const FORMAT_VERSION: u16 = 1;
const TERRAFORM_VERSION: u16 = 2;
const RESOURCE_CHANGES: u16 = 4;
const PRIOR_STATE: u16 = 8;
const PLANNED_VALUES: u16 = 16;
const CONFIGURATION: u16 = 32;
const VARIABLES: u16 = 64;
const VALUES: u16 = 128;
const ERRORED: u16 = 256;
const COMPLETE: u16 = 512;
const APPLYABLE: u16 = 1024;
const DEFERRED_CHANGES: u16 = 2048;
const DEFERRED_ACTIONS: u16 = 4096;
const ACTION_INVOCATIONS: u16 = 8192;
const RELEVANT_ATTRIBUTES: u16 = 16384;

/// Reads a large plan on two threads, or `None` when the one-pass parse must decide.
pub(super) fn parse(text: &str) -> Option<Parts<'_>> {
    if text.len() < MIN_SPLIT {
        return None;
    }
    parse_at(text, find_cut(text)?)
}

/// Reads a plan cut at `cut` (see [`parse`]).
fn parse_at(text: &str, cut: usize) -> Option<Parts<'_>> {
    let stop = AtomicBool::new(false);
    std::thread::scope(|s| {
        let helper = s.spawn(|| {
            let mut r = Reader { text, pos: cut };
            let mut parts = Parts::default();
            r.rest_of_changes(&mut parts, &stop)?;
            r.members(&mut parts, &stop)?;
            r.end()?;
            Some(parts)
        });
        let mine = read_to(text, cut, &stop);
        // The helper stops early when its half is not needed.
        let (mut mine, arrived) = match mine {
            Some(m) => m,
            None => {
                stop.store(true, Ordering::Relaxed);
                return None;
            }
        };
        if !arrived {
            stop.store(true, Ordering::Relaxed);
            let _ = helper.join();
            return Some(mine);
        }
        let theirs = helper.join().ok()??;
        if mine.seen & theirs.seen & !RESOURCE_CHANGES != 0 {
            return None;
        }
        mine.merge(theirs);
        Some(mine)
    })
    .filter(|p| p.listed)
}

impl<'a> Parts<'a> {
    /// Appends the half that follows this one: its changes, and the members it read (each
    /// half read different ones).
    fn merge(&mut self, o: Parts<'a>) {
        self.seen |= o.seen;
        self.changes.extend(o.changes);
        self.format_version = self.format_version.take().or(o.format_version);
        self.terraform_version = self.terraform_version.take().or(o.terraform_version);
        if self.prior.is_empty() {
            self.prior = o.prior;
        }
        if self.planned.is_empty() {
            self.planned = o.planned;
        }
        self.configuration = self.configuration.or(o.configuration);
        self.variables = self.variables.or(o.variables);
        let (c, oc) = (&mut self.completeness, o.completeness);
        c.errored = c.errored.or(oc.errored);
        c.complete = c.complete.or(oc.complete);
        c.applyable = c.applyable.or(oc.applyable);
        c.deferred_changes = c.deferred_changes.take().or(oc.deferred_changes);
        c.deferred_action_invocations = c
            .deferred_action_invocations
            .take()
            .or(oc.deferred_action_invocations);
        self.action_invocations = self.action_invocations.or(o.action_invocations);
        self.relevant_attributes = self.relevant_attributes.or(o.relevant_attributes);
    }
}

/// Reads the document from its start. Returns the parts and whether reading stopped at `cut`
/// (the helper reads the rest), or read the whole document because `cut` was not a boundary
/// between two entries of `resource_changes`.
fn read_to<'a>(text: &'a str, cut: usize, stop: &AtomicBool) -> Option<(Parts<'a>, bool)> {
    let mut r = Reader { text, pos: 0 };
    let mut parts = Parts::default();
    r.ws();
    r.eat(b'{')?;
    r.ws();
    if r.peek() == Some(b'}') {
        r.pos += 1;
        r.end()?;
        return Some((parts, false));
    }
    loop {
        let key: String = r.value()?;
        r.ws();
        r.eat(b':')?;
        r.ws();
        if key == "resource_changes" && r.peek() == Some(b'[') {
            parts.mark(RESOURCE_CHANGES)?;
            parts.listed = true;
            r.pos += 1;
            r.ws();
            if r.peek() == Some(b']') {
                r.pos += 1;
            } else {
                loop {
                    if r.pos == cut {
                        return Some((parts, true));
                    }
                    if r.pos > cut {
                        stop.store(true, Ordering::Relaxed);
                    }
                    r.change(&mut parts)?;
                    r.ws();
                    match r.peek()? {
                        b',' => {
                            r.pos += 1;
                            r.ws();
                        }
                        b']' => {
                            r.pos += 1;
                            break;
                        }
                        _ => return None,
                    }
                }
            }
        } else {
            r.member(&key, &mut parts)?;
        }
        if r.pos > cut {
            stop.store(true, Ordering::Relaxed);
        }
        r.ws();
        match r.peek()? {
            b',' => {
                r.pos += 1;
                r.ws();
            }
            b'}' => {
                r.pos += 1;
                break;
            }
            _ => return None,
        }
    }
    r.end()?;
    Some((parts, false))
}

/// A position in the text and the few tokens the top level needs; every value goes through
/// serde_json, which validates it as the one-pass parse would.
struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// JSON whitespace, as serde_json accepts it.
    fn ws(&mut self) {
        let b = self.text.as_bytes();
        while matches!(b.get(self.pos), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        (self.peek() == Some(c)).then(|| self.pos += 1)
    }

    /// Only whitespace may follow the document.
    fn end(&mut self) -> Option<()> {
        self.ws();
        (self.pos == self.text.len()).then_some(())
    }

    /// One JSON value from here, by serde_json.
    fn value<T: Deserialize<'a>>(&mut self) -> Option<T> {
        let mut it = serde_json::Deserializer::from_str(&self.text[self.pos..]).into_iter::<T>();
        let v = it.next()?.ok()?;
        self.pos += it.byte_offset();
        Some(v)
    }

    fn change(&mut self, parts: &mut Parts<'a>) -> Option<()> {
        let rc: RawChange<'a> = self.value()?;
        parts.changes.push(normalise_change(rc).ok()?);
        Some(())
    }

    /// From an entry of `resource_changes` to the end of that array.
    fn rest_of_changes(&mut self, parts: &mut Parts<'a>, stop: &AtomicBool) -> Option<()> {
        parts.seen |= RESOURCE_CHANGES;
        loop {
            if stop.load(Ordering::Relaxed) {
                return None;
            }
            self.change(parts)?;
            self.ws();
            match self.peek()? {
                b',' => {
                    self.pos += 1;
                    self.ws();
                }
                b']' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    /// The top-level members after `resource_changes`, through the closing brace.
    fn members(&mut self, parts: &mut Parts<'a>, stop: &AtomicBool) -> Option<()> {
        loop {
            self.ws();
            match self.peek()? {
                b',' => {
                    self.pos += 1;
                    self.ws();
                }
                b'}' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => return None,
            }
            if stop.load(Ordering::Relaxed) {
                return None;
            }
            let key: String = self.value()?;
            self.ws();
            self.eat(b':')?;
            self.ws();
            self.member(&key, parts)?;
        }
    }

    /// One top-level member's value, typed as the one-pass parse types it.
    fn member(&mut self, key: &str, parts: &mut Parts<'a>) -> Option<()> {
        match key {
            "format_version" => {
                parts.mark(FORMAT_VERSION)?;
                parts.format_version = self.value()?;
            }
            "terraform_version" => {
                parts.mark(TERRAFORM_VERSION)?;
                parts.terraform_version = self.value()?;
            }
            "resource_changes" => {
                parts.mark(RESOURCE_CHANGES)?;
                let changes: Option<Vec<RawChange<'a>>> = self.value()?;
                parts.listed = changes.is_some();
                for rc in changes.into_iter().flatten() {
                    parts.changes.push(normalise_change(rc).ok()?);
                }
            }
            "prior_state" => {
                parts.mark(PRIOR_STATE)?;
                let s: Option<RawState<'a>> = self.value()?;
                parts.prior = state("prior_state", s.and_then(|s| s.values))?;
            }
            "planned_values" => {
                parts.mark(PLANNED_VALUES)?;
                let v: Option<RawValuesRoot<'a>> = self.value()?;
                parts.planned = state("planned_values", v)?;
            }
            "configuration" => {
                parts.mark(CONFIGURATION)?;
                parts.configuration = self.value()?;
            }
            "variables" => {
                parts.mark(VARIABLES)?;
                parts.variables = self.value()?;
            }
            "action_invocations" => {
                parts.mark(ACTION_INVOCATIONS)?;
                parts.action_invocations = self.value()?;
            }
            "relevant_attributes" => {
                parts.mark(RELEVANT_ATTRIBUTES)?;
                parts.relevant_attributes = self.value()?;
            }
            "values" => {
                parts.mark(VALUES)?;
                self.value::<Option<&'a RawValue>>()?;
            }
            "errored" => {
                parts.mark(ERRORED)?;
                parts.completeness.errored = self.value()?;
            }
            "complete" => {
                parts.mark(COMPLETE)?;
                parts.completeness.complete = self.value()?;
            }
            "applyable" => {
                parts.mark(APPLYABLE)?;
                parts.completeness.applyable = self.value()?;
            }
            "deferred_changes" => {
                parts.mark(DEFERRED_CHANGES)?;
                parts.completeness.deferred_changes = self.value()?;
            }
            "deferred_action_invocations" => {
                parts.mark(DEFERRED_ACTIONS)?;
                parts.completeness.deferred_action_invocations = self.value()?;
            }
            _ => {
                self.value::<IgnoredAny>()?;
            }
        }
        Some(())
    }
}

impl Parts<'_> {
    /// Notes a member; a second one is for the one-pass parse to report.
    fn mark(&mut self, bit: u16) -> Option<()> {
        if self.seen & bit != 0 {
            return None;
        }
        self.seen |= bit;
        Some(())
    }
}

/// A state tree's resources, unless reading it failed or it nests deep enough for the
/// recursion limit to matter.
fn state<'a>(what: &str, v: Option<RawValuesRoot<'a>>) -> Option<Vec<StateResource<'a>>> {
    let (out, depth) = flatten_measured(what, v.and_then(|v| v.root_module)).ok()?;
    (depth < DEEP_MODULES).then_some(out)
}

/// Where to cut: the start of an entry of `resource_changes` at or after the middle of the
/// text. Entries begin `{"address":` after a comma; one that holds `change.actions` is a
/// change, not a state resource (those begin the same way).
fn find_cut(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let from = text.len() / 2;
    let back = |mut i: usize| {
        while i > 0 && matches!(b[i - 1], b' ' | b'\n' | b'\r' | b'\t') {
            i -= 1;
        }
        i
    };
    memchr::memmem::find_iter(&b[from..], b"\"address\"")
        .take(256)
        .map(|i| from + i)
        .find_map(|q| {
            let open = back(q).checked_sub(1)?;
            if b[open] != b'{' || back(open).checked_sub(1).map(|c| b[c]) != Some(b',') {
                return None;
            }
            let mut r = Reader { text, pos: open };
            let probe: Probe = r.value()?;
            probe.change?.actions?;
            Some(open)
        })
}

/// Just enough of an entry to tell a change from a state resource.
#[derive(Deserialize)]
struct Probe {
    change: Option<ProbeChange>,
}

#[derive(Deserialize)]
struct ProbeChange {
    actions: Option<IgnoredAny>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::model::{from_parts, one_pass};

    fn change(i: usize, action: &str) -> String {
        format!(
            r#"{{"address":"aws_s3_bucket.b[{i}]","mode":"managed","type":"aws_s3_bucket","name":"b","provider_name":"registry.terraform.io/hashicorp/aws","change":{{"actions":["{action}"],"before":null,"after":{{"bucket":"b-{i}","tags":{{"k\"q":"v"}}}},"after_unknown":{{"arn":true}}}}}}"#
        )
    }

    /// A state tree (`{"root_module": ...}`) of `n` resources and a child module of one.
    fn state(n: usize) -> String {
        let rs: Vec<String> = (0..n)
            .map(|i| format!(r#"{{"address":"aws_s3_bucket.s[{i}]","mode":"managed","type":"aws_s3_bucket","name":"s","provider_name":"aws","values":{{"arn":"arn:aws:s3:::s-{i}"}}}}"#))
            .collect();
        format!(
            r#"{{"root_module":{{"resources":[{}],"child_modules":[{{"resources":[{}]}}]}}}}"#,
            rs.join(","),
            rs[..1].join(",")
        )
    }

    /// The same text through both parses: equal plans, or both refused.
    fn same(text: &str, cut: Option<usize>) {
        let one = one_pass("p", text).map(|p| format!("{p:?}"));
        let cut = cut.or_else(|| find_cut(text)).expect("a cut");
        match parse_at(text, cut) {
            Some(parts) => {
                let two = from_parts("p", parts).map(|p| format!("{p:?}"));
                assert_eq!(one.as_ref().ok(), two.as_ref().ok(), "{text}");
                assert!(one.is_ok());
            }
            None => assert!(one.is_err() || find_cut(text) != Some(cut), "{text}"),
        }
    }

    fn plan(changes: &[String], tail: &str) -> String {
        format!(
            r#"{{"format_version":"1.2","terraform_version":"1.9.0","variables":{{"r":{{"value":"us-east-1"}}}},"planned_values":{},"resource_changes":[{}],"prior_state":{{"values":{}}}{tail},"configuration":{{"provider_config":{{}}}}}}"#,
            state(3),
            changes.join(",\n  "),
            state(2),
        )
    }

    #[test]
    fn halves_join_into_the_one_pass_plan() {
        let changes: Vec<String> = (0..40)
            .map(|i| change(i, ["create", "update", "no-op"][i % 3]))
            .collect();
        let text = plan(&changes, "");
        let cut = find_cut(&text).expect("a cut in resource_changes");
        assert!(cut > text.len() / 2);
        same(&text, None);
        let p = parse_at(&text, cut).expect("split read");
        assert_eq!(p.changes.len(), 40);
        assert_eq!(p.prior.len(), 3);
        assert_eq!(p.planned.len(), 4);
        assert!(p.configuration.is_some() && p.variables.is_some());
        assert_eq!(from_parts("p", p).unwrap().variables.len(), 1);
    }

    #[test]
    fn a_wrong_cut_is_read_through_or_refused() {
        let changes: Vec<String> = (0..40).map(|i| change(i, "create")).collect();
        // Drift entries look like changes: a cut among them is not where this thread stops.
        let drift = format!(r#","resource_drift":[{}]"#, changes.join(","));
        let text = plan(&changes[..3], &drift);
        let cut = find_cut(&text).expect("a cut in resource_drift");
        let p = parse_at(&text, cut).expect("read by this thread alone");
        assert_eq!(p.changes.len(), 3);
        same(&text, Some(cut));
        // A cut inside a value never meets a boundary.
        same(&text, Some(cut + 1));
    }

    #[test]
    fn plans_without_a_change_list_go_to_the_one_pass_parse() {
        let changes: Vec<String> = (0..40).map(|i| change(i, "create")).collect();
        let drift = format!(r#""resource_drift":[{}]"#, changes.join(","));
        for text in [
            format!(r#"{{"format_version":"1.2",{drift}}}"#),
            format!(r#"{{"format_version":"1.2","resource_changes":null,{drift}}}"#),
        ] {
            let cut = find_cut(&text).expect("a cut in resource_drift");
            assert!(parse_at(&text, cut).is_none(), "{text}");
            assert!(one_pass("p", &text).is_err());
        }
    }

    #[test]
    fn faults_after_the_cut_go_to_the_one_pass_parse() {
        let mut changes: Vec<String> = (0..40).map(|i| change(i, "create")).collect();
        changes[35] = change(35, "bogus");
        let text = plan(&changes, "");
        assert!(parse_at(&text, find_cut(&text).unwrap()).is_none());
        assert!(crate::plan::parse("p", &text).is_err());
        let changes: Vec<String> = (0..40).map(|i| change(i, "create")).collect();
        for tail in [
            r#","format_version":"1.2""#,
            r#","resource_changes":[]"#,
            r#","x":tru"#,
        ] {
            let text = plan(&changes, tail);
            assert!(
                parse_at(&text, find_cut(&text).unwrap()).is_none(),
                "{tail}"
            );
            assert_eq!(
                crate::plan::parse("p", &text).unwrap_err().to_string(),
                one_pass("p", &text).unwrap_err().to_string()
            );
        }
        let text = plan(&changes, "") + " x";
        assert!(parse_at(&text, find_cut(&text).unwrap()).is_none());
    }
}
