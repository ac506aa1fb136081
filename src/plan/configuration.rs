//! Reading the plan's `configuration` object: provider blocks (with constant expressions and
//! variable references resolved from the plan's `variables`), data sources declared in any
//! module, and which arguments a resource's configuration sets.

use super::Plan;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// Configuration blocks by module-qualified address. Looked up once or twice per resource,
/// so hashed with the cheap Fx hash rather than SipHash.
pub(crate) type ConfigIndex = HashMap<String, Value, crate::policy::FxBuild>;

/// One `provider` block of the configuration.
#[derive(Debug, Clone)]
pub struct ProviderConfig {
    /// The key resources use in `provider_config_key`, e.g. `aws`, `aws.east`, `module.x:aws`.
    pub key: String,
    pub name: String,
    /// The provider's source address (`registry.terraform.io/hashicorp/aws`) where the plan
    /// gives one (Terraform 0.13+): a local name need not be the type (`amazon = { source =
    /// "hashicorp/aws" }`).
    pub full_name: Option<String>,
    /// Arguments: constants as their value, anything computed as `null` in `unknown`.
    pub values: Value,
    pub unknown: Value,
}

/// A data source declared in configuration (no instance keys).
#[derive(Debug, Clone)]
pub struct ConfigData {
    pub address: String,
    pub type_name: String,
    /// Served by the hashicorp/aws provider (by its provider configuration key and type).
    pub is_aws: bool,
}

impl ProviderConfig {
    /// Whether this block configures the hashicorp/aws provider, in any registry.
    pub fn is_aws(&self) -> bool {
        super::provider_type(self.full_name.as_deref().unwrap_or(&self.name))
            .eq_ignore_ascii_case("aws")
    }
}

impl<'a> Plan<'a> {
    pub fn provider_configs(&self) -> Vec<ProviderConfig> {
        let mut out = Vec::new();
        let Some(Value::Object(pc)) = self
            .configuration
            .as_ref()
            .and_then(|c| c.get("provider_config"))
        else {
            return out;
        };
        for (key, p) in pc {
            let name = p
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or(key.as_str())
                .to_string();
            let (values, unknown) = match p.get("expressions") {
                Some(Value::Object(ex)) => self.resolve_block(ex),
                _ => (Value::Object(Map::new()), Value::Object(Map::new())),
            };
            let full_name = p
                .get("full_name")
                .and_then(Value::as_str)
                .map(str::to_string);
            out.push(ProviderConfig {
                key: key.clone(),
                name,
                full_name,
                values,
                unknown,
            });
        }
        out
    }

    /// Resolves a block's expressions to (values, unknown mask): constants and `var.x` from the
    /// plan's variables are known; anything else is unknown.
    fn resolve_block(&self, ex: &Map<String, Value>) -> (Value, Value) {
        let mut vals = Map::new();
        let mut unk = Map::new();
        for (k, e) in ex {
            let (v, u) = self.resolve_expr(e);
            vals.insert(k.clone(), v);
            unk.insert(k.clone(), u);
        }
        (Value::Object(vals), Value::Object(unk))
    }

    fn resolve_expr(&self, e: &Value) -> (Value, Value) {
        match e {
            // Nested blocks are lists of expression objects.
            Value::Array(items) => {
                let mut vs = Vec::new();
                let mut us = Vec::new();
                for it in items {
                    if let Value::Object(m) = it {
                        let (v, u) = self.resolve_block(m);
                        vs.push(v);
                        us.push(u);
                    }
                }
                (Value::Array(vs), Value::Array(us))
            }
            Value::Object(m) => {
                if let Some(c) = m.get("constant_value") {
                    return (c.clone(), Value::Bool(false));
                }
                if let Some(Value::Array(refs)) = m.get("references") {
                    // A bare variable reference resolves when the plan carries its value.
                    if let Some(var) = refs
                        .iter()
                        .filter_map(Value::as_str)
                        .find_map(|r| r.strip_prefix("var."))
                    {
                        if refs.len() == 1 {
                            if let Some(v) = self.variables.get(var) {
                                return (v.clone(), Value::Bool(false));
                            }
                        }
                    }
                    return (Value::Null, Value::Bool(true));
                }
                // A nested block given as one object.
                let (v, u) = self.resolve_block(m);
                (v, u)
            }
            _ => (Value::Null, Value::Bool(true)),
        }
    }

    /// Data sources declared anywhere in the configuration, with module-qualified addresses.
    pub fn config_data_sources(&self) -> Vec<ConfigData> {
        let mut out = Vec::new();
        if let Some(root) = self
            .configuration
            .as_ref()
            .and_then(|c| c.get("root_module"))
        {
            let providers = self
                .configuration
                .as_ref()
                .and_then(|c| c.get("provider_config"));
            walk_module(root, "", providers, &mut out);
        }
        out
    }

    /// The configuration block of the resource at `address` (instance keys ignored). Looked up
    /// in an index built once: every resource asks, and a linear search per resource would
    /// make large plans quadratic.
    pub fn config_resource(&self, address: &str) -> Option<&Value> {
        let index = self.config_index.get_or_init(|| {
            let mut m = HashMap::default();
            if let Some(root) = self
                .configuration
                .as_ref()
                .and_then(|c| c.get("root_module"))
            {
                index_module(root, "", &mut m);
            }
            m
        });
        if address.contains('[') {
            index.get(&base_address(address))
        } else {
            index.get(address)
        }
    }

    /// The configuration expressions of the resource at `address` (instance keys ignored);
    /// a resource declared with an empty body has none, which is different from not knowing.
    pub fn config_expressions(&self, address: &str) -> Option<&Map<String, Value>> {
        expressions_of(self.config_resource(address)?)
    }

    /// The provider configuration key a resource uses (`aws`, `aws.east`, `module.m:aws`).
    pub fn provider_config_key(&self, address: &str) -> Option<&str> {
        provider_key_of(self.config_resource(address)?)
    }
}

/// [`Plan::config_expressions`] of a configuration block already looked up.
pub fn expressions_of(resource: &Value) -> Option<&Map<String, Value>> {
    static EMPTY: once_cell::sync::Lazy<Map<String, Value>> = once_cell::sync::Lazy::new(Map::new);
    match resource.get("expressions") {
        Some(e) => e.as_object(),
        None => Some(&EMPTY),
    }
}

/// [`Plan::provider_config_key`] of a configuration block already looked up.
pub fn provider_key_of(resource: &Value) -> Option<&str> {
    resource.get("provider_config_key")?.as_str()
}

fn index_module(m: &Value, prefix: &str, out: &mut ConfigIndex) {
    if let Some(Value::Array(rs)) = m.get("resources") {
        for r in rs {
            if let Some(a) = r.get("address").and_then(Value::as_str) {
                out.insert(format!("{prefix}{a}"), r.clone());
            }
        }
    }
    if let Some(Value::Object(calls)) = m.get("module_calls") {
        for (name, call) in calls {
            if let Some(sub) = call.get("module") {
                index_module(sub, &format!("{prefix}module.{name}."), out);
            }
        }
    }
}

fn walk_module(m: &Value, prefix: &str, providers: Option<&Value>, out: &mut Vec<ConfigData>) {
    if let Some(Value::Array(rs)) = m.get("resources") {
        for r in rs {
            if r.get("mode").and_then(Value::as_str) != Some("data") {
                continue;
            }
            let (Some(addr), Some(t)) = (
                r.get("address").and_then(Value::as_str),
                r.get("type").and_then(Value::as_str),
            ) else {
                continue;
            };
            // Keys look like `aws`, `aws.east` or `module.x:aws`; the provider block they name
            // knows its source (`awscc` is another provider; a local name may differ).
            let key = r
                .get("provider_config_key")
                .and_then(Value::as_str)
                .unwrap_or("");
            let block = providers.and_then(|p| p.get(key));
            let source = block
                .and_then(|b| b.get("full_name").or_else(|| b.get("name")))
                .and_then(Value::as_str)
                .unwrap_or(key);
            out.push(ConfigData {
                address: format!("{prefix}{addr}"),
                type_name: t.to_string(),
                is_aws: super::Plan::is_aws_provider(source, t),
            });
        }
    }
    if let Some(Value::Object(calls)) = m.get("module_calls") {
        for (name, call) in calls {
            if let Some(sub) = call.get("module") {
                walk_module(sub, &format!("{prefix}module.{name}."), providers, out);
            }
        }
    }
}

/// Splits an address at dots outside brackets: `module.a["x.y"].aws_s3_bucket.b[0]`.
pub fn split_address(address: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut in_str = false;
    let mut start = 0;
    let bytes = address.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_str => i += 1,
            b'"' => in_str = !in_str,
            b'[' if !in_str => depth += 1,
            b']' if !in_str => depth -= 1,
            b'.' if !in_str && depth == 0 => {
                out.push(&address[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push(&address[start..]);
    out
}

/// `name["key"]` or `name[0]` to `name`.
pub fn strip_index(seg: &str) -> &str {
    match seg.find('[') {
        Some(i) => &seg[..i],
        None => seg,
    }
}

/// An address without any instance keys: `module.a[0].aws_x.y["k"]` to `module.a.aws_x.y`.
pub fn base_address(address: &str) -> String {
    let mut out = String::with_capacity(address.len());
    for (i, s) in split_address(address).into_iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(strip_index(s));
    }
    out
}
