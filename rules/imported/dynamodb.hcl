# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_dynamodb_contributor_insights" {
  service = "dynamodb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dynamodb.resourceContributorInsightsCreate, dynamodb.resourceContributorInsightsRead, dynamodb.resourceContributorInsightsDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["dynamodb:DescribeContributorInsights"]
    source  = "dynamodb.resourceContributorInsightsRead"
  }

  create {
    actions = ["dynamodb:DescribeContributorInsights", "dynamodb:UpdateContributorInsights"]
    source  = "dynamodb.resourceContributorInsightsCreate"
  }

  delete {
    actions = ["dynamodb:DescribeContributorInsights", "dynamodb:UpdateContributorInsights"]
    source  = "dynamodb.resourceContributorInsightsDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dynamodb_global_secondary_index" {
  service = "dynamodb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dynamodb.(*resourceGlobalSecondaryIndex).Create, dynamodb.(*resourceGlobalSecondaryIndex).Read, dynamodb.(*resourceGlobalSecondaryIndex).Update, dynamodb.(*resourceGlobalSecondaryIndex).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["dynamodb:DescribeTable"]
    source  = "dynamodb.(*resourceGlobalSecondaryIndex).Read"
  }

  create {
    actions = ["dynamodb:DescribeTable", "dynamodb:UpdateTable"]
    source  = "dynamodb.(*resourceGlobalSecondaryIndex).Create"
  }

  update {
    attributes = []
    actions    = ["dynamodb:UpdateTable"]
    source     = "dynamodb.(*resourceGlobalSecondaryIndex).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["dynamodb:DescribeTable", "dynamodb:UpdateTable"]
    source  = "dynamodb.(*resourceGlobalSecondaryIndex).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dynamodb_global_table" {
  service = "dynamodb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dynamodb.resourceGlobalTableCreate, dynamodb.resourceGlobalTableRead, dynamodb.resourceGlobalTableUpdate, dynamodb.resourceGlobalTableDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["dynamodb:DescribeGlobalTable"]
    source  = "dynamodb.resourceGlobalTableRead"
  }

  create {
    actions = ["dynamodb:CreateGlobalTable", "dynamodb:DescribeGlobalTable"]
    source  = "dynamodb.resourceGlobalTableCreate"
  }

  update {
    attributes = []
    actions    = ["dynamodb:UpdateGlobalTable"]
    source     = "dynamodb.resourceGlobalTableUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["dynamodb:DescribeGlobalTable", "dynamodb:UpdateGlobalTable"]
    source  = "dynamodb.resourceGlobalTableDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dynamodb_kinesis_streaming_destination" {
  service = "dynamodb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dynamodb.resourceKinesisStreamingDestinationCreate, dynamodb.resourceKinesisStreamingDestinationRead, dynamodb.resourceKinesisStreamingDestinationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["dynamodb:DescribeKinesisStreamingDestination"]
    source  = "dynamodb.resourceKinesisStreamingDestinationRead"
  }

  create {
    actions = [
      "dynamodb:DescribeKinesisStreamingDestination",
      "dynamodb:EnableKinesisStreamingDestination",
    ]
    source  = "dynamodb.resourceKinesisStreamingDestinationCreate"
  }

  delete {
    actions = [
      "dynamodb:DescribeKinesisStreamingDestination",
      "dynamodb:DisableKinesisStreamingDestination",
    ]
    source  = "dynamodb.resourceKinesisStreamingDestinationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dynamodb_resource_policy" {
  service = "dynamodb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dynamodb.(*resourcePolicyResource).Create, dynamodb.(*resourcePolicyResource).Read, dynamodb.(*resourcePolicyResource).Update, dynamodb.(*resourcePolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: dynamodb:DeleteResourcePolicy, dynamodb:GetResourcePolicy, dynamodb:PutResourcePolicy"

  read {
    actions = ["dynamodb:GetResourcePolicy"]
    source  = "dynamodb.(*resourcePolicyResource).Read"
  }

  create {
    actions = ["dynamodb:GetResourcePolicy", "dynamodb:PutResourcePolicy"]
    source  = "dynamodb.(*resourcePolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["dynamodb:PutResourcePolicy"]
    source     = "dynamodb.(*resourcePolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["dynamodb:DeleteResourcePolicy"]
    source  = "dynamodb.(*resourcePolicyResource).Delete"
  }
}

resource "aws_dynamodb_table_export" {
  service = "dynamodb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dynamodb.resourceTableExportCreate, dynamodb.resourceTableExportRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["dynamodb:DescribeExport"]
    source  = "dynamodb.resourceTableExportRead"
  }

  create {
    actions = ["dynamodb:DescribeExport", "dynamodb:ExportTableToPointInTime"]
    source  = "dynamodb.resourceTableExportCreate"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_dynamodb_table_replica" {
  service = "dynamodb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dynamodb.resourceTableReplicaCreate, dynamodb.resourceTableReplicaRead, dynamodb.resourceTableReplicaUpdate, dynamodb.resourceTableReplicaDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: dynamodb:UntagResource"

  read {
    actions = [
      "dynamodb:DescribeContinuousBackups",
      "dynamodb:DescribeTable",
      "dynamodb:ListTagsOfResource",
    ]
    source  = "dynamodb.resourceTableReplicaRead + dynamodb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "dynamodb:DescribeContinuousBackups",
      "dynamodb:DescribeTable",
      "dynamodb:UpdateContinuousBackups",
      "dynamodb:UpdateTable",
    ]
    source  = "dynamodb.resourceTableReplicaCreate"
  }

  create {
    if_set  = "tags"
    actions = ["dynamodb:ListTagsOfResource", "dynamodb:TagResource"]
    source  = "dynamodb.resourceTableReplicaCreate: the create handler itself reaches the tagging calls of UpdateTags (ListTagsOfResource, TagResource)"
  }

  update {
    attributes = []
    actions    = ["dynamodb:UpdateContinuousBackups", "dynamodb:UpdateTable"]
    source     = "dynamodb.resourceTableReplicaUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dynamodb:ListTagsOfResource", "dynamodb:TagResource", "dynamodb:UntagResource"]
    source     = "dynamodb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dynamodb:DescribeTable", "dynamodb:UpdateTable"]
    source  = "dynamodb.resourceTableReplicaDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dynamodb_tag" {
  service = "dynamodb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dynamodb.resourceTagCreate, dynamodb.resourceTagRead, dynamodb.resourceTagUpdate, dynamodb.resourceTagDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: dynamodb:UntagResource"

  read {
    actions = ["dynamodb:ListTagsOfResource"]
    source  = "dynamodb.resourceTagRead"
  }

  create {
    actions = ["dynamodb:ListTagsOfResource", "dynamodb:TagResource"]
    source  = "dynamodb.resourceTagCreate"
  }

  update {
    attributes = []
    actions    = ["dynamodb:TagResource", "dynamodb:UntagResource"]
    source     = "dynamodb.resourceTagUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["dynamodb:ListTagsOfResource", "dynamodb:TagResource", "dynamodb:UntagResource"]
    source  = "dynamodb.resourceTagDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_dynamodb_backups" {
  service = "dynamodb"
  source  = "import: pike data/dynamodb/aws_dynamodb_backups.json"

  read {
    actions = ["dynamodb:ListBackups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_dynamodb_table" {
  service = "dynamodb"
  source  = "import: pike data/dynamodb/aws_dynamodb_table.json"

  read {
    actions = [
      "dynamodb:DescribeContinuousBackups",
      "dynamodb:DescribeTable",
      "dynamodb:DescribeTimeToLive",
      "dynamodb:ListTagsOfResource",
    ]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_dynamodb_table_item" {
  service = "dynamodb"
  source  = "import: pike data/dynamodb/aws_dynamodb_table_item.json"

  read {
    actions = ["dynamodb:GetItem"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_dynamodb_tables" {
  service = "dynamodb"
  source  = "import: pike data/dynamodb/aws_dynamodb_tables.json"

  read {
    actions = ["dynamodb:ListTables"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
