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

resource "aws_subnet" "s" {
  vpc_id     = aws_vpc.v.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_security_group" "a" {
  name   = "realrun-a"
  vpc_id = aws_vpc.v.id
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_security_group" "b" {
  name   = "realrun-b"
  vpc_id = aws_vpc.v.id
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_efs_file_system" "fs" {
  creation_token = "realrun-mt"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_efs_mount_target" "this" {
  file_system_id  = aws_efs_file_system.fs.id
  subnet_id       = aws_subnet.s.id
  security_groups = [var.variant == "a" ? aws_security_group.a.id : aws_security_group.b.id]
}
