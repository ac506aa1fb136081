variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_service_discovery_http_namespace" "ns" {
  name = "realrun-http"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_service_discovery_service" "this" {
  name         = "realrun-svc"
  namespace_id = aws_service_discovery_http_namespace.ns.id
  description  = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
