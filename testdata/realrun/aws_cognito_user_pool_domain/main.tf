variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# The domain takes no tags, and its user pool's stay constant (moto 5.2.1 implements no
# cognito-idp TagResource/UntagResource): the tags step changes nothing.
resource "aws_cognito_user_pool" "pool" {
  name = "realrun-pool"
  tags = {
    realrun = "one"
  }
}

resource "aws_cognito_user_pool_domain" "this" {
  domain                = "realrun-domain"
  user_pool_id          = aws_cognito_user_pool.pool.id
  managed_login_version = var.variant == "a" ? null : 2
}
