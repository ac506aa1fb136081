//! Snapshots of `iamplan policy` (json and markdown, every phase) on each real plan under
//! testdata/. A change in rules or engine shows up here as a reviewed diff.

mod common;
use common::*;

fn snapshot_case(case: &str) {
    let plan = format!("testdata/{case}/plan.json");
    for phase in ["plan", "deploy", "destroy"] {
        for format in ["json", "markdown"] {
            let o = bin()
                .current_dir(root())
                .args(["policy", &plan, "--phase", phase, "--format", format])
                .output()
                .unwrap();
            assert_eq!(
                o.status.code(),
                Some(0),
                "{case} {phase} {format}: {}",
                stderr(&o)
            );
            let name = format!("{case}__{phase}__{format}");
            let mut settings = insta::Settings::clone_current();
            settings.set_snapshot_path("snapshots/policy");
            settings.set_prepend_module_to_snapshot(false);
            settings.set_description(format!(
                "iamplan policy {plan} --phase {phase} --format {format}"
            ));
            settings.bind(|| insta::assert_snapshot!(name, stdout(&o)));
        }
    }
}

macro_rules! cases {
    ($($fn:ident => $case:literal),* $(,)?) => {
        $( #[test] fn $fn() { snapshot_case($case); } )*

        /// Every testdata case has a snapshot test above.
        #[test]
        fn every_case_is_snapshotted() {
            let listed = [$($case),*];
            for e in std::fs::read_dir(root().join("testdata")).unwrap() {
                let p = e.unwrap().path();
                if p.join("plan.json").exists() {
                    let name = p.file_name().unwrap().to_str().unwrap().to_string();
                    assert!(listed.contains(&name.as_str()), "testdata/{name} has no snapshot test");
                }
            }
        }
    };
}

cases! {
    aliased_provider => "aliased-provider",
    both_replace_orders => "both-replace-orders",
    count => "count",
    data_sources_oidc => "data-sources-oidc",
    deleted_resources => "deleted-resources",
    lambda_passrole => "lambda-passrole",
    destroy => "destroy",
    ephemeral_write_only => "ephemeral-write-only",
    mixed_actions => "mixed-actions",
    other_provider_google => "other-provider-google",
    other_provider_random => "other-provider-random",
    replace_create_first => "replace-create-first",
    s3_create_and_noop => "s3-create-and-noop",
    s3_tags_update => "s3-tags-update",
    sensitive => "sensitive",
    sensitive_name => "sensitive-name",
    terraform_1_14 => "terraform-1.14",
    terraform_1_14_actions => "terraform-1.14-actions",
    update => "update",
    utf16 => "utf16",
    v012_modules_update => "v012-modules-update",
    v012_aliased_providers => "v012-aliased-providers",
    provider_v6_region => "provider-v6-region",
    deferred_changes => "deferred-changes",
}
