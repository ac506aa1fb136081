//! The AWS service models `iamplan capture` identifies calls with, compiled into the binary:
//! `rules/aws-models/botocore.tsv.gz` (each service's signing name, endpoint prefix, protocols,
//! target prefix, API version and IAM prefix; each operation's name and, for the REST
//! protocols, method, URI template and the input members needed to tell operations apart and to
//! build resource ARNs) and `rules/aws-models/iamlive.tsv.gz` (iamlive's operation -> IAM action
//! map with its resource templates). Both are written by `scripts/refresh-aws-models.py`; see
//! `rules/aws-models/README.md` for sources, licences and refresh.
//!
//! Parsed once, on first use (a few milliseconds); the decompressed text is leaked on purpose so
//! every name is a `&'static str` borrowed from it, as `iam::reference` does with its snapshot.

use once_cell::sync::Lazy;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::io::Read;

static BOTOCORE_GZ: &[u8] = include_bytes!("../../rules/aws-models/botocore.tsv.gz");
static IAMLIVE_GZ: &[u8] = include_bytes!("../../rules/aws-models/iamlive.tsv.gz");

/// Where an input member travels on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// A `{label}` of the URI template.
    Label,
    /// A query-string parameter.
    Query,
    /// A header.
    Header,
    /// A top-level field of the body (form field, JSON or CBOR key).
    Body,
}

#[derive(Debug, Clone)]
pub struct Member {
    pub name: &'static str,
    pub location: Location,
    pub wire: &'static str,
    pub required: bool,
}

#[derive(Debug, Clone)]
pub struct Operation {
    pub name: &'static str,
    /// (HTTP method, request URI template), for the rest-json and rest-xml services.
    pub http: Option<(&'static str, &'static str)>,
    /// Only the members the snapshot keeps (see the refresh script).
    pub members: Vec<Member>,
}

#[derive(Debug)]
pub struct Service {
    /// botocore's service id (`aws <id> ...`, `boto3.client("<id>")`).
    pub id: &'static str,
    pub signing_name: &'static str,
    pub endpoint_prefix: &'static str,
    pub protocols: Vec<&'static str>,
    pub target_prefix: Option<&'static str>,
    pub json_version: Option<&'static str>,
    pub api_version: &'static str,
    /// The IAM action prefix, as the rules import derives it.
    pub iam_prefix: &'static str,
    /// Sorted by name.
    pub operations: Vec<Operation>,
}

impl Service {
    pub fn operation(&self, name: &str) -> Option<&Operation> {
        self.operations
            .binary_search_by(|o| o.name.cmp(name))
            .ok()
            .map(|i| &self.operations[i])
    }

    /// The REST protocol the service speaks, if any.
    pub fn rest_protocol(&self) -> Option<&'static str> {
        self.protocols
            .iter()
            .copied()
            .find(|p| *p == "rest-json" || *p == "rest-xml")
    }

    pub fn speaks(&self, protocol: &str) -> bool {
        self.protocols.contains(&protocol)
    }
}

/// One iamlive mapping entry of an operation.
#[derive(Debug, Clone, Deserialize)]
pub struct IamEntry {
    #[serde(rename = "a")]
    pub action: String,
    /// ARN placeholder -> iamlive template over the request's parameters.
    #[serde(rename = "r", default)]
    pub resources: BTreeMap<String, String>,
    /// A template for the whole resource ARN (e.g. `${Role}` for iam:PassRole).
    #[serde(rename = "o", default)]
    pub arn_override: Option<String>,
    /// Resource type -> ARN template replacing the IAM reference's.
    #[serde(rename = "ra", default)]
    pub resource_arns: BTreeMap<String, String>,
    /// The action is needed only when this holds.
    #[serde(rename = "c", default)]
    pub condition: Option<Condition>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Condition {
    pub lhs: String,
    pub op: String,
    #[serde(default)]
    pub rhs: Option<String>,
    #[serde(rename = "andCondition", default)]
    pub and: Option<Box<Condition>>,
}

pub struct Models {
    pub botocore_version: &'static str,
    pub services: Vec<Service>,
    by_signing: HashMap<&'static str, Vec<usize>>,
    by_prefix: HashMap<&'static str, Vec<usize>>,
    by_id: HashMap<&'static str, usize>,
    iamlive: HashMap<(&'static str, &'static str), &'static str>,
}

fn gunzip(bytes: &[u8]) -> &'static str {
    let mut s = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut s)
        .expect("embedded model snapshot is valid gzip'd UTF-8 (checked by tests)");
    Box::leak(s.into_boxed_str())
}

fn opt(s: &'static str) -> Option<&'static str> {
    (s != "-" && !s.is_empty()).then_some(s)
}

fn parse_members(field: &'static str) -> Vec<Member> {
    field
        .split(' ')
        .filter(|m| !m.is_empty() && *m != "-")
        .filter_map(|m| {
            let (required, m) = match m.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, m),
            };
            let (name, loc) = m.split_once('=')?;
            let (kind, wire) = loc.split_once(':')?;
            let location = match kind {
                "l" => Location::Label,
                "q" => Location::Query,
                "h" => Location::Header,
                "b" => Location::Body,
                _ => return None,
            };
            Some(Member {
                name,
                location,
                wire,
                required,
            })
        })
        .collect()
}

static MODELS: Lazy<Models> = Lazy::new(|| {
    let text = gunzip(BOTOCORE_GZ);
    let mut botocore_version = "";
    let mut services: Vec<Service> = Vec::with_capacity(450);
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# botocore ") {
            botocore_version = rest.split(';').next().unwrap_or("").trim();
            continue;
        }
        let f: Vec<&'static str> = line.split('\t').collect();
        match f.first().copied() {
            Some("S") if f.len() >= 9 => services.push(Service {
                id: f[1],
                signing_name: f[2],
                endpoint_prefix: f[3],
                protocols: f[4].split(',').collect(),
                target_prefix: opt(f[5]),
                json_version: opt(f[6]),
                api_version: f[7],
                iam_prefix: f[8],
                operations: Vec::new(),
            }),
            Some("O") if f.len() >= 2 => {
                let Some(svc) = services.last_mut() else {
                    continue;
                };
                let http = match (f.get(2).copied().and_then(opt), f.get(3).copied()) {
                    (Some(m), Some(u)) => Some((m, u)),
                    _ => None,
                };
                svc.operations.push(Operation {
                    name: f[1],
                    http,
                    members: f.get(4).map(|m| parse_members(m)).unwrap_or_default(),
                });
            }
            _ => {}
        }
    }
    let mut by_signing: HashMap<&'static str, Vec<usize>> = HashMap::new();
    let mut by_prefix: HashMap<&'static str, Vec<usize>> = HashMap::new();
    let mut by_id = HashMap::new();
    for (i, s) in services.iter_mut().enumerate() {
        // The snapshot is sorted; sorting again keeps binary search right if it ever is not.
        s.operations.sort_by(|a, b| a.name.cmp(b.name));
        by_signing.entry(s.signing_name).or_default().push(i);
        by_prefix.entry(s.endpoint_prefix).or_default().push(i);
        by_id.insert(s.id, i);
    }
    let mut iamlive = HashMap::with_capacity(11_000);
    for line in gunzip(IAMLIVE_GZ).lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut f = line.splitn(3, '\t');
        if let (Some(svc), Some(op), Some(json)) = (f.next(), f.next(), f.next()) {
            iamlive.insert((svc, op), json);
        }
    }
    Models {
        botocore_version,
        services,
        by_signing,
        by_prefix,
        by_id,
        iamlive,
    }
});

pub fn models() -> &'static Models {
    &MODELS
}

impl Models {
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.by_id.get(id).map(|&i| &self.services[i])
    }

    /// Services signed with this SigV4 signing name (several share one: `s3` and `s3control`,
    /// `rds`, `docdb` and `neptune`, `elb` and `elbv2`, ...).
    pub fn by_signing_name(&self, name: &str) -> Vec<&Service> {
        self.by_signing
            .get(name)
            .map(|v| v.iter().map(|&i| &self.services[i]).collect())
            .unwrap_or_default()
    }

    /// Services whose hostnames start with this endpoint prefix.
    pub fn by_endpoint_prefix(&self, prefix: &str) -> Vec<&Service> {
        self.by_prefix
            .get(prefix)
            .map(|v| v.iter().map(|&i| &self.services[i]).collect())
            .unwrap_or_default()
    }

    /// iamlive's entries for an operation (empty when iamlive does not know it).
    pub fn iam_entries(&self, service: &str, operation: &str) -> Vec<IamEntry> {
        self.iamlive
            .get(&(service, operation))
            .and_then(|json| serde_json::from_str(json).ok())
            .unwrap_or_default()
    }

    pub fn iamlive_len(&self) -> usize {
        self.iamlive.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot_parses() {
        let m = models();
        assert!(
            m.botocore_version.starts_with("1."),
            "{}",
            m.botocore_version
        );
        assert!(m.services.len() > 300);
        let s3 = m.service("s3").unwrap();
        assert_eq!(s3.signing_name, "s3");
        assert_eq!(s3.rest_protocol(), Some("rest-xml"));
        let up = s3.operation("UploadPart").unwrap();
        assert_eq!(up.http, Some(("PUT", "/{Bucket}/{Key+}")));
        assert!(up
            .members
            .iter()
            .any(|m| m.name == "UploadId" && m.required && m.location == Location::Query));
        let cw = m.service("cloudwatch").unwrap();
        assert_eq!(cw.signing_name, "monitoring");
        assert_eq!(cw.target_prefix, Some("GraniteServiceVersion20100801"));
        assert!(cw.speaks("smithy-rpc-v2-cbor"));
        assert_eq!(
            m.service("elbv2").unwrap().iam_prefix,
            "elasticloadbalancing"
        );
        let e = m.iam_entries("s3", "HeadBucket");
        assert_eq!(e[0].action, "s3:ListBucket");
        assert!(m.iamlive_len() > 10_000);
    }
}
