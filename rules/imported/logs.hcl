# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cloudwatch_log_account_policy" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.resourceAccountPolicyPut, logs.resourceAccountPolicyRead, logs.resourceAccountPolicyDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: logs:DeleteAccountPolicy, logs:DescribeAccountPolicies, logs:PutAccountPolicy"

  read {
    actions = ["logs:DescribeAccountPolicies"]
    source  = "logs.resourceAccountPolicyRead"
  }

  create {
    actions = ["logs:DescribeAccountPolicies", "logs:PutAccountPolicy"]
    source  = "logs.resourceAccountPolicyPut"
  }

  update {
    attributes = []
    actions    = ["logs:PutAccountPolicy"]
    source     = "logs.resourceAccountPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["logs:DeleteAccountPolicy"]
    source  = "logs.resourceAccountPolicyDelete"
  }
}

resource "aws_cloudwatch_log_anomaly_detector" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.(*anomalyDetectorResource).Create, logs.(*anomalyDetectorResource).Read, logs.(*anomalyDetectorResource).Update, logs.(*anomalyDetectorResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: logs:CreateLogAnomalyDetector, logs:DeleteLogAnomalyDetector, logs:GetLogAnomalyDetector, logs:ListTagsForResource, logs:TagResource, logs:UntagResource, logs:UpdateLogAnomalyDetector"

  read {
    actions = ["logs:GetLogAnomalyDetector", "logs:ListTagsForResource"]
    source  = "logs.(*anomalyDetectorResource).Read + logs.(*servicePackage).ListTags"
  }

  create {
    actions = ["logs:CreateLogAnomalyDetector", "logs:GetLogAnomalyDetector"]
    source  = "logs.(*anomalyDetectorResource).Create"
  }

  update {
    attributes = []
    actions    = ["logs:UpdateLogAnomalyDetector"]
    source     = "logs.(*anomalyDetectorResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["logs:TagResource", "logs:UntagResource"]
    source     = "logs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["logs:DeleteLogAnomalyDetector"]
    source  = "logs.(*anomalyDetectorResource).Delete"
  }
}

resource "aws_cloudwatch_log_data_protection_policy" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.resourceDataProtectionPolicyPut, logs.resourceDataProtectionPolicyRead, logs.resourceDataProtectionPolicyDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: logs:DeleteDataProtectionPolicy, logs:GetDataProtectionPolicy, logs:PutDataProtectionPolicy"

  read {
    actions = ["logs:GetDataProtectionPolicy"]
    source  = "logs.resourceDataProtectionPolicyRead"
  }

  create {
    actions = ["logs:GetDataProtectionPolicy", "logs:PutDataProtectionPolicy"]
    source  = "logs.resourceDataProtectionPolicyPut"
  }

  update {
    attributes = []
    actions    = ["logs:PutDataProtectionPolicy"]
    source     = "logs.resourceDataProtectionPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["logs:DeleteDataProtectionPolicy"]
    source  = "logs.resourceDataProtectionPolicyDelete"
  }
}

resource "aws_cloudwatch_log_delivery" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.(*deliveryResource).Create, logs.(*deliveryResource).Read, logs.(*deliveryResource).Update, logs.(*deliveryResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: logs:CreateDelivery, logs:DeleteDelivery, logs:GetDelivery, logs:ListTagsForResource, logs:TagResource, logs:UntagResource, logs:UpdateDeliveryConfiguration"

  read {
    actions = ["logs:GetDelivery", "logs:ListTagsForResource"]
    source  = "logs.(*deliveryResource).Read + logs.(*servicePackage).ListTags"
  }

  create {
    actions = ["logs:CreateDelivery", "logs:GetDelivery"]
    source  = "logs.(*deliveryResource).Create"
  }

  update {
    attributes = []
    actions    = ["logs:UpdateDeliveryConfiguration"]
    source     = "logs.(*deliveryResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["logs:TagResource", "logs:UntagResource"]
    source     = "logs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["logs:DeleteDelivery"]
    source  = "logs.(*deliveryResource).Delete"
  }
}

resource "aws_cloudwatch_log_delivery_destination" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.(*deliveryDestinationResource).Create, logs.(*deliveryDestinationResource).Read, logs.(*deliveryDestinationResource).Update, logs.(*deliveryDestinationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: logs:DeleteDeliveryDestination, logs:GetDeliveryDestination, logs:ListTagsForResource, logs:PutDeliveryDestination, logs:TagResource, logs:UntagResource"

  read {
    actions = ["logs:GetDeliveryDestination", "logs:ListTagsForResource"]
    source  = "logs.(*deliveryDestinationResource).Read + logs.(*servicePackage).ListTags"
  }

  create {
    actions = ["logs:PutDeliveryDestination"]
    source  = "logs.(*deliveryDestinationResource).Create"
  }

  update {
    attributes = []
    actions    = ["logs:PutDeliveryDestination"]
    source     = "logs.(*deliveryDestinationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["logs:TagResource", "logs:UntagResource"]
    source     = "logs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["logs:DeleteDeliveryDestination"]
    source  = "logs.(*deliveryDestinationResource).Delete"
  }
}

resource "aws_cloudwatch_log_delivery_destination_policy" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.(*deliveryDestinationPolicyResource).Create, logs.(*deliveryDestinationPolicyResource).Read, logs.(*deliveryDestinationPolicyResource).Update, logs.(*deliveryDestinationPolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: logs:DeleteDeliveryDestinationPolicy, logs:GetDeliveryDestinationPolicy, logs:PutDeliveryDestinationPolicy"

  read {
    actions = ["logs:GetDeliveryDestinationPolicy"]
    source  = "logs.(*deliveryDestinationPolicyResource).Read"
  }

  create {
    actions = ["logs:PutDeliveryDestinationPolicy"]
    source  = "logs.(*deliveryDestinationPolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["logs:PutDeliveryDestinationPolicy"]
    source     = "logs.(*deliveryDestinationPolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["logs:DeleteDeliveryDestinationPolicy"]
    source  = "logs.(*deliveryDestinationPolicyResource).Delete"
  }
}

resource "aws_cloudwatch_log_delivery_source" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.(*deliverySourceResource).Create, logs.(*deliverySourceResource).Read, logs.(*deliverySourceResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: logs:DeleteDeliverySource, logs:GetDeliverySource, logs:ListTagsForResource, logs:PutDeliverySource, logs:TagResource, logs:UntagResource"

  read {
    actions = ["logs:GetDeliverySource", "logs:ListTagsForResource"]
    source  = "logs.(*deliverySourceResource).Read + logs.(*servicePackage).ListTags"
  }

  create {
    actions = ["logs:PutDeliverySource"]
    source  = "logs.(*deliverySourceResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["logs:TagResource", "logs:UntagResource"]
    source     = "logs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["logs:DeleteDeliverySource"]
    source  = "logs.(*deliverySourceResource).Delete"
  }
}

resource "aws_cloudwatch_log_destination" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.resourceDestinationCreate, logs.resourceDestinationRead, logs.resourceDestinationUpdate, logs.resourceDestinationDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: logs:UntagResource; iamlive-map: iam:PassRole is also needed by logs.PutDestination (not imported: a curated pass_role block names the role attribute); not in iamlive-map, identical IAM name used: logs:ListTagsForResource, logs:TagResource, logs:UntagResource"

  read {
    actions = ["logs:DescribeDestinations", "logs:ListTagsForResource"]
    source  = "logs.resourceDestinationRead + logs.(*servicePackage).ListTags"
  }

  create {
    actions = ["logs:DescribeDestinations", "logs:PutDestination"]
    source  = "logs.resourceDestinationCreate"
  }

  create {
    if_set  = "tags"
    actions = ["logs:TagResource"]
    source  = "logs.resourceDestinationCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["logs:PutDestination"]
    source     = "logs.resourceDestinationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["logs:TagResource", "logs:UntagResource"]
    source     = "logs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["logs:DeleteDestination"]
    source  = "logs.resourceDestinationDelete"
  }
}

resource "aws_cloudwatch_log_destination_policy" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.resourceDestinationPolicyPut, logs.resourceDestinationPolicyRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["logs:DescribeDestinations"]
    source  = "logs.resourceDestinationPolicyRead"
  }

  create {
    actions = ["logs:DescribeDestinations", "logs:PutDestinationPolicy"]
    source  = "logs.resourceDestinationPolicyPut"
  }

  update {
    attributes = []
    actions    = ["logs:PutDestinationPolicy"]
    source     = "logs.resourceDestinationPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_cloudwatch_log_index_policy" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.(*indexPolicyResource).Create, logs.(*indexPolicyResource).Read, logs.(*indexPolicyResource).Update, logs.(*indexPolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: logs:DeleteIndexPolicy, logs:DescribeIndexPolicies, logs:PutIndexPolicy"

  read {
    actions = ["logs:DescribeIndexPolicies"]
    source  = "logs.(*indexPolicyResource).Read"
  }

  create {
    actions = ["logs:PutIndexPolicy"]
    source  = "logs.(*indexPolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["logs:PutIndexPolicy"]
    source     = "logs.(*indexPolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["logs:DeleteIndexPolicy"]
    source  = "logs.(*indexPolicyResource).Delete"
  }
}

resource "aws_cloudwatch_log_s3_table_integration_source" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.(*s3TableIntegrationSourceResource).Create, logs.(*s3TableIntegrationSourceResource).Read, logs.(*s3TableIntegrationSourceResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: logs:AssociateSourceToS3TableIntegration, logs:DisassociateSourceFromS3TableIntegration, logs:ListSourcesForS3TableIntegration"

  read {
    actions = ["logs:ListSourcesForS3TableIntegration"]
    source  = "logs.(*s3TableIntegrationSourceResource).Read"
  }

  create {
    actions = ["logs:AssociateSourceToS3TableIntegration"]
    source  = "logs.(*s3TableIntegrationSourceResource).Create"
  }

  delete {
    actions = [
      "logs:DisassociateSourceFromS3TableIntegration",
      "logs:ListSourcesForS3TableIntegration",
    ]
    source  = "logs.(*s3TableIntegrationSourceResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudwatch_log_storage_tier_policy" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.(*storageTierPolicyResource).Create, logs.(*storageTierPolicyResource).Read, logs.(*storageTierPolicyResource).Update, logs.(*storageTierPolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: logs:GetStorageTierPolicy, logs:PutStorageTierPolicy"

  read {
    actions = ["logs:GetStorageTierPolicy"]
    source  = "logs.(*storageTierPolicyResource).Read"
  }

  create {
    actions = ["logs:PutStorageTierPolicy"]
    source  = "logs.(*storageTierPolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["logs:PutStorageTierPolicy"]
    source     = "logs.(*storageTierPolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["logs:PutStorageTierPolicy"]
    source  = "logs.(*storageTierPolicyResource).Delete"
  }
}

resource "aws_cloudwatch_log_stream" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.resourceStreamCreate, logs.resourceStreamRead, logs.resourceStreamDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["logs:DescribeLogStreams"]
    source  = "logs.resourceStreamRead"
  }

  create {
    actions = ["logs:CreateLogStream", "logs:DescribeLogStreams"]
    source  = "logs.resourceStreamCreate"
  }

  delete {
    actions = ["logs:DeleteLogStream"]
    source  = "logs.resourceStreamDelete"
  }
}

resource "aws_cloudwatch_log_transformer" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.(*transformerResource).Create, logs.(*transformerResource).Read, logs.(*transformerResource).Update, logs.(*transformerResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: logs:DeleteTransformer, logs:GetTransformer, logs:PutTransformer"

  read {
    actions = ["logs:GetTransformer"]
    source  = "logs.(*transformerResource).Read"
  }

  create {
    actions = ["logs:GetTransformer", "logs:PutTransformer"]
    source  = "logs.(*transformerResource).Create"
  }

  update {
    attributes = []
    actions    = ["logs:PutTransformer"]
    source     = "logs.(*transformerResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["logs:DeleteTransformer"]
    source  = "logs.(*transformerResource).Delete"
  }
}

resource "aws_cloudwatch_query_definition" {
  service = "logs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (logs.resourceQueryDefinitionPut, logs.resourceQueryDefinitionRead, logs.resourceQueryDefinitionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["logs:DescribeQueryDefinitions"]
    source  = "logs.resourceQueryDefinitionRead"
  }

  create {
    actions = ["logs:DescribeQueryDefinitions", "logs:PutQueryDefinition"]
    source  = "logs.resourceQueryDefinitionPut"
  }

  update {
    attributes = []
    actions    = ["logs:PutQueryDefinition"]
    source     = "logs.resourceQueryDefinitionPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["logs:DeleteQueryDefinition"]
    source  = "logs.resourceQueryDefinitionDelete"
  }
}

data "aws_cloudwatch_log_group" {
  service = "logs"
  source  = "import: pike data/cloudwatch/aws_cloudwatch_log_group.json"

  read {
    actions = ["logs:DescribeLogGroups", "logs:ListTagsLogGroup"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudwatch_log_groups" {
  service = "logs"
  source  = "import: pike data/cloudwatch/aws_cloudwatch_log_groups.json"

  read {
    actions = ["logs:DescribeLogGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
