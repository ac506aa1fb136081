# The constructs of terraform-aws-modules/iam//modules/iam-assumable-role: trust statements
# from dynamic blocks, a condition built from a flattened input, a trust policy picked by a
# nested conditional in parentheses, and attachments counted with coalesce over a length.

data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

variable "create_role" {
  type    = bool
  default = false
}

variable "role_name" {
  type    = string
  default = null
}

variable "role_name_prefix" {
  type    = string
  default = null
}

variable "role_path" {
  type    = string
  default = "/"
}

variable "role_requires_mfa" {
  type    = bool
  default = false
}

variable "custom_role_trust_policy" {
  type    = string
  default = ""
}

variable "trusted_role_services" {
  type    = list(string)
  default = []
}

variable "role_sts_externalid" {
  type    = any
  default = []
}

variable "allow_self_assume_role" {
  type    = bool
  default = false
}

variable "custom_role_policy_arns" {
  type    = list(string)
  default = []
}

variable "number_of_custom_role_policy_arns" {
  type    = number
  default = null
}

variable "max_session_duration" {
  type    = number
  default = 3600
}

variable "tags" {
  type    = map(string)
  default = {}
}

locals {
  role_sts_externalid = flatten([var.role_sts_externalid])
  role_name_condition = var.role_name != null ? var.role_name : "${var.role_name_prefix}*"
}

data "aws_iam_policy_document" "assume_role" {
  count = var.custom_role_trust_policy == "" && var.role_requires_mfa ? 0 : 1

  dynamic "statement" {
    for_each = var.allow_self_assume_role ? [1] : []

    content {
      sid     = "ExplicitSelfRoleAssumption"
      effect  = "Allow"
      actions = ["sts:AssumeRole"]

      principals {
        type        = "AWS"
        identifiers = ["*"]
      }

      condition {
        test     = "ArnLike"
        variable = "aws:PrincipalArn"
        values   = ["arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:role${var.role_path}${local.role_name_condition}"]
      }
    }
  }

  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole", "sts:TagSession"]

    principals {
      type        = "Service"
      identifiers = var.trusted_role_services
    }

    dynamic "condition" {
      for_each = length(local.role_sts_externalid) != 0 ? [true] : []
      content {
        test     = "StringEquals"
        variable = "sts:ExternalId"
        values   = local.role_sts_externalid
      }
    }
  }
}

resource "aws_iam_role" "this" {
  count = var.create_role ? 1 : 0

  name                 = var.role_name
  name_prefix          = var.role_name_prefix
  path                 = var.role_path
  max_session_duration = var.max_session_duration
  assume_role_policy   = var.custom_role_trust_policy == "" ? (var.role_requires_mfa ? "mfa" : data.aws_iam_policy_document.assume_role[0].json) : var.custom_role_trust_policy
  tags                 = var.tags
}

resource "aws_iam_role_policy_attachment" "custom" {
  count = var.create_role ? coalesce(var.number_of_custom_role_policy_arns, length(var.custom_role_policy_arns)) : 0

  role       = aws_iam_role.this[0].name
  policy_arn = element(var.custom_role_policy_arns, count.index)
}

output "iam_role_arn" {
  value = try(aws_iam_role.this[0].arn, "")
}
