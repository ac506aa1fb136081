# Amazon CloudWatch (IAM prefix cloudwatch): hand-curated rules for metric and composite alarms and dashboards.

resource "aws_cloudwatch_composite_alarm" {
  service           = "cloudwatch"
  source            = "terraform-provider-aws 050ac11163cab8cdae5936a7f40b0e528ff780df internal/service/cloudwatch/composite_alarm.go; a later stored version (actions_suppressor, getTagsIn) makes the same calls"
  arn               = "arn:${partition}:cloudwatch:${region}:${account}:alarm:${alarm_name}"
  provider_versions = "5.100.0, 6.x"
  note              = "unproven: moto 5.2.1 does not implement PutCompositeAlarm (500), so no step runs; the create prediction was enough for moto to authorize the call"

  read {
    actions = ["cloudwatch:DescribeAlarms", "cloudwatch:ListTagsForResource"]
    source  = "resourceCompositeAlarmRead (FindCompositeAlarmByName: DescribeAlarms AlarmTypes=CompositeAlarm); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["cloudwatch:PutCompositeAlarm"]
    source  = "resourceCompositeAlarmCreate (PutCompositeAlarm with tags)"
    note    = "AWS docs: CloudWatch API Reference PutCompositeAlarm: the permission must be scoped to *, and alarm actions that create Systems Manager OpsItems also need iam:CreateServiceLinkedRole (not predicted: the rule cannot see which actions the ARNs name)"
  }

  create {
    if_set  = "tags_all"
    actions = ["cloudwatch:TagResource"]
    source  = "AWS docs: CloudWatch API Reference PutCompositeAlarm Tags (cloudwatch:TagResource to tag on create); resourceCompositeAlarmCreate createTags fallback"
  }

  update {
    attributes = [
      "actions_suppressor",
      "alarm_actions",
      "alarm_description",
      "alarm_rule",
      "insufficient_data_actions",
      "ok_actions",
    ]
    actions    = ["cloudwatch:PutCompositeAlarm"]
    source     = "resourceCompositeAlarmUpdate (PutCompositeAlarm with the whole alarm when anything but tags changes)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudwatch:TagResource", "cloudwatch:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["cloudwatch:DeleteAlarms"]
    source  = "resourceCompositeAlarmDelete (DeleteAlarms)"
  }
}

resource "aws_cloudwatch_dashboard" {
  service           = "cloudwatch"
  source            = "terraform-provider-aws 0620f2a6a126dfcbc4aecbc9a117b0fbea1656ff internal/service/cloudwatch/dashboard.go"
  arn               = "arn:${partition}:cloudwatch::${account}:dashboard/${dashboard_name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["cloudwatch:GetDashboard"]
    source  = "resourceDashboardRead (findDashboardByName: GetDashboard)"
  }

  create {
    actions = ["cloudwatch:PutDashboard"]
    source  = "resourceDashboardPut (PutDashboard)"
  }

  update {
    attributes = ["dashboard_body"]
    actions    = ["cloudwatch:PutDashboard"]
    source     = "resourceDashboardPut (the update handler: PutDashboard)"
  }

  delete {
    actions = ["cloudwatch:DeleteDashboards"]
    source  = "resourceDashboardDelete (DeleteDashboards)"
  }
}

resource "aws_cloudwatch_metric_alarm" {
  service           = "cloudwatch"
  source            = "terraform-provider-aws 055611a654738da73e7b1e2b5d2b7672c6d4d531 internal/service/cloudwatch/metric_alarm.go"
  arn               = "arn:${partition}:cloudwatch:${region}:${account}:alarm:${alarm_name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

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
