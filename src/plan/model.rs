//! The serde model of a plan and its normalisation: change actions to [`ChangeAction`], state
//! module trees flattened to resource lists, and each structural fault turned into an error that
//! names the file and the entry.

use crate::bail;
use crate::error::{Error, Result};
use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

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
    /// Set when the change is to a deposed object of the instance rather than its current
    /// one: Terraform's key for a change is the address and this together.
    pub deposed: Option<Cow<'a, str>>,
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
    /// Why the plan is not the whole apply (deferred changes, errored, ...), also among the
    /// warnings; `--strict` fails on them.
    pub incomplete: Vec<String>,
    /// Set by the module reader on the plans it synthesizes from HCL, where a `*` in a value
    /// stands for a part unknown until apply (`${var.env}-alerts` as `*-alerts`): such a `*`
    /// is a wildcard, not a literal name to escape.
    pub partial_values: bool,
    pub changes: Vec<Change<'a>>,
    /// Resources that exist before apply (prior state), managed and data.
    pub prior: Vec<StateResource<'a>>,
    /// Resources that exist after apply (planned values).
    pub planned: Vec<StateResource<'a>>,
    /// The `configuration` object (provider blocks, modules, expressions), if present.
    pub configuration: Option<Value>,
    /// Input variable values, by name.
    pub variables: BTreeMap<String, Value>,
    /// Terraform 1.14+ `action_invocations`: provider actions the apply runs.
    pub actions: Vec<super::actions::ActionInvocation>,
    /// Ephemeral resources the plan refers to (Terraform 1.10+).
    pub ephemeral: Vec<super::ephemeral::EphemeralRef>,
    /// Configuration resources by module-qualified address, built on first lookup.
    pub(crate) config_index: once_cell::sync::OnceCell<super::configuration::ConfigIndex>,
}

#[derive(Deserialize)]
pub(super) struct RawPlan<'a> {
    pub(super) format_version: Option<String>,
    pub(super) terraform_version: Option<String>,
    #[serde(borrow)]
    pub(super) resource_changes: Option<Vec<RawChange<'a>>>,
    #[serde(borrow)]
    pub(super) prior_state: Option<RawState<'a>>,
    #[serde(borrow)]
    pub(super) planned_values: Option<RawValuesRoot<'a>>,
    #[serde(borrow)]
    pub(super) configuration: Option<&'a RawValue>,
    #[serde(borrow)]
    pub(super) variables: Option<&'a RawValue>,
    #[serde(borrow)]
    pub(super) values: Option<&'a RawValue>,
    #[serde(borrow)]
    pub(super) action_invocations: Option<&'a RawValue>,
    #[serde(borrow)]
    pub(super) relevant_attributes: Option<&'a RawValue>,
    #[serde(default)]
    pub(super) errored: Option<bool>,
    #[serde(default)]
    pub(super) complete: Option<bool>,
    #[serde(default)]
    pub(super) applyable: Option<bool>,
    #[serde(default)]
    pub(super) deferred_changes: Option<Vec<Deferred>>,
    #[serde(default)]
    pub(super) deferred_action_invocations: Option<Vec<IgnoredAny>>,
}

/// What a plan says about being the whole apply: Terraform 1.8+ defers changes it cannot plan
/// yet (`deferred_changes`, with `complete: false`), an errored plan stops part way, and one
/// marked not `applyable` will not be applied as it stands.
#[derive(Default, Debug, Clone)]
pub(super) struct Completeness {
    pub(super) errored: Option<bool>,
    pub(super) complete: Option<bool>,
    pub(super) applyable: Option<bool>,
    pub(super) deferred_changes: Option<Vec<Deferred>>,
    pub(super) deferred_action_invocations: Option<Vec<IgnoredAny>>,
}

#[derive(Deserialize, Debug, Clone)]
pub(super) struct Deferred {
    #[serde(default)]
    reason: Option<String>,
    #[serde(default)]
    resource_change: Option<DeferredChange>,
}

#[derive(Deserialize, Debug, Clone)]
struct DeferredChange {
    #[serde(default)]
    address: Option<String>,
    #[serde(rename = "type", default)]
    type_name: Option<String>,
    #[serde(default)]
    provider_name: Option<String>,
}

impl Completeness {
    /// One line per way the plan is not the whole apply (empty when it is).
    fn reasons(&self, name: &str, changes: &[Change<'_>]) -> Vec<String> {
        let mut out = Vec::new();
        if self.errored == Some(true) {
            out.push(format!("{name}: the plan errored (`errored: true`): Terraform stopped part way, so the changes it lists are partial"));
        }
        let deferred = self.deferred_changes.as_deref().unwrap_or_default();
        if !deferred.is_empty() {
            let mut named: Vec<String> = deferred
                .iter()
                .map(|d| {
                    let rc = d.resource_change.as_ref();
                    let address = rc
                        .and_then(|c| c.address.as_deref())
                        .unwrap_or("(no address)");
                    let aws = rc.is_some_and(|c| {
                        Plan::is_aws_provider(
                            c.provider_name.as_deref().unwrap_or(""),
                            c.type_name.as_deref().unwrap_or(""),
                        )
                    });
                    let reason = d.reason.as_deref().unwrap_or("no reason given");
                    format!("{address} ({reason}{})", if aws { "" } else { ", not AWS" })
                })
                .collect();
            named.sort();
            out.push(format!(
                "{name}: {} change(s) are deferred to a later plan and apply round (`deferred_changes`) and are not predicted: {}",
                named.len(),
                named.join(", ")
            ));
        }
        let actions = self
            .deferred_action_invocations
            .as_ref()
            .map_or(0, Vec::len);
        if actions > 0 {
            out.push(format!("{name}: {actions} action invocation(s) are deferred to a later round (`deferred_action_invocations`) and are not predicted"));
        }
        if self.complete == Some(false) && deferred.is_empty() && actions == 0 {
            out.push(format!("{name}: the plan is not complete (`complete: false`): Terraform needs another plan and apply round after this one"));
        }
        // Terraform also writes `applyable: false` for a plan with nothing to do.
        let changes_something = changes.iter().any(|c| c.action != ChangeAction::NoOp);
        if self.applyable == Some(false) && self.errored != Some(true) && changes_something {
            out.push(format!(
                "{name}: Terraform marks this plan not applyable (`applyable: false`)"
            ));
        }
        out
    }
}

#[derive(Deserialize)]
pub(super) struct RawChange<'a> {
    #[serde(borrow, default, deserialize_with = "borrowed")]
    pub(super) address: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    pub(super) module_address: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    pub(super) mode: Option<Cow<'a, str>>,
    #[serde(rename = "type", borrow, default, deserialize_with = "borrowed")]
    pub(super) type_name: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    pub(super) name: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    pub(super) provider_name: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    pub(super) deposed: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub(super) change: Option<RawChangeBody<'a>>,
}

#[derive(Deserialize)]
pub(super) struct RawChangeBody<'a> {
    pub(super) actions: Option<Vec<String>>,
    #[serde(borrow)]
    pub(super) before: Option<&'a RawValue>,
    #[serde(borrow)]
    pub(super) after: Option<&'a RawValue>,
    #[serde(borrow)]
    pub(super) after_unknown: Option<&'a RawValue>,
    #[serde(borrow)]
    pub(super) before_sensitive: Option<&'a RawValue>,
    #[serde(borrow)]
    pub(super) after_sensitive: Option<&'a RawValue>,
}

#[derive(Deserialize)]
pub(super) struct RawState<'a> {
    #[serde(borrow)]
    pub(super) values: Option<RawValuesRoot<'a>>,
}

#[derive(Deserialize)]
pub(super) struct RawValuesRoot<'a> {
    #[serde(borrow)]
    pub(super) root_module: Option<RawModule<'a>>,
}

#[derive(Deserialize)]
pub(super) struct RawModule<'a> {
    #[serde(borrow, default, deserialize_with = "borrowed")]
    pub(super) address: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub(super) resources: Vec<RawStateResource<'a>>,
    #[serde(borrow, default)]
    pub(super) child_modules: Vec<RawModule<'a>>,
}

#[derive(Deserialize)]
pub(super) struct RawStateResource<'a> {
    #[serde(borrow, default, deserialize_with = "borrowed")]
    pub(super) address: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    pub(super) mode: Option<Cow<'a, str>>,
    #[serde(rename = "type", borrow, default, deserialize_with = "borrowed")]
    pub(super) type_name: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "borrowed")]
    pub(super) provider_name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub(super) index: Option<&'a RawValue>,
    #[serde(borrow)]
    pub(super) values: Option<&'a RawValue>,
    #[serde(borrow)]
    pub(super) sensitive_values: Option<&'a RawValue>,
}

/// An optional string that borrows from the text when it has no escapes. serde borrows a
/// `Cow<str>` field but not an `Option<Cow<str>>`, which would cost an allocation for every
/// address, type and provider name of the plan.
fn borrowed<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<Cow<'de, str>>, D::Error> {
    struct Opt;
    struct Str;
    impl<'de> serde::de::Visitor<'de> for Str {
        type Value = Cow<'de, str>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            // As serde's own String visitor says it, so type errors read the same.
            f.write_str("a string")
        }
        fn visit_borrowed_str<E>(self, v: &'de str) -> std::result::Result<Self::Value, E> {
            Ok(Cow::Borrowed(v))
        }
        fn visit_str<E>(self, v: &str) -> std::result::Result<Self::Value, E> {
            Ok(Cow::Owned(v.to_string()))
        }
        fn visit_string<E>(self, v: String) -> std::result::Result<Self::Value, E> {
            Ok(Cow::Owned(v))
        }
    }
    impl<'de> serde::de::Visitor<'de> for Opt {
        type Value = Option<Cow<'de, str>>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("option")
        }
        fn visit_none<E>(self) -> std::result::Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E>(self) -> std::result::Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: serde::Deserializer<'de>>(
            self,
            d: D,
        ) -> std::result::Result<Self::Value, D::Error> {
            d.deserialize_string(Str).map(Some)
        }
    }
    d.deserialize_option(Opt)
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
    match super::split::parse(text) {
        Some(parts) => from_parts(name, parts),
        None => one_pass(name, text),
    }
}

/// A plan from what the two-thread read found; the checks left are those the one-pass parse
/// makes after reading the state trees, in the same order.
pub(super) fn from_parts<'a>(name: &str, p: super::split::Parts<'a>) -> Result<Plan<'a>> {
    let (format_version, warnings) = check_format(name, p.format_version)?;
    finish(
        name,
        format_version,
        warnings,
        p.terraform_version,
        p.changes,
        p.prior,
        p.planned,
        p.configuration,
        p.variables,
        p.completeness,
        p.action_invocations,
        p.relevant_attributes,
    )
}

/// The parse every message comes from: serde_json over the whole text in one pass.
pub(super) fn one_pass<'a>(name: &str, text: &'a str) -> Result<Plan<'a>> {
    let raw: RawPlan<'a> = serde_json::from_str(text).map_err(|e| json_error(name, &e))?;
    let changes = match raw.resource_changes {
        Some(changes) => {
            let mut out = Vec::with_capacity(changes.len());
            for (i, rc) in changes.into_iter().enumerate() {
                out.push(normalise_change(rc).map_err(|e| e.message(name, i))?);
            }
            out
        }
        None => {
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
            Vec::new()
        }
    };
    let (format_version, warnings) = check_format(name, raw.format_version)?;
    let completeness = Completeness {
        errored: raw.errored,
        complete: raw.complete,
        applyable: raw.applyable,
        deferred_changes: raw.deferred_changes,
        deferred_action_invocations: raw.deferred_action_invocations,
    };
    let prior = flatten(
        "prior_state",
        raw.prior_state
            .and_then(|s| s.values)
            .and_then(|v| v.root_module),
    )
    .map_err(|e| Error::new(format!("{name}: {e}")))?;
    let planned = flatten(
        "planned_values",
        raw.planned_values.and_then(|v| v.root_module),
    )
    .map_err(|e| Error::new(format!("{name}: {e}")))?;
    finish(
        name,
        format_version,
        warnings,
        raw.terraform_version,
        changes,
        prior,
        planned,
        raw.configuration,
        raw.variables,
        completeness,
        raw.action_invocations,
        raw.relevant_attributes,
    )
}

/// The format version, and a warning when it is newer than this build knows.
fn check_format(name: &str, format_version: Option<String>) -> Result<(String, Vec<String>)> {
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
    Ok((format_version, warnings))
}

#[allow(clippy::too_many_arguments)]
fn finish<'a>(
    name: &str,
    format_version: String,
    warnings: Vec<String>,
    terraform_version: Option<String>,
    changes: Vec<Change<'a>>,
    prior: Vec<StateResource<'a>>,
    planned: Vec<StateResource<'a>>,
    configuration: Option<&'a RawValue>,
    variables: Option<&'a RawValue>,
    completeness: Completeness,
    action_invocations: Option<&'a RawValue>,
    relevant_attributes: Option<&'a RawValue>,
) -> Result<Plan<'a>> {
    let mut changes = changes;
    let mut warnings = warnings;
    drop_repeated_changes(name, &mut changes, &mut warnings);
    let incomplete = completeness.reasons(name, &changes);
    warnings.extend(incomplete.iter().cloned());
    let actions = super::actions::parse(action_invocations)
        .map_err(|e| Error::new(format!("{name}: {e}")))?;
    // Most plans have no ephemeral resource: a text search spares them the walk.
    let mentions = configuration.is_some_and(|r| r.get().contains("ephemeral."))
        || relevant_attributes.is_some_and(|r| r.get().contains("ephemeral."));

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
    let ephemeral = if mentions {
        super::ephemeral::collect(configuration.as_ref(), relevant_attributes)
    } else {
        Vec::new()
    };
    Ok(Plan {
        name: name.to_string(),
        format_version,
        terraform_version: terraform_version.unwrap_or_else(|| "unknown".to_string()),
        warnings,
        incomplete,
        partial_values: false,
        changes,
        prior,
        planned,
        configuration,
        variables: vars,
        actions,
        ephemeral,
        config_index: once_cell::sync::OnceCell::new(),
    })
}

/// Terraform writes each change once, keyed by address (and deposed key). A repeated one means
/// an edited or joined file (one public fixture has such a copy), and everything keyed by
/// address downstream would pair every copy with every other. A copy identical to the first
/// is dropped with a warning; one that differs is kept and named, since either could be the
/// apply. One pass over the list.
fn drop_repeated_changes(name: &str, changes: &mut Vec<Change<'_>>, warnings: &mut Vec<String>) {
    // SipHash, not a fast unkeyed hash: the addresses come from the input.
    let mut seen: HashMap<(&str, Option<&str>), usize> = HashMap::with_capacity(changes.len());
    let mut drop = Vec::new();
    let mut warned: std::collections::HashSet<(&str, Option<&str>)> = Default::default();
    fn text(v: Option<&RawValue>) -> Option<&str> {
        v.map(RawValue::get)
    }
    for (i, c) in changes.iter().enumerate() {
        let Some(first) = seen.insert((&c.address, c.deposed.as_deref()), i) else {
            continue;
        };
        seen.insert((&c.address, c.deposed.as_deref()), first);
        let f = &changes[first];
        let same = f.action == c.action
            && text(f.before) == text(c.before)
            && text(f.after) == text(c.after)
            && text(f.after_unknown) == text(c.after_unknown);
        if !same {
            // Kept: either could be the apply, so both are predicted (a public fixture lists
            // both replace orders of one address). Named, once per address.
            if warned.insert((&c.address, c.deposed.as_deref())) {
                warnings.push(format!(
                    "{name}: resource_changes[{i}] repeats {}{} from resource_changes[{first}] with a different change (Terraform writes each change once; was the file edited or joined?); both are predicted",
                    c.address,
                    deposed_note(c.deposed.as_deref())
                ));
            }
            continue;
        }
        if drop.is_empty() {
            warnings.push(format!(
                "{name}: resource_changes[{i}] repeats {}{} from resource_changes[{first}] (Terraform writes each change once); identical copies are read once",
                c.address,
                deposed_note(c.deposed.as_deref())
            ));
        }
        drop.push(i);
    }
    if !drop.is_empty() {
        let mut k = 0;
        let mut i = 0;
        changes.retain(|_| {
            let keep = drop.get(k) != Some(&i);
            if !keep {
                k += 1;
            }
            i += 1;
            keep
        });
    }
}

fn deposed_note(deposed: Option<&str>) -> String {
    deposed.map_or_else(String::new, |d| format!(" (deposed object {d})"))
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

/// Why one entry of `resource_changes` cannot be read; worded with the file name and index
/// only when it is reported, so the common case builds no strings.
pub(super) enum ChangeFault {
    NoAddress,
    NoType(String),
    NoChange(String),
    NoActions(String),
    Actions(String, Vec<String>),
    Mode(String, String),
}

impl ChangeFault {
    pub(super) fn message(self, name: &str, i: usize) -> Error {
        let what = |addr: &str| format!("resource_changes[{i}] ({addr})");
        Error::new(match self {
            ChangeFault::NoAddress => format!("{name}: resource_changes[{i}] has no `address`"),
            ChangeFault::NoType(a) => format!("{name}: {} has no `type`", what(&a)),
            ChangeFault::NoChange(a) => format!("{name}: {} has no `change` object", what(&a)),
            ChangeFault::NoActions(a) => {
                format!("{name}: {} has no `change.actions`", what(&a))
            }
            ChangeFault::Actions(a, actions) => format!(
                "{name}: {} has unrecognised change.actions {actions:?}",
                what(&a)
            ),
            ChangeFault::Mode(a, m) => format!(
                "{name}: {} has unknown mode {m:?} (expected \"managed\" or \"data\")",
                what(&a)
            ),
        })
    }
}

fn mode_of(m: Option<&str>) -> std::result::Result<Mode, String> {
    match m {
        Some("managed") | None => Ok(Mode::Managed),
        Some("data") => Ok(Mode::Data),
        Some(other) => Err(other.to_string()),
    }
}

pub(super) fn normalise_change(rc: RawChange<'_>) -> std::result::Result<Change<'_>, ChangeFault> {
    let Some(address) = rc.address else {
        return Err(ChangeFault::NoAddress);
    };
    let Some(type_name) = rc.type_name else {
        return Err(ChangeFault::NoType(address.into_owned()));
    };
    let Some(change) = rc.change else {
        return Err(ChangeFault::NoChange(address.into_owned()));
    };
    let Some(actions) = change.actions else {
        return Err(ChangeFault::NoActions(address.into_owned()));
    };
    let Some(action) = normalise_actions(&actions) else {
        return Err(ChangeFault::Actions(address.into_owned(), actions));
    };
    let mode =
        mode_of(rc.mode.as_deref()).map_err(|m| ChangeFault::Mode(address.to_string(), m))?;
    Ok(Change {
        address,
        module_address: rc.module_address,
        mode,
        type_name,
        name: rc.name.unwrap_or(Cow::Borrowed("")),
        provider_name: rc.provider_name.unwrap_or(Cow::Borrowed("")),
        deposed: rc.deposed,
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

/// Module trees nested deeper than this are read only by the one-pass parse, whose recursion
/// limit then decides, exactly as it always has (see [`super::split`]).
pub(super) const DEEP_MODULES: usize = 48;

/// The resources of a state module tree, sorted by address. Errors lack the file name. An
/// address may repeat: Terraform 0.12 wrote child-module resources with their addresses
/// relative to the module (two modules' `aws_default_vpc.default` read the same), and deposed
/// objects share their instance's address.
pub(super) fn flatten<'a>(
    what: &str,
    root: Option<RawModule<'a>>,
) -> std::result::Result<Vec<StateResource<'a>>, String> {
    Ok(flatten_measured(what, root)?.0)
}

/// [`flatten`], and how deep the module tree went.
pub(super) fn flatten_measured<'a>(
    what: &str,
    root: Option<RawModule<'a>>,
) -> std::result::Result<(Vec<StateResource<'a>>, usize), String> {
    let mut out = Vec::new();
    let mut deepest = 0;
    let mut stack: Vec<(RawModule<'a>, usize)> = root.into_iter().map(|m| (m, 0)).collect();
    while let Some((m, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        for r in m.resources {
            let Some(address) = r.address else {
                return Err(format!("a resource in `{what}` has no `address`"));
            };
            let Some(type_name) = r.type_name else {
                return Err(format!("{what} resource {address} has no `type`"));
            };
            let mode = mode_of(r.mode.as_deref()).map_err(|m| {
                format!("{what} resource {address} has unknown mode {m:?} (expected \"managed\" or \"data\")")
            })?;
            let address = qualified(address, m.address.as_deref(), r.index);
            out.push(StateResource {
                address,
                mode,
                type_name,
                provider_name: r.provider_name.unwrap_or(Cow::Borrowed("")),
                values: is_null(r.values),
                sensitive_values: is_null(r.sensitive_values),
            });
        }
        stack.extend(m.child_modules.into_iter().map(|c| (c, depth + 1)));
    }
    sort_by_address(&mut out);
    Ok((out, deepest))
}

/// A state resource's full address. Terraform 0.12's JSON wrote resources of child modules
/// with their module-local address and the instance key apart (`aws_iam_role.default` with
/// `index: 0` inside `module.m`); read as written, two modules' resources would share one
/// address, and none would match its `resource_changes` entry.
fn qualified<'a>(
    address: Cow<'a, str>,
    module: Option<&str>,
    index: Option<&RawValue>,
) -> Cow<'a, str> {
    let module = module.filter(|m| !m.is_empty());
    let needs_module = module.is_some_and(|m| {
        !(address.starts_with(m) && address.as_bytes().get(m.len()) == Some(&b'.'))
    });
    let index = index
        .map(|i| i.get().trim())
        .filter(|i| *i != "null" && !address.ends_with(']'));
    if !needs_module && index.is_none() {
        return address;
    }
    let mut full = String::with_capacity(address.len() + 16);
    if let (true, Some(m)) = (needs_module, module) {
        full.push_str(m);
        full.push('.');
    }
    full.push_str(&address);
    if let Some(i) = index {
        full.push('[');
        full.push_str(i);
        full.push(']');
    }
    Cow::Owned(full)
}

/// `out.sort_by(|a, b| a.address.cmp(&b.address))`, quicker. Addresses in a large plan share
/// long prefixes (`module.copy_0001.module.db.`...) and live all over the plan's text, so
/// each comparison would fetch two of them and compare the shared part again. Instead the
/// bytes after what every address shares are taken once, 16 per address, into a compact
/// array that is sorted; only equal keys compare the addresses themselves.
fn sort_by_address(out: &mut Vec<StateResource<'_>>) {
    let Some(first) = out.first().map(|r| r.address.clone()) else {
        return;
    };
    let first = first.as_bytes();
    let common = out.iter().fold(first.len(), |n, r| {
        n.min(
            first
                .iter()
                .zip(r.address.as_bytes())
                .take_while(|(x, y)| x == y)
                .count(),
        )
    });
    let mut keys: Vec<(u128, u32)> = out
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let rest = &r.address.as_bytes()[common..];
            let mut k = [0u8; 16];
            let n = rest.len().min(16);
            k[..n].copy_from_slice(&rest[..n]);
            (u128::from_be_bytes(k), i as u32)
        })
        .collect();
    // Stable, and equal keys leave it to the bytes (a key pads with zeros, which a name may
    // hold): the order of the plain stable sort.
    keys.sort_by(|x, y| {
        x.0.cmp(&y.0).then_with(|| {
            out[x.1 as usize].address.as_bytes()[common..]
                .cmp(&out[y.1 as usize].address.as_bytes()[common..])
        })
    });
    let mut slots: Vec<Option<StateResource<'_>>> = out.drain(..).map(Some).collect();
    out.extend(
        keys.iter()
            .map(|&(_, i)| slots[i as usize].take().expect("each once")),
    );
}

impl<'a> Plan<'a> {
    /// Whether the hashicorp/aws provider serves a resource, by the provider address the plan
    /// gives it in any of the forms plans and states carry (see [`provider_type`]). A plan that
    /// names no provider (hand-built, or very old) leaves it to the type's prefix.
    pub fn is_aws_provider(provider_name: &str, type_name: &str) -> bool {
        if provider_name.trim().is_empty() {
            return type_name.starts_with("aws_");
        }
        provider_type(provider_name).eq_ignore_ascii_case("aws")
    }
}

/// The provider type an address names, whatever its form: Terraform 0.12 and 0.13 plans write
/// the bare type with its alias (`aws`, `aws.primary`); later ones the source address in any
/// registry (`registry.terraform.io/hashicorp/aws`, `registry.opentofu.org/hashicorp/aws`,
/// `example.com:8443/corp/aws`, `hashicorp/aws`); states and configuration keys add
/// `provider["…"].alias`, `provider.aws.alias`, `module.m.provider.aws` and `module.m:aws.alias`.
/// The type is the last path segment of the source, without its alias.
pub fn provider_type(provider_name: &str) -> &str {
    let mut s = provider_name.trim();
    if let Some(i) = s.find("provider[\"") {
        let inner = &s[i + "provider[\"".len()..];
        s = inner.split('"').next().unwrap_or(inner);
    } else {
        // `module.m.provider.aws.west` and `provider.aws`: what follows the last `provider.`
        // that starts a segment.
        let mut from = None;
        for (i, _) in s.match_indices("provider.") {
            if i == 0 || s.as_bytes()[i - 1] == b'.' {
                from = Some(i + "provider.".len());
            }
        }
        if let Some(f) = from {
            s = &s[f..];
        }
        // Configuration keys of module providers: `module.m:aws.west`.
        if let Some((_, rest)) = s.rsplit_once(':') {
            s = rest;
        }
    }
    let last = s.rsplit('/').next().unwrap_or(s);
    last.split('.').next().unwrap_or(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provider_type_reads_every_address_form() {
        for (name, want) in [
            ("aws", "aws"),
            ("aws.primary", "aws"),
            ("registry.terraform.io/hashicorp/aws", "aws"),
            ("registry.opentofu.org/hashicorp/aws", "aws"),
            ("example.com:8443/corp/aws", "aws"),
            ("hashicorp/aws", "aws"),
            (
                "provider[\"registry.terraform.io/hashicorp/aws\"].west",
                "aws",
            ),
            (
                "module.m.provider[\"registry.terraform.io/hashicorp/aws\"]",
                "aws",
            ),
            ("provider.aws.west", "aws"),
            ("module.net.provider.aws", "aws"),
            ("module.net:aws.west", "aws"),
            ("module.net:aws", "aws"),
            ("registry.terraform.io/hashicorp/awscc", "awscc"),
            ("awscc.x", "awscc"),
            ("registry.terraform.io/hashicorp/google", "google"),
            ("random", "random"),
            ("registry.terraform.io/example/aws-tools", "aws-tools"),
        ] {
            assert_eq!(provider_type(name), want, "{name}");
        }
        assert!(Plan::is_aws_provider("aws.secondary", "aws_s3_bucket"));
        assert!(Plan::is_aws_provider("", "aws_s3_bucket"));
        assert!(!Plan::is_aws_provider("", "google_storage_bucket"));
        assert!(!Plan::is_aws_provider("awscc", "awscc_s3_bucket"));
    }

    #[test]
    fn address_sort_is_the_plain_stable_sort() {
        let names = [
            "module.copy_0001.aws_instance.web[0]",
            "module.copy_0001.aws_instance.web",
            "module.copy_0000.module.db.aws_db_instance.this[0]",
            "module.copy_0001.aws_instance.web\u{0}x",
            "module.copy_0001.aws_instance.web",
            "module.copy_0000.aws_instance.web[\"é\"]",
            "module.copy_0000.aws_instance.web[\"è\"]",
            "module.copy_0001.aws_instance.we",
            "module.copy_0000.module.db.aws_db_instance.this[0]",
        ];
        let make = || -> Vec<StateResource<'static>> {
            names
                .iter()
                .enumerate()
                .map(|(i, n)| StateResource {
                    address: Cow::Borrowed(n),
                    mode: Mode::Managed,
                    // Tells equal addresses apart, to check their order is kept.
                    type_name: Cow::Owned(i.to_string()),
                    provider_name: Cow::Borrowed(""),
                    values: None,
                    sensitive_values: None,
                })
                .collect()
        };
        let mut plain = make();
        plain.sort_by(|a, b| a.address.cmp(&b.address));
        let mut quick = make();
        sort_by_address(&mut quick);
        let key = |v: &[StateResource]| {
            v.iter()
                .map(|r| format!("{}#{}", r.address, r.type_name))
                .collect::<Vec<_>>()
        };
        assert_eq!(key(&quick), key(&plain));
    }
}
