//! Entry point: parse arguments, run, map the outcome to an exit code (0 ok, 1 findings,
//! 2 usage or input error). A closed stdout (e.g. `| head`) counts as success.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match iamplan::cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match iamplan::app::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("iamplan: error: {e}");
            ExitCode::from(2)
        }
    }
}
