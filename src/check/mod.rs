//! `iamplan check` (not implemented yet).

use crate::bail;
use crate::error::Result;

pub fn run(_a: crate::cli::CheckArgs) -> Result<u8> {
    bail!("`iamplan check` is not implemented yet");
}
