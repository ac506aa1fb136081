variable "role" {
  type = string
}

resource "aws_lambda_function" "this" {
  function_name = "graph-function"
  role          = var.role
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "lambda.zip"
}
