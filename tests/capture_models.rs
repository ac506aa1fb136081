//! The compiled-in AWS model snapshot (rules/aws-models/) is exactly what
//! scripts/refresh-aws-models.py makes from the botocore it names and ../shared's iamlive map:
//! the test regenerates it in a temporary directory and compares bytes (the typos pattern: a
//! generated table that cannot drift from its generator). It runs when that botocore version is
//! installed and ../shared is beside the checkout; otherwise it says why it skipped (under
//! CI=true a missing botocore fails, since .ci/run installs the pinned version).

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn capture_models_snapshot_is_current() {
    let dir = root().join("rules/aws-models");
    let version = std::fs::read_to_string(dir.join("VERSION")).unwrap();
    let want = version
        .lines()
        .find_map(|l| l.strip_prefix("botocore "))
        .expect("rules/aws-models/VERSION names the botocore version")
        .trim()
        .to_string();
    let ci = matches!(std::env::var("CI").as_deref(), Ok("true") | Ok("1"));
    let have = Command::new("python3")
        .args(["-c", "import botocore; print(botocore.__version__)"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    let Some(have) = have else {
        assert!(
            !ci,
            "python3 with botocore is missing (CI=true; see .ci/run)"
        );
        eprintln!("note: capture_models_snapshot_is_current skipped: no python3 botocore");
        return;
    };
    if have != want {
        eprintln!(
            "note: capture_models_snapshot_is_current skipped: botocore {have} installed, the \
             snapshot is from {want} (pip install botocore=={want} to check it)"
        );
        return;
    }
    let shared = root().join("../shared");
    if !shared.join("data/iamlive-map/map.json").is_file() {
        eprintln!("note: capture_models_snapshot_is_current skipped: ../shared is missing");
        return;
    }
    let out = std::env::temp_dir().join(format!("iamplan-aws-models-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let o = Command::new("python3")
        .arg(root().join("scripts/refresh-aws-models.py"))
        .arg("--shared")
        .arg(&shared)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for f in ["botocore.tsv.gz", "iamlive.tsv.gz", "VERSION"] {
        let fresh = std::fs::read(out.join(f)).unwrap();
        let committed = std::fs::read(dir.join(f)).unwrap();
        assert!(
            fresh == committed,
            "rules/aws-models/{f} is stale: run python3 scripts/refresh-aws-models.py"
        );
    }
    let _ = std::fs::remove_dir_all(&out);
}
