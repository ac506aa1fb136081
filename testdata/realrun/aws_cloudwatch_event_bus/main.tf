variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_cloudwatch_event_bus" "this" {
  name = "realrun-bus"
  # the update step is n/a: moto 5.2.1 has no UpdateEventBus (every in-place change but tags
  # goes through it)
  description = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
