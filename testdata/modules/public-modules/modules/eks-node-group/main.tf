# The constructs of terraform-aws-modules/eks//modules/eks-managed-node-group: a node group
# with its own IAM role, attachments from a for expression over policy names, dynamic
# scaling/taint/update blocks and a lifecycle that ignores the desired size.

variable "create" {
  type    = bool
  default = true
}

variable "cluster_name" {
  type    = string
  default = null
}

variable "cluster_version" {
  type    = string
  default = null
}

variable "name" {
  type    = string
  default = ""
}

variable "use_name_prefix" {
  type    = bool
  default = true
}

variable "subnet_ids" {
  type    = list(string)
  default = null
}

variable "min_size" {
  type    = number
  default = 0
}

variable "max_size" {
  type    = number
  default = 3
}

variable "desired_size" {
  type    = number
  default = 1
}

variable "instance_types" {
  type    = list(string)
  default = null
}

variable "capacity_type" {
  type    = string
  default = "ON_DEMAND"
}

variable "labels" {
  type    = map(string)
  default = null
}

variable "taints" {
  type = map(object({
    key    = string
    value  = optional(string)
    effect = string
  }))
  default = {}
}

variable "update_config" {
  type = map(string)
  default = {
    max_unavailable_percentage = 33
  }
}

variable "tags" {
  type    = map(string)
  default = {}
}

locals {
  iam_role_name          = "${var.name}-eks-node-group"
  iam_role_policy_prefix = "arn:aws:iam::aws:policy"
  policies = [
    "AmazonEKSWorkerNodePolicy",
    "AmazonEC2ContainerRegistryReadOnly",
    "AmazonEKS_CNI_Policy",
  ]
}

data "aws_iam_policy_document" "assume_role_policy" {
  count = var.create ? 1 : 0

  statement {
    sid     = "EKSNodeAssumeRole"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  count = var.create ? 1 : 0

  name                  = var.use_name_prefix ? null : local.iam_role_name
  name_prefix           = var.use_name_prefix ? "${local.iam_role_name}-" : null
  assume_role_policy    = data.aws_iam_policy_document.assume_role_policy[0].json
  force_detach_policies = true
  tags                  = var.tags
}

resource "aws_iam_role_policy_attachment" "this" {
  for_each = { for k in toset(local.policies) : k => "${local.iam_role_policy_prefix}/${k}" if var.create }

  policy_arn = each.value
  role       = aws_iam_role.this[0].name
}

resource "aws_eks_node_group" "this" {
  count = var.create ? 1 : 0

  cluster_name    = var.cluster_name
  node_group_name = var.use_name_prefix ? null : var.name
  node_role_arn   = aws_iam_role.this[0].arn
  subnet_ids      = var.subnet_ids
  version         = var.cluster_version
  capacity_type   = var.capacity_type
  instance_types  = var.instance_types
  labels          = var.labels

  scaling_config {
    min_size     = var.min_size
    max_size     = var.max_size
    desired_size = var.desired_size
  }

  dynamic "taint" {
    for_each = var.taints
    content {
      key    = taint.value.key
      value  = try(taint.value.value, null)
      effect = taint.value.effect
    }
  }

  dynamic "update_config" {
    for_each = length(var.update_config) > 0 ? [var.update_config] : []
    content {
      max_unavailable_percentage = try(update_config.value.max_unavailable_percentage, null)
      max_unavailable            = try(update_config.value.max_unavailable, null)
    }
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [scaling_config[0].desired_size]
  }

  tags = merge(var.tags, { Name = var.name })

  depends_on = [aws_iam_role_policy_attachment.this]
}

output "node_group_arn" {
  value = try(aws_eks_node_group.this[0].arn, null)
}
