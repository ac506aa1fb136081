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

resource "aws_apigatewayv2_stage" "this" {
  api_id = aws_apigatewayv2_api.api.id
  name   = "live"
  stage_variables = {
    variant = var.variant
  }
  tags = {
    realrun = var.tag_value
  }
}
