variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_iam_user" "u" {
  name = "realrun-u"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_iam_user_policy" "this" {
  name   = "realrun"
  user   = aws_iam_user.u.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "realrun${var.variant}"
      Effect   = "Allow"
      Action   = "s3:ListAllMyBuckets"
      Resource = "*"
    }]
  })
}
