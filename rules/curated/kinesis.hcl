# Amazon Kinesis Data Streams (IAM prefix kinesis) and Amazon Data Firehose (IAM prefix firehose): hand-curated rules.

resource "aws_kinesis_firehose_delivery_stream" {
  service           = "firehose"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/firehose/delivery_stream.go; pike-mapping resource/firehose/aws_kinesis_firehose_delivery_stream.json"
  arn               = "arn:${partition}:firehose:${region}:${account}:deliverystream/${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["firehose:DescribeDeliveryStream", "firehose:ListTagsForDeliveryStream"]
    source  = "resourceDeliveryStreamRead (findDeliveryStreamByName -> DescribeDeliveryStream); tags via transparent tagging ListTags (ListTagsForDeliveryStream)"
  }

  create {
    actions = ["firehose:CreateDeliveryStream"]
    source  = "resourceDeliveryStreamCreate (CreateDeliveryStream, retried on IAM propagation; waitDeliveryStreamCreated polls DescribeDeliveryStream)"
  }

  create {
    if_set  = "server_side_encryption.enabled"
    actions = ["firehose:StartDeliveryStreamEncryption"]
    source  = "resourceDeliveryStreamCreate (StartDeliveryStreamEncryption when server_side_encryption.enabled; waitDeliveryStreamEncryptionEnabled)"
  }

  create {
    if_set   = "server_side_encryption.key_arn"
    actions  = ["kms:CreateGrant", "kms:DescribeKey"]
    resource = "${server_side_encryption.key_arn}"
    source   = "pike-mapping attributes.kms_key_arn (customer managed key for server-side encryption; Firehose creates a grant on the caller's behalf)"
  }

  create {
    if_set  = "tags_all"
    actions = ["firehose:TagDeliveryStream"]
    source  = "AWS docs: Firehose API Reference CreateDeliveryStream (tags in the request are also authorized against firehose:TagDeliveryStream)"
  }

  update {
    attributes = [
      "elasticsearch_configuration",
      "extended_s3_configuration",
      "http_endpoint_configuration",
      "iceberg_configuration",
      "opensearch_configuration",
      "opensearchserverless_configuration",
      "redshift_configuration",
      "snowflake_configuration",
      "splunk_configuration",
    ]
    actions    = ["firehose:UpdateDestination"]
    source     = "resourceDeliveryStreamUpdate (UpdateDestination with the current version id from DescribeDeliveryStream; retried on IAM propagation)"
  }

  update {
    attributes = ["server_side_encryption"]
    actions    = ["firehose:StartDeliveryStreamEncryption", "firehose:StopDeliveryStreamEncryption"]
    source     = "resourceDeliveryStreamUpdate (Start/StopDeliveryStreamEncryption; waiters poll DescribeDeliveryStream)"
  }

  update {
    attributes = ["tags"]
    actions    = ["firehose:TagDeliveryStream", "firehose:UntagDeliveryStream"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  update {
    if_set     = "server_side_encryption.key_arn"
    attributes = ["server_side_encryption"]
    actions    = ["kms:CreateGrant", "kms:DescribeKey"]
    resource   = "${server_side_encryption.key_arn}"
    source     = "pike-mapping attributes.kms_key_arn"
  }

  delete {
    actions = ["firehose:DeleteDeliveryStream"]
    source  = "resourceDeliveryStreamDelete (DeleteDeliveryStream; waitDeliveryStreamDeleted polls DescribeDeliveryStream)"
  }

  delete {
    if_set   = "server_side_encryption.key_arn"
    actions  = ["kms:RevokeGrant"]
    resource = "${server_side_encryption.key_arn}"
    source   = "pike-mapping attributes.kms_key_arn (grant retired when the stream with a customer managed key is deleted)"
  }

  pass_role {
    attribute = "elasticsearch_configuration.role_arn"
    service   = "firehose.amazonaws.com"
    source    = "CreateDeliveryStream / UpdateDestination RoleARN (AWS docs: Firehose, grant Firehose access to your destination; iam:PassRole)"
  }

  pass_role {
    attribute = "extended_s3_configuration.role_arn"
    service   = "firehose.amazonaws.com"
    source    = "CreateDeliveryStream / UpdateDestination RoleARN"
  }

  pass_role {
    attribute = "http_endpoint_configuration.role_arn"
    service   = "firehose.amazonaws.com"
    source    = "CreateDeliveryStream / UpdateDestination RoleARN"
  }

  pass_role {
    attribute = "iceberg_configuration.role_arn"
    service   = "firehose.amazonaws.com"
    source    = "CreateDeliveryStream / UpdateDestination RoleARN"
  }

  pass_role {
    attribute = "kinesis_source_configuration.role_arn"
    service   = "firehose.amazonaws.com"
    source    = "CreateDeliveryStream KinesisStreamSourceConfiguration.RoleARN"
  }

  pass_role {
    attribute = "msk_source_configuration.authentication_configuration.role_arn"
    service   = "firehose.amazonaws.com"
    source    = "CreateDeliveryStream MSKSourceConfiguration.AuthenticationConfiguration.RoleARN"
  }

  pass_role {
    attribute = "opensearch_configuration.role_arn"
    service   = "firehose.amazonaws.com"
    source    = "CreateDeliveryStream / UpdateDestination RoleARN"
  }

  pass_role {
    attribute = "opensearchserverless_configuration.role_arn"
    service   = "firehose.amazonaws.com"
    source    = "CreateDeliveryStream / UpdateDestination RoleARN"
  }

  pass_role {
    attribute = "redshift_configuration.role_arn"
    service   = "firehose.amazonaws.com"
    source    = "CreateDeliveryStream / UpdateDestination RoleARN"
  }

  pass_role {
    attribute = "snowflake_configuration.role_arn"
    service   = "firehose.amazonaws.com"
    source    = "CreateDeliveryStream / UpdateDestination RoleARN"
  }

  pass_role {
    attribute = "splunk_configuration.s3_configuration.role_arn"
    service   = "firehose.amazonaws.com"
    source    = "CreateDeliveryStream / UpdateDestination S3 backup RoleARN"
  }
}

resource "aws_kinesis_stream" {
  service           = "kinesis"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/kinesis/stream.go; pike-mapping resource/kinesis/aws_kinesis_stream.json"
  arn               = "arn:${partition}:kinesis:${region}:${account}:stream/${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["kinesis:DescribeStreamSummary", "kinesis:ListTagsForStream"]
    source  = "resourceStreamRead (findStreamByName -> DescribeStreamSummary); tags via transparent tagging ListTags (ListTagsForStream)"
  }

  read {
    actions = ["kinesis:DescribeLimits"]
    source  = "capture: realrun aws_kinesis_stream create, tags and update (hashicorp/aws 5.100.0, 2026-11-21)"
    note    = "provider 5.100.0 calls DescribeLimits after every create and update of a stream, tags-only included"
  }

  create {
    actions = ["kinesis:CreateStream"]
    source  = "resourceStreamCreate (CreateStream; waitStreamCreated polls DescribeStreamSummary)"
  }

  create {
    if_set  = "retention_period"
    actions = ["kinesis:DescribeLimits", "kinesis:IncreaseStreamRetentionPeriod"]
    source  = "capture: realrun aws_cloudwatch_log_subscription_filter create (hashicorp/aws 5.100.0, 2026-11-21)"
    note    = "provider 5.100.0 calls DescribeLimits and IncreaseStreamRetentionPeriod on create even at the default retention_period (24); the block below is the v6 behaviour"
  }

  create {
    if_set  = "shard_level_metrics"
    actions = ["kinesis:EnableEnhancedMonitoring"]
    source  = "resourceStreamCreate (EnableEnhancedMonitoring for shard_level_metrics)"
  }

  create {
    if_set  = "tags_all"
    actions = ["kinesis:AddTagsToStream"]
    source  = "AWS docs: Kinesis API Reference CreateStream (with the Tags parameter the caller also needs kinesis:AddTagsToStream)"
  }

  create {
    if_equals = ["encryption_type", "KMS"]
    actions   = ["kinesis:StartStreamEncryption"]
    source    = "resourceStreamCreate (StartStreamEncryption when encryption_type is KMS; waitStreamUpdated)"
  }

  create {
    unless_equals = ["retention_period", "24"]
    actions       = ["kinesis:IncreaseStreamRetentionPeriod"]
    source        = "resourceStreamCreate (IncreaseStreamRetentionPeriod when retention_period > 24, the default)"
  }

  update {
    attributes = ["encryption_type", "kms_key_id"]
    actions    = ["kinesis:StartStreamEncryption", "kinesis:StopStreamEncryption"]
    source     = "resourceStreamUpdate (StopStreamEncryption for the old key/type, StartStreamEncryption for the new; waitStreamUpdated)"
  }

  update {
    attributes = ["enforce_consumer_deletion", "timeouts"]
    actions    = []
    source     = "no API call (enforce_consumer_deletion is used by Delete only)"
  }

  update {
    attributes = ["max_record_size_in_kib"]
    actions    = ["kinesis:UpdateMaxRecordSize"]
    source     = "resourceStreamUpdate (UpdateMaxRecordSize)"
  }

  update {
    attributes = ["retention_period"]
    actions    = ["kinesis:DecreaseStreamRetentionPeriod", "kinesis:IncreaseStreamRetentionPeriod"]
    source     = "resourceStreamUpdate (Increase/DecreaseStreamRetentionPeriod)"
  }

  update {
    attributes = ["shard_count"]
    actions    = ["kinesis:UpdateShardCount"]
    source     = "resourceStreamUpdate (UpdateShardCount, PROVISIONED streams; waitStreamUpdated)"
  }

  update {
    attributes = ["shard_level_metrics"]
    actions    = ["kinesis:DisableEnhancedMonitoring", "kinesis:EnableEnhancedMonitoring"]
    source     = "resourceStreamUpdate (Disable/EnableEnhancedMonitoring)"
  }

  update {
    attributes = ["stream_mode_details"]
    actions    = ["kinesis:UpdateStreamMode"]
    source     = "resourceStreamUpdate (UpdateStreamMode; waitStreamUpdated)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kinesis:AddTagsToStream", "kinesis:RemoveTagsFromStream"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["kinesis:DeleteStream"]
    source  = "resourceStreamDelete (DeleteStream with EnforceConsumerDeletion; waitStreamDeleted polls DescribeStreamSummary)"
  }
}
