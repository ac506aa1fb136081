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

resource "aws_s3_bucket_ownership_controls" "oc" {
  bucket = aws_s3_bucket.b.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "this" {
  depends_on = [aws_s3_bucket_ownership_controls.oc]
  bucket     = aws_s3_bucket.b.id
  acl        = var.variant == "a" ? "private" : "log-delivery-write"
}
