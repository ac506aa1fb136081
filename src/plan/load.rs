//! Reading a plan file into UTF-8 text: stdin or a path, UTF-8 (with or without BOM) or
//! UTF-16 with BOM as PowerShell writes it, and early recognition of the files people pass by
//! mistake (a binary `.tfplan`, HCL source), each with its own actionable message. The file is
//! read into memory iamplan owns: the plan borrows from the text for its whole life, and a
//! mapping would let a file that shrinks or changes under it kill the process (SIGBUS) or
//! break the UTF-8 the parser was promised.

use crate::bail;
use crate::error::Result;
use std::io::Read;

/// The decoded text of one input file and the name to use in messages.
pub struct Input {
    pub name: String,
    pub text: String,
}

pub fn read(path: &str) -> Result<Input> {
    let (name, bytes) = if path == "-" {
        let mut buf = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
            bail!("<stdin>: cannot read standard input: {e}");
        }
        ("<stdin>".to_string(), buf)
    } else {
        match read_file(path) {
            Ok(b) => (path.to_string(), b),
            Err(e) => bail!("{path}: cannot read plan file: {}", io_reason(&e)),
        }
    };
    let text = decode(&name, bytes)?;
    Ok(Input { name, text })
}

/// The whole file into owned memory. A memory map was quicker, but a file that shrank under
/// it killed the process with SIGBUS, and bytes changing after validation made its `&str`
/// unsound. Most of the copy's cost is page faults on the fresh buffer; transparent huge
/// pages, asked for on large buffers, take 512 pages per fault.
fn read_file(path: &str) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut f = std::fs::File::open(path)?;
    let len = f.metadata().map(|m| m.len() as usize).unwrap_or(0);
    let mut buf = Vec::with_capacity(len.saturating_add(1));
    advise_huge_pages(&mut buf);
    f.read_to_end(&mut buf)?;
    Ok(buf)
}

#[cfg(target_os = "linux")]
fn advise_huge_pages(buf: &mut Vec<u8>) {
    const HUGE: usize = 2 << 20;
    let cap = buf.capacity();
    if cap < 4 * HUGE {
        return;
    }
    let start = (buf.as_mut_ptr() as usize).next_multiple_of(HUGE);
    let end = (buf.as_mut_ptr() as usize + cap) & !(HUGE - 1);
    if end > start {
        // SAFETY: the range lies inside the buffer's own allocation, and MADV_HUGEPAGE is
        // advice about how to back it, which changes no contents; failure is ignored.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge_pages(_buf: &mut Vec<u8>) {}

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
