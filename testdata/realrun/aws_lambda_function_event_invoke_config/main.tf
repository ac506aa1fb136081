variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# The event invoke config takes no tags: the tags step changes its function's.
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

resource "aws_lambda_function" "fn" {
  function_name = "realrun-fn"
  role          = aws_iam_role.exec.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "lambda.zip"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_lambda_function_event_invoke_config" "this" {
  function_name          = aws_lambda_function.fn.function_name
  maximum_retry_attempts = var.variant == "a" ? 2 : 1
}
