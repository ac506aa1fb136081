variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_iam_user" "this" {
  name = "realrun-user"
  path = "/${var.variant}/"
  tags = {
    realrun = var.tag_value
  }
}
