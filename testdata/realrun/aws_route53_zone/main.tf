variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_route53_zone" "this" {
  name    = "realrun.example.com"
  comment = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
