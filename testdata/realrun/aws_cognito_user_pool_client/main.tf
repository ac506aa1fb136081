variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# The client takes no tags, and its user pool's stay constant (moto 5.2.1 implements no
# cognito-idp TagResource/UntagResource): the tags step changes nothing.
resource "aws_cognito_user_pool" "pool" {
  name = "realrun-pool"
  tags = {
    realrun = "one"
  }
}

resource "aws_cognito_user_pool_client" "this" {
  name                   = "realrun-client"
  user_pool_id           = aws_cognito_user_pool.pool.id
  refresh_token_validity = var.variant == "a" ? 30 : 20
}
