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

resource "aws_security_group" "lb" {
  name   = "realrun-lb"
  vpc_id = aws_vpc.v.id
}

# Security groups and the IP address type go into CreateLoadBalancer (no SetSecurityGroups or
# SetIpAddressType on create). variant b changes the idle timeout, a load balancer attribute
# (ModifyLoadBalancerAttributes).
resource "aws_lb" "this" {
  name               = "realrun-lb"
  internal           = true
  load_balancer_type = "application"
  subnets            = [aws_subnet.a.id, aws_subnet.b.id]
  security_groups    = [aws_security_group.lb.id]
  ip_address_type    = "ipv4"
  idle_timeout       = var.variant == "a" ? 60 : 120
  tags = {
    realrun = var.tag_value
  }
}
