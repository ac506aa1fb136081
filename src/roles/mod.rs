//! `iamplan roles` (not implemented yet).

use crate::bail;
use crate::error::Result;

pub fn run(_a: crate::cli::RolesArgs) -> Result<u8> {
    bail!("`iamplan roles` is not implemented yet");
}
