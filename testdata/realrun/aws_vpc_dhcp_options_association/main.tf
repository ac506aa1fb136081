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

resource "aws_vpc_dhcp_options" "b" {
  domain_name = "b.realrun.internal"
  tags = {
    realrun = var.tag_value
  }
}

# Variant a associates the "default" set, b a custom one. Not two custom sets: moto 5.2.1's
# associate_dhcp_options does not clear the previous set's link to the VPC, so a set the VPC
# moved away from can never be deleted (DeleteDhcpOptions answers DependencyViolation until
# the apply times out).
resource "aws_vpc_dhcp_options_association" "this" {
  vpc_id          = aws_vpc.v.id
  dhcp_options_id = var.variant == "a" ? "default" : aws_vpc_dhcp_options.b.id
}
