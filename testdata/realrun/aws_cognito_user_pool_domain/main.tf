variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# The domain takes no tags: the tags step changes its user pool's.
resource "aws_cognito_user_pool" "pool" {
  name = "realrun-pool"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_cognito_user_pool_domain" "this" {
  domain                = "realrun-domain"
  user_pool_id          = aws_cognito_user_pool.pool.id
  managed_login_version = var.variant == "a" ? 1 : 2
}
