variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_efs_file_system" "this" {
  creation_token = "realrun-fs"
  lifecycle_policy {
    transition_to_ia = var.variant == "a" ? "AFTER_30_DAYS" : "AFTER_60_DAYS"
  }
  tags = {
    realrun = var.tag_value
  }
}
