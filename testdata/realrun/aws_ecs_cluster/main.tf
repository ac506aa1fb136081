variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_ecs_cluster" "this" {
  name = "realrun"
  setting {
    name  = "containerInsights"
    value = var.variant == "a" ? "disabled" : "enabled"
  }
  tags = {
    realrun = var.tag_value
  }
}
