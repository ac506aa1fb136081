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

resource "aws_vpc" "v2" {
  cidr_block = "10.9.0.0/16"
}

resource "aws_vpc_peering_connection" "this" {
  vpc_id      = aws_vpc.v.id
  peer_vpc_id = aws_vpc.v2.id
  auto_accept = true
  tags = {
    realrun = var.tag_value
  }
}
