# Amazon RDS (IAM prefix rds): hand-curated rules for DB instances, Aurora clusters and instances, subnet, parameter and option groups.

resource "aws_db_instance" {
  service           = "rds"
  source            = "terraform-provider-aws 00e4b23838859616dd0ebc9d1fd9364c0f6bff22 internal/service/rds/instance.go (stored version, pre-v5); terraform-provider-aws v6.60.0 provider-model call_patterns (resourceInstanceCreate/Read/Update/Delete); cluster_instance.go 01606926a0c0ab9174aec440f976a48b0baee722 (shared findDBInstanceByID, tags from TagList)"
  arn               = "arn:${partition}:rds:${region}:${account}:db:${identifier}"
  provider_versions = "5.100.0, 6.x"
  note              = "v6 reads tags from DescribeDBInstances TagList (setTagsOut), no ListTagsForResource; the delete handler's retry that first calls ModifyDBInstance (DeletionProtection=false) on an InvalidParameterCombination error is a drift-recovery path and is left out"

  read {
    actions = ["rds:DescribeDBInstances"]
    source  = "resourceInstanceRead (findDBInstanceByID: DescribeDBInstances; tags from TagList)"
  }

  create {
    actions = ["rds:CreateDBInstance"]
    source  = "resourceInstanceCreate (CreateDBInstance with tags; waitDBInstanceAvailable polls DescribeDBInstances)"
    note    = "not called when replicate_source_db, s3_import, snapshot_identifier or restore_to_point_in_time selects another create API"
  }

  create {
    if_set  = "ca_cert_identifier"
    actions = ["rds:ModifyDBInstance"]
    source  = "resourceInstanceCreate (ModifyDBInstance when ca_cert_identifier differs from the default returned by CreateDBInstance)"
  }

  create {
    if_set  = "kms_key_id"
    actions = ["kms:CreateGrant", "kms:DescribeKey"]
    source  = "AWS docs: Amazon RDS User Guide, Encrypting Amazon RDS resources / AWS KMS key management (a customer managed key needs kms:CreateGrant and kms:DescribeKey by the caller)"
  }

  create {
    if_set  = "manage_master_user_password"
    actions = ["kms:DescribeKey", "secretsmanager:CreateSecret", "secretsmanager:TagResource"]
    source  = "AWS docs: Amazon RDS User Guide, Password management with Amazon RDS and AWS Secrets Manager, Permissions required for Secrets Manager integration"
  }

  create {
    if_set  = "master_user_secret_kms_key_id"
    actions = ["kms:CreateGrant", "kms:DescribeKey"]
    source  = "pike-mapping aws_db_instance attributes.master_user_secret_kms_key_id (iamlive capture); AWS docs: RDS Secrets Manager integration with a customer managed key"
  }

  create {
    if_set  = "replicate_source_db"
    actions = ["rds:CreateDBInstanceReadReplica", "rds:ModifyDBInstance", "rds:RebootDBInstance"]
    source  = "resourceInstanceCreate (CreateDBInstanceReadReplica; then ModifyDBInstance for backup/maintenance/parameter group/password settings the replica API lacks, RebootDBInstance when parameter_group_name differs)"
  }

  create {
    if_set  = "restore_to_point_in_time"
    actions = ["rds:ModifyDBInstance", "rds:RestoreDBInstanceToPointInTime"]
    source  = "resourceInstanceCreate (RestoreDBInstanceToPointInTime; ModifyDBInstance for settings the restore API lacks)"
  }

  create {
    if_set  = "s3_import"
    actions = ["rds:RestoreDBInstanceFromS3"]
    source  = "resourceInstanceCreate (RestoreDBInstanceFromS3)"
  }

  create {
    if_set  = "snapshot_identifier"
    actions = ["rds:ModifyDBInstance", "rds:RestoreDBInstanceFromDBSnapshot"]
    source  = "resourceInstanceCreate (RestoreDBInstanceFromDBSnapshot; ModifyDBInstance for allocated_storage/backup/engine_version/iops/monitoring/... set after restore)"
  }

  create {
    if_set  = "tags_all"
    actions = ["rds:AddTagsToResource"]
    source  = "AWS docs: RDS User Guide, tagging (tags in a Create* request require rds:AddTagsToResource)"
  }

  update {
    attributes = [
      "allocated_storage",
      "apply_immediately",
      "auto_minor_version_upgrade",
      "backup_retention_period",
      "backup_target",
      "backup_window",
      "ca_cert_identifier",
      "copy_tags_to_snapshot",
      "customer_owned_ip_enabled",
      "database_insights_mode",
      "db_subnet_group_name",
      "dedicated_log_volume",
      "deletion_protection",
      "domain",
      "domain_auth_secret_arn",
      "domain_dns_ips",
      "domain_fqdn",
      "domain_iam_role_name",
      "domain_ou",
      "enabled_cloudwatch_logs_exports",
      "engine_lifecycle_support",
      "engine_version",
      "iam_database_authentication_enabled",
      "identifier",
      "instance_class",
      "iops",
      "license_model",
      "maintenance_window",
      "manage_master_user_password",
      "master_user_secret_kms_key_id",
      "max_allocated_storage",
      "monitoring_interval",
      "monitoring_role_arn",
      "multi_az",
      "network_type",
      "option_group_name",
      "parameter_group_name",
      "password",
      "password_wo_version",
      "performance_insights_enabled",
      "performance_insights_kms_key_id",
      "performance_insights_retention_period",
      "port",
      "publicly_accessible",
      "replica_mode",
      "security_group_names",
      "storage_throughput",
      "storage_type",
      "vpc_security_group_ids",
    ]
    actions    = ["rds:ModifyDBInstance"]
    source     = "resourceInstanceUpdate (HasChangesExcept(allow_major_version_upgrade, delete_automated_backups, final_snapshot_identifier, replicate_source_db, skip_final_snapshot, tags) -> ModifyDBInstance; waitDBInstanceUpdated polls DescribeDBInstances)"
  }

  update {
    attributes = [
      "allow_major_version_upgrade",
      "blue_green_update",
      "delete_automated_backups",
      "final_snapshot_identifier",
      "skip_final_snapshot",
      "timeouts",
    ]
    actions    = []
    source     = "no API call (excluded from resourceInstanceUpdate's HasChangesExcept; read by Update/Delete only)"
  }

  update {
    attributes = ["replicate_source_db"]
    actions    = ["rds:PromoteReadReplica"]
    source     = "resourceInstanceUpdate (PromoteReadReplica when replicate_source_db is removed)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    if_set     = "blue_green_update.enabled"
    attributes = [
      "allocated_storage",
      "backup_retention_period",
      "backup_window",
      "ca_cert_identifier",
      "engine_version",
      "instance_class",
      "iops",
      "maintenance_window",
      "max_allocated_storage",
      "monitoring_interval",
      "monitoring_role_arn",
      "option_group_name",
      "parameter_group_name",
      "performance_insights_enabled",
      "storage_throughput",
      "storage_type",
      "vpc_security_group_ids",
    ]
    actions    = [
      "rds:AddTagsToResource",
      "rds:CreateBlueGreenDeployment",
      "rds:CreateDBInstanceReadReplica",
      "rds:DeleteBlueGreenDeployment",
      "rds:DeleteDBInstance",
      "rds:DescribeBlueGreenDeployments",
      "rds:ModifyDBInstance",
      "rds:SwitchoverBlueGreenDeployment",
    ]
    source     = "provider-model v6.60.0 resourceInstanceUpdate (blue/green path: CreateBlueGreenDeployment, SwitchoverBlueGreenDeployment, DeleteBlueGreenDeployment, DescribeBlueGreenDeployments, DeleteDBInstance of the old source); AWS docs: RDS User Guide, Blue/Green Deployments IAM permissions (rds:AddTagsToResource, rds:CreateDBInstanceReadReplica for the green environment)"
  }

  update {
    if_set     = "manage_master_user_password"
    attributes = ["manage_master_user_password"]
    actions    = ["kms:DescribeKey", "secretsmanager:CreateSecret", "secretsmanager:TagResource"]
    source     = "AWS docs: Amazon RDS User Guide, Permissions required for Secrets Manager integration (ModifyDBInstance ManageMasterUserPassword=true)"
  }

  delete {
    actions = ["rds:DeleteDBInstance"]
    source  = "resourceInstanceDelete (DeleteDBInstance with DeleteAutomatedBackups; waitDBInstanceDeleted polls DescribeDBInstances)"
  }

  delete {
    unless_set = "skip_final_snapshot"
    actions    = ["rds:CreateDBSnapshot"]
    source     = "resourceInstanceDelete (SkipFinalSnapshot=false with FinalDBSnapshotIdentifier); IAM reference: rds:CreateDBSnapshot authorizes the final snapshot"
  }

  pass_role {
    attribute = "domain_iam_role_name"
    service   = "rds.amazonaws.com"
    source    = "AWS docs: RDS User Guide, Kerberos authentication (the directory service IAM role is passed in CreateDBInstance/ModifyDBInstance DomainIAMRoleName)"
    note      = "the attribute holds the role name"
  }

  pass_role {
    attribute = "monitoring_role_arn"
    service   = "monitoring.rds.amazonaws.com"
    source    = "AWS docs: RDS User Guide, Setting up and enabling Enhanced Monitoring (iam:PassRole on the monitoring role)"
  }

  pass_role {
    attribute = "s3_import.ingestion_role"
    service   = "rds.amazonaws.com"
    source    = "RestoreDBInstanceFromS3 S3IngestionRoleArn; AWS docs: RDS User Guide, Restoring a backup into a MySQL DB instance (iam:PassRole)"
  }
}

resource "aws_db_option_group" {
  service           = "rds"
  source            = "terraform-provider-aws 01f431114674c27cf790fafb67ac274bf8f765e1 internal/service/rds/option_group.go"
  arn               = "arn:${partition}:rds:${region}:${account}:og:${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["rds:DescribeOptionGroups", "rds:ListTagsForResource"]
    source  = "resourceOptionGroupRead (findOptionGroupByName: DescribeOptionGroups); tags via transparent tagging (@Tags) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["rds:CreateOptionGroup"]
    source  = "resourceOptionGroupCreate (CreateOptionGroup with tags)"
  }

  create {
    if_set  = "option"
    actions = ["rds:ModifyOptionGroup"]
    source  = "resourceOptionGroupCreate -> resourceOptionGroupUpdate (ModifyOptionGroup OptionsToInclude)"
  }

  create {
    if_set  = "tags_all"
    actions = ["rds:AddTagsToResource"]
    source  = "AWS docs: RDS User Guide, tagging (tags in a Create* request require rds:AddTagsToResource)"
  }

  update {
    attributes = ["option"]
    actions    = ["rds:ModifyOptionGroup"]
    source     = "resourceOptionGroupUpdate (ModifyOptionGroup OptionsToInclude/OptionsToRemove)"
  }

  update {
    attributes = ["skip_destroy", "timeouts"]
    actions    = []
    source     = "no API call (read by Delete only)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    unless_set = "skip_destroy"
    actions    = ["rds:DeleteOptionGroup"]
    source     = "resourceOptionGroupDelete (skipped when skip_destroy)"
  }
}

resource "aws_db_parameter_group" {
  service           = "rds"
  source            = "terraform-provider-aws 01606926a0c0ab9174aec440f976a48b0baee722 internal/service/rds/parameter_group.go"
  arn               = "arn:${partition}:rds:${region}:${account}:pg:${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = [
      "rds:DescribeDBParameterGroups",
      "rds:DescribeDBParameters",
      "rds:ListTagsForResource",
    ]
    source  = "resourceParameterGroupRead (findDBParameterGroupByName: DescribeDBParameterGroups; findDBParameters: DescribeDBParameters); tags via transparent tagging (@Tags) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["rds:CreateDBParameterGroup"]
    source  = "resourceParameterGroupCreate (CreateDBParameterGroup with tags)"
  }

  create {
    if_set  = "parameter"
    actions = ["rds:ModifyDBParameterGroup"]
    source  = "resourceParameterGroupCreate -> resourceParameterGroupUpdate (ModifyDBParameterGroup in chunks of 20)"
  }

  create {
    if_set  = "tags_all"
    actions = ["rds:AddTagsToResource"]
    source  = "AWS docs: RDS User Guide, tagging (tags in a Create* request require rds:AddTagsToResource)"
  }

  update {
    attributes = ["parameter"]
    actions    = ["rds:ModifyDBParameterGroup", "rds:ResetDBParameterGroup"]
    source     = "resourceParameterGroupUpdate (ModifyDBParameterGroup for added/changed, ResetDBParameterGroup for removed parameters)"
  }

  update {
    attributes = ["skip_destroy"]
    actions    = []
    source     = "no API call (read by Delete only)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    unless_set = "skip_destroy"
    actions    = ["rds:DeleteDBParameterGroup"]
    source     = "resourceParameterGroupDelete (skipped when skip_destroy)"
  }
}

resource "aws_db_subnet_group" {
  service           = "rds"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/rds/subnet_group.go"
  arn               = "arn:${partition}:rds:${region}:${account}:subgrp:${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["rds:DescribeDBSubnetGroups", "rds:ListTagsForResource"]
    source  = "resourceSubnetGroupRead (DescribeDBSubnetGroups); tags via transparent tagging (@Tags) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["rds:CreateDBSubnetGroup"]
    source  = "resourceSubnetGroupCreate (CreateDBSubnetGroup with tags)"
  }

  create {
    if_set  = "tags_all"
    actions = ["rds:AddTagsToResource"]
    source  = "AWS docs: RDS User Guide, tagging (tags in a Create* request require rds:AddTagsToResource)"
  }

  update {
    attributes = ["description", "subnet_ids"]
    actions    = ["rds:ModifyDBSubnetGroup"]
    source     = "resourceSubnetGroupUpdate (ModifyDBSubnetGroup)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBSubnetGroup"]
    source  = "resourceSubnetGroupDelete (DeleteDBSubnetGroup; waits with DescribeDBSubnetGroups)"
  }
}

resource "aws_rds_cluster" {
  service           = "rds"
  source            = "terraform-provider-aws 0168cf6844f393420326f1426bf18ed357b56a77 internal/service/rds/cluster.go"
  arn               = "arn:${partition}:rds:${region}:${account}:cluster:${cluster_identifier}"
  provider_versions = "5.100.0, 6.x"
  note              = "the delete handler's retry that first calls ModifyDBCluster (DeletionProtection=false) on an InvalidParameterCombination error is a drift-recovery path and is left out"

  read {
    actions = ["rds:DescribeDBClusters", "rds:DescribeGlobalClusters"]
    source  = "resourceClusterRead (findDBClusterByID: DescribeDBClusters; findGlobalClusterByDBClusterARN: DescribeGlobalClusters for engine_mode global/provisioned; tags from TagList)"
  }

  create {
    actions = ["rds:CreateDBCluster"]
    source  = "resourceClusterCreate (CreateDBCluster with tags; waitDBClusterCreated polls DescribeDBClusters)"
    note    = "not called when snapshot_identifier, s3_import or restore_to_point_in_time selects a restore API"
  }

  create {
    if_set  = "global_cluster_identifier"
    actions = ["rds:ModifyDBCluster"]
    source  = "resourceClusterCreate (Performance Insights settings of a global cluster member deferred to ModifyDBCluster)"
  }

  create {
    if_set  = "iam_roles"
    actions = ["rds:AddRoleToDBCluster"]
    source  = "resourceClusterCreate (addIAMRoleToCluster: AddRoleToDBCluster per role)"
  }

  create {
    if_set  = "kms_key_id"
    actions = ["kms:CreateGrant", "kms:DescribeKey"]
    source  = "AWS docs: Amazon Aurora User Guide, Encrypting Amazon Aurora resources / AWS KMS key management (a customer managed key needs kms:CreateGrant and kms:DescribeKey by the caller)"
  }

  create {
    if_set  = "manage_master_user_password"
    actions = ["kms:DescribeKey", "secretsmanager:CreateSecret", "secretsmanager:TagResource"]
    source  = "AWS docs: Amazon Aurora User Guide, Password management with Amazon Aurora and AWS Secrets Manager, Permissions required for Secrets Manager integration"
  }

  create {
    if_set  = "master_user_secret_kms_key_id"
    actions = ["kms:CreateGrant", "kms:DescribeKey"]
    source  = "pike-mapping aws_db_instance attributes.master_user_secret_kms_key_id (iamlive capture, same RDS API parameter); AWS docs: Secrets Manager integration with a customer managed key"
  }

  create {
    if_set  = "restore_to_point_in_time"
    actions = ["rds:ModifyDBCluster", "rds:RestoreDBClusterToPointInTime"]
    source  = "resourceClusterCreate (RestoreDBClusterToPointInTime; ModifyDBCluster for backup/maintenance windows, password, scaling settings)"
  }

  create {
    if_set  = "s3_import"
    actions = ["rds:RestoreDBClusterFromS3"]
    source  = "resourceClusterCreate (RestoreDBClusterFromS3)"
  }

  create {
    if_set  = "snapshot_identifier"
    actions = ["rds:ModifyDBCluster", "rds:RestoreDBClusterFromSnapshot"]
    source  = "resourceClusterCreate (RestoreDBClusterFromSnapshot; ModifyDBCluster for settings the restore API lacks)"
  }

  create {
    if_set  = "tags_all"
    actions = ["rds:AddTagsToResource"]
    source  = "AWS docs: RDS User Guide, tagging (tags in a Create* request require rds:AddTagsToResource)"
  }

  update {
    attributes = [
      "allocated_storage",
      "apply_immediately",
      "auto_minor_version_upgrade",
      "backtrack_window",
      "backup_retention_period",
      "ca_certificate_identifier",
      "copy_tags_to_snapshot",
      "database_insights_mode",
      "db_cluster_instance_class",
      "db_cluster_parameter_group_name",
      "db_instance_parameter_group_name",
      "deletion_protection",
      "domain",
      "domain_iam_role_name",
      "enable_global_write_forwarding",
      "enable_local_write_forwarding",
      "enabled_cloudwatch_logs_exports",
      "engine_lifecycle_support",
      "engine_version",
      "iam_database_authentication_enabled",
      "iops",
      "manage_master_user_password",
      "master_password",
      "master_password_wo_version",
      "master_user_secret_kms_key_id",
      "monitoring_interval",
      "monitoring_role_arn",
      "network_type",
      "performance_insights_enabled",
      "performance_insights_kms_key_id",
      "performance_insights_retention_period",
      "port",
      "preferred_backup_window",
      "preferred_maintenance_window",
      "scaling_configuration",
      "serverlessv2_scaling_configuration",
      "storage_type",
      "vpc_security_group_ids",
    ]
    actions    = ["rds:ModifyDBCluster"]
    source     = "resourceClusterUpdate (HasChangesExcept(allow_major_version_upgrade, delete_automated_backups, final_snapshot_identifier, global_cluster_identifier, iam_roles, replication_source_identifier, skip_final_snapshot, tags) -> ModifyDBCluster; waitDBClusterUpdated polls DescribeDBClusters)"
  }

  update {
    attributes = [
      "allow_major_version_upgrade",
      "delete_automated_backups",
      "final_snapshot_identifier",
      "skip_final_snapshot",
      "timeouts",
    ]
    actions    = []
    source     = "no API call (excluded from resourceClusterUpdate's HasChangesExcept; read by Update/Delete only)"
  }

  update {
    attributes = ["enable_http_endpoint"]
    actions    = ["rds:DisableHttpEndpoint", "rds:EnableHttpEndpoint", "rds:ModifyDBCluster"]
    source     = "resourceClusterUpdate (enableHTTPEndpointProvisioned: EnableHttpEndpoint/DisableHttpEndpoint for engine_mode provisioned, else ModifyDBCluster EnableHttpEndpoint)"
  }

  update {
    attributes = ["global_cluster_identifier"]
    actions    = ["rds:RemoveFromGlobalCluster"]
    source     = "resourceClusterUpdate (RemoveFromGlobalCluster; only removal is supported)"
  }

  update {
    attributes = ["iam_roles"]
    actions    = ["rds:AddRoleToDBCluster", "rds:RemoveRoleFromDBCluster"]
    source     = "resourceClusterUpdate (addIAMRoleToCluster / removeIAMRoleFromCluster)"
  }

  update {
    attributes = ["replication_source_identifier"]
    actions    = ["rds:PromoteReadReplicaDBCluster"]
    source     = "resourceClusterUpdate (PromoteReadReplicaDBCluster when replication_source_identifier is removed)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    if_set     = "manage_master_user_password"
    attributes = ["manage_master_user_password"]
    actions    = ["kms:DescribeKey", "secretsmanager:CreateSecret", "secretsmanager:TagResource"]
    source     = "AWS docs: Amazon Aurora User Guide, Permissions required for Secrets Manager integration (ModifyDBCluster ManageMasterUserPassword=true)"
  }

  delete {
    actions = ["rds:DeleteDBCluster"]
    source  = "resourceClusterDelete (DeleteDBCluster; waitDBClusterDeleted polls DescribeDBClusters)"
  }

  delete {
    if_set  = "global_cluster_identifier"
    actions = ["rds:RemoveFromGlobalCluster"]
    source  = "resourceClusterDelete (RemoveFromGlobalCluster before deleting a global cluster member)"
  }

  delete {
    unless_set = "skip_final_snapshot"
    actions    = ["rds:CreateDBClusterSnapshot"]
    source     = "resourceClusterDelete (SkipFinalSnapshot=false with FinalDBSnapshotIdentifier); IAM reference: rds:CreateDBClusterSnapshot authorizes the final snapshot"
  }

  pass_role {
    attribute = "domain_iam_role_name"
    service   = "rds.amazonaws.com"
    source    = "AWS docs: Aurora User Guide, Kerberos authentication (the directory service IAM role is passed in CreateDBCluster/ModifyDBCluster DomainIAMRoleName)"
    note      = "the attribute holds the role name"
  }

  pass_role {
    attribute = "iam_roles"
    service   = "rds.amazonaws.com"
    source    = "AddRoleToDBCluster RoleArn; AWS docs: Aurora User Guide, Associating an IAM role with an Aurora DB cluster (iam:PassRole)"
  }

  pass_role {
    attribute = "monitoring_role_arn"
    service   = "monitoring.rds.amazonaws.com"
    source    = "AWS docs: Aurora User Guide, Setting up and enabling Enhanced Monitoring (iam:PassRole on the monitoring role)"
  }

  pass_role {
    attribute = "s3_import.ingestion_role"
    service   = "rds.amazonaws.com"
    source    = "RestoreDBClusterFromS3 S3IngestionRoleArn (iam:PassRole)"
  }
}

resource "aws_rds_cluster_instance" {
  service           = "rds"
  source            = "terraform-provider-aws 01606926a0c0ab9174aec440f976a48b0baee722 internal/service/rds/cluster_instance.go"
  arn               = "arn:${partition}:rds:${region}:${account}:db:${identifier}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["rds:DescribeDBClusters", "rds:DescribeDBInstances"]
    source  = "resourceClusterInstanceRead (findDBInstanceByID: DescribeDBInstances; findDBClusterByID: DescribeDBClusters for the writer flag; tags from TagList)"
  }

  create {
    actions = ["rds:CreateDBInstance"]
    source  = "resourceClusterInstanceCreate (CreateDBInstance with tags; waitDBClusterInstanceAvailable polls DescribeDBInstances)"
  }

  create {
    if_set  = "ca_cert_identifier"
    actions = ["rds:ModifyDBInstance", "rds:RebootDBInstance"]
    source  = "resourceClusterInstanceCreate (ModifyDBInstance + RebootDBInstance when ca_cert_identifier differs from the one CreateDBInstance returned)"
  }

  create {
    if_set  = "tags_all"
    actions = ["rds:AddTagsToResource"]
    source  = "AWS docs: RDS User Guide, tagging (tags in a Create* request require rds:AddTagsToResource)"
  }

  update {
    attributes = [
      "apply_immediately",
      "auto_minor_version_upgrade",
      "ca_cert_identifier",
      "copy_tags_to_snapshot",
      "db_parameter_group_name",
      "force_destroy",
      "instance_class",
      "monitoring_interval",
      "monitoring_role_arn",
      "performance_insights_enabled",
      "performance_insights_kms_key_id",
      "performance_insights_retention_period",
      "preferred_backup_window",
      "preferred_maintenance_window",
      "promotion_tier",
      "publicly_accessible",
    ]
    actions    = ["rds:ModifyDBInstance"]
    source     = "resourceClusterInstanceUpdate (HasChangesExcept(tags) -> ModifyDBInstance; waitDBClusterInstanceAvailable polls DescribeDBInstances)"
    note       = "any non-tag change, even apply_immediately or force_destroy alone, sends ModifyDBInstance"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBInstance"]
    source  = "resourceClusterInstanceDelete (DeleteDBInstance; waitDBClusterInstanceDeleted polls DescribeDBInstances)"
  }

  delete {
    if_set  = "force_destroy"
    actions = ["rds:PromoteReadReplicaDBCluster"]
    source  = "resourceClusterInstanceDelete (PromoteReadReplicaDBCluster when the last instance of a read replica cluster cannot be deleted)"
  }

  pass_role {
    attribute = "monitoring_role_arn"
    service   = "monitoring.rds.amazonaws.com"
    source    = "AWS docs: Aurora User Guide, Setting up and enabling Enhanced Monitoring (iam:PassRole on the monitoring role)"
  }
}

resource "aws_rds_cluster_parameter_group" {
  service           = "rds"
  source            = "terraform-provider-aws 01e5fd8f048e919760263fed00bb5a7120439a4f internal/service/rds/cluster_parameter_group.go"
  arn               = "arn:${partition}:rds:${region}:${account}:cluster-pg:${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = [
      "rds:DescribeDBClusterParameterGroups",
      "rds:DescribeDBClusterParameters",
      "rds:ListTagsForResource",
    ]
    source  = "resourceClusterParameterGroupRead (DescribeDBClusterParameterGroups; DescribeDBClusterParameters for user and system sources); tags via transparent tagging (@Tags) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["rds:CreateDBClusterParameterGroup"]
    source  = "resourceClusterParameterGroupCreate (CreateDBClusterParameterGroup with tags)"
  }

  create {
    if_set  = "parameter"
    actions = ["rds:ModifyDBClusterParameterGroup"]
    source  = "resourceClusterParameterGroupCreate -> resourceClusterParameterGroupUpdate (ModifyDBClusterParameterGroup in chunks of 20)"
  }

  create {
    if_set  = "tags_all"
    actions = ["rds:AddTagsToResource"]
    source  = "AWS docs: RDS User Guide, tagging (tags in a Create* request require rds:AddTagsToResource)"
  }

  update {
    attributes = ["parameter"]
    actions    = ["rds:ModifyDBClusterParameterGroup", "rds:ResetDBClusterParameterGroup"]
    source     = "resourceClusterParameterGroupUpdate (ModifyDBClusterParameterGroup for added/changed, ResetDBClusterParameterGroup for removed parameters)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rds:AddTagsToResource", "rds:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["rds:DeleteDBClusterParameterGroup"]
    source  = "resourceClusterParameterGroupDelete (retried while InvalidDBParameterGroupState)"
  }
}
