// Embeds the rules database: every rules/{curated,imported}/*.hcl file is included verbatim and
// indexed by entry (kind, type, origin, byte span), sorted for binary search, so start-up parses
// nothing and a lookup parses only the entries a plan uses.

#[path = "src/rules/split.rs"]
mod split;

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    println!("cargo:rerun-if-changed=rules");
    let mut files: Vec<(String, String)> = Vec::new();
    for origin in ["curated", "imported"] {
        let dir = root.join(origin);
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut names: Vec<_> = rd
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().map(|x| x == "hcl").unwrap_or(false))
            .collect();
        names.sort();
        for p in names {
            let rel = format!("{origin}/{}", p.file_name().unwrap().to_string_lossy());
            files.push((rel, p.to_string_lossy().into_owned()));
        }
    }
    let mut src = String::new();
    src.push_str("pub static FILES: &[(&str, &str)] = &[\n");
    for (rel, abs) in &files {
        writeln!(src, "    ({rel:?}, include_str!({abs:?})),").unwrap();
    }
    src.push_str("];\n");
    let mut entries = Vec::new();
    for (i, (rel, abs)) in files.iter().enumerate() {
        let text = std::fs::read_to_string(abs).expect("read rules file");
        // A malformed file still builds: the linter and tests report it with its line.
        let Ok(spans) = split::split(&text) else {
            continue;
        };
        let curated = rel.starts_with("curated/");
        for s in spans {
            entries.push((s.kind, s.type_name, !curated, i, s.start, s.end));
        }
    }
    entries.sort();
    src.push_str(
        "/// (kind, type, imported, file index, start, end), sorted; curated before imported.\n",
    );
    src.push_str("pub static ENTRIES: &[(&str, &str, bool, usize, usize, usize)] = &[\n");
    for (k, t, imp, f, s, e) in &entries {
        writeln!(src, "    ({k:?}, {t:?}, {imp}, {f}, {s}, {e}),").unwrap();
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("rules_index.rs");
    std::fs::write(out, src).unwrap();
}
