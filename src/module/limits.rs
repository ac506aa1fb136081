//! What reading and evaluating a module may cost. A module is third-party input: a few bytes
//! of HCL can ask for 10^30 instances, a list that doubles forty times, or brackets nested
//! deeper than the stack. This module owns the documented limits (`--max-*` flags of
//! `iamplan module`), the [`Budget`] every evaluation draws from (steps, collection sizes, value
//! depth), and the linear pre-scan of a file's nesting depth that runs before the HCL parser
//! sees it. Past a limit, the command stops with one line naming the limit and its flag.

use crate::bail;
use crate::error::{Error, Result};
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::path::Path;
use std::rc::Rc;

/// The HCL parser's own nesting limit (hcl-edit's `MAX_NESTING_DEPTH`): `--max-depth` cannot
/// go past it.
pub const PARSER_DEPTH: usize = 64;

/// The limits of one `iamplan module` run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Instances one resource, data source or module call may expand to (`count`, `for_each`).
    pub instances: u64,
    /// Resource and module instances of the whole tree, and module calls read.
    pub total_instances: u64,
    /// Elements of a list or map, or bytes of a string, produced while evaluating.
    pub collection: usize,
    /// Nesting of the source (brackets, blocks, strings, interpolations) and of values.
    pub depth: usize,
    /// Evaluation steps of the whole run: expression nodes, elements iterated, values copied.
    pub steps: u64,
}

impl Limits {
    /// Far above what the public terraform-aws-modules need (their constructs, in
    /// testdata/modules/public-modules, fit in a thousandth of the steps: tests/module.rs),
    /// low enough that the worst case stays within seconds and a few hundred MB
    /// (scripts/bench.py, adversarial section).
    pub const DEFAULT: Limits = Limits {
        instances: 10_000,
        total_instances: 50_000,
        collection: 1_000_000,
        depth: 40,
        steps: 20_000_000,
    };
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

/// What one run has spent of its [`Limits`], shared by every evaluation of the run. The first
/// limit passed is recorded with what was being evaluated; from then on every evaluation fails
/// at once, so a hostile module costs at most one limit's worth of work before the walker
/// stops and reports it.
#[derive(Debug)]
pub struct Budget {
    limits: Limits,
    steps: Cell<u64>,
    at: RefCell<String>,
    error: RefCell<Option<String>>,
}

impl Budget {
    pub fn new(limits: Limits) -> Rc<Budget> {
        Rc::new(Budget {
            limits,
            steps: Cell::new(0),
            at: RefCell::new(String::new()),
            error: RefCell::new(None),
        })
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Names what is evaluated next (`module.m.aws_s3_bucket.b`, `local.x`), for the message.
    pub fn at(&self, what: impl Into<String>) {
        *self.at.borrow_mut() = what.into();
    }

    pub fn failed(&self) -> bool {
        self.error.borrow().is_some()
    }

    /// Records the first limit passed; later ones are consequences of it.
    pub fn fail(&self, msg: impl std::fmt::Display) {
        let mut e = self.error.borrow_mut();
        if e.is_none() {
            let at = self.at.borrow();
            *e = Some(if at.is_empty() {
                msg.to_string()
            } else {
                format!("{at}: {msg}")
            });
        }
    }

    /// Spends `n` steps; false once the run is over its step limit (or any other).
    pub fn tick(&self, n: u64) -> bool {
        if self.failed() {
            return false;
        }
        let s = self.steps.get().saturating_add(n);
        self.steps.set(s);
        if s > self.limits.steps {
            self.fail(format_args!(
                "evaluation needs more than {} steps (the evaluation-steps limit; --max-eval-steps raises it)",
                self.limits.steps
            ));
            return false;
        }
        true
    }

    /// Steps spent so far, for tests and the bench.
    pub fn steps(&self) -> u64 {
        self.steps.get()
    }

    /// False (and recorded) when a list, map or string of `n` elements or bytes is over the
    /// collection-size limit.
    pub fn size(&self, kind: &str, n: usize) -> bool {
        if self.failed() {
            return false;
        }
        if n > self.limits.collection {
            let unit = if kind == "string" {
                "bytes"
            } else {
                "elements"
            };
            self.fail(format_args!(
                "a {kind} of {n} {unit} is over the collection-size limit of {} (--max-collection-size raises it)",
                self.limits.collection
            ));
            return false;
        }
        true
    }

    /// False (and recorded) when a value bound to a name is nested deeper than the depth
    /// limit; spends the value's size in steps.
    pub fn bind(&self, v: &Value) -> bool {
        let (cost, depth) = measure(v);
        if !self.tick(cost) {
            return false;
        }
        if depth > self.limits.depth {
            self.fail(format_args!(
                "a value nested {depth} deep is over the depth limit of {} (--max-depth raises it)",
                self.limits.depth
            ));
            return false;
        }
        true
    }

    /// The recorded limit as the run's error.
    pub fn check(&self) -> Result<()> {
        match self.error.borrow().as_ref() {
            Some(e) => Err(Error::new(e.clone())),
            None => Ok(()),
        }
    }
}

/// The steps copying a value costs (one per node, one per 16 bytes of string) and how deep its
/// lists and maps nest, without recursion.
pub fn measure(v: &Value) -> (u64, usize) {
    let mut cost = 0u64;
    let mut depth = 0usize;
    let mut todo = vec![(v, 1usize)];
    while let Some((v, d)) = todo.pop() {
        cost += 1;
        match v {
            Value::String(s) => cost += (s.len() / 16) as u64,
            Value::Array(a) => {
                depth = depth.max(d);
                todo.extend(a.iter().map(|x| (x, d + 1)));
            }
            Value::Object(m) => {
                depth = depth.max(d);
                for (k, x) in m {
                    cost += (k.len() / 16) as u64;
                    todo.push((x, d + 1));
                }
            }
            _ => {}
        }
    }
    (cost, depth)
}

/// Where a file's nesting first goes deeper than `max`: brackets, braces of blocks and
/// objects, quoted strings, heredocs and `${` / `%{` sequences, each one level. One pass, no
/// recursion, before the parser (which recurses per level) sees the file; comments and string
/// contents are skipped as the HCL lexer skips them, so a `[` in a string does not count.
pub fn check_nesting(path: &Path, text: &str, max: usize) -> Result<()> {
    #[derive(PartialEq)]
    enum Frame {
        /// `(`, `[`, `{`, or the `${` / `%{` of an interpolation: expression syntax.
        Code,
        Quoted,
        /// A heredoc, closed by a line holding only its marker.
        Heredoc(String),
    }
    let b = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut line = 1usize;
    let mut line_start = true;
    let mut i = 0usize;
    let too_deep = |line: usize| -> Result<()> {
        bail!(
            "{}: line {line}: nested more than {max} levels deep (brackets, blocks, strings and interpolations; the depth limit: --max-depth raises it, up to {PARSER_DEPTH})",
            path.display()
        )
    };
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        match stack.last() {
            Some(Frame::Quoted) | Some(Frame::Heredoc(_)) => {
                let quoted = stack.last() == Some(&Frame::Quoted);
                if !quoted && line_start {
                    let end = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n);
                    if let Some(Frame::Heredoc(marker)) = stack.last() {
                        if text[i..end].trim() == marker {
                            stack.pop();
                            i = end;
                            line_start = false;
                            continue;
                        }
                    }
                }
                line_start = false;
                match c {
                    b'\\' if quoted => i += 1,
                    b'"' if quoted => {
                        stack.pop();
                    }
                    b'\n' => {
                        line += 1;
                        line_start = true;
                        // A quoted string ends at the line; the parser reports it unclosed.
                        if quoted {
                            stack.pop();
                        }
                    }
                    b'$' | b'%' if next == Some(c) && b.get(i + 2) == Some(&b'{') => i += 2,
                    b'$' | b'%' if next == Some(b'{') => {
                        stack.push(Frame::Code);
                        i += 1;
                    }
                    _ => {}
                }
            }
            _ => match c {
                b'#' => {
                    i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n);
                    continue;
                }
                b'/' if next == Some(b'/') => {
                    i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n);
                    continue;
                }
                b'/' if next == Some(b'*') => {
                    let end =
                        memchr::memmem::find(&b[i + 2..], b"*/").map_or(b.len(), |n| i + 2 + n + 2);
                    line += memchr::memchr_iter(b'\n', &b[i..end]).count();
                    i = end;
                    continue;
                }
                b'"' => stack.push(Frame::Quoted),
                b'<' if next == Some(b'<') => {
                    if let Some((marker, body)) = heredoc_start(text, i + 2) {
                        stack.push(Frame::Heredoc(marker));
                        if stack.len() > max {
                            return too_deep(line);
                        }
                        i = body;
                        line += 1;
                        line_start = true;
                        continue;
                    }
                }
                b'(' | b'[' | b'{' => stack.push(Frame::Code),
                // An unbalanced closer is the parser's error to report.
                b')' | b']' | b'}' if stack.last() == Some(&Frame::Code) => {
                    stack.pop();
                }
                b'\n' => line += 1,
                _ => {}
            },
        }
        if stack.len() > max {
            return too_deep(line);
        }
        i += 1;
    }
    Ok(())
}

/// `<<EOF` / `<<-EOF` followed by the end of the line: the marker and where the body starts.
fn heredoc_start(text: &str, at: usize) -> Option<(String, usize)> {
    let rest = &text[at..];
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let start = text.len() - rest.len();
    let n = rest
        .bytes()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-')
        .count();
    let first = rest.bytes().next()?;
    if n == 0 || !(first.is_ascii_alphabetic() || first == b'_') {
        return None;
    }
    let after = &text[start + n..];
    let eol = after.find('\n')?;
    if !after[..eol].trim().is_empty() {
        return None;
    }
    Some((rest[..n].to_string(), start + n + eol + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn depth_ok(src: &str, max: usize) -> bool {
        check_nesting(Path::new("t.tf"), src, max).is_ok()
    }

    #[test]
    fn nesting_counts_syntax_not_string_contents() {
        assert!(depth_ok("x = [[1]]\n", 2));
        assert!(!depth_ok("x = [[[1]]]\n", 2));
        // Brackets in strings, comments and heredocs do not nest.
        assert!(depth_ok("x = \"[[[[\" # ((((\n// [[[[\n/* {{{{ */\n", 1));
        assert!(depth_ok("x = <<-EOF\n  [[[[\n  EOF\ny = 1\n", 1));
        // An interpolation is expression syntax again.
        assert!(!depth_ok("x = \"${[[1]]}\"\n", 3));
        assert!(depth_ok("x = \"$${[[1]]}\"\n", 1));
        assert!(!depth_ok("x = <<EOF\n${[[[1]]]}\nEOF\n", 4));
        let deep = format!("x = {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
        let e = check_nesting(Path::new("t.tf"), &deep, 40).unwrap_err();
        assert!(e.to_string().contains("t.tf: line 1: nested more than 40"));
        assert!(e.to_string().contains("--max-depth"));
    }

    #[test]
    fn budget_records_the_first_limit_with_where() {
        let b = Budget::new(Limits {
            steps: 10,
            ..Limits::DEFAULT
        });
        b.at("local.x");
        assert!(b.tick(10));
        assert!(!b.tick(1));
        assert!(!b.size("list", 2), "nothing passes once a limit is passed");
        let e = b.check().unwrap_err().to_string();
        assert!(
            e.starts_with("local.x: evaluation needs more than 10 steps"),
            "{e}"
        );
        let b = Budget::new(Limits {
            depth: 2,
            ..Limits::DEFAULT
        });
        assert!(b.bind(&json!([[1]])));
        assert!(!b.bind(&json!([[[1]]])));
        assert!(b.check().unwrap_err().to_string().contains("nested 3 deep"));
    }
}
