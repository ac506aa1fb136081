//! `iamplan roles`: the state role from each kind of backend configuration (exact policies as
//! snapshots), the read-only plan role, IAM size limits, and Terraform output that parses and
//! is `terraform fmt`-clean.

mod common;
use common::*;
use serde_json::Value;

/// (fixture, extra args)
fn backends() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        ("s3-plain", vec![]),
        ("s3-workspaces", vec!["--workspaces"]),
        ("s3-lockfile", vec![]),
        ("s3-dynamodb", vec![]),
        ("s3-kms", vec![]),
        ("s3-assume-role", vec![]),
        (
            "s3-partial-file",
            vec![
                "--backend-config",
                "testdata/backends/s3-partial-file/prod.s3.tfbackend",
            ],
        ),
        ("s3-partial-init", vec![]),
        ("local", vec![]),
        ("gcs", vec![]),
        ("tofu-encryption-kms", vec![]),
        ("tofu-encryption-local", vec![]),
    ]
}

fn roles(backend: &str, extra: &[&str], format: &str) -> std::process::Output {
    let b = format!("testdata/backends/{backend}");
    let mut args = vec![
        "roles",
        "testdata/s3-tags-update/plan.json",
        "--backend",
        &b,
        "--format",
        format,
    ];
    args.extend(extra);
    bin().current_dir(root()).args(&args).output().unwrap()
}

#[test]
fn state_roles_per_backend() {
    for (b, extra) in backends() {
        let o = roles(b, &extra, "json");
        assert_eq!(o.status.code(), Some(0), "{b}: {}", stderr(&o));
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path("snapshots/roles");
        settings.set_prepend_module_to_snapshot(false);
        settings.set_description(format!(
            "iamplan roles testdata/s3-tags-update/plan.json --backend testdata/backends/{b} {}",
            extra.join(" ")
        ));
        settings.bind(|| {
            insta::assert_snapshot!(format!("{b}__json"), stdout(&o));
            insta::assert_snapshot!(format!("{b}__stderr"), stderr(&o));
        });
    }
}

#[test]
fn backend_semantics() {
    let v: Value =
        serde_json::from_slice(&roles("s3-workspaces", &["--workspace", "staging"], "json").stdout)
            .unwrap();
    let state = v["state"].to_string();
    assert!(
        state
            .contains("arn:aws:s3:::acme-terraform-state/workspaces/staging/app/terraform.tfstate"),
        "{state}"
    );
    assert!(state.contains("\"s3:prefix\""), "{state}");
    let v: Value = serde_json::from_slice(&roles("s3-partial-init", &[], "json").stdout).unwrap();
    let state = v["state"].to_string();
    assert!(
        state.contains("acme-init-state/init/terraform.tfstate.tflock"),
        "init state completes the block: {state}"
    );
    let o = roles("s3-assume-role", &[], "json");
    assert!(
        stderr(&o).contains("sts:AssumeRole on it"),
        "{}",
        stderr(&o)
    );
    let o = roles("local", &[], "json");
    assert!(stderr(&o).contains("no state role is needed"));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["state"], serde_json::json!([]));
    let o = bin()
        .current_dir(root())
        .args([
            "roles",
            "testdata/s3-tags-update/plan.json",
            "--backend",
            "testdata/backends/s3-partial-file",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("without `bucket`"), "{}", stderr(&o));
}

/// OpenTofu state encryption with AWS KMS: every read or write of state asks KMS for a data
/// key (and decrypts the stored one), so the state and plan roles both need the key, whatever
/// the backend.
#[test]
fn opentofu_state_encryption_needs_the_kms_key() {
    let key = "arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
    let o = roles("tofu-encryption-kms", &[], "json");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    for role in ["state", "plan"] {
        let text = v[role].to_string();
        for a in ["kms:Decrypt", "kms:GenerateDataKey"] {
            assert!(
                v[role].as_array().unwrap().iter().any(|d| d["Statement"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|s| s["Resource"] == key && s["Action"].to_string().contains(a))),
                "{role} lacks {a} on {key}: {text}"
            );
        }
    }
    // The S3 backend's own grants are still there.
    assert!(v["state"]
        .to_string()
        .contains("arn:aws:s3:::acme-tofu-state/app/terraform.tfstate"));
    // A local backend needs no S3, but still the key; an alias is authorized as its key.
    let o = roles("tofu-encryption-local", &[], "json");
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let state = v["state"].to_string();
    assert!(state.contains("arn:aws:kms:us-east-2:*:key/*"), "{state}");
    assert!(!state.contains("s3:"), "{state}");
    assert!(!state.contains("alias/"), "{state}");
    assert!(
        stderr(&o).contains("the state role is OpenTofu's state encryption with AWS KMS"),
        "{}",
        stderr(&o)
    );
    // Without an encryption block, nothing of KMS.
    let o = roles("s3-plain", &[], "json");
    assert!(!String::from_utf8_lossy(&o.stdout).contains("kms:"));
}

/// The plan role is read-only by construction: every action is Read or List in the IAM
/// reference, apart from the documented exceptions (lock writes only on the lock).
#[test]
fn plan_role_is_read_only() {
    let mut plans: Vec<String> = std::fs::read_dir(root().join("testdata"))
        .unwrap()
        .map(|e| e.unwrap().path().join("plan.json"))
        .filter(|p| p.exists())
        .map(|p| p.to_str().unwrap().to_string())
        .collect();
    plans.sort();
    let lock_writes: Vec<&str> = iamplan::roles::PLAN_ROLE_LOCK_WRITES
        .iter()
        .map(|(a, _)| *a)
        .collect();
    for (b, extra) in backends() {
        for p in &plans {
            let bk = format!("testdata/backends/{b}");
            let mut args = vec!["roles", p.as_str(), "--backend", &bk];
            args.extend(&extra);
            let o = bin().current_dir(root()).args(&args).output().unwrap();
            assert_eq!(o.status.code(), Some(0), "{p} {b}: {}", stderr(&o));
            let v: Value = serde_json::from_slice(&o.stdout).unwrap();
            for doc in v["plan"].as_array().unwrap() {
                for s in doc["Statement"].as_array().unwrap() {
                    let res: Vec<String> = match &s["Resource"] {
                        Value::String(r) => vec![r.clone()],
                        Value::Array(a) => {
                            a.iter().map(|r| r.as_str().unwrap().to_string()).collect()
                        }
                        _ => unreachable!(),
                    };
                    for a in s["Action"].as_array().unwrap() {
                        let a = a.as_str().unwrap();
                        if iamplan::iam::is_read_only_action(a) {
                            continue;
                        }
                        assert!(lock_writes.contains(&a), "{p} {b}: plan role holds {a}");
                        if a.starts_with("s3:") {
                            assert!(
                                res.iter().all(|r| r.ends_with(".tflock")),
                                "{p} {b}: {a} beyond the lock: {res:?}"
                            );
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn every_policy_fits_iam_limits() {
    for (b, extra) in backends() {
        let v: Value = serde_json::from_slice(&roles(b, &extra, "json").stdout).unwrap();
        for role in ["state", "plan", "deploy", "destroy"] {
            let docs = v[role].as_array().unwrap();
            assert!(docs.len() <= iamplan::roles::MAX_POLICIES_PER_ROLE);
            for d in docs {
                let size = serde_json::to_string(d)
                    .unwrap()
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .count();
                assert!(
                    size <= iamplan::roles::MAX_POLICY_CHARS,
                    "{b} {role}: {size}"
                );
            }
        }
    }
}

#[test]
fn packing_splits_and_widens_to_fit() {
    use iamplan::iam::policy::Statement;
    // 400 scoped resources of one type cannot fit one policy: packing splits them.
    let resources: Vec<String> = (0..400)
        .map(|i| format!("arn:aws:s3:::bucket-name-number-{i:04}"))
        .collect();
    let s = Statement {
        sid: None,
        effect: "Allow",
        actions: vec!["s3:ListBucket".into()],
        resources,
        condition: Default::default(),
    };
    let docs = iamplan::roles::pack("t", vec![s.clone()]).unwrap();
    assert!(
        docs.len() > 1
            && docs
                .iter()
                .all(|d| d.iam_size() <= iamplan::roles::MAX_POLICY_CHARS)
    );
    // 6,000 need more than 10 policies: fit widens them to their common prefix.
    let many: Vec<String> = (0..6000)
        .map(|i| format!("arn:aws:s3:::bucket-name-number-{i:04}"))
        .collect();
    let big = Statement {
        resources: many,
        ..s
    };
    let mut notes = Vec::new();
    let docs = iamplan::roles::fit("t", vec![big.clone()], &mut notes).unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(
        docs[0].statements[0].resources,
        vec!["arn:aws:s3:::bucket-name-number-*"]
    );
    assert!(notes[0].contains("widened"), "{notes:?}");
    // Only what overflowed is widened: two queues beside the long list stay exact.
    let mut mixed = big.clone();
    mixed.resources.extend([
        "arn:aws:sqs:us-east-1:123456789012:queue-a".to_string(),
        "arn:aws:sqs:us-east-1:123456789012:queue-b".to_string(),
    ]);
    let mut notes = Vec::new();
    let docs = iamplan::roles::fit("t", vec![mixed], &mut notes).unwrap();
    assert_eq!(
        docs[0].statements[0].resources,
        vec![
            "arn:aws:s3:::bucket-name-number-*",
            "arn:aws:sqs:us-east-1:123456789012:queue-a",
            "arn:aws:sqs:us-east-1:123456789012:queue-b",
        ]
    );
    assert!(!notes[0].contains("sqs"), "{notes:?}");
}

#[test]
fn compact_merges_only_without_extra_actions() {
    use iamplan::iam::policy::Statement;
    let refr = iamplan::iam::reference();
    let all_get_bucket: Vec<String> = refr
        .actions()
        .map(|a| a.full_name())
        .filter(|n| n.starts_with("s3:GetBucket"))
        .collect();
    let mut actions = all_get_bucket.clone();
    actions.push("s3:GetObject".into());
    actions.sort();
    let s = Statement {
        sid: None,
        effect: "Allow",
        actions,
        resources: vec!["*".into()],
        condition: Default::default(),
    };
    let (out, merged) = iamplan::roles::compact(vec![s]);
    assert!(
        out[0].actions.contains(&"s3:GetBucket*".to_string()),
        "{:?}",
        out[0].actions
    );
    assert!(out[0].actions.contains(&"s3:GetObject".to_string()));
    assert!(
        !out[0].actions.iter().any(|a| a == "s3:Get*"),
        "s3:Get* would add actions"
    );
    assert_eq!(merged.len(), 1, "{merged:?}");
}

#[test]
fn terraform_output_parses_and_is_fmt_clean() {
    let dir = std::env::temp_dir().join(format!("iamplan-roles-tf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (b, extra) in backends() {
        let o = roles(b, &extra, "terraform");
        assert_eq!(o.status.code(), Some(0));
        let text = stdout(&o);
        hcl::parse(&text).unwrap_or_else(|e| panic!("{b}: terraform output does not parse: {e}"));
        std::fs::write(dir.join(format!("{b}.tf")), &text).unwrap();
        if b == "s3-kms" {
            let mut settings = insta::Settings::clone_current();
            settings.set_snapshot_path("snapshots/roles");
            settings.set_prepend_module_to_snapshot(false);
            settings.bind(|| insta::assert_snapshot!("s3-kms__terraform", text));
        }
    }
    let policy = bin()
        .current_dir(root())
        .args([
            "policy",
            "testdata/lambda-passrole/plan.json",
            "--format",
            "terraform",
        ])
        .output()
        .unwrap();
    std::fs::write(dir.join("policy.tf"), &policy.stdout).unwrap();
    let fmt = std::process::Command::new("terraform")
        .args(["fmt", "-check", "-diff", "-recursive"])
        .arg(&dir)
        .env("CHECKPOINT_DISABLE", "1")
        .env("TF_CLI_CONFIG_FILE", "/dev/null")
        .output();
    match fmt {
        Ok(o) => assert!(
            o.status.success(),
            "terraform fmt -check: {}",
            String::from_utf8_lossy(&o.stdout)
        ),
        Err(_) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "terraform is not installed: .ci/run needs it for terraform fmt -check"
            );
            eprintln!("terraform not on PATH: skipped terraform fmt -check");
        }
    }
}

#[test]
fn out_dir_writes_one_file_per_role() {
    let dir = std::env::temp_dir().join(format!("iamplan-roles-out-{}", std::process::id()));
    let o = bin()
        .current_dir(root())
        .args([
            "roles",
            "testdata/s3-tags-update/plan.json",
            "--backend",
            "testdata/backends/s3-plain",
            "--format",
            "terraform",
            "--out-dir",
        ])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for r in ["state", "plan", "deploy", "destroy"] {
        let t = std::fs::read_to_string(dir.join(format!("{r}.tf"))).unwrap();
        assert!(t.contains(&format!("resource \"aws_iam_role\" \"iamplan_{r}\"")));
    }
}

/// A real plan grown to `resources` resources with ../shared/bench/make-big-plan.py, in a
/// temporary file the caller removes.
fn big_plan(sh: &std::path::Path, resources: usize) -> std::path::PathBuf {
    let big = std::env::temp_dir().join(format!(
        "iamplan-big-{resources}-{}.json",
        std::process::id()
    ));
    let gen = std::process::Command::new("python3")
        .arg(sh.join("bench/make-big-plan.py"))
        .arg(sh.join(
            "plans/infracost__infracost__cmd__infracost__testdata__terraform_v0.12_plan.json",
        ))
        .arg(&big)
        .args(["--target", &resources.to_string()])
        .output()
        .expect("python3");
    assert!(
        gen.status.success(),
        "{}",
        String::from_utf8_lossy(&gen.stderr)
    );
    big
}

/// A 10,000-resource plan (grown from a real plan with ../shared/bench/make-big-plan.py): every
/// role's policies stay within IAM's limits, widening resource lists where needed (and saying so).
#[test]
fn ten_thousand_resources_fit_iam_limits() {
    let Some(sh) = shared() else {
        eprintln!("../shared missing: skipped");
        return;
    };
    let big = big_plan(&sh, 10_000);
    let o = bin()
        .current_dir(root())
        .args([
            "roles",
            big.to_str().unwrap(),
            "--backend",
            "testdata/backends/s3-dynamodb",
        ])
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&big);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    for role in ["state", "plan", "deploy", "destroy"] {
        let docs = v[role].as_array().unwrap();
        assert!(
            !docs.is_empty() && docs.len() <= iamplan::roles::MAX_POLICIES_PER_ROLE,
            "{role}: {}",
            docs.len()
        );
        for d in docs {
            let size = serde_json::to_string(d)
                .unwrap()
                .chars()
                .filter(|c| !c.is_whitespace())
                .count();
            assert!(size <= iamplan::roles::MAX_POLICY_CHARS, "{role}: {size}");
        }
    }
    assert!(stderr(&o).contains("widened"), "{}", stderr(&o));
}

/// The roles come from one pass over the deploy and destroy phases, which shares each
/// resource's values between them: it must give exactly the requirements (phase, action,
/// resource, condition, address, reason) of the two predictions made apart, on every plan we
/// have, including one large enough to be shared between threads.
#[test]
fn one_pass_gives_the_deploy_and_destroy_predictions() {
    use iamplan::plan;
    use iamplan::predict::{self, Phase, Requirement, ScopeFlags};
    type Key = (Phase, String, String, String, String, String);
    let key = |r: &Requirement| -> Key {
        (
            r.phase,
            r.action.to_string(),
            r.resource.to_string(),
            format!("{:?}", r.condition),
            r.because.address.to_string(),
            r.because.reason.describe(),
        )
    };
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(root().join("testdata"))
        .unwrap()
        .map(|e| e.unwrap().path().join("plan.json"))
        .filter(|p| p.is_file())
        .collect();
    let mut big = None;
    if let Some(sh) = shared() {
        files.extend(plans_in(&sh.join("plans")));
        files.extend(plans_in(&sh.join("plans/edge_cases")));
        let path = big_plan(&sh, 2_000);
        files.push(path.clone());
        big = Some(path);
    }
    assert!(files.len() > 20, "{files:?}");
    let flags = ScopeFlags::default();
    for f in &files {
        let input = plan::load::read(f.to_str().unwrap()).unwrap();
        let p = plan::parse(&input.name, &input.text).unwrap();
        let mut apart: Vec<Key> = Vec::new();
        for phase in [Phase::Deploy, Phase::Destroy] {
            let pred = predict::predict(&p, phase, &flags).unwrap();
            apart.extend(pred.requirements.iter().map(key));
        }
        let (pred, together) =
            predict::predict_deploy_and_destroy_into(&p, &flags, Vec::new).unwrap();
        let mut together: Vec<Key> = together.iter().map(key).collect();
        apart.sort();
        together.sort();
        assert_eq!(together, apart, "{}", f.display());
        // What the prediction reports besides requirements is the deploy phase's.
        let deploy = predict::predict(&p, Phase::Deploy, &flags).unwrap();
        assert_eq!(pred.caller, deploy.caller, "{}", f.display());
        assert_eq!(
            format!("{:?}", pred.coverage),
            format!("{:?}", deploy.coverage),
            "{}",
            f.display()
        );
        assert_eq!(pred.changes(), deploy.changes(), "{}", f.display());
    }
    if let Some(big) = big {
        let _ = std::fs::remove_file(big);
    }
}
