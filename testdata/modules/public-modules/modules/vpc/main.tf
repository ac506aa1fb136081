# The constructs of terraform-aws-modules/vpc.

variable "create_vpc" {
  type    = bool
  default = true
}

variable "putin_khuylo" {
  type    = bool
  default = true
}

variable "name" {
  type    = string
  default = ""
}

variable "cidr" {
  type    = string
  default = "10.0.0.0/16"
}

variable "azs" {
  type    = list(string)
  default = []
}

variable "private_subnets" {
  type    = list(string)
  default = []
}

variable "public_subnets" {
  type    = list(string)
  default = []
}

variable "private_subnet_names" {
  type    = list(string)
  default = []
}

variable "public_subnet_suffix" {
  type    = string
  default = "public"
}

variable "private_subnet_suffix" {
  type    = string
  default = "private"
}

variable "enable_nat_gateway" {
  type    = bool
  default = false
}

variable "single_nat_gateway" {
  type    = bool
  default = false
}

variable "one_nat_gateway_per_az" {
  type    = bool
  default = false
}

variable "enable_dns_hostnames" {
  type    = bool
  default = true
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "vpc_tags" {
  type    = map(string)
  default = {}
}

variable "public_subnet_tags_per_az" {
  type    = map(map(string))
  default = {}
}

locals {
  len_public_subnets  = max(length(var.public_subnets), 0)
  len_private_subnets = max(length(var.private_subnets), 0)
  max_subnet_length   = max(local.len_private_subnets, local.len_public_subnets)

  create_vpc            = var.create_vpc && var.putin_khuylo
  create_public_subnets = local.create_vpc && local.len_public_subnets > 0
  vpc_id                = try(aws_vpc_ipv4_cidr_block_association.this[0].vpc_id, aws_vpc.this[0].id, "")

  # Nested conditional in the false branch, as the module computes its NAT gateways.
  nat_gateway_count = var.single_nat_gateway ? 1 : var.one_nat_gateway_per_az ? length(var.azs) : local.max_subnet_length
}

resource "aws_vpc" "this" {
  count = local.create_vpc ? 1 : 0

  cidr_block           = var.cidr
  enable_dns_hostnames = var.enable_dns_hostnames

  tags = merge(
    { "Name" = var.name },
    var.tags,
    var.vpc_tags,
  )
}

resource "aws_vpc_ipv4_cidr_block_association" "this" {
  count = local.create_vpc && length([]) > 0 ? 1 : 0

  vpc_id     = aws_vpc.this[0].id
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "public" {
  count = local.create_public_subnets && (!var.one_nat_gateway_per_az || local.len_public_subnets >= length(var.azs)) ? local.len_public_subnets : 0

  availability_zone       = length(regexall("^[a-z]{2}-", element(var.azs, count.index))) > 0 ? element(var.azs, count.index) : null
  cidr_block              = element(concat(var.public_subnets, [""]), count.index)
  map_public_ip_on_launch = false
  vpc_id                  = local.vpc_id

  tags = merge(
    {
      Name = try(
        var.private_subnet_names[count.index],
        format("${var.name}-${var.public_subnet_suffix}-%s", element(var.azs, count.index))
      )
    },
    var.tags,
    lookup(var.public_subnet_tags_per_az, element(var.azs, count.index), {})
  )
}

resource "aws_subnet" "private" {
  count = local.create_vpc && local.len_private_subnets > 0 ? local.len_private_subnets : 0

  availability_zone = element(var.azs, count.index)
  cidr_block        = element(concat(var.private_subnets, [""]), count.index)
  vpc_id            = local.vpc_id

  tags = merge(
    { Name = format("${var.name}-${var.private_subnet_suffix}-%s", element(var.azs, count.index)) },
    var.tags,
  )
}

resource "aws_internet_gateway" "this" {
  count = local.create_public_subnets ? 1 : 0

  vpc_id = local.vpc_id
  tags   = merge({ "Name" = var.name }, var.tags)
}

resource "aws_eip" "nat" {
  count = local.create_vpc && var.enable_nat_gateway ? local.nat_gateway_count : 0

  domain = "vpc"
  tags = merge(
    { "Name" = format("${var.name}-%s", element(var.azs, var.single_nat_gateway ? 0 : count.index)) },
    var.tags,
  )
  depends_on = [aws_internet_gateway.this]
}

resource "aws_nat_gateway" "this" {
  count = local.create_vpc && var.enable_nat_gateway ? local.nat_gateway_count : 0

  allocation_id = element(aws_eip.nat[*].id, var.single_nat_gateway ? 0 : count.index)
  subnet_id     = element(aws_subnet.public[*].id, var.single_nat_gateway ? 0 : count.index)
  tags          = merge({ "Name" = format("${var.name}-%s", element(var.azs, count.index)) }, var.tags)
}

output "vpc_id" {
  value = try(aws_vpc.this[0].id, null)
}

output "private_subnets" {
  value = aws_subnet.private[*].id
}

output "public_subnets" {
  value = aws_subnet.public.*.id
}
