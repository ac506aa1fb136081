variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_cloudwatch_log_group" "this" {
  name              = "realrun-log-group"
  retention_in_days = var.variant == "a" ? 7 : 14
  tags = {
    realrun = var.tag_value
  }
}
