variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_ssm_parameter" "this" {
  name  = "/realrun/param"
  type  = "String"
  value = "value-${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
