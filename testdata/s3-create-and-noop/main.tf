variable "with_new" {
  type    = bool
  default = false
}

resource "aws_s3_bucket" "existing" {
  bucket = "iamplan-existing-bucket"
}

resource "aws_s3_bucket" "new" {
  count  = var.with_new ? 1 : 0
  bucket = "iamplan-new-bucket"
}
