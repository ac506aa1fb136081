variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_kms_key" "this" {
  description             = "realrun ${var.variant}"
  deletion_window_in_days = 7
  tags = {
    realrun = var.tag_value
  }
}
