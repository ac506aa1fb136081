variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_iam_user" "u" {
  name = "realrun-u"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_iam_group" "g" {
  name = "realrun-g"
}

resource "aws_iam_group" "g2" {
  name = "realrun-g2"
}

resource "aws_iam_user_group_membership" "this" {
  user   = aws_iam_user.u.name
  groups = var.variant == "a" ? [aws_iam_group.g.name] : [aws_iam_group.g.name, aws_iam_group.g2.name]
}
