//! Reading a plan file into UTF-8 text: stdin or a path, UTF-8 (with or without BOM) or
//! UTF-16 with BOM as PowerShell writes it, and early recognition of the files people pass by
//! mistake (a binary `.tfplan`, HCL source), each with its own actionable message. Regular
//! files are memory-mapped rather than copied, since the plan borrows from the text anyway.

use crate::bail;
use crate::error::Result;
use std::io::Read;

/// The decoded text of one input file and the name to use in messages.
pub struct Input {
    pub name: String,
    pub text: Text,
}

/// A plan's UTF-8 text: the mapped file itself when it is UTF-8 already, else an owned copy.
pub enum Text {
    Owned(String),
    /// A mapping whose bytes from `start` on were checked to be UTF-8.
    Mapped {
        map: memmap2::Mmap,
        start: usize,
    },
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Text::Owned(s) => s,
            // SAFETY: `map_file` checked these bytes with `is_utf8`, and the mapping is
            // private and read-only.
            Text::Mapped { map, start } => unsafe { std::str::from_utf8_unchecked(&map[*start..]) },
        }
    }
}

pub fn read(path: &str) -> Result<Input> {
    if path != "-" {
        if let Some(text) = map_file(path)? {
            return Ok(Input {
                name: path.to_string(),
                text,
            });
        }
    }
    let (name, bytes) = if path == "-" {
        let mut buf = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
            bail!("<stdin>: cannot read standard input: {e}");
        }
        ("<stdin>".to_string(), buf)
    } else {
        match std::fs::read(path) {
            Ok(b) => (path.to_string(), b),
            Err(e) => bail!("{path}: cannot read plan file: {}", io_reason(&e)),
        }
    };
    let text = decode(&name, bytes)?;
    Ok(Input {
        name,
        text: Text::Owned(text),
    })
}

/// Maps a regular, non-empty UTF-8 file; `None` sends everything else (pipes, directories,
/// UTF-16, files that are not text) through [`decode`], which owns the messages for them.
/// Mapping saves copying tens of megabytes into fresh pages before parsing can start.
fn map_file(path: &str) -> Result<Option<Text>> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => bail!("{path}: cannot read plan file: {}", io_reason(&e)),
    };
    match file.metadata() {
        Ok(m) if m.is_file() && m.len() > 0 => {}
        _ => return Ok(None),
    }
    // SAFETY: the mapping is read-only and private; a plan file changed while iamplan reads
    // it would be as wrong as one changed between two reads.
    let Ok(map) = (unsafe { memmap2::MmapOptions::new().populate().map(&file) }) else {
        return Ok(None);
    };
    let start = if map.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    };
    if map.starts_with(b"PK\x03\x04")
        || map.starts_with(&[0xFF, 0xFE])
        || map.starts_with(&[0xFE, 0xFF])
        || !is_utf8(&map[start..])
    {
        return Ok(None);
    }
    let text = Text::Mapped { map, start };
    check_start(path, &text)?;
    Ok(Some(text))
}

/// `str::from_utf8(b).is_ok()`, on two threads for large files: checking 40 MB takes
/// milliseconds that would otherwise all come before parsing can start.
fn is_utf8(b: &[u8]) -> bool {
    const MIN_SPLIT: usize = 1 << 20;
    if b.len() < MIN_SPLIT {
        return std::str::from_utf8(b).is_ok();
    }
    // Cut where a character starts (not at a continuation byte), so each half is valid
    // exactly when the whole is.
    let mut mid = b.len() / 2;
    while mid < b.len() && b[mid] & 0xC0 == 0x80 {
        mid += 1;
    }
    let (head, tail) = b.split_at(mid);
    std::thread::scope(|s| {
        let t = s.spawn(|| std::str::from_utf8(tail).is_ok());
        let h = std::str::from_utf8(head).is_ok();
        t.join().unwrap_or(false) && h
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            // Directories report a raw OS error; make it say what it is.
            let s = e.to_string();
            if s.contains("Is a directory") {
                "is a directory, not a plan file".to_string()
            } else {
                s
            }
        }
    }
}

/// Bytes to UTF-8 text, recognising the wrong kinds of file before JSON parsing.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String> {
    if bytes.starts_with(b"PK\x03\x04") {
        bail!(
            "{name}: this is a binary plan file (.tfplan); convert it first: terraform show -json {name} > plan.json"
        );
    }
    let text = if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let le = bytes[0] == 0xFF;
        if !bytes.len().is_multiple_of(2) {
            bail!("{name}: UTF-16 file with an odd number of bytes (truncated?)");
        }
        let units = bytes[2..].chunks_exact(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        match char::decode_utf16(units).collect::<std::result::Result<String, _>>() {
            Ok(s) => s,
            Err(_) => bail!("{name}: invalid UTF-16 text"),
        }
    } else {
        let start = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
            3
        } else {
            0
        };
        let mut bytes = bytes;
        bytes.drain(..start);
        match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(_) => bail!(
                "{name}: not UTF-8 or UTF-16 text; expected the JSON output of `terraform show -json <planfile>`"
            ),
        }
    };
    check_start(name, &text)?;
    Ok(text)
}

/// The text must open like JSON; say what it is instead when it does not.
fn check_start(name: &str, text: &str) -> Result<()> {
    let first = text.trim_start().chars().next();
    match first {
        None => bail!(
            "{name}: empty file; expected the JSON output of `terraform show -json <planfile>`"
        ),
        Some('{') | Some('[') => Ok(()),
        Some(_) if looks_like_hcl(text) => bail!(
            "{name}: this looks like Terraform HCL source, not a plan; run `terraform plan -out=tfplan && terraform show -json tfplan > plan.json`"
        ),
        Some(_) => bail!(
            "{name}: not JSON; expected the output of `terraform show -json <planfile>`"
        ),
    }
}

fn looks_like_hcl(text: &str) -> bool {
    text.lines().take(200).any(|l| {
        let l = l.trim_start();
        [
            "resource ",
            "data ",
            "provider ",
            "terraform ",
            "module ",
            "variable ",
            "locals ",
        ]
        .iter()
        .any(|kw| l.starts_with(kw))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_thread_utf8_check_agrees_with_std() {
        let half = 1 << 20;
        // Multi-byte characters straddling the middle, then broken ones there.
        for pad in 0..4 {
            let mut s = "a".repeat(half - pad);
            s.push_str("é€😀");
            s.push_str(&"b".repeat(half));
            assert!(is_utf8(s.as_bytes()));
            let mut bad = s.clone().into_bytes();
            let mid = half - pad + 1;
            bad.remove(mid);
            assert_eq!(is_utf8(&bad), std::str::from_utf8(&bad).is_ok());
            bad[half + 5] = 0xFF;
            assert!(!is_utf8(&bad));
        }
    }
}
