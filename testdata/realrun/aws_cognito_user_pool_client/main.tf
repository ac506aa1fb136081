variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# The client takes no tags: the tags step changes its user pool's.
resource "aws_cognito_user_pool" "pool" {
  name = "realrun-pool"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_cognito_user_pool_client" "this" {
  name                   = "realrun-client"
  user_pool_id           = aws_cognito_user_pool.pool.id
  refresh_token_validity = var.variant == "a" ? 30 : 20
}
