variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_vpc" "v" {
  cidr_block                       = "10.0.0.0/16"
  assign_generated_ipv6_cidr_block = true
  tags = {
    realrun = var.tag_value
  }
}

# vpc_id is ForceNew and tags are the only other argument: the update step changes nothing.
resource "aws_egress_only_internet_gateway" "this" {
  vpc_id = aws_vpc.v.id
  tags = {
    realrun = var.tag_value
  }
}
