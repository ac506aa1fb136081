variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_cloudwatch_log_group" "lg" {
  name = "realrun-lg"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_kinesis_stream" "s" {
  name        = "realrun-s"
  shard_count = 1
}

resource "aws_iam_role" "r" {
  name = "realrun-cwl"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "logs.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_cloudwatch_log_subscription_filter" "this" {
  name            = "realrun"
  log_group_name  = aws_cloudwatch_log_group.lg.name
  filter_pattern  = var.variant == "a" ? "ERROR" : "WARN"
  destination_arn = aws_kinesis_stream.s.arn
  role_arn        = aws_iam_role.r.arn
}
