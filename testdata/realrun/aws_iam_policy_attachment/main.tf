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

resource "aws_iam_policy" "p" {
  name   = "realrun-p"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "realrun${var.variant}"
      Effect   = "Allow"
      Action   = "s3:ListAllMyBuckets"
      Resource = "*"
    }]
  })
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_iam_user" "u2" {
  name = "realrun-u2"
}

resource "aws_iam_policy_attachment" "this" {
  name       = "realrun"
  users      = var.variant == "a" ? [aws_iam_user.u.name] : [aws_iam_user.u.name, aws_iam_user.u2.name]
  policy_arn = aws_iam_policy.p.arn
}
