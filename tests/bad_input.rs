//! Every kind of bad input gets exit 2 and one actionable line on stderr, never a panic and
//! never a partial policy on stdout.

mod common;
use common::*;
use std::path::PathBuf;

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("iamplan-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn assert_input_error(path: &str, expect: &str) {
    for phase in ["plan", "deploy", "destroy"] {
        let o = run(&["policy", path, "--phase", phase]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{path}: exit code; stderr: {err}");
        assert!(o.stdout.is_empty(), "{path}: no partial output");
        assert_eq!(err.trim_end().lines().count(), 1, "{path}: one line: {err}");
        assert!(err.starts_with("iamplan: error: "), "{path}: {err}");
        assert!(!err.contains("panicked"), "{path}: {err}");
        assert!(err.contains(expect), "{path}: expected {expect:?} in {err}");
    }
}

#[test]
fn missing_file() {
    assert_input_error("/nonexistent/plan.json", "no such file");
}

#[test]
fn directory() {
    let d = std::env::temp_dir();
    assert_input_error(d.to_str().unwrap(), "directory");
}

#[test]
fn empty_file() {
    let p = tmp("empty.json", b"");
    assert_input_error(p.to_str().unwrap(), "empty file");
    let p = tmp("blank.json", b"  \n\t\n");
    assert_input_error(p.to_str().unwrap(), "empty file");
}

#[test]
fn truncated_json() {
    let full = std::fs::read_to_string(testdata("update").join("plan.json")).unwrap();
    let p = tmp("truncated.json", &full.as_bytes()[..full.len() / 2]);
    assert_input_error(p.to_str().unwrap(), "truncated JSON");
}

#[test]
fn invalid_json() {
    let p = tmp("invalid.json", b"{\"format_version\": \"1.2\", oops}");
    assert_input_error(p.to_str().unwrap(), "invalid JSON at line 1");
}

#[test]
fn json_array() {
    let p = tmp("array.json", b"[{\"format_version\": \"1.2\"}]");
    assert_input_error(p.to_str().unwrap(), "found an array");
}

#[test]
fn state_file() {
    let state = br#"{"format_version":"1.0","terraform_version":"1.5.7","values":{"root_module":{"resources":[]}}}"#;
    let p = tmp("state.json", state);
    assert_input_error(p.to_str().unwrap(), "state file");
}

#[test]
fn binary_tfplan() {
    let p = tmp("tfplan", b"PK\x03\x04\x14\x00\x00\x00\x08\x00tfplan-binary");
    assert_input_error(p.to_str().unwrap(), "binary plan file");
}

#[test]
fn hcl_source() {
    let p = tmp(
        "main.tf",
        b"provider \"aws\" {\n  region = \"eu-west-1\"\n}\n\nresource \"aws_s3_bucket\" \"b\" {}\n",
    );
    assert_input_error(p.to_str().unwrap(), "HCL source");
}

#[test]
fn change_missing() {
    let plan = br#"{"format_version":"1.2","terraform_version":"1.5.7","resource_changes":[
      {"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","provider_name":"registry.terraform.io/hashicorp/aws"}]}"#;
    let p = tmp("nochange.json", plan);
    assert_input_error(
        p.to_str().unwrap(),
        "aws_s3_bucket.b) has no `change` object",
    );
}

#[test]
fn unknown_actions() {
    let plan = br#"{"format_version":"1.2","resource_changes":[
      {"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","change":{"actions":["explode"]}}]}"#;
    let p = tmp("badactions.json", plan);
    assert_input_error(p.to_str().unwrap(), "unrecognised change.actions");
}

#[test]
fn unsupported_major_format() {
    let plan = br#"{"format_version":"2.0","resource_changes":[]}"#;
    let p = tmp("v2.json", plan);
    assert_input_error(p.to_str().unwrap(), "format_version 2.0 is not supported");
}

#[test]
fn newer_minor_format_warns_and_continues() {
    let plan = br#"{"format_version":"1.9","terraform_version":"1.20.0","resource_changes":[
      {"address":"aws_sqs_queue.q","mode":"managed","type":"aws_sqs_queue","name":"q","provider_name":"registry.terraform.io/hashicorp/aws",
       "change":{"actions":["create"],"before":null,"after":{"name":"q"},"after_unknown":{"arn":true}}}]}"#;
    let p = tmp("v19.json", plan);
    let o = run(&["policy", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("format_version 1.9 is newer"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn stdin_bad_input() {
    let o = run_stdin(&["policy", "-"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("<stdin>: empty file"), "{}", stderr(&o));
}

#[test]
fn usage_errors_exit_2() {
    let o = run(&["policy"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["policy", "x.json", "--phase", "apply"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
}

/// The binary the regression tests below run: `IAMPLAN_BIN` points them at another build (the
/// baseline `iamplan-base`, to see them fail there), else this one.
fn bin_under_test() -> std::process::Command {
    match std::env::var_os("IAMPLAN_BIN") {
        Some(b) => std::process::Command::new(b),
        None => bin(),
    }
}

/// [`bin_under_test`] with these arguments and no stdin, run to completion.
fn run_under_test(args: &[&str]) -> std::process::Output {
    bin_under_test()
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

/// A plan truncated while iamplan reads it is a read error at worst, never a signal. A
/// memory-mapped plan died with SIGBUS (exit 135, no message) when its pages went away.
#[test]
fn plan_shrinking_during_read_is_not_a_signal() {
    use std::os::unix::process::ExitStatusExt;
    let plan = std::fs::read_to_string(testdata("update").join("plan.json")).unwrap();
    let body = plan.trim_end().strip_suffix('}').expect("a JSON object");
    // A long member after the plan proper: the read touches every page of it.
    let big = format!("{body},\"padding\":\"{}\"}}\n", "x".repeat(24 << 20));
    let dir = std::env::temp_dir().join(format!("iamplan-shrink-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("plan.json");
    // Truncation lands at a different point of the read each time; a few are enough to hit
    // the mapped read's window (it dies on most of them).
    for delay_ms in [0u64, 2, 5, 10, 20, 40] {
        std::fs::write(&p, &big).unwrap();
        let child = bin_under_test()
            .args(["policy", p.to_str().unwrap()])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn iamplan");
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        std::fs::OpenOptions::new()
            .write(true)
            .open(&p)
            .unwrap()
            .set_len(100)
            .unwrap();
        let o = child.wait_with_output().unwrap();
        assert_eq!(
            o.status.signal(),
            None,
            "truncated after {delay_ms} ms: killed by a signal; stderr: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            matches!(o.status.code(), Some(0 | 2)),
            "truncated after {delay_ms} ms: {:?}",
            o.status
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `text` with the first entries of `resource_changes` (the array's text, without brackets)
/// replaced by `entries`.
fn with_changes(text: &str, entries: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    let mut v = v.as_object().unwrap().clone();
    v.insert(
        "resource_changes".into(),
        serde_json::from_str(&format!("[{entries}]")).unwrap(),
    );
    serde_json::to_string(&v).unwrap()
}

fn change_entries(text: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    v["resource_changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect()
}

/// `policy` of a plan with repeated changes: one warning line naming the first repeat, and
/// the policy of the plan with each change once, quickly (every copy used to meet every other
/// downstream).
fn assert_read_once(path: &std::path::Path, expect: &[&str], once: &str) {
    let t = std::time::Instant::now();
    let o = run_under_test(&["policy", path.to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(0), "{}: {err}", path.display());
    for e in expect {
        assert!(err.contains(e), "expected {e:?} in {err}");
    }
    assert_eq!(err.matches("repeats").count(), 1, "{err}");
    assert_eq!(stdout(&o), once);
    assert!(t.elapsed().as_secs() < 10, "{:?}", t.elapsed());
}

fn policy_of(path: &std::path::Path) -> String {
    let o = run_under_test(&["policy", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    stdout(&o)
}

/// Terraform writes each change once. 1,000 copies of two entries took 5 s in `policy` (every
/// copy met every other downstream); identical copies are read once, with a warning naming
/// the address.
#[test]
fn repeated_resource_changes_are_read_once() {
    let src = testdata("lambda-passrole").join("plan.json");
    let once = policy_of(&src);
    let text = std::fs::read_to_string(&src).unwrap();
    let entries = change_entries(&text);
    assert_eq!(entries.len(), 2);
    let pair = entries.join(",");
    let many = vec![pair.as_str(); 1000].join(",");
    let p = tmp(
        "repeated-changes.json",
        with_changes(&text, &many).as_bytes(),
    );
    let first = serde_json::from_str::<serde_json::Value>(&entries[0]).unwrap()["address"]
        .as_str()
        .unwrap()
        .to_string();
    assert_read_once(
        &p,
        &[&format!(
            "resource_changes[2] repeats {first} from resource_changes[0]"
        )],
        &once,
    );
    // The same from the two-thread reader, which large plans take.
    let pad = format!(
        ",{}",
        (0..6000)
            .map(|i| entries[0].replace(&first, &format!("{first}_{i}")))
            .collect::<Vec<_>>()
            .join(",")
    );
    let big = with_changes(&text, &format!("{}{pad},{}", entries[0], entries[0]));
    assert!(big.len() > 1 << 20, "{}", big.len());
    let p = tmp("repeated-changes-big.json", big.as_bytes());
    let unique = tmp(
        "repeated-changes-big-once.json",
        with_changes(&text, &format!("{}{pad}", entries[0])).as_bytes(),
    );
    assert_read_once(
        &p,
        &[&format!(
            "resource_changes[6001] repeats {first} from resource_changes[0]"
        )],
        &policy_of(&unique),
    );
}

/// A repeat with a different change is kept, and named: either could be the apply.
#[test]
fn a_differing_repeat_is_predicted_and_named() {
    let text = std::fs::read_to_string(testdata("lambda-passrole").join("plan.json")).unwrap();
    let entries = change_entries(&text);
    let mut other: serde_json::Value = serde_json::from_str(&entries[0]).unwrap();
    other["change"]["after"]["tags"] = serde_json::json!({"k": "v"});
    let plan = with_changes(&text, &format!("{},{},{other}", entries[0], entries[1]));
    let p = tmp("differing-repeat.json", plan.as_bytes());
    let o = run_under_test(&["policy", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("with a different change"),
        "{}",
        stderr(&o)
    );
}

/// A deposed object shares its address with the current one (Terraform keys a change by both):
/// that is a plan, not a repeat.
#[test]
fn a_deposed_change_is_not_a_repeat() {
    let text = std::fs::read_to_string(testdata("lambda-passrole").join("plan.json")).unwrap();
    let entries = change_entries(&text);
    let mut deposed: serde_json::Value = serde_json::from_str(&entries[0]).unwrap();
    deposed["deposed"] = "00000001".into();
    deposed["change"]["actions"] = serde_json::json!(["delete"]);
    let plan = with_changes(&text, &format!("{},{deposed},{}", entries[0], entries[1]));
    let p = tmp("deposed.json", plan.as_bytes());
    let o = run_under_test(&["policy", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let again = with_changes(&text, &format!("{deposed},{},{deposed}", entries[1]));
    let p = tmp("deposed-twice.json", again.as_bytes());
    let once = with_changes(&text, &format!("{deposed},{}", entries[1]));
    let once = policy_of(&tmp("deposed-once.json", once.as_bytes()));
    assert_read_once(
        &p,
        &["resource_changes[2] repeats", "(deposed object 00000001)"],
        &once,
    );
}

/// State trees may repeat an address, as Terraform 0.12 wrote child-module resources (relative
/// to their module) and as deposed objects do: those plans are read, and quickly.
#[test]
fn repeated_state_addresses_are_read() {
    let text = std::fs::read_to_string(testdata("lambda-passrole").join("plan.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let resources = v["planned_values"]["root_module"]["resources"].clone();
    let copies: Vec<serde_json::Value> = (0..2000).map(|_| resources[0].clone()).collect();
    let mut plan = v.clone();
    plan["planned_values"]["root_module"]["child_modules"] =
        serde_json::json!([{"address": "module.m", "resources": copies}]);
    plan["prior_state"] = serde_json::json!({"format_version": "1.0", "values": {"root_module": {
        "resources": [], "child_modules": [{"address": "module.m", "resources": copies}]}}});
    let p = tmp("repeated-state.json", plan.to_string().as_bytes());
    let t = std::time::Instant::now();
    let o = run_under_test(&["policy", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(t.elapsed().as_secs() < 10, "{:?}", t.elapsed());
}

/// `testdata/s3-tags-update` with its bucket renamed to `name`, and its capture likewise.
fn renamed_bucket(name: &str) -> (PathBuf, PathBuf) {
    let old = "iamplan-fixture-bucket";
    let plan = std::fs::read_to_string(testdata("s3-tags-update").join("plan.json")).unwrap();
    assert!(plan.contains(old));
    let cap =
        std::fs::read_to_string(testdata("captures").join("calls-tags-update.jsonl")).unwrap();
    let tag: String = name.chars().filter(char::is_ascii_alphanumeric).collect();
    (
        tmp(
            &format!("renamed-{tag}.json"),
            plan.replace(old, name).as_bytes(),
        ),
        tmp(
            &format!("renamed-{tag}.jsonl"),
            cap.replace(old, name).as_bytes(),
        ),
    )
}

fn ok_stdout(args: &[&str]) -> String {
    let o = run_under_test(args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

fn resources(policy: &serde_json::Value) -> Vec<String> {
    let mut out = Vec::new();
    for s in policy["Statement"].as_array().unwrap() {
        match &s["Resource"] {
            serde_json::Value::String(r) => out.push(r.clone()),
            v => out.extend(
                v.as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r.as_str().unwrap().to_string()),
            ),
        }
    }
    out
}

/// A Terraform string literal's value (the escapes `terraform::q` writes).
fn hcl_string(lit: &str) -> String {
    let inner = lit
        .trim()
        .strip_prefix('"')
        .unwrap()
        .strip_suffix('"')
        .unwrap();
    let mut out = String::new();
    let mut it = inner.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '\\' => match it.next() {
                Some('n') => out.push('\n'),
                Some(c) => out.push(c),
                None => {}
            },
            '$' | '%' if it.peek() == Some(&c) => {
                // `$${` is a literal `${`, `%%{` a literal `%{`.
                it.next();
                assert_eq!(it.peek(), Some(&'{'), "{lit}");
                out.push(c);
            }
            '$' | '%' => {
                assert_ne!(
                    it.peek(),
                    Some(&'{'),
                    "unescaped template sequence in {lit}"
                );
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A name's `$`, `*` and `?` are literal: in a JSON `Resource` they are IAM's escapes, so the
/// name neither becomes a policy variable nor widens the grant. Raw, `${name}` matched nothing
/// and `*` matched every bucket.
#[test]
fn names_with_policy_syntax_are_escaped() {
    let name = "tf-${name}-*-x?$";
    let (plan, _) = renamed_bucket(name);
    let plan = plan.to_str().unwrap();
    let json: serde_json::Value = serde_json::from_str(&ok_stdout(&["policy", plan])).unwrap();
    let rs = resources(&json);
    let escaped = "arn:aws:s3:::tf-${$}{name}-${*}-x${?}${$}";
    assert!(rs.iter().any(|r| r == escaped), "{rs:?}");
    assert!(
        !rs.iter().any(|r| r.contains(name)),
        "raw name in a Resource: {rs:?}"
    );
    // The Terraform format says the same once HCL's own escapes are undone.
    let hcl = ok_stdout(&["policy", plan, "--format", "terraform"]);
    let mut from_hcl: Vec<String> = Vec::new();
    for line in hcl.lines() {
        let l = line.trim().trim_end_matches(',');
        let l = l
            .strip_prefix("resources = [")
            .and_then(|l| l.strip_suffix(']'))
            .unwrap_or(l);
        if l.starts_with("\"arn:") {
            from_hcl.push(hcl_string(l));
        }
    }
    assert!(from_hcl.iter().any(|r| r == escaped), "{hcl}");
    let mut a: Vec<String> = rs.into_iter().filter(|r| r.starts_with("arn:")).collect();
    a.sort();
    a.dedup();
    from_hcl.sort();
    from_hcl.dedup();
    assert_eq!(a, from_hcl);
}

/// `check` reads the escaped policy as covering the literal name, and a raw one (the policy
/// variable `${name}`) as covering nothing; `verify` matches the escaped prediction with the
/// captured literal ARN.
#[test]
fn escaped_names_match_in_check_and_verify() {
    let name = "tf-${name}-x?$";
    let (plan, capture) = renamed_bucket(name);
    let plan = plan.to_str().unwrap();
    let policy = ok_stdout(&["policy", plan]);
    assert!(policy.contains("tf-${$}{name}-x${?}${$}"), "{policy}");
    let own = tmp("escaped-policy.json", policy.as_bytes());
    let o = run_under_test(&["check", plan, "--policy", own.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    // The same policy with the name raw: `${name}` is a variable iamplan cannot resolve.
    let raw = tmp(
        "raw-policy.json",
        policy.replace("tf-${$}{name}-x${?}${$}", name).as_bytes(),
    );
    let o = run_under_test(&["check", plan, "--policy", raw.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}{}", stdout(&o), stderr(&o));
    // Exit 1: the failed GetBucketOwnershipControls call is a gap in the fixture too.
    let o = run_under_test(&["verify", plan, "--capture", capture.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let v = stdout(&o);
    let gaps = v.split("unobserved").next().unwrap();
    assert!(gaps.contains("GetBucketOwnershipControls"), "{v}");
    assert!(!gaps.contains("PutBucketTagging"), "{v}");
}

/// An ARN copied whole from the plan must be one: a role ARN with a space in its account is
/// not put in the policy (any role of the account stands for it).
#[test]
fn malformed_plan_arns_are_not_copied() {
    let text = std::fs::read_to_string(testdata("lambda-passrole").join("plan.json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let bad = "arn:aws:iam:: 123456789012:role/x";
    for c in v["resource_changes"].as_array_mut().unwrap() {
        if c["type"] == "aws_lambda_function" {
            c["change"]["after"]["role"] = bad.into();
            c["change"]["after_unknown"]
                .as_object_mut()
                .unwrap()
                .remove("role");
        }
    }
    let p = tmp("malformed-arn.json", v.to_string().as_bytes());
    let out = ok_stdout(&["policy", p.to_str().unwrap()]);
    assert!(!out.contains(" 123456789012"), "{out}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let pass = json["Statement"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["Action"].to_string().contains("iam:PassRole"))
        .expect("a PassRole statement");
    assert_eq!(pass["Resource"], "arn:aws:iam::*:role/*", "{pass}");
}
