variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_ssm_document" "this" {
  name          = "realrun-doc"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    description   = "realrun ${var.variant}"
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "run"
      inputs = { runCommand = ["echo ${var.variant}"] }
    }]
  })
  tags = {
    realrun = var.tag_value
  }
}
