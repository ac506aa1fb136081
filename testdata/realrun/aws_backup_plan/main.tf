variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_backup_vault" "v" {
  name = "realrun-pvault"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_backup_plan" "this" {
  name = "realrun-plan"
  rule {
    rule_name         = "realrun"
    target_vault_name = aws_backup_vault.v.name
    schedule          = var.variant == "a" ? "cron(0 12 * * ? *)" : "cron(0 13 * * ? *)"
  }
  tags = {
    realrun = var.tag_value
  }
}
