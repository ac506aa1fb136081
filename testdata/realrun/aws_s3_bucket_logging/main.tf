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

# The logging service may write to the target bucket (AWS's recommended grant; moto checks it).
resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "logging.s3.amazonaws.com" }
      Action    = ["s3:PutObject"]
      Resource  = "${aws_s3_bucket.logs.arn}/*"
    }]
  })
}

resource "aws_s3_bucket_logging" "this" {
  depends_on    = [aws_s3_bucket_policy.logs]
  bucket        = aws_s3_bucket.b.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "log-${var.variant}/"
}
