variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_key_pair" "this" {
  key_name   = "realrun"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEs9hv0fVVqJ9+zmiqtKFeY3l2NOjRclT3cfcHCHHN7p realrun"
  tags = {
    realrun = var.tag_value
  }
}
