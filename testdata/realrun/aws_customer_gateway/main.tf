variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# Every argument but tags is ForceNew: the update step changes nothing. No device_name: moto
# 5.2.1 does not return it, so the next plan would replace the gateway.
resource "aws_customer_gateway" "this" {
  bgp_asn    = 65000
  ip_address = "172.16.0.1"
  type       = "ipsec.1"
  tags = {
    realrun = var.tag_value
  }
}
