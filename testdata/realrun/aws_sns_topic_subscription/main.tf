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

resource "aws_sqs_queue" "q" {
  name = "realrun-q"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_sns_topic_subscription" "this" {
  topic_arn            = aws_sns_topic.t.arn
  protocol             = "sqs"
  endpoint             = aws_sqs_queue.q.arn
  raw_message_delivery = var.variant == "b"
}
