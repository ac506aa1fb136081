# iam:PassRole through the module graph: the role's ARN goes through a local and a module
# input before it reaches the function's `role`.

resource "aws_iam_role" "exec" {
  name               = "graph-exec"
  path               = "/service/"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

locals {
  exec_role = aws_iam_role.exec.arn
}

module "function" {
  source = "./function"
  role   = local.exec_role
}
