variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_secretsmanager_secret" "s" {
  name                    = "realrun-s"
  recovery_window_in_days = 0
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_secretsmanager_secret_version" "this" {
  secret_id      = aws_secretsmanager_secret.s.id
  secret_string  = "s3cret"
  version_stages = var.variant == "a" ? ["AWSCURRENT"] : ["AWSCURRENT", "realrun"]
}
