//! The committed rules/imported/ is exactly what the import tool builds from ../shared: rerunning
//! `import-rules` into a scratch directory must reproduce every file byte for byte, and the same
//! set of files. Skipped (with a note) where ../shared is not checked out.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn files(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn imported_rules_are_reproducible() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("..").join("shared");
    if !shared.is_dir() {
        eprintln!(
            "note: {} is absent; skipping the import reproducibility check",
            shared.display()
        );
        return;
    }
    let out = std::env::temp_dir().join(format!("iamplan-import-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let run = Command::new(env!("CARGO_BIN_EXE_import-rules"))
        .arg("--shared")
        .arg(&shared)
        .arg("--out")
        .arg(&out)
        .output()
        .expect("run import-rules");
    assert!(
        run.status.success(),
        "import-rules failed: {}",
        String::from_utf8_lossy(&run.stderr)
    );

    let committed_dir = root.join("rules").join("imported");
    let (generated, committed) = (files(&out), files(&committed_dir));
    assert_eq!(
        generated, committed,
        "file sets differ: regenerate with `cargo run --release --bin import-rules`"
    );
    assert!(committed.contains("UNRESOLVED.tsv"));
    let mut stale = Vec::new();
    for name in &generated {
        let new = std::fs::read(out.join(name)).unwrap();
        let old = std::fs::read(committed_dir.join(name)).unwrap();
        if new != old {
            stale.push(name.clone());
        }
    }
    let _ = std::fs::remove_dir_all(&out);
    assert!(
        stale.is_empty(),
        "rules/imported differs from a fresh import in {stale:?}: regenerate with `cargo run --release --bin import-rules`"
    );
}
