variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_iam_role" "r" {
  name               = "realrun-r"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_iam_role" "r2" {
  name               = "realrun-r2"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_instance_profile" "this" {
  name = "realrun-profile"
  role = var.variant == "a" ? aws_iam_role.r.name : aws_iam_role.r2.name
  tags = {
    realrun = var.tag_value
  }
}
