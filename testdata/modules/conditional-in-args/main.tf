# Regression fixture: a conditional as a function argument (`format("%s", c ? "*" : "us-east-1")`),
# which hcl-rs 0.18 rejected and Terraform accepts (the pattern of the public VPC, EKS and
# Lambda modules). With global = false the provider region is us-east-1 and the queue is
# named "regional-jobs".

locals {
  global = false
  region = format("%s", local.global ? "*" : "us-east-1")
}

provider "aws" {
  region = local.region
}

resource "aws_sqs_queue" "jobs" {
  name = format("%s-%s", local.global ? "global" : "regional", "jobs")
}
