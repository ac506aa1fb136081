# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_efs_access_point" {
  service = "elasticfilesystem"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (efs.resourceAccessPointCreate, efs.resourceAccessPointRead, efs.resourceAccessPointUpdate, efs.resourceAccessPointDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticfilesystem:DescribeAccessPoints", "elasticfilesystem:DescribeTags"]
    source  = "efs.resourceAccessPointRead + efs.(*servicePackage).ListTags"
  }

  create {
    actions = ["elasticfilesystem:CreateAccessPoint", "elasticfilesystem:DescribeAccessPoints"]
    source  = "efs.resourceAccessPointCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "efs.resourceAccessPointUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticfilesystem:TagResource", "elasticfilesystem:UntagResource"]
    source     = "efs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["elasticfilesystem:DeleteAccessPoint", "elasticfilesystem:DescribeAccessPoints"]
    source  = "efs.resourceAccessPointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

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

resource "aws_efs_file_system" {
  service = "elasticfilesystem"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (efs.resourceFileSystemCreate, efs.resourceFileSystemRead, efs.resourceFileSystemUpdate, efs.resourceFileSystemDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: elasticfilesystem:UpdateFileSystemProtection"

  read {
    actions = [
      "elasticfilesystem:DescribeFileSystems",
      "elasticfilesystem:DescribeLifecycleConfiguration",
      "elasticfilesystem:DescribeTags",
    ]
    source  = "efs.resourceFileSystemRead + efs.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "elasticfilesystem:CreateFileSystem",
      "elasticfilesystem:DescribeFileSystems",
      "elasticfilesystem:DescribeLifecycleConfiguration",
      "elasticfilesystem:PutLifecycleConfiguration",
      "elasticfilesystem:UpdateFileSystemProtection",
    ]
    source  = "efs.resourceFileSystemCreate"
  }

  update {
    attributes = []
    actions    = [
      "elasticfilesystem:PutLifecycleConfiguration",
      "elasticfilesystem:UpdateFileSystem",
      "elasticfilesystem:UpdateFileSystemProtection",
    ]
    source     = "efs.resourceFileSystemUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticfilesystem:TagResource", "elasticfilesystem:UntagResource"]
    source     = "efs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["elasticfilesystem:DeleteFileSystem", "elasticfilesystem:DescribeFileSystems"]
    source  = "efs.resourceFileSystemDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_efs_file_system_policy" {
  service = "elasticfilesystem"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (efs.resourceFileSystemPolicyPut, efs.resourceFileSystemPolicyRead, efs.resourceFileSystemPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticfilesystem:DescribeFileSystemPolicy"]
    source  = "efs.resourceFileSystemPolicyRead"
  }

  create {
    actions = [
      "elasticfilesystem:DescribeFileSystemPolicy",
      "elasticfilesystem:PutFileSystemPolicy",
    ]
    source  = "efs.resourceFileSystemPolicyPut"
  }

  update {
    attributes = []
    actions    = ["elasticfilesystem:PutFileSystemPolicy"]
    source     = "efs.resourceFileSystemPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["elasticfilesystem:DeleteFileSystemPolicy"]
    source  = "efs.resourceFileSystemPolicyDelete"
  }
}

resource "aws_efs_mount_target" {
  service = "elasticfilesystem"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (efs.resourceMountTargetCreate, efs.resourceMountTargetRead, efs.resourceMountTargetUpdate, efs.resourceMountTargetDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "elasticfilesystem:DescribeMountTargetSecurityGroups",
      "elasticfilesystem:DescribeMountTargets",
    ]
    source  = "efs.resourceMountTargetRead"
  }

  create {
    actions = [
      "elasticfilesystem:CreateMountTarget",
      "elasticfilesystem:DescribeMountTargetSecurityGroups",
      "elasticfilesystem:DescribeMountTargets",
    ]
    source  = "efs.resourceMountTargetCreate"
  }

  update {
    attributes = []
    actions    = ["elasticfilesystem:ModifyMountTargetSecurityGroups"]
    source     = "efs.resourceMountTargetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["elasticfilesystem:DeleteMountTarget", "elasticfilesystem:DescribeMountTargets"]
    source  = "efs.resourceMountTargetDelete"
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
