//! Deterministic mutation fuzzing of every reader of untrusted input: plans, policy documents
//! and authorization details, HCL modules, and captures (iamplan JSONL, iamlive, CloudTrail).
//! Each target mutates the files under `testdata/` (byte flips, truncation, duplicated spans,
//! deep nesting, huge numbers, invalid UTF-8, policy syntax) with a fixed-seed xorshift
//! generator and feeds the result to the library, asserting that no case panics and each ends
//! within a bound. libFuzzer is not used: the toolchain here cannot build it, and a fixed seed
//! makes every failure reproducible from the test's own output.
//!
//! `IAMPLAN_FUZZ_ITERS` sets the cases per target (default [`DEFAULT_ITERS`], about a minute
//! in all in a debug build); `IAMPLAN_FUZZ_SEED` varies the sequence. Each target runs in child
//! processes (this binary again), so a case that aborts (a stack overflow) or hangs is
//! recorded and the run goes on. A failing case is saved
//! under the test's temporary directory and named in the failure; inputs found this way live in
//! `tests/fuzz-regressions/<target>/` and are replayed by [`regressions`].

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use iamplan::predict::{arn::ScopeFlags, Phase};

/// Cases per target by default: about a minute for the four in a debug build on two cores
/// (a plan case predicts three phases; an HCL case only parses).
const DEFAULT_ITERS: &[(&str, usize)] = &[
    ("plan", 1200),
    ("policy", 1500),
    ("hcl", 4000),
    ("capture", 2000),
];
/// A case slower than this fails the run (debug build, two busy cores).
const CASE_LIMIT: Duration = Duration::from_secs(10);
/// A case still running after this is a hang: the watchdog names it and ends the process.
const HANG_LIMIT: Duration = Duration::from_secs(15);
/// Structural mutations that would make a larger input are undone: a case is about the
/// reader, not about building gigabytes (three compounding repeats reach that).
const MAX_INPUT: usize = 1 << 20;
/// Address space of a fuzz child (KiB), so that a runaway allocation in a reader fails that
/// case instead of taking the machine's memory.
const CHILD_MEMORY_KIB: u64 = 4 << 20;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scratch() -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz");
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn iters(target: &str) -> usize {
    std::env::var("IAMPLAN_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| {
            DEFAULT_ITERS
                .iter()
                .find(|(t, _)| *t == target)
                .map_or(200, |(_, n)| *n)
        })
}

fn base_seed() -> u64 {
    std::env::var("IAMPLAN_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x1a3f_5c7e_9b2d_4f61)
}

/// xorshift64*: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    /// The generator of case `i` of a stream (splitmix64 of both, so neighbours differ).
    fn case(seed: u64, i: usize) -> Rng {
        let mut z = seed ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng::new(z ^ (z >> 31))
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// Uniform in `0..n` (n > 0), near enough.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Which syntax the deep-nesting mutation opens.
#[derive(Clone, Copy)]
enum Syntax {
    Json,
    Hcl,
}

/// Text that means something to one of the readers, dropped in at random.
const TOKENS: &[&str] = &[
    "${",
    "$${",
    "%{",
    "}",
    "*",
    "?",
    "${*}",
    "${$}",
    "\\u0000",
    "\\ud800",
    "\"",
    "\\",
    ":",
    "::",
    "arn:",
    "arn:aws:iam:: 1:role/x",
    "null",
    "true",
    "[]",
    "{}",
    "\n",
    "\r\n",
    "\u{feff}",
    "\u{202e}",
    "é",
    "😀",
    "-0",
    "1e400",
    "NaN",
    "{{",
    "}}",
    "<<EOT\n",
    "\nEOT\n",
];

const HUGE: &[&str] = &[
    "1e30",
    "1e999999",
    "-1e30",
    "99999999999999999999999999999999",
    "18446744073709551616",
    "-9223372036854775809",
    "0.0000000000000000000000000001",
    "100000000",
    "4294967296",
];

/// One to three mutations of `seed`: for JSON, half the time of its structure (so that the
/// document still parses and the mutation reaches what reads it), else of its bytes.
fn mutate(rng: &mut Rng, seed: &[u8], syntax: Syntax) -> Vec<u8> {
    if let Syntax::Json = syntax {
        if rng.below(2) == 0 {
            if let Ok(mut v) = serde_json::from_slice::<serde_json::Value>(seed) {
                let mut out = seed.to_vec();
                for _ in 0..1 + rng.below(3) {
                    let before = v.clone();
                    mutate_value(rng, &mut v);
                    let text = serde_json::to_vec(&v).unwrap();
                    if text.len() > MAX_INPUT {
                        v = before;
                    } else {
                        out = text;
                    }
                }
                return out;
            }
        }
    }
    mutate_bytes(rng, seed, syntax)
}

/// A node reached by a random walk down from `v`.
fn some_node<'v>(rng: &mut Rng, v: &'v mut serde_json::Value) -> &'v mut serde_json::Value {
    use serde_json::Value;
    let mut cur = v;
    loop {
        let deeper = rng.below(10) < 8;
        let next = match &*cur {
            Value::Array(a) if deeper && !a.is_empty() => Some(rng.below(a.len())),
            Value::Object(m) if deeper && !m.is_empty() => Some(rng.below(m.len())),
            _ => None,
        };
        let Some(i) = next else {
            return cur;
        };
        cur = match cur {
            Value::Array(a) => &mut a[i],
            Value::Object(m) => m.values_mut().nth(i).expect("in range"),
            _ => unreachable!("only containers have children"),
        };
    }
}

/// One structural mutation: a string with policy syntax or made huge, a number out of range,
/// an element repeated, a member dropped or of the wrong type, a subtree nested deep.
fn mutate_value(rng: &mut Rng, v: &mut serde_json::Value) {
    use serde_json::{json, Value};
    let node = some_node(rng, v);
    match (rng.below(4), &mut *node) {
        (0 | 1, Value::String(s)) => {
            let at = (0..=s.len())
                .filter(|&i| s.is_char_boundary(i))
                .nth(rng.below(s.chars().count() + 1))
                .unwrap_or(0);
            match rng.below(3) {
                0 => s.insert_str(at, rng.pick::<&str>(TOKENS)),
                1 => s.insert_str(at, &"*?".repeat(1 + rng.below(3000))),
                _ => *s = s.repeat(2 + rng.below(2000)),
            }
        }
        (0 | 1, Value::Number(_)) => {
            *node = match rng.below(5) {
                0 => json!(1e300),
                1 => json!(u64::MAX),
                2 => json!(i64::MIN),
                3 => json!(-1.5),
                _ => json!(1e30),
            }
        }
        (0 | 1, Value::Array(a)) if !a.is_empty() => {
            let i = rng.below(a.len());
            let item = a[i].clone();
            for _ in 0..1 + rng.below(500) {
                a.push(item.clone());
            }
        }
        (0 | 1, Value::Object(m)) if !m.is_empty() => {
            let k = m.keys().nth(rng.below(m.len())).cloned().expect("in range");
            match rng.below(3) {
                0 => {
                    m.remove(&k);
                }
                1 => {
                    m.insert(k, json!(null));
                }
                _ => {
                    let wrong = [json!("x"), json!(7), json!([]), json!({}), json!(true)];
                    m.insert(k, rng.pick(&wrong).clone());
                }
            }
        }
        (2, _) => {
            // Deeper than serde_json's recursion limit about half the time.
            let mut inner = node.take();
            for _ in 0..1 + rng.below(250) {
                inner = if rng.below(2) == 0 {
                    json!([inner])
                } else {
                    json!({ "a": inner })
                };
            }
            *node = inner;
        }
        _ => {
            let odd = [
                json!(null),
                json!(""),
                json!("*"),
                json!("${aws:username}"),
                json!(0),
            ];
            *node = rng.pick(&odd).clone();
        }
    }
}

/// Byte-level mutations, for any syntax.
fn mutate_bytes(rng: &mut Rng, seed: &[u8], syntax: Syntax) -> Vec<u8> {
    let mut b = seed.to_vec();
    for _ in 0..1 + rng.below(3) {
        let len = b.len();
        let at = rng.below(len + 1);
        match rng.below(9) {
            // Byte flips: a bit, or a whole byte.
            0 => {
                for _ in 0..1 + rng.below(8) {
                    if !b.is_empty() {
                        let i = rng.below(b.len());
                        if rng.below(2) == 0 {
                            b[i] ^= 1 << rng.below(8);
                        } else {
                            b[i] = rng.next() as u8;
                        }
                    }
                }
            }
            // Truncation.
            1 => b.truncate(at),
            // A span duplicated, once or many times (long names, repeated members).
            2 => {
                if len > 0 {
                    let s = rng.below(len);
                    let e = (s + 1 + rng.below(4096)).min(len);
                    let span = b[s..e].to_vec();
                    let times = if rng.below(4) == 0 {
                        1 + rng.below(64)
                    } else {
                        1
                    };
                    let at = rng.below(b.len() + 1);
                    let ins: Vec<u8> = span.repeat(times);
                    b.splice(at..at, ins);
                }
            }
            // Deep nesting: thousands of openers, closed or not.
            3 => {
                let depth = 1 + rng.below(20_000);
                let (open, close): (&[u8], &[u8]) = match (syntax, rng.below(3)) {
                    (Syntax::Json, 0) => (b"[", b"]"),
                    (Syntax::Json, 1) => (b"{\"a\":", b"}"),
                    (Syntax::Json, _) => (b"[{\"x\":[", b"]}]"),
                    (Syntax::Hcl, 0) => (b"(", b")"),
                    (Syntax::Hcl, 1) => (b"[", b"]"),
                    (Syntax::Hcl, _) => (b"x {\n", b"}\n"),
                };
                let mut ins = open.repeat(depth);
                if rng.below(2) == 0 {
                    ins.extend(close.repeat(depth));
                }
                b.splice(at..at, ins);
            }
            // Huge numbers in place of a run of digits.
            4 => {
                let digits: Vec<usize> = (0..len).filter(|&i| b[i].is_ascii_digit()).collect();
                let huge = rng.pick(HUGE).as_bytes().to_vec();
                if digits.is_empty() {
                    b.splice(at..at, huge);
                } else {
                    let s = *rng.pick(&digits);
                    let mut e = s;
                    while e < b.len() && (b[e].is_ascii_digit() || b[e] == b'.') {
                        e += 1;
                    }
                    b.splice(s..e, huge);
                }
            }
            // Invalid UTF-8: lone continuation bytes, overlong forms, surrogates, 0xFF.
            5 => {
                let bad: &[&[u8]] = &[
                    b"\xff",
                    b"\x80",
                    b"\xc0\x80",
                    b"\xed\xa0\x80",
                    b"\xf4\x90\x80\x80",
                    b"\xe2\x82",
                    b"\xfe\xff",
                ];
                b.splice(at..at, rng.pick(bad).iter().copied());
            }
            // Policy and template syntax, escapes, odd characters.
            6 => {
                b.splice(at..at, rng.pick(TOKENS).bytes());
            }
            // A span deleted.
            7 => {
                if len > 0 {
                    let s = rng.below(len);
                    let e = (s + 1 + rng.below(256)).min(len);
                    b.drain(s..e);
                }
            }
            // A quoted string's contents replaced by a long run of wildcards.
            _ => {
                if let Some(q) = (at..len).find(|&i| b[i] == b'"') {
                    let run = if rng.below(2) == 0 { "*?" } else { "*" };
                    let ins = run.repeat(1 + rng.below(2000)) + "${$}";
                    b.splice(q + 1..q + 1, ins.bytes());
                }
            }
        }
    }
    b
}

/// The cases running now (one per test thread), for the watchdog: when each started and
/// what it is.
fn running() -> &'static Mutex<HashMap<String, (Instant, String)>> {
    static R: OnceLock<&'static Mutex<HashMap<String, (Instant, String)>>> = OnceLock::new();
    R.get_or_init(|| {
        let r: &'static Mutex<HashMap<String, (Instant, String)>> =
            Box::leak(Box::new(Mutex::new(HashMap::new())));
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_millis(500));
            let map = r.lock().unwrap_or_else(|e| e.into_inner());
            if let Some((_, label)) = map.values().find(|(t, _)| t.elapsed() > HANG_LIMIT) {
                eprintln!(
                    "fuzz: {label} has run for over {} s: a hang; exiting",
                    HANG_LIMIT.as_secs()
                );
                std::process::exit(3);
            }
        });
        r
    })
}

/// Panics are expected only from the fuzz targets; their messages are collected, not printed.
fn quiet_panics() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let in_case = std::thread::current()
                .name()
                .is_some_and(|n| n.starts_with("fuzz-case"));
            if !in_case {
                default(info);
            }
        }));
    });
}

/// Tells apart the files of cases running at once on different test threads.
fn thread_tag() -> String {
    // Case threads are named `fuzz-case <target or "regression"> ...`.
    let n = std::thread::current().name().unwrap_or("").to_string();
    n.split_whitespace()
        .nth(1)
        .unwrap_or("x")
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(non-string panic)".into())
}

/// Runs one case on a thread of its own (a named one, so its panic stays quiet) with the
/// input saved first, so a case that aborts the process (a stack overflow) can be replayed.
/// Returns what went wrong, if anything.
fn run_case(label: &str, input: &[u8], saved: &Path, f: &(dyn Fn(&[u8]) + Sync)) -> Option<String> {
    std::fs::write(saved, input).unwrap();
    let key = saved.display().to_string();
    let shown = format!("{label} (input saved at {key})");
    let t = Instant::now();
    running()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(key.clone(), (t, shown));
    let r = std::thread::scope(|s| {
        std::thread::Builder::new()
            .name(format!("fuzz-case {label}"))
            .stack_size(8 << 20)
            .spawn_scoped(s, || catch_unwind(AssertUnwindSafe(|| f(input))))
            .unwrap()
            .join()
            .unwrap_or_else(Err)
    });
    running()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .remove(&key);
    let took = t.elapsed();
    match r {
        Err(p) => Some(format!("panicked: {}", panic_text(&*p))),
        Ok(()) if took > CASE_LIMIT => Some(format!("took {took:?}")),
        Ok(()) => None,
    }
}

/// A target: its seed files and what one case does with mutated bytes of one of them.
struct Target {
    name: &'static str,
    syntax: Syntax,
    seeds: Vec<PathBuf>,
    /// One case, on mutated bytes.
    run: fn(&[u8]),
}

/// Failures fuzzing finds in code another part of the project owns and fixes: (target, text
/// in the failure, why). They are counted and printed, not failed on; a sample input of each
/// is in `tests/fuzz-regressions/` and listed in [`KNOWN_OPEN_INPUTS`].
const KNOWN_OPEN: &[(&str, &str, &str)] = &[
    (
        "hcl",
        "stack overflow",
        "hcl-rs 0.18 parses nested `(`, `[` and blocks recursively: thousands of them overflow \
         the stack (issue 20, `module: no limits`; src/module and the hcl-rs upgrade are the \
         module work's)",
    ),
    (
        "policy",
        "a hang",
        "src/check/eval.rs matches a Resource with `${...}` by backtracking: a long run of `*` \
         before `${$}` takes exponential time (issue 20, `check: exponential wildcard \
         matching`; the linear matcher is the check work's)",
    ),
];

/// Runs `iters()` cases of a target in child processes (this test binary, running
/// [`fuzz_child`]), so that a case that kills its process (a stack overflow, a hang the
/// watchdog ends) is recorded and the run goes on from the next case. Panics naming every
/// failing case that is not a [`KNOWN_OPEN`] one.
fn fuzz(t: &Target) {
    let n = iters(t.name);
    let dir = scratch();
    let progress = dir.join(format!("{}-progress", t.name));
    let exe = std::env::current_exe().unwrap();
    let start = Instant::now();
    let (mut failures, mut known, mut children) = (Vec::new(), Vec::new(), 0);
    let mut from = 0;
    while from < n {
        let _ = std::fs::remove_file(&progress);
        children += 1;
        // Through `sh` for `ulimit -v`: the standard library has no setrlimit.
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(
                "ulimit -v {CHILD_MEMORY_KIB} && exec \"$0\" \"$@\""
            ))
            .arg(&exe)
            .args([
                "fuzz_child",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env("IAMPLAN_FUZZ_CHILD", t.name)
            .env("IAMPLAN_FUZZ_FROM", from.to_string())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let log = std::fs::read_to_string(&progress).unwrap_or_default();
        let mut last_start = None;
        for line in log.lines() {
            let (what, rest) = line.split_once(' ').unwrap_or((line, ""));
            match what {
                "start" => last_start = rest.parse::<usize>().ok(),
                "ok" => last_start = None,
                "fail" => {
                    last_start = None;
                    failures.push(rest.to_string());
                }
                _ => {}
            }
        }
        if out.status.success() {
            break;
        }
        // The child died in case `i`: keep its input, go on after it.
        let stderr = String::from_utf8_lossy(&out.stderr);
        let Some(i) = last_start else {
            panic!(
                "{}: fuzz child failed outside a case: {:?}\n{stderr}",
                t.name, out.status
            );
        };
        let keep = dir.join(format!("{}-case-{i}", t.name));
        let _ = std::fs::copy(dir.join(format!("{}-current", t.name)), &keep);
        let why = stderr
            .lines()
            .rev()
            .filter(|l| {
                ["overflow", "fuzz:", "fatal", "memory allocation"]
                    .iter()
                    .any(|k| l.contains(k))
            })
            .collect::<Vec<_>>()
            .join(" / ");
        failures.push(format!(
            "{} case {i}: the process died ({:?}): {why}; input: {}",
            t.name,
            out.status,
            keep.display()
        ));
        from = i + 1;
    }
    failures.retain(|f| {
        let open = KNOWN_OPEN
            .iter()
            .find(|(tn, needle, _)| *tn == t.name && f.contains(needle));
        if let Some((_, _, why)) = open {
            known.push(format!("{f}\n    known, not this test's to fix: {why}"));
        }
        open.is_none()
    });
    eprintln!(
        "fuzz {}: {n} cases from {} seeds in {:.1?} ({children} process(es)), {} failing, {} known open",
        t.name,
        t.seeds.len(),
        start.elapsed(),
        failures.len(),
        known.len()
    );
    for k in &known {
        eprintln!("  {k}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One target's cases from `IAMPLAN_FUZZ_FROM` on, for [`fuzz`]: each case is noted in the
/// progress file before it runs and after.
fn child(t: &Target, salt: u64) {
    use std::io::Write;
    quiet_panics();
    let seeds: Vec<Vec<u8>> = t.seeds.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let from: usize = std::env::var("IAMPLAN_FUZZ_FROM")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let dir = scratch();
    let mut log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join(format!("{}-progress", t.name)))
        .unwrap();
    for i in from..iters(t.name) {
        let which = i % seeds.len();
        // Each case has a generator of its own, so case `i` is the same input wherever a
        // child process starts.
        let mut rng = Rng::case(base_seed() ^ salt, i);
        let input = mutate(&mut rng, &seeds[which], t.syntax);
        let label = format!(
            "{} case {i} (seed {}, from {})",
            t.name,
            base_seed() ^ salt,
            t.seeds[which]
                .strip_prefix(root())
                .unwrap_or(&t.seeds[which])
                .display()
        );
        writeln!(log, "start {i}").unwrap();
        log.flush().unwrap();
        let saved = dir.join(format!("{}-current", t.name));
        match run_case(&label, &input, &saved, &t.run) {
            Some(what) => {
                let keep = dir.join(format!("{}-case-{i}", t.name));
                std::fs::write(&keep, &input).unwrap();
                writeln!(log, "fail {label}: {what}; input: {}", keep.display()).unwrap();
            }
            None => writeln!(log, "ok {i}").unwrap(),
        }
        log.flush().unwrap();
    }
}

fn files_under(dir: &Path, keep: &dyn Fn(&Path) -> bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if keep(&p) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

// ---- targets ----

fn plan_target() -> Target {
    let seeds = files_under(&root().join("testdata"), &|p| {
        let n = p.file_name().unwrap().to_string_lossy();
        n.starts_with("plan") && n.ends_with(".json") && !p.to_string_lossy().contains("/modules/")
    });
    Target {
        name: "plan",
        syntax: Syntax::Json,
        seeds,
        run: plan_case,
    }
}

/// The plan path of `policy`: decode, parse, predict every phase, build the policy.
fn plan_case(bytes: &[u8]) {
    let Ok(text) = iamplan::plan::load::decode("fuzz.json", bytes.to_vec()) else {
        return;
    };
    let Ok(plan) = iamplan::plan::parse("fuzz.json", &text) else {
        return;
    };
    for phase in [Phase::Plan, Phase::Deploy, Phase::Destroy] {
        if let Ok(p) = iamplan::predict::predict(&plan, phase, &ScopeFlags::default()) {
            let doc = iamplan::policy::render(&p.requirements);
            let _ = doc.to_json_pretty();
        }
    }
}

fn policy_target() -> Target {
    let seeds = files_under(&root().join("testdata/policies"), &|p| {
        p.extension().is_some_and(|e| e == "json")
    });
    Target {
        name: "policy",
        syntax: Syntax::Json,
        seeds,
        run: policy_case,
    }
}

/// The `check` path: read the document (or authorization details), evaluate a few requests.
fn policy_case(bytes: &[u8]) {
    use iamplan::check::eval::{evaluate, PolicySet, Request};
    let path = scratch().join(format!("policy-input-{}.json", thread_tag()));
    std::fs::write(&path, bytes).unwrap();
    let files = [path.to_string_lossy().into_owned()];
    let Ok((identity, boundary)) =
        iamplan::check::policy_set::identity_docs(&files, Some("deployer"))
    else {
        return;
    };
    let set = PolicySet {
        identity,
        boundary,
        ..PolicySet::default()
    };
    for (action, resource) in [
        ("s3:GetObject", "arn:aws:s3:::bucket/key"),
        ("iam:PassRole", "arn:aws:iam::111122223333:role/deployer"),
        ("ec2:RunInstances", "*"),
        ("s3:ListBucket", "arn:aws:s3:::b*"),
    ] {
        let _ = evaluate(
            &set,
            &Request {
                action,
                resource,
                context: &[("aws:RequestedRegion", "us-east-1")],
            },
        );
    }
}

fn hcl_target() -> Target {
    let seeds = files_under(&root().join("testdata/modules"), &|p| {
        p.extension().is_some_and(|e| e == "tf")
    });
    Target {
        name: "hcl",
        syntax: Syntax::Hcl,
        seeds,
        run: hcl_case,
    }
}

/// The `module` reader: parse one file. Evaluation is left out on purpose: limits on
/// expansion (`count = 1e30`) belong to the module reader's own tests, and an unbounded
/// expansion here would take the machine's memory, not fail a test.
fn hcl_case(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let _ = iamplan::module::config::parse_hcl(
        Path::new("fuzz.tf"),
        &text,
        iamplan::module::limits::Limits::DEFAULT.depth,
    );
}

fn capture_target() -> Target {
    let seeds = files_under(&root().join("testdata/captures"), &|p| {
        p.extension().is_some_and(|e| e == "json" || e == "jsonl")
    });
    Target {
        name: "capture",
        syntax: Syntax::Json,
        seeds,
        run: capture_case,
    }
}

/// The `verify` path: read the capture in whatever format it is, compare it with a
/// prediction of the plan the fixtures were captured from.
fn capture_case(bytes: &[u8]) {
    static PRED: OnceLock<Mutex<iamplan::predict::Prediction>> = OnceLock::new();
    let pred = PRED.get_or_init(|| {
        let p = root().join("testdata/s3-tags-update/plan.json");
        let text = std::fs::read_to_string(p).unwrap();
        let plan = iamplan::plan::parse("plan.json", &text).unwrap();
        let pred = iamplan::predict::predict(&plan, Phase::Deploy, &ScopeFlags::default()).unwrap();
        Mutex::new(pred)
    });
    let path = scratch().join(format!("capture-input-{}.json", thread_tag()));
    std::fs::write(&path, bytes).unwrap();
    let Ok(calls) = iamplan::capture::verify::read_capture(&path.to_string_lossy()) else {
        return;
    };
    let pred = pred.lock().unwrap_or_else(|e| e.into_inner());
    let _ = iamplan::capture::verify::verify(&pred, &calls);
}

/// The targets, each with its own stream of cases.
fn target(name: &str) -> (Target, u64) {
    match name {
        "plan" => (plan_target(), 1),
        "policy" => (policy_target(), 2),
        "hcl" => (hcl_target(), 3),
        "capture" => (capture_target(), 4),
        _ => panic!("no fuzz target {name}"),
    }
}

#[test]
fn fuzz_plan_reader() {
    fuzz(&target("plan").0);
}

#[test]
fn fuzz_policy_reader() {
    fuzz(&target("policy").0);
}

#[test]
fn fuzz_hcl_reader() {
    fuzz(&target("hcl").0);
}

#[test]
fn fuzz_capture_readers() {
    fuzz(&target("capture").0);
}

/// Not a test of its own: the child process the `fuzz_*` tests run (it does nothing unless
/// `IAMPLAN_FUZZ_CHILD` names a target).
#[test]
#[ignore]
fn fuzz_child() {
    if let Ok(name) = std::env::var("IAMPLAN_FUZZ_CHILD") {
        let (t, salt) = target(&name);
        child(&t, salt);
    }
}

/// The mutator itself: deterministic for a seed, and each kind of mutation reachable.
#[test]
fn mutations_are_deterministic_and_varied() {
    let seed = br#"{"a": [1, "x", {"b": 22}], "c": "arn:aws:s3:::b"}"#;
    let run = |s: u64| {
        let mut r = Rng::new(s);
        (0..200)
            .map(|_| mutate(&mut r, seed, Syntax::Json))
            .collect::<Vec<_>>()
    };
    assert_eq!(run(7), run(7));
    assert_ne!(run(7), run(8));
    let all = run(7);
    assert!(
        all.iter().any(|m| std::str::from_utf8(m).is_err()),
        "invalid UTF-8"
    );
    assert!(all.iter().any(|m| m.len() < seed.len() / 2), "truncation");
    assert!(
        all.iter()
            .any(|m| m.windows(200).any(|w| w.iter().all(|&c| c == b'['))),
        "nesting"
    );
    assert!(
        all.iter().any(|m| HUGE
            .iter()
            .any(|h| m.windows(h.len()).any(|w| w == h.as_bytes()))),
        "huge numbers"
    );
    assert!(all.iter().any(|m| m.len() > seed.len() * 2), "duplication");
}

// ---- regressions: inputs fuzzing found, replayed every run ----

/// Inputs under `tests/fuzz-regressions/<target>/` that still fail, in code another part of
/// the project owns (see [`KNOWN_OPEN`]): replayed only by the ignored test below.
/// (Empty: the nested-parentheses stack overflow and the `*`-run hang it found are fixed by
/// the module reader's nesting pre-scan and the linear wildcard matcher, and replay above.)
const KNOWN_OPEN_INPUTS: &[&str] = &[];

fn regression_files() -> Vec<(String, PathBuf)> {
    let dir = root().join("tests/fuzz-regressions");
    let mut out = Vec::new();
    for t in ["plan", "policy", "hcl", "capture"] {
        for p in files_under(&dir.join(t), &|p| {
            !p.file_name().unwrap().to_string_lossy().ends_with(".md")
        }) {
            out.push((t.to_string(), p));
        }
    }
    out
}

fn replay(open: bool) {
    quiet_panics();
    let dir = scratch();
    let mut failures = Vec::new();
    let mut ran = 0;
    for (t, p) in regression_files() {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        if KNOWN_OPEN_INPUTS.contains(&name.as_str()) != open {
            continue;
        }
        let f: fn(&[u8]) = match t.as_str() {
            "plan" => plan_case,
            "policy" => policy_case,
            "hcl" => hcl_case,
            _ => capture_case,
        };
        let input = std::fs::read(&p).unwrap();
        let label = format!("regression {t}/{name}");
        ran += 1;
        let saved = dir.join(format!(
            "regression-{}-current",
            if open { "open" } else { "fixed" }
        ));
        if let Some(what) = run_case(&label, &input, &saved, &f) {
            failures.push(format!("{label}: {what}"));
        }
    }
    eprintln!("replayed {ran} regression input(s)");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn regressions() {
    replay(false);
}

/// Inputs that still fail in code this test does not own; run with `--ignored`.
#[test]
#[ignore]
fn open_regressions() {
    replay(true);
}
