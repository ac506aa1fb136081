# The constructs of terraform-aws-modules/lambda: the function with dynamic blocks decided by
# lengths and nulls, its role and log group, a policy document whose statements come from a
# map of statements (a dynamic block over a map, a nested dynamic condition), and a
# resource list built with flatten over a for expression of format() calls.

data "aws_partition" "current" {}

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

variable "create" {
  type    = bool
  default = true
}

variable "putin_khuylo" {
  type    = bool
  default = true
}

variable "create_function" {
  type    = bool
  default = true
}

variable "create_role" {
  type    = bool
  default = true
}

variable "lambda_role" {
  type    = string
  default = ""
}

variable "function_name" {
  type    = string
  default = ""
}

variable "handler" {
  type    = string
  default = ""
}

variable "runtime" {
  type    = string
  default = ""
}

variable "package_type" {
  type    = string
  default = "Zip"
}

variable "memory_size" {
  type    = number
  default = 128
}

variable "timeout" {
  type    = number
  default = 3
}

variable "environment_variables" {
  type    = map(string)
  default = {}
}

variable "vpc_subnet_ids" {
  type    = list(string)
  default = null
}

variable "vpc_security_group_ids" {
  type    = list(string)
  default = null
}

variable "image_config_command" {
  type    = list(string)
  default = []
}

variable "tracing_mode" {
  type    = string
  default = null
}

variable "attach_cloudwatch_logs_policy" {
  type    = bool
  default = true
}

variable "use_existing_cloudwatch_log_group" {
  type    = bool
  default = false
}

variable "cloudwatch_logs_retention_in_days" {
  type    = number
  default = null
}

variable "attach_policy_statements" {
  type    = bool
  default = false
}

variable "policy_statements" {
  type    = any
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}

locals {
  create      = var.create && var.putin_khuylo
  create_role = local.create && var.create_function && var.create_role
  role_name   = local.create_role ? coalesce(null, var.function_name) : null
  # Log group ARN from data sources: unknown here, and a policy resource built from it.
  log_group_arn_regional = try(data.aws_cloudwatch_log_group.lambda[0].arn, aws_cloudwatch_log_group.lambda[0].arn, "")
  log_group_name         = coalesce(null, "/aws/lambda/${var.function_name}")
  log_group_arn          = local.create_role && var.attach_cloudwatch_logs_policy ? format("arn:%s:%s:%s:%s:log-group:%s", data.aws_partition.current.partition, "logs", data.aws_region.current.name, data.aws_caller_identity.current.account_id, local.log_group_name) : ""
}

resource "aws_lambda_function" "this" {
  count = local.create && var.create_function ? 1 : 0

  function_name = var.function_name
  role          = var.create_role ? aws_iam_role.lambda[0].arn : var.lambda_role
  handler       = var.package_type != "Zip" ? null : var.handler
  runtime       = var.package_type != "Zip" ? null : var.runtime
  memory_size   = var.memory_size
  timeout       = var.timeout
  package_type  = var.package_type
  filename      = "lambda.zip"

  dynamic "image_config" {
    for_each = length(var.image_config_command) > 0 ? [true] : []
    content {
      command = var.image_config_command
    }
  }

  dynamic "environment" {
    for_each = length(keys(var.environment_variables)) == 0 ? [] : [true]
    content {
      variables = var.environment_variables
    }
  }

  dynamic "tracing_config" {
    for_each = var.tracing_mode == null ? [] : [true]
    content {
      mode = var.tracing_mode
    }
  }

  dynamic "vpc_config" {
    for_each = var.vpc_subnet_ids != null && var.vpc_security_group_ids != null ? [true] : []
    content {
      security_group_ids = var.vpc_security_group_ids
      subnet_ids         = var.vpc_subnet_ids
    }
  }

  tags = merge(var.tags, { "terraform-aws-modules" = "lambda" })

  depends_on = [aws_cloudwatch_log_group.lambda]
}

data "aws_cloudwatch_log_group" "lambda" {
  count = local.create && var.create_function && var.use_existing_cloudwatch_log_group ? 1 : 0

  name = local.log_group_name
}

resource "aws_cloudwatch_log_group" "lambda" {
  count = local.create && var.create_function && !var.use_existing_cloudwatch_log_group ? 1 : 0

  name              = local.log_group_name
  retention_in_days = var.cloudwatch_logs_retention_in_days
  tags              = var.tags
}

data "aws_iam_policy_document" "assume_role" {
  count = local.create_role ? 1 : 0

  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = distinct(concat(["lambda.amazonaws.com"], []))
    }
  }
}

resource "aws_iam_role" "lambda" {
  count = local.create_role ? 1 : 0

  name               = local.role_name
  assume_role_policy = data.aws_iam_policy_document.assume_role[0].json
  tags               = var.tags
}

data "aws_iam_policy_document" "logs" {
  count = local.create_role && var.attach_cloudwatch_logs_policy ? 1 : 0

  statement {
    effect = "Allow"
    actions = compact([
      !var.use_existing_cloudwatch_log_group ? "logs:CreateLogGroup" : "",
      "logs:CreateLogStream",
      "logs:PutLogEvents",
    ])
    resources = flatten([for _, v in ["%v:*", "%v:*:*"] : format(v, local.log_group_arn)])
  }
}

resource "aws_iam_policy" "logs" {
  count = local.create_role && var.attach_cloudwatch_logs_policy ? 1 : 0

  name   = "${local.role_name}-logs"
  policy = data.aws_iam_policy_document.logs[0].json
  tags   = var.tags
}

resource "aws_iam_role_policy_attachment" "logs" {
  count = local.create_role && var.attach_cloudwatch_logs_policy ? 1 : 0

  role       = aws_iam_role.lambda[0].name
  policy_arn = aws_iam_policy.logs[0].arn
}

data "aws_iam_policy_document" "additional_inline" {
  count = local.create_role && var.attach_policy_statements ? 1 : 0

  dynamic "statement" {
    for_each = var.policy_statements

    content {
      sid       = try(statement.value.sid, replace(statement.key, "/[^0-9A-Za-z]*/", ""))
      effect    = try(statement.value.effect, null)
      actions   = try(statement.value.actions, null)
      resources = try(statement.value.resources, null)

      dynamic "condition" {
        for_each = try(statement.value.condition, [])
        content {
          test     = condition.value.test
          variable = condition.value.variable
          values   = condition.value.values
        }
      }
    }
  }
}

resource "aws_iam_role_policy" "additional_inline" {
  count = local.create_role && var.attach_policy_statements ? 1 : 0

  name   = local.role_name
  role   = aws_iam_role.lambda[0].name
  policy = data.aws_iam_policy_document.additional_inline[0].json
}

output "lambda_function_arn" {
  value = try(aws_lambda_function.this[0].arn, "")
}
