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

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.b.id
  rule {
    bucket_key_enabled = var.variant == "b"
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
