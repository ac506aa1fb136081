variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_iam_group" "this" {
  name = "realrun-group"
  path = "/${var.variant}/"
}
