variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_api_gateway_rest_api" "this" {
  name        = "realrun-api"
  description = "realrun ${var.variant}"
  # constant: moto 5.2.1 cannot route TagResource for a REST API ARN (quirk Q6)
  tags = {
    realrun = "one"
  }
}
