# Amazon SNS (IAM prefix sns): hand-curated rules for topics, topic policies, subscriptions and the aws_sns_topic data source.

resource "aws_sns_topic" {
  service           = "sns"
  source            = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/sns/topic.go"
  arn               = "arn:${partition}:sns:${region}:${account}:${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["sns:GetTopicAttributes", "sns:ListTagsForResource"]
    source  = "resourceTopicRead (findTopicAttributesWithValidAWSPrincipalsByARN); tags via transparent tagging (@Tags) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["sns:CreateTopic"]
    source  = "resourceTopicCreate (CreateTopic with tags, FifoTopic and FifoThroughputScope)"
  }

  create {
    actions = ["sns:SetTopicAttributes"]
    source  = "resourceTopicCreate (putTopicAttributes); capture: realrun aws_sns_topic_subscription (provider 5.100.0, 2026-11-21)"
    note    = "a topic with no attribute set still gets five SetTopicAttributes calls after CreateTopic (real run against moto, testdata/realrun/aws_sns_topic_subscription)"
  }

  create {
    if_set  = "tags_all"
    actions = ["sns:TagResource"]
    source  = "AWS docs: SNS API Reference CreateTopic (tag on create needs sns:TagResource); resourceTopicCreate createTags fallback"
  }

  update {
    attributes = [
      "application_failure_feedback_role_arn",
      "application_success_feedback_role_arn",
      "application_success_feedback_sample_rate",
      "archive_policy",
      "content_based_deduplication",
      "delivery_policy",
      "display_name",
      "fifo_throughput_scope",
      "firehose_failure_feedback_role_arn",
      "firehose_success_feedback_role_arn",
      "firehose_success_feedback_sample_rate",
      "http_failure_feedback_role_arn",
      "http_success_feedback_role_arn",
      "http_success_feedback_sample_rate",
      "kms_master_key_id",
      "lambda_failure_feedback_role_arn",
      "lambda_success_feedback_role_arn",
      "lambda_success_feedback_sample_rate",
      "policy",
      "signature_version",
      "sqs_failure_feedback_role_arn",
      "sqs_success_feedback_role_arn",
      "sqs_success_feedback_sample_rate",
      "tracing_config",
    ]
    actions    = ["sns:SetTopicAttributes"]
    source     = "resourceTopicUpdate (putTopicAttributes for changed attributes)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sns:TagResource", "sns:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["sns:DeleteTopic"]
    source  = "resourceTopicDelete"
  }

  pass_role {
    attribute = "application_failure_feedback_role_arn"
    service   = "sns.amazonaws.com"
    source    = "AWS docs: SNS delivery status logging (iam:PassRole for the feedback role passed in SetTopicAttributes)"
  }

  pass_role {
    attribute = "application_success_feedback_role_arn"
    service   = "sns.amazonaws.com"
    source    = "AWS docs: SNS delivery status logging (iam:PassRole for the feedback role passed in SetTopicAttributes)"
  }

  pass_role {
    attribute = "firehose_failure_feedback_role_arn"
    service   = "sns.amazonaws.com"
    source    = "AWS docs: SNS delivery status logging (iam:PassRole for the feedback role passed in SetTopicAttributes)"
  }

  pass_role {
    attribute = "firehose_success_feedback_role_arn"
    service   = "sns.amazonaws.com"
    source    = "AWS docs: SNS delivery status logging (iam:PassRole for the feedback role passed in SetTopicAttributes)"
  }

  pass_role {
    attribute = "http_failure_feedback_role_arn"
    service   = "sns.amazonaws.com"
    source    = "AWS docs: SNS delivery status logging (iam:PassRole for the feedback role passed in SetTopicAttributes)"
  }

  pass_role {
    attribute = "http_success_feedback_role_arn"
    service   = "sns.amazonaws.com"
    source    = "AWS docs: SNS delivery status logging (iam:PassRole for the feedback role passed in SetTopicAttributes)"
  }

  pass_role {
    attribute = "lambda_failure_feedback_role_arn"
    service   = "sns.amazonaws.com"
    source    = "AWS docs: SNS delivery status logging (iam:PassRole for the feedback role passed in SetTopicAttributes)"
  }

  pass_role {
    attribute = "lambda_success_feedback_role_arn"
    service   = "sns.amazonaws.com"
    source    = "AWS docs: SNS delivery status logging (iam:PassRole for the feedback role passed in SetTopicAttributes)"
  }

  pass_role {
    attribute = "sqs_failure_feedback_role_arn"
    service   = "sns.amazonaws.com"
    source    = "AWS docs: SNS delivery status logging (iam:PassRole for the feedback role passed in SetTopicAttributes)"
  }

  pass_role {
    attribute = "sqs_success_feedback_role_arn"
    service   = "sns.amazonaws.com"
    source    = "AWS docs: SNS delivery status logging (iam:PassRole for the feedback role passed in SetTopicAttributes)"
  }
}

resource "aws_sns_topic_policy" {
  service           = "sns"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/sns/topic_policy.go"
  arn               = "${arn}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["sns:GetTopicAttributes"]
    source  = "resourceTopicPolicyRead (GetTopicAttributes Policy)"
  }

  create {
    actions = ["sns:SetTopicAttributes"]
    source  = "resourceTopicPolicyUpsert (SetTopicAttributes Policy)"
  }

  update {
    attributes = ["policy"]
    actions    = ["sns:SetTopicAttributes"]
    source     = "resourceTopicPolicyUpsert (SetTopicAttributes Policy)"
  }

  delete {
    actions = ["sns:SetTopicAttributes"]
    source  = "resourceTopicPolicyDelete (SetTopicAttributes back to the default policy)"
  }
}

resource "aws_sns_topic_subscription" {
  service           = "sns"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/sns/topic_subscription.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "Subscribe and ListSubscriptionsByTopic act on the topic (topic_arn); Get/SetSubscriptionAttributes and Unsubscribe have the topic only as an optional resource type (their request names the subscription ARN, which has no IAM resource type), so they stay at `*`"

  read {
    actions = ["sns:GetSubscriptionAttributes"]
    source  = "resourceTopicSubscriptionRead (GetSubscriptionAttributes; ListSubscriptionsByTopic reachable per provider model)"
  }

  read {
    actions  = ["sns:ListSubscriptionsByTopic"]
    resource = "${topic_arn}"
    source   = "resourceTopicSubscriptionRead (GetSubscriptionAttributes; ListSubscriptionsByTopic reachable per provider model)"
  }

  create {
    actions  = ["sns:Subscribe"]
    resource = "${topic_arn}"
    source   = "resourceTopicSubscriptionCreate (Subscribe with attributes; waits for confirmation with GetSubscriptionAttributes)"
  }

  update {
    attributes = ["confirmation_timeout_in_minutes", "endpoint_auto_confirms"]
    actions    = []
    source     = "no API call (used by Create only)"
  }

  update {
    attributes = [
      "delivery_policy",
      "filter_policy",
      "filter_policy_scope",
      "raw_message_delivery",
      "redrive_policy",
      "replay_policy",
      "subscription_role_arn",
    ]
    actions    = ["sns:SetSubscriptionAttributes"]
    source     = "resourceTopicSubscriptionUpdate (SetSubscriptionAttributes per changed attribute)"
  }

  delete {
    actions = ["sns:Unsubscribe"]
    source  = "resourceTopicSubscriptionDelete (Unsubscribe; waits with GetSubscriptionAttributes)"
  }

  pass_role {
    attribute = "subscription_role_arn"
    service   = "sns.amazonaws.com"
    source    = "Subscribe / SetSubscriptionAttributes SubscriptionRoleArn (Firehose subscriptions)"
  }
}

data "aws_sns_topic" {
  service           = "sns"
  source            = "terraform-provider-aws 1049654fb0818bacf8518f017816daafa8a8ad8e internal/service/sns/topic_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["sns:ListTopics"]
    source  = "dataSourceTopicRead (findTopicByName pages ListTopics)"
  }
}
