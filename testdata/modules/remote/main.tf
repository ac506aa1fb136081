# A module calling a registry module that is not installed (no `terraform init`): named as
# unresolved; the local resources are still predicted.

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"
  name    = "remote-module"
  cidr    = "10.0.0.0/16"
}

resource "aws_cloudwatch_log_group" "flow" {
  name              = "/remote-module/flow-logs"
  retention_in_days = 14
}
