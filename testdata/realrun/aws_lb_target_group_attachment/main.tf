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

# Untagged: only the VPC's tags change in the tags step.
resource "aws_lb_target_group" "tg" {
  name        = "realrun-tg"
  port        = 80
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.v.id
}

# Tagless, and every argument is ForceNew: the tags step changes the VPC's tags, the update
# step changes nothing.
resource "aws_lb_target_group_attachment" "this" {
  target_group_arn = aws_lb_target_group.tg.arn
  target_id        = "10.0.1.10"
  port             = 80
}
