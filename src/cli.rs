//! The command line (clap derive). Binding contract: DESIGN §2. Nothing here does work; `app`
//! turns these values into calls of the library.

use clap::{Parser, Subcommand, ValueEnum};

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
    /// Exit 1 when any AWS type has no rule (the policy would be incomplete)
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
