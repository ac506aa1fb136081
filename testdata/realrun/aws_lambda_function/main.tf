variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_iam_role" "exec" {
  name = "realrun-exec"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_lambda_function" "this" {
  function_name = "realrun-function"
  role          = aws_iam_role.exec.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "lambda.zip"
  timeout       = var.variant == "a" ? 3 : 5
  tags = {
    realrun = var.tag_value
  }
}
