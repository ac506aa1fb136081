//! Output formats, one module each. Reports take finished data (a prediction and its policy)
//! and return text; they never decide what is needed.

pub mod markdown;
pub mod terraform;

use crate::predict::Prediction;

/// One line naming every AWS type without a rule, for stderr and comments.
pub fn unmapped_line(p: &Prediction) -> Option<String> {
    if p.coverage.unmapped.is_empty() {
        return None;
    }
    let items: Vec<String> = p
        .coverage
        .unmapped
        .iter()
        .map(|(t, n)| format!("{t} ({n})"))
        .collect();
    Some(format!(
        "{} AWS type(s) have no rule, their permissions are NOT in the policy: {}",
        p.coverage.unmapped.len(),
        items.join(", ")
    ))
}

/// One line counting resources of other providers, which need no AWS permissions.
pub fn other_providers_line(p: &Prediction) -> Option<String> {
    if p.coverage.other_providers.is_empty() {
        return None;
    }
    let total: usize = p.coverage.other_providers.values().sum();
    let items: Vec<String> = p
        .coverage
        .other_providers
        .iter()
        .map(|(t, n)| format!("{t} ({n})"))
        .collect();
    Some(format!(
        "skipped {total} resource(s) of other providers: {}",
        items.join(", ")
    ))
}
