# A multi-module repository in the shape of the most used public modules
# (terraform-aws-modules vpc, eks with its managed node group submodule, lambda, s3-bucket,
# iam-assumable-role), reduced to their constructs: the root calls local child modules with
# count and for_each, passes literal inputs and the outputs of other modules, and the children
# use locals with nested conditionals, merge / concat / lookup / coalesce / try, splats,
# dynamic blocks (nested, with iterators), for expressions with filters, and
# data "aws_iam_policy_document" with dynamic statements.

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias  = "us"
  region = "us-east-1"
}

variable "environment" {
  type    = string
  default = "prod"
}

locals {
  name = "pm"
  azs  = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  tags = {
    Project   = "public-modules"
    ManagedBy = "terraform"
  }
  buckets = {
    logs      = { versioning = true, expire_days = 30 }
    artifacts = { versioning = false, expire_days = null }
  }
}

module "vpc" {
  source = "./modules/vpc"

  name            = local.name
  cidr            = "10.0.0.0/16"
  azs             = local.azs
  private_subnets = ["10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24"]
  public_subnets  = ["10.0.101.0/24", "10.0.102.0/24", "10.0.103.0/24"]

  enable_nat_gateway = true
  single_nat_gateway = true
  tags               = local.tags
}

module "eks" {
  source = "./modules/eks"

  cluster_name    = "${local.name}-cluster"
  cluster_version = "1.30"
  subnet_ids      = module.vpc.private_subnets
  vpc_id          = module.vpc.vpc_id

  eks_managed_node_groups = {
    general = {
      instance_types = ["m6i.large"]
      min_size       = 1
      max_size       = 3
    }
    spot = {
      capacity_type = "SPOT"
    }
  }
  tags = local.tags
}

module "buckets" {
  source   = "./modules/s3-bucket"
  for_each = local.buckets

  bucket     = "${local.name}-${each.key}"
  versioning = { enabled = each.value.versioning }
  lifecycle_rule = each.value.expire_days == null ? [] : [{
    id         = "expire"
    enabled    = true
    expiration = { days = each.value.expire_days }
  }]
  tags = merge(local.tags, { Bucket = each.key })
}

module "lambda" {
  source = "./modules/lambda"
  count  = var.environment == "dev" ? 0 : 1

  function_name = "${local.name}-processor"
  handler       = "index.handler"
  runtime       = "python3.12"
  environment_variables = {
    BUCKET = module.buckets["artifacts"].s3_bucket_id
  }
  attach_policy_statements = true
  policy_statements = {
    s3_read = {
      effect    = "Allow"
      actions   = ["s3:GetObject"]
      resources = ["arn:aws:s3:::${local.name}-artifacts/*"]
    }
  }
  tags = local.tags
}

module "deploy_role" {
  source = "./modules/iam-role"
  providers = {
    aws = aws.us
  }

  create_role             = true
  role_name               = "${local.name}-deploy"
  trusted_role_services   = ["codebuild.amazonaws.com"]
  custom_role_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}

output "cluster_endpoint" {
  value = module.eks.cluster_endpoint
}

output "bucket_arns" {
  value = { for k, b in module.buckets : k => b.s3_bucket_arn }
}
