variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_lambda_layer_version" "this" {
  layer_name          = "realrun"
  filename            = "lambda.zip"
  compatible_runtimes = ["python3.12"]
}
