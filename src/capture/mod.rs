//! `iamplan capture` records the AWS calls of a real run, and `verify` / `learn` read such
//! recordings. The capture owns: the wire-level recorder (`serve`: endpoint mode in front of a
//! local AWS mock, HTTPS-intercepting proxy mode for real AWS; `forward`: the shared
//! record-and-forward path; `ca`: the proxy's name-constrained CA), call identification from
//! the compiled-in botocore models (`models`, `identify`), the operation -> IAM action and
//! resource ARN mapping (`arn`, iamlive's map and the IAM reference, as the rules import uses
//! them), and the JSONL record format (`record`) that `verify` and `learn` consume.

pub mod allow;
pub mod arn;
pub mod ca;
pub mod forward;
pub mod identify;
pub mod learn;
pub mod limits;
pub mod models;
pub mod record;
pub mod serve;
pub mod verify;

pub use record::{read_jsonl, CallRecord};

use crate::error::Result;

pub fn run(a: crate::cli::CaptureArgs) -> Result<u8> {
    serve::run(a)
}
