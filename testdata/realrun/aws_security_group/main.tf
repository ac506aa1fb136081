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

resource "aws_security_group" "this" {
  name   = "realrun-sg"
  vpc_id = aws_vpc.v.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [var.variant == "a" ? "10.0.0.0/16" : "10.1.0.0/16"]
  }
  tags = {
    realrun = var.tag_value
  }
}
