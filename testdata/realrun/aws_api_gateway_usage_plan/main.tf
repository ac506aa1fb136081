variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_api_gateway_usage_plan" "this" {
  name        = "realrun-plan"
  description = "realrun ${var.variant}"
  # constant: moto 5.2.1 cannot route TagResource for this ARN (quirk Q6)
  tags = {
    realrun = "one"
  }
}
