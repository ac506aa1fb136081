//! `iamplan capture`, `verify` and `learn` (not implemented yet).

pub mod learn;
pub mod verify;

use crate::bail;
use crate::error::Result;

pub fn run(_a: crate::cli::CaptureArgs) -> Result<u8> {
    bail!("`iamplan capture` is not implemented yet");
}
