# Provider-level requirements: what the AWS provider calls at start-up, before any resource.

provider "aws" {
  source            = "terraform-provider-aws v5.100.0 internal/conns/config.go (Config.ConfigureProvider)"
  provider_versions = "5.100.0, 6.x"

  read {
    unless_set = "skip_requesting_account_id"
    actions    = ["sts:GetCallerIdentity"]
    source     = "aws-sdk-go-base GetAwsAccountIDAndPartition: sts GetCallerIdentity to learn the account id, skipped with skip_requesting_account_id"
  }
}
