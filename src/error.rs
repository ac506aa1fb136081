//! The one error type every command returns. An error is always a user-facing, single-line
//! message about input or usage (exit code 2); internal invariants are not errors but bugs.

use std::fmt;

#[derive(Debug)]
pub struct Error {
    msg: String,
}

impl Error {
    pub fn new(msg: impl Into<String>) -> Self {
        Error { msg: msg.into() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line, always: callers print it behind "iamplan: error: ".
        let one_line: String = self
            .msg
            .chars()
            .map(|c| if c == '\n' { ' ' } else { c })
            .collect();
        f.write_str(&one_line)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

/// Shorthand for `Err(Error::new(format!(...)))`.
#[macro_export]
macro_rules! bail {
    ($($arg:tt)*) => { return Err($crate::error::Error::new(format!($($arg)*))) };
}
