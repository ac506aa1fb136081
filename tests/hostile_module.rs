//! `iamplan module` on hostile modules: each case asks for more than the documented limits
//! allow (instances, collection size, depth, evaluation steps) and must end with exit 2 and
//! one line naming the limit and the flag that raises it, before allocating what it asks for.
//! Not timed: `scripts/bench.py` measures these cases; here the outcome is asserted. Before
//! the limits, the same inputs panicked ("capacity overflow"), overflowed the stack or grew
//! to 5-14 GB.

mod common;
use common::*;
use std::path::PathBuf;
use std::process::Output;

/// A module directory holding `main.tf` with `src`, under the system temp dir.
fn module_with(name: &str, src: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("iamplan-hostile-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("main.tf"), src).unwrap();
    dir
}

fn module(dir: &PathBuf, extra: &[&str]) -> Output {
    let o = bin()
        .arg("module")
        .arg(dir)
        .args(extra)
        .output()
        .expect("run iamplan module");
    std::fs::remove_dir_all(dir).ok();
    o
}

/// Exit 2, one line on stderr, naming `limit` and `flag`; nothing on stdout.
fn assert_limit(o: &Output, limit: &str, flag: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("iamplan: error: "), "{err}");
    assert!(err.contains(limit), "want {limit:?} in {err}");
    assert!(err.contains(flag), "want {flag:?} in {err}");
    assert!(o.stdout.is_empty());
}

#[test]
fn count_of_1e30_is_over_the_instances_limit() {
    let dir = module_with(
        "1e30",
        "resource \"aws_sqs_queue\" \"q\" {\n  count = 1e30\n  name = \"q-${count.index}\"\n}\n",
    );
    assert_limit(
        &module(&dir, &[]),
        "aws_sqs_queue.q: count = 1e+30 is over the limit of 10000 instances per resource",
        "--max-instances",
    );
}

#[test]
fn count_of_a_hundred_million_is_over_the_instances_limit() {
    let dir = module_with(
        "1e8",
        "resource \"aws_sqs_queue\" \"q\" {\n  count = 100000000\n  name = \"q-${count.index}\"\n}\n",
    );
    assert_limit(
        &module(&dir, &[]),
        "count = 100000000 is over the limit of 10000 instances per resource",
        "--max-instances",
    );
}

#[test]
fn the_instances_flag_raises_the_limit() {
    let src =
        "resource \"aws_sqs_queue\" \"q\" {\n  count = 11\n  name = \"q-${count.index}\"\n}\n";
    let o = module(&module_with("raise-a", src), &["--max-instances", "10"]);
    assert_limit(&o, "count = 11 is over the limit of 10", "--max-instances");
    let o = module(&module_with("raise-b", src), &["--max-instances", "11"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("arn:aws:sqs:*:*:q-10"));
}

#[test]
fn total_instances_across_module_calls_are_limited() {
    // 200 calls of a child with 300 queues each: 60,000 instances, each call within limits.
    let dir = module_with(
        "total",
        "module \"m\" {\n  source = \"./child\"\n  count = 200\n}\n",
    );
    std::fs::create_dir_all(dir.join("child")).unwrap();
    std::fs::write(
        dir.join("child/main.tf"),
        "resource \"aws_sqs_queue\" \"q\" {\n  count = 300\n  name = \"q-${count.index}\"\n}\n",
    )
    .unwrap();
    assert_limit(
        &module(&dir, &[]),
        "more than 50000 resource and module instances in all",
        "--max-total-instances",
    );
}

#[test]
fn forty_chained_concats_are_over_the_collection_limit() {
    let mut src = String::from("locals {\n  x0 = [1]\n");
    for i in 1..=40 {
        src.push_str(&format!(
            "  x{i} = concat(local.x{}, local.x{})\n",
            i - 1,
            i - 1
        ));
    }
    src.push_str("}\nresource \"aws_sqs_queue\" \"q\" {\n  name = \"q-${length(local.x40)}\"\n}\n");
    assert_limit(
        &module(&module_with("concat", &src), &[]),
        ": local.x20: a list of 1048576 elements is over the collection-size limit of 1000000",
        "--max-collection-size",
    );
}

#[test]
fn doubling_strings_are_over_the_collection_limit() {
    let mut src = String::from("locals {\n  s0 = \"ab\"\n");
    for i in 1..=40 {
        src.push_str(&format!(
            "  s{i} = \"${{local.s{}}}${{local.s{}}}\"\n",
            i - 1,
            i - 1
        ));
    }
    src.push_str("}\nresource \"aws_sqs_queue\" \"q\" {\n  name = local.s40\n}\n");
    assert_limit(
        &module(&module_with("strings", &src), &[]),
        "bytes is over the collection-size limit",
        "--max-collection-size",
    );
}

#[test]
fn for_each_over_200000_literals_is_over_the_instances_limit() {
    let items: Vec<String> = (0..200_000).map(|i| format!("\"k{i}\"")).collect();
    let src = format!(
        "resource \"aws_sqs_queue\" \"q\" {{\n  for_each = toset([{}])\n  name = each.key\n}}\n",
        items.join(", ")
    );
    assert_limit(
        &module(&module_with("for-each", &src), &[]),
        "for_each over 200000 elements is over the limit of 10000 instances per resource",
        "--max-instances",
    );
}

#[test]
fn ten_thousand_nested_brackets_are_over_the_depth_limit() {
    for (open, close) in [("[", "]"), ("(", ")"), ("{ a = ", "}")] {
        let src = format!(
            "locals {{\n  x = {}1{}\n}}\n",
            open.repeat(10_000),
            close.repeat(10_000)
        );
        assert_limit(
            &module(&module_with("deep", &src), &[]),
            "main.tf: line 2: nested more than 40 levels deep",
            "--max-depth",
        );
    }
}

#[test]
fn the_depth_flag_is_capped_at_the_parsers_limit() {
    let src = format!(
        "locals {{\n  x = {}1{}\n}}\n",
        "[".repeat(50),
        "]".repeat(50)
    );
    let o = module(&module_with("depth-a", &src), &[]);
    assert_limit(&o, "nested more than 40 levels", "--max-depth");
    let o = module(&module_with("depth-b", &src), &["--max-depth", "60"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = module(&module_with("depth-c", &src), &["--max-depth", "65"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("65"), "{}", stderr(&o));
}

#[test]
fn deeply_chained_locals_are_over_the_depth_limit() {
    // Each local wraps the previous one: the value nests deeper than any one expression.
    let mut src = String::from("locals {\n  v0 = 1\n");
    for i in 1..=100 {
        src.push_str(&format!("  v{i} = [local.v{}]\n", i - 1));
    }
    src.push_str("}\n");
    assert_limit(
        &module(&module_with("value-depth", &src), &[]),
        "a value nested 41 deep is over the depth limit of 40",
        "--max-depth",
    );
}

#[test]
fn nested_for_expressions_are_over_the_steps_limit() {
    let src = "locals {\n  n = range(1000)\n  cube = [for a in local.n : [for b in local.n : [for c in local.n : c]]]\n}\nresource \"aws_sqs_queue\" \"q\" {\n  name = \"q-${length(local.cube)}\"\n}\n";
    assert_limit(
        &module(&module_with("steps", src), &["--max-eval-steps", "2000000"]),
        "evaluation needs more than 2000000 steps",
        "--max-eval-steps",
    );
}

#[test]
fn exponential_module_fan_out_is_limited() {
    // Each level calls the next twice: 2^30 module instances if read naively.
    let dir = module_with(
        "fan",
        "module \"a\" {\n  source = \"./l1\"\n}\nmodule \"b\" {\n  source = \"./l1\"\n}\n",
    );
    for i in 1..=30 {
        let d = dir.join(
            (1..=i)
                .map(|j| format!("l{j}"))
                .collect::<Vec<_>>()
                .join("/"),
        );
        std::fs::create_dir_all(&d).unwrap();
        let next = format!("l{}", i + 1);
        let body = if i < 30 {
            format!("module \"a\" {{\n  source = \"./{next}\"\n}}\nmodule \"b\" {{\n  source = \"./{next}\"\n}}\n")
        } else {
            "resource \"aws_sqs_queue\" \"q\" {\n  name = \"leaf\"\n}\n".to_string()
        };
        std::fs::write(d.join("main.tf"), body).unwrap();
    }
    assert_limit(
        &module(&dir, &[]),
        "module calls to read",
        "--max-total-instances",
    );
}

#[test]
fn division_by_zero_and_overflow_do_not_panic() {
    let src = "locals {\n  a = 1 % 0\n  b = 1 / 0\n  c = 18446744073709551615 * 18446744073709551615\n}\nresource \"aws_sqs_queue\" \"q\" {\n  count = local.a\n  name = \"q-${local.b}-${local.c}\"\n}\n";
    let o = module(&module_with("arith", src), &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
