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

resource "aws_iam_access_key" "this" {
  user   = aws_iam_user.u.name
  status = var.variant == "a" ? "Active" : "Inactive"
}
