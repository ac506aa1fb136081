variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_apigatewayv2_api" "this" {
  name          = "realrun-http"
  protocol_type = "HTTP"
  description   = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
