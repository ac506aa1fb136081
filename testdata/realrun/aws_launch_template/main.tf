variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_launch_template" "this" {
  name          = "realrun"
  description   = "realrun ${var.variant}"
  instance_type = "t3.micro"
  tags = {
    realrun = var.tag_value
  }
}
