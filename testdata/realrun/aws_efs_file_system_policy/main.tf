variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_efs_file_system" "fs" {
  creation_token = "realrun-fsp"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_efs_file_system_policy" "this" {
  file_system_id = aws_efs_file_system.fs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "realrun${var.variant}"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["elasticfilesystem:ClientMount"]
      Resource  = aws_efs_file_system.fs.arn
    }]
  })
}
