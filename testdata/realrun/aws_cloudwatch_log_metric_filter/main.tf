variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_cloudwatch_log_group" "lg" {
  name = "realrun-lg"
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_cloudwatch_log_metric_filter" "this" {
  name           = "realrun"
  log_group_name = aws_cloudwatch_log_group.lg.name
  pattern        = var.variant == "a" ? "ERROR" : "WARN"
  metric_transformation {
    name      = "realrun"
    namespace = "realrun"
    value     = "1"
  }
}
