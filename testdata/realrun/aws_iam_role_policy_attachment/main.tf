variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_iam_role" "r" {
  name               = "realrun-r"
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

resource "aws_iam_role_policy_attachment" "this" {
  role       = aws_iam_role.r.name
  policy_arn = aws_iam_policy.p.arn
}
