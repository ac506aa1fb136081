//! The rule entry schema (see rules/README.md): parsing one entry's HCL into a [`Rule`] and
//! writing a [`Rule`] back in canonical form. Parsing is strict: an unknown attribute or block
//! is an error, so a typo in the data can never silently drop a permission.

use hcl::{Body, Expression, Structure};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Provider,
    Resource,
    Data,
    /// A provider action (Terraform 1.14+ `action` blocks), run by apply.
    Action,
    /// An ephemeral resource (Terraform 1.10+ `ephemeral` blocks), opened by plan and apply.
    Ephemeral,
}

impl Kind {
    /// How many kinds there are (for tables indexed by `kind as usize`).
    pub const COUNT: usize = 5;

    /// The block kinds an entry of this kind may have.
    pub fn allows(self, block: BlockKind) -> bool {
        match self {
            Kind::Resource => block != BlockKind::Invoke,
            Kind::Action => block == BlockKind::Invoke,
            Kind::Provider | Kind::Data | Kind::Ephemeral => block == BlockKind::Read,
        }
    }

    pub fn keyword(self) -> &'static str {
        match self {
            Kind::Provider => "provider",
            Kind::Resource => "resource",
            Kind::Data => "data",
            Kind::Action => "action",
            Kind::Ephemeral => "ephemeral",
        }
    }
    pub fn from_keyword(s: &str) -> Option<Kind> {
        Some(match s {
            "provider" => Kind::Provider,
            "resource" => Kind::Resource,
            "data" => Kind::Data,
            "action" => Kind::Action,
            "ephemeral" => Kind::Ephemeral,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BlockKind {
    Read,
    Create,
    Update,
    Delete,
    PassRole,
    /// What an action's invocation calls (action entries only).
    Invoke,
}

impl BlockKind {
    pub fn keyword(self) -> &'static str {
        match self {
            BlockKind::Read => "read",
            BlockKind::Create => "create",
            BlockKind::Update => "update",
            BlockKind::Delete => "delete",
            BlockKind::PassRole => "pass_role",
            BlockKind::Invoke => "invoke",
        }
    }
    fn from_keyword(s: &str) -> Option<BlockKind> {
        Some(match s {
            "read" => BlockKind::Read,
            "create" => BlockKind::Create,
            "update" => BlockKind::Update,
            "delete" => BlockKind::Delete,
            "pass_role" => BlockKind::PassRole,
            "invoke" => BlockKind::Invoke,
            _ => return None,
        })
    }
}

/// A condition on an argument's value.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Condition {
    IfSet(String),
    UnlessSet(String),
    /// (path, value): the argument equals the value.
    IfEquals(String, String),
    UnlessEquals(String, String),
}

impl Condition {
    pub fn describe(&self) -> String {
        match self {
            Condition::IfSet(p) => format!("when `{p}` is set"),
            Condition::UnlessSet(p) => format!("unless `{p}` is set"),
            Condition::IfEquals(p, v) => format!("when `{p}` is {v:?}"),
            Condition::UnlessEquals(p, v) => format!("unless `{p}` is {v:?}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub condition: Option<Condition>,
    pub attributes: Vec<String>,
    pub actions: Vec<String>,
    /// ARN template overriding the entry's own ARN for these actions.
    pub resource: Option<String>,
    pub source: Option<String>,
    pub note: Option<String>,
    /// pass_role: the attribute holding the role, and the service it is passed to.
    pub pass_attribute: Option<String>,
    pub pass_service: Option<String>,
}

impl Block {
    fn new(kind: BlockKind) -> Block {
        Block {
            kind,
            condition: None,
            attributes: Vec::new(),
            actions: Vec::new(),
            resource: None,
            source: None,
            note: None,
            pass_attribute: None,
            pass_service: None,
        }
    }

    /// Canonical order of blocks of one kind: unconditional first, then by what they key on.
    fn sort_key(
        &self,
    ) -> (
        BlockKind,
        bool,
        Option<Condition>,
        Vec<String>,
        Option<String>,
    ) {
        (
            self.kind,
            self.condition.is_some(),
            self.condition.clone(),
            self.attributes.clone(),
            self.pass_attribute.clone(),
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub kind: Kind,
    pub type_name: String,
    pub service: String,
    pub source: String,
    pub arn: Option<String>,
    pub verified: Option<String>,
    /// The provider versions whose calls the entry follows, e.g. "5.100.0, 6.x" (see
    /// [`parse_versions`]); curated entries must say it, so a reader knows which major a rule
    /// was read for once the provider changes behaviour between majors.
    pub provider_versions: Option<String>,
    pub note: Option<String>,
    pub blocks: Vec<Block>,
}

impl Rule {
    pub fn blocks(&self, kind: BlockKind) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(move |b| b.kind == kind)
    }

    /// Every action the entry names, in any block.
    pub fn all_actions(&self) -> impl Iterator<Item = &str> {
        self.blocks
            .iter()
            .flat_map(|b| b.actions.iter().map(String::as_str))
    }

    /// Sorts blocks and actions into canonical order (what `format` writes).
    pub fn canonicalise(&mut self) {
        for b in &mut self.blocks {
            b.actions.sort();
            b.actions.dedup();
            b.attributes.sort();
            b.attributes.dedup();
        }
        self.blocks.sort_by_key(|b| b.sort_key());
    }
}

/// One item of `provider_versions`: a whole major (`6.x`) or one release (`5.100.0`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionSpec {
    Major(u32),
    Release(u32, u32, u32),
}

impl VersionSpec {
    pub fn major(self) -> u32 {
        match self {
            VersionSpec::Major(m) | VersionSpec::Release(m, _, _) => m,
        }
    }

    fn key(self) -> (u32, u32, u32) {
        match self {
            VersionSpec::Major(m) => (m, 0, 0),
            VersionSpec::Release(a, b, c) => (a, b, c),
        }
    }
}

/// Parses `provider_versions`: items `<major>.x` or `<major>.<minor>.<patch>`, joined by ", ",
/// strictly ascending (one spelling per set, so the canonical form is the written one).
pub fn parse_versions(text: &str) -> Result<Vec<VersionSpec>, String> {
    let bad = || {
        format!(
            "`provider_versions = {text:?}`: expected items like \"5.100.0\" or \"6.x\", ascending, joined by \", \""
        )
    };
    let mut out: Vec<VersionSpec> = Vec::new();
    for item in text.split(", ") {
        let parts: Vec<&str> = item.split('.').collect();
        let num = |s: &str| {
            (!s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        let spec = match parts.as_slice() {
            [m, "x"] => VersionSpec::Major(num(m).ok_or_else(bad)?),
            [a, b, c] => VersionSpec::Release(
                num(a).ok_or_else(bad)?,
                num(b).ok_or_else(bad)?,
                num(c).ok_or_else(bad)?,
            ),
            _ => return Err(bad()),
        };
        // A whole major already covers its releases, so it is never listed beside one.
        let redundant = out.iter().any(|l| {
            l.major() == spec.major()
                && (matches!(l, VersionSpec::Major(_)) || matches!(spec, VersionSpec::Major(_)))
        });
        if redundant || out.last().is_some_and(|l| l.key() >= spec.key()) {
            return Err(bad());
        }
        out.push(spec);
    }
    Ok(out)
}

fn expr_string(e: &Expression) -> Option<String> {
    match e {
        Expression::String(s) => Some(s.clone()),
        Expression::TemplateExpr(t) => match t.as_ref() {
            hcl::TemplateExpr::QuotedString(s) => Some(s.clone()),
            hcl::TemplateExpr::Heredoc(_) => None,
        },
        _ => None,
    }
}

fn expr_list(e: &Expression) -> Option<Vec<String>> {
    match e {
        Expression::Array(items) => items.iter().map(expr_string).collect(),
        _ => None,
    }
}

/// Parses the text of one entry (as split from a rules file).
pub fn parse_entry(text: &str) -> Result<Rule, String> {
    let body: Body = hcl::parse(text).map_err(|e| format!("HCL syntax: {e}"))?;
    let mut structures = body.into_inner().into_iter();
    let Some(Structure::Block(block)) = structures.next() else {
        return Err("expected one entry block".into());
    };
    if structures.next().is_some() {
        return Err("more than one top-level structure".into());
    }
    let kind = Kind::from_keyword(block.identifier.as_str())
        .ok_or_else(|| format!("unknown entry kind `{}`", block.identifier.as_str()))?;
    if block.labels.len() != 1 {
        return Err("an entry has exactly one label, its Terraform type".into());
    }
    let type_name = block.labels[0].as_str().to_string();
    let mut rule = Rule {
        kind,
        type_name: type_name.clone(),
        service: String::new(),
        source: String::new(),
        arn: None,
        verified: None,
        provider_versions: None,
        note: None,
        blocks: Vec::new(),
    };
    for s in block.body.into_inner() {
        match s {
            Structure::Attribute(a) => {
                let key = a.key.as_str();
                let val = expr_string(&a.expr)
                    .ok_or_else(|| format!("{type_name}: `{key}` must be a string"))?;
                match key {
                    "service" => rule.service = val,
                    "source" => rule.source = val,
                    "arn" => rule.arn = Some(val),
                    "verified" => rule.verified = Some(val),
                    "provider_versions" => {
                        parse_versions(&val).map_err(|e| format!("{type_name}: {e}"))?;
                        rule.provider_versions = Some(val);
                    }
                    "note" => rule.note = Some(val),
                    other => return Err(format!("{type_name}: unknown attribute `{other}`")),
                }
            }
            Structure::Block(b) => {
                let bk = BlockKind::from_keyword(b.identifier.as_str()).ok_or_else(|| {
                    format!("{type_name}: unknown block `{}`", b.identifier.as_str())
                })?;
                if !b.labels.is_empty() {
                    return Err(format!(
                        "{type_name}: `{}` blocks take no label",
                        bk.keyword()
                    ));
                }
                rule.blocks.push(parse_block(&type_name, bk, b.body)?);
            }
        }
    }
    if rule.service.is_empty() && kind != Kind::Provider {
        return Err(format!("{type_name}: missing `service`"));
    }
    if rule.source.trim().is_empty() {
        return Err(format!("{type_name}: missing `source` (provenance)"));
    }
    Ok(rule)
}

fn parse_block(type_name: &str, kind: BlockKind, body: Body) -> Result<Block, String> {
    let mut b = Block::new(kind);
    let mut has_actions = false;
    let what = format!("{type_name}: `{}` block", kind.keyword());
    for s in body.into_inner() {
        let Structure::Attribute(a) = s else {
            return Err(format!("{what}: nested blocks are not allowed"));
        };
        let key = a.key.as_str();
        let as_str =
            || expr_string(&a.expr).ok_or_else(|| format!("{what}: `{key}` must be a string"));
        match (key, kind) {
            ("actions", k) if k != BlockKind::PassRole => {
                b.actions = expr_list(&a.expr)
                    .ok_or_else(|| format!("{what}: `actions` must be a list of strings"))?;
                has_actions = true;
            }
            // pass_role: updates of these attributes also resend the role (the API call that
            // carries it takes the whole configuration), besides a change of the role itself.
            ("attributes", BlockKind::Update | BlockKind::PassRole) => {
                b.attributes = expr_list(&a.expr)
                    .ok_or_else(|| format!("{what}: `attributes` must be a list of strings"))?;
            }
            ("if_set", k) if k != BlockKind::PassRole => {
                b.condition = Some(Condition::IfSet(as_str()?));
            }
            ("unless_set", k) if k != BlockKind::PassRole => {
                b.condition = Some(Condition::UnlessSet(as_str()?));
            }
            ("if_equals", k) | ("unless_equals", k) if k != BlockKind::PassRole => {
                let pair = expr_list(&a.expr).filter(|l| l.len() == 2).ok_or_else(|| {
                    format!("{what}: `{key}` must be [\"<argument path>\", \"<value>\"]")
                })?;
                let (p, v) = (pair[0].clone(), pair[1].clone());
                b.condition = Some(if key == "if_equals" {
                    Condition::IfEquals(p, v)
                } else {
                    Condition::UnlessEquals(p, v)
                });
            }
            ("resource", k) if k != BlockKind::PassRole => b.resource = Some(as_str()?),
            ("source", _) => b.source = Some(as_str()?),
            ("note", _) => b.note = Some(as_str()?),
            ("attribute", BlockKind::PassRole) => b.pass_attribute = Some(as_str()?),
            ("service", BlockKind::PassRole) => b.pass_service = Some(as_str()?),
            _ => return Err(format!("{what}: unknown attribute `{key}`")),
        }
    }
    if kind == BlockKind::PassRole {
        if b.pass_attribute.is_none() || b.pass_service.is_none() {
            return Err(format!("{what}: needs `attribute` and `service`"));
        }
    } else if !has_actions {
        return Err(format!("{what}: missing `actions`"));
    }
    Ok(b)
}

fn quote(s: &str) -> String {
    // Rule strings are plain text or ARN templates; `${` must stay as written for templates.
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", inner.join(", "))
}

/// Writes an entry in canonical form. Long action lists go one per line.
pub fn format_entry(rule: &Rule) -> String {
    let mut r = rule.clone();
    r.canonicalise();
    let mut out = format!("{} {} {{\n", r.kind.keyword(), quote(&r.type_name));
    let mut attrs: Vec<(&str, String)> = Vec::new();
    if !r.service.is_empty() {
        attrs.push(("service", quote(&r.service)));
    }
    attrs.push(("source", quote(&r.source)));
    if let Some(a) = &r.arn {
        attrs.push(("arn", quote(a)));
    }
    if let Some(v) = &r.provider_versions {
        attrs.push(("provider_versions", quote(v)));
    }
    if let Some(v) = &r.verified {
        attrs.push(("verified", quote(v)));
    }
    if let Some(n) = &r.note {
        attrs.push(("note", quote(n)));
    }
    write_attrs(&mut out, "  ", &attrs);
    for b in &r.blocks {
        out.push('\n');
        out.push_str(&format!("  {} {{\n", b.kind.keyword()));
        let mut a: Vec<(&str, String)> = Vec::new();
        match &b.condition {
            Some(Condition::IfSet(p)) => a.push(("if_set", quote(p))),
            Some(Condition::UnlessSet(p)) => a.push(("unless_set", quote(p))),
            Some(Condition::IfEquals(p, v)) => a.push(("if_equals", list(&[p.clone(), v.clone()]))),
            Some(Condition::UnlessEquals(p, v)) => {
                a.push(("unless_equals", list(&[p.clone(), v.clone()])))
            }
            None => {}
        }
        if b.kind == BlockKind::Update {
            a.push(("attributes", list(&b.attributes)));
        }
        if let Some(p) = &b.pass_attribute {
            a.push(("attribute", quote(p)));
        }
        if b.kind == BlockKind::PassRole && !b.attributes.is_empty() {
            a.push(("attributes", list(&b.attributes)));
        }
        if let Some(s) = &b.pass_service {
            a.push(("service", quote(s)));
        }
        if b.kind != BlockKind::PassRole {
            a.push(("actions", list(&b.actions)));
        }
        if let Some(res) = &b.resource {
            a.push(("resource", quote(res)));
        }
        if let Some(s) = &b.source {
            a.push(("source", quote(s)));
        }
        if let Some(n) = &b.note {
            a.push(("note", quote(n)));
        }
        write_attrs(&mut out, "    ", &a);
        out.push_str("  }\n");
    }
    out.push_str("}\n");
    out
}

fn write_attrs(out: &mut String, indent: &str, attrs: &[(&str, String)]) {
    let width = attrs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    for (k, v) in attrs {
        let line = format!("{indent}{k:<width$} = {v}");
        if line.len() > 100 && v.starts_with('[') {
            // One item per line keeps diffs of long action lists readable.
            out.push_str(&format!("{indent}{k:<width$} = [\n"));
            let inner = &v[1..v.len() - 1];
            for item in split_list(inner) {
                out.push_str(&format!("{indent}  {item},\n"));
            }
            out.push_str(&format!("{indent}]\n"));
        } else {
            out.push_str(&line);
            out.push('\n');
        }
    }
}

fn split_list(inner: &str) -> Vec<&str> {
    // Items are quoted strings without embedded `", "` sequences (action names, attributes).
    inner.split(", ").filter(|s| !s.is_empty()).collect()
}
