variable "tag_value" {
  default = "one"
}

variable "variant" {
  default = "a"
}

resource "aws_cloudwatch_metric_alarm" "m" {
  alarm_name          = "realrun-m"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "CPUUtilization"
  namespace           = "AWS/EC2"
  period              = 60
  statistic           = "Average"
  threshold           = 80
  tags = {
    realrun = var.tag_value
  }
}

resource "aws_cloudwatch_composite_alarm" "this" {
  alarm_name        = "realrun-c"
  alarm_description = "realrun ${var.variant}"
  alarm_rule        = "ALARM(${aws_cloudwatch_metric_alarm.m.alarm_name})"
  tags = {
    realrun = var.tag_value
  }
}
