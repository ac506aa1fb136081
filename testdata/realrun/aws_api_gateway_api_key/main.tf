variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_api_gateway_api_key" "this" {
  name        = "realrun-key"
  description = "realrun ${var.variant}"
  # constant: moto 5.2.1 cannot route TagResource for this ARN (quirk Q6)
  tags = {
    realrun = "one"
  }
}
