# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_mq_broker" {
  service = "mq"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (mq.resourceBrokerCreate, mq.resourceBrokerRead, mq.resourceBrokerUpdate, mq.resourceBrokerDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by mq.CreateBroker, mq.UpdateBroker (not imported: a curated pass_role block names the role attribute); not in iamlive-map, identical IAM name used: mq:DescribeSharedResources"

  read {
    actions = ["mq:DescribeBroker", "mq:DescribeSharedResources", "mq:DescribeUser", "mq:ListTags"]
    source  = "mq.resourceBrokerRead + mq.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateNetworkInterface",
      "mq:CreateBroker",
      "mq:DescribeBroker",
      "mq:DescribeSharedResources",
      "mq:DescribeUser",
      "mq:RebootBroker",
      "mq:UpdateBroker",
    ]
    source  = "mq.resourceBrokerCreate"
  }

  update {
    attributes = []
    actions    = [
      "mq:CreateUser",
      "mq:DeleteUser",
      "mq:RebootBroker",
      "mq:UpdateBroker",
      "mq:UpdateUser",
    ]
    source     = "mq.resourceBrokerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["mq:CreateTags", "mq:DeleteTags"]
    source     = "mq.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteNetworkInterface", "mq:DeleteBroker", "mq:DescribeBroker"]
    source  = "mq.resourceBrokerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_mq_configuration" {
  service = "mq"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (mq.resourceConfigurationCreate, mq.resourceConfigurationRead, mq.resourceConfigurationUpdate, mq.resourceConfigurationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: mq:DeleteConfiguration"

  read {
    actions = ["mq:DescribeConfiguration", "mq:DescribeConfigurationRevision", "mq:ListTags"]
    source  = "mq.resourceConfigurationRead + mq.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "mq:CreateConfiguration",
      "mq:DescribeConfiguration",
      "mq:DescribeConfigurationRevision",
      "mq:UpdateConfiguration",
    ]
    source  = "mq.resourceConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["mq:UpdateConfiguration"]
    source     = "mq.resourceConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["mq:CreateTags", "mq:DeleteTags"]
    source     = "mq.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["mq:DeleteConfiguration"]
    source  = "mq.resourceConfigurationDelete"
  }
}

data "aws_mq_broker" {
  service = "mq"
  source  = "import: pike data/mq/aws_mq_broker.json"

  read {
    actions = ["mq:ListBrokers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_mq_broker_engine_types" {
  service = "mq"
  source  = "import: pike data/mq/aws_mq_broker_engine_types.json"

  read {
    actions = ["mq:DescribeBrokerEngineTypes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_mq_broker_instance_type_offerings" {
  service = "mq"
  source  = "import: pike data/mq/aws_mq_broker_instance_type_offerings.json"

  read {
    actions = ["mq:DescribeBrokerInstanceOptions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
