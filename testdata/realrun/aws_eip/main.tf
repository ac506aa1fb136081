variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_eip" "this" {
  domain = "vpc"
  tags = {
    realrun = var.tag_value
  }
}
