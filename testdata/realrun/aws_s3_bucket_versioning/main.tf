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

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status = var.variant == "a" ? "Enabled" : "Suspended"
  }
}
