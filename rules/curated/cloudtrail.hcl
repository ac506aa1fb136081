# AWS CloudTrail (IAM prefix cloudtrail): hand-curated rules for trails.

resource "aws_cloudtrail" {
  service           = "cloudtrail"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/cloudtrail/trail.go; pike-mapping resource/cloudtrail/aws_cloudtrail.json"
  arn               = "arn:${partition}:cloudtrail:${region}:${account}:trail/${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = [
      "cloudtrail:DescribeTrails",
      "cloudtrail:GetEventSelectors",
      "cloudtrail:GetInsightSelectors",
      "cloudtrail:GetTrailStatus",
      "cloudtrail:ListTags",
    ]
    source  = "resourceTrailRead (findTrailByARN -> DescribeTrails, GetTrailStatus, GetEventSelectors, GetInsightSelectors); tags via transparent tagging ListTags"
  }

  create {
    actions = ["cloudtrail:CreateTrail"]
    source  = "resourceTrailCreate (CreateTrail, retried on IAM/S3 propagation)"
  }

  create {
    if_set  = "advanced_event_selector"
    actions = ["cloudtrail:PutEventSelectors"]
    source  = "resourceTrailCreate (PutEventSelectors AdvancedEventSelectors)"
  }

  create {
    if_set  = "enable_logging"
    actions = ["cloudtrail:StartLogging"]
    source  = "resourceTrailCreate (setLogging: StartLogging when enable_logging, default true)"
  }

  create {
    if_set  = "event_selector"
    actions = ["cloudtrail:PutEventSelectors"]
    source  = "resourceTrailCreate (PutEventSelectors EventSelectors)"
  }

  create {
    if_set  = "insight_selector"
    actions = ["cloudtrail:PutInsightSelectors"]
    source  = "resourceTrailCreate (PutInsightSelectors)"
  }

  create {
    if_set  = "tags_all"
    actions = ["cloudtrail:AddTags"]
    source  = "AWS docs: CloudTrail API Reference CreateTrail TagsList (tagging on create is authorized by cloudtrail:AddTags)"
  }

  create {
    if_equals = ["is_organization_trail", "true"]
    actions   = [
      "iam:CreateServiceLinkedRole",
      "iam:GetRole",
      "organizations:DescribeOrganization",
      "organizations:EnableAWSServiceAccess",
      "organizations:ListAWSServiceAccessForOrganization",
    ]
    source    = "AWS docs: CloudTrail User Guide, prepare for creating a trail for your organization (permissions to create an organization trail)"
  }

  update {
    attributes = ["advanced_event_selector", "event_selector"]
    actions    = ["cloudtrail:PutEventSelectors"]
    source     = "resourceTrailUpdate (PutEventSelectors)"
  }

  update {
    attributes = [
      "cloud_watch_logs_group_arn",
      "cloud_watch_logs_role_arn",
      "enable_log_file_validation",
      "include_global_service_events",
      "is_multi_region_trail",
      "is_organization_trail",
      "kms_key_id",
      "s3_bucket_name",
      "s3_key_prefix",
      "sns_topic_name",
    ]
    actions    = ["cloudtrail:UpdateTrail"]
    source     = "resourceTrailUpdate (UpdateTrail, retried on IAM/S3 propagation)"
  }

  update {
    attributes = ["enable_logging"]
    actions    = ["cloudtrail:StartLogging", "cloudtrail:StopLogging"]
    source     = "resourceTrailUpdate (setLogging: StartLogging or StopLogging)"
  }

  update {
    attributes = ["insight_selector"]
    actions    = ["cloudtrail:PutInsightSelectors"]
    source     = "resourceTrailUpdate (PutInsightSelectors)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudtrail:AddTags", "cloudtrail:RemoveTags"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    if_equals  = ["is_organization_trail", "true"]
    attributes = ["is_organization_trail"]
    actions    = [
      "iam:CreateServiceLinkedRole",
      "iam:GetRole",
      "organizations:DescribeOrganization",
      "organizations:EnableAWSServiceAccess",
      "organizations:ListAWSServiceAccessForOrganization",
    ]
    source     = "AWS docs: CloudTrail User Guide, prepare for creating a trail for your organization"
  }

  delete {
    actions = ["cloudtrail:DeleteTrail"]
    source  = "resourceTrailDelete (DeleteTrail)"
  }

  pass_role {
    attribute = "cloud_watch_logs_role_arn"
    service   = "cloudtrail.amazonaws.com"
    source    = "CreateTrail / UpdateTrail CloudWatchLogsRoleArn (AWS docs: CloudTrail, sending events to CloudWatch Logs; iam:PassRole)"
  }
}
