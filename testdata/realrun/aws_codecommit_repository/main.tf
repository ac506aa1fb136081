variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_codecommit_repository" "this" {
  repository_name = "realrun-repo"
  description     = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
