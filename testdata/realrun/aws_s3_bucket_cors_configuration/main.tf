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

resource "aws_s3_bucket_cors_configuration" "this" {
  bucket = aws_s3_bucket.b.id
  cors_rule {
    allowed_methods = ["GET"]
    allowed_origins = ["https://example.com"]
    max_age_seconds = var.variant == "a" ? 300 : 600
  }
}
