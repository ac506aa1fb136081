# Terraform 1.10+ ephemeral resources and 1.11+ write-only arguments. Stage 1 (applied) makes a
# secret and a parameter; stage 2 (planned) reads both through ephemeral resources and hands
# the values on only through write-only arguments, which the plan never shows.
variable "stage" {
  type    = string
  default = "1"
}

locals {
  second = var.stage == "2" ? 1 : 0
}

resource "aws_secretsmanager_secret" "db" {
  name = "iamplan-db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id                = aws_secretsmanager_secret.db.id
  secret_string_wo         = "initial-password-1"
  secret_string_wo_version = 1
}

resource "aws_ssm_parameter" "seed" {
  name             = "/iamplan/seed"
  type             = "SecureString"
  value_wo         = "seed-value"
  value_wo_version = 1
}

ephemeral "aws_secretsmanager_secret_version" "db" {
  count     = local.second
  secret_id = aws_secretsmanager_secret.db.id
}

ephemeral "aws_ssm_parameter" "seed" {
  count           = local.second
  arn             = aws_ssm_parameter.seed.arn
  with_decryption = true
}

resource "aws_ssm_parameter" "copy" {
  count            = local.second
  name             = "/iamplan/copy"
  type             = "SecureString"
  value_wo         = ephemeral.aws_ssm_parameter.seed[0].value
  value_wo_version = 1
}

resource "aws_db_instance" "db" {
  count               = local.second
  identifier          = "iamplan-db"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "iamplan"
  password_wo         = ephemeral.aws_secretsmanager_secret_version.db[0].secret_string
  password_wo_version = 1
  skip_final_snapshot = true
}
