//! `iamplan roles`: four roles from one plan — **state** (backend access, from the backend
//! configuration), **plan** (read-only: the plan phase plus reading and locking state),
//! **deploy** (the deploy phase, no state actions) and **destroy** — each packed into managed
//! policies within IAM's limits (6,144 non-whitespace characters each, 10 per role), as JSON or
//! as Terraform.

pub mod backend;

use crate::app;
use crate::bail;
use crate::cli::{RolesArgs, RolesFormat};
use crate::error::{Error, Result};
use crate::iam::policy::{iam_chars, PolicyDocument, Statement};
use crate::plan::{self, Plan};
use crate::policy;
use crate::predict::{self, Phase, Reason, ScopeFlags};
use crate::report::terraform as tf;
use backend::Backend;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// IAM's limit for a customer managed policy, in characters other than whitespace.
pub const MAX_POLICY_CHARS: usize = 6_144;
/// Managed policies that can be attached to one role (the default quota).
pub const MAX_POLICIES_PER_ROLE: usize = 10;

pub const ROLES: [&str; 4] = ["state", "plan", "deploy", "destroy"];

/// Non-read actions the plan role may hold, each with why (besides `iam::READ_ONLY_EXCEPTIONS`).
/// `terraform plan` locks state, so lock writes (and only those) are in the read-only role.
pub const PLAN_ROLE_LOCK_WRITES: &[(&str, &str)] = &[
    (
        "s3:PutObject",
        "writes the `.tflock` object (use_lockfile): only on the lock key",
    ),
    (
        "s3:DeleteObject",
        "removes the `.tflock` object (use_lockfile): only on the lock key",
    ),
    (
        "dynamodb:PutItem",
        "takes the state lock item in the lock table",
    ),
    (
        "dynamodb:DeleteItem",
        "releases the state lock item in the lock table",
    ),
    (
        "kms:GenerateDataKey",
        "encrypts the lock object with the backend's KMS key",
    ),
];

/// (operator, key, values) of a grant's condition.
pub type GrantCondition = Option<(String, String, Vec<String>)>;
/// operator -> key -> values, as statements hold conditions.
type ConditionMap = BTreeMap<String, BTreeMap<String, Vec<String>>>;

/// A grant before grouping: action, resource, optional (operator, key, values) condition.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Grant {
    pub action: String,
    pub resource: String,
    pub condition: GrantCondition,
}

fn grant(action: &str, resource: &str) -> Grant {
    Grant {
        action: action.into(),
        resource: resource.into(),
        condition: None,
    }
}

/// Groups grants into statements: actions with identical resource sets and conditions.
pub fn statements(grants: &[Grant]) -> Vec<Statement> {
    let mut by_action: BTreeMap<(&str, &GrantCondition), BTreeSet<&str>> = BTreeMap::new();
    for g in grants {
        by_action
            .entry((&g.action, &g.condition))
            .or_default()
            .insert(&g.resource);
    }
    let mut groups: BTreeMap<(Vec<&str>, &GrantCondition), BTreeSet<&str>> = BTreeMap::new();
    for ((a, c), rs) in by_action {
        let rs: Vec<&str> = if rs.contains("*") {
            vec!["*"]
        } else {
            rs.into_iter().collect()
        };
        groups.entry((rs, c)).or_default().insert(a);
    }
    groups
        .into_iter()
        .map(|((rs, c), acts)| {
            let mut condition = BTreeMap::new();
            if let Some((op, key, vals)) = c {
                condition.insert(op.clone(), BTreeMap::from([(key.clone(), vals.clone())]));
            }
            Statement {
                sid: None,
                effect: "Allow",
                actions: acts.into_iter().map(str::to_string).collect(),
                resources: rs.into_iter().map(str::to_string).collect(),
                condition,
            }
        })
        .collect()
}

/// The S3 backend's needs, per Terraform's documentation of the s3 backend.
pub struct StateNeeds {
    /// Everything the state role needs.
    pub all: Vec<Grant>,
    /// What `terraform plan` needs: list, read, and lock.
    pub read_and_lock: Vec<Grant>,
    /// Notes for stderr (assume role, unsupported backends).
    pub notes: Vec<String>,
}

pub fn state_needs(
    b: &Backend,
    flags: &ScopeFlags,
    workspace: Option<&str>,
    all_workspaces: bool,
) -> Result<StateNeeds> {
    let mut notes = Vec::new();
    let kind = b.kind.as_deref().unwrap_or("local");
    let (enc_read, enc_write) = encryption_needs(b, flags);
    match kind {
        "s3" => {}
        "local" | "remote" | "cloud" => {
            if enc_read.is_empty() {
                notes.push(format!(
                    "backend \"{kind}\" keeps state outside AWS: no state role is needed"
                ));
            } else {
                notes.push(format!(
                    "backend \"{kind}\" keeps state outside AWS; the state role is OpenTofu's state encryption with AWS KMS"
                ));
            }
            return Ok(state_needs_of(enc_read, enc_write, Vec::new(), notes));
        }
        other => {
            notes.push(if enc_read.is_empty() {
                format!("backend \"{other}\" is not supported for the state role (only s3); the state role is empty")
            } else {
                format!("backend \"{other}\" is not supported for the state role (only s3); the state role has only OpenTofu's state encryption keys")
            });
            return Ok(state_needs_of(enc_read, enc_write, Vec::new(), notes));
        }
    }
    let Some(bucket) = b.str("bucket") else {
        bail!("s3 backend without `bucket` (sources: {}); complete it with --backend-config bucket=NAME", b.sources.join(", "));
    };
    let Some(key) = b.str("key") else {
        bail!(
            "s3 backend without `key` (sources: {}); complete it with --backend-config key=PATH",
            b.sources.join(", ")
        );
    };
    let p = flags.partition.clone().unwrap_or_else(|| "aws".into());
    let region = flags
        .region
        .clone()
        .or_else(|| b.str("region").map(str::to_string))
        .unwrap_or_else(|| "*".into());
    let account = flags.account.clone().unwrap_or_else(|| "*".into());
    let prefix = b.str("workspace_key_prefix").unwrap_or("env:");
    let bucket_arn = format!("arn:{p}:s3:::{bucket}");
    // State objects: the default workspace's key, a named one's, or every workspace's.
    let mut keys = Vec::new();
    match (workspace, all_workspaces) {
        (_, true) => {
            keys.push(key.to_string());
            keys.push(format!("{prefix}/*/{key}"));
        }
        (Some(w), false) if w != "default" => keys.push(format!("{prefix}/{w}/{key}")),
        _ => keys.push(key.to_string()),
    }
    let mut read = Vec::new();
    let mut write = Vec::new();
    let list = if workspace.is_some_and(|w| w != "default") || all_workspaces {
        // Listing workspaces lists the prefix; nothing else of the bucket.
        Grant {
            action: "s3:ListBucket".into(),
            resource: bucket_arn.clone(),
            condition: Some((
                "StringLike".into(),
                "s3:prefix".into(),
                vec![format!("{prefix}/*"), key.to_string()],
            )),
        }
    } else {
        grant("s3:ListBucket", &bucket_arn)
    };
    read.push(list);
    for k in &keys {
        let obj = format!("{bucket_arn}/{k}");
        read.push(grant("s3:GetObject", &obj));
        write.push(grant("s3:PutObject", &obj));
    }
    let mut lock = Vec::new();
    if b.bool("use_lockfile") {
        for k in &keys {
            let obj = format!("{bucket_arn}/{k}.tflock");
            for a in ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"] {
                lock.push(grant(a, &obj));
            }
        }
    }
    if let Some(t) = b.str("dynamodb_table") {
        let arn = format!("arn:{p}:dynamodb:{region}:{account}:table/{t}");
        for a in [
            "dynamodb:DescribeTable",
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:DeleteItem",
        ] {
            lock.push(grant(a, &arn));
        }
    }
    if let Some(k) = b.str("kms_key_id") {
        let arn = if k.starts_with("arn:") {
            k.to_string()
        } else if k.starts_with("alias/") {
            format!("arn:{p}:kms:{region}:{account}:{k}")
        } else {
            format!("arn:{p}:kms:{region}:{account}:key/{k}")
        };
        read.push(grant("kms:Decrypt", &arn));
        for a in ["kms:Encrypt", "kms:GenerateDataKey"] {
            write.push(grant(a, &arn));
        }
        if b.bool("use_lockfile") {
            lock.push(grant("kms:GenerateDataKey", &arn));
            lock.push(grant("kms:Decrypt", &arn));
        }
    }
    if let Some(r) = b.role_arn() {
        notes.push(format!(
            "the backend assumes {r}: the caller needs sts:AssumeRole on it (that role, not the caller, needs the state role's permissions)"
        ));
    }
    read.extend(enc_read);
    write.extend(enc_write);
    Ok(state_needs_of(read, write, lock, notes))
}

/// The state role from its reads, writes and lock operations: everything, and what the
/// read-only plan role takes (reads and locks).
fn state_needs_of(
    read: Vec<Grant>,
    write: Vec<Grant>,
    lock: Vec<Grant>,
    notes: Vec<String>,
) -> StateNeeds {
    let mut all: Vec<Grant> = read.iter().chain(&write).chain(&lock).cloned().collect();
    all.sort();
    all.dedup();
    let mut read_and_lock: Vec<Grant> = read.into_iter().chain(lock).collect();
    read_and_lock.sort();
    read_and_lock.dedup();
    StateNeeds {
        all,
        read_and_lock,
        notes,
    }
}

/// OpenTofu's state encryption with `aws_kms` key providers (OpenTofu 1.7+, any backend).
/// Source: OpenTofu internal/encryption/keyprovider/aws_kms/provider.go: every `Provide`
/// (reading or writing state, or a plan file) calls GenerateDataKey, and Decrypt too when
/// there is a stored data key to decrypt, so both are reads: the plan role needs them to read
/// state. A key id that is not a literal, or an alias, is any key of the account.
fn encryption_needs(b: &Backend, flags: &ScopeFlags) -> (Vec<Grant>, Vec<Grant>) {
    let mut read = Vec::new();
    let p = flags.partition.clone().unwrap_or_else(|| "aws".into());
    let account = flags.account.clone().unwrap_or_else(|| "*".into());
    for k in &b.kms_key_providers {
        let region = flags
            .region
            .clone()
            .or_else(|| k.region.clone())
            .or_else(|| b.str("region").map(str::to_string))
            .unwrap_or_else(|| "*".into());
        let arn = match k.kms_key_id.as_deref() {
            // KMS authorizes the key an alias names, never the alias (AWS docs: KMS
            // Developer Guide, Using aliases to control access): any key of the account.
            Some(id) if id.starts_with("arn:") && !id.contains(":alias/") => id.to_string(),
            Some(id) if !id.starts_with("arn:") && !id.starts_with("alias/") => {
                format!("arn:{p}:kms:{region}:{account}:key/{id}")
            }
            _ => format!("arn:{p}:kms:{region}:{account}:key/*"),
        };
        read.push(grant("kms:Decrypt", &arn));
        read.push(grant("kms:GenerateDataKey", &arn));
    }
    (read, Vec::new())
}

/// Splits a statement into two halves of its actions (when one resource's list of actions is
/// what is too big).
fn halve_actions(s: &Statement) -> Option<(Statement, Statement)> {
    if s.actions.len() < 2 {
        return None;
    }
    let mid = s.actions.len() / 2;
    let a = Statement {
        actions: s.actions[..mid].to_vec(),
        ..s.clone()
    };
    let b = Statement {
        actions: s.actions[mid..].to_vec(),
        ..s.clone()
    };
    Some((a, b))
}

/// Splits a statement too big for one policy into runs of its resources (in order), each run
/// as long as still fits a policy alone: every resource is measured once, however long the
/// list, and a run's size is its share of the list plus the rest of the statement.
fn resource_runs(s: &Statement) -> Vec<Statement> {
    let room = MAX_POLICY_CHARS - empty_size();
    // The statement with an empty list (`[]`, two characters) is the part every run repeats.
    let fixed = statement_size(&Statement {
        resources: Vec::new(),
        ..s.clone()
    }) - 2;
    // A list of n entries: its brackets, the entries, and n - 1 commas; one entry alone is
    // written without brackets.
    let list = |n: usize, sum: usize| if n == 1 { sum } else { sum + n + 1 };
    let widths: Vec<usize> = s.resources.iter().map(iam_chars).collect();
    let mut runs = Vec::new();
    let mut start = 0;
    while start < widths.len() {
        let mut end = start + 1;
        let mut sum = widths[start];
        while end < widths.len() && fixed + list(end + 1 - start, sum + widths[end]) <= room {
            sum += widths[end];
            end += 1;
        }
        runs.push(start..end);
        start = end;
    }
    // A list that fits whole is not what is too big: halve it anyway so the caller's split
    // always makes progress (its actions are split next).
    if runs.len() == 1 {
        let mid = s.resources.len() / 2;
        runs = vec![0..mid, mid..s.resources.len()];
    }
    runs.into_iter()
        .map(|r| Statement {
            resources: s.resources[r].to_vec(),
            ..s.clone()
        })
        .collect()
}

/// The IAM size of one statement as an entry of a document's statement list. A document's
/// compact JSON is its empty form with the statements and the commas between them inserted,
/// so its size is [`doc_size`] of its statements' sizes: each statement is measured once,
/// however many bins it is tried in.
fn statement_size(s: &Statement) -> usize {
    iam_chars(s)
}

fn empty_size() -> usize {
    static EMPTY: once_cell::sync::Lazy<usize> =
        once_cell::sync::Lazy::new(|| PolicyDocument::default().iam_size());
    *EMPTY
}

/// The IAM size of a document of `n` statements whose sizes sum to `sum`.
fn doc_size(sum: usize, n: usize) -> usize {
    empty_size() + sum + n.saturating_sub(1)
}

/// Packs statements into as few managed policies as fit IAM's size limit (first fit,
/// largest first); a statement too big alone is split.
pub fn pack(role: &str, stmts: Vec<Statement>) -> Result<Vec<PolicyDocument>> {
    let mut work: Vec<(usize, Statement)> = Vec::new();
    let mut queue = stmts;
    while let Some(s) = queue.pop() {
        let size = statement_size(&s);
        if doc_size(size, 1) <= MAX_POLICY_CHARS {
            work.push((size, s));
        } else if s.resources.len() > 1 {
            queue.extend(resource_runs(&s));
        } else if let Some((a, b)) = halve_actions(&s) {
            queue.push(a);
            queue.push(b);
        } else {
            bail!(
                "role {role}: one statement ({} on {}) alone exceeds {MAX_POLICY_CHARS} characters",
                s.actions[0],
                s.resources[0]
            );
        }
    }
    work.sort_by_key(|(size, _)| std::cmp::Reverse(*size));
    // (statements, sum of their sizes)
    let mut bins: Vec<(Vec<Statement>, usize)> = Vec::new();
    for (size, s) in work {
        let slot = bins
            .iter()
            .position(|(b, sum)| doc_size(sum + size, b.len() + 1) <= MAX_POLICY_CHARS);
        match slot {
            Some(i) => {
                bins[i].0.push(s);
                bins[i].1 += size;
            }
            None => bins.push((vec![s], size)),
        }
    }
    let docs: Vec<PolicyDocument> = bins
        .into_iter()
        .map(|(mut b, _)| {
            b.sort_by(|x, y| {
                (&x.actions, &x.resources, &x.condition).cmp(&(
                    &y.actions,
                    &y.resources,
                    &y.condition,
                ))
            });
            PolicyDocument { statements: b }
        })
        .collect();
    if docs.len() > MAX_POLICIES_PER_ROLE {
        let sizes: Vec<String> = docs.iter().map(|d| d.iam_size().to_string()).collect();
        return Err(Error::new(format!(
            "role {role} does not fit: it needs {} managed policies (sizes: {}), IAM attaches at most {MAX_POLICIES_PER_ROLE} per role; try --compact, or split the configuration",
            docs.len(),
            sizes.join(", ")
        )));
    }
    Ok(docs)
}

/// `--compact`: replaces groups of actions by a wildcard (`s3:GetBucket*`) where, in the IAM
/// reference, the wildcard matches only actions the statement already has. Returns the new
/// statements and what was merged.
pub fn compact(stmts: Vec<Statement>) -> (Vec<Statement>, Vec<String>) {
    let refr = crate::iam::reference();
    let mut merged = Vec::new();
    let out = stmts
        .into_iter()
        .map(|mut s| {
            let have: BTreeSet<String> = s.actions.iter().map(|a| a.to_ascii_lowercase()).collect();
            let mut remaining: BTreeSet<String> = s.actions.iter().cloned().collect();
            let mut wild = Vec::new();
            // Candidate prefixes: each action cut at its CamelCase word boundaries.
            let mut candidates: BTreeSet<String> = BTreeSet::new();
            for a in &s.actions {
                let Some((svc, name)) = a.split_once(':') else {
                    continue;
                };
                for (i, c) in name.char_indices().skip(1) {
                    if c.is_ascii_uppercase() {
                        candidates.insert(format!("{svc}:{}", &name[..i]));
                    }
                }
            }
            // Shortest prefixes first: they merge the most.
            let mut cands: Vec<String> = candidates.into_iter().collect();
            cands.sort_by_key(|c| (c.len(), c.clone()));
            for c in cands {
                let covered: Vec<String> = remaining
                    .iter()
                    .filter(|a| a.starts_with(&c))
                    .cloned()
                    .collect();
                if covered.len() < 2 {
                    continue;
                }
                let svc = c.split(':').next().unwrap_or("");
                let expansion: Vec<String> = refr
                    .actions()
                    .filter(|i| i.service == svc)
                    .map(|i| i.full_name())
                    .filter(|n| n.to_ascii_lowercase().starts_with(&c.to_ascii_lowercase()))
                    .collect();
                if !expansion.is_empty()
                    && expansion
                        .iter()
                        .all(|e| have.contains(&e.to_ascii_lowercase()))
                {
                    for a in &covered {
                        remaining.remove(a);
                    }
                    merged.push(format!("{c}* = {}", expansion.join(", ")));
                    wild.push(format!("{c}*"));
                }
            }
            let mut acts: Vec<String> = remaining.into_iter().chain(wild).collect();
            acts.sort();
            s.actions = acts;
            s
        })
        .collect();
    (out, merged)
}

/// ARN prefix up to the start of the resource id: `arn:aws:s3:::`, `arn:aws:ec2:r:1:vpc/`.
fn type_prefix(arn: &str) -> &str {
    let mut colons = 0;
    for (i, c) in arn.char_indices() {
        if c == ':' {
            colons += 1;
            if colons == 5 {
                let rest = &arn[i + 1..];
                return match rest.find(['/', ':']) {
                    Some(j) => &arn[..i + 1 + j + 1],
                    None => &arn[..i + 1],
                };
            }
        }
    }
    arn
}

/// A group of one statement's ARNs (one resource type) that widening may replace by a
/// pattern: at level 1 their common prefix and `*`, at level 2 the type's `*`.
struct Widening {
    stmt: usize,
    prefix: String,
    members: usize,
    pattern: String,
    /// Characters the pattern saves over the ARNs it replaces.
    saves: usize,
}

/// Every group a level could widen, those that save the most first.
fn widenings(stmts: &[Statement], level: u8) -> Vec<Widening> {
    let mut out = Vec::new();
    for (i, s) in stmts.iter().enumerate() {
        if s.resources.len() < 2 || s.resources.iter().any(|r| r == "*") {
            continue;
        }
        let mut groups: BTreeMap<&str, Vec<&String>> = BTreeMap::new();
        for r in &s.resources {
            groups.entry(type_prefix(r)).or_default().push(r);
        }
        for (prefix, members) in groups.into_iter().filter(|(_, m)| m.len() > 1) {
            let pattern = if level == 1 {
                let first = members[0].as_str();
                let lcp = members.iter().fold(first.len(), |n, m| {
                    first
                        .bytes()
                        .zip(m.bytes())
                        .take(n)
                        .take_while(|(a, b)| a == b)
                        .count()
                });
                format!("{}*", &first[..lcp.max(prefix.len())])
            } else {
                format!("{prefix}*")
            };
            // Each list entry costs its text, two quotes and a comma.
            let before: usize = members.iter().map(|m| m.len() + 3).sum();
            out.push(Widening {
                stmt: i,
                prefix: prefix.to_string(),
                members: members.len(),
                saves: before.saturating_sub(pattern.len() + 3),
                pattern,
            });
        }
    }
    out.sort_by(|a, b| (b.saves, a.stmt, &a.prefix).cmp(&(a.saves, b.stmt, &b.prefix)));
    out
}

/// The statements with the given widenings made, and what was widened: each widening once
/// (with how many statements it took place in: statements of different actions often hold
/// the same resources), sorted.
fn widen(stmts: &[Statement], chosen: &[Widening]) -> (Vec<Statement>, Vec<String>) {
    let mut by_stmt: BTreeMap<usize, BTreeMap<&str, &str>> = BTreeMap::new();
    let mut widened: BTreeMap<String, usize> = BTreeMap::new();
    for w in chosen {
        by_stmt
            .entry(w.stmt)
            .or_default()
            .insert(&w.prefix, &w.pattern);
        *widened
            .entry(format!(
                "{} ARNs of {}… widened to {}",
                w.members, w.prefix, w.pattern
            ))
            .or_default() += 1;
    }
    let out = stmts
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let Some(patterns) = by_stmt.get(&i) else {
                return s.clone();
            };
            let resources: BTreeSet<String> = s
                .resources
                .iter()
                .map(|r| match patterns.get(type_prefix(r)) {
                    Some(p) => p.to_string(),
                    None => r.clone(),
                })
                .collect();
            Statement {
                resources: resources.into_iter().collect(),
                ..s.clone()
            }
        })
        .collect();
    let notes = widened
        .into_iter()
        .map(|(note, n)| match n {
            1 => note,
            n => format!("{note} (in {n} statements)"),
        })
        .collect();
    (out, notes)
}

/// Packs a role, widening resource lists only as far as needed to fit IAM's limits: the
/// fewest groups (those that save the most first) at the narrowest level that fits, so a
/// handful of ARNs stays exact when a long list elsewhere is what overflowed.
pub fn fit(
    role: &str,
    stmts: Vec<Statement>,
    notes: &mut Vec<String>,
) -> Result<Vec<PolicyDocument>> {
    let first = match pack(role, stmts.clone()) {
        Ok(d) => return Ok(d),
        Err(e) => e,
    };
    for level in [1u8, 2] {
        let cands = widenings(&stmts, level);
        let attempt = |k: usize| pack(role, statements_regrouped(widen(&stmts, &cands[..k]).0));
        let Ok(mut docs) = attempt(cands.len()) else {
            continue;
        };
        // None fails (above) and all fit: search for the fewest that fit. More widening only
        // shrinks statements, so fitting is taken as monotone in how many are made.
        let (mut fails, mut fits) = (0, cands.len());
        while fits - fails > 1 {
            let mid = (fails + fits) / 2;
            match attempt(mid) {
                Ok(d) => {
                    fits = mid;
                    docs = d;
                }
                Err(_) => fails = mid,
            }
        }
        notes.push(format!(
            "role {role} did not fit IAM's limits with one ARN per resource; widened: {}",
            widen(&stmts, &cands[..fits]).1.join("; ")
        ));
        return Ok(docs);
    }
    Err(first)
}

/// After widening, statements with equal resources merge again.
fn statements_regrouped(stmts: Vec<Statement>) -> Vec<Statement> {
    let mut groups: BTreeMap<(Vec<String>, ConditionMap), BTreeSet<String>> = BTreeMap::new();
    for s in stmts {
        groups
            .entry((s.resources, s.condition))
            .or_default()
            .extend(s.actions);
    }
    groups
        .into_iter()
        .map(|((resources, condition), actions)| Statement {
            sid: None,
            effect: "Allow",
            actions: actions.into_iter().collect(),
            resources,
            condition,
        })
        .collect()
}

/// The plan, deploy and destroy roles, filled from one pass over the deploy and destroy
/// phases: the deploy phase's requirements of the plan phase's own steps (provider start-up,
/// refresh, data sources) go to the plan role too.
#[derive(Default)]
struct PhaseRoles {
    plan: policy::Builder,
    deploy: policy::Builder,
    destroy: policy::Builder,
}

impl predict::Sink for PhaseRoles {
    // Builders sort what they gather.
    const ORDERED: bool = false;
    fn add(&mut self, r: predict::Requirement) {
        if r.phase == Phase::Destroy {
            self.destroy.add(&r);
            return;
        }
        if matches!(
            r.because.reason,
            Reason::Provider | Reason::Refresh | Reason::DataSource
        ) {
            self.plan.add(&r);
        }
        self.deploy.add(&r);
    }
    fn append(&mut self, later: PhaseRoles) {
        self.plan.append(later.plan);
        self.deploy.append(later.deploy);
        self.destroy.append(later.destroy);
    }
}

pub struct Roles {
    pub roles: BTreeMap<&'static str, Vec<PolicyDocument>>,
    pub notes: Vec<String>,
}

/// Builds the four roles of a plan.
pub fn build(
    plan: &Plan<'_>,
    backend: &Backend,
    flags: &ScopeFlags,
    workspace: Option<&str>,
    all_workspaces: bool,
    compact_actions: bool,
) -> Result<Roles> {
    // The lock table and key live in the account the plan works in, when it is known.
    let mut state_flags = flags.clone();
    if state_flags.account.is_none() {
        let scope = crate::predict::arn::Scope::resolve(plan, flags);
        if scope.account != "*" {
            state_flags.account = Some(scope.account);
        }
    }
    let state = state_needs(backend, &state_flags, workspace, all_workspaces)?;
    let mut notes = state.notes.clone();
    let mut roles = BTreeMap::new();
    // The deploy phase does everything the plan phase does (provider start-up, refresh, data
    // sources), then the changes; the destroy phase's steps come in the same pass (a resource
    // is looked at once for what the plan does to it and for its destroy).
    let (deploy, mut phases) =
        predict::predict_deploy_and_destroy_into(plan, flags, PhaseRoles::default)?;
    for role in ROLES {
        let stmts = match role {
            "state" => statements(&state.all),
            "plan" => {
                let mut s = std::mem::take(&mut phases.plan).finish().statements;
                s.extend(statements(&state.read_and_lock));
                s
            }
            "deploy" => {
                if let Some(l) = crate::report::unmapped_line(&deploy) {
                    notes.push(l);
                }
                for c in &deploy.caller {
                    notes.push(format!(
                        "the caller needs {} on {} ({})",
                        c.action, c.resource, c.because
                    ));
                }
                std::mem::take(&mut phases.deploy).finish().statements
            }
            _ => std::mem::take(&mut phases.destroy).finish().statements,
        };
        let stmts = if compact_actions {
            let (s, m) = compact(stmts);
            notes.extend(m.into_iter().map(|x| format!("{role}: merged {x}")));
            s
        } else {
            stmts
        };
        roles.insert(role, fit(role, stmts, &mut notes)?);
    }
    Ok(Roles { roles, notes })
}

fn json(roles: &Roles) -> String {
    let mut m = serde_json::Map::new();
    for r in ROLES {
        m.insert(
            r.to_string(),
            serde_json::to_value(&roles.roles[r]).expect("serialises"),
        );
    }
    let mut s = serde_json::to_string_pretty(&serde_json::Value::Object(m)).expect("serialises");
    s.push('\n');
    s
}

/// One role as Terraform: the role (trust policy from a variable), its policy documents,
/// managed policies and attachments.
pub fn terraform_role(role: &str, docs: &[PolicyDocument]) -> String {
    let id = format!("iamplan_{role}");
    let mut out = format!("# iamplan: the {role} role\n\n");
    out.push_str(&format!("variable \"{id}_trust_policy\" {{\n"));
    out.push_str(&tf::attrs(
        "  ",
        &[
            (
                "description",
                tf::q(&format!(
                    "Trust (assume-role) policy JSON of the {role} role"
                )),
            ),
            ("type", "string".into()),
        ],
    ));
    out.push_str("}\n\n");
    out.push_str(&format!("resource \"aws_iam_role\" \"{id}\" {{\n"));
    out.push_str(&tf::attrs(
        "  ",
        &[
            ("name", tf::q(&format!("iamplan-{role}"))),
            ("assume_role_policy", format!("var.{id}_trust_policy")),
        ],
    ));
    out.push_str("}\n");
    for (i, d) in docs.iter().enumerate() {
        let n = format!("{id}_{}", i + 1);
        out.push('\n');
        out.push_str(&tf::document(&n, d));
        out.push_str(&format!("\nresource \"aws_iam_policy\" \"{n}\" {{\n"));
        out.push_str(&tf::attrs(
            "  ",
            &[
                ("name", tf::q(&format!("iamplan-{role}-{}", i + 1))),
                ("policy", format!("data.aws_iam_policy_document.{n}.json")),
            ],
        ));
        out.push_str("}\n");
        out.push_str(&format!(
            "\nresource \"aws_iam_role_policy_attachment\" \"{n}\" {{\n"
        ));
        out.push_str(&tf::attrs(
            "  ",
            &[
                ("role", format!("aws_iam_role.{id}.name")),
                ("policy_arn", format!("aws_iam_policy.{n}.arn")),
            ],
        ));
        out.push_str("}\n");
    }
    out
}

pub fn run(a: RolesArgs) -> Result<u8> {
    let timer = app::Timer::start();
    let input = plan::load::read(&a.plan)?;
    timer.mark("read");
    let plan = plan::parse(&input.name, &input.text)?;
    timer.mark("parse");
    for w in &plan.warnings {
        eprintln!("iamplan: warning: {w}");
    }
    let backend_path = match &a.backend {
        Some(p) => Path::new(p).to_path_buf(),
        None if a.plan == "-" => Path::new(".").to_path_buf(),
        None => Path::new(&a.plan)
            .parent()
            .map(|p| {
                if p.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    p
                }
            })
            .unwrap_or(Path::new("."))
            .to_path_buf(),
    };
    let backend = backend::load(&backend_path, &a.backend_config)?;
    let flags = app::scope_flags(&a.scope, a.wildcard_resources);
    let roles = build(
        &plan,
        &backend,
        &flags,
        a.workspace.as_deref(),
        a.workspaces,
        a.compact,
    )?;
    timer.mark("roles");
    for n in &roles.notes {
        eprintln!("iamplan: note: {n}");
    }
    match (&a.out_dir, a.format) {
        (Some(dir), fmt) => {
            std::fs::create_dir_all(dir).map_err(|e| Error::new(format!("{dir}: {e}")))?;
            for r in ROLES {
                let (file, text) = match fmt {
                    RolesFormat::Json => (format!("{r}.json"), {
                        let mut s =
                            serde_json::to_string_pretty(&roles.roles[r]).expect("serialises");
                        s.push('\n');
                        s
                    }),
                    RolesFormat::Terraform => {
                        (format!("{r}.tf"), terraform_role(r, &roles.roles[r]))
                    }
                };
                let path = Path::new(dir).join(&file);
                std::fs::write(&path, text)
                    .map_err(|e| Error::new(format!("{}: {e}", path.display())))?;
                eprintln!("iamplan: wrote {}", path.display());
            }
        }
        (None, RolesFormat::Json) => app::emit(&json(&roles))?,
        (None, RolesFormat::Terraform) => {
            let parts: Vec<String> = ROLES
                .iter()
                .map(|r| terraform_role(r, &roles.roles[r]))
                .collect();
            app::emit(&parts.join("\n"))?;
        }
    }
    timer.mark("output");
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_runs_are_maximal_and_fit() {
        // Widths vary, a space (not counted by IAM) and a quote (escaped) included.
        let resources: Vec<String> = (0..900)
            .map(|i| format!("arn:aws:s3:::b-{i}/{}", "k \"x".repeat(i % 7)))
            .collect();
        let s = Statement {
            sid: None,
            effect: "Allow",
            actions: vec!["s3:GetObject".into(), "s3:PutObject".into()],
            resources: resources.clone(),
            condition: BTreeMap::new(),
        };
        let runs = resource_runs(&s);
        assert!(runs.len() > 1);
        let joined: Vec<String> = runs.iter().flat_map(|r| r.resources.clone()).collect();
        assert_eq!(joined, resources);
        let mut at = 0;
        for r in &runs {
            at += r.resources.len();
            assert!(doc_size(statement_size(r), 1) <= MAX_POLICY_CHARS);
            if at < resources.len() {
                let mut longer = r.clone();
                longer.resources.push(resources[at].clone());
                assert!(doc_size(statement_size(&longer), 1) > MAX_POLICY_CHARS);
            }
        }
    }

    #[test]
    fn a_widening_shared_by_statements_is_reported_once() {
        let arns: Vec<String> = (0..3).map(|i| format!("arn:aws:s3:::data-{i}")).collect();
        let st = |a: &str, extra: &[&str]| Statement {
            sid: None,
            effect: "Allow",
            actions: vec![a.to_string()],
            resources: arns
                .iter()
                .cloned()
                .chain(extra.iter().map(|x| x.to_string()))
                .collect(),
            condition: BTreeMap::new(),
        };
        let stmts = vec![
            st("s3:GetBucketTagging", &[]),
            st("s3:DeleteBucket", &["arn:aws:sqs:us-east-1:1:q"]),
        ];
        let (out, notes) = widen(&stmts, &widenings(&stmts, 1));
        assert_eq!(
            notes,
            vec!["3 ARNs of arn:aws:s3:::… widened to arn:aws:s3:::data-* (in 2 statements)"]
        );
        assert_eq!(out[0].resources, vec!["arn:aws:s3:::data-*"]);
        assert_eq!(
            out[1].resources,
            vec!["arn:aws:s3:::data-*", "arn:aws:sqs:us-east-1:1:q"]
        );
    }

    #[test]
    fn document_size_adds_up_from_statement_sizes() {
        let st = |a: &str, r: &[&str], cond: bool| Statement {
            sid: None,
            effect: "Allow",
            actions: vec![a.to_string()],
            resources: r.iter().map(|x| x.to_string()).collect(),
            condition: if cond {
                BTreeMap::from([(
                    "StringEquals".to_string(),
                    BTreeMap::from([("iam:PassedToService".to_string(), vec!["x y".to_string()])]),
                )])
            } else {
                BTreeMap::new()
            },
        };
        let stmts = [
            st("s3:GetObject", &["arn:aws:s3:::b/a b"], false),
            st("iam:PassRole", &["arn:aws:iam::1:role/r", "*"], true),
            st("ec2:RunInstances", &["*"], false),
        ];
        for n in 0..=stmts.len() {
            let doc = PolicyDocument {
                statements: stmts[..n].to_vec(),
            };
            let sum: usize = stmts[..n].iter().map(statement_size).sum();
            assert_eq!(doc_size(sum, n), doc.iam_size());
        }
    }
}
