//! The plan side of iamplan: a `terraform show -json` document of any format_version (0.1
//! through 1.2 and newer), read into a normalised [`Plan`]. Attribute values stay as borrowed raw
//! JSON until a rule asks for them, so a 40 MB plan costs little more than its own text; and
//! every value access goes through [`Values`], which refuses values marked sensitive.

pub mod actions;
pub mod ephemeral;
pub mod load;
mod model;
pub mod raw;
mod split;
mod values;

pub use actions::{ActionInvocation, ActionTrigger, TriggerEvent};
pub use model::{parse, provider_type, Change, ChangeAction, Mode, Plan, StateResource};
pub use values::{value_set, Lookup, Tri, Values};
pub mod configuration;
pub use configuration::{base_address, ProviderConfig};
