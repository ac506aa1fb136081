variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_iam_group" "this" {
  # the in-place update is a rename: moto 5.2.1 refuses UpdateGroup when NewGroupName is the
  # current name, which the provider sends for a path-only change
  name = "realrun-group-${var.variant}"
  path = "/a/"
}
