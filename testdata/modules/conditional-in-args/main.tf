# Regression fixture: conditionals as function arguments (`format("%s", c ? "*" : "us-east-1")`,
# the pattern of the public VPC, EKS and Lambda modules). hcl-rs 0.18 parses that form but
# rejects one whose true branch is itself a conditional (`format("%s", a ? b ? x : y : z)`),
# which Terraform accepts. With global = false the provider region is us-east-1 and the queue
# is named "regional-jobs"; the topic's name takes the nested branch.

locals {
  global = false
  fifo   = true
  region = format("%s", local.global ? "*" : "us-east-1")
  topic  = format("%s-events", !local.global ? local.fifo ? "ordered" : "plain" : "global")
}

provider "aws" {
  region = local.region
}

resource "aws_sqs_queue" "jobs" {
  name = format("%s-%s", local.global ? "global" : "regional", "jobs")
}

resource "aws_sns_topic" "events" {
  name = local.topic
}
