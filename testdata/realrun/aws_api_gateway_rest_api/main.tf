variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_api_gateway_rest_api" "this" {
  name        = "realrun-api"
  description = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
