variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_vpc" "v" {
  cidr_block = "10.0.0.0/16"
  tags = {
    realrun = var.tag_value
  }
}

# variant b changes the deregistration delay, a target group attribute
# (ModifyTargetGroupAttributes).
resource "aws_lb_target_group" "this" {
  name                 = "realrun-tg"
  port                 = 80
  protocol             = "HTTP"
  target_type          = "ip"
  vpc_id               = aws_vpc.v.id
  deregistration_delay = var.variant == "a" ? 300 : 60
  tags = {
    realrun = var.tag_value
  }
}
