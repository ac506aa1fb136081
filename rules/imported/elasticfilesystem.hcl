# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_efs_backup_policy" {
  service = "elasticfilesystem"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (efs.resourceBackupPolicyCreate, efs.resourceBackupPolicyRead, efs.resourceBackupPolicyUpdate, efs.resourceBackupPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticfilesystem:DescribeBackupPolicy"]
    source  = "efs.resourceBackupPolicyRead"
  }

  create {
    actions = ["elasticfilesystem:DescribeBackupPolicy", "elasticfilesystem:PutBackupPolicy"]
    source  = "efs.resourceBackupPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["elasticfilesystem:PutBackupPolicy"]
    source     = "efs.resourceBackupPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["elasticfilesystem:DescribeBackupPolicy", "elasticfilesystem:PutBackupPolicy"]
    source  = "efs.resourceBackupPolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_efs_replication_configuration" {
  service = "elasticfilesystem"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (efs.resourceReplicationConfigurationCreate, efs.resourceReplicationConfigurationRead, efs.resourceReplicationConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticfilesystem:DescribeReplicationConfigurations"]
    source  = "efs.resourceReplicationConfigurationRead"
  }

  create {
    actions = [
      "elasticfilesystem:CreateReplicationConfiguration",
      "elasticfilesystem:DescribeReplicationConfigurations",
    ]
    source  = "efs.resourceReplicationConfigurationCreate"
  }

  delete {
    actions = [
      "elasticfilesystem:DeleteReplicationConfiguration",
      "elasticfilesystem:DescribeReplicationConfigurations",
    ]
    source  = "efs.resourceReplicationConfigurationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_efs_access_point" {
  service = "elasticfilesystem"
  source  = "import: pike data/elasticfilesystem/aws_efs_access_point.json"

  read {
    actions = ["elasticfilesystem:DescribeAccessPoints"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_efs_access_points" {
  service = "elasticfilesystem"
  source  = "import: pike data/elasticfilesystem/aws_efs_access_points.json"

  read {
    actions = ["elasticfilesystem:DescribeAccessPoints"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_efs_file_system" {
  service = "elasticfilesystem"
  source  = "import: pike data/elasticfilesystem/aws_efs_file_system.json"

  read {
    actions = ["elasticfilesystem:DescribeFileSystems"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_efs_mount_target" {
  service = "elasticfilesystem"
  source  = "import: pike data/elasticfilesystem/aws_efs_mount_target.json"

  read {
    actions = [
      "elasticfilesystem:DescribeMountTargetSecurityGroups",
      "elasticfilesystem:DescribeMountTargets",
    ]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
