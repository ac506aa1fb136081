variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_ecr_repository" "this" {
  name                 = "realrun-repo"
  image_tag_mutability = var.variant == "a" ? "MUTABLE" : "IMMUTABLE"
  tags = {
    realrun = var.tag_value
  }
}
