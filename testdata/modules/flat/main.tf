# A flat module: a bucket with a literal name, a queue named by the consumer, and a Lambda
# function whose execution role the module creates (iam:PassRole follows `role`).

variable "queue_name" {
  type = string
}

data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_s3_bucket" "artifacts" {
  bucket        = "flat-module-artifacts"
  force_destroy = false
  tags = {
    Team = "platform"
  }
}

resource "aws_sqs_queue" "jobs" {
  name                      = var.queue_name
  message_retention_seconds = 86400
}

resource "aws_iam_role" "worker" {
  name               = "flat-module-worker"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_lambda_function" "worker" {
  function_name = "flat-module-worker"
  role          = aws_iam_role.worker.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "lambda.zip"
}
