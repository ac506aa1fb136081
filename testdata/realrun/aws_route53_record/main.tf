variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_route53_zone" "z" {
  name          = "realrun.example.com"
  force_destroy = true
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_route53_record" "this" {
  zone_id = aws_route53_zone.z.zone_id
  name    = "www.realrun.example.com"
  type    = "A"
  ttl     = var.variant == "a" ? 300 : 600
  records = ["10.0.0.1"]
}
