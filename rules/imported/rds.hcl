# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_db_cluster_snapshot" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceClusterSnapshotCreate, rds.resourceClusterSnapshotRead, rds.resourceClusterSnapshotUpdate, rds.resourceClusterSnapshotDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "rds:DescribeDBClusterSnapshotAttributes",
      "rds:DescribeDBClusterSnapshots",
      "rds:ListTagsForResource",
    ]
    source  = "rds.resourceClusterSnapshotRead + rds.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "rds:CreateDBClusterSnapshot",
      "rds:DescribeDBClusterSnapshotAttributes",
      "rds:DescribeDBClusterSnapshots",
      "rds:ModifyDBClusterSnapshotAttribute",
    ]
    source  = "rds.resourceClusterSnapshotCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBClusterSnapshotAttribute"]
    source     = "rds.resourceClusterSnapshotUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "rds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBClusterSnapshot"]
    source  = "rds.resourceClusterSnapshotDelete"
  }
}

resource "aws_db_event_subscription" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceEventSubscriptionCreate, rds.resourceEventSubscriptionRead, rds.resourceEventSubscriptionUpdate, rds.resourceEventSubscriptionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeEventSubscriptions", "rds:ListTagsForResource"]
    source  = "rds.resourceEventSubscriptionRead + rds.(*servicePackage).ListTags"
  }

  create {
    actions = ["rds:CreateEventSubscription", "rds:DescribeEventSubscriptions"]
    source  = "rds.resourceEventSubscriptionCreate"
  }

  update {
    attributes = []
    actions    = [
      "rds:AddSourceIdentifierToSubscription",
      "rds:ModifyEventSubscription",
      "rds:RemoveSourceIdentifierFromSubscription",
    ]
    source     = "rds.resourceEventSubscriptionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "rds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteEventSubscription", "rds:DescribeEventSubscriptions"]
    source  = "rds.resourceEventSubscriptionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_db_instance_automated_backups_replication" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceInstanceAutomatedBackupsReplicationCreate, rds.resourceInstanceAutomatedBackupsReplicationRead, rds.resourceInstanceAutomatedBackupsReplicationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeDBInstanceAutomatedBackups"]
    source  = "rds.resourceInstanceAutomatedBackupsReplicationRead"
  }

  create {
    actions = [
      "rds:DescribeDBInstanceAutomatedBackups",
      "rds:StartDBInstanceAutomatedBackupsReplication",
    ]
    source  = "rds.resourceInstanceAutomatedBackupsReplicationCreate"
  }

  delete {
    actions = [
      "rds:DescribeDBInstanceAutomatedBackups",
      "rds:DescribeDBInstances",
      "rds:StopDBInstanceAutomatedBackupsReplication",
    ]
    source  = "rds.resourceInstanceAutomatedBackupsReplicationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_db_instance_role_association" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceInstanceRoleAssociationCreate, rds.resourceInstanceRoleAssociationRead, rds.resourceInstanceRoleAssociationDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by rds.AddRoleToDBInstance, rds.RemoveRoleFromDBInstance (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["rds:DescribeDBInstances"]
    source  = "rds.resourceInstanceRoleAssociationRead"
  }

  create {
    actions = ["rds:AddRoleToDBInstance", "rds:DescribeDBInstances"]
    source  = "rds.resourceInstanceRoleAssociationCreate"
  }

  delete {
    actions = ["rds:DescribeDBInstances", "rds:RemoveRoleFromDBInstance"]
    source  = "rds.resourceInstanceRoleAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_db_proxy" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceProxyCreate, rds.resourceProxyRead, rds.resourceProxyUpdate, rds.resourceProxyDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by rds.CreateDBProxy, rds.ModifyDBProxy (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["rds:DescribeDBProxies", "rds:ListTagsForResource"]
    source  = "rds.resourceProxyRead + rds.(*servicePackage).ListTags"
  }

  create {
    actions = ["rds:CreateDBProxy", "rds:DescribeDBProxies"]
    source  = "rds.resourceProxyCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBProxy"]
    source     = "rds.resourceProxyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "rds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBProxy", "rds:DescribeDBProxies"]
    source  = "rds.resourceProxyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_db_proxy_default_target_group" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceProxyDefaultTargetGroupPut, rds.resourceProxyDefaultTargetGroupRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeDBProxyTargetGroups"]
    source  = "rds.resourceProxyDefaultTargetGroupRead"
  }

  create {
    actions = ["rds:DescribeDBProxyTargetGroups", "rds:ModifyDBProxyTargetGroup"]
    source  = "rds.resourceProxyDefaultTargetGroupPut"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBProxyTargetGroup"]
    source     = "rds.resourceProxyDefaultTargetGroupPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_db_proxy_endpoint" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceProxyEndpointCreate, rds.resourceProxyEndpointRead, rds.resourceProxyEndpointUpdate, rds.resourceProxyEndpointDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeDBProxyEndpoints", "rds:ListTagsForResource"]
    source  = "rds.resourceProxyEndpointRead + rds.(*servicePackage).ListTags"
  }

  create {
    actions = ["rds:CreateDBProxyEndpoint", "rds:DescribeDBProxyEndpoints"]
    source  = "rds.resourceProxyEndpointCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBProxyEndpoint"]
    source     = "rds.resourceProxyEndpointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "rds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBProxyEndpoint", "rds:DescribeDBProxyEndpoints"]
    source  = "rds.resourceProxyEndpointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_db_proxy_target" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceProxyTargetCreate, rds.resourceProxyTargetRead, rds.resourceProxyTargetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeDBProxyTargets"]
    source  = "rds.resourceProxyTargetRead"
  }

  create {
    actions = ["rds:DescribeDBProxyTargets", "rds:RegisterDBProxyTargets"]
    source  = "rds.resourceProxyTargetCreate"
  }

  delete {
    actions = ["rds:DeregisterDBProxyTargets"]
    source  = "rds.resourceProxyTargetDelete"
  }
}

resource "aws_db_snapshot" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceSnapshotCreate, rds.resourceSnapshotRead, rds.resourceSnapshotUpdate, rds.resourceSnapshotDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "rds:DescribeDBSnapshotAttributes",
      "rds:DescribeDBSnapshots",
      "rds:ListTagsForResource",
    ]
    source  = "rds.resourceSnapshotRead + rds.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "rds:CreateDBSnapshot",
      "rds:DescribeDBSnapshotAttributes",
      "rds:DescribeDBSnapshots",
      "rds:ModifyDBSnapshotAttribute",
    ]
    source  = "rds.resourceSnapshotCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBSnapshotAttribute"]
    source     = "rds.resourceSnapshotUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "rds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBSnapshot"]
    source  = "rds.resourceSnapshotDelete"
  }
}

resource "aws_db_snapshot_copy" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceSnapshotCopyCreate, rds.resourceSnapshotCopyRead, rds.resourceSnapshotCopyUpdate, rds.resourceSnapshotCopyDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "rds:DescribeDBSnapshotAttributes",
      "rds:DescribeDBSnapshots",
      "rds:ListTagsForResource",
    ]
    source  = "rds.resourceSnapshotCopyRead + rds.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "rds:AddTagsToResource",
      "rds:CopyDBSnapshot",
      "rds:DescribeDBSnapshotAttributes",
      "rds:DescribeDBSnapshots",
      "rds:ModifyDBSnapshotAttribute",
    ]
    source  = "rds.resourceSnapshotCopyCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBSnapshotAttribute"]
    source     = "rds.resourceSnapshotCopyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "rds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBSnapshot"]
    source  = "rds.resourceSnapshotCopyDelete"
  }
}

resource "aws_docdb_cluster" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (docdb.resourceClusterCreate, docdb.resourceClusterRead, docdb.resourceClusterUpdate, docdb.resourceClusterDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by docdb.CreateDBCluster, docdb.ModifyDBCluster, docdb.RestoreDBClusterFromSnapshot, docdb.RestoreDBClusterToPointInTime (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["rds:DescribeDBClusters", "rds:DescribeGlobalClusters", "rds:ListTagsForResource"]
    source  = "docdb.resourceClusterRead + docdb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "rds:AddTagsToResource",
      "rds:CreateDBCluster",
      "rds:DescribeDBClusters",
      "rds:DescribeGlobalClusters",
      "rds:ModifyDBCluster",
      "rds:RestoreDBClusterFromSnapshot",
      "rds:RestoreDBClusterToPointInTime",
    ]
    source  = "docdb.resourceClusterCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBCluster", "rds:RemoveFromGlobalCluster"]
    source     = "docdb.resourceClusterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "docdb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "rds:DeleteDBCluster",
      "rds:DescribeDBClusters",
      "rds:DescribeGlobalClusters",
      "rds:RemoveFromGlobalCluster",
    ]
    source  = "docdb.resourceClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_docdb_cluster_instance" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (docdb.resourceClusterInstanceCreate, docdb.resourceClusterInstanceRead, docdb.resourceClusterInstanceUpdate, docdb.resourceClusterInstanceDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by docdb.CreateDBInstance, docdb.ModifyDBInstance (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["rds:DescribeDBClusters", "rds:DescribeDBInstances", "rds:ListTagsForResource"]
    source  = "docdb.resourceClusterInstanceRead + docdb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "rds:AddTagsToResource",
      "rds:CreateDBInstance",
      "rds:DescribeDBClusters",
      "rds:DescribeDBInstances",
    ]
    source  = "docdb.resourceClusterInstanceCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBInstance"]
    source     = "docdb.resourceClusterInstanceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "docdb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBInstance", "rds:DescribeDBInstances"]
    source  = "docdb.resourceClusterInstanceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_docdb_cluster_parameter_group" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (docdb.resourceClusterParameterGroupCreate, docdb.resourceClusterParameterGroupRead, docdb.resourceClusterParameterGroupUpdate, docdb.resourceClusterParameterGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "rds:DescribeDBClusterParameterGroups",
      "rds:DescribeDBClusterParameters",
      "rds:ListTagsForResource",
    ]
    source  = "docdb.resourceClusterParameterGroupRead + docdb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "rds:CreateDBClusterParameterGroup",
      "rds:DescribeDBClusterParameterGroups",
      "rds:DescribeDBClusterParameters",
      "rds:ModifyDBClusterParameterGroup",
    ]
    source  = "docdb.resourceClusterParameterGroupCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBClusterParameterGroup"]
    source     = "docdb.resourceClusterParameterGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "docdb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBClusterParameterGroup", "rds:DescribeDBClusterParameterGroups"]
    source  = "docdb.resourceClusterParameterGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_docdb_cluster_snapshot" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (docdb.resourceClusterSnapshotCreate, docdb.resourceClusterSnapshotRead, docdb.resourceClusterSnapshotDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeDBClusterSnapshots"]
    source  = "docdb.resourceClusterSnapshotRead"
  }

  create {
    actions = ["rds:CreateDBClusterSnapshot", "rds:DescribeDBClusterSnapshots"]
    source  = "docdb.resourceClusterSnapshotCreate"
  }

  delete {
    actions = ["rds:DeleteDBClusterSnapshot"]
    source  = "docdb.resourceClusterSnapshotDelete"
  }
}

resource "aws_docdb_event_subscription" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (docdb.resourceEventSubscriptionCreate, docdb.resourceEventSubscriptionRead, docdb.resourceEventSubscriptionUpdate, docdb.resourceEventSubscriptionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeEventSubscriptions", "rds:ListTagsForResource"]
    source  = "docdb.resourceEventSubscriptionRead + docdb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "rds:AddTagsToResource",
      "rds:CreateEventSubscription",
      "rds:DescribeEventSubscriptions",
    ]
    source  = "docdb.resourceEventSubscriptionCreate"
  }

  update {
    attributes = []
    actions    = [
      "rds:AddSourceIdentifierToSubscription",
      "rds:ModifyEventSubscription",
      "rds:RemoveSourceIdentifierFromSubscription",
    ]
    source     = "docdb.resourceEventSubscriptionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "docdb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteEventSubscription", "rds:DescribeEventSubscriptions"]
    source  = "docdb.resourceEventSubscriptionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_docdb_global_cluster" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (docdb.resourceGlobalClusterCreate, docdb.resourceGlobalClusterRead, docdb.resourceGlobalClusterUpdate, docdb.resourceGlobalClusterDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by docdb.ModifyDBCluster (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["rds:DescribeGlobalClusters"]
    source  = "docdb.resourceGlobalClusterRead"
  }

  create {
    actions = ["rds:CreateGlobalCluster", "rds:DescribeGlobalClusters"]
    source  = "docdb.resourceGlobalClusterCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBCluster", "rds:ModifyGlobalCluster"]
    source     = "docdb.resourceGlobalClusterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "rds:DeleteGlobalCluster",
      "rds:DescribeGlobalClusters",
      "rds:RemoveFromGlobalCluster",
    ]
    source  = "docdb.resourceGlobalClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_docdb_subnet_group" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (docdb.resourceSubnetGroupCreate, docdb.resourceSubnetGroupRead, docdb.resourceSubnetGroupUpdate, docdb.resourceSubnetGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeDBSubnetGroups", "rds:ListTagsForResource"]
    source  = "docdb.resourceSubnetGroupRead + docdb.(*servicePackage).ListTags"
  }

  create {
    actions = ["rds:CreateDBSubnetGroup", "rds:DescribeDBSubnetGroups"]
    source  = "docdb.resourceSubnetGroupCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBSubnetGroup"]
    source     = "docdb.resourceSubnetGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "docdb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBSubnetGroup", "rds:DescribeDBSubnetGroups"]
    source  = "docdb.resourceSubnetGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_neptune_cluster" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (neptune.resourceClusterCreate, neptune.resourceClusterRead, neptune.resourceClusterUpdate, neptune.resourceClusterDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by neptune.AddRoleToDBCluster, neptune.CreateDBCluster, neptune.ModifyDBCluster, neptune.RemoveRoleFromDBCluster, neptune.RestoreDBClusterFromSnapshot (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["rds:DescribeDBClusters", "rds:DescribeGlobalClusters", "rds:ListTagsForResource"]
    source  = "neptune.resourceClusterRead + neptune.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "rds:AddRoleToDBCluster",
      "rds:AddTagsToResource",
      "rds:CreateDBCluster",
      "rds:DescribeDBClusters",
      "rds:DescribeGlobalClusters",
      "rds:ModifyDBCluster",
      "rds:RestoreDBClusterFromSnapshot",
    ]
    source  = "neptune.resourceClusterCreate"
  }

  update {
    attributes = []
    actions    = [
      "rds:AddRoleToDBCluster",
      "rds:ModifyDBCluster",
      "rds:RemoveFromGlobalCluster",
      "rds:RemoveRoleFromDBCluster",
    ]
    source     = "neptune.resourceClusterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "neptune.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "rds:DeleteDBCluster",
      "rds:DescribeDBClusters",
      "rds:DescribeGlobalClusters",
      "rds:RemoveFromGlobalCluster",
    ]
    source  = "neptune.resourceClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_neptune_cluster_endpoint" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (neptune.resourceClusterEndpointCreate, neptune.resourceClusterEndpointRead, neptune.resourceClusterEndpointUpdate, neptune.resourceClusterEndpointDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeDBClusterEndpoints", "rds:ListTagsForResource"]
    source  = "neptune.resourceClusterEndpointRead + neptune.(*servicePackage).ListTags"
  }

  create {
    actions = ["rds:CreateDBClusterEndpoint", "rds:DescribeDBClusterEndpoints"]
    source  = "neptune.resourceClusterEndpointCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBClusterEndpoint"]
    source     = "neptune.resourceClusterEndpointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "neptune.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBClusterEndpoint", "rds:DescribeDBClusterEndpoints"]
    source  = "neptune.resourceClusterEndpointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_neptune_cluster_instance" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (neptune.resourceClusterInstanceCreate, neptune.resourceClusterInstanceRead, neptune.resourceClusterInstanceUpdate, neptune.resourceClusterInstanceDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by neptune.CreateDBInstance, neptune.ModifyDBInstance (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["rds:DescribeDBClusters", "rds:DescribeDBInstances", "rds:ListTagsForResource"]
    source  = "neptune.resourceClusterInstanceRead + neptune.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "rds:AddTagsToResource",
      "rds:CreateDBInstance",
      "rds:DescribeDBClusters",
      "rds:DescribeDBInstances",
    ]
    source  = "neptune.resourceClusterInstanceCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBInstance"]
    source     = "neptune.resourceClusterInstanceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "neptune.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBInstance", "rds:DescribeDBInstances"]
    source  = "neptune.resourceClusterInstanceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_neptune_cluster_parameter_group" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (neptune.resourceClusterParameterGroupCreate, neptune.resourceClusterParameterGroupRead, neptune.resourceClusterParameterGroupUpdate, neptune.resourceClusterParameterGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "rds:DescribeDBClusterParameterGroups",
      "rds:DescribeDBClusterParameters",
      "rds:ListTagsForResource",
    ]
    source  = "neptune.resourceClusterParameterGroupRead + neptune.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "rds:CreateDBClusterParameterGroup",
      "rds:DescribeDBClusterParameterGroups",
      "rds:DescribeDBClusterParameters",
      "rds:ModifyDBClusterParameterGroup",
    ]
    source  = "neptune.resourceClusterParameterGroupCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBClusterParameterGroup"]
    source     = "neptune.resourceClusterParameterGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "neptune.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBClusterParameterGroup"]
    source  = "neptune.resourceClusterParameterGroupDelete"
  }
}

resource "aws_neptune_cluster_snapshot" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (neptune.resourceClusterSnapshotCreate, neptune.resourceClusterSnapshotRead, neptune.resourceClusterSnapshotDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeDBClusterSnapshots"]
    source  = "neptune.resourceClusterSnapshotRead"
  }

  create {
    actions = ["rds:CreateDBClusterSnapshot", "rds:DescribeDBClusterSnapshots"]
    source  = "neptune.resourceClusterSnapshotCreate"
  }

  delete {
    actions = ["rds:DeleteDBClusterSnapshot"]
    source  = "neptune.resourceClusterSnapshotDelete"
  }
}

resource "aws_neptune_event_subscription" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (neptune.resourceEventSubscriptionCreate, neptune.resourceEventSubscriptionRead, neptune.resourceEventSubscriptionUpdate, neptune.resourceEventSubscriptionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeEventSubscriptions", "rds:ListTagsForResource"]
    source  = "neptune.resourceEventSubscriptionRead + neptune.(*servicePackage).ListTags"
  }

  create {
    actions = ["rds:CreateEventSubscription", "rds:DescribeEventSubscriptions"]
    source  = "neptune.resourceEventSubscriptionCreate"
  }

  update {
    attributes = []
    actions    = [
      "rds:AddSourceIdentifierToSubscription",
      "rds:ModifyEventSubscription",
      "rds:RemoveSourceIdentifierFromSubscription",
    ]
    source     = "neptune.resourceEventSubscriptionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "neptune.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteEventSubscription", "rds:DescribeEventSubscriptions"]
    source  = "neptune.resourceEventSubscriptionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_neptune_global_cluster" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (neptune.resourceGlobalClusterCreate, neptune.resourceGlobalClusterRead, neptune.resourceGlobalClusterUpdate, neptune.resourceGlobalClusterDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by neptune.ModifyDBCluster (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["rds:DescribeGlobalClusters"]
    source  = "neptune.resourceGlobalClusterRead"
  }

  create {
    actions = ["rds:CreateGlobalCluster", "rds:DescribeGlobalClusters"]
    source  = "neptune.resourceGlobalClusterCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBCluster", "rds:ModifyGlobalCluster"]
    source     = "neptune.resourceGlobalClusterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "rds:DeleteGlobalCluster",
      "rds:DescribeGlobalClusters",
      "rds:RemoveFromGlobalCluster",
    ]
    source  = "neptune.resourceGlobalClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_neptune_parameter_group" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (neptune.resourceParameterGroupCreate, neptune.resourceParameterGroupRead, neptune.resourceParameterGroupUpdate, neptune.resourceParameterGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "rds:DescribeDBParameterGroups",
      "rds:DescribeDBParameters",
      "rds:ListTagsForResource",
    ]
    source  = "neptune.resourceParameterGroupRead + neptune.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "rds:CreateDBParameterGroup",
      "rds:DescribeDBParameterGroups",
      "rds:DescribeDBParameters",
      "rds:ModifyDBParameterGroup",
    ]
    source  = "neptune.resourceParameterGroupCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBParameterGroup", "rds:ResetDBParameterGroup"]
    source     = "neptune.resourceParameterGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "neptune.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBParameterGroup"]
    source  = "neptune.resourceParameterGroupDelete"
  }
}

resource "aws_neptune_subnet_group" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (neptune.resourceSubnetGroupCreate, neptune.resourceSubnetGroupRead, neptune.resourceSubnetGroupUpdate, neptune.resourceSubnetGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeDBSubnetGroups", "rds:ListTagsForResource"]
    source  = "neptune.resourceSubnetGroupRead + neptune.(*servicePackage).ListTags"
  }

  create {
    actions = ["rds:CreateDBSubnetGroup", "rds:DescribeDBSubnetGroups"]
    source  = "neptune.resourceSubnetGroupCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBSubnetGroup"]
    source     = "neptune.resourceSubnetGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "neptune.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBSubnetGroup"]
    source  = "neptune.resourceSubnetGroupDelete"
  }
}

resource "aws_rds_certificate" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceCertificatePut, rds.resourceCertificateRead, rds.resourceCertificateDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeCertificates"]
    source  = "rds.resourceCertificateRead"
  }

  create {
    actions = ["rds:DescribeCertificates", "rds:ModifyCertificates"]
    source  = "rds.resourceCertificatePut"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyCertificates"]
    source     = "rds.resourceCertificatePut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["rds:ModifyCertificates"]
    source  = "rds.resourceCertificateDelete"
  }
}

resource "aws_rds_cluster_activity_stream" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceClusterActivityStreamCreate, rds.resourceClusterActivityStreamRead, rds.resourceClusterActivityStreamDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeDBClusters"]
    source  = "rds.resourceClusterActivityStreamRead"
  }

  create {
    actions = ["rds:DescribeDBClusters", "rds:StartActivityStream"]
    source  = "rds.resourceClusterActivityStreamCreate"
  }

  delete {
    actions = ["rds:DescribeDBClusters", "rds:StopActivityStream"]
    source  = "rds.resourceClusterActivityStreamDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_rds_cluster_endpoint" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceClusterEndpointCreate, rds.resourceClusterEndpointRead, rds.resourceClusterEndpointUpdate, rds.resourceClusterEndpointDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeDBClusterEndpoints", "rds:ListTagsForResource"]
    source  = "rds.resourceClusterEndpointRead + rds.(*servicePackage).ListTags"
  }

  create {
    actions = ["rds:CreateDBClusterEndpoint", "rds:DescribeDBClusterEndpoints"]
    source  = "rds.resourceClusterEndpointCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBClusterEndpoint"]
    source     = "rds.resourceClusterEndpointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "rds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBClusterEndpoint", "rds:DescribeDBClusterEndpoints"]
    source  = "rds.resourceClusterEndpointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_rds_cluster_role_association" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceClusterRoleAssociationCreate, rds.resourceClusterRoleAssociationRead, rds.resourceClusterRoleAssociationDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by rds.AddRoleToDBCluster, rds.RemoveRoleFromDBCluster (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["rds:DescribeDBClusters"]
    source  = "rds.resourceClusterRoleAssociationRead"
  }

  create {
    actions = ["rds:AddRoleToDBCluster", "rds:DescribeDBClusters"]
    source  = "rds.resourceClusterRoleAssociationCreate"
  }

  delete {
    actions = ["rds:DescribeDBClusters", "rds:RemoveRoleFromDBCluster"]
    source  = "rds.resourceClusterRoleAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_rds_cluster_snapshot_copy" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.(*clusterSnapshotCopyResource).Create, rds.(*clusterSnapshotCopyResource).Read, rds.(*clusterSnapshotCopyResource).Update, rds.(*clusterSnapshotCopyResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "rds:DescribeDBClusterSnapshotAttributes",
      "rds:DescribeDBClusterSnapshots",
      "rds:ListTagsForResource",
    ]
    source  = "rds.(*clusterSnapshotCopyResource).Read + rds.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "rds:AddTagsToResource",
      "rds:CopyDBClusterSnapshot",
      "rds:DescribeDBClusterSnapshots",
      "rds:ModifyDBClusterSnapshotAttribute",
    ]
    source  = "rds.(*clusterSnapshotCopyResource).Create"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBClusterSnapshotAttribute"]
    source     = "rds.(*clusterSnapshotCopyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "rds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBClusterSnapshot"]
    source  = "rds.(*clusterSnapshotCopyResource).Delete"
  }
}

resource "aws_rds_custom_db_engine_version" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceCustomDBEngineVersionCreate, rds.resourceCustomDBEngineVersionRead, rds.resourceCustomDBEngineVersionUpdate, rds.resourceCustomDBEngineVersionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeDBEngineVersions", "rds:ListTagsForResource"]
    source  = "rds.resourceCustomDBEngineVersionRead + rds.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "iam:CreateServiceLinkedRole",
      "mediaimport:CreateDatabaseBinarySnapshot",
      "rds:AddTagsToResource",
      "rds:CreateCustomDBEngineVersion",
      "rds:DescribeDBEngineVersions",
    ]
    source  = "rds.resourceCustomDBEngineVersionCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyCustomDBEngineVersion"]
    source     = "rds.resourceCustomDBEngineVersionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "rds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteCustomDBEngineVersion", "rds:DescribeDBEngineVersions"]
    source  = "rds.resourceCustomDBEngineVersionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_rds_export_task" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.(*exportTaskResource).Create, rds.(*exportTaskResource).Read, rds.(*exportTaskResource).Delete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by rds.StartExportTask (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["rds:DescribeExportTasks"]
    source  = "rds.(*exportTaskResource).Read"
  }

  create {
    actions = ["rds:DescribeExportTasks", "rds:StartExportTask"]
    source  = "rds.(*exportTaskResource).Create"
  }

  delete {
    actions = ["rds:CancelExportTask", "rds:DescribeExportTasks"]
    source  = "rds.(*exportTaskResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_rds_global_cluster" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceGlobalClusterCreate, rds.resourceGlobalClusterRead, rds.resourceGlobalClusterUpdate, rds.resourceGlobalClusterDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by rds.ModifyDBCluster (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["rds:DescribeGlobalClusters", "rds:ListTagsForResource"]
    source  = "rds.resourceGlobalClusterRead + rds.(*servicePackage).ListTags"
  }

  create {
    actions = ["rds:CreateGlobalCluster", "rds:DescribeGlobalClusters"]
    source  = "rds.resourceGlobalClusterCreate"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBCluster", "rds:ModifyGlobalCluster"]
    source     = "rds.resourceGlobalClusterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "rds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "rds:DeleteGlobalCluster",
      "rds:DescribeGlobalClusters",
      "rds:RemoveFromGlobalCluster",
    ]
    source  = "rds.resourceGlobalClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_rds_instance_state" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.(*instanceStateResource).Create, rds.(*instanceStateResource).Read, rds.(*instanceStateResource).Update) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeDBInstances"]
    source  = "rds.(*instanceStateResource).Read"
  }

  create {
    actions = ["rds:DescribeDBInstances", "rds:StartDBInstance", "rds:StopDBInstance"]
    source  = "rds.(*instanceStateResource).Create"
  }

  update {
    attributes = []
    actions    = ["rds:StartDBInstance", "rds:StopDBInstance"]
    source     = "rds.(*instanceStateResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_rds_integration" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.(*integrationResource).Create, rds.(*integrationResource).Read, rds.(*integrationResource).Update, rds.(*integrationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: rds:CreateIntegration, rds:DeleteIntegration, rds:DescribeIntegrations, rds:ModifyIntegration"

  read {
    actions = ["rds:DescribeIntegrations", "rds:ListTagsForResource"]
    source  = "rds.(*integrationResource).Read + rds.(*servicePackage).ListTags"
  }

  create {
    actions = ["rds:CreateIntegration", "rds:DescribeIntegrations"]
    source  = "rds.(*integrationResource).Create"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyIntegration"]
    source     = "rds.(*integrationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "rds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteIntegration", "rds:DescribeIntegrations"]
    source  = "rds.(*integrationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_rds_reserved_instance" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.resourceReservedInstanceCreate, rds.resourceReservedInstanceRead, rds.resourceReservedInstanceUpdate, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["rds:DescribeReservedDBInstances", "rds:ListTagsForResource"]
    source  = "rds.resourceReservedInstanceRead + rds.(*servicePackage).ListTags"
  }

  create {
    actions = ["rds:DescribeReservedDBInstances", "rds:PurchaseReservedDBInstancesOffering"]
    source  = "rds.resourceReservedInstanceCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "rds.resourceReservedInstanceUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "rds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_rds_shard_group" {
  service = "rds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rds.(*shardGroupResource).Create, rds.(*shardGroupResource).Read, rds.(*shardGroupResource).Update, rds.(*shardGroupResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: rds:CreateDBShardGroup, rds:DeleteDBShardGroup, rds:DescribeDBShardGroups, rds:ModifyDBShardGroup"

  read {
    actions = ["rds:DescribeDBShardGroups", "rds:ListTagsForResource"]
    source  = "rds.(*shardGroupResource).Read + rds.(*servicePackage).ListTags"
  }

  create {
    actions = ["rds:CreateDBShardGroup", "rds:DescribeDBClusters", "rds:DescribeDBShardGroups"]
    source  = "rds.(*shardGroupResource).Create"
  }

  update {
    attributes = []
    actions    = ["rds:ModifyDBShardGroup"]
    source     = "rds.(*shardGroupResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "rds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBShardGroup", "rds:DescribeDBClusters", "rds:DescribeDBShardGroups"]
    source  = "rds.(*shardGroupResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_db_cluster_snapshot" {
  service = "rds"
  source  = "import: pike data/rds/aws_db_cluster_snapshot.json"

  read {
    actions = ["rds:DescribeDBClusterSnapshots"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_db_event_categories" {
  service = "rds"
  source  = "import: pike data/rds/aws_db_event_categories.json"

  read {
    actions = ["rds:DescribeEventCategories"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_db_instance" {
  service = "rds"
  source  = "import: pike data/rds/aws_db_instance.json"

  read {
    actions = ["rds:DescribeDBInstances"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_db_instances" {
  service = "rds"
  source  = "import: pike data/rds/aws_db_instances.json"

  read {
    actions = ["rds:DescribeDBInstances"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_db_parameter_group" {
  service = "rds"
  source  = "import: pike data/rds/aws_db_parameter_group.json"

  read {
    actions = ["rds:DescribeDBParameterGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_db_snapshot" {
  service = "rds"
  source  = "import: pike data/rds/aws_db_snapshot.json"

  read {
    actions = ["rds:DescribeDBSnapshots"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_db_subnet_group" {
  service = "rds"
  source  = "import: pike data/rds/aws_db_subnet_group.json"

  read {
    actions = ["rds:DescribeDBSubnetGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_docdb_engine_version" {
  service = "rds"
  source  = "import: pike data/rds/aws_docdb_engine_version.json"

  read {
    actions = ["rds:DescribeDBEngineVersions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_docdb_orderable_db_instance" {
  service = "rds"
  source  = "import: pike data/rds/aws_docdb_orderable_db_instance.json"

  read {
    actions = ["rds:DescribeOrderableDBInstanceOptions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_neptune_engine_version" {
  service = "rds"
  source  = "import: pike data/rds/aws_neptune_engine_version.json"

  read {
    actions = ["rds:DescribeDBEngineVersions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_neptune_orderable_db_instance" {
  service = "rds"
  source  = "import: pike data/rds/aws_neptune_orderable_db_instance.json"

  read {
    actions = ["rds:DescribeOrderableDBInstanceOptions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_rds_certificate" {
  service = "rds"
  source  = "import: pike data/rds/aws_rds_certificate.json"

  read {
    actions = ["rds:DescribeCertificates"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_rds_cluster" {
  service = "rds"
  source  = "import: pike data/rds/aws_rds_cluster.json"

  read {
    actions = ["rds:DescribeDBClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_rds_cluster_parameter_group" {
  service = "rds"
  source  = "import: pike data/rds/aws_rds_cluster_parameter_group.json"

  read {
    actions = ["rds:DescribeDBClusterParameterGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_rds_clusters" {
  service = "rds"
  source  = "import: pike data/rds/aws_rds_clusters.json"

  read {
    actions = ["rds:DescribeDBClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_rds_engine_version" {
  service = "rds"
  source  = "import: pike data/rds/aws_rds_engine_version.json"

  read {
    actions = ["rds:DescribeDBEngineVersions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_rds_global_cluster" {
  service = "rds"
  source  = "import: pike data/rds/aws_rds_global_cluster.json"

  read {
    actions = ["rds:DescribeGlobalClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_rds_orderable_db_instance" {
  service = "rds"
  source  = "import: pike data/rds/aws_rds_orderable_db_instance.json"

  read {
    actions = ["rds:DescribeOrderableDBInstanceOptions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_rds_reserved_instance_offering" {
  service = "rds"
  source  = "import: pike data/rds/aws_rds_reserved_instance_offering.json"

  read {
    actions = ["rds:DescribeReservedDBInstancesOfferings"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
