variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_backup_vault" "this" {
  name = "realrun-vault"
  # the vault's only in-place changes are its tags, force_destroy and timeouts, which make no
  # call; variant b turns force_destroy off, so destroy takes the plain DeleteBackupVault path
  force_destroy = var.variant == "a"
  tags = {
    realrun = var.tag_value
  }
}
