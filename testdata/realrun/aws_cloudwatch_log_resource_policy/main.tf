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

resource "aws_cloudwatch_log_resource_policy" "this" {
  policy_name = "realrun"
  policy_document = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "realrun${var.variant}"
      Effect    = "Allow"
      Principal = { Service = "events.amazonaws.com" }
      Action    = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource  = "${aws_cloudwatch_log_group.lg.arn}:*"
    }]
  })
}
