variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_cloudwatch_event_bus" "this" {
  name        = "realrun-bus"
  description = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
