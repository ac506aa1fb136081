//! Ephemeral resources (Terraform 1.10+ `ephemeral` blocks) as a plan shows them, which is
//! barely: they are in no `resource_changes`, state or planned values, and Terraform's JSON
//! configuration leaves their blocks out too (checked with Terraform 1.11.4, see
//! testdata/ephemeral-write-only). What remains are references to them: `references` of any
//! expression in the configuration (resources, providers, outputs, module calls; relative to
//! the module they are in) and `relevant_attributes` (absolute). Each declared ephemeral
//! resource that something references is found once, by its address without instance keys.
//! One referenced only through a local value that nothing in the plan uses stays invisible.

use super::configuration::base_address;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::BTreeMap;

/// One ephemeral resource the plan refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EphemeralRef {
    /// `[module.<name>.]ephemeral.<type>.<name>`, without instance keys.
    pub address: String,
    pub type_name: String,
}

/// The ephemeral resource a reference names, with the module prefix it is relative to:
/// `ephemeral.aws_x.n[0].attr` in module `m` is `module.m.ephemeral.aws_x.n`.
fn referenced(prefix: &str, reference: &str) -> Option<EphemeralRef> {
    let at = if reference.starts_with("ephemeral.") {
        0
    } else {
        reference.find(".ephemeral.")? + 1
    };
    let rest = &reference[at + "ephemeral.".len()..];
    let (type_name, rest) = rest.split_once('.')?;
    let name_end = rest.find(['.', '[']).unwrap_or(rest.len());
    let name = &rest[..name_end];
    if type_name.is_empty() || name.is_empty() {
        return None;
    }
    let module = base_address(&format!("{prefix}{}", &reference[..at]));
    Some(EphemeralRef {
        address: format!("{module}ephemeral.{type_name}.{name}"),
        type_name: type_name.to_string(),
    })
}

#[derive(Deserialize)]
struct RelevantAttribute {
    resource: Option<String>,
}

/// Every ephemeral resource referenced by the configuration or `relevant_attributes`, sorted
/// by address. The configuration is walked with a work list, not recursion.
pub(super) fn collect(
    configuration: Option<&Value>,
    relevant: Option<&RawValue>,
) -> Vec<EphemeralRef> {
    let mut found: BTreeMap<String, EphemeralRef> = BTreeMap::new();
    let mut add = |prefix: &str, reference: &str| {
        if let Some(r) = referenced(prefix, reference) {
            found.entry(r.address.clone()).or_insert(r);
        }
    };
    if let Some(r) = relevant {
        let list: Vec<RelevantAttribute> = serde_json::from_str(r.get()).unwrap_or_default();
        for a in list {
            if let Some(res) = a.resource {
                add("", &res);
            }
        }
    }
    let Some(config) = configuration else {
        return found.into_values().collect();
    };
    // (value, module prefix of the references in it)
    let mut work: Vec<(&Value, String)> = Vec::new();
    if let Some(Value::Object(providers)) = config.get("provider_config") {
        for p in providers.values() {
            let prefix = p
                .get("module_address")
                .and_then(Value::as_str)
                .filter(|m| !m.is_empty())
                .map(|m| format!("{m}."))
                .unwrap_or_default();
            if let Some(e) = p.get("expressions") {
                work.push((e, prefix));
            }
        }
    }
    if let Some(root) = config.get("root_module") {
        work.push((root, String::new()));
    }
    while let Some((v, prefix)) = work.pop() {
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    match (k.as_str(), child) {
                        ("references", Value::Array(refs)) => {
                            for r in refs.iter().filter_map(Value::as_str) {
                                add(&prefix, r);
                            }
                        }
                        // A module call's arguments are the caller's; its body is the
                        // called module's, whose references are relative to it.
                        ("module_calls", Value::Object(calls)) => {
                            for (name, call) in calls {
                                let Value::Object(call) = call else {
                                    continue;
                                };
                                for (ck, cv) in call {
                                    if ck == "module" {
                                        work.push((cv, format!("{prefix}module.{name}.")));
                                    } else {
                                        work.push((cv, prefix.clone()));
                                    }
                                }
                            }
                        }
                        _ => work.push((child, prefix.clone())),
                    }
                }
            }
            Value::Array(items) => {
                work.extend(items.iter().map(|i| (i, prefix.clone())));
            }
            _ => {}
        }
    }
    found.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_in_modules_providers_and_relevant_attributes() {
        let config: Value = serde_json::from_str(
            r#"{"provider_config":{"m:aws":{"module_address":"module.m","expressions":
                  {"token":{"references":["ephemeral.aws_eks_cluster_auth.c.token","ephemeral.aws_eks_cluster_auth.c"]}}}},
                "root_module":{"resources":[{"expressions":{"password_wo":{"references":
                  ["ephemeral.aws_secretsmanager_secret_version.db[0].secret_string","var.x"]}}}],
                  "module_calls":{"m":{"expressions":{"seed":{"references":["ephemeral.random_password.p.result"]}},
                    "module":{"resources":[{"expressions":{"v":{"references":["ephemeral.aws_ssm_parameter.s"]}}}]}}}}}"#,
        )
        .unwrap();
        let relevant: Box<RawValue> = serde_json::from_str(
            r#"[{"resource":"module.m[\"a\"].ephemeral.aws_kms_secrets.k[0]","attribute":["plaintext"]},
                {"resource":"aws_s3_bucket.b","attribute":["arn"]}]"#,
        )
        .unwrap();
        let got: Vec<String> = collect(Some(&config), Some(&relevant))
            .into_iter()
            .map(|r| format!("{} {}", r.address, r.type_name))
            .collect();
        assert_eq!(
            got,
            [
                "ephemeral.aws_secretsmanager_secret_version.db aws_secretsmanager_secret_version",
                "ephemeral.random_password.p random_password",
                "module.m.ephemeral.aws_eks_cluster_auth.c aws_eks_cluster_auth",
                "module.m.ephemeral.aws_kms_secrets.k aws_kms_secrets",
                "module.m.ephemeral.aws_ssm_parameter.s aws_ssm_parameter",
            ]
        );
    }
}
