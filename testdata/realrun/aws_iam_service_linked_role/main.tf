variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_iam_service_linked_role" "this" {
  aws_service_name = "autoscaling.amazonaws.com"
  custom_suffix    = "realrun"
  description      = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
