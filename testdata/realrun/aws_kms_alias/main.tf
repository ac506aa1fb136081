variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_kms_key" "k1" {
  deletion_window_in_days = 7
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_kms_key" "k2" {
  deletion_window_in_days = 7
}

resource "aws_kms_alias" "this" {
  name          = "alias/realrun"
  target_key_id = var.variant == "a" ? aws_kms_key.k1.key_id : aws_kms_key.k2.key_id
}
