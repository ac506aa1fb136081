//! Splits a rules file into its top-level entries by line shape alone. Shared by `build.rs`
//! (which indexes entries without an HCL parser) and the linter (which checks the same split
//! the build saw), so the two can never disagree about where an entry starts and ends.

/// One top-level entry's position in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub kind: String,
    pub type_name: String,
    /// Byte range of the entry, from its first line to its closing `}` line inclusive.
    pub start: usize,
    pub end: usize,
}

/// Entry header: `resource "aws_x" {`, `data "aws_x" {`, `action "aws_x" {`,
/// `ephemeral "aws_x" {` or `provider "aws" {` at column 0.
fn header(line: &str) -> Option<(String, String)> {
    for kind in ["resource", "data", "provider", "action", "ephemeral"] {
        if let Some(rest) = line.strip_prefix(kind) {
            let rest = rest.strip_prefix(" \"")?;
            let end = rest.find('"')?;
            let name = &rest[..end];
            if rest[end + 1..].trim() == "{" {
                return Some((kind.to_string(), name.to_string()));
            }
        }
    }
    None
}

/// Returns the entries, or a message naming the first line that breaks the file's shape.
pub fn split(text: &str) -> Result<Vec<Span>, String> {
    let mut out = Vec::new();
    let mut open: Option<(String, String, usize)> = None;
    let mut pos = 0;
    for (no, line) in text.split_inclusive('\n').enumerate() {
        let start = pos;
        pos += line.len();
        let bare = line.trim_end_matches(['\n', '\r']);
        match &open {
            None => {
                if let Some((k, t)) = header(bare) {
                    open = Some((k, t, start));
                } else if !(bare.is_empty() || bare.starts_with('#')) {
                    return Err(format!(
                        "line {}: expected an entry header (resource/data/action/ephemeral/provider \"<type>\" {{) or a comment",
                        no + 1
                    ));
                }
            }
            Some((k, t, s)) => {
                if bare == "}" {
                    out.push(Span {
                        kind: k.clone(),
                        type_name: t.clone(),
                        start: *s,
                        end: pos,
                    });
                    open = None;
                } else if header(bare).is_some() {
                    return Err(format!(
                        "line {}: entry starts before the previous one closed",
                        no + 1
                    ));
                }
            }
        }
    }
    if let Some((k, t, _)) = open {
        return Err(format!("{k} \"{t}\" is not closed by a `}}` line"));
    }
    Ok(out)
}
