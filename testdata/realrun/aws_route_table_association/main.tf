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

resource "aws_route_table" "rt1" {
  vpc_id = aws_vpc.v.id
}

resource "aws_route_table" "rt2" {
  vpc_id = aws_vpc.v.id
}

resource "aws_route_table_association" "this" {
  subnet_id      = aws_subnet.s.id
  route_table_id = var.variant == "a" ? aws_route_table.rt1.id : aws_route_table.rt2.id
}
