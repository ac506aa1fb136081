//! Phase semantics (DESIGN §3): which resources each phase touches and which rule blocks apply
//! to each change. `plan` = provider start-up + refresh of what exists + data sources;
//! `deploy` = plan + every change; `destroy` = refresh + delete of what the plan leaves.
//! Requirements stream into a sink, so a 10,000-resource plan never holds them all at once
//! unless the caller wants them. A large phase's steps are shared between two threads in
//! chunks, and each chunk's results are appended in order: the output never depends on how
//! the threads ran. Callers that want both the deploy and the destroy phase (`roles`) get them
//! from one pass that looks at each resource once for both.

#[path = "action.rs"]
mod action;

use super::arn::{self, Scope, ScopeFlags, Scoping};
use super::{because, Phase, Reason, Requirement};
use crate::bail;
use crate::error::Result;
use crate::graph::ResourceGraph;
use crate::plan::configuration::{expressions_of, provider_key_of, ConfigData};
use crate::plan::ephemeral::EphemeralRef;
use crate::plan::{
    base_address, ActionInvocation, Change, ChangeAction, Mode, Plan, StateResource, Tri, Values,
};
use crate::policy::FxBuild;
use crate::rules::{self, Block, BlockKind, Condition, Kind, Origin, Rule};
use once_cell::unsync::OnceCell;
use serde_json::value::RawValue;
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// (region, filled pattern)
type RegionPattern = (Arc<str>, Arc<str>);
/// A rule and where it came from.
type RuleRef = (&'static Rule, Origin);

/// What the prediction could and could not cover.
#[derive(Debug, Default)]
pub struct Coverage {
    /// AWS types without a rule: type to instance count.
    pub unmapped: BTreeMap<String, usize>,
    /// Resources of other providers, skipped: provider to instance count.
    pub other_providers: BTreeMap<String, usize>,
    /// Why the plan is not the whole apply ([`Plan::incomplete`]): the prediction covers only
    /// what it shows.
    pub incomplete: Vec<String>,
}

impl Coverage {
    /// Whether `--strict` fails: something AWS is not predicted.
    pub fn strict_fails(&self) -> bool {
        !self.unmapped.is_empty() || !self.incomplete.is_empty()
    }
}

/// Needs of whoever runs Terraform, outside the role's own policy (e.g. assuming the role the
/// provider is configured with).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct CallerNeed {
    pub action: &'static str,
    pub resource: String,
    pub because: String,
}

/// (address, priority, label, type) of what a phase does to each address, in the order noted.
type ChangeLog = Vec<(Arc<str>, u8, &'static str, &'static str)>;

#[derive(Debug)]
pub struct Prediction {
    pub phase: Phase,
    /// Filled by [`predict`]; empty when requirements went to a sink.
    pub requirements: Vec<Requirement>,
    pub caller: Vec<CallerNeed>,
    pub coverage: Coverage,
    /// Folded into [`changes`](Prediction::changes) when first asked: only summaries need it.
    change_log: std::cell::RefCell<ChangeLog>,
    changes: OnceCell<BTreeMap<Arc<str>, (&'static str, &'static str)>>,
}

impl Prediction {
    /// A prediction assembled from others (e.g. a module's lifecycle), its changes given.
    pub fn assembled(
        phase: Phase,
        caller: Vec<CallerNeed>,
        coverage: Coverage,
        changes: BTreeMap<Arc<str>, (&'static str, &'static str)>,
    ) -> Prediction {
        Prediction {
            phase,
            requirements: Vec::new(),
            caller,
            coverage,
            change_log: Default::default(),
            changes: OnceCell::from(changes),
        }
    }

    /// Per address: the change considered in this phase and the rule's type (for summaries).
    pub fn changes(&self) -> &BTreeMap<Arc<str>, (&'static str, &'static str)> {
        self.changes
            .get_or_init(|| fold_changes(self.change_log.take()))
    }
}

struct Ctx<'p, 'a> {
    phase: Phase,
    /// The deploy phase with the destroy phase's steps alongside (see
    /// [`predict_deploy_and_destroy_into`]).
    also_destroy: bool,
    plan: &'p Plan<'a>,
    scope: Scope,
    /// How each (rule, action) is scoped, decided once (keyed by addresses of static data).
    decisions: HashMap<(usize, usize), Arc<Scoping>, FxBuild>,
    /// Filled IAM patterns: template address -> (region, pattern).
    patterns: HashMap<usize, Vec<RegionPattern>, FxBuild>,
    graph: OnceCell<ResourceGraph>,
    /// Change indices by base address, for following references to resources in the plan.
    by_base: OnceCell<HashMap<String, Vec<usize>>>,
    /// Requirements of the current step, handed to the sink after it.
    out: Vec<Requirement>,
    /// The resources of the action being emitted (kept for its allocation).
    found: Vec<Arc<str>>,
    coverage: Coverage,
    /// Noted in order and folded into a map only when asked for (a map insert per resource
    /// would compare long addresses all the time).
    changes: ChangeLog,
    /// Rule lookups by type, one map per kind (looked up by &str: no allocation per resource).
    cache: [HashMap<String, Option<RuleRef>, FxBuild>; Kind::COUNT],
    rule_error: Option<String>,
    star: Arc<str>,
    /// Every ARN handed out, by text: equal ARNs share one allocation, so the policy builder
    /// can deduplicate by pointer.
    interned: HashSet<Arc<str>, FxBuild>,
    /// Template shapes (`${...}` as `*`) by the template's address: rule and IAM reference
    /// templates are static and asked about for every resource.
    shapes: HashMap<usize, Arc<str>, FxBuild>,
    /// Per action (by address): the shapes of its resource types' ARNs, or `None` when it
    /// takes any resource (see [`arn::fits`]).
    fits: HashMap<usize, Option<Arc<[Arc<str>]>>, FxBuild>,
    /// The region of the resources of each provider configuration key (and of those that
    /// name none).
    regions: HashMap<String, Arc<str>, FxBuild>,
    region_unnamed: Option<Arc<str>>,
}

/// The values a condition is evaluated on, and the arguments the configuration sets (when the
/// plan carries its configuration); also the resource's address and, once computed, its ARNs.
struct Subject<'v> {
    address: &'v str,
    values: Values<'v>,
    config: Option<&'v Map<String, Value>>,
    /// The provider configuration the resource uses, which decides its region.
    provider_key: Option<&'v str>,
    /// Its type, which says whether a `region` attribute is hashicorp/aws v6's per-resource
    /// region (see [`own_region`]).
    type_name: &'v str,
    /// Whether its configuration sets `region` (an unknown value then is not the provider's).
    sets_region: bool,
    /// [`own_region`], worked out once.
    own_region: OnceCell<Option<Arc<str>>>,
    region: OnceCell<Arc<str>>,
    /// Filled templates, keyed by the template's address (rule data is static).
    arns: RefCell<Vec<(usize, Arc<str>)>>,
}

impl<'v> Subject<'v> {
    /// A subject whose configuration block (looked up once) gives its arguments when
    /// `with_config`, and its provider either way.
    fn new(
        plan: &'v Plan<'_>,
        inst: (&'v str, &'v str, &'v str),
        values: Values<'v>,
        with_config: bool,
    ) -> Self {
        let (address, type_name, provider) = inst;
        let block = plan.config_resource(address);
        Subject {
            address,
            values,
            config: block.filter(|_| with_config).and_then(expressions_of),
            // Terraform 0.12 plans without a configuration still name the alias in the
            // provider (`aws.west`), which is the key of its configuration block.
            provider_key: block
                .and_then(provider_key_of)
                .or_else(|| alias_key(provider)),
            type_name,
            sets_region: block
                .and_then(expressions_of)
                .is_some_and(|e| e.contains_key("region")),
            own_region: OnceCell::new(),
            region: OnceCell::new(),
            arns: RefCell::new(Vec::new()),
        }
    }

    /// The resource's own region ([`own_region`]), looked up once.
    fn own_region(&self) -> Option<Arc<str>> {
        self.own_region
            .get_or_init(|| own_region(self).map(|r| Arc::from(r.as_str())))
            .clone()
    }

    /// An argument unknown at plan time counts as set, unless the configuration is known and
    /// does not set it: then it is an Optional+Computed value the provider fills in, and the
    /// provider's `GetOk` in the create/update handler sees nothing.
    fn is_set(&self, path: &str) -> Tri {
        // Plans from providers before tags_all (3.38) carry only tags.
        if path == "tags_all" && self.values.lookup(path) == crate::plan::Lookup::Missing {
            return self.is_set("tags");
        }
        let t = self.values.is_set(path);
        let top = path.split('.').next().unwrap_or(path);
        // A write-only argument (`password_wo`, Terraform 1.11+) is null in every plan value,
        // whatever the configuration says: the configuration decides, and without it the
        // argument may be set.
        if t == Tri::No && path.split('.').any(|seg| seg.ends_with("_wo")) {
            return match self.config {
                Some(c) if c.contains_key(top) => Tri::Yes,
                Some(c) if !c.contains_key("dynamic") && top.ends_with("_wo") => Tri::No,
                _ => Tri::Maybe,
            };
        }
        if t != Tri::Maybe {
            return t;
        }
        // tags_all is computed from `tags` and the provider's default_tags; with known
        // default_tags it is known, so unknown here means unknown `tags` (configured) or a
        // provider that fills it with nothing (older providers).
        let configured = if top == "tags_all" { "tags" } else { top };
        match self.config {
            Some(c) if !c.contains_key(configured) && !c.contains_key("dynamic") => Tri::No,
            _ => Tri::Maybe,
        }
    }
}

fn condition_holds(b: &Block, s: &Subject) -> bool {
    match &b.condition {
        None => true,
        Some(Condition::IfSet(p)) => s.is_set(p) != Tri::No,
        Some(Condition::UnlessSet(p)) => s.is_set(p) != Tri::Yes,
        Some(Condition::IfEquals(p, v)) => s.values.equals(p, v) != Tri::No,
        Some(Condition::UnlessEquals(p, v)) => s.values.equals(p, v) != Tri::Yes,
    }
}

impl<'p, 'a> Ctx<'p, 'a> {
    fn new(plan: &'p Plan<'a>, phase: Phase, scope: Scope, also_destroy: bool) -> Self {
        Ctx {
            phase,
            also_destroy,
            plan,
            scope,
            decisions: HashMap::default(),
            patterns: HashMap::default(),
            graph: OnceCell::new(),
            by_base: OnceCell::new(),
            out: Vec::new(),
            found: Vec::new(),
            coverage: Coverage::default(),
            changes: Vec::new(),
            cache: Default::default(),
            rule_error: None,
            star: Arc::from("*"),
            interned: HashSet::default(),
            shapes: HashMap::default(),
            fits: HashMap::default(),
            regions: HashMap::default(),
            region_unnamed: None,
        }
    }

    /// What the steps so far found besides requirements; the context keeps its caches.
    fn take_outcome(&mut self) -> Outcome {
        Outcome {
            coverage: std::mem::take(&mut self.coverage),
            changes: std::mem::take(&mut self.changes),
            rule_error: self.rule_error.take(),
        }
    }

    fn flush(&mut self, sink: &mut impl Sink) {
        for r in self.out.drain(..) {
            sink.add(r);
        }
    }

    /// With the destroy phase alongside: the current step's requirements, which the destroy
    /// phase has identically (provider start-up, data source reads), once more for it.
    fn also_for_destroy(&mut self) {
        if self.also_destroy {
            for i in 0..self.out.len() {
                let mut r = self.out[i].clone();
                r.phase = Phase::Destroy;
                self.out.push(r);
            }
        }
    }

    /// The destroy phase's steps for a resource the plan leaves (refresh and delete), among
    /// the deploy phase's: requirements are the destroy phase's, coverage and change notes
    /// stay the deploy phase's.
    fn teardown(&mut self, address: &Arc<str>, rule: RuleRef, subject: &Subject) {
        let phase = std::mem::replace(&mut self.phase, Phase::Destroy);
        self.emit_kind(address, rule, BlockKind::Read, subject, Reason::Refresh);
        self.emit_kind(address, rule, BlockKind::Delete, subject, Reason::Delete);
        self.phase = phase;
    }

    fn intern(&mut self, s: &str) -> Arc<str> {
        if s == "*" {
            return self.star.clone();
        }
        if let Some(r) = self.interned.get(s) {
            return r.clone();
        }
        let r: Arc<str> = Arc::from(s);
        self.interned.insert(r.clone());
        r
    }

    fn region(&mut self, subject: &Subject) -> Arc<str> {
        if let Some(r) = subject.region.get() {
            return r.clone();
        }
        if let Some(r) = subject.own_region() {
            return subject.region.get_or_init(|| r).clone();
        }
        let key = subject.provider_key;
        let known = match key {
            Some(k) => self.regions.get(k),
            None => self.region_unnamed.as_ref(),
        };
        let r = match known {
            Some(r) => r.clone(),
            None => {
                let r: Arc<str> = Arc::from(self.scope.region_of(key).as_str());
                match key {
                    Some(k) => {
                        self.regions.insert(k.to_string(), r.clone());
                    }
                    None => self.region_unnamed = Some(r.clone()),
                }
                r
            }
        };
        subject.region.get_or_init(|| r).clone()
    }

    fn shape(&mut self, template: &'static str) -> Arc<str> {
        self.shapes
            .entry(template.as_ptr() as usize)
            .or_insert_with(|| Arc::from(arn::shape(template).as_str()))
            .clone()
    }

    /// [`arn::fits`], with each action's shapes worked out once.
    fn fits(&mut self, action: &'static str, resource: &str) -> bool {
        let shapes = self
            .fits
            .entry(action.as_ptr() as usize)
            .or_insert_with(|| arn::fit_shapes(action))
            .clone();
        shapes.is_none_or(|ss| ss.iter().any(|s| arn::wildcard_match(s, resource)))
    }

    /// Fills a template for a subject once; later requirements share the same string.
    fn filled(&mut self, subject: &Subject, template: &'static str) -> Arc<str> {
        let key = template.as_ptr() as usize;
        if let Some((_, r)) = subject.arns.borrow().iter().find(|(k, _)| *k == key) {
            return r.clone();
        }
        let region = self.region(subject);
        let r: Arc<str> = Arc::from(
            arn::fill_with(
                template,
                &subject.values,
                [&self.scope.partition, &region, &self.scope.account],
                self.plan.partial_values,
            )
            .as_str(),
        );
        subject.arns.borrow_mut().push((key, r.clone()));
        r
    }

    /// The resource's own ARN: its `arn` attribute when known and of the IAM template's
    /// shape, else the rule's template filled from its values (or, for rules whose template is
    /// just the `arn` attribute, the IAM template with what the scope knows).
    fn own_arn(
        &mut self,
        subject: &Subject,
        rule: &'static Rule,
        iam_tpl: &'static str,
    ) -> Arc<str> {
        let Some(tpl) = rule.arn.as_deref() else {
            return self.star.clone();
        };
        let key = iam_tpl.as_ptr() as usize ^ (rule as *const Rule as usize).rotate_left(17);
        if let Some((_, r)) = subject.arns.borrow().iter().find(|(k, _)| *k == key) {
            return r.clone();
        }
        let shape = self.shape(iam_tpl);
        let own = subject
            .values
            .str_at("arn")
            .filter(|a| arn::wildcard_match(&shape, a))
            .and_then(|a| arn::from_plan(&a).map(|r| r.into_owned()));
        let r: Arc<str> = match own {
            Some(a) => self.intern(&a),
            None if &*self.shape(tpl) == "*" => {
                let region = self.region(subject);
                self.pattern(iam_tpl, &region)
            }
            None => self.filled(subject, tpl),
        };
        subject.arns.borrow_mut().push((key, r.clone()));
        r
    }

    /// The resources one action of one block needs, for one subject.
    fn resources(
        &mut self,
        rule: &'static Rule,
        block: &'static Block,
        action: &'static str,
        subject: &Subject,
        out: &mut Vec<Arc<str>>,
    ) {
        if self.scope.wildcard {
            out.push(self.star.clone());
            return;
        }
        if let Some(t) = block.resource.as_deref() {
            let r = self.filled(subject, t);
            // A template whose value is unknown (or not an ARN of the action's resource
            // types) must not become a wrong ARN: fall back to the IAM patterns.
            if &*r != "*" && self.fits(action, &r) {
                out.push(r);
            } else {
                self.iam_patterns(rule, action, subject, out);
            }
            return;
        }
        let decision = self.decision(rule, action);
        match &*decision {
            Scoping::Star => out.push(self.star.clone()),
            Scoping::Own(iam_tpl, others) => {
                out.push(self.own_arn(subject, rule, iam_tpl));
                let region = self.region(subject);
                for t in others {
                    out.push(self.pattern(t, &region));
                }
            }
            Scoping::Patterns(ts) => {
                let region = self.region(subject);
                for t in ts {
                    out.push(self.pattern(t, &region));
                }
            }
        }
    }

    /// How an action of a rule is scoped ([`arn::decide`]), worked out once per pair.
    fn decision(&mut self, rule: &'static Rule, action: &'static str) -> Arc<Scoping> {
        let key = (rule as *const Rule as usize, action.as_ptr() as usize);
        self.decisions
            .entry(key)
            .or_insert_with(|| Arc::new(arn::decide(rule, crate::iam::reference().action(action))))
            .clone()
    }

    /// The IAM reference's patterns for the action's resource types (or `*`), in the
    /// subject's region: what a requirement gets when no ARN of its own can be built.
    pub(super) fn iam_patterns(
        &mut self,
        rule: &'static Rule,
        action: &'static str,
        subject: &Subject,
        out: &mut Vec<Arc<str>>,
    ) {
        let decision = self.decision(rule, action);
        let region = self.region(subject);
        match &*decision {
            Scoping::Star => out.push(self.star.clone()),
            Scoping::Own(tpl, others) => {
                for t in std::iter::once(tpl).chain(others) {
                    out.push(self.pattern(t, &region));
                }
            }
            Scoping::Patterns(ts) => {
                for t in ts {
                    out.push(self.pattern(t, &region));
                }
            }
        }
    }

    /// An IAM ARN template with only partition, region and account filled: the other
    /// resources an action touches, which the plan does not name. Cached per region.
    fn pattern(&mut self, template: &'static str, region: &str) -> Arc<str> {
        let key = template.as_ptr() as usize;
        if let Some((_, r)) = self
            .patterns
            .get(&key)
            .and_then(|v| v.iter().find(|(reg, _)| &**reg == region))
        {
            return r.clone();
        }
        let text = arn::fill(
            template,
            &Values::default(),
            &self.scope.partition,
            region,
            &self.scope.account,
        );
        let r = self.intern(&text);
        self.patterns
            .entry(key)
            .or_default()
            .push((Arc::from(region), r.clone()));
        r
    }

    fn rule(&mut self, kind: Kind, type_name: &str) -> Option<(&'static Rule, Origin)> {
        let slot = kind as usize;
        if let Some(r) = self.cache[slot].get(type_name) {
            return *r;
        }
        let found = match rules::lookup(kind, type_name) {
            Some(e) => match e.rule() {
                Ok(r) => Some((r, e.origin)),
                Err(msg) => {
                    self.rule_error.get_or_insert(msg);
                    None
                }
            },
            None => None,
        };
        self.cache[slot].insert(type_name.to_string(), found);
        found
    }

    /// Looks up the rule for an AWS object, counting unmapped types and other providers.
    fn rule_for(
        &mut self,
        kind: Kind,
        type_name: &str,
        provider: &str,
    ) -> Option<(&'static Rule, Origin)> {
        if !Plan::is_aws_provider(provider, type_name) {
            let p = short_provider(provider, type_name);
            *self.coverage.other_providers.entry(p).or_default() += 1;
            return None;
        }
        let r = self.rule(kind, type_name);
        if r.is_none() {
            let label = match kind {
                Kind::Data => format!("data.{type_name}"),
                Kind::Action => format!("action.{type_name}"),
                Kind::Ephemeral => format!("ephemeral.{type_name}"),
                _ => type_name.to_string(),
            };
            *self.coverage.unmapped.entry(label).or_default() += 1;
        }
        r
    }

    fn emit_block(
        &mut self,
        address: &Arc<str>,
        (rule, origin): (&'static Rule, Origin),
        block: &'static Block,
        reason: &Reason,
        subject: &Subject,
    ) {
        // One buffer for every block: most actions need one resource, and a vector per
        // action per resource would be most of the allocations of a prediction.
        let mut found = std::mem::take(&mut self.found);
        for action in &block.actions {
            self.resources(rule, block, action, subject, &mut found);
            for resource in found.drain(..) {
                let mut why = because(
                    address,
                    reason.clone(),
                    rule,
                    origin,
                    block.source.as_deref(),
                    block.condition.as_ref(),
                );
                // Only where the region scoped something (looked up then, not again).
                why.region = subject.own_region.get().cloned().flatten();
                self.out.push(Requirement {
                    action: action.as_str(),
                    resource,
                    condition: None,
                    phase: self.phase,
                    because: why,
                });
            }
        }
        self.found = found;
    }

    /// Every block of `kind` whose condition may hold on the subject.
    fn emit_kind(
        &mut self,
        address: &Arc<str>,
        rule: (&'static Rule, Origin),
        kind: BlockKind,
        subject: &Subject,
        reason: Reason,
    ) {
        for b in rule.0.blocks(kind) {
            if condition_holds(b, subject) {
                self.emit_block(address, rule, b, &reason, subject);
            }
        }
    }

    fn emit_pass_roles(
        &mut self,
        address: &Arc<str>,
        (rule, origin): (&'static Rule, Origin),
        subject: &Subject,
        only: Option<&BTreeSet<String>>,
    ) {
        for b in rule.blocks(BlockKind::PassRole) {
            let attr = b.pass_attribute.as_deref().unwrap_or_default();
            let top = attr.split('.').next().unwrap_or(attr);
            if only.is_some_and(|set| {
                !set.contains(top) && !b.attributes.iter().any(|a| set.contains(a.as_str()))
            }) {
                continue;
            }
            if subject.is_set(attr) == Tri::No {
                continue;
            }
            let roles = self.passed_roles(subject, attr);
            for (resource, detail) in roles {
                let mut why = because(
                    address,
                    Reason::PassRole { attribute: attr },
                    rule,
                    origin,
                    b.source.as_deref(),
                    None,
                );
                why.detail = detail;
                self.out.push(Requirement {
                    action: "iam:PassRole",
                    resource,
                    condition: b
                        .pass_service
                        .as_deref()
                        .map(|s| ("iam:PassedToService", s)),
                    phase: self.phase,
                    because: why,
                });
            }
        }
    }

    /// The role (name) inside an instance profile that the plan creates or already has.
    fn profile_role(&self, profile_name: &str) -> Option<String> {
        let plan = self.plan;
        let in_changes = plan
            .changes
            .iter()
            .filter(|c| c.type_name == "aws_iam_instance_profile")
            .find_map(|c| {
                let v = Values::from_raw(c.after.or(c.before), c.after_unknown, c.after_sensitive);
                (v.string("name").as_deref() == Some(profile_name))
                    .then(|| v.string("role"))
                    .flatten()
            });
        in_changes.or_else(|| {
            plan.prior
                .iter()
                .filter(|r| r.type_name == "aws_iam_instance_profile")
                .find_map(|r| {
                    let v = Values::from_raw(r.values, None, r.sensitive_values);
                    (v.string("name").as_deref() == Some(profile_name))
                        .then(|| v.string("role"))
                        .flatten()
                })
        })
    }

    /// A role named by a plan value (an ARN or a name, both literal); an ARN that is not well
    /// formed is not copied: any role of the account stands for it.
    fn role_arn(&mut self, subject: &Subject, name_or_arn: &str) -> Arc<str> {
        let _ = subject;
        if name_or_arn.starts_with("arn:") {
            if let Some(a) = arn::from_plan(name_or_arn) {
                return self.intern(&a);
            }
            return self.role_pattern("*");
        }
        self.role_pattern(&arn::escape(name_or_arn))
    }

    /// `role/<name>` in the scope's account, `name` already policy text.
    fn role_pattern(&mut self, name: &str) -> Arc<str> {
        let text = format!(
            "arn:{}:iam::{}:role/{name}",
            self.scope.partition, self.scope.account
        );
        self.intern(&text)
    }

    /// The role(s) handed over through `attr`: its value when known, else the role the
    /// configuration's references lead to (in this plan), else any role.
    fn passed_roles(&mut self, subject: &Subject, attr: &str) -> Vec<(Arc<str>, Option<Arc<str>>)> {
        if self.scope.wildcard {
            return vec![(self.star.clone(), None)];
        }
        let any_role: Arc<str> = Arc::from(
            format!(
                "arn:{}:iam::{}:role/*",
                self.scope.partition, self.scope.account
            )
            .as_str(),
        );
        if let Some(v) = subject.values.string(attr).filter(|v| !v.is_empty()) {
            // An instance profile is not a role: PassRole is checked on the role inside it.
            if attr.contains("instance_profile") || v.contains(":instance-profile/") {
                let name = v.rsplit('/').next().unwrap_or(&v).to_string();
                let role = self.profile_role(&name);
                let detail = Arc::from(
                    format!("{}.{attr} -> instance profile {name}", subject.address).as_str(),
                );
                let arn = role.map(|r| self.role_arn(subject, &r)).unwrap_or(any_role);
                return vec![(arn, Some(detail))];
            }
            let arn = self.role_arn(subject, &v);
            if self.fits("iam:PassRole", &arn) {
                return vec![(arn, None)];
            }
            return vec![(any_role, None)];
        }
        let plan = self.plan;
        let graph = self.graph.get_or_init(|| ResourceGraph::references(plan));
        let origins = graph.origins(subject.address, attr);
        if origins.is_empty() {
            return vec![(any_role, None)];
        }
        let by_base = self.by_base.get_or_init(|| {
            let mut m: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, c) in plan.changes.iter().enumerate() {
                m.entry(base_address(&c.address)).or_default().push(i);
            }
            m
        });
        let targets: Vec<(Arc<str>, String, Vec<usize>)> = origins
            .iter()
            .map(|o| {
                let path: Arc<str> = Arc::from(o.path.join(" -> ").as_str());
                let type_name = o
                    .resource
                    .rsplit('.')
                    .nth(1)
                    .unwrap_or_default()
                    .to_string();
                (
                    path,
                    type_name,
                    by_base.get(&o.resource).cloned().unwrap_or_default(),
                )
            })
            .collect();
        let mut out = Vec::new();
        for (path, type_name, indices) in targets {
            for i in indices {
                let c = &plan.changes[i];
                let v = Values::from_raw(c.after, c.after_unknown, c.after_sensitive);
                // Ok: a plan value (an ARN or a name); Err: a name pattern, already escaped.
                let name: Option<std::result::Result<String, String>> = match type_name.as_str() {
                    "aws_iam_role" => v.string("arn").map(Ok).or_else(|| {
                        // role/<path without its leading slash><name>, as IAM builds it.
                        let path = v.string("path").unwrap_or_else(|| "/".into());
                        let path = path.trim_start_matches('/');
                        v.string("name")
                            .map(|n| Ok(format!("{path}{n}")))
                            .or_else(|| {
                                // The one wildcard here is iamplan's own.
                                v.string("name_prefix").map(|p| {
                                    Err(format!("{}{}*", arn::escape(path), arn::escape(&p)))
                                })
                            })
                    }),
                    // A profile hands over its role (by name).
                    "aws_iam_instance_profile" => v.string("role").map(Ok),
                    _ => v.string("arn").map(Ok),
                };
                let arn = match name {
                    Some(Ok(n)) => self.role_arn(subject, &n),
                    Some(Err(pattern)) => self.role_pattern(&pattern),
                    None => any_role.clone(),
                };
                out.push((arn, Some(path.clone())));
            }
        }
        if out.is_empty() {
            out.push((any_role, None));
        }
        out.sort();
        out.dedup();
        out
    }

    /// Notes what a phase does to an address; the first note wins, except that the plan's
    /// own change (priority 1) wins over a refresh or read (priority 0).
    fn note_change(&mut self, address: &Arc<str>, label: &'static str, type_name: &'static str) {
        self.changes.push((address.clone(), 0, label, type_name));
    }
}

fn short_provider(provider: &str, type_name: &str) -> String {
    if provider.is_empty() {
        return type_name.split('_').next().unwrap_or(type_name).to_string();
    }
    provider.rsplit('/').next().unwrap_or(provider).to_string()
}

/// A resource instance as one phase sees it.
struct Inst<'p> {
    address: &'p str,
    type_name: &'p str,
    provider: &'p str,
    values: Values<'p>,
}

impl<'p> Inst<'p> {
    fn id(&self) -> (&'p str, &'p str, &'p str) {
        (self.address, self.type_name, self.provider)
    }
}

/// The configuration key a Terraform 0.12-style provider name with an alias (`aws.west`)
/// refers to; source addresses (`registry.terraform.io/hashicorp/aws`) carry no alias.
fn alias_key(provider: &str) -> Option<&str> {
    (!provider.contains('/') && provider.contains('.')).then_some(provider)
}

/// Types whose `region` attribute meant something else before hashicorp/aws v6 gave nearly
/// every regional type a per-resource `region` argument; v6 moved the old meaning to the
/// attribute named here and kept (deprecated) or dropped `region` (v6 upgrade guide,
/// website/docs/guides/version-6-upgrade.html.markdown). For these, `region` is never the
/// resource's region.
const REGION_MEANT_OTHER: &[(&str, &str)] = &[
    (
        "aws_cloudformation_stack_set_instance",
        "stack_set_instance_region",
    ),
    (
        "aws_config_aggregate_authorization",
        "authorized_aws_region",
    ),
    ("aws_dx_hosted_connection", "connection_region"),
    ("aws_servicequotas_template", "aws_region"),
    ("aws_servicequotas_templates", "aws_region"),
    ("aws_ssmincidents_replication_set", "regions"),
    ("aws_vpc_endpoint_service", "service_region"),
    ("aws_vpc_peering_connection", "requester_region"),
];

/// The region a resource's own `region` argument (hashicorp/aws v6) puts it in, which wins
/// over its provider's: `None` when it has none (v5, global types) or leaves it to the
/// provider. A value unknown until apply that the configuration sets is `*`; one it does not
/// set is the provider's default, filled in at apply. (`aws_s3_bucket.region` in v5 is the
/// bucket's region, computed: the same region, so it needs no exception.)
fn own_region(subject: &Subject) -> Option<String> {
    if subject.type_name.is_empty()
        || REGION_MEANT_OTHER
            .iter()
            .any(|(t, _)| *t == subject.type_name)
    {
        return None;
    }
    match subject.values.lookup("region") {
        crate::plan::Lookup::Known(_) => subject
            .values
            .string("region")
            .filter(|r| is_region_name(r)),
        crate::plan::Lookup::Unknown | crate::plan::Lookup::Sensitive if subject.sets_region => {
            Some("*".into())
        }
        _ => None,
    }
}

/// An AWS region name (`us-east-1`, `us-gov-west-1`, `eu-isoe-west-1`): what a `region`
/// argument holds, as opposed to a block or a list.
fn is_region_name(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() >= 3
        && parts[0].len() == 2
        && parts[..parts.len() - 1]
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()))
        && parts[parts.len() - 1].bytes().all(|b| b.is_ascii_digit())
        && !parts[parts.len() - 1].is_empty()
}

/// Where a prediction's requirements go. A large prediction fills one sink per chunk of its
/// steps, on two threads, and appends them in the chunks' order: the result is the same as
/// one thread's.
pub trait Sink: Send {
    /// Whether the order requirements arrive in matters. Sinks that sort anyway (policy
    /// builders) say no, and each thread then fills one sink instead of one per chunk.
    const ORDERED: bool = true;
    fn add(&mut self, r: Requirement);
    fn append(&mut self, later: Self);
}

impl Sink for Vec<Requirement> {
    fn add(&mut self, r: Requirement) {
        self.push(r);
    }
    fn append(&mut self, mut later: Self) {
        Vec::append(self, &mut later);
    }
}

/// Below this much work (about one unit per resource read, more per change) a second thread
/// costs more than it saves.
const MIN_PARALLEL: usize = 1000;

/// Two threads take the work in chunks of this many steps, so neither waits long for the
/// other whatever the steps cost; each chunk's results are kept apart and appended in order.
const CHUNK: usize = 64;

/// Predicts a phase, collecting every requirement.
pub fn predict(plan: &Plan<'_>, phase: Phase, flags: &ScopeFlags) -> Result<Prediction> {
    let (mut p, reqs) = predict_into(plan, phase, flags, Vec::new)?;
    p.requirements = reqs;
    Ok(p)
}

/// Predicts a phase into a sink made by `sink`. The sink receives the requirements in the
/// order one thread finds them, whether one thread or two did the work.
pub fn predict_into<'p, 'a, S: Sink>(
    plan: &'p Plan<'a>,
    phase: Phase,
    flags: &ScopeFlags,
    sink: impl Fn() -> S + Sync,
) -> Result<(Prediction, S)> {
    predict_phase(plan, phase, false, flags, sink)
}

/// The deploy and the destroy phase in one pass, for callers that want both (`roles`): the
/// sink receives every requirement of each, marked with its phase, as the two predictions
/// would give them (in another order). A resource the plan creates or updates is looked at
/// once for both: the values it leaves are those its destroy reads and deletes. The
/// prediction's coverage, caller needs and changes are the deploy phase's.
pub fn predict_deploy_and_destroy_into<'p, 'a, S: Sink>(
    plan: &'p Plan<'a>,
    flags: &ScopeFlags,
    sink: impl Fn() -> S + Sync,
) -> Result<(Prediction, S)> {
    predict_phase(plan, Phase::Deploy, true, flags, sink)
}

fn predict_phase<'p, 'a, S: Sink>(
    plan: &'p Plan<'a>,
    phase: Phase,
    also_destroy: bool,
    flags: &ScopeFlags,
    sink: impl Fn() -> S + Sync,
) -> Result<(Prediction, S)> {
    let scope = Scope::resolve(plan, flags);
    let config = plan.config_data_sources();
    let mut caller = Vec::new();
    let mut first = sink();
    let mut ctx = Ctx::new(plan, phase, scope.clone(), also_destroy);
    // The destroy phase's list is made beside the deploy phase's (both walk every change).
    let work = std::thread::scope(|sc| {
        let destroy = also_destroy.then(|| sc.spawn(|| destroy_planned(plan)));
        provider_requirements(plan, &mut ctx, &mut caller);
        ctx.also_for_destroy();
        ctx.flush(&mut first);
        let mut work = match phase {
            Phase::Plan | Phase::Deploy => refresh_existing(plan),
            Phase::Destroy => destroy_planned(plan),
        };
        work.extend(data_sources(plan, &config));
        work.extend(plan.ephemeral.iter().map(Work::Ephemeral));
        if phase == Phase::Deploy {
            work.extend(apply_changes(plan));
        }
        work.extend(action::invocations(plan, phase, also_destroy));
        if let Some(destroy) = destroy {
            let destroy = destroy
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            with_teardown(&mut work, destroy);
        }
        work
    });
    let mut outcome;
    if work.iter().map(Work::weight).sum::<usize>() < MIN_PARALLEL {
        ctx.run(&work, &mut first);
        outcome = ctx.take_outcome();
    } else {
        outcome = ctx.take_outcome();
        let chunks: Vec<&[Work]> = work.chunks(CHUNK).collect();
        let next = AtomicUsize::new(0);
        // Each thread's chunks, with their outcomes and (for ordered sinks) their own sinks;
        // `whole` gathers an unordered sink's requirements for the thread.
        let take_chunks = |ctx: &mut Ctx<'p, 'a>| {
            let mut done = Vec::new();
            let mut whole = sink();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(chunk) = chunks.get(i) else {
                    return (done, whole);
                };
                if S::ORDERED {
                    let mut s = sink();
                    ctx.run(chunk, &mut s);
                    done.push((i, Some(s), ctx.take_outcome()));
                } else {
                    ctx.run(chunk, &mut whole);
                    done.push((i, None, ctx.take_outcome()));
                }
            }
        };
        let ((mine, my_whole), (theirs, their_whole)) = std::thread::scope(|sc| {
            let helper =
                sc.spawn(|| take_chunks(&mut Ctx::new(plan, phase, scope.clone(), also_destroy)));
            let mine = take_chunks(&mut ctx);
            let theirs = helper
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            (mine, theirs)
        });
        let mut slots: Vec<Option<(Option<S>, Outcome)>> = chunks.iter().map(|_| None).collect();
        for (i, s, o) in mine.into_iter().chain(theirs) {
            slots[i] = Some((s, o));
        }
        for (s, o) in slots.into_iter().flatten() {
            if let Some(s) = s {
                first.append(s);
            }
            outcome.append(o);
        }
        first.append(my_whole);
        first.append(their_whole);
    }
    if let Some(e) = outcome.rule_error.take() {
        bail!("internal rules error: {e}");
    }
    caller.sort();
    caller.dedup();
    outcome.coverage.incomplete = plan.incomplete.clone();
    Ok((
        Prediction {
            phase,
            requirements: Vec::new(),
            caller,
            coverage: outcome.coverage,
            change_log: std::cell::RefCell::new(outcome.changes),
            changes: OnceCell::new(),
        },
        first,
    ))
}

/// What one thread's part of a prediction found besides its requirements.
struct Outcome {
    coverage: Coverage,
    changes: ChangeLog,
    rule_error: Option<String>,
}

impl Outcome {
    /// Adds the part that comes after this one in the one-thread order.
    fn append(&mut self, later: Outcome) {
        for (k, n) in later.coverage.unmapped {
            *self.coverage.unmapped.entry(k).or_default() += n;
        }
        for (k, n) in later.coverage.other_providers {
            *self.coverage.other_providers.entry(k).or_default() += n;
        }
        self.changes.extend(later.changes);
        if self.rule_error.is_none() {
            self.rule_error = later.rule_error;
        }
    }
}

fn fold_changes(mut log: ChangeLog) -> BTreeMap<Arc<str>, (&'static str, &'static str)> {
    // Stable sort keeps the order notes were made in among equal (address, priority).
    log.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    log.dedup_by(|later, first| later.0 == first.0);
    log.into_iter().map(|(a, _, l, t)| (a, (l, t))).collect()
}

/// Provider start-up requirements for each AWS provider block (or the default provider when
/// the plan has no configuration), and the caller's need to assume a configured role.
fn provider_requirements(plan: &Plan<'_>, ctx: &mut Ctx, caller: &mut Vec<CallerNeed>) {
    let uses_aws = plan
        .changes
        .iter()
        .any(|c| Plan::is_aws_provider(&c.provider_name, &c.type_name))
        || plan
            .prior
            .iter()
            .chain(plan.planned.iter())
            .any(|r| Plan::is_aws_provider(&r.provider_name, &r.type_name));
    let configs: Vec<_> = plan
        .provider_configs()
        .into_iter()
        .filter(|p| p.is_aws())
        .collect();
    if !uses_aws && configs.is_empty() {
        return;
    }
    let Some(rule) = ctx.rule(Kind::Provider, "aws") else {
        return;
    };
    // Provider arguments as JSON text, so they go through the same Values as resources.
    let texts: Vec<(String, String, String)> = if configs.is_empty() {
        vec![("aws".into(), "{}".into(), "{}".into())]
    } else {
        configs
            .into_iter()
            .map(|p| (p.key, p.values.to_string(), p.unknown.to_string()))
            .collect()
    };
    for (key, v, u) in &texts {
        let values = Values::from_text(Some(v), Some(u));
        let address: Arc<str> = Arc::from(format!("provider[\"{key}\"]").as_str());
        // No type: a provider block's `region` is the provider's, not a resource's own.
        let subject = Subject::new(plan, (&address, "", key), values, false);
        ctx.emit_kind(&address, rule, BlockKind::Read, &subject, Reason::Provider);
        ctx.note_change(&address, "provider start-up", rule.0.type_name.as_str());
        let role = match subject.values.lookup("assume_role.role_arn") {
            crate::plan::Lookup::Unknown => Some("*".to_string()),
            _ => subject.values.string("assume_role.role_arn"),
        };
        if let Some(role) = role {
            // A role ARN from the configuration is copied only when well formed.
            let role = match arn::from_plan(&role) {
                _ if role == "*" => role,
                Some(a) => a.into_owned(),
                None => format!(
                    "arn:{}:iam::{}:role/*",
                    ctx.scope.partition, ctx.scope.account
                ),
            };
            caller.push(CallerNeed {
                action: "sts:AssumeRole",
                resource: role,
                because: format!("provider \"{key}\" assume_role"),
            });
        }
    }
}

/// Managed AWS resources that exist before the operation: prior state, or for plans without
/// one, every change whose `before` is present.
fn refresh_existing<'p>(plan: &'p Plan<'_>) -> Vec<Work<'p>> {
    // Prior state addresses are unique; changes only add what prior state lacks (older
    // formats, -target). Order does not matter: every report sorts.
    let mut work = Vec::with_capacity(plan.prior.len());
    let mut in_prior: HashSet<&str, FxBuild> =
        HashSet::with_capacity_and_hasher(plan.prior.len(), FxBuild::default());
    for r in plan.prior.iter().filter(|r| r.mode == Mode::Managed) {
        in_prior.insert(&r.address);
        work.push(Work::Existing(Source::State(r), "refresh", false));
    }
    let mut extra: HashSet<&str, FxBuild> = HashSet::default();
    for c in plan.changes.iter().filter(|c| c.mode == Mode::Managed) {
        if c.before.is_none() || in_prior.contains(&*c.address) || !extra.insert(&c.address) {
            continue;
        }
        work.push(Work::Existing(Source::Before(c), "refresh", false));
    }
    work
}

/// One step of a phase: the unit the work is shared out in between threads. Values are read
/// only when the step runs, by the thread that runs it.
enum Work<'p> {
    /// A resource that exists: refreshed (labelled so), and deleted too when the flag says.
    Existing(Source<'p>, &'static str, bool),
    /// A data source read.
    Data(Source<'p>),
    /// A change the plan makes to a managed resource; with the flag, the destroy phase's
    /// steps for what it leaves too, on the same values.
    Apply(&'p Change<'p>, bool),
    /// A destroy phase step among the deploy phase's (see [`Ctx::teardown`]).
    Teardown(Source<'p>),
    /// The refresh of a resource that exists, and its destroy phase steps on the same values
    /// (the resource is left as it was read).
    RefreshAndTeardown(Source<'p>),
    /// An ephemeral resource the configuration refers to, opened in every phase.
    Ephemeral(&'p EphemeralRef),
    /// A provider action the apply invokes; with the flag, the destroy phase runs it too
    /// (see [`action::phases`]).
    Action(&'p ActionInvocation, bool),
}

/// Where a resource instance and its values come from.
#[derive(Clone, Copy)]
enum Source<'p> {
    State(&'p StateResource<'p>),
    Before(&'p Change<'p>),
    After(&'p Change<'p>),
    /// The values after the change when there are any, else those before.
    Remaining(&'p Change<'p>),
    /// A data source only declared: every argument may be set.
    Config(&'p ConfigData),
}

impl<'p> Source<'p> {
    fn address(self) -> &'p str {
        match self {
            Source::State(r) => &r.address,
            Source::Before(c) | Source::After(c) | Source::Remaining(c) => &c.address,
            Source::Config(d) => &d.address,
        }
    }

    /// The raw value, unknown mask and sensitive mask [`inst`](Self::inst) reads, as text
    /// (`None` for a declared data source, which has none).
    fn texts(self) -> Option<[Option<&'p str>; 3]> {
        let t = |r: Option<&'p RawValue>| r.map(RawValue::get);
        match self {
            Source::State(r) => Some([t(r.values), None, t(r.sensitive_values)]),
            Source::Before(c) => Some([t(c.before), None, t(c.before_sensitive)]),
            Source::After(c) => Some([t(c.after), t(c.after_unknown), t(c.after_sensitive)]),
            Source::Remaining(c) if c.after.is_some() || c.after_unknown.is_some() => {
                Source::After(c).texts()
            }
            Source::Remaining(c) => Source::Before(c).texts(),
            Source::Config(_) => None,
        }
    }

    /// Whether two sources give the same answer to every lookup: the same value and
    /// sensitive mask text, and nothing unknown in either.
    fn reads_as(self, other: Source<'p>) -> bool {
        let (Some([v, u, s]), Some([v2, u2, s2])) = (self.texts(), other.texts()) else {
            return false;
        };
        let known = |u: Option<&str>| u.is_none_or(|u| !u.contains("true"));
        v == v2 && s == s2 && known(u) && known(u2)
    }

    fn inst(self) -> Inst<'p> {
        let (address, type_name, provider, values): (&str, &str, &str, _) = match self {
            Source::State(r) => (
                &r.address,
                &r.type_name,
                &r.provider_name,
                Values::from_raw(r.values, None, r.sensitive_values),
            ),
            Source::Before(c) => (
                &c.address,
                &c.type_name,
                &c.provider_name,
                Values::from_raw(c.before, None, c.before_sensitive),
            ),
            Source::After(c) => (
                &c.address,
                &c.type_name,
                &c.provider_name,
                Values::from_raw(c.after, c.after_unknown, c.after_sensitive),
            ),
            Source::Remaining(c) if c.after.is_some() || c.after_unknown.is_some() => {
                return Source::After(c).inst();
            }
            Source::Remaining(c) => return Source::Before(c).inst(),
            Source::Config(d) => (
                &d.address,
                &d.type_name,
                if d.is_aws { "aws" } else { "other" },
                Values::from_text(None, Some("true")),
            ),
        };
        Inst {
            address,
            type_name,
            provider,
            values,
        }
    }
}

impl Work<'_> {
    /// Rough relative cost, to decide whether a second thread pays.
    fn weight(&self) -> usize {
        match self {
            Work::Existing(_, _, delete) => 1 + usize::from(*delete),
            Work::Data(_) => 1,
            Work::Apply(c, teardown) => {
                2 * usize::from(*teardown)
                    + match c.action {
                        ChangeAction::Update | ChangeAction::Replace { .. } => 6,
                        _ => 4,
                    }
            }
            Work::Teardown(_) => 2,
            Work::RefreshAndTeardown(_) => 3,
            Work::Action(..) => 2,
            Work::Ephemeral(_) => 1,
        }
    }
}

impl<'p> Ctx<'p, '_> {
    /// Runs steps in order, handing each one's requirements to `sink` as it finishes.
    fn run<'w>(&mut self, work: &[Work<'w>], sink: &mut impl Sink)
    where
        'p: 'w,
    {
        for w in work {
            match *w {
                Work::Existing(src, label, delete) => {
                    self.existing(src.inst(), label, delete, false)
                }
                Work::RefreshAndTeardown(src) => self.existing(src.inst(), "refresh", false, true),
                Work::Data(src) => {
                    self.data_source(src.inst());
                    self.also_for_destroy();
                }
                Work::Apply(c, teardown) => self.apply(c, teardown),
                Work::Action(a, also_destroy) => self.action(a, also_destroy),
                Work::Ephemeral(e) => {
                    self.ephemeral(e);
                    self.also_for_destroy();
                }
                Work::Teardown(src) => {
                    // As `existing`, without counting coverage again.
                    let inst = src.inst();
                    let rule = Plan::is_aws_provider(inst.provider, inst.type_name)
                        .then(|| self.rule(Kind::Resource, inst.type_name))
                        .flatten();
                    if let Some(rule) = rule {
                        let address: Arc<str> = Arc::from(inst.address);
                        let subject = Subject::new(self.plan, inst.id(), inst.values, true);
                        self.teardown(&address, rule, &subject);
                    }
                }
            }
            self.flush(sink);
        }
    }
    /// Refresh read of a resource that exists, and with `delete` its delete actions too;
    /// with `teardown` the destroy phase's steps too (see [`Ctx::teardown`]).
    fn existing<'w>(&mut self, inst: Inst<'w>, label: &'static str, delete: bool, teardown: bool)
    where
        'p: 'w,
    {
        let Some(rule) = self.rule_for(Kind::Resource, inst.type_name, inst.provider) else {
            return;
        };
        let address: Arc<str> = Arc::from(inst.address);
        self.note_change(
            &address,
            label,
            shown_type(Kind::Resource, inst.type_name, rule),
        );
        let subject = Subject::new(self.plan, inst.id(), inst.values, true);
        self.emit_kind(&address, rule, BlockKind::Read, &subject, Reason::Refresh);
        if delete {
            self.emit_kind(&address, rule, BlockKind::Delete, &subject, Reason::Delete);
        }
        if teardown {
            self.teardown(&address, rule, &subject);
        }
    }

    fn data_source<'w>(&mut self, inst: Inst<'w>)
    where
        'p: 'w,
    {
        let Some(rule) = self.rule_for(Kind::Data, inst.type_name, inst.provider) else {
            return;
        };
        let address: Arc<str> = Arc::from(inst.address);
        let shown = shown_type(Kind::Data, inst.type_name, rule);
        self.note_change(&address, "data source read", shown);
        let subject = Subject::new(self.plan, inst.id(), inst.values, false);
        self.emit_kind(
            &address,
            rule,
            BlockKind::Read,
            &subject,
            Reason::DataSource,
        );
    }

    /// An ephemeral resource: its rule's reads. Neither its arguments nor its provider are in
    /// the plan, so every argument may be set and the type names the provider.
    fn ephemeral(&mut self, e: &EphemeralRef) {
        let Some(rule) = self.rule_for(Kind::Ephemeral, &e.type_name, "") else {
            return;
        };
        let address: Arc<str> = Arc::from(e.address.as_str());
        self.note_change(&address, "ephemeral open", rule.0.type_name.as_str());
        let subject = Subject::new(
            self.plan,
            (&e.address, &e.type_name, ""),
            Values::from_text(None, Some("true")),
            false,
        );
        self.emit_kind(&address, rule, BlockKind::Read, &subject, Reason::Ephemeral);
    }

    fn apply<'w>(&mut self, c: &'w Change<'w>, teardown: bool)
    where
        'p: 'w,
    {
        let Some(rule) = self.rule_for(Kind::Resource, &c.type_name, &c.provider_name) else {
            return;
        };
        let address: Arc<str> = Arc::from(&*c.address);
        let after = Subject::new(
            self.plan,
            (&c.address, &c.type_name, &c.provider_name),
            Values::from_raw(c.after, c.after_unknown, c.after_sensitive),
            true,
        );
        let before = Subject {
            values: Values::from_raw(c.before, None, c.before_sensitive),
            // A v6 region can differ before and after (a replacement moves the resource).
            region: OnceCell::new(),
            own_region: OnceCell::new(),
            arns: RefCell::new(Vec::new()),
            ..after
        };
        match c.action {
            ChangeAction::Create => create(self, &address, rule, &after),
            ChangeAction::Delete => delete(self, &address, rule, &before),
            ChangeAction::Replace { .. } => {
                delete(self, &address, rule, &before);
                create(self, &address, rule, &after);
            }
            ChangeAction::Update => update(self, &address, rule, &before, &after),
            _ => {}
        }
        if teardown {
            self.teardown(&address, rule, &after);
        }
        let shown = shown_type(Kind::Resource, &c.type_name, rule);
        self.changes.push((address, 1, c.action.label(), shown));
    }
}

/// The type a report names a resource by: the plan's, where it is one of the provider's
/// alias names (whose rule is the aliased type's), else the rule's.
fn shown_type(kind: Kind, plan_type: &str, rule: RuleRef) -> &'static str {
    rules::alias_name(kind, plan_type).unwrap_or(rule.0.type_name.as_str())
}

/// Data sources: from resource_changes, prior and planned state, and configuration (for
/// formats that list them nowhere else).
fn data_sources<'p>(plan: &'p Plan<'_>, config: &'p [ConfigData]) -> Vec<Work<'p>> {
    let mut seen: BTreeMap<&str, Source> = BTreeMap::new();
    for c in plan.changes.iter().filter(|c| c.mode == Mode::Data) {
        seen.entry(&c.address).or_insert(Source::After(c));
    }
    for r in plan
        .prior
        .iter()
        .chain(plan.planned.iter())
        .filter(|r| r.mode == Mode::Data)
    {
        seen.entry(&r.address).or_insert(Source::State(r));
    }
    let bases: BTreeSet<String> = seen.keys().map(|a| base_address(a)).collect();
    for d in config {
        if bases.contains(&d.address) {
            continue;
        }
        // Declared but not read yet (old formats): every argument may be set.
        seen.entry(&d.address).or_insert(Source::Config(d));
    }
    seen.into_values().map(Work::Data).collect()
}

/// The changes of managed resources that do something.
fn apply_changes<'p>(plan: &'p Plan<'_>) -> Vec<Work<'p>> {
    plan.changes
        .iter()
        .filter(|c| {
            c.mode == Mode::Managed
                && !matches!(
                    c.action,
                    ChangeAction::NoOp | ChangeAction::Forget | ChangeAction::Read
                )
        })
        .map(|c| Work::Apply(c, false))
        .collect()
}

fn create(ctx: &mut Ctx, address: &Arc<str>, rule: (&'static Rule, Origin), after: &Subject) {
    ctx.emit_kind(address, rule, BlockKind::Create, after, Reason::Create);
    ctx.emit_kind(address, rule, BlockKind::Read, after, Reason::ReadAfter);
    ctx.emit_pass_roles(address, rule, after, None);
}

fn delete(ctx: &mut Ctx, address: &Arc<str>, rule: (&'static Rule, Origin), before: &Subject) {
    ctx.emit_kind(address, rule, BlockKind::Delete, before, Reason::Delete);
}

/// Attributes whose value changes: known differences, plus unknown-until-apply values of
/// arguments (set in configuration or named by the rule); computed attributes that merely
/// become unknown do not count. `tags_all` is reported as `tags`.
pub fn changed_attributes(
    rule: &Rule,
    before: &Values,
    after: &Values,
    config: Option<&Map<String, Value>>,
) -> Vec<String> {
    let named: BTreeSet<&str> = rule
        .blocks(BlockKind::Update)
        .flat_map(|b| b.attributes.iter().map(String::as_str))
        .collect();
    let mut names = before.attribute_keys();
    names.extend(after.attribute_keys());
    names.sort_unstable();
    names.dedup();
    let mut out = BTreeSet::new();
    for n in names {
        if n == "id" {
            continue;
        }
        let changed = if after.top_unknown(&n) {
            named.contains(&*n) || config.is_some_and(|c| c.contains_key(&*n)) || n == "tags_all"
        } else {
            differs(before.top(&n), after.top(&n))
        };
        if changed {
            // tags_all is the provider's merge of tags and default_tags: same calls as tags.
            out.insert(if n == "tags_all" {
                "tags".to_string()
            } else {
                n.into_owned()
            });
        }
    }
    out.into_iter().collect()
}

/// Two raw attribute values differ (absent and empty are the same; text differences that are
/// only formatting are not differences).
fn differs(b: Option<&str>, a: Option<&str>) -> bool {
    let empty = |v: Option<&str>| {
        v.is_none_or(|t| !crate::plan::value_set(t) && !matches!(t.trim(), "false" | "0"))
    };
    match (b, a) {
        (Some(x), Some(y)) if x == y => false,
        (Some(x), Some(y)) => {
            serde_json::from_str::<Value>(x).ok() != serde_json::from_str::<Value>(y).ok()
        }
        _ => !(empty(b) && empty(a)),
    }
}

fn update<'v>(
    ctx: &mut Ctx,
    address: &Arc<str>,
    rule: (&'static Rule, Origin),
    before: &Subject<'v>,
    after: &Subject<'v>,
) {
    let changed = changed_attributes(rule.0, &before.values, &after.values, after.config);
    // A rename (an attribute of the resource's own ARN changes in place, as an IAM user's name
    // or path): the update calls are authorized on the resource as it is and as it will be.
    let renamed = rule.0.arn.as_deref().is_some_and(|t| {
        changed
            .iter()
            .any(|a| t.contains(&format!("${{{a}}}")) || t.contains(&format!("${{{a}.")))
    });
    let subjects: &[&Subject] = if renamed { &[after, before] } else { &[after] };
    let mut changed_set = BTreeSet::new();
    for attr in changed {
        let attr_rc: Arc<str> = Arc::from(attr.as_str());
        let mut matched = false;
        for b in rule.0.blocks(BlockKind::Update) {
            if b.attributes.contains(&attr) {
                matched = true;
                if condition_holds(b, after) {
                    let reason = Reason::Update {
                        attribute: attr_rc.clone(),
                        fallback: false,
                    };
                    for subject in subjects {
                        ctx.emit_block(address, rule, b, &reason, subject);
                    }
                }
            }
        }
        if !matched {
            // An attribute the rule does not know: assume every update call the type makes.
            let reason = Reason::Update {
                attribute: attr_rc.clone(),
                fallback: true,
            };
            for b in rule.0.blocks(BlockKind::Update) {
                if !b.actions.is_empty() && condition_holds(b, after) {
                    for subject in subjects {
                        ctx.emit_block(address, rule, b, &reason, subject);
                    }
                }
            }
        }
        changed_set.insert(attr);
    }
    ctx.emit_kind(address, rule, BlockKind::Read, after, Reason::ReadAfter);
    ctx.emit_pass_roles(address, rule, after, Some(&changed_set));
}

/// Adds the destroy phase's steps to the deploy phase's work, sharing a subject (values
/// read, ARNs filled once) where a deploy step has the values the destroy reads: a change's
/// own step takes the destroy of the values it leaves, and a refresh the destroy of a
/// resource left as it is. The rest come as teardown steps of their own.
fn with_teardown<'p>(work: &mut Vec<Work<'p>>, destroy: Vec<Work<'p>>) {
    let key = |c: &Change| c as *const Change as usize;
    let mut applies: HashMap<usize, usize, FxBuild> = HashMap::default();
    let mut refreshes: HashMap<&str, usize, FxBuild> = HashMap::default();
    for (i, w) in work.iter().enumerate() {
        match *w {
            Work::Apply(c, _) => {
                applies.insert(key(c), i);
            }
            Work::Existing(src, _, false) => {
                refreshes.insert(src.address(), i);
            }
            _ => {}
        }
    }
    for d in destroy {
        let Work::Existing(src, _, _) = d else {
            continue;
        };
        if let Source::Remaining(c) = src {
            // Only when the destroy reads the values after the change, as the step does.
            if c.after.is_some() || c.after_unknown.is_some() {
                if let Some(&i) = applies.get(&key(c)) {
                    work[i] = Work::Apply(c, true);
                    continue;
                }
            }
        }
        if let Some(&i) = refreshes.get(src.address()) {
            if let Work::Existing(refreshed, _, false) = work[i] {
                if refreshed.reads_as(src) {
                    work[i] = Work::RefreshAndTeardown(refreshed);
                    continue;
                }
            }
        }
        work.push(Work::Teardown(src));
    }
}

/// Destroy: refresh and delete of every managed AWS resource the plan leaves behind.
fn destroy_planned<'p>(plan: &'p Plan<'_>) -> Vec<Work<'p>> {
    // Addresses are long and share prefixes: a hash index, not an ordered map (reports sort).
    let mut sources: Vec<Source> = Vec::with_capacity(plan.changes.len());
    let mut at: HashMap<&str, usize, FxBuild> = HashMap::default();
    let mut deleted: HashSet<&str, FxBuild> = HashSet::default();
    for c in plan.changes.iter().filter(|c| c.mode == Mode::Managed) {
        if matches!(c.action, ChangeAction::Delete | ChangeAction::Forget) {
            deleted.insert(&c.address);
            continue;
        }
        // A later entry for the same address wins, as the plan's last word on it.
        match at.get(&*c.address) {
            Some(&k) => sources[k] = Source::Remaining(c),
            None => {
                at.insert(&c.address, sources.len());
                sources.push(Source::Remaining(c));
            }
        }
    }
    for r in plan.planned.iter().filter(|r| r.mode == Mode::Managed) {
        if deleted.contains(&*r.address) || at.contains_key(&*r.address) {
            continue;
        }
        at.insert(&r.address, sources.len());
        sources.push(Source::State(r));
    }
    sources
        .into_iter()
        .map(|s| Work::Existing(s, "destroy", true))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Block, BlockKind, Condition};

    fn block(c: Condition) -> Block {
        let mut b = crate::rules::parse_entry(
            "resource \"aws_x\" {\n  service = \"ssm\"\n  source = \"t\"\n  create {\n    actions = []\n  }\n}\n",
        )
        .unwrap()
        .blocks
        .remove(0);
        assert_eq!(b.kind, BlockKind::Create);
        b.condition = Some(c);
        b
    }

    #[test]
    fn write_only_arguments_are_set_when_the_configuration_sets_them() {
        // A real plan: `value_wo` is null in `after`, and set in the configuration.
        let text = include_str!("../../testdata/ephemeral-write-only/plan.json");
        let plan = crate::plan::parse("plan.json", text).unwrap();
        let c = plan
            .changes
            .iter()
            .find(|c| c.address == "aws_ssm_parameter.copy[0]")
            .unwrap();
        let values = || Values::from_raw(c.after, c.after_unknown, c.after_sensitive);
        assert_eq!(values().is_set("value_wo"), Tri::No);
        let s = Subject::new(
            &plan,
            (&c.address, &c.type_name, &c.provider_name),
            values(),
            true,
        );
        let set = |p: &str| condition_holds(&block(Condition::IfSet(p.into())), &s);
        let unset = |p: &str| condition_holds(&block(Condition::UnlessSet(p.into())), &s);
        assert!(set("value_wo"));
        assert!(!unset("value_wo"));
        // Not write-only and not configured: unset, as before.
        assert!(!set("insecure_value"));
        // A write-only argument the configuration does not set.
        let db = plan
            .changes
            .iter()
            .find(|c| c.address == "aws_db_instance.db[0]")
            .unwrap();
        let s = Subject::new(
            &plan,
            (&db.address, &db.type_name, &db.provider_name),
            Values::from_raw(db.after, db.after_unknown, db.after_sensitive),
            true,
        );
        assert!(condition_holds(
            &block(Condition::IfSet("password_wo".into())),
            &s
        ));
        assert!(!condition_holds(
            &block(Condition::IfSet("master_password_wo".into())),
            &s
        ));
        // Without the configuration a write-only argument may be set either way.
        let s = Subject::new(
            &plan,
            (&c.address, &c.type_name, &c.provider_name),
            values(),
            false,
        );
        assert!(set_holds(&s, "value_wo") && unset_holds(&s, "value_wo"));
    }

    fn set_holds(s: &Subject, p: &str) -> bool {
        condition_holds(&block(Condition::IfSet(p.into())), s)
    }

    fn unset_holds(s: &Subject, p: &str) -> bool {
        condition_holds(&block(Condition::UnlessSet(p.into())), s)
    }
}
