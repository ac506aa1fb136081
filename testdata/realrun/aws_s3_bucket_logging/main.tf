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

resource "aws_s3_bucket" "logs" {
  bucket        = "realrun-logs"
  force_destroy = true
}

resource "aws_s3_bucket_logging" "this" {
  bucket        = aws_s3_bucket.b.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "log-${var.variant}/"
}
