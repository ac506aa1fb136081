//! A module's lifecycle role: the union of what its synthetic plans need (see `synth`): the
//! create plan's deploy phase (provider start-up, data source reads, create of everything
//! with the reads after it and authorization needs such as iam:PassRole), the update plan's
//! deploy phase (refresh, then update of every argument the module sets), and the create
//! plan's destroy phase (refresh and delete). All of it comes from the plan engine; this
//! module only chooses the plans and phases and merges the results.

use super::expand::Expanded;
use super::synth;
use crate::error::Result;
use crate::iam::policy::PolicyDocument;
use crate::plan;
use crate::predict::{self, Phase, Prediction, Requirement, ScopeFlags};
use crate::report::markdown::Summary;
use std::collections::BTreeMap;

/// The merged prediction of every phase, with its policy.
pub struct Role {
    pub doc: PolicyDocument,
    /// Every requirement of every phase (one action on one resource each, with its reason).
    pub requirements: Vec<Requirement>,
    /// Coverage, caller needs and per-address changes of the union, for the reports
    /// (`requirements` inside is empty: they are above).
    pub prediction: Prediction,
    pub summary: Summary,
}

/// The label markdown shows for a managed resource of the module.
const LIFECYCLE: &str = "create, update, delete";

/// The create-only plan's deploy phase: what the first apply of the module needs. This is
/// the part a real plan of the same configuration must agree with.
/// A plan [`synth`] wrote: its values' `*` are the evaluator's unknown parts.
fn synthesized(mut p: plan::Plan<'_>) -> plan::Plan<'_> {
    p.partial_values = true;
    p
}

pub fn predict_create(x: &Expanded, flags: &ScopeFlags) -> Result<Prediction> {
    let text = synth::create_plan(x);
    let p = synthesized(plan::parse("module (create plan)", &text)?);
    predict::predict(&p, Phase::Deploy, flags)
}

pub fn predict_role(x: &Expanded, flags: &ScopeFlags) -> Result<Role> {
    let create_text = synth::create_plan(x);
    let update_text = synth::update_plan(x);
    dump_plans(&create_text, &update_text)?;
    let create = synthesized(plan::parse("module (create plan)", &create_text)?);
    let update = synthesized(plan::parse("module (update plan)", &update_text)?);
    let deploy = predict::predict(&create, Phase::Deploy, flags)?;
    let updates = predict::predict(&update, Phase::Deploy, flags)?;
    let destroy = predict::predict(&create, Phase::Destroy, flags)?;

    let mut changes: BTreeMap<_, _> = BTreeMap::new();
    for (addr, &(label, type_name)) in deploy.changes() {
        let label = if label == "create" { LIFECYCLE } else { label };
        changes.insert(addr.clone(), (label, type_name));
    }
    let mut requirements = Vec::new();
    let mut caller = Vec::new();
    let coverage = deploy.coverage;
    for p in [
        deploy.requirements,
        updates.requirements,
        destroy.requirements,
    ] {
        requirements.extend(p);
    }
    for c in [deploy.caller, updates.caller, destroy.caller] {
        caller.extend(c);
    }
    caller.sort();
    caller.dedup();
    let mut summary = Summary::default();
    for r in &requirements {
        summary.add(r);
    }
    let doc = crate::policy::render(&requirements);
    Ok(Role {
        doc,
        requirements,
        prediction: Prediction::assembled(Phase::Deploy, caller, coverage, changes),
        summary,
    })
}

/// `IAMPLAN_MODULE_PLANS=DIR` writes the synthetic plans there, so `iamplan explain` can say
/// why the role holds an action (`explain DIR/create-plan.json 's3:*'`).
fn dump_plans(create: &str, update: &str) -> Result<()> {
    let Some(dir) = std::env::var_os("IAMPLAN_MODULE_PLANS") else {
        return Ok(());
    };
    let dir = std::path::PathBuf::from(dir);
    for (name, text) in [("create-plan.json", create), ("update-plan.json", update)] {
        let path = dir.join(name);
        if let Err(e) = std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(&path, text)) {
            crate::bail!("{}: cannot write the synthetic plan: {e}", path.display());
        }
    }
    Ok(())
}
