variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_efs_file_system" "fs" {
  creation_token = "realrun-ap"
  # the access point's only in-place change is its tags: variant changes the file system
  lifecycle_policy {
    transition_to_ia = var.variant == "a" ? "AFTER_30_DAYS" : "AFTER_60_DAYS"
  }
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_efs_access_point" "this" {
  file_system_id = aws_efs_file_system.fs.id
  posix_user {
    gid = 1000
    uid = 1000
  }
  tags = {
    realrun = var.tag_value
  }
}
