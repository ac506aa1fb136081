//! Benchmark baseline (not part of the user CLI): the cost of only parsing a plan's JSON, with
//! serde_json into `IgnoredAny`, so `scripts/bench.sh` can put iamplan's time beside it.

use serde::de::IgnoredAny;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bench-parse <plan.json>");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    });
    match serde_json::from_str::<IgnoredAny>(&text) {
        Ok(_) => println!("parsed {} bytes", text.len()),
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2)
        }
    }
}
