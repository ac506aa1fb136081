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

resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.b.id
  rule {
    object_ownership = var.variant == "a" ? "BucketOwnerEnforced" : "BucketOwnerPreferred"
  }
}
