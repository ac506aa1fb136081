//! `iamplan module <DIR>`: the provisioning role a Terraform module needs over its lifecycle,
//! predicted from its source alone (no plan, no credentials), and validation of the role the
//! module ships (`--policy`). The module is read (`config`), its expressions evaluated where
//! they are literal (`eval`, `strict`, `funcs`) within documented limits (`limits`: a module is
//! third-party input), its resources expanded into instances and a plan `configuration`
//! (`expand`), and written as synthetic `terraform show -json` plans (`synth`) that the plan
//! engine predicts like any plan (`lifecycle`): a module and a plan of the same configuration
//! get their permissions from the same code. Validation reads the shipped role (`shipped`) and
//! evaluates it with `check`'s evaluator, so findings and exit codes are those of `check`.

pub mod config;
pub mod eval;
pub mod expand;
mod funcs;
pub mod lifecycle;
pub mod limits;
pub mod shipped;
mod strict;
pub mod synth;

use crate::bail;
use crate::check::{self, PolicySet};
use crate::cli::{CheckFormat, ModuleArgs, PolicyFormat};
use crate::error::Result;
use crate::{app, report};
use std::path::Path;

/// The file `--write-role` writes into the module directory.
pub const ROLE_FILE: &str = "iamplan-role.tf";

/// The name of the policy document (and policy resource) in terraform output.
const DOC_NAME: &str = "iamplan_module";

/// What the role covers, for report headers.
const COVERS: &str = "plan, create, update and delete of every resource";

pub fn run(a: ModuleArgs) -> Result<u8> {
    if a.write_role && a.format != PolicyFormat::Terraform {
        bail!("--write-role writes Terraform: use it with --format terraform");
    }
    if a.write_role && a.policy.is_some() {
        bail!("--write-role and --policy do not go together: write the role, then validate it");
    }
    if a.excess && a.policy.is_none() {
        bail!("--excess needs --policy FILE (the role to look for unused grants in)");
    }
    let dir = Path::new(&a.dir);
    let limits = limits(&a);
    let tree = config::load(dir, &limits)?;
    for n in &tree.notes {
        eprintln!("iamplan: note: {n}");
    }
    for u in &tree.unresolved {
        eprintln!(
            "iamplan: warning: {} (source \"{}\") is not resolved: its permissions are NOT in the role; run `terraform init` in {} to read registry and git modules",
            u.address, u.source, a.dir
        );
    }
    let x = expand::expand(&tree, &limits)?;
    for addr in &x.never_created {
        eprintln!(
            "iamplan: note: {addr} has a literally empty count or for_each: never created, not in the role"
        );
    }
    let role = lifecycle::predict_role(&x, &app::scope_flags(&a.scope, false))?;
    let pred = &role.prediction;
    app::report_coverage_of(pred, "role");
    if let Some(p) = &a.policy {
        return validate(&a, p, &role);
    }
    if role.doc.statements.is_empty() {
        eprintln!("iamplan: note: this module needs no AWS permissions");
    }
    let text = match a.format {
        PolicyFormat::Json => role.doc.to_json_pretty(),
        PolicyFormat::Markdown => markdown(&a.dir, &tree, &role),
        PolicyFormat::Terraform if a.write_role => {
            let path = dir.join(ROLE_FILE);
            let text = role_file(dir, &tree, &role);
            if let Err(e) = std::fs::write(&path, text) {
                bail!("{}: cannot write the role file: {e}", path.display());
            }
            eprintln!("iamplan: wrote {}", path.display());
            return Ok(0);
        }
        PolicyFormat::Terraform => {
            let mut out = comments(&tree, &role);
            out.push_str(&report::terraform::document(DOC_NAME, &role.doc));
            out
        }
    };
    app::emit(&text)?;
    Ok(0)
}

fn limits(a: &ModuleArgs) -> limits::Limits {
    limits::Limits {
        instances: a.max_instances,
        total_instances: a.max_total_instances,
        collection: a.max_collection_size,
        depth: a.max_depth as usize,
        steps: a.max_eval_steps,
    }
}

/// Header comments of terraform output: what the policy covers and what it does not.
fn comments(tree: &config::Tree, role: &lifecycle::Role) -> String {
    let mut out = format!("# iamplan: module role ({COVERS})\n");
    if let Some(l) = report::unmapped_line(&role.prediction) {
        out.push_str(&format!("# WARNING: {l}\n"));
    }
    for u in &tree.unresolved {
        out.push_str(&format!(
            "# WARNING: {} (source \"{}\") is not resolved; its permissions are NOT in this policy\n",
            u.address, u.source
        ));
    }
    for c in &role.prediction.caller {
        out.push_str(&format!(
            "# The caller (not this role) needs {} on {} ({}).\n",
            c.action, c.resource, c.because
        ));
    }
    out
}

/// The role file a module ships: the policy document and a policy resource made from it. It
/// starts with [`config::GENERATED_MARKER`], so reading the module again skips it.
fn role_file(dir: &Path, tree: &config::Tree, role: &lifecycle::Role) -> String {
    let name = std::fs::canonicalize(dir)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "module".to_string());
    // IAM policy names allow [\w+=,.@-].
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "+=,.@_-".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    let mut out = format!(
        "{} (--format terraform --write-role): the provisioning policy this\n# module needs ({COVERS}).\n# Regenerate it when the module changes; check it with\n# `iamplan module <DIR> --policy <DIR>/{ROLE_FILE}`.\n",
        config::GENERATED_MARKER
    );
    out.push_str(
        comments(tree, role)
            .split_once('\n')
            .map_or("", |(_, rest)| rest),
    );
    out.push('\n');
    out.push_str(&report::terraform::document(DOC_NAME, &role.doc));
    out.push_str(&format!(
        "\nresource \"aws_iam_policy\" \"{DOC_NAME}\" {{\n{}}}\n",
        report::terraform::attrs(
            "  ",
            &[
                (
                    "name_prefix",
                    report::terraform::q(&format!("iamplan-{name}-"))
                ),
                (
                    "description",
                    report::terraform::q(&format!(
                        "Provisioning policy of the {name} module (generated by iamplan)"
                    )),
                ),
                (
                    "policy",
                    format!("data.aws_iam_policy_document.{DOC_NAME}.json")
                ),
            ],
        )
    ));
    out
}

/// The plan report's markdown, headed for a module, with unresolved module calls listed.
fn markdown(dir: &str, tree: &config::Tree, role: &lifecycle::Role) -> String {
    let text = report::markdown::render(dir, &role.prediction, &role.summary, &role.doc);
    let mut out = String::new();
    for (i, line) in text.split_inclusive('\n').enumerate() {
        match i {
            0 => out.push_str(&format!("# iamplan: module role ({COVERS})\n")),
            _ if line.starts_with("Plan: ") => {
                out.push_str(&format!("Module: `{}`\n", dir.replace('|', "\\|")))
            }
            _ if line.starts_with("## Policy") && !tree.unresolved.is_empty() => {
                out.push_str("## Unresolved module sources (NOT in the policy)\n\n");
                for u in &tree.unresolved {
                    out.push_str(&format!("- `{}`: `{}`\n", u.address, u.source));
                }
                out.push('\n');
                out.push_str(line);
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// `--policy`: does the shipped role allow the module's lifecycle? Findings and exit codes
/// as `check`.
fn validate(a: &ModuleArgs, policy: &str, role: &lifecycle::Role) -> Result<u8> {
    let shipped = shipped::read(Path::new(policy), &limits(a))?;
    for n in &shipped.notes {
        eprintln!("iamplan: note: {n}");
    }
    let doc = check::policy_set::parse_doc(policy, &shipped.document)?;
    let set = PolicySet {
        identity: vec![doc],
        ..PolicySet::default()
    };
    let mut findings = check::evaluate_requirements(&set, &role.requirements);
    if a.excess {
        findings.extend(check::excess(&set, &role.requirements));
    }
    let subject = format!("module {}", a.dir);
    let policies = [policy.to_string()];
    let ctx = check::report::Context {
        plan: &subject,
        phase: "lifecycle",
        policies: &policies,
        unmapped: report::unmapped_line(&role.prediction),
    };
    // Findings have no Terraform form: `--format terraform` prints them as text.
    let format = match a.format {
        PolicyFormat::Json => CheckFormat::Json,
        PolicyFormat::Markdown => CheckFormat::Markdown,
        PolicyFormat::Terraform => CheckFormat::Text,
    };
    app::emit(&check::report::render(format, &ctx, &findings))?;
    Ok(check::exit_code(&findings, false))
}
