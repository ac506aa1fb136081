variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_athena_workgroup" "this" {
  name        = "realrun-wg"
  description = "realrun ${var.variant}"
  # sent explicitly: without a configuration block moto 5.2.1 stores
  # PublishCloudWatchMetricsEnabled = false while the provider's default is true, and every
  # later plan (the tags step too) would carry that drift into an UpdateWorkGroup
  configuration {
    publish_cloudwatch_metrics_enabled = true
  }
  tags = {
    realrun = var.tag_value
  }
}
