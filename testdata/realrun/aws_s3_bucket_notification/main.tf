variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_s3_bucket" "b" {
  bucket        = "realrun-b"
  force_destroy = true
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_sqs_queue" "q" {
  name = "realrun-notify"
}

resource "aws_s3_bucket_notification" "this" {
  bucket = aws_s3_bucket.b.id
  queue {
    queue_arn     = aws_sqs_queue.q.arn
    events        = var.variant == "a" ? ["s3:ObjectCreated:*"] : ["s3:ObjectRemoved:*"]
    filter_prefix = "in/"
  }
}
