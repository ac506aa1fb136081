variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_vpc" "v" {
  cidr_block = "10.0.0.0/16"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_cloudwatch_log_group" "lg" {
  name = "realrun-flow"
}

resource "aws_iam_role" "r" {
  name = "realrun-flow"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "vpc-flow-logs.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_flow_log" "this" {
  vpc_id          = aws_vpc.v.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.lg.arn
  iam_role_arn    = aws_iam_role.r.arn
  tags = {
    realrun = var.tag_value
  }
}
