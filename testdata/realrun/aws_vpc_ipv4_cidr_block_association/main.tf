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

# Tagless, and every argument is ForceNew: the tags step changes the VPC's tags, the update
# step changes nothing.
resource "aws_vpc_ipv4_cidr_block_association" "this" {
  vpc_id     = aws_vpc.v.id
  cidr_block = "10.1.0.0/16"
}
