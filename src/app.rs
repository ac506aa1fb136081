//! Runs one parsed command: loads inputs, calls the library, writes the report, and returns the
//! exit code. The only module that knows about both flags and the library.

use crate::cli::{Cli, Command, ExplainArgs, PhaseArg, PolicyArgs, PolicyFormat, RulesCommand};
use crate::error::Result;
use crate::plan::{self, Plan};
use crate::predict::{self, Phase, Prediction};
use crate::{bail, policy, report, rules};
use std::io::Write;

pub fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Policy(a) => cmd_policy(a),
        Command::Explain(a) => cmd_explain(a),
        Command::Roles(a) => crate::roles::run(a),
        Command::Check(a) => crate::check::run(a),
        Command::Module(a) => crate::module::run(a),
        Command::Verify(a) => crate::capture::verify::run(a),
        Command::Learn(a) => crate::capture::learn::run(a),
        Command::Capture(a) => crate::capture::run(a),
        Command::Rules { command } => cmd_rules(command),
    }
}

pub fn phase(p: PhaseArg) -> Phase {
    match p {
        PhaseArg::Plan => Phase::Plan,
        PhaseArg::Deploy => Phase::Deploy,
        PhaseArg::Destroy => Phase::Destroy,
    }
}

pub fn scope_flags(s: &crate::cli::Scope, wildcard: bool) -> predict::ScopeFlags {
    predict::ScopeFlags {
        partition: s.partition.clone(),
        region: s.region.clone(),
        account: s.account.clone(),
        wildcard,
    }
}

/// Writes to stdout; a closed pipe (`| head`) is not an error.
pub fn emit(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => bail!("cannot write output: {e}"),
    }
}

fn warn_plan(p: &Plan<'_>) {
    for w in &p.warnings {
        eprintln!("iamplan: warning: {w}");
    }
}

/// `terraform plan -destroy` plans hold only deletes: their deploy phase is the destroy, and
/// `--phase destroy` (what remains after the plan) is nearly empty. Say so.
fn warn_destroy_plan(p: &Plan<'_>, phase: Phase) {
    let managed: Vec<_> = p
        .changes
        .iter()
        .filter(|c| c.mode == plan::Mode::Managed)
        .collect();
    if phase == Phase::Destroy
        && !managed.is_empty()
        && managed
            .iter()
            .all(|c| c.action == plan::ChangeAction::Delete)
    {
        eprintln!("iamplan: note: this is a destroy plan (every change deletes): its `--phase deploy` is the destroy; `--phase destroy` covers only what it leaves");
    }
}

/// What the prediction could not cover, on stderr; `what` names the output ("policy", "role").
pub fn report_coverage_of(pred: &Prediction, what: &str) {
    if let Some(l) = report::unmapped_line(pred) {
        eprintln!("iamplan: warning: {l}");
    }
    if let Some(l) = report::other_providers_line(pred) {
        eprintln!("iamplan: note: {l}");
    }
    for c in &pred.caller {
        eprintln!(
            "iamplan: note: the caller needs {} on {} ({}); not part of this {what}",
            c.action, c.resource, c.because
        );
    }
}

fn report_coverage(pred: &Prediction) {
    report_coverage_of(pred, "policy");
}

/// `IAMPLAN_TIMINGS=1` prints how long each stage took (for `scripts/bench.py` and profiling).
pub(crate) struct Timer(Option<std::time::Instant>);

impl Timer {
    pub(crate) fn start() -> Timer {
        Timer(std::env::var_os("IAMPLAN_TIMINGS").map(|_| std::time::Instant::now()))
    }
    pub(crate) fn mark(&self, what: &str) {
        if let Some(t) = self.0 {
            eprintln!(
                "iamplan: timing: {what} at {:.1} ms",
                t.elapsed().as_secs_f64() * 1e3
            );
        }
    }
}

/// The policy, and for markdown the per-address summary, filled as requirements stream in.
struct PolicySink {
    builder: policy::Builder,
    summary: Option<report::markdown::Summary>,
}

impl predict::Sink for PolicySink {
    // Builders sort what they gather.
    const ORDERED: bool = false;
    fn add(&mut self, r: predict::Requirement) {
        self.builder.add(&r);
        if let Some(s) = &mut self.summary {
            s.add(&r);
        }
    }
    fn append(&mut self, later: PolicySink) {
        self.builder.append(later.builder);
        if let (Some(s), Some(l)) = (&mut self.summary, later.summary) {
            s.append(l);
        }
    }
}

fn cmd_policy(a: PolicyArgs) -> Result<u8> {
    let timer = Timer::start();
    let input = plan::load::read(&a.plan)?;
    timer.mark("read");
    let plan = plan::parse(&input.name, &input.text)?;
    timer.mark("parse");
    warn_plan(&plan);
    warn_destroy_plan(&plan, phase(a.phase));
    let markdown = a.format == PolicyFormat::Markdown;
    let (pred, sink) = predict::predict_into(
        &plan,
        phase(a.phase),
        &scope_flags(&a.scope, a.wildcard_resources),
        || PolicySink {
            builder: policy::Builder::default(),
            summary: markdown.then(report::markdown::Summary::default),
        },
    )?;
    timer.mark("predict");
    let summary = sink.summary.unwrap_or_default();
    let doc = sink.builder.finish();
    timer.mark("policy");
    report_coverage(&pred);
    if doc.statements.is_empty() {
        eprintln!("iamplan: note: this phase needs no AWS permissions");
    }
    let text = match a.format {
        PolicyFormat::Json => doc.to_json_pretty(),
        PolicyFormat::Markdown => report::markdown::render(&plan.name, &pred, &summary, &doc),
        PolicyFormat::Terraform => {
            report::terraform::render(&format!("iamplan_{}", pred.phase), &pred, &doc)
        }
    };
    emit(&text)?;
    Ok(if a.strict && pred.coverage.strict_fails() {
        1
    } else {
        0
    })
}

/// Case-insensitive glob with `*` and `?`, as IAM matches actions.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    crate::check::eval::action_match(pattern, text)
}

fn cmd_explain(a: ExplainArgs) -> Result<u8> {
    let input = plan::load::read(&a.plan)?;
    let plan = plan::parse(&input.name, &input.text)?;
    warn_plan(&plan);
    let pred = predict::predict(
        &plan,
        phase(a.phase),
        &scope_flags(&a.scope, a.wildcard_resources),
    )?;
    let mut hits: Vec<_> = pred
        .requirements
        .iter()
        .filter(|r| glob_match(&a.pattern, r.action))
        .collect();
    // Dependencies first (the resource graph's order), so a role is explained before the
    // function it is passed to; provider start-up before everything.
    let order: std::collections::HashMap<String, usize> = crate::graph::ResourceGraph::build(&plan)
        .dependency_order()
        .into_iter()
        .enumerate()
        .map(|(i, a)| (a, i + 1))
        .collect();
    let rank = |addr: &str| {
        if addr.starts_with("provider[") {
            0
        } else {
            order
                .get(&plan::base_address(addr))
                .copied()
                .unwrap_or(usize::MAX)
        }
    };
    hits.sort_by(|x, y| {
        (
            rank(&x.because.address),
            &x.because.address,
            x.action,
            &x.resource,
        )
            .cmp(&(
                rank(&y.because.address),
                &y.because.address,
                y.action,
                &y.resource,
            ))
    });
    hits.dedup_by(|x, y| {
        x.because.address == y.because.address
            && x.action == y.action
            && x.resource == y.resource
            && x.because.reason == y.because.reason
    });
    let mut out = String::new();
    if hits.is_empty() {
        out.push_str(&format!(
            "no {} requirement matches `{}`\n",
            pred.phase, a.pattern
        ));
    }
    for r in hits {
        out.push_str(&format!("{} on {}\n", r.action, r.resource));
        out.push_str(&format!("  phase:    {}\n", r.phase));
        out.push_str(&format!("  address:  {}\n", r.because.address));
        if let Some(region) = &r.because.region {
            out.push_str(&format!(
                "  region:   {region} (the resource's own `region` attribute, not its provider's)\n"
            ));
        }
        out.push_str(&format!("  because:  {}", r.because.reason.describe()));
        if let Some(c) = &r.because.condition {
            out.push_str(&format!(" ({})", c.describe()));
        }
        out.push('\n');
        if let Some((k, v)) = &r.condition {
            out.push_str(&format!("  condition: {k} = {v}\n"));
        }
        if let Some(d) = &r.because.detail {
            out.push_str(&format!("  via:      {d}\n"));
        }
        out.push_str(&format!(
            "  rule:     {} ({}) — {}\n",
            r.because.rule_type,
            r.because.origin.label(),
            r.because.source
        ));
    }
    report_coverage(&pred);
    emit(&out)?;
    Ok(0)
}

/// Which provider versions an entry follows: its `provider_versions`, else the versions its
/// `source` names (the imported baseline states one provider-model version), plus the version a
/// capture proved it against.
fn versions_line(rule: &rules::Rule) -> String {
    let named: Vec<&str> = rule
        .source
        .split(|c: char| c.is_whitespace() || "();,".contains(c))
        .filter(|w| {
            w.strip_prefix('v').is_some_and(|n| {
                n.split('.').count() >= 2
                    && n.split('.').all(|p| {
                        p == "x" || (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                    })
            })
        })
        .collect();
    let mut parts = vec![rule
        .provider_versions
        .clone()
        .unwrap_or_else(|| "not stated by the entry".to_string())];
    parts.push(if named.is_empty() {
        "source: a stored file version (see `source`)".to_string()
    } else {
        format!("read from {}", named.join(", "))
    });
    if let Some(v) = &rule.verified {
        parts.push(format!("verified by {v}"));
    }
    parts.join("; ")
}

fn cmd_rules(c: RulesCommand) -> Result<u8> {
    match c {
        RulesCommand::List => {
            let mut out = String::new();
            for e in rules::entries() {
                let rule = e.rule().map_err(crate::error::Error::new)?;
                let name = match e.kind {
                    rules::Kind::Data => format!("data.{}", e.type_name),
                    rules::Kind::Provider => format!("provider.{}", e.type_name),
                    rules::Kind::Resource => e.type_name.to_string(),
                    rules::Kind::Action => format!("action.{}", e.type_name),
                    rules::Kind::Ephemeral => format!("ephemeral.{}", e.type_name),
                };
                let shadowed = e.origin == rules::Origin::Imported
                    && rules::lookup(e.kind, e.type_name).map(|x| x.origin)
                        == Some(rules::Origin::Curated);
                out.push_str(&format!(
                    "{name}\t{}\t{}{}\t{}\n",
                    rule.service,
                    e.origin.label(),
                    if shadowed {
                        " (shadowed by curated)"
                    } else {
                        ""
                    },
                    rule.source
                ));
            }
            emit(&out)?;
            Ok(0)
        }
        RulesCommand::Show { type_name } => {
            let prefixed = [
                ("data.", rules::Kind::Data),
                ("provider.", rules::Kind::Provider),
                ("action.", rules::Kind::Action),
                ("ephemeral.", rules::Kind::Ephemeral),
            ];
            let (kind, t) = prefixed
                .iter()
                .find_map(|(p, k)| type_name.strip_prefix(p).map(|t| (*k, t)))
                .unwrap_or((rules::Kind::Resource, type_name.as_str()));
            let found = rules::lookup_all(kind, t);
            let removed = rules::removed_in_6(kind, rules::canonical(kind, t));
            if found.is_empty() {
                bail!("no rule for `{type_name}` (data sources: `data.<type>`, actions: `action.<type>`, ephemeral resources: `ephemeral.<type>`; try `iamplan rules list`)");
            }
            let mut out = String::new();
            if let Some(why) = removed {
                out.push_str(&format!(
                    "# {type_name} was removed in hashicorp/aws 6.0.0 ({why}): its rule is for 5.x plans only\n"
                ));
            }
            let stands_for = rules::canonical(kind, t);
            if stands_for != t {
                out.push_str(&format!(
                    "# {type_name} is the provider's alias of {stands_for} (same handlers): its rule\n"
                ));
            }
            for (i, e) in found.iter().enumerate() {
                out.push_str(&format!(
                    "# rules/{} ({}{})\n",
                    e.file,
                    e.origin.label(),
                    if i > 0 { ", shadowed" } else { "" }
                ));
                let rule = e.rule().map_err(crate::error::Error::new)?;
                out.push_str(&format!("# provider versions: {}\n", versions_line(rule)));
                out.push_str(e.text);
                out.push('\n');
            }
            emit(&out)?;
            Ok(0)
        }
        RulesCommand::Coverage => {
            emit(&rules::coverage::report())?;
            Ok(0)
        }
        RulesCommand::Lint => {
            let problems = rules::lint::lint_all();
            let mut out = String::new();
            for p in &problems {
                out.push_str(p);
                out.push('\n');
            }
            let n = rules::entries().len();
            out.push_str(&format!(
                "{} problem(s) in {n} entries ({} files)\n",
                problems.len(),
                rules::files().len()
            ));
            emit(&out)?;
            Ok(if problems.is_empty() { 0 } else { 1 })
        }
    }
}
