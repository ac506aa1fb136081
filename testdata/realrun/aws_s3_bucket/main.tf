variable "tag_value" {
  default = "one"
}
variable "variant" {
  default = "a"
}

resource "aws_s3_bucket" "this" {
  bucket        = "realrun-bucket"
  force_destroy = var.variant == "b"
  tags = {
    realrun = var.tag_value
  }
}
