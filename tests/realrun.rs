//! The real-run suite (`scripts/realrun.py`, documented in `testdata/realrun/README.md`): every
//! configuration under `testdata/realrun/` runs through create, a tags-only update, another
//! in-place update and destroy with the real Terraform and hashicorp/aws provider against moto,
//! each step applied with ONLY iamplan's predicted policy (sufficiency) while `iamplan capture`
//! records the calls for `iamplan verify` (no gap).
//!
//! Runs when `IAMPLAN_REALRUN=1`, which `.ci/run` sets (about 5 minutes: types run in batches,
//! see testdata/realrun/README.md); a plain `cargo test` skips it with a note. When it runs, a
//! missing prerequisite (terraform, the provider mirror, moto, boto3, python3) FAILS the test and
//! says what is missing: the suite must never pass empty.

use std::path::{Path, PathBuf};
use std::process::Command;

const MIN_FULLY_PASSING: usize = 60;

fn on_path(bin: &str) -> bool {
    std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).any(|d| d.join(bin).is_file()))
        .unwrap_or(false)
}

fn provider_mirror() -> Option<PathBuf> {
    let mut bases: Vec<PathBuf> = Vec::new();
    if let Some(m) = std::env::var_os("TF_PLUGIN_MIRROR") {
        bases.push(m.into());
    }
    bases.push("/opt/tf-plugins".into());
    bases.push("/usr/share/terraform/plugins".into());
    bases
        .into_iter()
        .find(|b| b.join("registry.terraform.io/hashicorp/aws").is_dir())
}

fn missing_prerequisites() -> Vec<String> {
    let mut missing = Vec::new();
    if !on_path("python3") {
        missing.push("python3 (not on PATH)".to_string());
    }
    if !on_path("terraform") {
        missing.push("terraform (not on PATH)".to_string());
    }
    if provider_mirror().is_none() {
        missing.push(
            "hashicorp/aws provider filesystem mirror (/opt/tf-plugins or TF_PLUGIN_MIRROR)"
                .to_string(),
        );
    }
    if !on_path("moto_server") {
        missing.push("moto_server (pip install 'moto[server]')".to_string());
    }
    let boto = Command::new("python3")
        .args(["-c", "import boto3"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !boto {
        missing.push("boto3 (pip install boto3)".to_string());
    }
    missing
}

/// The binary the suite drives: IAMPLAN_BIN, else the release build `.ci/run` makes, else the
/// binary cargo built for this test run.
fn iamplan_bin(root: &Path) -> PathBuf {
    if let Some(b) = std::env::var_os("IAMPLAN_BIN") {
        return b.into();
    }
    let release = root.join("target/release/iamplan");
    if release.is_file() {
        return release;
    }
    PathBuf::from(env!("CARGO_BIN_EXE_iamplan"))
}

#[test]
fn realrun_suite() {
    let requested = std::env::var("IAMPLAN_REALRUN")
        .map(|v| v == "1")
        .unwrap_or(false);
    if !requested {
        eprintln!("note: real-run suite skipped (set IAMPLAN_REALRUN=1 to run it)");
        return;
    }
    let missing = missing_prerequisites();
    assert!(
        missing.is_empty(),
        "REAL-RUN SUITE CANNOT RUN: missing prerequisites:\n  - {}\n(the suite fails rather than passing empty)",
        missing.join("\n  - ")
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("python3")
        .arg(root.join("scripts/realrun.py"))
        .arg("--no-write")
        .env("IAMPLAN_BIN", iamplan_bin(root))
        .current_dir(root)
        .output()
        .expect("running scripts/realrun.py");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The table of types x steps x result goes to the real stderr (not the test harness's
    // captured output), so `cargo test` and CI logs show it even when the suite passes.
    let table: String = stdout
        .lines()
        .filter(|l| l.starts_with('|') || l.contains("types pass all four steps"))
        .map(|l| format!("{l}\n"))
        .collect();
    let _ = std::io::Write::write_all(&mut std::io::stderr(), table.as_bytes());
    println!("{stdout}");
    eprintln!("{stderr}");
    assert!(
        out.status.success(),
        "scripts/realrun.py failed ({}):\n{stderr}",
        out.status
    );
    // Count table rows whose four step cells are all `ok`.
    let passing = stdout
        .lines()
        .filter(|l| l.starts_with("| `aws_"))
        .filter(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            cells.len() == 5 && cells[1..].iter().all(|c| *c == "ok" || *c == "ok (retry)")
        })
        .count();
    assert!(
        passing >= MIN_FULLY_PASSING,
        "only {passing} types pass all four steps of the real-run suite (need >= {MIN_FULLY_PASSING})"
    );
}
