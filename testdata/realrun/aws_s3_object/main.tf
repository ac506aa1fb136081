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

resource "aws_s3_object" "this" {
  bucket       = aws_s3_bucket.b.id
  key          = "realrun.txt"
  content      = "hello"
  content_type = var.variant == "a" ? "text/plain" : "text/html"
  tags = {
    realrun = var.tag_value
  }
}
