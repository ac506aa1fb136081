variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# the table takes no tags: the tags step changes its database's
resource "aws_glue_catalog_database" "db" {
  name = "realrun_tdb"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_glue_catalog_table" "this" {
  name          = "realrun_table"
  database_name = aws_glue_catalog_database.db.name
  description   = "realrun ${var.variant}"
  table_type    = "EXTERNAL_TABLE"
  storage_descriptor {
    location = "s3://realrun-bucket/data/"
    columns {
      name = "id"
      type = "string"
    }
  }
}
