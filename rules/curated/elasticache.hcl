# Amazon ElastiCache (IAM prefix elasticache): hand-curated rules for clusters, replication groups, subnet groups and parameter groups.

resource "aws_elasticache_cluster" {
  service           = "elasticache"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/elasticache/cluster.go (resourceClusterCreate/Read/Update/Delete); replication_group.go 4789450415 stored version (shared tag and log-delivery handling)"
  arn               = "arn:${partition}:elasticache:${region}:${account}:cluster:${cluster_id}"
  provider_versions = "5.100.0, 6.x"
  note              = "ElastiCache creates the network interfaces through its service-linked role; iamlive-map also lists ec2:CreateNetworkInterface for CreateCacheCluster, not predicted here"

  read {
    actions = ["elasticache:DescribeCacheClusters", "elasticache:ListTagsForResource"]
    source  = "resourceClusterRead (findCacheClusterByID: DescribeCacheClusters ShowCacheNodeInfo); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["elasticache:CreateCacheCluster"]
    source  = "resourceClusterCreate (CreateCacheCluster with tags; waitCacheClusterAvailable polls DescribeCacheClusters)"
  }

  create {
    if_set  = "log_delivery_configuration"
    actions = [
      "logs:CreateLogDelivery",
      "logs:DeleteLogDelivery",
      "logs:DescribeLogGroups",
      "logs:DescribeResourcePolicies",
      "logs:GetLogDelivery",
      "logs:ListLogDeliveries",
      "logs:PutResourcePolicy",
      "logs:UpdateLogDelivery",
    ]
    source  = "AWS docs: ElastiCache User Guide, Log delivery, Permissions (vended log delivery to CloudWatch Logs / Kinesis Data Firehose)"
  }

  create {
    if_set  = "tags_all"
    actions = ["elasticache:AddTagsToResource"]
    source  = "AWS docs: ElastiCache User Guide, Tagging on create (tags in a Create* request require elasticache:AddTagsToResource); resourceClusterCreate createTags fallback for partitions without tag-on-create"
  }

  create {
    if_equals = ["log_delivery_configuration.destination_type", "kinesis-firehose"]
    actions   = ["firehose:TagDeliveryStream"]
    source    = "AWS docs: ElastiCache User Guide, Log delivery, Permissions (Kinesis Data Firehose destination)"
  }

  update {
    attributes = ["apply_immediately", "final_snapshot_identifier", "timeouts"]
    actions    = []
    source     = "no API call (sent with the next modification or read by Delete only)"
  }

  update {
    attributes = [
      "auto_minor_version_upgrade",
      "az_mode",
      "engine_version",
      "ip_discovery",
      "log_delivery_configuration",
      "maintenance_window",
      "network_type",
      "node_type",
      "notification_topic_arn",
      "num_cache_nodes",
      "parameter_group_name",
      "preferred_availability_zones",
      "security_group_ids",
      "snapshot_retention_limit",
      "snapshot_window",
      "transit_encryption_enabled",
    ]
    actions    = ["elasticache:ModifyCacheCluster"]
    source     = "resourceClusterUpdate (ModifyCacheCluster when a modifiable argument changes; waitCacheClusterAvailable polls DescribeCacheClusters)"
  }

  update {
    attributes = ["log_delivery_configuration"]
    actions    = [
      "logs:CreateLogDelivery",
      "logs:DeleteLogDelivery",
      "logs:DescribeLogGroups",
      "logs:DescribeResourcePolicies",
      "logs:GetLogDelivery",
      "logs:ListLogDeliveries",
      "logs:PutResourcePolicy",
      "logs:UpdateLogDelivery",
    ]
    source     = "AWS docs: ElastiCache User Guide, Log delivery, Permissions"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticache:AddTagsToResource", "elasticache:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["elasticache:DeleteCacheCluster"]
    source  = "resourceClusterDelete (DeleteCacheCluster with FinalSnapshotIdentifier when final_snapshot_identifier is set; waitCacheClusterDeleted polls DescribeCacheClusters)"
    note    = "the final snapshot is authorized by DeleteCacheCluster itself (IAM reference: snapshot resource on DeleteCacheCluster)"
  }
}

resource "aws_elasticache_parameter_group" {
  service           = "elasticache"
  source            = "terraform-provider-aws 0593466d96e383de3f75587805537f6e590ebf4e internal/service/elasticache/parameter_group.go"
  arn               = "arn:${partition}:elasticache:${region}:${account}:parametergroup:${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = [
      "elasticache:DescribeCacheParameterGroups",
      "elasticache:DescribeCacheParameters",
      "elasticache:ListTagsForResource",
    ]
    source  = "resourceParameterGroupRead (findCacheParameterGroupByName: DescribeCacheParameterGroups; DescribeCacheParameters Source=user); tags via transparent tagging (@Tags) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["elasticache:CreateCacheParameterGroup"]
    source  = "resourceParameterGroupCreate (CreateCacheParameterGroup with tags, retried without tags where unsupported)"
  }

  create {
    if_set  = "parameter"
    actions = ["elasticache:ModifyCacheParameterGroup"]
    source  = "resourceParameterGroupCreate -> resourceParameterGroupUpdate (resourceModifyParameterGroup in chunks of 20)"
  }

  create {
    if_set  = "tags_all"
    actions = ["elasticache:AddTagsToResource"]
    source  = "AWS docs: ElastiCache User Guide, Tagging on create (tags in a Create* request require elasticache:AddTagsToResource)"
  }

  update {
    attributes = ["parameter"]
    actions    = ["elasticache:ModifyCacheParameterGroup", "elasticache:ResetCacheParameterGroup"]
    source     = "resourceParameterGroupUpdate (resourceResetParameterGroup for removed parameters, incl. the reserved-memory workaround; resourceModifyParameterGroup for added/changed)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticache:AddTagsToResource", "elasticache:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["elasticache:DeleteCacheParameterGroup"]
    source  = "resourceParameterGroupDelete (deleteParameterGroup: DeleteCacheParameterGroup retried while InvalidCacheParameterGroupState)"
  }
}

resource "aws_elasticache_replication_group" {
  service           = "elasticache"
  source            = "terraform-provider-aws internal/service/elasticache/replication_group.go (stored file id 4789450415: create, read, update, delete, shard helpers); terraform-provider-aws v6.60.0 provider-model call_patterns"
  arn               = "arn:${partition}:elasticache:${region}:${account}:replicationgroup:${replication_group_id}"
  provider_versions = "5.100.0, 6.x"
  note              = "ElastiCache creates the network interfaces through its service-linked role; iamlive-map also lists ec2:CreateNetworkInterface for CreateReplicationGroup, not predicted here"

  read {
    actions = [
      "elasticache:DescribeCacheClusters",
      "elasticache:DescribeReplicationGroups",
      "elasticache:ListTagsForResource",
    ]
    source  = "resourceReplicationGroupRead (findReplicationGroupByID: DescribeReplicationGroups; waitReplicationGroupAvailable; DescribeCacheClusters for the first member); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["elasticache:CreateReplicationGroup"]
    source  = "resourceReplicationGroupCreate (CreateReplicationGroup with tags; waitReplicationGroupAvailable polls DescribeReplicationGroups)"
  }

  create {
    if_set  = "global_replication_group_id"
    actions = ["elasticache:DescribeGlobalReplicationGroups"]
    source  = "resourceReplicationGroupCreate (waitGlobalReplicationGroupAvailable)"
    note    = "read-only wait on the global replication group"
  }

  create {
    if_set  = "log_delivery_configuration"
    actions = [
      "logs:CreateLogDelivery",
      "logs:DeleteLogDelivery",
      "logs:DescribeLogGroups",
      "logs:DescribeResourcePolicies",
      "logs:GetLogDelivery",
      "logs:ListLogDeliveries",
      "logs:PutResourcePolicy",
      "logs:UpdateLogDelivery",
    ]
    source  = "AWS docs: ElastiCache User Guide, Log delivery, Permissions (vended log delivery to CloudWatch Logs / Kinesis Data Firehose)"
  }

  create {
    if_set  = "tags_all"
    actions = ["elasticache:AddTagsToResource"]
    source  = "AWS docs: ElastiCache User Guide, Tagging on create (tags in a Create* request require elasticache:AddTagsToResource); resourceReplicationGroupCreate createTags fallback"
  }

  create {
    if_equals = ["log_delivery_configuration.destination_type", "kinesis-firehose"]
    actions   = ["firehose:TagDeliveryStream"]
    source    = "AWS docs: ElastiCache User Guide, Log delivery, Permissions (Kinesis Data Firehose destination)"
  }

  update {
    attributes = ["apply_immediately", "final_snapshot_identifier", "timeouts"]
    actions    = []
    source     = "no API call (sent with the next modification or read by Delete only)"
  }

  update {
    attributes = [
      "auth_token",
      "auth_token_update_strategy",
      "auto_minor_version_upgrade",
      "automatic_failover_enabled",
      "cluster_mode",
      "description",
      "engine",
      "engine_version",
      "ip_discovery",
      "log_delivery_configuration",
      "maintenance_window",
      "multi_az_enabled",
      "network_type",
      "node_type",
      "notification_topic_arn",
      "parameter_group_name",
      "security_group_ids",
      "security_group_names",
      "snapshot_retention_limit",
      "snapshot_window",
      "transit_encryption_enabled",
      "transit_encryption_mode",
      "user_group_ids",
    ]
    actions    = ["elasticache:ModifyReplicationGroup"]
    source     = "resourceReplicationGroupUpdate (ModifyReplicationGroup; separate ModifyReplicationGroup for auth_token; waitReplicationGroupAvailable polls DescribeReplicationGroups)"
  }

  update {
    attributes = ["log_delivery_configuration"]
    actions    = [
      "logs:CreateLogDelivery",
      "logs:DeleteLogDelivery",
      "logs:DescribeLogGroups",
      "logs:DescribeResourcePolicies",
      "logs:GetLogDelivery",
      "logs:ListLogDeliveries",
      "logs:PutResourcePolicy",
      "logs:UpdateLogDelivery",
    ]
    source     = "AWS docs: ElastiCache User Guide, Log delivery, Permissions"
  }

  update {
    attributes = ["num_cache_clusters", "replicas_per_node_group"]
    actions    = ["elasticache:DecreaseReplicaCount", "elasticache:IncreaseReplicaCount"]
    source     = "resourceReplicationGroupUpdate (increaseReplicationGroupReplicaCount / decreaseReplicationGroupReplicaCount; modifyReplicationGroupShardConfigurationReplicasPerNodeGroup)"
  }

  update {
    attributes = ["num_node_groups"]
    actions    = ["elasticache:ModifyReplicationGroupShardConfiguration"]
    source     = "resourceReplicationGroupUpdate (modifyReplicationGroupShardConfigurationNumNodeGroups: ModifyReplicationGroupShardConfiguration)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticache:AddTagsToResource", "elasticache:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["elasticache:DeleteReplicationGroup"]
    source  = "resourceReplicationGroupDelete (DeleteReplicationGroup with FinalSnapshotIdentifier when set, retried while InvalidReplicationGroupState; waitReplicationGroupDeleted polls DescribeReplicationGroups)"
  }

  delete {
    if_set  = "global_replication_group_id"
    actions = [
      "elasticache:DeleteCacheParameterGroup",
      "elasticache:DescribeGlobalReplicationGroups",
      "elasticache:DisassociateGlobalReplicationGroup",
    ]
    source  = "resourceReplicationGroupDelete (disassociateReplicationGroup: DisassociateGlobalReplicationGroup, waitGlobalReplicationGroupMemberDetached polls DescribeGlobalReplicationGroups; deleteParameterGroup of the member's parameter group)"
    note    = "DescribeGlobalReplicationGroups is the detach waiter's read-only poll"
  }
}

resource "aws_elasticache_subnet_group" {
  service           = "elasticache"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/elasticache/subnet_group.go (resourceSubnetGroupCreate/Read/Update/Delete)"
  arn               = "arn:${partition}:elasticache:${region}:${account}:subnetgroup:${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["elasticache:DescribeCacheSubnetGroups", "elasticache:ListTagsForResource"]
    source  = "resourceSubnetGroupRead (findCacheSubnetGroupByName: DescribeCacheSubnetGroups); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["elasticache:CreateCacheSubnetGroup"]
    source  = "resourceSubnetGroupCreate (CreateCacheSubnetGroup with tags)"
  }

  create {
    if_set  = "tags_all"
    actions = ["elasticache:AddTagsToResource"]
    source  = "AWS docs: ElastiCache User Guide, Tagging on create (tags in a Create* request require elasticache:AddTagsToResource); resourceSubnetGroupCreate createTags fallback"
  }

  update {
    attributes = ["description", "subnet_ids"]
    actions    = ["elasticache:ModifyCacheSubnetGroup"]
    source     = "resourceSubnetGroupUpdate (ModifyCacheSubnetGroup)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticache:AddTagsToResource", "elasticache:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["elasticache:DeleteCacheSubnetGroup"]
    source  = "resourceSubnetGroupDelete (DeleteCacheSubnetGroup, retried while in use)"
  }
}
