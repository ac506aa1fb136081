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

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.b.id
  block_public_acls       = var.variant == "a"
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
