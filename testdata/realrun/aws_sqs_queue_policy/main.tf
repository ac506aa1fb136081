variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_sqs_queue" "q" {
  name = "realrun-q"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_sqs_queue_policy" "this" {
  queue_url = aws_sqs_queue.q.id
  policy    = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "realrun${var.variant}"
      Effect   = "Allow"
      Principal = "*"
      Action   = "sqs:SendMessage"
      Resource = aws_sqs_queue.q.arn
    }]
  })
}
