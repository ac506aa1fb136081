# The constructs of terraform-aws-modules/eks: the cluster with nested dynamic blocks, its IAM
# role with a for expression filtered by a condition as for_each, a log group, and the managed
# node group submodule called with for_each over a filtered map, inputs read with try().

data "aws_partition" "current" {}

data "aws_caller_identity" "current" {}

variable "create" {
  type    = bool
  default = true
}

variable "cluster_name" {
  type    = string
  default = ""
}

variable "cluster_version" {
  type    = string
  default = null
}

variable "subnet_ids" {
  type    = list(string)
  default = []
}

variable "control_plane_subnet_ids" {
  type    = list(string)
  default = []
}

variable "vpc_id" {
  type    = string
  default = null
}

variable "cluster_enabled_log_types" {
  type    = list(string)
  default = ["audit", "api", "authenticator"]
}

variable "cluster_encryption_config" {
  type = object({
    resources        = optional(list(string), ["secrets"])
    provider_key_arn = optional(string)
  })
  default = {}
}

variable "create_kms_key" {
  type    = bool
  default = false
}

variable "create_iam_role" {
  type    = bool
  default = true
}

variable "iam_role_arn" {
  type    = string
  default = null
}

variable "outpost_config" {
  type    = any
  default = {}
}

variable "eks_managed_node_groups" {
  type    = any
  default = {}
}

variable "eks_managed_node_group_defaults" {
  type    = any
  default = {}
}

variable "cloudwatch_log_group_retention_in_days" {
  type    = number
  default = 90
}

variable "cluster_timeouts" {
  type    = map(string)
  default = {}
}

variable "tags" {
  type    = map(string)
  default = {}
}

locals {
  create                        = var.create
  partition                     = data.aws_partition.current.partition
  create_outposts_local_cluster = length(var.outpost_config) > 0
  cluster_role                  = try(aws_iam_role.this[0].arn, var.iam_role_arn)
  iam_role_name                 = coalesce(null, "${var.cluster_name}-cluster")
  iam_role_policy_prefix        = "arn:${local.partition}:iam::aws:policy"
  enable_cluster_encryption_config = length(var.cluster_encryption_config) > 0 && !local.create_outposts_local_cluster
}

resource "aws_eks_cluster" "this" {
  count = local.create ? 1 : 0

  name                      = var.cluster_name
  role_arn                  = local.cluster_role
  version                   = var.cluster_version
  enabled_cluster_log_types = var.cluster_enabled_log_types

  vpc_config {
    subnet_ids              = coalescelist(var.control_plane_subnet_ids, var.subnet_ids)
    endpoint_private_access = true
    endpoint_public_access  = false
  }

  dynamic "kubernetes_network_config" {
    for_each = local.create_outposts_local_cluster ? [] : [1]
    content {
      ip_family = "ipv4"
    }
  }

  dynamic "encryption_config" {
    for_each = local.enable_cluster_encryption_config ? [var.cluster_encryption_config] : []
    content {
      provider {
        key_arn = var.create_kms_key ? "created" : encryption_config.value.provider_key_arn
      }
      resources = encryption_config.value.resources
    }
  }

  tags = merge(var.tags, { "terraform-aws-modules" = "eks" })

  timeouts {
    create = lookup(var.cluster_timeouts, "create", null)
    delete = lookup(var.cluster_timeouts, "delete", null)
  }

  depends_on = [
    aws_iam_role_policy_attachment.this,
    aws_cloudwatch_log_group.this,
  ]
}

resource "aws_cloudwatch_log_group" "this" {
  count = local.create ? 1 : 0

  name              = "/aws/eks/${var.cluster_name}/cluster"
  retention_in_days = var.cloudwatch_log_group_retention_in_days
  tags              = var.tags
}

data "aws_iam_policy_document" "assume_role_policy" {
  count = local.create && var.create_iam_role ? 1 : 0

  statement {
    sid     = "EKSClusterAssumeRole"
    actions = ["sts:AssumeRole", "sts:TagSession"]

    principals {
      type        = "Service"
      identifiers = ["eks.amazonaws.com"]
    }

    dynamic "principals" {
      for_each = local.create_outposts_local_cluster ? [1] : []
      content {
        type        = "Service"
        identifiers = ["ec2.amazonaws.com"]
      }
    }
  }
}

resource "aws_iam_role" "this" {
  count = local.create && var.create_iam_role ? 1 : 0

  name                  = local.iam_role_name
  assume_role_policy    = data.aws_iam_policy_document.assume_role_policy[0].json
  force_detach_policies = true
  tags                  = var.tags
}

resource "aws_iam_role_policy_attachment" "this" {
  for_each = { for k, v in {
    AmazonEKSClusterPolicy         = local.create_outposts_local_cluster ? "${local.iam_role_policy_prefix}/AmazonEKSLocalOutpostClusterPolicy" : "${local.iam_role_policy_prefix}/AmazonEKSClusterPolicy",
    AmazonEKSVPCResourceController = "${local.iam_role_policy_prefix}/AmazonEKSVPCResourceController",
  } : k => v if local.create && var.create_iam_role }

  policy_arn = each.value
  role       = aws_iam_role.this[0].name
}

module "eks_managed_node_group" {
  source = "../eks-node-group"

  for_each = { for k, v in var.eks_managed_node_groups : k => v if var.create && !local.create_outposts_local_cluster }

  cluster_name    = aws_eks_cluster.this[0].name
  cluster_version = try(each.value.cluster_version, var.eks_managed_node_group_defaults.cluster_version, aws_eks_cluster.this[0].version)
  name            = try(each.value.name, each.key)
  subnet_ids      = try(each.value.subnet_ids, var.eks_managed_node_group_defaults.subnet_ids, var.subnet_ids)
  min_size        = try(each.value.min_size, var.eks_managed_node_group_defaults.min_size, 1)
  max_size        = try(each.value.max_size, var.eks_managed_node_group_defaults.max_size, 3)
  desired_size    = try(each.value.desired_size, var.eks_managed_node_group_defaults.desired_size, 1)
  instance_types  = try(each.value.instance_types, var.eks_managed_node_group_defaults.instance_types, null)
  capacity_type   = try(each.value.capacity_type, var.eks_managed_node_group_defaults.capacity_type, null)
  labels          = try(each.value.labels, var.eks_managed_node_group_defaults.labels, null)
  tags            = merge(var.tags, try(each.value.tags, var.eks_managed_node_group_defaults.tags, {}))
}

output "cluster_endpoint" {
  value = try(aws_eks_cluster.this[0].endpoint, null)
}

output "eks_managed_node_groups" {
  value = module.eks_managed_node_group
}
