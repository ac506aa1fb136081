# Amazon DynamoDB (IAM prefix dynamodb): hand-curated rules for aws_dynamodb_table.

resource "aws_dynamodb_table" {
  service           = "dynamodb"
  source            = "terraform-provider-aws 01335dd3cd3dff10ace08b5250b7302d4dbb0e04 internal/service/dynamodb/table.go; terraform-provider-aws v6.60.0 provider-model call_patterns"
  arn               = "arn:${partition}:dynamodb:${region}:${account}:table/${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = [
      "dynamodb:DescribeContinuousBackups",
      "dynamodb:DescribeTable",
      "dynamodb:DescribeTimeToLive",
      "dynamodb:ListTagsOfResource",
    ]
    source  = "resourceTableRead (DescribeTable, DescribeContinuousBackups, DescribeTimeToLive); tags via transparent tagging (@Tags) ListTags (ListTagsOfResource)"
  }

  create {
    actions = ["dynamodb:CreateTable"]
    source  = "resourceTableCreate (CreateTable; waitTableActive polls DescribeTable)"
  }

  create {
    if_set  = "import_table"
    actions = [
      "dynamodb:DescribeImport",
      "dynamodb:ImportTable",
      "logs:CreateLogGroup",
      "logs:CreateLogStream",
      "logs:DescribeLogGroups",
      "logs:DescribeLogStreams",
      "logs:PutLogEvents",
      "logs:PutRetentionPolicy",
    ]
    source  = "terraform-provider-aws v6.60.0 provider-model call_patterns resourceTableCreate (ImportTable, DescribeImport); AWS docs: DynamoDB Developer Guide, import from S3 (required IAM permissions)"
  }

  create {
    if_set   = "import_table"
    actions  = ["s3:ListBucket"]
    resource = "arn:${partition}:s3:::${import_table.s3_bucket_source.bucket}"
    source   = "terraform-provider-aws v6.60.0 provider-model call_patterns resourceTableCreate (ImportTable, DescribeImport); AWS docs: DynamoDB Developer Guide, import from S3 (required IAM permissions)"
  }

  create {
    if_set   = "import_table"
    actions  = ["s3:GetObject"]
    resource = "arn:${partition}:s3:::${import_table.s3_bucket_source.bucket}/*"
    source   = "terraform-provider-aws v6.60.0 provider-model call_patterns resourceTableCreate (ImportTable, DescribeImport); AWS docs: DynamoDB Developer Guide, import from S3 (required IAM permissions)"
    note     = "the objects of the source bucket (key_prefix narrows the import, but a `resource` template must keep the object ARN's shape)"
  }

  create {
    if_set  = "point_in_time_recovery.enabled"
    actions = ["dynamodb:UpdateContinuousBackups"]
    source  = "resourceTableCreate (updatePITR when point_in_time_recovery.enabled)"
  }

  create {
    if_set  = "replica"
    actions = [
      "dynamodb:BatchWriteItem",
      "dynamodb:CreateTableReplica",
      "dynamodb:DeleteItem",
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:Query",
      "dynamodb:Scan",
      "dynamodb:UpdateItem",
      "dynamodb:UpdateTable",
      "iam:CreateServiceLinkedRole",
    ]
    source  = "createReplicas (UpdateTable ReplicaUpdates Create); AWS docs: DynamoDB Developer Guide, global tables IAM (replica creation needs dynamodb:CreateTableReplica, item read/write on the table and iam:CreateServiceLinkedRole)"
  }

  create {
    if_set  = "restore_source_name"
    actions = [
      "dynamodb:BatchWriteItem",
      "dynamodb:DeleteItem",
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:Query",
      "dynamodb:RestoreTableToPointInTime",
      "dynamodb:Scan",
      "dynamodb:UpdateItem",
    ]
    source  = "resourceTableCreate (RestoreTableToPointInTime); AWS docs: DynamoDB Developer Guide, point-in-time restore IAM (restore needs item read/write on the target table)"
  }

  create {
    if_set  = "restore_source_table_arn"
    actions = [
      "dynamodb:BatchWriteItem",
      "dynamodb:DeleteItem",
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:Query",
      "dynamodb:RestoreTableToPointInTime",
      "dynamodb:Scan",
      "dynamodb:UpdateItem",
    ]
    source  = "resourceTableCreate (RestoreTableToPointInTime); AWS docs: DynamoDB Developer Guide, point-in-time restore IAM (restore needs item read/write on the target table)"
  }

  create {
    if_set   = "server_side_encryption.kms_key_arn"
    actions  = ["kms:CreateGrant", "kms:DescribeKey"]
    resource = "${server_side_encryption.kms_key_arn}"
    source   = "AWS docs: DynamoDB Developer Guide, encryption at rest with a customer managed key (caller needs kms:CreateGrant and kms:DescribeKey)"
  }

  create {
    if_set  = "tags_all"
    actions = ["dynamodb:TagResource"]
    source  = "tag on create (CreateTable Tags) and tagging after restore/import in resourceTableCreate"
  }

  create {
    if_set  = "ttl.enabled"
    actions = ["dynamodb:UpdateTimeToLive"]
    source  = "resourceTableCreate (updateTimeToLive when ttl.enabled)"
  }

  update {
    attributes = [
      "attribute",
      "billing_mode",
      "deletion_protection_enabled",
      "global_secondary_index",
      "on_demand_throughput",
      "read_capacity",
      "stream_enabled",
      "stream_view_type",
      "table_class",
      "warm_throughput",
      "write_capacity",
    ]
    actions    = ["dynamodb:UpdateTable"]
    source     = "resourceTableUpdate (UpdateTable for throughput, billing, GSI, streams, table class; waitTableActive / waitGSIActive poll DescribeTable)"
  }

  update {
    attributes = ["point_in_time_recovery"]
    actions    = ["dynamodb:UpdateContinuousBackups"]
    source     = "updatePITR (waitPITRUpdated polls DescribeContinuousBackups)"
  }

  update {
    attributes = ["replica"]
    actions    = [
      "dynamodb:BatchWriteItem",
      "dynamodb:CreateTableReplica",
      "dynamodb:DeleteItem",
      "dynamodb:DeleteTableReplica",
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:Query",
      "dynamodb:Scan",
      "dynamodb:UpdateItem",
      "dynamodb:UpdateTable",
      "iam:CreateServiceLinkedRole",
    ]
    source     = "updateReplica (createReplicas / deleteReplicas via UpdateTable); AWS docs: DynamoDB Developer Guide, global tables IAM (replica creation needs dynamodb:CreateTableReplica, item read/write on the table and iam:CreateServiceLinkedRole)"
  }

  update {
    attributes = ["server_side_encryption"]
    actions    = ["dynamodb:UpdateTable"]
    source     = "resourceTableUpdate (UpdateTable SSESpecification; waitSSEUpdated)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dynamodb:TagResource", "dynamodb:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  update {
    attributes = ["ttl"]
    actions    = ["dynamodb:UpdateTimeToLive"]
    source     = "updateTimeToLive (waitTTLUpdated polls DescribeTimeToLive)"
  }

  update {
    if_set     = "server_side_encryption.kms_key_arn"
    attributes = ["server_side_encryption"]
    actions    = ["kms:CreateGrant", "kms:DescribeKey"]
    resource   = "${server_side_encryption.kms_key_arn}"
    source     = "AWS docs: DynamoDB Developer Guide, encryption at rest with a customer managed key (caller needs kms:CreateGrant and kms:DescribeKey)"
  }

  delete {
    actions = ["dynamodb:DeleteTable"]
    source  = "resourceTableDelete (deleteTable; waitTableDeleted polls DescribeTable)"
  }

  delete {
    if_set  = "replica"
    actions = ["dynamodb:DeleteTableReplica", "dynamodb:UpdateTable"]
    source  = "resourceTableDelete (deleteReplicas via UpdateTable before DeleteTable)"
  }
}

resource "aws_dynamodb_table_item" {
  service           = "dynamodb"
  source            = "terraform-provider-aws 043597116c3349d82ca9fd95ca6b23ada17a506c internal/service/dynamodb/table_item.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions  = ["dynamodb:GetItem"]
    resource = "arn:${partition}:dynamodb:${region}:${account}:table/${table_name}"
    source   = "resourceTableItemRead (FindTableItem -> GetItem ConsistentRead)"
    note     = "DescribeTable (listed by the provider-model) is only called by the importer"
  }

  create {
    actions  = ["dynamodb:PutItem"]
    resource = "arn:${partition}:dynamodb:${region}:${account}:table/${table_name}"
    source   = "resourceTableItemCreate (PutItem with attribute_not_exists condition)"
  }

  update {
    attributes = ["item"]
    actions    = ["dynamodb:DeleteItem", "dynamodb:UpdateItem"]
    resource   = "arn:${partition}:dynamodb:${region}:${account}:table/${table_name}"
    source     = "resourceTableItemUpdate (UpdateItem; DeleteItem of the old record when the key values changed)"
  }

  delete {
    actions  = ["dynamodb:DeleteItem"]
    resource = "arn:${partition}:dynamodb:${region}:${account}:table/${table_name}"
    source   = "resourceTableItemDelete (DeleteItem)"
  }
}
