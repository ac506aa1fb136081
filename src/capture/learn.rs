//! `iamplan learn` (not implemented yet).

use crate::bail;
use crate::error::Result;

pub fn run(_a: crate::cli::LearnArgs) -> Result<u8> {
    bail!("`iamplan learn` is not implemented yet");
}
