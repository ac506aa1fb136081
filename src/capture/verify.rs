//! `iamplan verify` (not implemented yet).

use crate::bail;
use crate::error::Result;

pub fn run(_a: crate::cli::VerifyArgs) -> Result<u8> {
    bail!("`iamplan verify` is not implemented yet");
}
