# Amazon CloudWatch Logs (IAM prefix logs): hand-curated rules for aws_cloudwatch_log_group.

resource "aws_cloudwatch_log_group" {
  service           = "logs"
  source            = "terraform-provider-aws 0073593e7d6993ba482409f4dc35438daaa79bb3 internal/service/logs/group.go; terraform-provider-aws v6.60.0 provider-model call_patterns (deletion_protection_enabled)"
  arn               = "arn:${partition}:logs:${region}:${account}:log-group:${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["logs:DescribeLogGroups", "logs:ListTagsForResource"]
    source  = "resourceGroupRead (findLogGroupByName); tags via transparent tagging (@Tags) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["logs:CreateLogGroup"]
    source  = "resourceGroupCreate (CreateLogGroup with kms_key_id, log_group_class, tags)"
  }

  create {
    if_set  = "retention_in_days"
    actions = ["logs:PutRetentionPolicy"]
    source  = "resourceGroupCreate (PutRetentionPolicy when retention_in_days is non-zero and class is not DELIVERY)"
  }

  create {
    if_set  = "tags_all"
    actions = ["logs:TagResource"]
    source  = "AWS docs: CloudWatch Logs API Reference CreateLogGroup (tagging on create needs logs:TagResource)"
  }

  update {
    attributes = ["deletion_protection_enabled"]
    actions    = ["logs:PutLogGroupDeletionProtection"]
    source     = "terraform-provider-aws v6.60.0 provider-model call_patterns resourceGroupUpdate (PutLogGroupDeletionProtection)"
  }

  update {
    attributes = ["kms_key_id"]
    actions    = ["logs:AssociateKmsKey", "logs:DisassociateKmsKey"]
    source     = "resourceGroupUpdate (AssociateKmsKey, or DisassociateKmsKey when removed)"
  }

  update {
    attributes = ["retention_in_days"]
    actions    = ["logs:DeleteRetentionPolicy", "logs:PutRetentionPolicy"]
    source     = "resourceGroupUpdate (PutRetentionPolicy, or DeleteRetentionPolicy for 0)"
  }

  update {
    attributes = ["skip_destroy"]
    actions    = []
    source     = "no API call (read by Delete)"
  }

  update {
    attributes = ["tags"]
    actions    = ["logs:TagResource", "logs:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    unless_set = "skip_destroy"
    actions    = ["logs:DeleteLogGroup"]
    source     = "resourceGroupDelete (skipped when skip_destroy)"
  }
}

resource "aws_cloudwatch_log_metric_filter" {
  service           = "logs"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/logs/metric_filter.go"
  arn               = "arn:${partition}:logs:${region}:${account}:log-group:${log_group_name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["logs:DescribeMetricFilters"]
    source  = "resourceMetricFilterRead (findMetricFilterByTwoPartKey -> DescribeMetricFilters)"
  }

  create {
    actions = ["logs:PutMetricFilter"]
    source  = "resourceMetricFilterPut (PutMetricFilter)"
  }

  update {
    attributes = ["apply_on_transformed_logs", "metric_transformation", "pattern"]
    actions    = ["logs:PutMetricFilter"]
    source     = "resourceMetricFilterPut (PutMetricFilter)"
  }

  delete {
    actions = ["logs:DeleteMetricFilter"]
    source  = "resourceMetricFilterDelete (DeleteMetricFilter)"
  }
}

resource "aws_cloudwatch_log_resource_policy" {
  service           = "logs"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/logs/resource_policy.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "Put/Describe/DeleteResourcePolicy take no resource type in the IAM reference: `*` is the narrowest resource"

  read {
    actions = ["logs:DescribeResourcePolicies"]
    source  = "resourceResourcePolicyRead (findResourcePolicyByName -> DescribeResourcePolicies)"
  }

  create {
    actions = ["logs:PutResourcePolicy"]
    source  = "resourceResourcePolicyPut (PutResourcePolicy)"
  }

  update {
    attributes = ["policy_document"]
    actions    = ["logs:PutResourcePolicy"]
    source     = "resourceResourcePolicyPut (PutResourcePolicy)"
  }

  delete {
    actions = ["logs:DeleteResourcePolicy"]
    source  = "resourceResourcePolicyDelete (DeleteResourcePolicy)"
  }
}

resource "aws_cloudwatch_log_subscription_filter" {
  service           = "logs"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/logs/subscription_filter.go"
  arn               = "arn:${partition}:logs:${region}:${account}:log-group:${log_group_name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["logs:DescribeSubscriptionFilters"]
    source  = "resourceSubscriptionFilterRead (findSubscriptionFilterByTwoPartKey -> DescribeSubscriptionFilters)"
  }

  create {
    actions = ["logs:PutSubscriptionFilter"]
    source  = "resourceSubscriptionFilterPut (PutSubscriptionFilter, retried while the destination or role propagates)"
  }

  update {
    attributes = [
      "apply_on_transformed_logs",
      "destination_arn",
      "distribution",
      "emit_system_fields",
      "filter_pattern",
      "role_arn",
    ]
    actions    = ["logs:PutSubscriptionFilter"]
    source     = "resourceSubscriptionFilterPut (PutSubscriptionFilter)"
  }

  delete {
    actions = ["logs:DeleteSubscriptionFilter"]
    source  = "resourceSubscriptionFilterDelete (DeleteSubscriptionFilter)"
  }

  pass_role {
    attribute  = "role_arn"
    attributes = [
      "apply_on_transformed_logs",
      "destination_arn",
      "distribution",
      "emit_system_fields",
      "filter_pattern",
    ]
    service    = "logs.amazonaws.com"
    source     = "resourceSubscriptionFilterPut: every update is a PutSubscriptionFilter with the RoleArn (capture: realrun aws_cloudwatch_log_subscription_filter update, hashicorp/aws 5.100.0, 2026-11-21); PutSubscriptionFilter RoleArn (AWS docs: CloudWatch Logs subscription filters, role that grants CloudWatch Logs permission to deliver to Kinesis/Firehose; iam:PassRole)"
  }
}
