# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_dms_certificate" {
  service = "dms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dms.resourceCertificateCreate, dms.resourceCertificateRead, dms.resourceCertificateUpdate, dms.resourceCertificateDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["dms:DescribeCertificates", "dms:ListTagsForResource"]
    source  = "dms.resourceCertificateRead + dms.(*servicePackage).ListTags"
  }

  create {
    actions = ["dms:DescribeCertificates", "dms:ImportCertificate"]
    source  = "dms.resourceCertificateCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "dms.resourceCertificateUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dms:AddTagsToResource", "dms:RemoveTagsFromResource"]
    source     = "dms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dms:DeleteCertificate"]
    source  = "dms.resourceCertificateDelete"
  }
}

resource "aws_dms_endpoint" {
  service = "dms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dms.resourceEndpointCreate, dms.resourceEndpointRead, dms.resourceEndpointUpdate, dms.resourceEndpointDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by dms.CreateEndpoint, dms.ModifyEndpoint (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["dms:DescribeEndpoints", "dms:ListTagsForResource"]
    source  = "dms.resourceEndpointRead + dms.(*servicePackage).ListTags"
  }

  create {
    actions = ["dms:CreateEndpoint", "dms:DescribeEndpoints"]
    source  = "dms.resourceEndpointCreate"
  }

  update {
    attributes = []
    actions    = ["dms:ModifyEndpoint", "dms:StartReplicationTask", "dms:StopReplicationTask"]
    source     = "dms.resourceEndpointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dms:AddTagsToResource", "dms:RemoveTagsFromResource"]
    source     = "dms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dms:DeleteEndpoint", "dms:DescribeEndpoints"]
    source  = "dms.resourceEndpointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dms_event_subscription" {
  service = "dms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dms.resourceEventSubscriptionCreate, dms.resourceEventSubscriptionRead, dms.resourceEventSubscriptionUpdate, dms.resourceEventSubscriptionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["dms:DescribeEventSubscriptions", "dms:ListTagsForResource"]
    source  = "dms.resourceEventSubscriptionRead + dms.(*servicePackage).ListTags"
  }

  create {
    actions = ["dms:CreateEventSubscription", "dms:DescribeEventSubscriptions"]
    source  = "dms.resourceEventSubscriptionCreate"
  }

  update {
    attributes = []
    actions    = ["dms:ModifyEventSubscription"]
    source     = "dms.resourceEventSubscriptionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dms:AddTagsToResource", "dms:RemoveTagsFromResource"]
    source     = "dms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dms:DeleteEventSubscription", "dms:DescribeEventSubscriptions"]
    source  = "dms.resourceEventSubscriptionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dms_replication_config" {
  service = "dms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dms.resourceReplicationConfigCreate, dms.resourceReplicationConfigRead, dms.resourceReplicationConfigUpdate, dms.resourceReplicationConfigDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: dms:CreateReplicationConfig, dms:DeleteReplicationConfig, dms:DescribeReplicationConfigs, dms:DescribeReplications, dms:ModifyReplicationConfig, dms:StartReplication, dms:StopReplication"

  read {
    actions = ["dms:DescribeReplicationConfigs", "dms:ListTagsForResource"]
    source  = "dms.resourceReplicationConfigRead + dms.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "dms:CreateReplicationConfig",
      "dms:DescribeReplicationConfigs",
      "dms:DescribeReplications",
      "dms:StartReplication",
    ]
    source  = "dms.resourceReplicationConfigCreate"
  }

  update {
    attributes = []
    actions    = ["dms:ModifyReplicationConfig", "dms:StartReplication", "dms:StopReplication"]
    source     = "dms.resourceReplicationConfigUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dms:AddTagsToResource", "dms:RemoveTagsFromResource"]
    source     = "dms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dms:DeleteReplicationConfig", "dms:DescribeReplications", "dms:StopReplication"]
    source  = "dms.resourceReplicationConfigDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dms_replication_instance" {
  service = "dms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dms.resourceReplicationInstanceCreate, dms.resourceReplicationInstanceRead, dms.resourceReplicationInstanceUpdate, dms.resourceReplicationInstanceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["dms:DescribeReplicationInstances", "dms:ListTagsForResource"]
    source  = "dms.resourceReplicationInstanceRead + dms.(*servicePackage).ListTags"
  }

  create {
    actions = ["dms:CreateReplicationInstance", "dms:DescribeReplicationInstances"]
    source  = "dms.resourceReplicationInstanceCreate"
  }

  update {
    attributes = []
    actions    = ["dms:ModifyReplicationInstance"]
    source     = "dms.resourceReplicationInstanceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dms:AddTagsToResource", "dms:RemoveTagsFromResource"]
    source     = "dms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dms:DeleteReplicationInstance", "dms:DescribeReplicationInstances"]
    source  = "dms.resourceReplicationInstanceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dms_replication_subnet_group" {
  service = "dms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dms.resourceReplicationSubnetGroupCreate, dms.resourceReplicationSubnetGroupRead, dms.resourceReplicationSubnetGroupUpdate, dms.resourceReplicationSubnetGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["dms:DescribeReplicationSubnetGroups", "dms:ListTagsForResource"]
    source  = "dms.resourceReplicationSubnetGroupRead + dms.(*servicePackage).ListTags"
  }

  create {
    actions = ["dms:CreateReplicationSubnetGroup", "dms:DescribeReplicationSubnetGroups"]
    source  = "dms.resourceReplicationSubnetGroupCreate"
  }

  update {
    attributes = []
    actions    = ["dms:ModifyReplicationSubnetGroup"]
    source     = "dms.resourceReplicationSubnetGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dms:AddTagsToResource", "dms:RemoveTagsFromResource"]
    source     = "dms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dms:DeleteReplicationSubnetGroup"]
    source  = "dms.resourceReplicationSubnetGroupDelete"
  }
}

resource "aws_dms_replication_task" {
  service = "dms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dms.resourceReplicationTaskCreate, dms.resourceReplicationTaskRead, dms.resourceReplicationTaskUpdate, dms.resourceReplicationTaskDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["dms:DescribeReplicationTasks", "dms:ListTagsForResource"]
    source  = "dms.resourceReplicationTaskRead + dms.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "dms:CreateReplicationTask",
      "dms:DescribeReplicationTasks",
      "dms:StartReplicationTask",
    ]
    source  = "dms.resourceReplicationTaskCreate"
  }

  update {
    attributes = []
    actions    = [
      "dms:ModifyReplicationTask",
      "dms:MoveReplicationTask",
      "dms:StartReplicationTask",
      "dms:StopReplicationTask",
    ]
    source     = "dms.resourceReplicationTaskUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dms:AddTagsToResource", "dms:RemoveTagsFromResource"]
    source     = "dms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "dms:DeleteReplicationTask",
      "dms:DescribeReplicationTasks",
      "dms:StopReplicationTask",
    ]
    source  = "dms.resourceReplicationTaskDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dms_s3_endpoint" {
  service = "dms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dms.resourceS3EndpointCreate, dms.resourceS3EndpointRead, dms.resourceS3EndpointUpdate, dms.resourceS3EndpointDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by dms.CreateEndpoint, dms.ModifyEndpoint (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["dms:DescribeEndpoints", "dms:ListTagsForResource"]
    source  = "dms.resourceS3EndpointRead + dms.(*servicePackage).ListTags"
  }

  create {
    actions = ["dms:CreateEndpoint", "dms:DescribeEndpoints", "dms:ModifyEndpoint"]
    source  = "dms.resourceS3EndpointCreate"
  }

  update {
    attributes = []
    actions    = ["dms:ModifyEndpoint"]
    source     = "dms.resourceS3EndpointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dms:AddTagsToResource", "dms:RemoveTagsFromResource"]
    source     = "dms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dms:DeleteEndpoint", "dms:DescribeEndpoints"]
    source  = "dms.resourceS3EndpointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_dms_certificate" {
  service = "dms"
  source  = "import: pike data/dms/aws_dms_certificate.json"

  read {
    actions = ["dms:DescribeCertificates"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_dms_endpoint" {
  service = "dms"
  source  = "import: pike data/dms/aws_dms_endpoint.json"

  read {
    actions = ["dms:DescribeEndpoints"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_dms_replication_instance" {
  service = "dms"
  source  = "import: pike data/dms/aws_dms_replication_instance.json"

  read {
    actions = ["dms:DescribeReplicationInstances"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_dms_replication_subnet_group" {
  service = "dms"
  source  = "import: pike data/dms/aws_dms_replication_subnet_group.json"

  read {
    actions = ["dms:DescribeReplicationSubnetGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_dms_replication_task" {
  service = "dms"
  source  = "import: pike data/dms/aws_dms_replication_task.json"

  read {
    actions = ["dms:DescribeReplicationTasks"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
