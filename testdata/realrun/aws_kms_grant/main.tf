variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_kms_key" "k" {
  # every grant argument forces replacement: variant changes the key's description
  description             = "realrun ${var.variant}"
  deletion_window_in_days = 7
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_iam_role" "grantee" {
  name = "realrun-grantee"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_kms_grant" "this" {
  name              = "realrun"
  key_id            = aws_kms_key.k.arn
  grantee_principal = aws_iam_role.grantee.arn
  operations        = ["Encrypt", "Decrypt"]
}
