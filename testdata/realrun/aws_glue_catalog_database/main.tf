variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_glue_catalog_database" "this" {
  name        = "realrun_db"
  description = "realrun ${var.variant}"
  tags = {
    realrun = var.tag_value
  }
}
