variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_vpc" "vpc" {
  cidr_block = "10.20.0.0/16"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_service_discovery_private_dns_namespace" "this" {
  name        = "realrun.internal"
  vpc         = aws_vpc.vpc.id
  description = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
