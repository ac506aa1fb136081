# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_elasticache_global_replication_group" {
  service = "elasticache"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticache.resourceGlobalReplicationGroupCreate, elasticache.resourceGlobalReplicationGroupRead, elasticache.resourceGlobalReplicationGroupUpdate, elasticache.resourceGlobalReplicationGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticache:DescribeGlobalReplicationGroups"]
    source  = "elasticache.resourceGlobalReplicationGroupRead"
  }

  create {
    actions = [
      "elasticache:CreateGlobalReplicationGroup",
      "elasticache:DecreaseNodeGroupsInGlobalReplicationGroup",
      "elasticache:DescribeGlobalReplicationGroups",
      "elasticache:IncreaseNodeGroupsInGlobalReplicationGroup",
      "elasticache:ModifyGlobalReplicationGroup",
    ]
    source  = "elasticache.resourceGlobalReplicationGroupCreate"
  }

  update {
    attributes = []
    actions    = [
      "elasticache:DecreaseNodeGroupsInGlobalReplicationGroup",
      "elasticache:IncreaseNodeGroupsInGlobalReplicationGroup",
      "elasticache:ModifyGlobalReplicationGroup",
    ]
    source     = "elasticache.resourceGlobalReplicationGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "elasticache:DeleteGlobalReplicationGroup",
      "elasticache:DescribeGlobalReplicationGroups",
    ]
    source  = "elasticache.resourceGlobalReplicationGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_elasticache_reserved_cache_node" {
  service = "elasticache"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticache.(*reservedCacheNodeResource).Create, elasticache.(*reservedCacheNodeResource).Read) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticache:DescribeReservedCacheNodes", "elasticache:ListTagsForResource"]
    source  = "elasticache.(*reservedCacheNodeResource).Read + elasticache.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "elasticache:AddTagsToResource",
      "elasticache:DescribeReservedCacheNodes",
      "elasticache:PurchaseReservedCacheNodesOffering",
    ]
    source  = "elasticache.(*reservedCacheNodeResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticache:AddTagsToResource", "elasticache:RemoveTagsFromResource"]
    source     = "elasticache.(*servicePackage).UpdateTags"
  }
}

resource "aws_elasticache_serverless_cache" {
  service = "elasticache"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticache.(*serverlessCacheResource).Create, elasticache.(*serverlessCacheResource).Read, elasticache.(*serverlessCacheResource).Update, elasticache.(*serverlessCacheResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: elasticache:CreateServerlessCache, elasticache:DeleteServerlessCache, elasticache:DescribeServerlessCaches, elasticache:ModifyServerlessCache"

  read {
    actions = ["elasticache:DescribeServerlessCaches", "elasticache:ListTagsForResource"]
    source  = "elasticache.(*serverlessCacheResource).Read + elasticache.(*servicePackage).ListTags"
  }

  create {
    actions = ["elasticache:CreateServerlessCache", "elasticache:DescribeServerlessCaches"]
    source  = "elasticache.(*serverlessCacheResource).Create"
  }

  update {
    attributes = []
    actions    = ["elasticache:ModifyServerlessCache"]
    source     = "elasticache.(*serverlessCacheResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticache:AddTagsToResource", "elasticache:RemoveTagsFromResource"]
    source     = "elasticache.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["elasticache:DeleteServerlessCache", "elasticache:DescribeServerlessCaches"]
    source  = "elasticache.(*serverlessCacheResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_elasticache_user" {
  service = "elasticache"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticache.resourceUserCreate, elasticache.resourceUserRead, elasticache.resourceUserUpdate, elasticache.resourceUserDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: elasticache:RemoveTagsFromResource"

  read {
    actions = ["elasticache:DescribeUsers", "elasticache:ListTagsForResource"]
    source  = "elasticache.resourceUserRead + elasticache.(*servicePackage).ListTags"
  }

  create {
    actions = ["elasticache:CreateUser", "elasticache:DescribeUsers"]
    source  = "elasticache.resourceUserCreate"
  }

  create {
    if_set  = "tags"
    actions = ["elasticache:AddTagsToResource"]
    source  = "elasticache.resourceUserCreate: the create handler itself reaches the tagging calls of UpdateTags (AddTagsToResource)"
  }

  update {
    attributes = []
    actions    = ["elasticache:ModifyUser"]
    source     = "elasticache.resourceUserUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticache:AddTagsToResource", "elasticache:RemoveTagsFromResource"]
    source     = "elasticache.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["elasticache:DeleteUser", "elasticache:DescribeUsers"]
    source  = "elasticache.resourceUserDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_elasticache_user_group" {
  service = "elasticache"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticache.resourceUserGroupCreate, elasticache.resourceUserGroupRead, elasticache.resourceUserGroupUpdate, elasticache.resourceUserGroupDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: elasticache:RemoveTagsFromResource"

  read {
    actions = ["elasticache:DescribeUserGroups", "elasticache:ListTagsForResource"]
    source  = "elasticache.resourceUserGroupRead + elasticache.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "elasticache:AddTagsToResource",
      "elasticache:CreateUserGroup",
      "elasticache:DescribeUserGroups",
    ]
    source  = "elasticache.resourceUserGroupCreate"
  }

  create {
    if_set  = "tags"
    actions = ["elasticache:AddTagsToResource"]
    source  = "elasticache.resourceUserGroupCreate: the create handler itself reaches the tagging calls of UpdateTags (AddTagsToResource)"
  }

  update {
    attributes = []
    actions    = ["elasticache:ModifyUserGroup"]
    source     = "elasticache.resourceUserGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticache:AddTagsToResource", "elasticache:RemoveTagsFromResource"]
    source     = "elasticache.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["elasticache:DeleteUserGroup", "elasticache:DescribeUserGroups"]
    source  = "elasticache.resourceUserGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_elasticache_user_group_association" {
  service = "elasticache"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticache.resourceUserGroupAssociationCreate, elasticache.resourceUserGroupAssociationRead, elasticache.resourceUserGroupAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticache:DescribeUserGroups"]
    source  = "elasticache.resourceUserGroupAssociationRead"
  }

  create {
    actions = ["elasticache:DescribeUserGroups", "elasticache:ModifyUserGroup"]
    source  = "elasticache.resourceUserGroupAssociationCreate"
  }

  delete {
    actions = ["elasticache:DescribeUserGroups", "elasticache:ModifyUserGroup"]
    source  = "elasticache.resourceUserGroupAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_elasticache_cluster" {
  service = "elasticache"
  source  = "import: pike data/elasticache/aws_elasticache_cluster.json"

  read {
    actions = ["elasticache:DescribeCacheClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_elasticache_replication_group" {
  service = "elasticache"
  source  = "import: pike data/elasticache/aws_elasticache_replication_group.json"

  read {
    actions = ["elasticache:DescribeReplicationGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_elasticache_reserved_cache_node_offering" {
  service = "elasticache"
  source  = "import: pike data/elasticache/aws_elasticache_reserved_cache_node_offering.json"

  read {
    actions = ["elasticache:DescribeReservedCacheNodesOfferings"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_elasticache_serverless_cache" {
  service = "elasticache"
  source  = "import: pike data/elasticache/aws_elasticache_serverless_cache.json"

  read {
    actions = ["elasticache:DescribeServerlessCaches"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_elasticache_subnet_group" {
  service = "elasticache"
  source  = "import: pike data/elasticache/aws_elasticache_subnet_group.json"

  read {
    actions = ["elasticache:DescribeCacheSubnetGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_elasticache_user" {
  service = "elasticache"
  source  = "import: pike data/elasticache/aws_elasticache_user.json"

  read {
    actions = ["elasticache:DescribeUsers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
