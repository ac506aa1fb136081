# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_mskconnect_connector" {
  service = "kafkaconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kafkaconnect.resourceConnectorCreate, kafkaconnect.resourceConnectorRead, kafkaconnect.resourceConnectorUpdate, kafkaconnect.resourceConnectorDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by kafkaconnect.CreateConnector (not imported: a curated pass_role block names the role attribute); not in iamlive-map, identical IAM name used: kafkaconnect:ListTagsForResource, kafkaconnect:TagResource, kafkaconnect:UntagResource"

  read {
    actions = ["kafkaconnect:DescribeConnector", "kafkaconnect:ListTagsForResource"]
    source  = "kafkaconnect.resourceConnectorRead + kafkaconnect.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateNetworkInterface",
      "ec2:DescribeSecurityGroups",
      "ec2:DescribeSubnets",
      "ec2:DescribeVpcs",
      "firehose:TagDeliveryStream",
      "iam:AttachRolePolicy",
      "iam:CreateServiceLinkedRole",
      "iam:PutRolePolicy",
      "kafkaconnect:CreateConnector",
      "kafkaconnect:DescribeConnector",
      "logs:CreateLogDelivery",
      "logs:DescribeLogGroups",
      "logs:DescribeResourcePolicies",
      "logs:GetLogDelivery",
      "logs:ListLogDeliveries",
      "logs:PutResourcePolicy",
      "s3:GetBucketPolicy",
      "s3:PutBucketPolicy",
    ]
    source  = "kafkaconnect.resourceConnectorCreate"
  }

  update {
    attributes = []
    actions    = ["kafkaconnect:UpdateConnector"]
    source     = "kafkaconnect.resourceConnectorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kafkaconnect:TagResource", "kafkaconnect:UntagResource"]
    source     = "kafkaconnect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "kafkaconnect:DeleteConnector",
      "kafkaconnect:DescribeConnector",
      "logs:DeleteLogDelivery",
      "logs:ListLogDeliveries",
    ]
    source  = "kafkaconnect.resourceConnectorDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_mskconnect_custom_plugin" {
  service = "kafkaconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kafkaconnect.resourceCustomPluginCreate, kafkaconnect.resourceCustomPluginRead, kafkaconnect.resourceCustomPluginUpdate, kafkaconnect.resourceCustomPluginDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: kafkaconnect:ListTagsForResource, kafkaconnect:TagResource, kafkaconnect:UntagResource"

  read {
    actions = ["kafkaconnect:DescribeCustomPlugin", "kafkaconnect:ListTagsForResource"]
    source  = "kafkaconnect.resourceCustomPluginRead + kafkaconnect.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "kafkaconnect:CreateCustomPlugin",
      "kafkaconnect:DescribeCustomPlugin",
      "s3:GetObject",
    ]
    source  = "kafkaconnect.resourceCustomPluginCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "kafkaconnect.resourceCustomPluginUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kafkaconnect:TagResource", "kafkaconnect:UntagResource"]
    source     = "kafkaconnect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kafkaconnect:DeleteCustomPlugin", "kafkaconnect:DescribeCustomPlugin"]
    source  = "kafkaconnect.resourceCustomPluginDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_mskconnect_worker_configuration" {
  service = "kafkaconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kafkaconnect.resourceWorkerConfigurationCreate, kafkaconnect.resourceWorkerConfigurationRead, kafkaconnect.resourceWorkerConfigurationUpdate, kafkaconnect.resourceWorkerConfigurationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: kafkaconnect:DeleteWorkerConfiguration, kafkaconnect:ListTagsForResource, kafkaconnect:TagResource, kafkaconnect:UntagResource"

  read {
    actions = ["kafkaconnect:DescribeWorkerConfiguration", "kafkaconnect:ListTagsForResource"]
    source  = "kafkaconnect.resourceWorkerConfigurationRead + kafkaconnect.(*servicePackage).ListTags"
  }

  create {
    actions = ["kafkaconnect:CreateWorkerConfiguration", "kafkaconnect:DescribeWorkerConfiguration"]
    source  = "kafkaconnect.resourceWorkerConfigurationCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "kafkaconnect.resourceWorkerConfigurationUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kafkaconnect:TagResource", "kafkaconnect:UntagResource"]
    source     = "kafkaconnect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kafkaconnect:DeleteWorkerConfiguration", "kafkaconnect:DescribeWorkerConfiguration"]
    source  = "kafkaconnect.resourceWorkerConfigurationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_mskconnect_connector" {
  service = "kafkaconnect"
  source  = "import: pike data/kafka/aws_mskconnect_connector.json"

  read {
    actions = ["kafkaconnect:ListConnectors"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_mskconnect_custom_plugin" {
  service = "kafkaconnect"
  source  = "import: pike data/kafka/aws_mskconnect_custom_plugin.json"

  read {
    actions = ["kafkaconnect:ListCustomPlugins"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_mskconnect_worker_configuration" {
  service = "kafkaconnect"
  source  = "import: pike data/kafka/aws_mskconnect_worker_configuration.json"

  read {
    actions = ["kafkaconnect:ListWorkerConfigurations"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
