variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_api_gateway_api_key" "this" {
  name        = "realrun-key"
  description = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
