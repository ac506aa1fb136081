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

resource "aws_internet_gateway" "gw" {
  vpc_id = aws_vpc.v.id
}

resource "aws_internet_gateway" "gw2" {
  vpc_id = aws_vpc.v2.id
}

resource "aws_vpc" "v2" {
  cidr_block = "10.9.0.0/16"
}

resource "aws_route_table" "rt" {
  vpc_id = aws_vpc.v.id
}

resource "aws_vpn_gateway" "vgw" {
  vpc_id = aws_vpc.v.id
}

resource "aws_route" "this" {
  route_table_id         = aws_route_table.rt.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = var.variant == "a" ? aws_internet_gateway.gw.id : aws_vpn_gateway.vgw.id
}
