variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_ecr_repository" "r" {
  name         = "realrun-r"
  force_delete = true
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_ecr_lifecycle_policy" "this" {
  repository = aws_ecr_repository.r.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "realrun ${var.variant}"
      selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 14 }
      action       = { type = "expire" }
    }]
  })
}
