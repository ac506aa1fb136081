//! The Terraform backend configuration, from the sources Terraform itself merges, later ones
//! overriding earlier: the `terraform { backend "<type>" { ... } }` block in `.tf` files (read
//! with hcl-rs), the initialised `.terraform/terraform.tfstate` (which records
//! `-backend-config` values of the last init), then `-backend-config` files or `key=value`
//! pairs in order. Also OpenTofu's state encryption (1.7+): the `aws_kms` key providers of
//! `terraform { encryption { ... } }`, whose keys encrypt state (and plan files).

use crate::bail;
use crate::error::{Error, Result};
use hcl::{Body, Expression, Structure};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default)]
pub struct Backend {
    /// `s3`, `local`, `remote`, `cloud`, ...; None when no backend is configured (local).
    pub kind: Option<String>,
    pub config: Map<String, Value>,
    /// Where each part came from, for messages.
    pub sources: Vec<String>,
    /// OpenTofu `encryption` key providers of type `aws_kms`.
    pub kms_key_providers: Vec<KmsKeyProvider>,
}

/// `key_provider "aws_kms" "<name>" { kms_key_id = ..., region = ... }` in OpenTofu's
/// `encryption` block. A value that is not a literal (a variable, a local) is `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KmsKeyProvider {
    pub name: String,
    pub kms_key_id: Option<String>,
    pub region: Option<String>,
}

/// The `aws_kms` key providers of an `encryption` block. Its other arguments (methods,
/// `state`/`plan` blocks) are references, not literals: only these two literals are read.
fn encryption(body: &Body) -> Vec<KmsKeyProvider> {
    let mut keys = Vec::new();
    for s in body.iter() {
        let Structure::Block(b) = s else { continue };
        if b.identifier.as_str() == "key_provider"
            && b.labels.first().map(|l| l.as_str()) == Some("aws_kms")
        {
            {
                let text = |k: &str| {
                    b.body.iter().find_map(|s| match s {
                        Structure::Attribute(a) if a.key.as_str() == k => match literal(&a.expr) {
                            Some(Value::String(v)) if !v.is_empty() => Some(v),
                            _ => None,
                        },
                        _ => None,
                    })
                };
                keys.push(KmsKeyProvider {
                    name: b
                        .labels
                        .get(1)
                        .map(|l| l.as_str().to_string())
                        .unwrap_or_default(),
                    kms_key_id: text("kms_key_id"),
                    region: text("region"),
                });
            }
        }
    }
    keys
}

impl Backend {
    pub fn str(&self, key: &str) -> Option<&str> {
        self.config
            .get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    }
    pub fn bool(&self, key: &str) -> bool {
        match self.config.get(key) {
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => s == "true",
            _ => false,
        }
    }
    /// `role_arn` or `assume_role { role_arn }` (Terraform 1.6+).
    pub fn role_arn(&self) -> Option<&str> {
        self.str("role_arn").or_else(|| {
            self.config
                .get("assume_role")
                .and_then(|a| a.get("role_arn"))
                .and_then(Value::as_str)
        })
    }
}

fn literal(e: &Expression) -> Option<Value> {
    Some(match e {
        Expression::Null => Value::Null,
        Expression::Bool(b) => Value::Bool(*b),
        Expression::Number(n) => serde_json::to_value(n).ok()?,
        Expression::String(s) => Value::String(s.clone()),
        Expression::TemplateExpr(t) => match t.as_ref() {
            hcl::TemplateExpr::QuotedString(s) if !s.contains("${") => Value::String(s.clone()),
            _ => return None,
        },
        Expression::Array(a) => Value::Array(a.iter().map(literal).collect::<Option<_>>()?),
        Expression::Object(o) => {
            let mut m = Map::new();
            for (k, v) in o {
                let key = match k {
                    hcl::ObjectKey::Identifier(i) => i.as_str().to_string(),
                    hcl::ObjectKey::Expression(e) => match literal(e)? {
                        Value::String(s) => s,
                        _ => return None,
                    },
                    _ => return None,
                };
                m.insert(key, literal(v)?);
            }
            Value::Object(m)
        }
        _ => return None,
    })
}

/// Body attributes (and nested blocks as objects) as JSON; non-literal values are errors.
fn body_to_map(file: &str, body: &Body) -> Result<Map<String, Value>> {
    let mut m = Map::new();
    for s in body.iter() {
        match s {
            Structure::Attribute(a) => {
                let v = literal(&a.expr).ok_or_else(|| {
                    Error::new(format!(
                        "{file}: backend argument `{}` is not a literal (Terraform requires literals there)",
                        a.key.as_str()
                    ))
                })?;
                m.insert(a.key.as_str().to_string(), v);
            }
            Structure::Block(b) => {
                m.insert(
                    b.identifier.as_str().to_string(),
                    Value::Object(body_to_map(file, &b.body)?),
                );
            }
        }
    }
    Ok(m)
}

fn tf_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "tf"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

/// Reads the backend of the configuration at `path` (a directory or one `.tf` file), then
/// applies `-backend-config` overrides.
pub fn load(path: &Path, overrides: &[String]) -> Result<Backend> {
    let mut b = Backend::default();
    let (dir, files) = if path.is_dir() {
        (path.to_path_buf(), tf_files(path))
    } else if path.exists() {
        (
            path.parent().unwrap_or(Path::new(".")).to_path_buf(),
            vec![path.to_path_buf()],
        )
    } else {
        bail!("{}: no such file or directory (--backend takes the Terraform configuration directory or a .tf file)", path.display());
    };
    for f in &files {
        let name = f.display().to_string();
        let text = std::fs::read_to_string(f).map_err(|e| Error::new(format!("{name}: {e}")))?;
        let body: Body = hcl::parse(&text).map_err(|e| {
            Error::new(format!(
                "{name}: HCL syntax error: {}",
                first_line(&e.to_string())
            ))
        })?;
        for s in body.iter() {
            let Structure::Block(t) = s else { continue };
            if t.identifier.as_str() != "terraform" {
                continue;
            }
            for inner in t.body.iter() {
                let Structure::Block(bk) = inner else {
                    continue;
                };
                let kind = bk.identifier.as_str();
                if kind == "encryption" {
                    b.kms_key_providers.extend(encryption(&bk.body));
                    b.sources.push(format!("{name} (encryption)"));
                    continue;
                }
                if kind != "backend" && kind != "cloud" {
                    continue;
                }
                let kind = if kind == "cloud" {
                    "cloud".to_string()
                } else {
                    match bk.labels.first() {
                        Some(l) => l.as_str().to_string(),
                        None => bail!("{name}: backend block without a type label"),
                    }
                };
                b.kind = Some(kind);
                b.config = body_to_map(&name, &bk.body)?;
                b.sources.push(name.clone());
            }
        }
    }
    let init = dir.join(".terraform").join("terraform.tfstate");
    if init.exists() {
        let name = init.display().to_string();
        let v: Value = serde_json::from_str(
            &std::fs::read_to_string(&init).map_err(|e| Error::new(format!("{name}: {e}")))?,
        )
        .map_err(|e| Error::new(format!("{name}: invalid JSON: {e}")))?;
        if let Some(be) = v.get("backend") {
            if let Some(t) = be.get("type").and_then(Value::as_str) {
                b.kind = Some(t.to_string());
            }
            if let Some(Value::Object(c)) = be.get("config") {
                for (k, v) in c {
                    if !v.is_null() {
                        b.config.insert(k.clone(), v.clone());
                    }
                }
            }
            b.sources.push(name);
        }
    }
    for o in overrides {
        apply_override(&mut b, o)?;
    }
    Ok(b)
}

fn first_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One `-backend-config` value: a `key=value` pair, or a file of `key = "value"` lines / HCL.
fn apply_override(b: &mut Backend, o: &str) -> Result<()> {
    let p = Path::new(o);
    if !p.exists() {
        if let Some((k, v)) = o.split_once('=') {
            let v = v.trim().trim_matches('"');
            let val = match v {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                _ => Value::String(v.to_string()),
            };
            b.config.insert(k.trim().to_string(), val);
            b.sources.push(format!("-backend-config {}", k.trim()));
            return Ok(());
        }
        bail!("{o}: -backend-config is neither a file nor key=value");
    }
    let text = std::fs::read_to_string(p).map_err(|e| Error::new(format!("{o}: {e}")))?;
    let body: Body = hcl::parse(&text).map_err(|e| {
        Error::new(format!(
            "{o}: not a -backend-config file (key = \"value\" lines): {}",
            first_line(&e.to_string())
        ))
    })?;
    for (k, v) in body_to_map(o, &body)? {
        b.config.insert(k, v);
    }
    b.sources.push(o.to_string());
    Ok(())
}
