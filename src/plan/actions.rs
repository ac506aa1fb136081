//! Terraform 1.14+ `action_invocations`: the provider actions an apply runs (a Lambda invoke,
//! a CloudFront invalidation, ...), each with its configuration values and what triggers it,
//! a resource's lifecycle event or `terraform apply -invoke`. Read tolerantly: every field may
//! be missing (the type then comes from the address), and both spellings of the trigger
//! event are understood, Terraform's own (`AfterCreate`, from Go's stringer) and the
//! documented one (`after_create`). Actions are few, so they are owned, not borrowed.

use serde::Deserialize;
use serde_json::value::RawValue;

/// The lifecycle event of a resource that triggers an action.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum TriggerEvent {
    BeforeCreate,
    AfterCreate,
    BeforeUpdate,
    AfterUpdate,
    BeforeDestroy,
    AfterDestroy,
    /// A spelling this build does not know, kept for messages.
    Other(String),
}

impl TriggerEvent {
    fn parse(s: &str) -> TriggerEvent {
        let key: String = s
            .chars()
            .filter(|c| *c != '_')
            .map(|c| c.to_ascii_lowercase())
            .collect();
        match key.as_str() {
            "beforecreate" => TriggerEvent::BeforeCreate,
            "aftercreate" => TriggerEvent::AfterCreate,
            "beforeupdate" => TriggerEvent::BeforeUpdate,
            "afterupdate" => TriggerEvent::AfterUpdate,
            "beforedestroy" => TriggerEvent::BeforeDestroy,
            "afterdestroy" => TriggerEvent::AfterDestroy,
            _ => TriggerEvent::Other(s.to_string()),
        }
    }

    /// The event as the configuration language spells it.
    pub fn label(&self) -> &str {
        match self {
            TriggerEvent::BeforeCreate => "before_create",
            TriggerEvent::AfterCreate => "after_create",
            TriggerEvent::BeforeUpdate => "before_update",
            TriggerEvent::AfterUpdate => "after_update",
            TriggerEvent::BeforeDestroy => "before_destroy",
            TriggerEvent::AfterDestroy => "after_destroy",
            TriggerEvent::Other(s) => s,
        }
    }

    pub fn is_destroy(&self) -> bool {
        matches!(
            self,
            TriggerEvent::BeforeDestroy | TriggerEvent::AfterDestroy
        )
    }
}

/// What makes an action run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionTrigger {
    /// An `action_trigger` in a resource's `lifecycle` block.
    Lifecycle {
        resource: String,
        event: TriggerEvent,
    },
    /// `terraform plan/apply -invoke=action...`, optionally on behalf of a resource.
    Invoke { calling_resource: Option<String> },
    /// Neither trigger is recorded.
    Unknown,
}

impl ActionTrigger {
    /// One line for `explain`: the triggering resource and event.
    pub fn describe(&self) -> String {
        match self {
            ActionTrigger::Lifecycle { resource, event } if resource.is_empty() => {
                format!("{} of a resource", event.label())
            }
            ActionTrigger::Lifecycle { resource, event } => {
                format!("{} of {resource}", event.label())
            }
            ActionTrigger::Invoke {
                calling_resource: Some(r),
            } => format!("-invoke (for {r})"),
            ActionTrigger::Invoke {
                calling_resource: None,
            } => "-invoke".to_string(),
            ActionTrigger::Unknown => "no recorded trigger".to_string(),
        }
    }
}

/// One entry of `action_invocations`.
#[derive(Debug)]
pub struct ActionInvocation {
    pub address: String,
    pub type_name: String,
    pub provider_name: String,
    /// `config_values` (unknown values left out), and its unknown and sensitive masks.
    pub config: Option<Box<RawValue>>,
    pub config_unknown: Option<Box<RawValue>>,
    pub config_sensitive: Option<Box<RawValue>>,
    pub trigger: ActionTrigger,
}

#[derive(Deserialize)]
struct RawAction {
    address: Option<String>,
    #[serde(rename = "type")]
    type_name: Option<String>,
    provider_name: Option<String>,
    config_values: Option<Box<RawValue>>,
    config_unknown: Option<Box<RawValue>>,
    config_sensitive: Option<Box<RawValue>>,
    lifecycle_action_trigger: Option<RawLifecycle>,
    invoke_action_trigger: Option<RawInvoke>,
}

#[derive(Deserialize)]
struct RawLifecycle {
    triggering_resource_address: Option<String>,
    action_trigger_event: Option<String>,
}

#[derive(Deserialize)]
struct RawInvoke {
    calling_resource_address: Option<String>,
}

/// The type in an action address: `action.<type>.<name>`, after any module path and before
/// any instance key.
fn type_from_address(address: &str) -> Option<&str> {
    let i = address.rfind("action.")?;
    let rest = &address[i + "action.".len()..];
    let t = rest.split('.').next()?;
    (!t.is_empty()).then_some(t)
}

fn null_free(v: Option<Box<RawValue>>) -> Option<Box<RawValue>> {
    v.filter(|r| r.get().trim() != "null")
}

/// Parses `action_invocations`; an error names the entry, without the file name.
pub(super) fn parse(raw: Option<&RawValue>) -> Result<Vec<ActionInvocation>, String> {
    let Some(raw) = raw else {
        return Ok(Vec::new());
    };
    let entries: Option<Vec<&RawValue>> = serde_json::from_str(raw.get())
        .map_err(|_| "`action_invocations` is not a list".to_string())?;
    let mut out = Vec::new();
    for (i, e) in entries.into_iter().flatten().enumerate() {
        let a: RawAction = serde_json::from_str(e.get())
            .map_err(|err| format!("action_invocations[{i}] is malformed: {err}"))?;
        let address = a.address.unwrap_or_default();
        let type_name = a
            .type_name
            .filter(|t| !t.is_empty())
            .or_else(|| type_from_address(&address).map(str::to_string))
            .unwrap_or_default();
        let trigger = match (a.lifecycle_action_trigger, a.invoke_action_trigger) {
            (Some(l), _) => ActionTrigger::Lifecycle {
                resource: l.triggering_resource_address.unwrap_or_default(),
                event: TriggerEvent::parse(l.action_trigger_event.as_deref().unwrap_or("")),
            },
            (None, Some(inv)) => ActionTrigger::Invoke {
                calling_resource: inv.calling_resource_address.filter(|r| !r.is_empty()),
            },
            (None, None) => ActionTrigger::Unknown,
        };
        out.push(ActionInvocation {
            address: if address.is_empty() {
                format!("action_invocations[{i}]")
            } else {
                address
            },
            type_name,
            provider_name: a.provider_name.unwrap_or_default(),
            config: null_free(a.config_values),
            config_unknown: null_free(a.config_unknown),
            config_sensitive: null_free(a.config_sensitive),
            trigger,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(t: &str) -> Result<Vec<ActionInvocation>, String> {
        let raw: Box<RawValue> = serde_json::from_str(t).unwrap();
        parse(Some(&raw))
    }

    #[test]
    fn both_event_spellings_and_missing_fields() {
        let v = parse_text(
            r#"[{"address":"action.aws_lambda_invoke.a","lifecycle_action_trigger":
                 {"triggering_resource_address":"aws_s3_object.o","action_trigger_event":"AfterCreate"}},
                {"type":"aws_sns_publish","lifecycle_action_trigger":{"action_trigger_event":"before_destroy"}},
                {"address":"module.m.action.aws_ec2_stop_instance.s[0]","invoke_action_trigger":{}},
                {"address":"action.x_y.z","config_values":null}]"#,
        )
        .unwrap();
        assert_eq!(v[0].type_name, "aws_lambda_invoke");
        assert_eq!(
            v[0].trigger,
            ActionTrigger::Lifecycle {
                resource: "aws_s3_object.o".into(),
                event: TriggerEvent::AfterCreate
            }
        );
        assert_eq!(v[1].address, "action_invocations[1]");
        assert!(
            matches!(&v[1].trigger, ActionTrigger::Lifecycle { event, .. } if event.is_destroy())
        );
        assert_eq!(v[2].type_name, "aws_ec2_stop_instance");
        assert_eq!(v[2].trigger.describe(), "-invoke");
        assert_eq!(v[3].trigger, ActionTrigger::Unknown);
        assert!(v[3].config.is_none());
    }

    #[test]
    fn malformed_entries_are_errors() {
        assert!(parse_text(r#"{"a":1}"#).is_err());
        let e = parse_text(r#"[{"address":7}]"#).unwrap_err();
        assert!(e.starts_with("action_invocations[0] is malformed"), "{e}");
    }
}
