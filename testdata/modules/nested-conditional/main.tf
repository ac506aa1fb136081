# Regression fixture: a conditional nested in the true branch of another (`a ? b ? 1 : x : 0`),
# which hcl-rs 0.18 rejected ("expected `:`") and Terraform accepts. With env = "prod" and
# ha = true it is 3: three queues.

locals {
  env      = "prod"
  ha       = true
  replicas = local.env == "prod" ? local.ha ? 3 : 2 : 0
  # The same shape in the false branch, and parenthesised.
  tier = local.env == "dev" ? "small" : (local.ha ? "large" : "medium")
}

resource "aws_sqs_queue" "workers" {
  count = local.replicas
  name  = "nested-conditional-${local.tier}-${count.index}"
}
