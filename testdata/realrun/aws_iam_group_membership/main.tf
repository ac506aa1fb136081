variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_iam_group" "g" {
  name = "realrun-g"
}

resource "aws_iam_user" "u" {
  name = "realrun-u"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_iam_user" "u2" {
  name = "realrun-u2"
}

resource "aws_iam_group_membership" "this" {
  name  = "realrun"
  group = aws_iam_group.g.name
  users = var.variant == "a" ? [aws_iam_user.u.name] : [aws_iam_user.u.name, aws_iam_user.u2.name]
}
