//! Which AWS service and operation a captured HTTP request is, from what is on the wire only:
//! the SigV4 credential scope (signing name and region, from the `Authorization` header or a
//! presigned URL's `X-Amz-Credential`), the host (endpoint prefix, region, S3 bucket), and the
//! protocol's own marker: `smithy-protocol: rpc-v2-cbor` with its `/service/S/operation/O` path,
//! `X-Amz-Target` (awsJson 1.0/1.1), the form field `Action` (query, ec2), or method + URI
//! template matching against the service model (rest-json, rest-xml; S3 path and virtual-hosted
//! style, sub-resources such as `?tagging`).
//!
//! It also extracts the request's parameters (URI labels, the query-string and header members
//! the model names, and the top-level fields of a form, JSON or CBOR body) for building resource
//! ARNs. Pure functions over borrowed request parts: no I/O, no secrets kept.

use super::models::{models, Location, Operation, Service};
use http::HeaderMap;
use percent_encoding::percent_decode_str;
use std::collections::BTreeMap;

/// The parts of a request identification looks at.
pub struct CallInfo<'a> {
    pub method: &'a str,
    /// Host name without port, lower case.
    pub host: &'a str,
    /// Raw (percent-encoded) path.
    pub path: &'a str,
    /// Raw query string without `?`.
    pub query: &'a str,
    pub headers: &'a HeaderMap,
    /// The whole body when it was read (small form, JSON or CBOR bodies), else None.
    pub body: Option<&'a [u8]>,
}

/// Request parameters flattened to `Name`, `Outer.Inner` and `List[].Field` keys (the first
/// value of a list wins), for ARN templates and iamlive's conditions.
#[derive(Debug, Default, Clone)]
pub struct Params(BTreeMap<String, String>);

/// Caps what a pathological body can make us store.
const MAX_PARAMS: usize = 2_000;
const MAX_DEPTH: usize = 8;

impl Params {
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    /// A key equal to `path` or below it.
    pub fn exists(&self, path: &str) -> bool {
        // Keys starting with `path` are contiguous in the sorted map, but `path-x` or `path0`
        // may sit before `path.y`: walk them all.
        self.0
            .range(path.to_string()..)
            .take_while(|(k, _)| k.starts_with(path))
            .any(|(k, _)| {
                let r = &k[path.len()..];
                r.is_empty() || r.starts_with('.') || r.starts_with("[]")
            })
    }

    pub fn insert(&mut self, key: impl Into<String>, value: impl Into<String>) {
        if self.0.len() < MAX_PARAMS {
            self.0.entry(key.into()).or_insert_with(|| value.into());
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Renames a wire name to its member name, with everything below it.
    fn rename(&mut self, from: &str, to: &str) {
        if from == to {
            return;
        }
        let keys: Vec<String> = self
            .0
            .keys()
            .filter(|k| {
                k.strip_prefix(from)
                    .is_some_and(|r| r.is_empty() || r.starts_with('.') || r.starts_with("[]"))
            })
            .cloned()
            .collect();
        for k in keys {
            if let Some(v) = self.0.remove(&k) {
                self.insert(format!("{to}{}", &k[from.len()..]), v);
            }
        }
    }

    /// A form field (query, ec2): `Tags.member.1.Key` and `TagSpecification.1.ResourceType`
    /// are stored as `Tags[].Key` and `TagSpecification[].ResourceType`, the shape JSON
    /// bodies flatten to, so one template language serves every protocol.
    fn add_form(&mut self, key: &str, value: &str) {
        let mut norm = String::with_capacity(key.len());
        for seg in key.split('.') {
            if seg == "member" || seg == "entry" {
                continue;
            }
            if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
                norm.push_str("[]");
            } else {
                if !norm.is_empty() {
                    norm.push('.');
                }
                norm.push_str(seg);
            }
        }
        self.insert(norm, value);
    }

    fn add_json(&mut self, prefix: &str, v: &serde_json::Value, depth: usize) {
        use serde_json::Value;
        if depth > MAX_DEPTH {
            return;
        }
        match v {
            Value::Object(o) => {
                for (k, v) in o {
                    let key = join(prefix, k);
                    self.add_json(&key, v, depth + 1);
                }
            }
            Value::Array(a) => {
                let key = format!("{prefix}[]");
                for v in a {
                    self.add_json(&key, v, depth + 1);
                }
            }
            Value::String(s) => self.insert(prefix, s.as_str()),
            Value::Number(n) => self.insert(prefix, n.to_string()),
            Value::Bool(b) => self.insert(prefix, b.to_string()),
            Value::Null => {}
        }
    }

    fn add_cbor(&mut self, prefix: &str, v: &ciborium::Value, depth: usize) {
        use ciborium::Value;
        if depth > MAX_DEPTH {
            return;
        }
        match v {
            Value::Map(m) => {
                for (k, v) in m {
                    if let Value::Text(k) = k {
                        let key = join(prefix, k);
                        self.add_cbor(&key, v, depth + 1);
                    }
                }
            }
            Value::Array(a) => {
                let key = format!("{prefix}[]");
                for v in a {
                    self.add_cbor(&key, v, depth + 1);
                }
            }
            Value::Text(s) => self.insert(prefix, s.as_str()),
            Value::Integer(i) => self.insert(prefix, i128::from(*i).to_string()),
            Value::Bool(b) => self.insert(prefix, b.to_string()),
            Value::Float(f) => self.insert(prefix, f.to_string()),
            Value::Tag(_, inner) => self.add_cbor(prefix, inner, depth + 1),
            _ => {}
        }
    }
}

fn join(prefix: &str, k: &str) -> String {
    if prefix.is_empty() {
        k.to_string()
    } else {
        format!("{prefix}.{k}")
    }
}

/// What identification found. Every field may be unknown; the recorder writes what it has.
#[derive(Debug, Default)]
pub struct Identified {
    pub service: Option<&'static Service>,
    /// The model's service id, else the signing name or host prefix seen.
    pub service_name: Option<String>,
    pub operation: Option<String>,
    /// `query`, `ec2`, `json`, `rest-json`, `rest-xml` or `smithy-rpc-v2-cbor`.
    pub protocol: Option<&'static str>,
    pub region: Option<String>,
    pub params: Params,
}

/// A SigV4 (or SigV4a) credential scope.
#[derive(Debug, PartialEq, Eq)]
pub struct Scope {
    pub region: Option<String>,
    pub service: String,
}

/// The credential scope of a signed request; the access key id in front of it is dropped here
/// and never leaves this function.
pub fn credential_scope(headers: &HeaderMap, query: &str) -> Option<Scope> {
    let from_header = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|auth| {
            let i = auth.find("Credential=")?;
            let rest = &auth[i + "Credential=".len()..];
            let end = rest.find([',', ' ']).unwrap_or(rest.len());
            Some(rest[..end].to_string())
        });
    let cred = from_header.or_else(|| {
        form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k.eq_ignore_ascii_case("X-Amz-Credential"))
            .map(|(_, v)| v.into_owned())
    })?;
    let parts: Vec<&str> = cred.split('/').collect();
    match parts.as_slice() {
        // AKID/date/region/service/aws4_request
        [.., _date, region, service, "aws4_request"] if parts.len() >= 5 => Some(Scope {
            region: Some((*region).to_string()),
            service: (*service).to_string(),
        }),
        // SigV4a: AKID/date/service/aws4_request, regions in X-Amz-Region-Set
        [_, _date, service, "aws4_request"] => Some(Scope {
            region: headers
                .get("x-amz-region-set")
                .and_then(|v| v.to_str().ok())
                .map(|s| s.split(',').next().unwrap_or("").trim().to_string())
                .filter(|s| !s.is_empty() && !s.contains('*')),
            service: (*service).to_string(),
        }),
        _ => None,
    }
}

const AWS_SUFFIXES: [&str; 3] = [".amazonaws.com", ".amazonaws.com.cn", ".api.aws"];

/// The hostnames proxy mode intercepts: `*.amazonaws.com`, `*.amazonaws.com.cn`, `*.api.aws`.
pub fn is_aws_host(host: &str) -> bool {
    let h = host.trim_end_matches('.').to_ascii_lowercase();
    AWS_SUFFIXES.iter().any(|s| h.ends_with(s) || h == s[1..])
}

/// What an AWS hostname says.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct HostInfo {
    pub endpoint_prefix: Option<String>,
    pub region: Option<String>,
    /// The bucket of an S3 virtual-hosted-style host.
    pub bucket: Option<String>,
}

fn is_region(s: &str) -> bool {
    // eu-west-1, us-gov-west-1, cn-north-1, ap-southeast-5, eusc-de-east-1
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() >= 3
        && parts[0].len() >= 2
        && parts[0].bytes().all(|b| b.is_ascii_lowercase())
        && parts[parts.len() - 1].bytes().all(|b| b.is_ascii_digit())
        && parts[1..parts.len() - 1]
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()))
}

fn is_s3_label(l: &str) -> bool {
    l == "s3"
        || l == "s3-external-1"
        || l == "s3-fips"
        || l.strip_prefix("s3-").is_some_and(is_region)
}

pub fn parse_host(host: &str) -> HostInfo {
    let h = host.trim_end_matches('.').to_ascii_lowercase();
    let Some(stem) = AWS_SUFFIXES
        .iter()
        .find_map(|s| h.strip_suffix(s))
        .map(str::to_string)
    else {
        return HostInfo::default();
    };
    let labels: Vec<&str> = stem.split('.').collect();
    // Legacy SQS hosts: queue.amazonaws.com, <region>.queue.amazonaws.com.
    match labels.as_slice() {
        ["queue"] => {
            return HostInfo {
                endpoint_prefix: Some("sqs".into()),
                region: Some("us-east-1".into()),
                bucket: None,
            }
        }
        [region, "queue"] => {
            return HostInfo {
                endpoint_prefix: Some("sqs".into()),
                region: Some((*region).to_string()),
                bucket: None,
            }
        }
        _ => {}
    }
    if let Some(i) = labels.iter().position(|l| is_s3_label(l)) {
        let bucket = (i > 0).then(|| labels[..i].join("."));
        let region = labels[i]
            .strip_prefix("s3-")
            .filter(|r| is_region(r))
            .map(str::to_string)
            .or_else(|| {
                labels[i + 1..]
                    .iter()
                    .find(|l| is_region(l))
                    .map(|s| s.to_string())
            });
        return HostInfo {
            endpoint_prefix: Some("s3".into()),
            region,
            bucket,
        };
    }
    // Skip account-id labels (`123456789012.s3-control.<region>...`).
    let mut it = labels
        .iter()
        .skip_while(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()));
    let prefix = it.next().map(|p| p.trim_end_matches("-fips").to_string());
    let region = it.find(|l| is_region(l)).map(|s| s.to_string());
    HostInfo {
        endpoint_prefix: prefix,
        region,
        bucket: None,
    }
}

fn header<'a>(h: &'a HeaderMap, name: &str) -> Option<&'a str> {
    h.get(name).and_then(|v| v.to_str().ok())
}

fn content_type(h: &HeaderMap) -> String {
    header(h, "content-type")
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

fn query_pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn decode(s: &str) -> String {
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}

/// Identify a request. Never fails: what cannot be told stays `None`.
pub fn identify(req: &CallInfo) -> Identified {
    let m = models();
    let scope = credential_scope(req.headers, req.query);
    let host = parse_host(req.host);
    let region = scope
        .as_ref()
        .and_then(|s| s.region.clone())
        .or_else(|| host.region.clone());

    // Candidate services: by signing name, narrowed by the host's endpoint prefix.
    let mut cands: Vec<&'static Service> = match &scope {
        Some(s) => m.by_signing_name(&s.service),
        None => Vec::new(),
    };
    if let Some(p) = &host.endpoint_prefix {
        if cands.is_empty() {
            cands = m.by_endpoint_prefix(p);
        } else {
            let narrowed: Vec<_> = cands
                .iter()
                .copied()
                .filter(|s| s.endpoint_prefix == p)
                .collect();
            if !narrowed.is_empty() {
                cands = narrowed;
            }
        }
    }
    let seen_name = scope
        .as_ref()
        .map(|s| s.service.clone())
        .or_else(|| host.endpoint_prefix.clone());
    // Prefer the service whose id is the signing name (s3 over s3control, rds over docdb).
    let prefer = |svcs: &mut Vec<&'static Service>| {
        if let Some(name) = &seen_name {
            svcs.sort_by_key(|s| (s.id != name, s.endpoint_prefix != name, s.id));
        }
    };
    prefer(&mut cands);

    let mut out = Identified {
        region,
        service_name: seen_name.clone(),
        ..Default::default()
    };
    let ctype = content_type(req.headers);

    // 1. Smithy RPC v2 CBOR: POST /service/<ServiceName>/operation/<Operation>
    if header(req.headers, "smithy-protocol") == Some("rpc-v2-cbor") {
        if let Some((svc_name, op)) = cbor_path(req.path) {
            let pick = cands
                .iter()
                .copied()
                .find(|s| s.target_prefix == Some(svc_name.as_str()) && s.operation(&op).is_some())
                .or_else(|| cands.iter().copied().find(|s| s.operation(&op).is_some()));
            out.protocol = Some("smithy-rpc-v2-cbor");
            if let Some(body) = req.body {
                if let Ok(v) = ciborium::from_reader::<ciborium::Value, _>(body) {
                    out.params.add_cbor("", &v, 0);
                }
            }
            finish(&mut out, pick, op);
            return out;
        }
    }

    // 2. awsJson: X-Amz-Target: <TargetPrefix>.<Operation>
    if let Some(target) = header(req.headers, "x-amz-target") {
        if let Some((prefix, op)) = target.rsplit_once('.') {
            let pick = cands
                .iter()
                .copied()
                .find(|s| s.target_prefix == Some(prefix) && s.operation(op).is_some())
                .or_else(|| {
                    m.services
                        .iter()
                        .find(|s| s.target_prefix == Some(prefix) && s.operation(op).is_some())
                })
                .or_else(|| cands.iter().copied().find(|s| s.operation(op).is_some()));
            out.protocol = Some("json");
            if let Some(Ok(v)) = req.body.map(serde_json::from_slice::<serde_json::Value>) {
                out.params.add_json("", &v, 0);
            }
            finish(&mut out, pick, op.to_string());
            return out;
        }
    }

    // 3. query / ec2: the form field `Action` (body, or query string of a GET)
    let mut form: Vec<(String, String)> = Vec::new();
    if ctype == "application/x-www-form-urlencoded" {
        if let Some(b) = req.body {
            form = form_urlencoded::parse(b)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
        }
    }
    if !form.iter().any(|(k, _)| k == "Action") {
        let q = query_pairs(req.query);
        if q.iter().any(|(k, _)| k == "Action") {
            form = q;
        }
    }
    if let Some(action) = form
        .iter()
        .find(|(k, _)| k == "Action")
        .map(|(_, v)| v.clone())
    {
        let version = form.iter().find(|(k, _)| k == "Version").map(|(_, v)| v);
        let with_op: Vec<&'static Service> = cands
            .iter()
            .copied()
            .filter(|s| s.operation(&action).is_some())
            .collect();
        let pick = with_op
            .iter()
            .copied()
            .find(|s| version.is_some_and(|v| v == s.api_version))
            .or_else(|| with_op.first().copied());
        out.protocol = Some(if pick.is_some_and(|s| s.speaks("ec2")) {
            "ec2"
        } else {
            "query"
        });
        for (k, v) in &form {
            if k != "Action" && k != "Version" {
                out.params.add_form(k, v);
            }
        }
        finish(&mut out, pick, action);
        return out;
    }

    // 4. rest-json / rest-xml: method + URI template
    let path = match &host.bucket {
        Some(b) => format!("/{b}{}", if req.path == "/" { "" } else { req.path }),
        None => req.path.to_string(),
    };
    let q = query_pairs(req.query);
    let mut best: Option<(Score, &'static Service, &'static Operation, Labels)> = None;
    for s in cands
        .iter()
        .copied()
        .filter(|s| s.rest_protocol().is_some())
    {
        for op in &s.operations {
            if let Some((score, labels)) = match_rest(op, req.method, &path, &q, req.headers) {
                if best.as_ref().is_none_or(|(b, ..)| score > *b) {
                    best = Some((score, s, op, labels));
                }
            }
        }
    }
    if let Some((_, s, op, labels)) = best {
        out.protocol = s.rest_protocol();
        for (label, value) in labels {
            let name = op
                .members
                .iter()
                .find(|m| m.location == Location::Label && m.wire == label)
                .map(|m| m.name)
                .unwrap_or(label.as_str());
            out.params.insert(name, value);
        }
        for mem in &op.members {
            let v = match mem.location {
                Location::Query => q
                    .iter()
                    .find(|(k, _)| k == mem.wire)
                    .map(|(_, v)| v.clone()),
                Location::Header => header(req.headers, mem.wire).map(str::to_string),
                _ => None,
            };
            if let Some(v) = v {
                out.params.insert(mem.name, v);
            }
        }
        if let Some(b) = req.body {
            if ctype.contains("json") || b.first() == Some(&b'{') {
                if let Ok(v) = serde_json::from_slice::<serde_json::Value>(b) {
                    out.params.add_json("", &v, 0);
                }
            }
        }
        finish(&mut out, Some(s), op.name.to_string());
    } else if let Some(s) = cands.first() {
        out.service = Some(s);
        out.service_name = Some(s.id.to_string());
        out.protocol = s.rest_protocol();
    }
    out
}

/// Fills in the chosen service and operation, and maps body wire names to member names.
fn finish(out: &mut Identified, svc: Option<&'static Service>, op: String) {
    if let Some(s) = svc {
        out.service = Some(s);
        out.service_name = Some(s.id.to_string());
        if let Some(o) = s.operation(&op) {
            for mem in o.members.iter().filter(|m| m.location == Location::Body) {
                out.params.rename(mem.wire, mem.name);
            }
        }
    }
    out.operation = Some(op);
}

fn cbor_path(path: &str) -> Option<(String, String)> {
    let rest = path.strip_prefix("/service/")?;
    let (svc, rest) = rest.split_once("/operation/")?;
    let op = rest.trim_end_matches('/');
    // The service segment may carry a namespace (`com.amazonaws.cloudwatch#Granite...`).
    let svc = decode(svc);
    let svc = svc.rsplit('#').next().unwrap_or("").to_string();
    (!op.is_empty() && !op.contains('/')).then(|| (svc, decode(op)))
}

/// URI labels as matched: (label name, decoded value).
type Labels = Vec<(String, String)>;

/// How well a URI template fits: an `x-id` naming the operation, then more query literals
/// (`?tagging`), then more required query/header members present (`UploadPart` over
/// `PutObject`), then more literal path segments, then fewer greedy labels.
type Score = (bool, usize, usize, usize, std::cmp::Reverse<usize>);

fn match_rest(
    op: &Operation,
    method: &str,
    path: &str,
    query: &[(String, String)],
    headers: &HeaderMap,
) -> Option<(Score, Labels)> {
    let (m, uri) = op.http?;
    if !m.eq_ignore_ascii_case(method) {
        return None;
    }
    let (tpath, tquery) = uri.split_once('?').unwrap_or((uri, ""));
    let x_id = query
        .iter()
        .find(|(k, _)| k == "x-id")
        .map(|(_, v)| v.as_str());
    if x_id.is_some_and(|x| x != op.name) {
        return None;
    }
    let mut literals = 0;
    for lit in tquery.split('&').filter(|s| !s.is_empty()) {
        let (k, v) = lit
            .split_once('=')
            .map_or((lit, None), |(k, v)| (k, Some(v)));
        if k == "x-id" {
            continue;
        }
        if !query
            .iter()
            .any(|(qk, qv)| qk == k && v.is_none_or(|v| v == qv))
        {
            return None;
        }
        literals += 1;
    }
    let mut required = 0;
    for mem in op.members.iter().filter(|m| m.required) {
        let present = match mem.location {
            Location::Query => query.iter().any(|(k, _)| k == mem.wire),
            Location::Header => headers.contains_key(mem.wire),
            _ => continue,
        };
        if !present {
            return None;
        }
        required += 1;
    }
    let (labels, lit_segs, greedy) = match_path(tpath, path)?;
    Some((
        (
            x_id.is_some(),
            literals,
            required,
            lit_segs,
            std::cmp::Reverse(greedy),
        ),
        labels,
    ))
}

/// Matches a path against a template path (`/{Bucket}/{Key+}`); returns the decoded labels,
/// the number of literal segments and of greedy labels.
fn match_path(tpl: &str, path: &str) -> Option<(Labels, usize, usize)> {
    let path = path.strip_prefix('/').unwrap_or(path);
    // (byte offset, raw segment); a trailing slash adds no segment.
    let mut segs: Vec<(usize, &str)> = Vec::new();
    if !path.is_empty() {
        let mut off = 0;
        for s in path.split('/') {
            segs.push((off, s));
            off += s.len() + 1;
        }
        if segs.len() > 1 && segs.last().is_some_and(|(_, s)| s.is_empty()) {
            segs.pop();
        }
    }
    let mut labels = Vec::new();
    let (mut lits, mut greedy) = (0, 0);
    let mut j = 0;
    for t in tpl.split('/').filter(|s| !s.is_empty()) {
        if let Some(name) = t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
            if let Some(name) = name.strip_suffix('+') {
                let &(off, _) = segs.get(j)?;
                let rest = &path[off..];
                if rest.is_empty() {
                    return None;
                }
                labels.push((name.to_string(), decode(rest)));
                greedy += 1;
                j = segs.len();
            } else {
                let &(_, s) = segs.get(j)?;
                if s.is_empty() {
                    return None;
                }
                labels.push((name.to_string(), decode(s)));
                j += 1;
            }
        } else {
            let &(_, s) = segs.get(j)?;
            if s != t {
                return None;
            }
            lits += 1;
            j += 1;
        }
    }
    (j == segs.len()).then_some((labels, lits, greedy))
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn auth(service: &str, region: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            "authorization",
            HeaderValue::from_str(&format!(
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/{region}/{service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc"
            ))
            .unwrap(),
        );
        h
    }

    fn id(
        method: &str,
        host: &str,
        path: &str,
        query: &str,
        h: &HeaderMap,
        body: Option<&[u8]>,
    ) -> Identified {
        identify(&CallInfo {
            method,
            host,
            path,
            query,
            headers: h,
            body,
        })
    }

    #[test]
    fn scope_from_header_and_query() {
        let h = auth("sqs", "eu-west-1");
        assert_eq!(
            credential_scope(&h, ""),
            Some(Scope {
                region: Some("eu-west-1".into()),
                service: "sqs".into()
            })
        );
        let q = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20250101%2Fus-east-1%2Fs3%2Faws4_request";
        assert_eq!(
            credential_scope(&HeaderMap::new(), q).unwrap().service,
            "s3"
        );
    }

    #[test]
    fn hosts() {
        let h = parse_host("my.bucket.s3.eu-west-1.amazonaws.com");
        assert_eq!(h.bucket.as_deref(), Some("my.bucket"));
        assert_eq!(h.region.as_deref(), Some("eu-west-1"));
        let h = parse_host("s3.amazonaws.com");
        assert_eq!((h.endpoint_prefix.as_deref(), h.bucket), (Some("s3"), None));
        assert_eq!(
            parse_host("b.s3-us-west-2.amazonaws.com").region.as_deref(),
            Some("us-west-2")
        );
        assert_eq!(
            parse_host("eu-west-1.queue.amazonaws.com")
                .endpoint_prefix
                .as_deref(),
            Some("sqs")
        );
        assert_eq!(
            parse_host("queue.amazonaws.com").region.as_deref(),
            Some("us-east-1")
        );
        let h = parse_host("123456789012.s3-control.eu-west-1.amazonaws.com");
        assert_eq!(h.endpoint_prefix.as_deref(), Some("s3-control"));
        let h = parse_host("sqs-fips.us-gov-west-1.amazonaws.com");
        assert_eq!(h.endpoint_prefix.as_deref(), Some("sqs"));
        assert_eq!(h.region.as_deref(), Some("us-gov-west-1"));
        assert_eq!(
            parse_host("monitoring.cn-north-1.amazonaws.com.cn")
                .endpoint_prefix
                .as_deref(),
            Some("monitoring")
        );
        assert_eq!(
            parse_host("sqs.eu-west-1.api.aws")
                .endpoint_prefix
                .as_deref(),
            Some("sqs")
        );
        assert!(
            is_aws_host("sts.amazonaws.com")
                && is_aws_host("x.api.aws")
                && is_aws_host("s3.cn-north-1.amazonaws.com.cn")
        );
        assert!(!is_aws_host("registry.terraform.io") && !is_aws_host("evilamazonaws.com"));
    }

    #[test]
    fn json_target() {
        let mut h = auth("sqs", "eu-west-1");
        h.insert(
            "x-amz-target",
            HeaderValue::from_static("AmazonSQS.CreateQueue"),
        );
        h.insert(
            "content-type",
            HeaderValue::from_static("application/x-amz-json-1.0"),
        );
        let r = id(
            "POST",
            "127.0.0.1",
            "/",
            "",
            &h,
            Some(br#"{"QueueName":"q1","tags":{"a":"b"}}"#),
        );
        assert_eq!(r.service_name.as_deref(), Some("sqs"));
        assert_eq!(r.operation.as_deref(), Some("CreateQueue"));
        assert_eq!(r.protocol, Some("json"));
        assert_eq!(r.params.get("QueueName"), Some("q1"));
        assert!(r.params.exists("tags"));
        let mut p = Params::default();
        p.insert("tags-other", "x");
        p.insert("tags.env", "y");
        assert!(p.exists("tags") && !p.exists("tag") && !p.exists("tags.e"));
        // dynamodbstreams shares the signing name; the target prefix decides
        let mut h = auth("dynamodb", "eu-west-1");
        h.insert(
            "x-amz-target",
            HeaderValue::from_static("DynamoDBStreams_20120810.ListStreams"),
        );
        let r = id("POST", "127.0.0.1", "/", "", &h, None);
        assert_eq!(r.service_name.as_deref(), Some("dynamodbstreams"));
    }

    #[test]
    fn query_and_ec2() {
        let mut h = auth("iam", "us-east-1");
        h.insert(
            "content-type",
            HeaderValue::from_static("application/x-www-form-urlencoded; charset=utf-8"),
        );
        let r = id(
            "POST",
            "iam.amazonaws.com",
            "/",
            "",
            &h,
            Some(b"Action=CreateRole&Version=2010-05-08&RoleName=r1&Path=%2F"),
        );
        assert_eq!(
            (
                r.service_name.as_deref(),
                r.operation.as_deref(),
                r.protocol
            ),
            (Some("iam"), Some("CreateRole"), Some("query"))
        );
        assert_eq!(r.params.get("Path"), Some("/"));
        let mut h = auth("ec2", "eu-west-1");
        h.insert(
            "content-type",
            HeaderValue::from_static("application/x-www-form-urlencoded"),
        );
        let r = id(
            "POST",
            "127.0.0.1",
            "/",
            "",
            &h,
            Some(b"Action=CreateVpc&Version=2016-11-15&CidrBlock=10.0.0.0%2F16"),
        );
        assert_eq!(
            (
                r.service_name.as_deref(),
                r.operation.as_deref(),
                r.protocol
            ),
            (Some("ec2"), Some("CreateVpc"), Some("ec2"))
        );
        assert!(!r.params.exists("TagSpecifications"));
        let r = id("POST", "127.0.0.1", "/", "", &h, Some(b"Action=CreateVpc&Version=2016-11-15&TagSpecification.1.ResourceType=vpc&TagSpecification.1.Tag.1.Key=k"));
        assert_eq!(
            r.params.get("TagSpecifications[].ResourceType"),
            Some("vpc")
        );
        assert_eq!(r.params.get("TagSpecifications[].Tag[].Key"), Some("k"));
        // elb and elbv2 share the signing name: Version decides
        let mut h = auth("elasticloadbalancing", "eu-west-1");
        h.insert(
            "content-type",
            HeaderValue::from_static("application/x-www-form-urlencoded"),
        );
        let r = id(
            "POST",
            "127.0.0.1",
            "/",
            "",
            &h,
            Some(b"Action=DescribeLoadBalancers&Version=2015-12-01"),
        );
        assert_eq!(r.service_name.as_deref(), Some("elbv2"));
        let r = id(
            "POST",
            "127.0.0.1",
            "/",
            "",
            &h,
            Some(b"Action=DescribeLoadBalancers&Version=2012-06-01"),
        );
        assert_eq!(r.service_name.as_deref(), Some("elb"));
        // GET with the action in the query string
        let r = id(
            "GET",
            "sts.amazonaws.com",
            "/",
            "Action=GetCallerIdentity&Version=2011-06-15",
            &HeaderMap::new(),
            None,
        );
        assert_eq!(
            (r.service_name.as_deref(), r.operation.as_deref()),
            (Some("sts"), Some("GetCallerIdentity"))
        );
    }

    #[test]
    fn cbor() {
        let mut h = auth("monitoring", "eu-west-1");
        h.insert("smithy-protocol", HeaderValue::from_static("rpc-v2-cbor"));
        h.insert("content-type", HeaderValue::from_static("application/cbor"));
        let mut body = Vec::new();
        let v = ciborium::Value::Map(vec![(
            ciborium::Value::Text("AlarmName".into()),
            ciborium::Value::Text("cpu-high".into()),
        )]);
        ciborium::into_writer(&v, &mut body).unwrap();
        let r = id(
            "POST",
            "monitoring.eu-west-1.amazonaws.com",
            "/service/GraniteServiceVersion20100801/operation/PutMetricAlarm",
            "",
            &h,
            Some(&body),
        );
        assert_eq!(
            (
                r.service_name.as_deref(),
                r.operation.as_deref(),
                r.protocol
            ),
            (
                Some("cloudwatch"),
                Some("PutMetricAlarm"),
                Some("smithy-rpc-v2-cbor")
            )
        );
        assert_eq!(r.params.get("AlarmName"), Some("cpu-high"));
    }

    fn s3(
        method: &str,
        host: &str,
        path: &str,
        query: &str,
        extra: &[(&str, &str)],
    ) -> (Option<String>, Params) {
        let mut h = auth("s3", "eu-west-1");
        for (k, v) in extra {
            h.insert(
                http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        let r = id(method, host, path, query, &h, None);
        assert_eq!(
            r.service_name.as_deref(),
            Some("s3"),
            "{method} {path}?{query}"
        );
        (r.operation, r.params)
    }

    #[test]
    fn s3_rest_xml() {
        let local = "127.0.0.1";
        type Case<'a> = (
            &'a str,
            &'a str,
            &'a str,
            &'a str,
            &'a [(&'a str, &'a str)],
            &'a str,
        );
        let cases: &[Case] = &[
            ("GET", local, "/", "", &[], "ListBuckets"),
            ("PUT", local, "/b1", "", &[], "CreateBucket"),
            ("PUT", local, "/b1/", "", &[], "CreateBucket"),
            ("HEAD", local, "/b1", "", &[], "HeadBucket"),
            ("GET", local, "/b1", "", &[], "ListObjects"),
            (
                "GET",
                local,
                "/b1",
                "list-type=2&prefix=a",
                &[],
                "ListObjectsV2",
            ),
            ("PUT", local, "/b1", "tagging", &[], "PutBucketTagging"),
            ("GET", local, "/b1", "tagging", &[], "GetBucketTagging"),
            ("GET", local, "/b1", "policy", &[], "GetBucketPolicy"),
            (
                "GET",
                local,
                "/b1",
                "versioning",
                &[],
                "GetBucketVersioning",
            ),
            ("GET", local, "/b1", "acl", &[], "GetBucketAcl"),
            ("PUT", local, "/b1/dir/k.txt", "", &[], "PutObject"),
            ("PUT", local, "/b1/k", "x-id=PutObject", &[], "PutObject"),
            (
                "PUT",
                local,
                "/b1/k",
                "partNumber=1&uploadId=u",
                &[],
                "UploadPart",
            ),
            (
                "PUT",
                local,
                "/b1/k",
                "",
                &[("x-amz-copy-source", "/b0/k")],
                "CopyObject",
            ),
            ("GET", local, "/b1/k", "tagging", &[], "GetObjectTagging"),
            (
                "POST",
                local,
                "/b1/k",
                "uploads",
                &[],
                "CreateMultipartUpload",
            ),
            (
                "POST",
                local,
                "/b1/k",
                "uploadId=u",
                &[],
                "CompleteMultipartUpload",
            ),
            ("HEAD", local, "/b1/k", "", &[], "HeadObject"),
            ("DELETE", local, "/b1", "", &[], "DeleteBucket"),
            ("POST", local, "/b1", "delete", &[], "DeleteObjects"),
            (
                "GET",
                "b1.s3.eu-west-1.amazonaws.com",
                "/",
                "tagging",
                &[],
                "GetBucketTagging",
            ),
            (
                "PUT",
                "b1.s3.eu-west-1.amazonaws.com",
                "/k/x",
                "",
                &[],
                "PutObject",
            ),
            (
                "GET",
                "b1.s3.eu-west-1.amazonaws.com",
                "/",
                "list-type=2",
                &[],
                "ListObjectsV2",
            ),
            (
                "GET",
                "s3.eu-west-1.amazonaws.com",
                "/",
                "",
                &[],
                "ListBuckets",
            ),
        ];
        for (m, host, p, q, hs, want) in cases {
            let (op, _) = s3(m, host, p, q, hs);
            assert_eq!(op.as_deref(), Some(*want), "{m} {host}{p}?{q}");
        }
        let (_, params) = s3("PUT", local, "/b1/dir/my%20k.txt", "", &[]);
        assert_eq!(params.get("Bucket"), Some("b1"));
        assert_eq!(params.get("Key"), Some("dir/my k.txt"));
        let (_, params) = s3("PUT", "b1.s3.eu-west-1.amazonaws.com", "/k/x", "", &[]);
        assert_eq!(
            (params.get("Bucket"), params.get("Key")),
            (Some("b1"), Some("k/x"))
        );
    }

    #[test]
    fn rest_json() {
        let h = auth("lambda", "eu-west-1");
        let r = id("GET", "127.0.0.1", "/2015-03-31/functions/", "", &h, None);
        assert_eq!(
            (
                r.service_name.as_deref(),
                r.operation.as_deref(),
                r.protocol
            ),
            (Some("lambda"), Some("ListFunctions"), Some("rest-json"))
        );
        let r = id("GET", "127.0.0.1", "/2015-03-31/functions/f1", "", &h, None);
        assert_eq!(r.operation.as_deref(), Some("GetFunction"));
        assert_eq!(r.params.get("FunctionName"), Some("f1"));
        let r = id(
            "POST",
            "127.0.0.1",
            "/2015-03-31/functions",
            "",
            &h,
            Some(br#"{"FunctionName":"f2","Role":"arn:aws:iam::1:role/r"}"#),
        );
        assert_eq!(r.operation.as_deref(), Some("CreateFunction"));
        assert_eq!(r.params.get("FunctionName"), Some("f2"));
        // apigateway labels use other wire names than member names
        let h = auth("apigateway", "eu-west-1");
        let r = id("GET", "127.0.0.1", "/restapis/abc123", "", &h, None);
        assert_eq!(
            (r.service_name.as_deref(), r.operation.as_deref()),
            (Some("apigateway"), Some("GetRestApi"))
        );
        assert_eq!(r.params.get("restApiId"), Some("abc123"));
        let r = id("GET", "127.0.0.1", "/v2/apis/abc", "", &h, None);
        assert_eq!(
            (r.service_name.as_deref(), r.operation.as_deref()),
            (Some("apigatewayv2"), Some("GetApi"))
        );
        let h = auth("route53", "us-east-1");
        let r = id(
            "GET",
            "route53.amazonaws.com",
            "/2013-04-01/hostedzone",
            "",
            &h,
            None,
        );
        assert_eq!(
            (
                r.service_name.as_deref(),
                r.operation.as_deref(),
                r.protocol
            ),
            (Some("route53"), Some("ListHostedZones"), Some("rest-xml"))
        );
    }

    #[test]
    fn unsigned_by_host() {
        let r = id(
            "POST",
            "sts.amazonaws.com",
            "/",
            "",
            &HeaderMap::new(),
            None,
        );
        assert_eq!(r.service_name.as_deref(), Some("sts"));
        assert_eq!(r.operation, None);
    }
}
