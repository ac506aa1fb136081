variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_cloudwatch_event_rule" "r" {
  name          = "realrun-r"
  event_pattern = jsonencode({ source = ["realrun"] })
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_sqs_queue" "q" {
  name = "realrun-q"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_cloudwatch_event_target" "this" {
  rule  = aws_cloudwatch_event_rule.r.name
  arn   = aws_sqs_queue.q.arn
  input = jsonencode({ variant = var.variant })
}
