data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "exec" {
  name               = "iamplan-fn-exec"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_lambda_function" "fn" {
  function_name = "iamplan-fn"
  role          = aws_iam_role.exec.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "lambda.zip"
}
