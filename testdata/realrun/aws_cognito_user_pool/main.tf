variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_cognito_user_pool" "this" {
  name = "realrun-pool"

  password_policy {
    minimum_length = var.variant == "a" ? 8 : 10
  }

  # constant: moto 5.2.1 implements no cognito-idp TagResource/UntagResource
  tags = {
    realrun = "one"
  }
}
