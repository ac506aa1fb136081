# A small module whose real plan (terraform 1.11.4 + hashicorp/aws 5.100.0 against moto, made
# by scripts/make-fixtures.py modules/plan-agreement) sits beside it as plan.json: the role
# iamplan predicts for the module and the deploy policy it predicts from the plan must agree
# on everything a create-only plan does.

data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["apigateway.amazonaws.com"]
    }
  }
}

locals {
  prefix = "agree"
}

resource "aws_s3_bucket" "data" {
  bucket = "${local.prefix}-module-data"
  tags = {
    Team = "platform"
  }
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_sqs_queue" "jobs" {
  name                      = "${local.prefix}-jobs"
  message_retention_seconds = 86400
  tags = {
    Team = "platform"
  }
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/${local.prefix}/app"
  retention_in_days = 7
}

resource "aws_ssm_parameter" "endpoint" {
  name  = "/${local.prefix}/endpoint"
  type  = "String"
  value = "https://example.invalid"
}

resource "aws_iam_role" "logging" {
  name               = "${local.prefix}-api-logging"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_api_gateway_account" "this" {
  cloudwatch_role_arn = aws_iam_role.logging.arn
}
