//! Ephemeral resources (Terraform 1.10+), on a real plan from Terraform 1.11.4 and provider
//! 5.100.0: found through the references to them, read in the plan, deploy and destroy
//! phases, named on stderr (and failing `--strict`) when their type has no rule.

mod common;
use common::*;

const PLAN: &str = "testdata/ephemeral-write-only/plan.json";

fn explain(pattern: &str, phase: &str) -> String {
    let o = bin()
        .current_dir(root())
        .args(["explain", PLAN, pattern, "--phase", phase])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    stdout(&o)
}

#[test]
fn ephemeral_reads_are_in_every_phase() {
    for phase in ["plan", "deploy", "destroy"] {
        let out = explain("secretsmanager:GetSecretValue", phase);
        assert!(
            out.contains("address:  ephemeral.aws_secretsmanager_secret_version.db\n"),
            "{phase}: {out}"
        );
        assert!(
            out.contains("because:  ephemeral resource open (plan and apply)"),
            "{phase}: {out}"
        );
        let out = explain("ssm:GetParameter", phase);
        assert!(
            out.contains("address:  ephemeral.aws_ssm_parameter.seed\n"),
            "{phase}: {out}"
        );
        // with_decryption may be set (the plan does not show the ephemeral's arguments).
        let out = explain("kms:Decrypt", phase);
        assert!(
            out.contains("address:  ephemeral.aws_ssm_parameter.seed\n"),
            "{phase}: {out}"
        );
    }
}

#[test]
fn an_ephemeral_type_without_a_rule_is_named_and_fails_strict() {
    let text = std::fs::read_to_string(root().join(PLAN)).unwrap();
    let changed = text.replace(
        "ephemeral.aws_ssm_parameter.seed",
        "ephemeral.aws_made_up_ephemeral.seed",
    );
    assert_ne!(text, changed);
    let o = run_stdin(&["policy", "-"], changed.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("ephemeral.aws_made_up_ephemeral (1)"),
        "{}",
        stderr(&o)
    );
    let o = run_stdin(&["policy", "-", "--strict"], changed.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let o = bin()
        .current_dir(root())
        .args(["policy", PLAN, "--strict"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
