//! `iamplan module` (not implemented yet).

use crate::bail;
use crate::error::Result;

pub fn run(_a: crate::cli::ModuleArgs) -> Result<u8> {
    bail!("`iamplan module` is not implemented yet");
}
