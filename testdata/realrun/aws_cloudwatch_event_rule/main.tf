variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_cloudwatch_event_rule" "this" {
  name          = "realrun-rule"
  description   = "realrun ${var.variant}"
  event_pattern = jsonencode({ source = ["realrun"] })
  tags = {
    realrun = var.tag_value
  }
}
