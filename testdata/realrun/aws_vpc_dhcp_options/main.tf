variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# Every argument but tags is ForceNew: the update step changes nothing.
resource "aws_vpc_dhcp_options" "this" {
  domain_name         = "realrun.internal"
  domain_name_servers = ["AmazonProvidedDNS"]
  tags = {
    realrun = var.tag_value
  }
}
