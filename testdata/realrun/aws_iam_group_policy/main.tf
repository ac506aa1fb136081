variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_iam_group" "g" {
  name = "realrun-g"
}

resource "aws_iam_group_policy" "this" {
  name   = "realrun"
  group  = aws_iam_group.g.name
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
