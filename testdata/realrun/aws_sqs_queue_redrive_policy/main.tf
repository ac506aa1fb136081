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

resource "aws_sqs_queue" "dlq" {
  name = "realrun-dlq"
}

resource "aws_sqs_queue_redrive_policy" "this" {
  queue_url = aws_sqs_queue.q.id
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq.arn
    maxReceiveCount     = var.variant == "a" ? 4 : 5
  })
}
