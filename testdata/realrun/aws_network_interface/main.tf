variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_vpc" "v" {
  cidr_block = "10.0.0.0/16"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_subnet" "s" {
  vpc_id     = aws_vpc.v.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_network_interface" "this" {
  subnet_id   = aws_subnet.s.id
  description = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
