variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

# a dashboard takes no tags, nor does anything it needs: the tags step changes nothing
resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = "realrun"
  dashboard_body = jsonencode({
    widgets = [{
      type   = "text"
      x      = 0
      y      = 0
      width  = 6
      height = 3
      properties = {
        markdown = "realrun ${var.variant}"
      }
    }]
  })
}
