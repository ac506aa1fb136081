# Stand-in for an installed registry module.
variable "name" {
  type = string
}

variable "cidr" {
  type = string
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
  tags = {
    Name = var.name
  }
}

module "flow" {
  source = "./modules/flow"
  name   = "${var.name}-flow"
}
