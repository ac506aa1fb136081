//! Maintainer tool (not part of the user CLI): builds the baseline rules under `rules/imported/`
//! for every managed resource type of the provider model and every data source, from the data
//! sets in `../shared/data` (see its README for what each one is and its known faults):
//!
//! * managed types: the provider model (`terraform-crud-map.json` handler symbols ->
//!   `terraform-model.json` call patterns -> SDK operations), each SDK operation mapped to IAM
//!   actions by iamlive's `map.json`, else by the identical name `<iam prefix>:<Operation>` when
//!   the IAM reference has it, else reported in `UNRESOLVED.tsv` (never guessed);
//! * a phase whose handler resolves to nothing falls back to Pike's map, re-phased;
//! * data sources: Pike's data maps; a data source with no Pike actions gets no rule.
//!
//! Types with a curated entry (`rules/curated/*.hcl`) and the provider's alias names
//! (`iamplan::rules::ALIASES`, whose rule is the aliased type's) are skipped. Output is canonical,
//! linted and deterministic (everything sorted, no timestamps).
//!
//! Usage: `cargo run --release --bin import-rules [-- --shared DIR] [--out DIR] [--curated DIR]
//! [--services]` (defaults: `../shared`, `rules/imported` and `rules/curated`, relative to the
//! crate root; `--services` prints how each provider-model service id was mapped to iamlive's
//! SDK service names).

use iamplan::iam::reference;
use iamplan::rules::{
    canonical_text, format_entry, parse_entry, Block, BlockKind, Condition, Kind, Rule,
};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const HEADER: &str = "# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.\n";
const MODEL_SOURCE: &str = "provider-model terraform-provider-aws v6.60.0";
const IAMLIVE_SOURCE: &str = "iamlive-map 2022-08-19";
const SYMBOL_PREFIX: &str = "github.com/hashicorp/terraform-provider-aws/internal/service/";
const NOOP_SYMBOL: &str = "github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema.NoopContext";
const PROVIDER_DATA_SOURCES: &str = "rules/provider/data-sources-5.100.0.txt";
const DELETE_READS_NOTE: &str =
    "read-only calls made by the delete handler (finders/waiters), per the provider model";
const PIKE_DELETE_READS_NOTE: &str =
    "read-only calls Pike lists for destroy (finders/waiters before or after the delete)";
/// SDK operation verbs a create handler only reaches to roll back or clean up (the provider
/// model's known fault: `aws_iam_role` create lists DeleteRole).
const CLEANUP_VERBS: &[&str] = &[
    "Delete",
    "Remove",
    "Detach",
    "Deregister",
    "Disassociate",
    "Revoke",
    "Untag",
    "Terminate",
];

// UNRESOLVED.tsv reasons (fixed strings, so the report can be counted by reason).
const R_NO_ACTION: &str = "sdk op: not in iamlive-map, no identical IAM action";
const R_IAMLIVE_INVALID: &str =
    "sdk op: iamlive-map action not in IAM reference, no identical IAM action";
const R_NO_HANDLER: &str = "provider-model: handler has no call-graph entry";
const R_PIKE_INVALID: &str = "pike: not in IAM reference";
const R_PIKE_WILDCARD: &str = "pike: wildcard, not expanded";
const R_DATA_NONE: &str = "data source: no source for its calls";
const R_TYPE_NONE: &str = "managed type: no resolved calls in any source";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("import-rules: error: {e}");
            ExitCode::from(1)
        }
    }
}

struct Args {
    shared: PathBuf,
    out: PathBuf,
    curated: PathBuf,
    services: bool,
}

fn parse_args() -> Result<Args, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut a = Args {
        shared: root.join("..").join("shared"),
        out: root.join("rules").join("imported"),
        curated: root.join("rules").join("curated"),
        services: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--shared" => a.shared = PathBuf::from(it.next().ok_or("--shared needs a directory")?),
            "--out" => a.out = PathBuf::from(it.next().ok_or("--out needs a directory")?),
            "--curated" => {
                a.curated = PathBuf::from(it.next().ok_or("--curated needs a directory")?)
            }
            "--services" => a.services = true,
            "-h" | "--help" => {
                println!(
                    "usage: import-rules [--shared DIR] [--out DIR] [--curated DIR] [--services]"
                );
                std::process::exit(0);
            }
            other => return Err(format!("unknown argument `{other}` (try --help)")),
        }
    }
    Ok(a)
}

fn run() -> Result<(), String> {
    let started = Instant::now();
    let args = parse_args()?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // `--shared` may name the shared checkout (holding data/) or its data directory.
    let data = if args.shared.join("data").join("provider-model").is_dir() {
        args.shared.join("data")
    } else {
        args.shared.clone()
    };
    if !data.join("provider-model").is_dir() {
        return Err(format!(
            "{}: no provider-model/ here (see --shared)",
            data.display()
        ));
    }
    let inputs = Inputs::load(&data, root, &args.curated)?;
    if args.services {
        for (id, how) in inputs.service_table() {
            println!("{id}\t{how}");
        }
    }
    let mut imp = Importer::new(&inputs);
    imp.managed_types();
    imp.data_sources();
    let stats = imp.write(&args.out)?;
    eprintln!(
        "import-rules: {} managed types, {} data sources imported into {} files ({} skipped as curated); \
         {} UNRESOLVED rows; {:.1}s",
        stats.resources,
        stats.data,
        stats.files,
        inputs.curated.len(),
        imp.unresolved.len(),
        started.elapsed().as_secs_f64()
    );
    for (reason, n) in &stats.by_reason {
        eprintln!("  {n:6}  {reason}");
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Inputs

struct CrudEntry {
    type_name: String,
    /// create, read, update, delete handler symbols.
    handlers: [Option<String>; 4],
    tags: Option<Tags>,
}

struct Tags {
    list: Option<String>,
    update: Option<String>,
    resource_type: Option<String>,
}

#[derive(Default)]
struct PikeDoc {
    /// (list name, actions as written): plan, apply, modify, destroy, attributes.<arg>
    lists: Vec<(String, Vec<String>)>,
}

/// A call pattern's (module_path, class_name, function_name).
type HandlerKey = (String, Option<String>, String);

struct Inputs {
    crud: Vec<CrudEntry>,
    /// (module_path, class_name, function_name) -> [(service id, operation)]
    model: HashMap<HandlerKey, Vec<(String, String)>>,
    rename_reference: HashMap<String, String>,
    rename_action_map: HashMap<String, String>,
    /// botocore id -> smithy names
    smithy_names: HashMap<String, Vec<String>>,
    iamlive: HashMap<String, Vec<Value>>,
    iamlive_services: BTreeSet<String>,
    /// IAM prefix -> iamlive SDK service names
    iamlive_by_prefix: HashMap<String, Vec<String>>,
    permissionless: BTreeSet<String>,
    /// (kind, type) -> [(path relative to pike-mapping, doc)]
    pike: BTreeMap<(Kind, String), Vec<(String, PikeDoc)>>,
    /// pike data files that do not name a Terraform type (e.g. data/backend/s3.json)
    pike_other: Vec<String>,
    curated: BTreeSet<(Kind, String)>,
    provider_data_sources: BTreeSet<String>,
    iam_prefixes: BTreeSet<&'static str>,
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn str_map(v: &Value) -> HashMap<String, String> {
    v.as_object()
        .map(|o| {
            o.iter()
                .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
                .collect()
        })
        .unwrap_or_default()
}

fn sorted_dir(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    v.sort();
    Ok(v)
}

impl Inputs {
    fn load(data: &Path, root: &Path, curated_dir: &Path) -> Result<Inputs, String> {
        let pm = data.join("provider-model");
        let crud_json = read_json(&pm.join("terraform-crud-map.json"))?;
        let mut crud = Vec::new();
        for e in crud_json
            .as_array()
            .ok_or("terraform-crud-map.json: expected a list")?
        {
            let s = |k: &str| e.get(k).and_then(Value::as_str).map(str::to_string);
            let tags = e.get("tags").map(|t| {
                let s = |k: &str| t.get(k).and_then(Value::as_str).map(str::to_string);
                Tags {
                    list: s("list_tags_symbol"),
                    update: s("update_tags_symbol"),
                    resource_type: s("resource_type"),
                }
            });
            crud.push(CrudEntry {
                type_name: s("resource_type").ok_or("crud map entry without resource_type")?,
                handlers: [s("create"), s("read"), s("update"), s("delete")],
                tags,
            });
        }
        crud.sort_by(|a, b| a.type_name.cmp(&b.type_name));

        let model_json = read_json(&pm.join("terraform-model.json"))?;
        let mut model = HashMap::new();
        for p in model_json["call_patterns"]
            .as_array()
            .ok_or("terraform-model.json: no call_patterns")?
        {
            let key = (
                p["module_path"].as_str().unwrap_or("").to_string(),
                p["class_name"].as_str().map(str::to_string),
                p["function_name"].as_str().unwrap_or("").to_string(),
            );
            let ops = p["sdk_operations"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|o| {
                            Some((
                                o["service"].as_str()?.to_string(),
                                o["operation"].as_str()?.to_string(),
                            ))
                        })
                        .collect()
                })
                .unwrap_or_default();
            model.insert(key, ops);
        }

        let sc = read_json(&pm.join("service-configuration.json"))?;
        let mut smithy_names: HashMap<String, Vec<String>> = HashMap::new();
        for (smithy, id) in str_map(&sc["SmithyBotocoreServiceNameMapping"]) {
            smithy_names.entry(id).or_default().push(smithy);
        }
        for v in smithy_names.values_mut() {
            v.sort();
        }

        let il = read_json(&data.join("iamlive-map").join("map.json"))?;
        let iamlive: HashMap<String, Vec<Value>> = il["sdk_method_iam_mappings"]
            .as_object()
            .ok_or("iamlive map.json: no sdk_method_iam_mappings")?
            .iter()
            .map(|(k, v)| (k.clone(), v.as_array().cloned().unwrap_or_default()))
            .collect();
        let iamlive_services: BTreeSet<String> = iamlive
            .keys()
            .filter_map(|k| k.split_once('.').map(|(s, _)| s.to_string()))
            .collect();
        let iamlive_by_prefix = il["service_sdk_mappings"]
            .as_object()
            .map(|o| {
                o.iter()
                    .map(|(k, v)| {
                        let names = v
                            .as_array()
                            .map(|a| {
                                a.iter()
                                    .filter_map(|x| x.as_str().map(str::to_string))
                                    .collect()
                            })
                            .unwrap_or_default();
                        (k.clone(), names)
                    })
                    .collect()
            })
            .unwrap_or_default();
        let permissionless = il["sdk_permissionless_actions"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();

        let mut pike: BTreeMap<(Kind, String), Vec<(String, PikeDoc)>> = BTreeMap::new();
        let mut pike_other = Vec::new();
        let pike_root = data.join("pike-mapping");
        for (kind, sub) in [(Kind::Resource, "resource"), (Kind::Data, "data")] {
            for dir in sorted_dir(&pike_root.join(sub))? {
                if !dir.is_dir() {
                    continue;
                }
                for f in sorted_dir(&dir)? {
                    if f.extension().is_none_or(|x| x != "json") {
                        continue;
                    }
                    let rel = format!(
                        "{sub}/{}/{}",
                        dir.file_name().unwrap().to_string_lossy(),
                        f.file_name().unwrap().to_string_lossy()
                    );
                    let type_name = f.file_stem().unwrap().to_string_lossy().into_owned();
                    if !type_name.starts_with("aws_") {
                        pike_other.push(rel);
                        continue;
                    }
                    let doc = parse_pike(&read_json(&f)?);
                    pike.entry((kind, type_name)).or_default().push((rel, doc));
                }
            }
        }

        let curated = curated_types(curated_dir)?;
        let pds_path = root.join(PROVIDER_DATA_SOURCES);
        let provider_data_sources = std::fs::read_to_string(&pds_path)
            .map_err(|e| {
                format!(
                    "{}: {e} (run scripts/provider-data-sources.sh)",
                    pds_path.display()
                )
            })?
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        let iam_prefixes = reference().actions().map(|a| a.service).collect();
        Ok(Inputs {
            crud,
            model,
            rename_reference: str_map(&sc["RenameServicesServiceReference"]),
            rename_action_map: str_map(&sc["RenameServicesOperationActionMap"]),
            smithy_names,
            iamlive,
            iamlive_services,
            iamlive_by_prefix,
            permissionless,
            pike,
            pike_other,
            curated,
            provider_data_sources,
            iam_prefixes,
        })
    }

    /// The IAM prefix of a provider-model (botocore) service id.
    fn iam_prefix(&self, id: &str) -> String {
        self.rename_reference
            .get(id)
            .or_else(|| self.rename_action_map.get(id))
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    /// iamlive's SDK service name for a provider-model service id, and how it was found:
    /// 1. the same name ignoring case and punctuation (`s3` = `S3`, `elbv2` = `ELBv2`,
    ///    `stepfunctions` = `StepFunctions`);
    /// 2. the same for the id's Smithy name from service-configuration.json
    ///    (`logs` <- `cloudwatch-logs` = `CloudWatchLogs`, `events` <- `eventbridge` = `EventBridge`);
    /// 3. the only iamlive service (that has methods) under the id's IAM prefix in iamlive's
    ///    `service_sdk_mappings` (`cognito-idp` -> `CognitoIdentityServiceProvider`).
    ///
    /// Ambiguous or absent: None (operations then use the identical-name fallback only).
    fn iamlive_service(&self, id: &str) -> Option<(String, String)> {
        let norm = |s: &str| -> String {
            s.chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_lowercase())
                .collect()
        };
        let by_norm = |n: &str| -> Vec<&String> {
            self.iamlive_services
                .iter()
                .filter(|s| norm(s) == n)
                .collect()
        };
        if let [one] = by_norm(&norm(id))[..] {
            return Some((one.clone(), "same name".into()));
        }
        let mut via_smithy = BTreeSet::new();
        for sm in self.smithy_names.get(id).into_iter().flatten() {
            for s in by_norm(&norm(sm)) {
                via_smithy.insert((s.clone(), sm.clone()));
            }
        }
        if via_smithy.len() == 1 {
            let (s, sm) = via_smithy.into_iter().next().unwrap();
            return Some((s, format!("smithy name {sm}")));
        }
        let prefix = self.iam_prefix(id);
        let candidates: Vec<&String> = self
            .iamlive_by_prefix
            .get(&prefix)
            .into_iter()
            .flatten()
            .filter(|s| self.iamlive_services.contains(*s))
            .collect();
        if let [one] = candidates[..] {
            return Some((
                one.clone(),
                format!("only iamlive service for IAM prefix {prefix}"),
            ));
        }
        None
    }

    fn service_table(&self) -> Vec<(String, String)> {
        let ids: BTreeSet<&String> = self.model.values().flatten().map(|(s, _)| s).collect();
        ids.into_iter()
            .map(|id| {
                let how = match self.iamlive_service(id) {
                    Some((s, how)) => format!("{s}\t{how}\tIAM prefix {}", self.iam_prefix(id)),
                    None => format!("-\tno iamlive service\tIAM prefix {}", self.iam_prefix(id)),
                };
                (id.clone(), how)
            })
            .collect()
    }
}

fn parse_pike(v: &Value) -> PikeDoc {
    let mut doc = PikeDoc::default();
    for item in v.as_array().into_iter().flatten() {
        for key in ["plan", "apply", "modify", "destroy"] {
            let list: Vec<String> = item[key]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            doc.lists.push((key.to_string(), list));
        }
        if let Some(attrs) = item["attributes"].as_object() {
            let mut names: Vec<&String> = attrs.keys().collect();
            names.sort();
            for n in names {
                let list = attrs[n]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|x| x.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                doc.lists.push((format!("attributes.{n}"), list));
            }
        }
    }
    doc
}

/// Every (kind, type) with an entry in the curated files on disk.
fn curated_types(dir: &Path) -> Result<BTreeSet<(Kind, String)>, String> {
    let mut out = BTreeSet::new();
    for f in sorted_dir(dir)? {
        if f.extension().is_none_or(|x| x != "hcl") {
            continue;
        }
        let text = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        let spans =
            iamplan::rules::split::split(&text).map_err(|e| format!("{}: {e}", f.display()))?;
        for s in spans {
            if let Some(k) = Kind::from_keyword(&s.kind) {
                out.insert((k, s.type_name));
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Resolution of SDK operations and handler symbols

#[derive(Clone)]
enum OpResult {
    /// IAM actions (validated, exact spelling), whether by the identical-name fallback, and
    /// whether iamlive adds iam:PassRole (left to curated pass_role blocks).
    Actions {
        actions: Vec<String>,
        /// the operation's own action (iamlive lists it first; extra actions follow)
        primary: String,
        identical: bool,
        pass_role: bool,
        /// iamlive maps the operation to another service's action only (S3 Control's
        /// CreateAccessPoint -> s3-outposts:CreateAccessPoint); the identically named action of
        /// the operation's own service, which the call needs for a target outside that other
        /// service, is kept as well: (own action, iamlive's action).
        also_own: Option<(String, String)>,
    },
    /// The SDK lists the operation as needing no permission.
    Permissionless,
    Unresolved(&'static str),
}

#[derive(Clone)]
enum Handler {
    /// No symbol in the crud map for this phase.
    Absent,
    /// schema.NoopContext: the provider makes no call.
    Noop,
    /// A symbol the call graph has no entry for.
    NoEntry(String),
    Ops {
        name: String,
        ops: Vec<(String, String)>,
    },
}

/// The call-pattern key for a crud-map symbol:
/// `.../service/s3.resourceBucketCreate` -> ("s3", None, "resourceBucketCreate");
/// `.../service/sqs.(*queueAttributeHandler).Upsert-fm` -> ("sqs", "queueAttributeHandler",
/// "Upsert") (`-fm` is Go's wrapper for a method value: the method's own calls);
/// `.../service/glue.resourceResourcePolicy.resourceResourcePolicyPut.func2` ->
/// ("glue", None, "resourceResourcePolicyPut") (a closure: the call graph attributes its
/// calls to the function that builds it).
fn symbol_key(sym: &str) -> Option<HandlerKey> {
    let rest = sym.strip_prefix(SYMBOL_PREFIX)?;
    let (module, name) = rest.split_once('.')?;
    if let Some(m) = name.strip_prefix("(*") {
        let (class, method) = m.split_once(").")?;
        let method = method.strip_suffix("-fm").unwrap_or(method);
        return Some((module.into(), Some(class.into()), method.into()));
    }
    let is_closure = |s: &str| {
        s.strip_prefix("func")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let parts: Vec<&str> = name.split('.').collect();
    let named = parts.iter().rev().find(|p| !is_closure(p))?;
    Some((module.into(), None, named.to_string()))
}

fn short_symbol(sym: &str) -> String {
    sym.strip_prefix(SYMBOL_PREFIX)
        .or_else(|| sym.strip_prefix("github.com/hashicorp/"))
        .unwrap_or(sym)
        .to_string()
}

fn is_cleanup(op: &str) -> bool {
    CLEANUP_VERBS.iter().any(|v| {
        op.strip_prefix(v).is_some_and(|rest| {
            rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_uppercase())
        })
    })
}

fn is_read_only(action: &str) -> bool {
    reference()
        .action(action)
        .is_some_and(|i| i.access.is_read_only())
}

/// Pike action verbs by phase (Pike mixes phases in `apply`).
fn verb(action: &str) -> &str {
    let name = action.split_once(':').map(|(_, n)| n).unwrap_or(action);
    let end = name[1..]
        .find(|c: char| c.is_ascii_uppercase())
        .map(|i| i + 1)
        .unwrap_or(name.len());
    &name[..end]
}

#[derive(PartialEq)]
enum PikeClass {
    Read,
    Create,
    CreateAndUpdate,
    Update,
    Delete,
}

fn pike_class(action: &str) -> PikeClass {
    if is_read_only(action) {
        return PikeClass::Read;
    }
    match verb(action) {
        "Delete" | "Remove" | "Detach" | "Disassociate" | "Deregister" | "Revoke" | "Untag"
        | "Terminate" | "Release" | "Deactivate" | "Disable" | "Cancel" | "Stop" => {
            PikeClass::Delete
        }
        "Update" | "Modify" | "Replace" | "Change" | "Reset" => PikeClass::Update,
        "Put" | "Set" | "Tag" | "Enable" => PikeClass::CreateAndUpdate,
        _ => PikeClass::Create,
    }
}

// ---------------------------------------------------------------------------------------------
// The importer

struct Importer<'a> {
    inp: &'a Inputs,
    ops: BTreeMap<(String, String), OpResult>,
    rules: Vec<Rule>,
    /// kind, type, phase, sdk_service, operation, reason
    unresolved: BTreeSet<[String; 6]>,
    resources: usize,
    data: usize,
}

struct Stats {
    resources: usize,
    data: usize,
    files: usize,
    by_reason: BTreeMap<String, usize>,
}

/// The actions one phase's handler resolved to.
#[derive(Default)]
struct Resolved {
    /// (service, operation) -> actions
    by_op: BTreeMap<(String, String), Vec<String>>,
    identical: BTreeSet<String>,
    pass_role: BTreeSet<String>,
    also_own: BTreeSet<String>,
    /// "phase: service.Operation" with no IAM action (also in UNRESOLVED.tsv)
    unresolved: BTreeSet<String>,
    /// at least one operation resolved to an action (or needs none)
    any: bool,
}

impl Resolved {
    fn actions(&self) -> BTreeSet<String> {
        self.by_op.values().flatten().cloned().collect()
    }
}

fn block(kind: BlockKind, actions: BTreeSet<String>) -> Block {
    Block {
        kind,
        condition: None,
        attributes: Vec::new(),
        actions: actions.into_iter().collect(),
        resource: None,
        source: None,
        note: None,
        pass_attribute: None,
        pass_service: None,
    }
}

/// Pike's lists for one type, validated and re-phased.
#[derive(Default)]
struct PikePhases {
    files: Vec<String>,
    read: BTreeSet<String>,
    create: BTreeSet<String>,
    update: BTreeSet<String>,
    delete: BTreeSet<String>,
    /// everything valid, for data sources
    all: BTreeSet<String>,
    notes: BTreeSet<String>,
    /// (list, name, reason)
    dropped: BTreeSet<(String, String, &'static str)>,
    dir_hint: Option<String>,
}

impl PikePhases {
    fn is_empty(&self) -> bool {
        self.all.is_empty()
    }
}

impl<'a> Importer<'a> {
    fn new(inp: &'a Inputs) -> Importer<'a> {
        Importer {
            inp,
            ops: BTreeMap::new(),
            rules: Vec::new(),
            unresolved: BTreeSet::new(),
            resources: 0,
            data: 0,
        }
    }

    fn unresolved(&mut self, kind: Kind, t: &str, phase: &str, svc: &str, op: &str, reason: &str) {
        self.unresolved.insert([
            kind.keyword().into(),
            t.into(),
            phase.into(),
            svc.into(),
            op.into(),
            reason.into(),
        ]);
    }

    fn resolve_op(&mut self, svc: &str, op: &str) -> OpResult {
        let key = (svc.to_string(), op.to_string());
        if let Some(r) = self.ops.get(&key) {
            return r.clone();
        }
        let r = self.resolve_op_uncached(svc, op);
        self.ops.insert(key, r.clone());
        r
    }

    fn resolve_op_uncached(&self, svc: &str, op: &str) -> OpResult {
        let refr = reference();
        let mut iamlive_invalid = false;
        if let Some((sdk, _)) = self.inp.iamlive_service(svc) {
            let method = format!("{sdk}.{op}");
            if self.inp.permissionless.contains(&method) {
                return OpResult::Permissionless;
            }
            if let Some(entries) = self.inp.iamlive.get(&method) {
                let mut actions = BTreeSet::new();
                let mut primary = None;
                let mut pass_role = false;
                for e in entries {
                    let Some(a) = e["action"].as_str() else {
                        continue;
                    };
                    if a.eq_ignore_ascii_case("iam:PassRole") {
                        pass_role = true;
                    } else if let Some(info) = refr.action(a) {
                        // iamlive spells a few actions in another case; IAM matches
                        // case-insensitively, so the reference's spelling is the same action.
                        primary.get_or_insert_with(|| info.full_name());
                        actions.insert(info.full_name());
                    } else {
                        iamlive_invalid = true;
                    }
                }
                if let Some(mut primary) = primary {
                    let own_prefix = self.inp.iam_prefix(svc);
                    let own = format!("{own_prefix}:{op}");
                    let mut also_own = None;
                    if !primary.starts_with(&format!("{own_prefix}:")) && refr.exact(&own).is_some()
                    {
                        also_own = Some((own.clone(), primary.clone()));
                        actions.insert(own.clone());
                        primary = own;
                    }
                    return OpResult::Actions {
                        actions: actions.into_iter().collect(),
                        primary,
                        identical: false,
                        pass_role,
                        also_own,
                    };
                }
            }
        }
        let candidate = format!("{}:{op}", self.inp.iam_prefix(svc));
        if refr.exact(&candidate).is_some() {
            return OpResult::Actions {
                actions: vec![candidate.clone()],
                primary: candidate,
                identical: true,
                pass_role: false,
                also_own: None,
            };
        }
        OpResult::Unresolved(if iamlive_invalid {
            R_IAMLIVE_INVALID
        } else {
            R_NO_ACTION
        })
    }

    fn handler(&self, sym: Option<&String>) -> Handler {
        let Some(sym) = sym else {
            return Handler::Absent;
        };
        if sym == NOOP_SYMBOL {
            return Handler::Noop;
        }
        let key = symbol_key(sym);
        match key.as_ref().and_then(|k| self.inp.model.get(k)) {
            Some(ops) => {
                let mut ops = ops.clone();
                ops.sort();
                ops.dedup();
                let mut name = short_symbol(sym);
                if let Some((_, None, f)) = &key {
                    if !name.ends_with(&format!(".{f}")) {
                        // a closure: the call graph has its calls under the function building it
                        name = format!("{name} (calls listed under {f})");
                    }
                }
                Handler::Ops { name, ops }
            }
            None => Handler::NoEntry(short_symbol(sym)),
        }
    }

    /// Resolves a handler's operations, reporting the unresolved ones under `phase`.
    fn resolve_handler(&mut self, t: &str, phase: &str, h: &Handler) -> Resolved {
        let mut r = Resolved::default();
        match h {
            Handler::Ops { ops, .. } => {
                for (svc, op) in ops {
                    match self.resolve_op(svc, op) {
                        OpResult::Actions {
                            actions,
                            identical,
                            pass_role,
                            also_own,
                            ..
                        } => {
                            if let Some((own, theirs)) = also_own {
                                r.also_own.insert(format!("{own} (iamlive: {theirs})"));
                            }
                            if identical {
                                r.identical.extend(actions.iter().cloned());
                            }
                            if pass_role {
                                r.pass_role.insert(format!("{svc}.{op}"));
                            }
                            r.by_op.insert((svc.clone(), op.clone()), actions);
                            r.any = true;
                        }
                        OpResult::Permissionless => r.any = true,
                        OpResult::Unresolved(reason) => {
                            r.unresolved.insert(format!("{phase} {svc}.{op}"));
                            self.unresolved(Kind::Resource, t, phase, svc, op, reason)
                        }
                    }
                }
            }
            Handler::NoEntry(name) => {
                r.unresolved
                    .insert(format!("{phase} {name} (no call-graph entry)"));
                self.unresolved(Kind::Resource, t, phase, "-", name, R_NO_HANDLER)
            }
            Handler::Absent | Handler::Noop => {}
        }
        r
    }

    fn pike(&self, kind: Kind, t: &str) -> PikePhases {
        let refr = reference();
        let mut p = PikePhases::default();
        let Some(docs) = self.inp.pike.get(&(kind, t.to_string())) else {
            return p;
        };
        for (rel, doc) in docs {
            p.files.push(rel.clone());
            if p.dir_hint.is_none() {
                p.dir_hint = rel.split('/').nth(1).map(str::to_string);
            }
            for (list, names) in &doc.lists {
                for raw in names {
                    let parts: Vec<&str> = raw.split_whitespace().collect();
                    if parts.len() > 1 {
                        p.notes
                            .insert(format!("pike `{raw}` split into {} actions", parts.len()));
                    }
                    for name in parts {
                        let valid = if name.contains('*') || name.contains('?') {
                            p.dropped
                                .insert((list.clone(), name.to_string(), R_PIKE_WILDCARD));
                            continue;
                        } else if refr.exact(name).is_some() {
                            name.to_string()
                        } else if let Some(info) = refr.action(name) {
                            p.notes
                                .insert(format!("pike case fixed: {name} -> {}", info.full_name()));
                            info.full_name()
                        } else {
                            p.dropped
                                .insert((list.clone(), name.to_string(), R_PIKE_INVALID));
                            continue;
                        };
                        p.all.insert(valid.clone());
                        let class = pike_class(&valid);
                        match list.as_str() {
                            // what destroy lists belongs to delete, reads (finders, waiters)
                            // included; they are the refresh's reads as well
                            "destroy" => {
                                if class == PikeClass::Read {
                                    p.read.insert(valid.clone());
                                }
                                p.delete.insert(valid);
                            }
                            _ if class == PikeClass::Read => {
                                p.read.insert(valid);
                            }
                            "modify" => {
                                p.update.insert(valid);
                            }
                            // apply mixes phases; attributes.<arg> and (out of place) writes in
                            // plan are classified by verb the same way
                            _ => p.classify(valid, class),
                        }
                    }
                }
            }
        }
        p
    }

    fn pike_rows(&mut self, kind: Kind, t: &str, p: &PikePhases) {
        for (list, name, reason) in &p.dropped {
            self.unresolved(kind, t, &format!("pike:{list}"), "-", name, reason);
        }
    }

    // -----------------------------------------------------------------------------------------
    // Managed types

    fn managed_types(&mut self) {
        let inp = self.inp;
        for e in &inp.crud {
            if inp.curated.contains(&(Kind::Resource, e.type_name.clone()))
                || iamplan::rules::canonical(Kind::Resource, &e.type_name) != e.type_name
            {
                continue;
            }
            if let Some(rule) = self.managed_type(e) {
                self.rules.push(rule);
                self.resources += 1;
            }
        }
    }

    fn managed_type(&mut self, e: &CrudEntry) -> Option<Rule> {
        let t = e.type_name.as_str();
        let [hc, hr, hu, hd] = [0, 1, 2, 3].map(|i| self.handler(e.handlers[i].as_ref()));
        let rc = self.resolve_handler(t, "create", &hc);
        let rr = self.resolve_handler(t, "read", &hr);
        let ru = self.resolve_handler(t, "update", &hu);
        let rd = self.resolve_handler(t, "delete", &hd);

        // Provider-managed tags: ListTags is part of the read, UpdateTags the `tags` update.
        let (mut tag_list, mut tag_update) = (None, None);
        // every operation of the package's tagging functions (before narrowing), and those of
        // UpdateTags alone
        let (mut tag_ops_all, mut tag_write_ops) = (BTreeSet::new(), BTreeSet::new());
        let mut notes: BTreeSet<String> = BTreeSet::new();
        if let Some(tags) = &e.tags {
            let hl = self.handler(tags.list.as_ref());
            let hu_tags = self.handler(tags.update.as_ref());
            for h in [&hl, &hu_tags] {
                if let Handler::Ops { ops, .. } = h {
                    tag_ops_all.extend(ops.iter().cloned());
                }
            }
            if let Handler::Ops { ops, .. } = &hu_tags {
                tag_write_ops.extend(ops.iter().cloned());
            }
            let narrow = |h: &Handler, notes: &mut BTreeSet<String>| -> Handler {
                narrow_tag_ops(h, tags.resource_type.as_deref(), notes)
            };
            let hl = narrow(&hl, &mut notes);
            let hu_tags = narrow(&hu_tags, &mut notes);
            let rl = self.resolve_handler(t, "read", &hl);
            let rut = self.resolve_handler(t, "update", &hu_tags);
            tag_list = Some((hl, rl));
            tag_update = Some((hu_tags, rut));
        }

        let all_absent = e.handlers.iter().all(Option::is_none);
        let pike = self.pike(Kind::Resource, t);
        let mut pike_used: BTreeSet<&'static str> = BTreeSet::new();
        // A phase falls back to Pike when its handler exists (or no handler is known at all)
        // but resolves to nothing.
        let wants_pike = |h: &Handler, r: &Resolved| -> bool {
            match h {
                Handler::Noop => false,
                Handler::Absent => all_absent,
                _ => !r.any,
            }
        };
        let mut blocks = Vec::new();
        let mut identical: BTreeSet<String> = BTreeSet::new();
        let mut pass_role: BTreeSet<String> = BTreeSet::new();
        let mut also_own: BTreeSet<String> = BTreeSet::new();
        let mut unresolved: BTreeSet<String> = BTreeSet::new();
        let tag_resolved = [&tag_list, &tag_update].map(|x| x.as_ref().map(|(_, r)| r));
        for r in [Some(&rc), Some(&rr), Some(&ru), Some(&rd)]
            .into_iter()
            .chain(tag_resolved)
            .flatten()
        {
            identical.extend(r.identical.iter().cloned());
            pass_role.extend(r.pass_role.iter().cloned());
            also_own.extend(r.also_own.iter().cloned());
            unresolved.extend(r.unresolved.iter().cloned());
        }
        let pike_source = |phase: &str, why: &str| {
            format!(
                "import: pike {} ({phase} re-phased from Pike's lists: {why})",
                pike.files.join(" + ")
            )
        };
        let why = |h: &Handler| match h {
            Handler::Absent => "the provider model has no handlers for this type".to_string(),
            Handler::NoEntry(n) => format!("the call graph has no entry for {n}"),
            Handler::Ops { name, .. } => {
                format!("no operation of {name} resolves to an IAM action")
            }
            Handler::Noop => String::new(),
        };

        // read
        let mut read = rr.actions();
        let mut read_src = handler_names(&[&hr]);
        if wants_pike(&hr, &rr) && !pike.read.is_empty() {
            read.extend(pike.read.iter().cloned());
            pike_used.insert("read");
            read_src = pike_source("read", &why(&hr));
        }
        if let Some((h, r)) = &tag_list {
            let a = r.actions();
            if !a.is_empty() {
                read.extend(a);
                read_src = format!("{read_src} + {}", handler_names(&[h]));
            }
        }
        if !read.is_empty() {
            let mut b = block(BlockKind::Read, read);
            b.source = Some(read_src);
            blocks.push(b);
        }

        // create: drop rollback/cleanup calls; tagging calls the create handler makes are the
        // tag-on-create path, needed only when tags are set.
        let mut create = BTreeSet::new();
        let mut dropped = BTreeSet::new();
        let mut tag_on_create = BTreeSet::new();
        let mut tag_on_create_ops = BTreeSet::new();
        for ((svc, op), actions) in &rc.by_op {
            if is_cleanup(op) {
                dropped.extend(actions.iter().cloned());
            } else if tag_write_ops.contains(&(svc.clone(), op.clone())) {
                tag_on_create.extend(actions.iter().cloned());
                tag_on_create_ops.insert(op.clone());
            } else {
                create.extend(actions.iter().cloned());
            }
        }
        let dropped: Vec<String> = dropped
            .into_iter()
            .filter(|a| !create.contains(a) && !tag_on_create.contains(a))
            .collect();
        if !dropped.is_empty() {
            notes.insert(format!(
                "dropped from create as rollback calls: {}",
                dropped.join(", ")
            ));
        }
        let mut create_src = handler_names(&[&hc]);
        if wants_pike(&hc, &rc) && !pike.create.is_empty() {
            create.extend(pike.create.iter().cloned());
            pike_used.insert("create");
            create_src = pike_source("create", &why(&hc));
        }
        if !create.is_empty() || matches!(hc, Handler::Noop) {
            let mut b = block(BlockKind::Create, create);
            b.source = Some(create_src);
            if matches!(hc, Handler::Noop) {
                b.note =
                    Some("the provider's create is schema.NoopContext: it makes no call".into());
            }
            blocks.push(b);
        }
        if !tag_on_create.is_empty() {
            let mut b = block(BlockKind::Create, tag_on_create);
            b.condition = Some(Condition::IfSet("tags".into()));
            b.source = Some(format!(
                "{}: the create handler itself reaches the tagging calls of UpdateTags ({})",
                handler_names(&[&hc]),
                tag_on_create_ops.into_iter().collect::<Vec<_>>().join(", ")
            ));
            blocks.push(b);
        }

        // update: one fallback block with the update handler's writes (the handler is a
        // superset: it lists every attribute's calls), tags in their own block.
        let tag_actions: BTreeSet<String> = tag_update
            .as_ref()
            .map(|(_, r)| r.actions())
            .unwrap_or_default();
        let mut update = BTreeSet::new();
        for ((svc, op), actions) in &ru.by_op {
            if tag_ops_all.contains(&(svc.clone(), op.clone())) {
                continue;
            }
            update.extend(
                actions
                    .iter()
                    .filter(|a| !is_read_only(a) && !tag_actions.contains(*a))
                    .cloned(),
            );
        }
        let mut update_src = handler_names(&[&hu]);
        let mut emit_update = ru.any || matches!(hu, Handler::Noop);
        if wants_pike(&hu, &ru) && !pike.update.is_empty() {
            update.extend(
                pike.update
                    .iter()
                    .filter(|a| !tag_actions.contains(*a))
                    .cloned(),
            );
            pike_used.insert("update");
            update_src = pike_source("update", &why(&hu));
            emit_update = true;
        }
        if emit_update {
            let mut b = block(BlockKind::Update, update);
            b.source = Some(update_src);
            if ru.any && !pike_used.contains("update") {
                b.note = Some(if b.actions.is_empty() {
                    "the update handler makes no write of its own (its other calls are reads)"
                        .into()
                } else {
                    "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
                        .into()
                });
            } else if matches!(hu, Handler::Noop) {
                b.note =
                    Some("the provider's update is schema.NoopContext: it makes no call".into());
            }
            blocks.push(b);
        }
        if let Some((h, _)) = &tag_update {
            if !tag_actions.is_empty() {
                let mut b = block(BlockKind::Update, tag_actions.clone());
                b.attributes = vec!["tags".into()];
                b.source = Some(handler_names(&[h]));
                blocks.push(b);
            }
        }

        // delete
        let mut delete = rd.actions();
        let mut delete_src = handler_names(&[&hd]);
        let mut delete_note = DELETE_READS_NOTE;
        if wants_pike(&hd, &rd) && !pike.delete.is_empty() {
            delete.extend(pike.delete.iter().cloned());
            pike_used.insert("delete");
            delete_src = pike_source("delete", &why(&hd));
            delete_note = PIKE_DELETE_READS_NOTE;
        }
        if !delete.is_empty() || matches!(hd, Handler::Noop) {
            let has_reads = delete.iter().any(|a| is_read_only(a));
            let mut b = block(BlockKind::Delete, delete);
            b.source = Some(delete_src);
            if matches!(hd, Handler::Noop) {
                b.note = Some(
                    "the provider's delete is schema.NoopContext: it only forgets the resource"
                        .into(),
                );
            } else if has_reads {
                b.note = Some(delete_note.into());
            }
            blocks.push(b);
        }

        if !pike_used.is_empty() {
            notes.extend(pike.notes.iter().cloned());
            self.pike_rows(Kind::Resource, t, &pike);
        }
        // provenance notes only for actions the entry keeps
        let kept: BTreeSet<&String> = blocks.iter().flat_map(|b| &b.actions).collect();
        identical.retain(|a| kept.contains(a));
        also_own.retain(|a| {
            a.split(' ')
                .next()
                .is_some_and(|own| kept.iter().any(|k| k.as_str() == own))
        });
        if !identical.is_empty() {
            notes.insert(format!(
                "not in iamlive-map, identical IAM name used: {}",
                identical.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        if !also_own.is_empty() {
            notes.insert(format!(
                "iamlive-map gives only another service's action; the operation's own identically named action (needed for a target outside that service) is kept too: {}",
                also_own.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        if !unresolved.is_empty() {
            notes.insert(format!(
                "calls without an IAM action here (see UNRESOLVED.tsv): {}",
                unresolved.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }
        if !pass_role.is_empty() {
            notes.insert(format!(
                "iamlive-map: iam:PassRole is also needed by {} (not imported: a curated pass_role block names the role attribute)",
                pass_role.into_iter().collect::<Vec<_>>().join(", ")
            ));
        }

        let has_actions = blocks.iter().any(|b| !b.actions.is_empty());
        if !has_actions {
            self.unresolved(Kind::Resource, t, "-", "-", "-", R_TYPE_NONE);
            return None;
        }
        let handler_list = handler_names(&[&hc, &hr, &hu, &hd]);
        let source = if all_absent {
            format!(
                "import: pike {} (re-phased: the provider model has no handlers for this type)",
                pike.files.join(" + ")
            )
        } else {
            let mut s = format!("import: {MODEL_SOURCE} ({handler_list}) + {IAMLIVE_SOURCE}");
            if !pike_used.is_empty() {
                s.push_str(&format!(
                    " + pike {} for {}",
                    pike.files.join(" + "),
                    pike_used.iter().copied().collect::<Vec<_>>().join(", ")
                ));
            }
            s
        };
        let symbols: Vec<&Option<String>> = e.handlers.iter().collect();
        let service = self.main_service(
            &blocks,
            &[&hc, &hr, &hu, &hd],
            &symbols,
            pike.dir_hint.as_deref(),
            t,
        );
        Some(Rule {
            kind: Kind::Resource,
            type_name: t.to_string(),
            service,
            source,
            arn: None,
            verified: None,
            provider_versions: None,
            note: join_notes(&notes),
            blocks,
        })
    }

    /// The IAM prefix of the type's main actions. For a managed type: the SDK service its
    /// handlers call most (the provider's own client for the type) and the commonest prefix of
    /// the IAM actions its write operations map to (each operation's own action, not iamlive's
    /// extras; `s3control` CreateBucket -> `s3-outposts`), else that service's IAM prefix, else the prefix of the handlers' provider package, else Pike's
    /// directory. Otherwise (and for data sources): the commonest prefix among the entry's
    /// actions, writes first. Ties go to the preferred prefix, then alphabetical order.
    fn main_service(
        &self,
        blocks: &[Block],
        handlers: &[&Handler],
        symbols: &[&Option<String>],
        hint: Option<&str>,
        t: &str,
    ) -> String {
        let known = |p: &str| self.inp.iam_prefixes.contains(p);
        let commonest = |c: &BTreeMap<String, usize>, prefer: Option<&str>| -> Option<String> {
            let best = c.values().copied().max()?;
            let tied: Vec<&String> = c
                .iter()
                .filter(|(_, n)| **n == best)
                .map(|(p, _)| p)
                .collect();
            tied.iter()
                .find(|p| Some(p.as_str()) == prefer)
                .or(tied.first())
                .map(|p| p.to_string())
        };
        if !handlers.is_empty() {
            let mut by_svc: BTreeMap<String, usize> = BTreeMap::new();
            for h in handlers {
                if let Handler::Ops { ops, .. } = h {
                    for (svc, _) in ops {
                        *by_svc.entry(svc.clone()).or_insert(0) += 1;
                    }
                }
            }
            if let Some(svc) = commonest(&by_svc, None) {
                let own = self.inp.iam_prefix(&svc);
                let mut c = BTreeMap::new();
                for h in handlers {
                    if let Handler::Ops { ops, .. } = h {
                        for key in ops.iter().filter(|(s, _)| *s == svc) {
                            if let Some(OpResult::Actions { primary, .. }) = self.ops.get(key) {
                                if let Some((p, _)) =
                                    primary.split_once(':').filter(|_| !is_read_only(primary))
                                {
                                    *c.entry(p.to_string()).or_insert(0) += 1;
                                }
                            }
                        }
                    }
                }
                if let Some(p) = commonest(&c, Some(&own)) {
                    return p;
                }
                if known(&own) {
                    return own;
                }
            }
            let mut c = BTreeMap::new();
            for sym in symbols.iter().copied().flatten() {
                if let Some((module, _, _)) = symbol_key(sym) {
                    *c.entry(self.inp.iam_prefix(&module)).or_insert(0) += 1;
                }
            }
            c.retain(|p, _| known(p));
            if let Some(p) = commonest(&c, None) {
                return p;
            }
            if let Some(h) = hint.filter(|h| known(h)) {
                return h.to_string();
            }
        }
        let count = |writes_only: bool| -> BTreeMap<String, usize> {
            let mut c = BTreeMap::new();
            for b in blocks {
                for a in &b.actions {
                    if writes_only && is_read_only(a) {
                        continue;
                    }
                    if let Some((p, _)) = a.split_once(':') {
                        *c.entry(p.to_string()).or_insert(0) += 1;
                    }
                }
            }
            c
        };
        if let Some(p) = commonest(&count(true), hint).or_else(|| commonest(&count(false), hint)) {
            return p;
        }
        if let Some(h) = hint.filter(|h| known(h)) {
            return h.to_string();
        }
        t.split('_').nth(1).unwrap_or("aws").to_string()
    }

    // -----------------------------------------------------------------------------------------
    // Data sources

    fn data_sources(&mut self) {
        let inp = self.inp;
        let mut names: BTreeSet<String> = inp.provider_data_sources.clone();
        names.extend(
            inp.pike
                .keys()
                .filter(|(k, _)| *k == Kind::Data)
                .map(|(_, t)| t.clone()),
        );
        for t in names {
            if inp.curated.contains(&(Kind::Data, t.clone()))
                || iamplan::rules::canonical(Kind::Data, &t) != t
            {
                continue;
            }
            let p = self.pike(Kind::Data, &t);
            self.pike_rows(Kind::Data, &t, &p);
            if p.is_empty() {
                self.unresolved(Kind::Data, &t, "read", "-", "-", R_DATA_NONE);
                continue;
            }
            let mut notes = p.notes.clone();
            let writes: Vec<&String> = p.all.iter().filter(|a| !is_read_only(a)).collect();
            if !writes.is_empty() {
                notes.insert(format!(
                    "Pike lists these non-read actions for the data source, which makes them while reading: {}",
                    writes.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                ));
            }
            let mut b = block(BlockKind::Read, p.all.clone());
            b.source = Some(
                "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
                    .into(),
            );
            let blocks = vec![b];
            let service = self.main_service(&blocks, &[], &[], p.dir_hint.as_deref(), &t);
            self.rules.push(Rule {
                kind: Kind::Data,
                type_name: t.clone(),
                service,
                source: format!("import: pike {}", p.files.join(" + ")),
                arn: None,
                verified: None,
                provider_versions: None,
                note: join_notes(&notes),
                blocks,
            });
            self.data += 1;
        }
        for other in &inp.pike_other {
            eprintln!("import-rules: skipped pike-mapping/{other}: not a Terraform type name");
        }
    }

    // -----------------------------------------------------------------------------------------
    // Output

    fn write(&self, out: &Path) -> Result<Stats, String> {
        let mut by_service: BTreeMap<String, Vec<&Rule>> = BTreeMap::new();
        for r in &self.rules {
            by_service.entry(r.service.clone()).or_default().push(r);
        }
        let mut files: BTreeMap<String, String> = BTreeMap::new();
        let mut problems = Vec::new();
        let mut seen = BTreeMap::new();
        for (service, rules) in &mut by_service {
            rules.sort_by(|a, b| (a.kind, &a.type_name).cmp(&(b.kind, &b.type_name)));
            let mut text = HEADER.to_string();
            for r in rules.iter() {
                let entry = format_entry(r);
                // The entry must read back as written: nothing the schema cannot hold.
                match parse_entry(&entry) {
                    Ok(back) if format_entry(&back) == entry => {}
                    Ok(_) => problems.push(format!(
                        "{} {}: does not round-trip",
                        r.kind.keyword(),
                        r.type_name
                    )),
                    Err(e) => problems.push(format!("{} {}: {e}", r.kind.keyword(), r.type_name)),
                }
                text.push('\n');
                text.push_str(&entry);
            }
            match canonical_text(&text) {
                Ok(c) if c == text => {}
                Ok(_) => problems.push(format!("{service}.hcl: not canonical")),
                Err(e) => problems.push(format!("{service}.hcl: {e}")),
            }
            let name = format!("{service}.hcl");
            problems.extend(iamplan::rules::lint::lint_file(
                &format!("imported/{name}"),
                &text,
                &mut seen,
            ));
            files.insert(name, text);
        }
        if !problems.is_empty() {
            return Err(format!(
                "generated rules fail validation:\n  {}",
                problems.join("\n  ")
            ));
        }
        std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
        // Files from an earlier run that this one does not produce go.
        for f in sorted_dir(out)? {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            if f.extension().is_some_and(|x| x == "hcl") && !files.contains_key(&name) {
                std::fs::remove_file(&f).map_err(|e| format!("{}: {e}", f.display()))?;
            }
        }
        for (name, text) in &files {
            write_if_changed(&out.join(name), text)?;
        }
        let mut tsv = String::from("kind\ttype\tphase\tsdk_service\toperation\treason\n");
        let mut by_reason = BTreeMap::new();
        for row in &self.unresolved {
            tsv.push_str(&row.join("\t"));
            tsv.push('\n');
            *by_reason.entry(row[5].clone()).or_insert(0) += 1;
        }
        write_if_changed(&out.join("UNRESOLVED.tsv"), &tsv)?;
        Ok(Stats {
            resources: self.resources,
            data: self.data,
            files: files.len(),
            by_reason,
        })
    }
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

impl PikePhases {
    fn classify(&mut self, action: String, class: PikeClass) {
        match class {
            PikeClass::Read => {
                self.read.insert(action);
            }
            PikeClass::Create => {
                self.create.insert(action);
            }
            PikeClass::CreateAndUpdate => {
                self.create.insert(action.clone());
                self.update.insert(action);
            }
            PikeClass::Update => {
                self.update.insert(action);
            }
            PikeClass::Delete => {
                self.delete.insert(action);
            }
        }
    }
}

/// Splits a CamelCase name into words, keeping acronyms whole: `VirtualMFADevice` ->
/// [Virtual, MFA, Device].
fn camel_words(s: &str) -> Vec<&str> {
    let b = s.as_bytes();
    let mut words = Vec::new();
    let mut start = 0;
    for i in 1..b.len() {
        let (prev, cur) = (b[i - 1], b[i]);
        let next_lower = b.get(i + 1).is_some_and(u8::is_ascii_lowercase);
        if cur.is_ascii_uppercase()
            && (prev.is_ascii_lowercase() || (prev.is_ascii_uppercase() && next_lower))
        {
            words.push(&s[start..i]);
            start = i;
        }
    }
    words.push(&s[start..]);
    words
}

/// When the package-wide tagging functions serve several resource types (IAM's UpdateTags
/// reaches TagRole, TagUser, TagPolicy, ...), the crud map's `tags.resource_type` narrows them to
/// the operations naming that type, or else the longest trailing part of its name
/// (`VirtualMFADevice` -> `MFADevice`); if nothing matches, all operations are kept.
fn narrow_tag_ops(
    h: &Handler,
    resource_type: Option<&str>,
    notes: &mut BTreeSet<String>,
) -> Handler {
    let (Handler::Ops { name, ops }, Some(rt)) = (h, resource_type) else {
        return h.clone();
    };
    if ops.len() < 2 {
        return h.clone();
    }
    let words = camel_words(rt);
    for i in 0..words.len() {
        let suffix: String = words[i..].concat();
        let needle = suffix.to_ascii_lowercase();
        let kept: Vec<(String, String)> = ops
            .iter()
            .filter(|(_, op)| op.to_ascii_lowercase().contains(&needle))
            .cloned()
            .collect();
        if kept.is_empty() {
            continue;
        }
        if kept.len() == ops.len() {
            return h.clone();
        }
        return Handler::Ops {
            name: format!("{name} (only its operations naming `{suffix}`, the crud map's tag resource type `{rt}`)"),
            ops: kept,
        };
    }
    if ops.len() > 2 {
        notes.insert(format!(
            "{name}: no operation names the crud map's tag resource type `{rt}`, so all its operations are kept"
        ));
    }
    h.clone()
}

fn handler_names(hs: &[&Handler]) -> String {
    let mut names: Vec<String> = Vec::new();
    for h in hs {
        let n = match h {
            Handler::Absent => continue,
            Handler::Noop => "schema.NoopContext".to_string(),
            Handler::NoEntry(n) => format!("{n} (no call-graph entry)"),
            Handler::Ops { name, .. } => name.clone(),
        };
        if !names.contains(&n) {
            names.push(n);
        }
    }
    names.join(", ")
}

fn join_notes(notes: &BTreeSet<String>) -> Option<String> {
    if notes.is_empty() {
        None
    } else {
        Some(notes.iter().cloned().collect::<Vec<_>>().join("; "))
    }
}
