variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_secretsmanager_secret" "this" {
  name                    = "realrun-secret"
  description             = "realrun ${var.variant}"
  recovery_window_in_days = 0
  tags = {
    realrun = var.tag_value
  }
}
