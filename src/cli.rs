//! The command line (clap derive). Binding contract: DESIGN §2. Nothing here does work; `app`
//! turns these values into calls of the library.

use crate::module::limits::{Limits, PARSER_DEPTH};
use clap::{Parser, Subcommand, ValueEnum};

/// `iamplan module --help`: what the limits are for (README "Module limits").
const MODULE_LIMITS: &str =
    "Limits: a module is third-party input, so reading and evaluating it is \
bounded. Past a limit the command stops with one line naming the limit and the flag that raises it \
(exit 2). The defaults are far above what the public terraform-aws-modules need.";

#[derive(Parser, Debug)]
#[command(
    name = "iamplan",
    version,
    about = "Predict the least-privilege AWS IAM policy a Terraform plan needs, offline",
    long_about = "Reads the JSON of `terraform show -json <planfile>` and predicts, per phase, the IAM \
actions (and resources) the AWS provider will need: `plan` (refresh and data source reads), `deploy` \
(apply this plan) and `destroy` (tear down what the plan leaves).\n\nExit codes: 0 success, 1 findings \
(e.g. --strict with unmapped types), 2 usage or input error.",
    after_help = "Example:\n  terraform plan -out=tfplan && terraform show -json tfplan > plan.json\n  iamplan policy plan.json --phase deploy --format json"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Print one IAM policy document for a phase of a plan
    Policy(PolicyArgs),
    /// Show why each action matching a pattern is needed
    Explain(ExplainArgs),
    /// State, plan, deploy and destroy role policies, split to fit IAM's size limits
    Roles(RolesArgs),
    /// Does a role's policy allow this plan? Exit 1 with each missing permission
    Check(CheckArgs),
    /// Predict (or validate) the provisioning role a Terraform module needs, without a plan
    Module(ModuleArgs),
    /// Compare predictions with a runtime capture (gaps and unobserved actions)
    Verify(VerifyArgs),
    /// Propose (or write) rule additions from a runtime capture
    Learn(LearnArgs),
    /// Record the AWS calls of a real Terraform run (endpoint or HTTPS proxy mode)
    #[command(after_help = CAPTURE_LIMITS)]
    Capture(CaptureArgs),
    /// Inspect the embedded rules database
    Rules {
        #[command(subcommand)]
        command: RulesCommand,
    },
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum PhaseArg {
    /// Read-only: provider start-up, refresh of existing resources, data sources
    Plan,
    /// Apply this plan: plan-phase reads plus every create, update, delete and replace
    Deploy,
    /// Tear down everything the plan leaves: refresh and delete
    Destroy,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum PolicyFormat {
    /// An IAM policy document
    Json,
    /// A `data "aws_iam_policy_document"` block
    Terraform,
    /// A readable summary per resource address
    Markdown,
}

#[derive(clap::Args, Debug, Clone)]
pub struct Scope {
    /// AWS account id for ARNs (default: from the plan, else `*`)
    #[arg(long, value_name = "ID")]
    pub account: Option<String>,
    /// AWS region for ARNs (default: from the provider configuration or the plan, else `*`)
    #[arg(long, value_name = "R")]
    pub region: Option<String>,
    /// AWS partition for ARNs (default: aws)
    #[arg(long, value_name = "P")]
    pub partition: Option<String>,
}

#[derive(clap::Args, Debug)]
pub struct PolicyArgs {
    /// `terraform show -json` output, or `-` for stdin (UTF-8, or UTF-16 with BOM)
    #[arg(value_name = "PLAN")]
    pub plan: String,
    /// Which operation the policy is for
    #[arg(long, value_enum, default_value = "deploy")]
    pub phase: PhaseArg,
    /// Output format
    #[arg(long, value_enum, default_value = "json")]
    pub format: PolicyFormat,
    #[command(flatten)]
    pub scope: Scope,
    /// Use `"*"` for every resource instead of ARNs scoped from the plan
    #[arg(long)]
    pub wildcard_resources: bool,
    /// Exit 1 when the policy cannot be complete: an AWS type (resource, data source, action)
    /// has no rule, or the plan is not the whole apply (deferred changes, `errored`,
    /// `complete: false`, `applyable: false`)
    #[arg(long)]
    pub strict: bool,
}

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// `terraform show -json` output, or `-` for stdin
    #[arg(value_name = "PLAN")]
    pub plan: String,
    /// IAM action or pattern with `*` and `?`, e.g. `s3:Put*` (case-insensitive)
    #[arg(value_name = "ACTION-PATTERN")]
    pub pattern: String,
    #[arg(long, value_enum, default_value = "deploy")]
    pub phase: PhaseArg,
    #[command(flatten)]
    pub scope: Scope,
    /// Use `"*"` for every resource instead of ARNs scoped from the plan
    #[arg(long)]
    pub wildcard_resources: bool,
}

#[derive(Subcommand, Debug)]
pub enum RulesCommand {
    /// One line per entry: type, service, curated or imported, source
    List,
    /// One entry, readable
    Show {
        /// Terraform type, e.g. aws_s3_bucket (data sources: data.aws_ami)
        #[arg(value_name = "TYPE")]
        type_name: String,
    },
    /// How much of the AWS provider the rules cover
    Coverage,
    /// Validate every entry; exit 1 on problems
    Lint,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum RolesFormat {
    /// `{"state": [policy, ...], "plan": [...], "deploy": [...], "destroy": [...]}`
    Json,
    /// aws_iam_role + aws_iam_policy + attachments per role
    Terraform,
}

#[derive(clap::Args, Debug)]
pub struct RolesArgs {
    /// `terraform show -json` output, or `-` for stdin
    #[arg(value_name = "PLAN")]
    pub plan: String,
    /// Terraform configuration directory or file with the backend block (default: the plan's directory)
    #[arg(long, value_name = "DIR|FILE")]
    pub backend: Option<String>,
    /// `-backend-config` files or `key=value` pairs, applied in order as Terraform does
    #[arg(long = "backend-config", value_name = "FILE|KEY=VALUE")]
    pub backend_config: Vec<String>,
    /// Workspace whose state key the state role gets (default: `default`)
    #[arg(long, value_name = "NAME", conflicts_with = "workspaces")]
    pub workspace: Option<String>,
    /// Grant every workspace's state (the key prefix) instead of one
    #[arg(long)]
    pub workspaces: bool,
    #[arg(long, value_enum, default_value = "json")]
    pub format: RolesFormat,
    /// Write one file per role into this directory instead of printing
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<String>,
    /// Merge actions into wildcards (e.g. `s3:GetBucket*`) where that adds no other action
    #[arg(long)]
    pub compact: bool,
    #[command(flatten)]
    pub scope: Scope,
    /// Use `"*"` for every resource instead of ARNs scoped from the plan
    #[arg(long)]
    pub wildcard_resources: bool,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
    Markdown,
    Sarif,
    Github,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Exit 1 only when permissions are missing
    Missing,
    /// Exit 1 also when the policy grants more than needed (with --excess)
    Excess,
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// `terraform show -json` output, or `-` for stdin
    #[arg(value_name = "PLAN")]
    pub plan: String,
    /// Identity policy document (JSON), or `aws iam get-account-authorization-details` output with --role
    #[arg(long = "policy", value_name = "FILE", required = true)]
    pub policies: Vec<String>,
    /// Role to take from authorization-details input (inline + attached managed policies)
    #[arg(long, value_name = "NAME")]
    pub role: Option<String>,
    /// Permissions boundary policy document (intersects)
    #[arg(long, value_name = "FILE")]
    pub boundary: Option<String>,
    /// Service control policy documents (intersect)
    #[arg(long = "scp", value_name = "FILE")]
    pub scps: Vec<String>,
    #[arg(long, value_enum, default_value = "deploy")]
    pub phase: PhaseArg,
    #[arg(long, value_enum, default_value = "text")]
    pub format: CheckFormat,
    /// Also report allowed actions no requirement uses and statements broader than needed
    #[arg(long)]
    pub excess: bool,
    #[arg(long, value_enum, default_value = "missing")]
    pub fail_on: FailOn,
    /// Count statements whose Condition cannot be evaluated as allowing (default: conditional)
    #[arg(long)]
    pub assume_conditions: bool,
    #[command(flatten)]
    pub scope: Scope,
}

#[derive(clap::Args, Debug)]
#[command(after_help = MODULE_LIMITS)]
pub struct ModuleArgs {
    /// Directory of the Terraform module (its .tf and .tf.json files)
    #[arg(value_name = "DIR")]
    pub dir: String,
    /// The role the module ships: a JSON policy document or a .tf file (validate it)
    #[arg(long = "policy", value_name = "FILE")]
    pub policy: Option<String>,
    #[arg(long, value_enum, default_value = "json")]
    pub format: PolicyFormat,
    /// With --format terraform: write the role file into the module directory
    #[arg(long)]
    pub write_role: bool,
    /// With --policy: also report grants no requirement uses
    #[arg(long)]
    pub excess: bool,
    #[command(flatten)]
    pub scope: Scope,
    /// Most instances one resource, data source or module call may expand to (count, for_each)
    #[arg(long, value_name = "N", default_value_t = Limits::DEFAULT.instances, help_heading = "Limits")]
    pub max_instances: u64,
    /// Most resource and module instances in all (and module calls read)
    #[arg(long, value_name = "N", default_value_t = Limits::DEFAULT.total_instances, help_heading = "Limits")]
    pub max_total_instances: u64,
    /// Largest list or map (elements) or string (bytes) evaluation may build
    #[arg(long, value_name = "N", default_value_t = Limits::DEFAULT.collection, help_heading = "Limits")]
    pub max_collection_size: usize,
    /// Deepest nesting of the source and of values (at most 64, the HCL parser's own limit)
    #[arg(long, value_name = "N", default_value_t = Limits::DEFAULT.depth as u64, help_heading = "Limits",
          value_parser = clap::value_parser!(u64).range(1..=PARSER_DEPTH as u64))]
    pub max_depth: u64,
    /// Most evaluation steps (expression nodes, elements iterated, values copied)
    #[arg(long, value_name = "N", default_value_t = Limits::DEFAULT.steps, help_heading = "Limits")]
    pub max_eval_steps: u64,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
pub enum VerifyFormat {
    Text,
    Json,
    Markdown,
}

#[derive(clap::Args, Debug)]
pub struct VerifyArgs {
    /// `terraform show -json` output of the plan that ran
    #[arg(value_name = "PLAN")]
    pub plan: String,
    /// Capture files: iamplan JSONL, iamlive output, CloudTrail events
    #[arg(long = "capture", value_name = "FILE", required = true)]
    pub captures: Vec<String>,
    #[arg(long, value_enum, default_value = "deploy")]
    pub phase: PhaseArg,
    #[arg(long, value_enum, default_value = "text")]
    pub format: VerifyFormat,
}

#[derive(clap::Args, Debug)]
pub struct LearnArgs {
    /// `terraform show -json` output of the plan that ran
    #[arg(value_name = "PLAN")]
    pub plan: String,
    /// Capture files: iamplan JSONL, iamlive output, CloudTrail events
    #[arg(long = "capture", value_name = "FILE", required = true)]
    pub captures: Vec<String>,
    #[arg(long, value_enum, default_value = "deploy")]
    pub phase: PhaseArg,
    /// Edit rules/ (canonically) instead of only printing the proposals
    #[arg(long)]
    pub write: bool,
    /// What ran, for provenance (e.g. "terraform apply of examples/bucket")
    #[arg(long, value_name = "TEXT")]
    pub what: Option<String>,
}

/// The capture's fixed limits, beside the flags under "Limits".
const CAPTURE_LIMITS: &str = "Fixed limits: at most 100 headers per request (431 past it); \
the first 1 MiB of a form, JSON or CBOR request body, and of an error response, is buffered to \
identify the call (the rest streams through, never buffered); 256 leaf certificates cached \
(least recently used dropped); calls in flight get 5 s to finish after SIGINT or SIGTERM.";

#[derive(clap::Args, Debug)]
pub struct CaptureArgs {
    /// Address to listen on
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:4599")]
    pub listen: String,
    /// Endpoint mode: forward every request unchanged to this upstream (e.g. a local AWS mock)
    #[arg(long, value_name = "URL", required_unless_present = "proxy")]
    pub upstream: Option<String>,
    /// Proxy mode: an HTTPS intercepting proxy for HTTPS_PROXY (runs against real AWS)
    #[arg(long, conflicts_with = "upstream")]
    pub proxy: bool,
    /// Where to write one JSON line per call
    #[arg(long, value_name = "FILE", default_value = "calls.jsonl")]
    pub out: String,
    /// Also write an iamlive-style policy of the captured actions
    #[arg(long, value_name = "FILE")]
    pub policy_out: Option<String>,
    /// Proxy mode: directory for the generated CA (default: ~/.iamplan/ca)
    #[arg(long, value_name = "DIR")]
    pub ca_dir: Option<String>,
    /// Allow listening on a non-loopback address (the proxy then serves the network)
    #[arg(long)]
    pub allow_non_loopback: bool,
    /// Proxy mode: also allow CONNECT and plain-HTTP requests to hosts matching PATTERN
    /// (`registry.terraform.io`, or `*.hashicorp.com` for every name below it), tunnelled
    /// untouched; repeatable. By default only AWS hosts and, when listening on loopback,
    /// loopback addresses are allowed; others get 403
    #[arg(long = "allow-host", value_name = "PATTERN")]
    pub allow_hosts: Vec<String>,
    /// Proxy mode: allow CONNECT to any host (an open forward proxy for whoever can connect)
    #[arg(long)]
    pub allow_any_host: bool,
    /// Seconds a client has for each request head, for the TLS handshake of an intercepted
    /// connection, and for the first MiB of an API call's body (read ahead to identify it); also
    /// how long a keep-alive connection may wait for its next request
    #[arg(long, value_name = "SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=86400), help_heading = "Limits")]
    pub header_timeout: u64,
    /// Seconds a connection (or CONNECT tunnel) may go without a byte moving either way before
    /// it is closed; the wait for an upstream's response does not count
    #[arg(long, value_name = "SECS", default_value_t = 120, value_parser = clap::value_parser!(u64).range(1..=86400), help_heading = "Limits")]
    pub idle_timeout: u64,
    /// Seconds to connect to an upstream (or a tunnelled host)
    #[arg(long, value_name = "SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=86400), help_heading = "Limits")]
    pub upstream_connect_timeout: u64,
    /// Seconds an upstream may send nothing while a call waits on it before the call fails with
    /// 502 (the default outlasts Lambda's longest synchronous Invoke, 900 s)
    #[arg(long, value_name = "SECS", default_value_t = 960, value_parser = clap::value_parser!(u64).range(1..=86400), help_heading = "Limits")]
    pub upstream_timeout: u64,
    /// Client connections open at once; one more is answered 503 and closed
    #[arg(long, value_name = "N", default_value_t = 256, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=65536), help_heading = "Limits")]
    pub max_connections: usize,
    /// Largest request head (request line and headers) in bytes; a larger one gets 431
    #[arg(long, value_name = "BYTES", default_value_t = 65536, value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1024..=1048576), help_heading = "Limits")]
    pub max_header_size: usize,
}
