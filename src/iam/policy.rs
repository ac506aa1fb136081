//! IAM policy documents as iamplan writes them: statements in AWS's conventional key order
//! (Effect, Action, Resource, Condition), one string or a sorted list for Resource.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Statement {
    pub sid: Option<String>,
    pub effect: &'static str,
    pub actions: Vec<String>,
    pub resources: Vec<String>,
    /// operator -> key -> values
    pub condition: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PolicyDocument {
    pub statements: Vec<Statement>,
}

impl Serialize for Statement {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        if let Some(sid) = &self.sid {
            m.serialize_entry("Sid", sid)?;
        }
        m.serialize_entry("Effect", self.effect)?;
        m.serialize_entry("Action", &self.actions)?;
        if self.resources.len() == 1 {
            m.serialize_entry("Resource", &self.resources[0])?;
        } else {
            m.serialize_entry("Resource", &self.resources)?;
        }
        if !self.condition.is_empty() {
            m.serialize_entry("Condition", &self.condition)?;
        }
        m.end()
    }
}

impl Serialize for PolicyDocument {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("Version", "2012-10-17")?;
        m.serialize_entry("Statement", &self.statements)?;
        m.end()
    }
}

impl PolicyDocument {
    pub fn to_json_pretty(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).expect("policy serialises");
        out.push('\n');
        out
    }

    /// IAM's size measure for managed policies: characters other than whitespace.
    pub fn iam_size(&self) -> usize {
        iam_chars(self)
    }
}

/// IAM's size measure of any part of a policy: the characters of its compact JSON other than
/// whitespace.
pub fn iam_chars<T: Serialize + ?Sized>(v: &T) -> usize {
    serde_json::to_string(v)
        .expect("policy serialises")
        .chars()
        .filter(|c| !c.is_whitespace())
        .count()
}
