# Terraform's block grammar: variable types with optional attributes and validation, provider
# aliases, lifecycle (create_before_destroy, ignore_changes, replace_triggered_by, pre- and
# postconditions), dynamic blocks with iterators (nested), provisioners, and the moved,
# import, check and removed blocks. None of these may keep the module from being read.

terraform {
  required_version = ">= 1.7"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 6.0"
    }
  }
  backend "s3" {}
}

variable "settings" {
  type = object({
    name    = string
    retries = optional(number, 3)
    tags    = optional(map(string), {})
    rules = optional(list(object({
      id      = string
      enabled = optional(bool, true)
    })), [])
  })
  default = { name = "grammar" }
  validation {
    condition     = length(var.settings.name) > 0 && can(regex("^[a-z]", var.settings.name))
    error_message = "The name must start with a letter."
  }
  sensitive = false
  nullable  = false
}

provider "aws" {
  region = "eu-central-1"
  default_tags {
    tags = { Fixture = "grammar" }
  }
}

provider "aws" {
  alias  = "replica"
  region = "eu-west-3"
}

resource "aws_sqs_queue" "main" {
  name                       = "grammar-main"
  visibility_timeout_seconds = local.arithmetic * 10
  tags                       = local.merged_tags

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [tags["Updated"], delay_seconds]
    replace_triggered_by  = [terraform_data.revision]
    precondition {
      condition     = local.nested_true == 2
      error_message = "nested conditionals"
    }
    postcondition {
      condition     = self.arn != ""
      error_message = "no arn"
    }
  }
}

resource "aws_sqs_queue" "replica" {
  provider = aws.replica
  for_each = toset(local.active_names)
  name     = "grammar-${lower(each.key)}"
}

resource "terraform_data" "revision" {
  input = local.indented

  provisioner "local-exec" {
    command = "echo ${self.input}"
    when    = create
  }
}

resource "aws_security_group" "web" {
  name = "grammar-web"

  dynamic "ingress" {
    for_each = { http = 80, https = 443 }
    iterator = port
    content {
      description = port.key
      from_port   = port.value
      to_port     = port.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "nested_dynamic" {
  bucket = "grammar-bucket"

  dynamic "rule" {
    for_each = [{ id = "a", days = [30, 60] }]
    content {
      id     = rule.value.id
      status = "Enabled"
      dynamic "transition" {
        for_each = rule.value.days
        iterator = t
        content {
          days          = t.value
          storage_class = t.key == 0 ? "STANDARD_IA" : "GLACIER"
        }
      }
    }
  }
}

locals {
  merged_tags = merge(var.settings.tags, { Name = var.settings.name })
}

moved {
  from = aws_sqs_queue.old
  to   = aws_sqs_queue.main
}

import {
  to = aws_sqs_queue.main
  id = "https://sqs.eu-central-1.amazonaws.com/123456789012/grammar-main"
}

removed {
  from = aws_sqs_queue.legacy
  lifecycle {
    destroy = false
  }
}

check "queue_exists" {
  data "aws_sqs_queue" "probe" {
    name = "grammar-main"
  }

  assert {
    condition     = data.aws_sqs_queue.probe.url != ""
    error_message = "queue missing"
  }
}

output "queue_url" {
  value       = aws_sqs_queue.main.url
  description = "The queue."
  sensitive   = false
  depends_on  = [aws_sqs_queue.replica]
}
