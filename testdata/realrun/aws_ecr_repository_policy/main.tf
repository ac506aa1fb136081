variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_ecr_repository" "r" {
  name         = "realrun-r"
  force_delete = true
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_ecr_repository_policy" "this" {
  repository = aws_ecr_repository.r.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "realrun${var.variant}"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = ["ecr:GetDownloadUrlForLayer"]
    }]
  })
}
