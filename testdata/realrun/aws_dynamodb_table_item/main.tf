variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_dynamodb_table" "t" {
  name         = "realrun-t"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_dynamodb_table_item" "this" {
  table_name = aws_dynamodb_table.t.name
  hash_key   = aws_dynamodb_table.t.hash_key
  item = jsonencode({
    id    = { S = "one" }
    value = { S = var.variant }
  })
}
