//! Provider actions (Terraform 1.14+ `action_invocations`): which phases each invocation
//! belongs to, and the requirements of its rule's `invoke` blocks, scoped from the
//! invocation's config values. Every invocation in a plan runs during that plan's apply, so it
//! is in the deploy phase. The destroy phase is `terraform destroy` of what the plan leaves:
//! an invocation triggered by a destroy event of a resource that remains fires again then,
//! while one triggered by the destroy of a resource this plan deletes has already run.

use super::{condition_holds, Ctx, Subject, Work};
use crate::plan::{
    ActionInvocation, ActionTrigger, ChangeAction, Mode, Plan, TriggerEvent, Values,
};
use crate::predict::arn;
use crate::predict::{because, Phase, Reason, Requirement};
use crate::rules::{BlockKind, Kind};
use once_cell::unsync::OnceCell;
use serde_json::value::RawValue;
use serde_json::Value;
use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::Arc;

/// Whether `terraform destroy` of what the plan leaves runs the invocation again: a destroy
/// event (or an event this build does not know, which may be one) of a resource that
/// remains. A resource the plan replaces remains, as its new object.
fn in_destroy(a: &ActionInvocation, deleted: &HashSet<&str>) -> bool {
    match &a.trigger {
        ActionTrigger::Lifecycle { resource, event } => {
            (event.is_destroy() || matches!(event, TriggerEvent::Other(_)))
                && !deleted.contains(resource.as_str())
        }
        ActionTrigger::Invoke { .. } | ActionTrigger::Unknown => false,
    }
}

/// The phase's action steps. With `also_destroy` (the deploy phase with the destroy phase
/// alongside), a step carries its destroy phase run too.
pub(super) fn invocations<'p>(
    plan: &'p Plan<'_>,
    phase: Phase,
    also_destroy: bool,
) -> Vec<Work<'p>> {
    if plan.actions.is_empty() {
        return Vec::new();
    }
    let deleted: HashSet<&str> = plan
        .changes
        .iter()
        .filter(|c| {
            c.mode == Mode::Managed
                && matches!(c.action, ChangeAction::Delete | ChangeAction::Forget)
        })
        .map(|c| &*c.address)
        .collect();
    plan.actions
        .iter()
        .filter_map(|a| {
            let destroy = in_destroy(a, &deleted);
            match phase {
                Phase::Plan => None,
                Phase::Deploy => Some(Work::Action(a, also_destroy && destroy)),
                Phase::Destroy => destroy.then_some(Work::Action(a, false)),
            }
        })
        .collect()
}

fn json(r: Option<&RawValue>) -> Value {
    r.and_then(|r| serde_json::from_str(r.get()).ok())
        .unwrap_or(Value::Null)
}

impl Ctx<'_, '_> {
    /// One invocation: its rule's `invoke` blocks, in this phase and (with `also_destroy`)
    /// the destroy phase too.
    pub(super) fn action(&mut self, a: &ActionInvocation, also_destroy: bool) {
        let Some(rule) = self.rule_for(Kind::Action, &a.type_name, &a.provider_name) else {
            return;
        };
        let address: Arc<str> = Arc::from(a.address.as_str());
        self.note_change(&address, "action invocation", rule.0.type_name.as_str());
        let subject = Subject {
            address: &a.address,
            values: Values::from_raw(
                a.config.as_deref(),
                a.config_unknown.as_deref(),
                a.config_sensitive.as_deref(),
            ),
            config: None,
            provider_key: None,
            type_name: &a.type_name,
            sets_region: false,
            own_region: OnceCell::new(),
            region: OnceCell::new(),
            arns: RefCell::new(Vec::new()),
        };
        // hashicorp/aws v6 actions take their own `region`.
        if let Some(r) = subject.values.str_at("region").filter(|r| !r.is_empty()) {
            let _ = subject.region.set(Arc::from(&*r));
        }
        let config = [
            json(a.config.as_deref()),
            json(a.config_unknown.as_deref()),
            json(a.config_sensitive.as_deref()),
        ];
        let reason = Reason::Action {
            trigger: Arc::from(a.trigger.describe().as_str()),
        };
        self.invoke(&address, rule, &subject, &config, &reason);
        if also_destroy {
            let phase = std::mem::replace(&mut self.phase, Phase::Destroy);
            self.invoke(&address, rule, &subject, &config, &reason);
            self.phase = phase;
        }
    }

    fn invoke(
        &mut self,
        address: &Arc<str>,
        (rule, origin): super::RuleRef,
        subject: &Subject,
        [config, unknown, sensitive]: &[Value; 3],
        reason: &Reason,
    ) {
        for b in rule.blocks(BlockKind::Invoke) {
            if !condition_holds(b, subject) {
                continue;
            }
            for action in &b.actions {
                let mut found: Vec<Arc<str>> = Vec::new();
                if self.scope.wildcard {
                    found.push(self.star.clone());
                } else {
                    let mut fall_back = true;
                    if let Some(t) = b.resource.as_deref() {
                        let region = self.region(subject);
                        let scope = [
                            self.scope.partition.clone(),
                            region.to_string(),
                            self.scope.account.clone(),
                        ];
                        let filled = arn::fill_each(
                            t,
                            config,
                            unknown,
                            sensitive,
                            [&scope[0], &scope[1], &scope[2]],
                        );
                        fall_back = false;
                        for r in filled {
                            // As for resources: a value unknown (or not an ARN of the
                            // action's resource types) must not become a wrong ARN.
                            if r != "*" && self.fits(action, &r) {
                                found.push(self.intern(&r));
                            } else {
                                fall_back = true;
                            }
                        }
                    }
                    if fall_back {
                        self.iam_patterns(rule, action, subject, &mut found);
                    }
                }
                found.sort();
                found.dedup();
                for resource in found {
                    self.out.push(Requirement {
                        action: action.as_str(),
                        resource,
                        condition: None,
                        phase: self.phase,
                        because: because(
                            address,
                            reason.clone(),
                            rule,
                            origin,
                            b.source.as_deref(),
                            b.condition.as_ref(),
                        ),
                    });
                }
            }
        }
    }
}
