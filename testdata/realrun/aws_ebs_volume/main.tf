variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_ebs_volume" "this" {
  availability_zone = "eu-west-1a"
  size              = var.variant == "a" ? 1 : 2
  tags = {
    realrun = var.tag_value
  }
}
