variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_sns_topic" "this" {
  name         = "realrun-topic"
  display_name = "realrun-${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
