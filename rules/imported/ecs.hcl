# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_ecs_account_setting_default" {
  service = "ecs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecs.resourceAccountSettingDefaultPut, ecs.resourceAccountSettingDefaultRead, ecs.resourceAccountSettingDefaultDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ecs:ListAccountSettings"]
    source  = "ecs.resourceAccountSettingDefaultRead"
  }

  create {
    actions = ["ecs:ListAccountSettings", "ecs:PutAccountSettingDefault"]
    source  = "ecs.resourceAccountSettingDefaultPut"
  }

  update {
    attributes = []
    actions    = ["ecs:PutAccountSettingDefault"]
    source     = "ecs.resourceAccountSettingDefaultPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ecs:PutAccountSettingDefault"]
    source  = "ecs.resourceAccountSettingDefaultDelete"
  }
}

resource "aws_ecs_cluster_capacity_providers" {
  service = "ecs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecs.resourceClusterCapacityProvidersPut, ecs.resourceClusterCapacityProvidersRead, ecs.resourceClusterCapacityProvidersDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ecs:DescribeClusters"]
    source  = "ecs.resourceClusterCapacityProvidersRead"
  }

  create {
    actions = ["ecs:DescribeClusters", "ecs:PutClusterCapacityProviders"]
    source  = "ecs.resourceClusterCapacityProvidersPut"
  }

  update {
    attributes = []
    actions    = ["ecs:PutClusterCapacityProviders"]
    source     = "ecs.resourceClusterCapacityProvidersPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ecs:DescribeClusters", "ecs:PutClusterCapacityProviders"]
    source  = "ecs.resourceClusterCapacityProvidersDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ecs_daemon" {
  service = "ecs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecs.(*daemonResource).Create, ecs.(*daemonResource).Read, ecs.(*daemonResource).Update, ecs.(*daemonResource).Delete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ecs:UntagResource; not in iamlive-map, identical IAM name used: ecs:CreateDaemon, ecs:DeleteDaemon, ecs:DescribeDaemon, ecs:DescribeDaemonRevisions, ecs:UpdateDaemon"

  read {
    actions = ["ecs:DescribeDaemon", "ecs:DescribeDaemonRevisions", "ecs:ListTagsForResource"]
    source  = "ecs.(*daemonResource).Read + ecs.(*servicePackage).ListTags"
  }

  create {
    actions = ["ecs:CreateDaemon", "ecs:DescribeDaemon", "ecs:DescribeDaemonRevisions"]
    source  = "ecs.(*daemonResource).Create"
  }

  create {
    if_set  = "tags"
    actions = ["ecs:TagResource"]
    source  = "ecs.(*daemonResource).Create: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["ecs:UpdateDaemon"]
    source     = "ecs.(*daemonResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ecs:TagResource", "ecs:UntagResource"]
    source     = "ecs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ecs:DeleteDaemon", "ecs:DescribeDaemon"]
    source  = "ecs.(*daemonResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ecs_daemon_task_definition" {
  service = "ecs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecs.(*daemonTaskDefinitionResource).Create, ecs.(*daemonTaskDefinitionResource).Read, ecs.(*daemonTaskDefinitionResource).Delete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ecs:UntagResource; not in iamlive-map, identical IAM name used: ecs:DeleteDaemonTaskDefinition, ecs:DescribeDaemonTaskDefinition, ecs:RegisterDaemonTaskDefinition"

  read {
    actions = ["ecs:DescribeDaemonTaskDefinition", "ecs:ListTagsForResource"]
    source  = "ecs.(*daemonTaskDefinitionResource).Read + ecs.(*servicePackage).ListTags"
  }

  create {
    actions = ["ecs:DescribeDaemonTaskDefinition", "ecs:RegisterDaemonTaskDefinition"]
    source  = "ecs.(*daemonTaskDefinitionResource).Create"
  }

  create {
    if_set  = "tags"
    actions = ["ecs:TagResource"]
    source  = "ecs.(*daemonTaskDefinitionResource).Create: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ecs:TagResource", "ecs:UntagResource"]
    source     = "ecs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ecs:DeleteDaemonTaskDefinition"]
    source  = "ecs.(*daemonTaskDefinitionResource).Delete"
  }
}

resource "aws_ecs_express_gateway_service" {
  service = "ecs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecs.(*expressGatewayServiceResource).Create, ecs.(*expressGatewayServiceResource).Read, ecs.(*expressGatewayServiceResource).Update, ecs.(*expressGatewayServiceResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ecs:CreateExpressGatewayService, ecs:DeleteExpressGatewayService, ecs:DescribeExpressGatewayService, ecs:DescribeServiceDeployments, ecs:ListServiceDeployments, ecs:UpdateExpressGatewayService"

  read {
    actions = ["ecs:DescribeExpressGatewayService", "ecs:ListTagsForResource"]
    source  = "ecs.(*expressGatewayServiceResource).Read + ecs.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ecs:CreateExpressGatewayService",
      "ecs:DescribeExpressGatewayService",
      "ecs:DescribeServiceDeployments",
      "ecs:DescribeServices",
      "ecs:ListServiceDeployments",
    ]
    source  = "ecs.(*expressGatewayServiceResource).Create"
  }

  update {
    attributes = []
    actions    = ["ecs:UpdateExpressGatewayService"]
    source     = "ecs.(*expressGatewayServiceResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ecs:TagResource", "ecs:UntagResource"]
    source     = "ecs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ecs:DeleteExpressGatewayService", "ecs:DescribeExpressGatewayService"]
    source  = "ecs.(*expressGatewayServiceResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ecs_tag" {
  service = "ecs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecs.resourceTagCreate, ecs.resourceTagRead, ecs.resourceTagUpdate, ecs.resourceTagDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ecs:UntagResource"

  read {
    actions = ["ecs:ListTagsForResource"]
    source  = "ecs.resourceTagRead"
  }

  create {
    actions = ["ecs:ListTagsForResource", "ecs:TagResource"]
    source  = "ecs.resourceTagCreate"
  }

  update {
    attributes = []
    actions    = ["ecs:TagResource", "ecs:UntagResource"]
    source     = "ecs.resourceTagUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ecs:TagResource", "ecs:UntagResource"]
    source  = "ecs.resourceTagDelete"
  }
}

resource "aws_ecs_task_set" {
  service = "ecs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecs.resourceTaskSetCreate, ecs.resourceTaskSetRead, ecs.resourceTaskSetUpdate, ecs.resourceTaskSetDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ecs:UntagResource; iamlive-map: iam:PassRole is also needed by ecs.CreateTaskSet (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["ecs:DescribeTaskSets", "ecs:ListTagsForResource"]
    source  = "ecs.resourceTaskSetRead + ecs.(*servicePackage).ListTags"
  }

  create {
    actions = ["ecs:CreateTaskSet", "ecs:DescribeTaskSets"]
    source  = "ecs.resourceTaskSetCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ecs:TagResource"]
    source  = "ecs.resourceTaskSetCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["ecs:UpdateTaskSet"]
    source     = "ecs.resourceTaskSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ecs:TagResource", "ecs:UntagResource"]
    source     = "ecs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ecs:DeleteTaskSet", "ecs:DescribeTaskSets"]
    source  = "ecs.resourceTaskSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_appintegrations_event_integration" {
  service = "ecs"
  source  = "import: pike data/appintegrations/aws_appintegrations_event_integration.json"

  read {
    actions = ["ecs:DescribeClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ecs_cluster" {
  service = "ecs"
  source  = "import: pike data/ecs/aws_ecs_cluster.json"

  read {
    actions = ["ecs:DescribeClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ecs_clusters" {
  service = "ecs"
  source  = "import: pike data/ecs/aws_ecs_clusters.json"

  read {
    actions = ["ecs:ListClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ecs_container_definition" {
  service = "ecs"
  source  = "import: pike data/ecs/aws_ecs_container_definition.json"

  read {
    actions = ["ecs:DescribeTaskDefinition"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ecs_service" {
  service = "ecs"
  source  = "import: pike data/ecs/aws_ecs_service.json"

  read {
    actions = ["ecs:DescribeServices"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ecs_task_definition" {
  service = "ecs"
  source  = "import: pike data/ecs/aws_ecs_task_definition.json"

  read {
    actions = ["ecs:DescribeTaskDefinition"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ecs_task_execution" {
  service = "ecs"
  source  = "import: pike data/ecs/aws_ecs_task_execution.json"
  note    = "Pike lists these non-read actions for the data source, which makes them while reading: ecs:RunTask"

  read {
    actions = ["ecs:RunTask"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
