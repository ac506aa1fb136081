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

resource "aws_secretsmanager_secret_policy" "this" {
  secret_arn = aws_secretsmanager_secret.s.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "realrun${var.variant}"
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action    = "secretsmanager:DeleteSecret"
      Resource  = "*"
    }]
  })
}
