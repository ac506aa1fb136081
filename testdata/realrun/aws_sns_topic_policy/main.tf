variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_sns_topic" "t" {
  name = "realrun-t"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_sns_topic_policy" "this" {
  arn    = aws_sns_topic.t.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "realrun${var.variant}"
      Effect   = "Allow"
      Principal = "*"
      Action   = "sns:Publish"
      Resource = aws_sns_topic.t.arn
    }]
  })
}
