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

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.v.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = aws_vpc.v.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "eu-west-1b"
}

resource "aws_lb" "lb" {
  name               = "realrun-lb"
  internal           = true
  load_balancer_type = "application"
  subnets            = [aws_subnet.a.id, aws_subnet.b.id]
}

# A listener attribute set on create (ModifyListenerAttributes after CreateListener); variant b
# changes the default action's fixed response (ModifyListener).
resource "aws_lb_listener" "this" {
  load_balancer_arn                    = aws_lb.lb.arn
  port                                 = 80
  protocol                             = "HTTP"
  routing_http_response_server_enabled = false
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = var.variant == "a" ? "404" : "503"
    }
  }
  tags = {
    realrun = var.tag_value
  }
}
