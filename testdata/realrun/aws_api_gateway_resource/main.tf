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

resource "aws_api_gateway_resource" "this" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  parent_id   = aws_api_gateway_rest_api.api.root_resource_id
  path_part   = var.variant == "a" ? "items" : "things"
}
