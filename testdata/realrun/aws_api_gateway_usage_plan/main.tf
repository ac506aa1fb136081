variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_api_gateway_usage_plan" "this" {
  name        = "realrun-plan"
  description = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
