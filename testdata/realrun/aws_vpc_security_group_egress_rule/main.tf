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

resource "aws_security_group" "sg" {
  name   = "realrun-sg"
  vpc_id = aws_vpc.v.id
}

resource "aws_vpc_security_group_egress_rule" "this" {
  security_group_id = aws_security_group.sg.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "10.0.0.0/16"
  description       = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
