//! Prediction: from a [`Plan`] and the rules database to the [`Requirement`]s of one phase.
//! Each requirement is one IAM action on one resource with the reason it is needed (address,
//! change, attribute, rule), which every output, `explain`, `check` and `verify` share.

pub mod arn;
mod phase;

pub use arn::ScopeFlags;
pub use phase::{
    changed_attributes, predict, predict_deploy_and_destroy_into, predict_into, CallerNeed,
    Coverage, Prediction, Sink,
};

use crate::rules::{Condition, Origin, Rule};
use std::fmt;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    Plan,
    Deploy,
    Destroy,
}

impl Phase {
    pub fn label(self) -> &'static str {
        match self {
            Phase::Plan => "plan",
            Phase::Deploy => "deploy",
            Phase::Destroy => "destroy",
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// What made a requirement necessary.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    /// Provider start-up (credentials, account id).
    Provider,
    /// Refresh of a managed resource that exists before the operation.
    Refresh,
    /// Read of a data source.
    DataSource,
    /// An ephemeral resource opened (by plan, apply and destroy alike).
    Ephemeral,
    Create,
    /// The read the provider makes after a create or update.
    ReadAfter,
    /// Update of an attribute; `fallback` when the rule does not know the attribute and every
    /// update action of the type is assumed.
    Update {
        attribute: Arc<str>,
        fallback: bool,
    },
    Delete,
    /// Authorization-only: a role handed to a service.
    PassRole {
        attribute: &'static str,
    },
    /// A provider action the apply invokes, and what triggers it (resource and event, or
    /// `-invoke`).
    Action {
        trigger: Arc<str>,
    },
}

impl Reason {
    pub fn describe(&self) -> String {
        match self {
            Reason::Provider => "provider start-up".into(),
            Reason::Refresh => "refresh (read)".into(),
            Reason::DataSource => "data source read".into(),
            Reason::Ephemeral => "ephemeral resource open (plan and apply)".into(),
            Reason::Create => "create".into(),
            Reason::ReadAfter => "read after create/update".into(),
            Reason::Update {
                attribute,
                fallback: false,
            } => format!("update of `{attribute}`"),
            Reason::Update {
                attribute,
                fallback: true,
            } => format!(
                "update of `{attribute}` (not known to the rule: every update action of the type)"
            ),
            Reason::Delete => "delete".into(),
            Reason::PassRole { attribute } => format!("role passed via `{attribute}`"),
            Reason::Action { trigger } => format!("action invocation, triggered by {trigger}"),
        }
    }
}

/// Why: the resource address, the change, and the rule block that asked for the action.
#[derive(Debug, Clone)]
pub struct Because {
    pub address: Arc<str>,
    pub reason: Reason,
    pub rule_type: &'static str,
    pub origin: Origin,
    /// Provenance of the rule block (or the entry, when the block has none).
    pub source: &'static str,
    /// The block's condition, if it had one.
    pub condition: Option<&'static Condition>,
    /// How the resource was found, when it took more than the resource's own values (the
    /// graph path to a passed role).
    pub detail: Option<Arc<str>>,
    /// The region the resource's own `region` argument (hashicorp/aws v6) puts it in, when
    /// that, not its provider's, scoped the requirement.
    pub region: Option<Arc<str>>,
}

/// One IAM action needed on one resource.
#[derive(Debug, Clone)]
pub struct Requirement {
    pub action: &'static str,
    /// An ARN, an ARN pattern, or `*`; shared by every requirement on the same resource.
    pub resource: Arc<str>,
    /// Condition (key, value) the grant may carry, e.g. iam:PassedToService.
    pub condition: Option<(&'static str, &'static str)>,
    pub phase: Phase,
    pub because: Because,
}

/// Convenience for building reasons from a rule.
pub(crate) fn because(
    address: &Arc<str>,
    reason: Reason,
    rule: &'static Rule,
    origin: Origin,
    block_source: Option<&'static str>,
    condition: Option<&'static Condition>,
) -> Because {
    Because {
        address: address.clone(),
        reason,
        rule_type: rule.type_name.as_str(),
        origin,
        source: block_source.unwrap_or(rule.source.as_str()),
        condition,
        detail: None,
        region: None,
    }
}
