variable "env" { default = "a" }
resource "aws_s3_bucket" "b" {
  bucket = "iamplan-fixture-bucket"
  tags   = { env = var.env }
}
resource "aws_s3_bucket" "other" {
  bucket = "iamplan-other-bucket"
}
