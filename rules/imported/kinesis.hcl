# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_kinesis_account_settings" {
  service = "kinesis"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kinesis.(*accountSettingsResource).Create, kinesis.(*accountSettingsResource).Read, kinesis.(*accountSettingsResource).Update) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: kinesis:DescribeAccountSettings, kinesis:UpdateAccountSettings"

  read {
    actions = ["kinesis:DescribeAccountSettings"]
    source  = "kinesis.(*accountSettingsResource).Read"
  }

  create {
    actions = ["kinesis:DescribeAccountSettings", "kinesis:UpdateAccountSettings"]
    source  = "kinesis.(*accountSettingsResource).Create"
  }

  update {
    attributes = []
    actions    = ["kinesis:UpdateAccountSettings"]
    source     = "kinesis.(*accountSettingsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_kinesis_resource_policy" {
  service = "kinesis"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kinesis.(*resourcePolicyResource).Create, kinesis.(*resourcePolicyResource).Read, kinesis.(*resourcePolicyResource).Update, kinesis.(*resourcePolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: kinesis:DeleteResourcePolicy, kinesis:GetResourcePolicy, kinesis:PutResourcePolicy"

  read {
    actions = ["kinesis:GetResourcePolicy"]
    source  = "kinesis.(*resourcePolicyResource).Read"
  }

  create {
    actions = ["kinesis:PutResourcePolicy"]
    source  = "kinesis.(*resourcePolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["kinesis:PutResourcePolicy"]
    source     = "kinesis.(*resourcePolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["kinesis:DeleteResourcePolicy"]
    source  = "kinesis.(*resourcePolicyResource).Delete"
  }
}

resource "aws_kinesis_stream_consumer" {
  service = "kinesis"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kinesis.resourceStreamConsumerCreate, kinesis.resourceStreamConsumerRead, kinesis.resourceStreamConsumerUpdate, kinesis.resourceStreamConsumerDelete) + iamlive-map 2022-08-19"
  note    = "kinesis.(*servicePackage).UpdateTags: no operation names the crud map's tag resource type `StreamConsumer`, so all its operations are kept; not in iamlive-map, identical IAM name used: kinesis:ListTagsForResource, kinesis:TagResource, kinesis:UntagResource"

  read {
    actions = [
      "kinesis:DescribeStreamConsumer",
      "kinesis:ListTagsForResource",
      "kinesis:ListTagsForStream",
    ]
    source  = "kinesis.resourceStreamConsumerRead + kinesis.(*servicePackage).ListTags"
  }

  create {
    actions = ["kinesis:DescribeStreamConsumer", "kinesis:RegisterStreamConsumer"]
    source  = "kinesis.resourceStreamConsumerCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "kinesis.resourceStreamConsumerUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = [
      "kinesis:AddTagsToStream",
      "kinesis:RemoveTagsFromStream",
      "kinesis:TagResource",
      "kinesis:UntagResource",
    ]
    source     = "kinesis.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kinesis:DeregisterStreamConsumer", "kinesis:DescribeStreamConsumer"]
    source  = "kinesis.resourceStreamConsumerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_kinesis_stream" {
  service = "kinesis"
  source  = "import: pike data/kinesis/aws_kinesis_stream.json"

  read {
    actions = ["kinesis:DescribeStreamSummary"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_kinesis_stream_consumer" {
  service = "kinesis"
  source  = "import: pike data/kinesis/aws_kinesis_stream_consumer.json"

  read {
    actions = ["kinesis:ListStreamConsumers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
