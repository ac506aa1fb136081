variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_apigatewayv2_api" "api" {
  name          = "realrun-http"
  protocol_type = "HTTP"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_apigatewayv2_integration" "this" {
  api_id             = aws_apigatewayv2_api.api.id
  integration_type   = "HTTP_PROXY"
  integration_method = "GET"
  integration_uri    = "https://example.com"
  description        = "realrun ${var.variant}"
}
