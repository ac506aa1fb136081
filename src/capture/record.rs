//! The capture file format and its writer. One JSON object per line, one line per AWS call,
//! written (and flushed) as each call's response head arrives, so a killed capture loses
//! nothing it already saw:
//!
//! ```json
//! {"time":"2025-01-01T12:00:00.123Z","service":"sqs","operation":"CreateQueue",
//!  "iam_actions":["sqs:CreateQueue"],"resources":["arn:aws:sqs:eu-west-1:123456789012:q"],
//!  "status":200,"error_code":null,"region":"eu-west-1","host":"127.0.0.1","protocol":"json"}
//! ```
//!
//! By construction a record holds no secret: it is built from identified names only, never from
//! the Authorization header, a session token, an access key id or a body.
//! `verify` and `learn` read these files with [`read_jsonl`].

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// One captured AWS call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallRecord {
    /// When the request arrived, RFC 3339 UTC with milliseconds.
    pub time: String,
    /// botocore's service id (`s3`, `sqs`, `cloudwatch`, `logs`, `elbv2`, ...); the signing
    /// name or host prefix when the service is not in the model; null when nothing tells.
    pub service: Option<String>,
    /// The API operation name (`CreateQueue`), null when it could not be identified.
    pub operation: Option<String>,
    /// IAM actions the call needs, the operation's own first.
    pub iam_actions: Vec<String>,
    /// Resource ARNs the actions apply to, where the request names them (sorted).
    pub resources: Vec<String>,
    /// The HTTP status returned to the client (502 when the upstream could not be reached).
    pub status: u16,
    /// The AWS error code (`AccessDenied`, `NoSuchBucket`, ...), null on success; for a HEAD
    /// error, which has no body, `Forbidden` (403) or `NotFound` (404).
    pub error_code: Option<String>,
    pub region: Option<String>,
    /// The host the client addressed (without port).
    pub host: String,
    /// `query`, `ec2`, `json`, `rest-json`, `rest-xml` or `smithy-rpc-v2-cbor`.
    pub protocol: Option<String>,
}

impl CallRecord {
    /// Denied by IAM (as opposed to any other error).
    pub fn is_access_denied(&self) -> bool {
        self.error_code.as_deref().is_some_and(|c| {
            c.starts_with("AccessDenied")
                || c == "Forbidden"
                || c == "UnauthorizedOperation"
                || c == "AuthorizationError"
                || c == "AuthorizationErrorException"
        })
    }
}

/// Reads a capture file; blank lines are skipped, anything else must be a record.
pub fn read_jsonl(path: &Path) -> Result<Vec<CallRecord>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::new(format!("{}: {e}", path.display())))?;
    parse_jsonl(&text).map_err(|e| Error::new(format!("{}: {e}", path.display())))
}

pub fn parse_jsonl(text: &str) -> std::result::Result<Vec<CallRecord>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l)
                .map_err(|e| format!("line {}: not a capture record: {e}", i + 1))
        })
        .collect()
}

/// An iamlive-style policy: one Allow statement of every action, sorted, on `"*"`.
pub fn policy_json<'a>(actions: impl IntoIterator<Item = &'a str>) -> String {
    let actions: BTreeSet<&str> = actions.into_iter().collect();
    let doc = serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": actions, "Resource": "*"}],
    });
    let mut s = serde_json::to_string_pretty(&doc).expect("a JSON value serializes");
    s.push('\n');
    s
}

/// RFC 3339 UTC with milliseconds.
pub fn now_rfc3339() -> String {
    let t = time::OffsetDateTime::now_utc();
    let fmt = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:3]Z"
    );
    t.format(&fmt).unwrap_or_default()
}

/// Appends records to the capture file and keeps the policy file current.
pub struct Recorder {
    out: Mutex<File>,
    policy_out: Option<PathBuf>,
    actions: Mutex<BTreeSet<String>>,
    count: AtomicU64,
}

impl Recorder {
    /// Creates (truncates) the capture file.
    pub fn create(out: &Path, policy_out: Option<&Path>) -> Result<Recorder> {
        let f = File::create(out).map_err(|e| Error::new(format!("{}: {e}", out.display())))?;
        let r = Recorder {
            out: Mutex::new(f),
            policy_out: policy_out.map(Path::to_path_buf),
            actions: Mutex::new(BTreeSet::new()),
            count: AtomicU64::new(0),
        };
        r.write_policy()?;
        Ok(r)
    }

    /// Writes one line with a single write call, so concurrent calls never interleave.
    pub fn record(&self, rec: &CallRecord) -> Result<()> {
        let mut line = serde_json::to_string(rec).expect("a record serializes");
        line.push('\n');
        {
            let mut f = self.out.lock().unwrap_or_else(|e| e.into_inner());
            f.write_all(line.as_bytes())
                .and_then(|_| f.flush())
                .map_err(|e| Error::new(format!("writing the capture file: {e}")))?;
        }
        self.count.fetch_add(1, Ordering::Relaxed);
        let grew = {
            let mut set = self.actions.lock().unwrap_or_else(|e| e.into_inner());
            let before = set.len();
            set.extend(rec.iam_actions.iter().cloned());
            set.len() != before
        };
        if grew {
            self.write_policy()?;
        }
        Ok(())
    }

    pub fn count(&self) -> u64 {
        self.count.load(Ordering::Relaxed)
    }

    pub fn actions(&self) -> Vec<String> {
        let set = self.actions.lock().unwrap_or_else(|e| e.into_inner());
        set.iter().cloned().collect()
    }

    /// Rewrites the policy file whole (write + rename), so a reader never sees half of it.
    fn write_policy(&self) -> Result<()> {
        let Some(path) = &self.policy_out else {
            return Ok(());
        };
        let set = self.actions.lock().unwrap_or_else(|e| e.into_inner());
        let text = policy_json(set.iter().map(String::as_str));
        let tmp = path.with_extension("tmp-iamplan");
        std::fs::write(&tmp, text)
            .and_then(|_| std::fs::rename(&tmp, path))
            .map_err(|e| Error::new(format!("{}: {e}", path.display())))
    }

    /// Flushes the capture file to disk and writes the final policy.
    pub fn finish(&self) -> Result<()> {
        {
            let f = self.out.lock().unwrap_or_else(|e| e.into_inner());
            f.sync_all()
                .map_err(|e| Error::new(format!("flushing the capture file: {e}")))?;
        }
        self.write_policy()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_policy() {
        let r = CallRecord {
            time: now_rfc3339(),
            service: Some("s3".into()),
            operation: Some("HeadBucket".into()),
            iam_actions: vec!["s3:ListBucket".into()],
            resources: vec!["arn:aws:s3:::b".into()],
            status: 403,
            error_code: Some("AccessDenied".into()),
            region: Some("eu-west-1".into()),
            host: "127.0.0.1".into(),
            protocol: Some("rest-xml".into()),
        };
        let line = serde_json::to_string(&r).unwrap();
        assert!(line.starts_with(r#"{"time":""#));
        assert_eq!(
            parse_jsonl(&format!("{line}\n\n{line}\n")).unwrap(),
            vec![r.clone(), r.clone()]
        );
        assert!(r.is_access_denied());
        assert!(parse_jsonl("{}\n").unwrap_err().starts_with("line 1:"));
        let p: serde_json::Value =
            serde_json::from_str(&policy_json(["s3:B", "s3:A", "s3:B"])).unwrap();
        assert_eq!(
            p["Statement"][0]["Action"],
            serde_json::json!(["s3:A", "s3:B"])
        );
        assert_eq!(p["Statement"][0]["Resource"], "*");
        assert_eq!(now_rfc3339().len(), "2025-01-01T12:00:00.123Z".len());
    }
}
