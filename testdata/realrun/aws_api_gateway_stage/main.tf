variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_api_gateway_rest_api" "api" {
  name = "realrun-api"
  # constant: moto 5.2.1 cannot route TagResource for a REST API ARN (quirk Q6)
  tags = {
    realrun = "one"
  }
}

resource "aws_api_gateway_resource" "res" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  parent_id   = aws_api_gateway_rest_api.api.root_resource_id
  path_part   = "items"
}

resource "aws_api_gateway_method" "m" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.res.id
  http_method   = "GET"
  authorization = "NONE"
}

resource "aws_api_gateway_integration" "i" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  resource_id = aws_api_gateway_resource.res.id
  http_method = aws_api_gateway_method.m.http_method
  type        = "MOCK"
}

resource "aws_api_gateway_deployment" "d" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  depends_on  = [aws_api_gateway_integration.i]
}

resource "aws_api_gateway_stage" "this" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.d.id
  stage_name    = "live"
  description   = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
