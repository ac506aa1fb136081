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

resource "aws_vpn_gateway" "this" {
  vpc_id = aws_vpc.v.id
  tags = {
    realrun = var.tag_value
  }
}
