variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_dynamodb_table" "this" {
  name         = "realrun-table"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = var.variant == "b"
  }
  tags = {
    realrun = var.tag_value
  }
}
