//! iamplan: predict the least-privilege AWS IAM policies a Terraform plan needs, offline.
//! The library knows nothing about flags; `cli` and `app` are the only places that do.

pub mod app;
pub mod capture;
pub mod check;
pub mod cli;
pub mod error;
pub mod graph;
pub mod iam;
pub mod module;
pub mod plan;
pub mod policy;
pub mod predict;
pub mod report;
pub mod roles;
pub mod rules;
