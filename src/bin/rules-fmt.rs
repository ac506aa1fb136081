//! Maintainer tool (not part of the user CLI): rewrites rules files in canonical form, the
//! form `iamplan rules lint` and the tests demand. Usage: `cargo run --bin rules-fmt [FILE...]`
//! (default: every file under rules/curated and rules/imported). `--check` only reports.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    let mut files: Vec<PathBuf> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .collect();
    if files.is_empty() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
        for d in ["curated", "imported"] {
            if let Ok(rd) = std::fs::read_dir(root.join(d)) {
                files.extend(
                    rd.filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|x| x == "hcl")),
                );
            }
        }
        files.sort();
    }
    let mut failed = false;
    for f in files {
        match canonical_file(&f) {
            Ok((old, new)) => {
                if old != new {
                    if check {
                        eprintln!("{}: not canonical", f.display());
                        failed = true;
                    } else if let Err(e) = std::fs::write(&f, new) {
                        eprintln!("{}: {e}", f.display());
                        failed = true;
                    } else {
                        eprintln!("{}: rewritten", f.display());
                    }
                }
            }
            Err(e) => {
                eprintln!("{}: {e}", f.display());
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Returns (current text, canonical text) of one file.
fn canonical_file(path: &Path) -> Result<(String, String), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    Ok((text.clone(), iamplan::rules::canonical_text(&text)?))
}
