//! The serde model of a plan and its normalisation: change actions to [`ChangeAction`], state
//! module trees flattened to resource lists, and each structural fault turned into an error that
//! names the file and the entry.

use crate::bail;
use crate::error::{Error, Result};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Formats this build understands; newer ones are read with a warning.
const KNOWN_FORMATS: &[&str] = &["0.1", "0.2", "1.0", "1.1", "1.2"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mode {
    Managed,
    Data,
}

/// A change's actions, normalised. Replacement keeps its order only for display: both orders
/// need the same permissions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeAction {
    NoOp,
    Create,
    Read,
    Update,
    Delete,
    Replace { create_first: bool },
    Forget,
}

impl ChangeAction {
    pub fn label(self) -> &'static str {
        match self {
            ChangeAction::NoOp => "no-op",
            ChangeAction::Create => "create",
            ChangeAction::Read => "read",
            ChangeAction::Update => "update",
            ChangeAction::Delete => "delete",
            ChangeAction::Replace {
                create_first: false,
            } => "replace (delete then create)",
            ChangeAction::Replace { create_first: true } => "replace (create then delete)",
            ChangeAction::Forget => "forget",
        }
    }
}

/// One entry of `resource_changes`.
#[derive(Debug)]
pub struct Change<'a> {
    pub address: Cow<'a, str>,
    pub module_address: Option<Cow<'a, str>>,
    pub mode: Mode,
    pub type_name: Cow<'a, str>,
    pub name: Cow<'a, str>,
    pub provider_name: Cow<'a, str>,
    pub action: ChangeAction,
    pub before: Option<&'a RawValue>,
    pub after: Option<&'a RawValue>,
    pub after_unknown: Option<&'a RawValue>,
    pub before_sensitive: Option<&'a RawValue>,
    pub after_sensitive: Option<&'a RawValue>,
}

/// A resource in `prior_state` or `planned_values`.
#[derive(Debug)]
pub struct StateResource<'a> {
    pub address: Cow<'a, str>,
    pub mode: Mode,
    pub type_name: Cow<'a, str>,
    pub provider_name: Cow<'a, str>,
    pub values: Option<&'a RawValue>,
    pub sensitive_values: Option<&'a RawValue>,
}

/// A loaded plan. Borrows the file's text.
#[derive(Debug)]
pub struct Plan<'a> {
    pub name: String,
    pub format_version: String,
    pub terraform_version: String,
    pub warnings: Vec<String>,
    pub changes: Vec<Change<'a>>,
    /// Resources that exist before apply (prior state), managed and data.
    pub prior: Vec<StateResource<'a>>,
    /// Resources that exist after apply (planned values).
    pub planned: Vec<StateResource<'a>>,
    /// The `configuration` object (provider blocks, modules, expressions), if present.
    pub configuration: Option<Value>,
    /// Input variable values, by name.
    pub variables: BTreeMap<String, Value>,
    /// Configuration resources by module-qualified address, built on first lookup.
    pub(crate) config_index: once_cell::unsync::OnceCell<std::collections::HashMap<String, Value>>,
}

#[derive(Deserialize)]
struct RawPlan<'a> {
    format_version: Option<String>,
    terraform_version: Option<String>,
    #[serde(borrow)]
    resource_changes: Option<Vec<RawChange<'a>>>,
    #[serde(borrow)]
    prior_state: Option<RawState<'a>>,
    #[serde(borrow)]
    planned_values: Option<RawValuesRoot<'a>>,
    #[serde(borrow)]
    configuration: Option<&'a RawValue>,
    #[serde(borrow)]
    variables: Option<&'a RawValue>,
    #[serde(borrow)]
    values: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct RawChange<'a> {
    #[serde(borrow)]
    address: Option<Cow<'a, str>>,
    #[serde(borrow)]
    module_address: Option<Cow<'a, str>>,
    #[serde(borrow)]
    mode: Option<Cow<'a, str>>,
    #[serde(rename = "type", borrow)]
    type_name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    provider_name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    change: Option<RawChangeBody<'a>>,
}

#[derive(Deserialize)]
struct RawChangeBody<'a> {
    actions: Option<Vec<String>>,
    #[serde(borrow)]
    before: Option<&'a RawValue>,
    #[serde(borrow)]
    after: Option<&'a RawValue>,
    #[serde(borrow)]
    after_unknown: Option<&'a RawValue>,
    #[serde(borrow)]
    before_sensitive: Option<&'a RawValue>,
    #[serde(borrow)]
    after_sensitive: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct RawState<'a> {
    #[serde(borrow)]
    values: Option<RawValuesRoot<'a>>,
}

#[derive(Deserialize)]
struct RawValuesRoot<'a> {
    #[serde(borrow)]
    root_module: Option<RawModule<'a>>,
}

#[derive(Deserialize)]
struct RawModule<'a> {
    #[serde(borrow, default)]
    resources: Vec<RawStateResource<'a>>,
    #[serde(borrow, default)]
    child_modules: Vec<RawModule<'a>>,
}

#[derive(Deserialize)]
struct RawStateResource<'a> {
    #[serde(borrow)]
    address: Option<Cow<'a, str>>,
    #[serde(borrow)]
    mode: Option<Cow<'a, str>>,
    #[serde(rename = "type", borrow)]
    type_name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    provider_name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    values: Option<&'a RawValue>,
    #[serde(borrow)]
    sensitive_values: Option<&'a RawValue>,
}

fn is_null(v: Option<&RawValue>) -> Option<&RawValue> {
    v.filter(|r| r.get() != "null")
}

/// Parses plan JSON text. `name` is used in messages.
pub fn parse<'a>(name: &str, text: &'a str) -> Result<Plan<'a>> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        bail!("{name}: expected a JSON object (the output of `terraform show -json <planfile>`), found an array");
    }
    let raw: RawPlan<'a> = serde_json::from_str(text).map_err(|e| json_error(name, &e))?;
    let Some(changes) = raw.resource_changes else {
        if raw.values.is_some() {
            bail!("{name}: this is a state file (`terraform show -json` without a plan file has `values` but no `resource_changes`); run `terraform show -json <planfile>`");
        }
        if raw.format_version.is_none() {
            bail!("{name}: not a Terraform plan: no `format_version` or `resource_changes`; expected the output of `terraform show -json <planfile>`");
        }
        if raw.planned_values.is_none() {
            bail!("{name}: not a Terraform plan: no `resource_changes` or `planned_values`");
        }
        // A plan with nothing to change may omit resource_changes in old versions.
        return finish(
            name,
            raw.format_version,
            raw.terraform_version,
            Vec::new(),
            raw.prior_state,
            raw.planned_values,
            raw.configuration,
            raw.variables,
        );
    };
    let mut out = Vec::with_capacity(changes.len());
    for (i, rc) in changes.into_iter().enumerate() {
        out.push(normalise_change(name, i, rc)?);
    }
    finish(
        name,
        raw.format_version,
        raw.terraform_version,
        out,
        raw.prior_state,
        raw.planned_values,
        raw.configuration,
        raw.variables,
    )
}

#[allow(clippy::too_many_arguments)]
fn finish<'a>(
    name: &str,
    format_version: Option<String>,
    terraform_version: Option<String>,
    changes: Vec<Change<'a>>,
    prior_state: Option<RawState<'a>>,
    planned_values: Option<RawValuesRoot<'a>>,
    configuration: Option<&'a RawValue>,
    variables: Option<&'a RawValue>,
) -> Result<Plan<'a>> {
    let Some(format_version) = format_version else {
        bail!("{name}: not a Terraform plan: no `format_version`");
    };
    let mut warnings = Vec::new();
    if !KNOWN_FORMATS.contains(&format_version.as_str()) {
        let major = format_version.split('.').next().unwrap_or("");
        if major != "0" && major != "1" {
            bail!("{name}: plan format_version {format_version} is not supported (this iamplan reads 0.1 to 1.2)");
        }
        warnings.push(format!(
            "{name}: plan format_version {format_version} is newer than this iamplan knows (up to 1.2); reading it as 1.2"
        ));
    }
    // Both trees were read in the one pass over the file; here they are only flattened.
    let prior = flatten(
        name,
        "prior_state",
        prior_state
            .and_then(|s| s.values)
            .and_then(|v| v.root_module),
    )?;
    let planned = flatten(
        name,
        "planned_values",
        planned_values.and_then(|v| v.root_module),
    )?;
    let configuration = match configuration {
        Some(r) => Some(
            serde_json::from_str::<Value>(r.get())
                .map_err(|e| Error::new(format!("{name}: `configuration` is malformed: {e}")))?,
        ),
        None => None,
    };
    let mut vars = BTreeMap::new();
    if let Some(r) = variables {
        let v: Value = serde_json::from_str(r.get())
            .map_err(|e| Error::new(format!("{name}: `variables` is malformed: {e}")))?;
        if let Value::Object(m) = v {
            for (k, v) in m {
                if let Some(val) = v.get("value") {
                    vars.insert(k, val.clone());
                }
            }
        }
    }
    Ok(Plan {
        name: name.to_string(),
        format_version,
        terraform_version: terraform_version.unwrap_or_else(|| "unknown".to_string()),
        warnings,
        changes,
        prior,
        planned,
        configuration,
        variables: vars,
        config_index: once_cell::unsync::OnceCell::new(),
    })
}

fn json_error(name: &str, e: &serde_json::Error) -> Error {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => Error::new(format!(
            "{name}: truncated JSON (ends at line {} column {}); regenerate it with `terraform show -json <planfile>`",
            e.line(),
            e.column()
        )),
        Category::Syntax => Error::new(format!(
            "{name}: invalid JSON at line {} column {}: {}",
            e.line(),
            e.column(),
            strip_position(&e.to_string())
        )),
        Category::Data => Error::new(format!(
            "{name}: not a Terraform plan: {} (line {} column {})",
            strip_position(&e.to_string()),
            e.line(),
            e.column()
        )),
        Category::Io => Error::new(format!("{name}: cannot read: {e}")),
    }
}

fn strip_position(s: &str) -> String {
    match s.find(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}

fn parse_mode(name: &str, what: &str, m: Option<&str>) -> Result<Mode> {
    match m {
        Some("managed") | None => Ok(Mode::Managed),
        Some("data") => Ok(Mode::Data),
        Some(other) => {
            bail!("{name}: {what} has unknown mode {other:?} (expected \"managed\" or \"data\")")
        }
    }
}

fn normalise_change<'a>(name: &str, i: usize, rc: RawChange<'a>) -> Result<Change<'a>> {
    let addr = rc.address.as_deref().unwrap_or("?").to_string();
    let what = format!("resource_changes[{i}] ({addr})");
    let Some(address) = rc.address else {
        bail!("{name}: resource_changes[{i}] has no `address`");
    };
    let Some(type_name) = rc.type_name else {
        bail!("{name}: {what} has no `type`");
    };
    let Some(change) = rc.change else {
        bail!("{name}: {what} has no `change` object");
    };
    let Some(actions) = change.actions else {
        bail!("{name}: {what} has no `change.actions`");
    };
    let action = normalise_actions(&actions).ok_or_else(|| {
        Error::new(format!(
            "{name}: {what} has unrecognised change.actions {actions:?}"
        ))
    })?;
    let mode = parse_mode(name, &what, rc.mode.as_deref())?;
    let rname = rc.name.unwrap_or(Cow::Borrowed(""));
    Ok(Change {
        address,
        module_address: rc.module_address,
        mode,
        type_name,
        name: rname,
        provider_name: rc.provider_name.unwrap_or(Cow::Borrowed("")),
        action,
        before: is_null(change.before),
        after: is_null(change.after),
        after_unknown: is_null(change.after_unknown),
        before_sensitive: is_null(change.before_sensitive),
        after_sensitive: is_null(change.after_sensitive),
    })
}

/// Maps Terraform's action lists to one normalised action.
pub fn normalise_actions(actions: &[String]) -> Option<ChangeAction> {
    let a: Vec<&str> = actions.iter().map(String::as_str).collect();
    Some(match a.as_slice() {
        ["no-op"] | [] => ChangeAction::NoOp,
        ["create"] => ChangeAction::Create,
        ["read"] => ChangeAction::Read,
        ["update"] => ChangeAction::Update,
        ["delete"] => ChangeAction::Delete,
        ["delete", "create"] => ChangeAction::Replace {
            create_first: false,
        },
        ["create", "delete"] => ChangeAction::Replace { create_first: true },
        ["forget"] => ChangeAction::Forget,
        // Terraform 1.7+: a replacement whose old object is forgotten, not destroyed.
        ["create", "forget"] | ["forget", "create"] => ChangeAction::Create,
        _ => return None,
    })
}

fn flatten<'a>(
    name: &str,
    what: &str,
    root: Option<RawModule<'a>>,
) -> Result<Vec<StateResource<'a>>> {
    let mut out = Vec::new();
    let mut stack: Vec<RawModule<'a>> = root.into_iter().collect();
    while let Some(m) = stack.pop() {
        for r in m.resources {
            let Some(address) = r.address else {
                bail!("{name}: a resource in `{what}` has no `address`");
            };
            let Some(type_name) = r.type_name else {
                bail!("{name}: {what} resource {address} has no `type`");
            };
            let mode = parse_mode(
                name,
                &format!("{what} resource {address}"),
                r.mode.as_deref(),
            )?;
            out.push(StateResource {
                address,
                mode,
                type_name,
                provider_name: r.provider_name.unwrap_or(Cow::Borrowed("")),
                values: is_null(r.values),
                sensitive_values: is_null(r.sensitive_values),
            });
        }
        stack.extend(m.child_modules);
    }
    out.sort_by(|a, b| a.address.cmp(&b.address));
    Ok(out)
}

impl<'a> Plan<'a> {
    /// Terraform's own flag names for the provider of a resource: AWS is the hashicorp/aws
    /// provider in any registry namespace, or the legacy bare "aws".
    pub fn is_aws_provider(provider_name: &str, type_name: &str) -> bool {
        if provider_name.is_empty() {
            return type_name.starts_with("aws_");
        }
        let last = provider_name.rsplit('/').next().unwrap_or(provider_name);
        last == "aws"
    }
}
