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

resource "aws_default_route_table" "this" {
  default_route_table_id = aws_vpc.v.default_route_table_id
  route {
    cidr_block = var.variant == "a" ? "0.0.0.0/0" : "192.168.0.0/16"
    gateway_id = aws_internet_gateway.gw.id
  }
  tags = {
    realrun = var.tag_value
  }
}
