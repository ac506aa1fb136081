variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# Every argument of the login profile forces replacement and it takes no tags: the tags
# and update steps change its user (tags, path).
resource "aws_iam_user" "u" {
  name = "realrun-u"
  path = "/${var.variant}/"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_iam_user_login_profile" "this" {
  user = aws_iam_user.u.name
}
