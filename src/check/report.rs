//! The outputs of `check` (and `module --policy`): text for terminals, JSON, a Markdown PR
//! comment (verdict first), SARIF 2.1.0 for code scanning (one rule per finding kind; the
//! logical location is the resource address), and GitHub workflow commands.

use super::{Finding, Kind};
use crate::cli::CheckFormat;
use serde_json::json;
use std::collections::BTreeMap;

pub struct Context<'a> {
    pub plan: &'a str,
    pub phase: &'a str,
    pub policies: &'a [String],
    pub unmapped: Option<String>,
}

fn verdict(ctx: &Context, f: &[Finding]) -> String {
    let count = |k: Kind| f.iter().filter(|x| x.kind == k).count();
    let (m, d, c) = (
        count(Kind::Missing),
        count(Kind::Denied),
        count(Kind::Conditional),
    );
    let blocking = m + d + c;
    let mut s = if blocking == 0 {
        format!("The policy allows the {} phase of {}.", ctx.phase, ctx.plan)
    } else {
        format!(
            "The policy does NOT allow the {} phase of {}: {m} missing, {d} denied, {c} conditional.",
            ctx.phase, ctx.plan
        )
    };
    let excess = count(Kind::Unused) + count(Kind::Broad);
    if excess > 0 {
        s.push_str(&format!(" {excess} excess finding(s)."));
    }
    s
}

pub fn render(format: CheckFormat, ctx: &Context, f: &[Finding]) -> String {
    match format {
        CheckFormat::Text => text(ctx, f),
        CheckFormat::Json => {
            let mut s = serde_json::to_string_pretty(&json!({
                "plan": ctx.plan,
                "phase": ctx.phase,
                "policies": ctx.policies,
                "allowed": !f.iter().any(|x| x.kind.blocking()),
                "unmapped": ctx.unmapped,
                "findings": f.iter().map(finding_json).collect::<Vec<_>>(),
            }))
            .expect("serialises");
            s.push('\n');
            s
        }
        CheckFormat::Markdown => markdown(ctx, f),
        CheckFormat::Sarif => sarif(ctx, f),
        CheckFormat::Github => github(ctx, f),
    }
}

fn finding_json(x: &Finding) -> serde_json::Value {
    json!({
        "kind": x.kind.name(),
        "id": x.kind.id(),
        "address": x.address,
        "action": x.action,
        "resource": x.resource,
        "phase": x.phase,
        "change": x.change,
        "rule": x.rule,
        "detail": x.detail,
    })
}

fn by_address(f: &[Finding]) -> BTreeMap<&str, Vec<&Finding>> {
    let mut m: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for x in f {
        m.entry(&x.address).or_default().push(x);
    }
    m
}

fn text(ctx: &Context, f: &[Finding]) -> String {
    let mut out = format!("{}\n", verdict(ctx, f));
    if let Some(u) = &ctx.unmapped {
        out.push_str(&format!("warning: {u}\n"));
    }
    for (addr, xs) in by_address(f) {
        out.push_str(&format!("\n{addr}\n"));
        for x in xs {
            match x.kind {
                Kind::Unused | Kind::Broad => out.push_str(&format!(
                    "  {:<12} {}: {}\n",
                    x.kind.name(),
                    x.action,
                    x.detail
                )),
                _ => {
                    out.push_str(&format!(
                        "  {:<12} {} on {}\n",
                        x.kind.name(),
                        x.action,
                        x.resource
                    ));
                    out.push_str(&format!(
                        "               because: {} ({} phase)\n",
                        x.change, x.phase
                    ));
                    out.push_str(&format!("               rule:    {}\n", x.rule));
                    out.push_str(&format!("               {}\n", x.detail));
                }
            }
        }
    }
    out
}

fn md(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn markdown(ctx: &Context, f: &[Finding]) -> String {
    let ok = !f.iter().any(|x| x.kind.blocking());
    let mut out = format!(
        "{} **iamplan check:** {}\n",
        if ok { "✅" } else { "❌" },
        md(&verdict(ctx, f))
    );
    if let Some(u) = &ctx.unmapped {
        out.push_str(&format!("\n> **Warning:** {}\n", md(u)));
    }
    let blocking: Vec<&Finding> = f.iter().filter(|x| x.kind.blocking()).collect();
    if !blocking.is_empty() {
        out.push_str("\n| Resource | Finding | Action | ARN | Because |\n|---|---|---|---|---|\n");
        for x in blocking {
            out.push_str(&format!(
                "| `{}` | {} | `{}` | `{}` | {} ({}) |\n",
                md(&x.address),
                x.kind.name(),
                x.action,
                md(&x.resource),
                md(&x.change),
                md(&x.detail)
            ));
        }
    }
    let excess: Vec<&Finding> = f.iter().filter(|x| !x.kind.blocking()).collect();
    if !excess.is_empty() {
        out.push_str("\n<details><summary>Excess grants</summary>\n\n| Statement | Finding | Grant | Detail |\n|---|---|---|---|\n");
        for x in excess {
            out.push_str(&format!(
                "| `{}` | {} | `{}` | {} |\n",
                md(&x.address),
                x.kind.name(),
                md(&x.action),
                md(&x.detail)
            ));
        }
        out.push_str("\n</details>\n");
    }
    out
}

fn level(k: Kind) -> &'static str {
    match k {
        Kind::Missing | Kind::Denied => "error",
        Kind::Conditional | Kind::Broad => "warning",
        Kind::Unused => "note",
    }
}

fn message(x: &Finding) -> String {
    match x.kind {
        Kind::Unused | Kind::Broad => format!("{}: {} ({})", x.kind.name(), x.action, x.detail),
        _ => format!(
            "{} {} on {} for {} ({}): {}",
            x.kind.name(),
            x.action,
            x.resource,
            x.address,
            x.change,
            x.detail
        ),
    }
}

fn sarif(ctx: &Context, f: &[Finding]) -> String {
    let rules: Vec<_> = Kind::ALL
        .iter()
        .map(|k| {
            json!({
                "id": k.id(),
                "name": k.name(),
                "shortDescription": {"text": k.name()},
                "fullDescription": {"text": k.description()},
                "defaultConfiguration": {"level": level(*k)},
                "helpUri": "https://github.com/iamplan/iamplan#pre-apply-pr-check",
            })
        })
        .collect();
    let results: Vec<_> = f
        .iter()
        .map(|x| {
            json!({
                "ruleId": x.kind.id(),
                "ruleIndex": Kind::ALL.iter().position(|k| *k == x.kind).unwrap_or(0),
                "level": level(x.kind),
                "message": {"text": message(x)},
                "locations": [{
                    "physicalLocation": {"artifactLocation": {"uri": ctx.plan}},
                    "logicalLocations": [{"fullyQualifiedName": x.address, "kind": "resource"}],
                }],
                "properties": {"action": x.action, "resource": x.resource, "phase": x.phase, "rule": x.rule},
            })
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "iamplan",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/iamplan/iamplan",
                "rules": rules,
            }},
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&doc).expect("serialises");
    s.push('\n');
    s
}

/// GitHub workflow commands escape `%`, CR and LF in messages (and `,`/`:` in properties).
fn gh_escape(s: &str, property: bool) -> String {
    let mut o = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        o = o.replace(':', "%3A").replace(',', "%2C");
    }
    o
}

fn github(ctx: &Context, f: &[Finding]) -> String {
    let mut out = String::new();
    for x in f {
        let cmd = match level(x.kind) {
            "error" => "error",
            "warning" => "warning",
            _ => "notice",
        };
        out.push_str(&format!(
            "::{cmd} file={},title={}::{}\n",
            gh_escape(ctx.plan, true),
            gh_escape(&format!("iamplan {} {}", x.kind.name(), x.address), true),
            gh_escape(&message(x), false)
        ));
    }
    out.push_str(&format!("{}\n", verdict(ctx, f)));
    out
}
