//! A policy as a Terraform `data "aws_iam_policy_document"` block, laid out as `terraform fmt`
//! would, with comments for what the policy does not cover.

use crate::iam::policy::PolicyDocument;
use crate::predict::Prediction;

pub fn render(name: &str, p: &Prediction, doc: &PolicyDocument) -> String {
    let mut out = String::new();
    out.push_str(&format!("# iamplan: {} policy\n", p.phase));
    if let Some(l) = super::unmapped_line(p) {
        out.push_str(&format!("# WARNING: {l}\n"));
    }
    for l in &p.coverage.incomplete {
        // Addresses can hold any character; a comment ends at a line break.
        let l = l.replace(|c: char| c.is_control(), " ");
        out.push_str(&format!(
            "# WARNING: incomplete plan, this policy covers only what it shows: {l}\n"
        ));
    }
    for c in &p.caller {
        out.push_str(&format!(
            "# The caller (not this role) needs {} on {} ({}).\n",
            c.action, c.resource, c.because
        ));
    }
    out.push_str(&document(name, doc));
    out
}

/// Only the data block, for embedding in larger files.
pub fn document(name: &str, doc: &PolicyDocument) -> String {
    let mut out = format!("data \"aws_iam_policy_document\" \"{name}\" {{\n");
    for (i, s) in doc.statements.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("  statement {\n");
        let mut a: Vec<(&str, String)> = Vec::new();
        if let Some(sid) = &s.sid {
            a.push(("sid", q(sid)));
        }
        a.push(("effect", q(s.effect)));
        a.push(("resources", list(&s.resources, "    ")));
        a.push(("actions", list(&s.actions, "    ")));
        out.push_str(&attrs("    ", &a));
        for (test, keys) in &s.condition {
            for (variable, values) in keys {
                out.push_str("\n    condition {\n");
                out.push_str(&attrs(
                    "      ",
                    &[
                        ("test", q(test)),
                        ("variable", q(variable)),
                        ("values", list(values, "      ")),
                    ],
                ));
                out.push_str("    }\n");
            }
        }
        out.push_str("  }\n");
    }
    out.push_str("}\n");
    out
}

/// Attribute lines as `terraform fmt` lays them out: the `=` of consecutive single-line
/// attributes aligned; a multi-line value is not aligned and ends the run.
pub fn attrs(indent: &str, items: &[(&str, String)]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < items.len() {
        if items[i].1.contains('\n') {
            out.push_str(&format!("{indent}{} = {}\n", items[i].0, items[i].1));
            i += 1;
            continue;
        }
        let mut j = i;
        while j < items.len() && !items[j].1.contains('\n') {
            j += 1;
        }
        let width = items[i..j].iter().map(|(k, _)| k.len()).max().unwrap_or(0);
        for (k, v) in &items[i..j] {
            out.push_str(&format!("{indent}{k:<width$} = {v}\n"));
        }
        i = j;
    }
    out
}

/// A Terraform string literal; `${` and `%{` are escaped so ARNs stay literal.
pub fn q(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            _ => o.push(c),
        }
    }
    o.push('"');
    o.replace("${", "$${").replace("%{", "%%{")
}

/// One item inline, more one per line (as terraform fmt leaves them).
pub fn list(items: &[String], indent: &str) -> String {
    if items.len() == 1 {
        return format!("[{}]", q(&items[0]));
    }
    let mut o = String::from("[\n");
    for it in items {
        o.push_str(&format!("{indent}  {},\n", q(it)));
    }
    o.push_str(&format!("{indent}]"));
    o
}
