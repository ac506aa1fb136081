variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_kinesis_stream" "this" {
  name             = "realrun-stream"
  shard_count      = 1
  retention_period = var.variant == "a" ? 24 : 48
  tags = {
    realrun = var.tag_value
  }
}
