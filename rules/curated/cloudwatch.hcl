# Amazon CloudWatch (IAM prefix cloudwatch): hand-curated rules for aws_cloudwatch_metric_alarm.

resource "aws_cloudwatch_metric_alarm" {
  service  = "cloudwatch"
  source   = "terraform-provider-aws 055611a654738da73e7b1e2b5d2b7672c6d4d531 internal/service/cloudwatch/metric_alarm.go"
  arn      = "arn:${partition}:cloudwatch:${region}:${account}:alarm:${alarm_name}"
  verified = "capture: provider 5.100.0"

  read {
    actions = ["cloudwatch:DescribeAlarms", "cloudwatch:ListTagsForResource"]
    source  = "resourceMetricAlarmRead (findMetricAlarmByName); tags via transparent tagging (@Tags) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["cloudwatch:PutMetricAlarm"]
    source  = "resourceMetricAlarmCreate (existence check DescribeAlarms, PutMetricAlarm with tags)"
  }

  create {
    if_set  = "tags_all"
    actions = ["cloudwatch:TagResource"]
    source  = "AWS docs: CloudWatch API Reference PutMetricAlarm Tags (cloudwatch:TagResource to tag on create); resourceMetricAlarmCreate createTags fallback"
  }

  update {
    attributes = [
      "actions_enabled",
      "alarm_actions",
      "alarm_description",
      "comparison_operator",
      "datapoints_to_alarm",
      "dimensions",
      "evaluate_low_sample_count_percentiles",
      "evaluation_periods",
      "extended_statistic",
      "insufficient_data_actions",
      "metric_name",
      "metric_query",
      "namespace",
      "ok_actions",
      "period",
      "statistic",
      "threshold",
      "threshold_metric_id",
      "treat_missing_data",
      "unit",
    ]
    actions    = ["cloudwatch:PutMetricAlarm"]
    source     = "resourceMetricAlarmUpdate (PutMetricAlarm with the full alarm definition)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudwatch:TagResource", "cloudwatch:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["cloudwatch:DeleteAlarms"]
    source  = "resourceMetricAlarmDelete"
  }
}
