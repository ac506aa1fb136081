variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# Every argument but tags is ForceNew: the update step changes nothing.
resource "aws_placement_group" "this" {
  name     = "realrun-pg"
  strategy = "cluster"
  tags = {
    realrun = var.tag_value
  }
}
