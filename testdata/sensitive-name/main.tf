variable "bucket_name" {
  type      = string
  sensitive = true
  default   = "zz-sensitive-bucket-name-4f7c"
}

resource "aws_s3_bucket" "secret" {
  bucket = var.bucket_name
  tags   = { owner = "team" }
}

resource "aws_sqs_queue" "q" {
  name = "${var.bucket_name}-queue"
}
