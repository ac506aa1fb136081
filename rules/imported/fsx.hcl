# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_fsx_backup" {
  service = "fsx"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fsx.resourceBackupCreate, fsx.resourceBackupRead, fsx.resourceBackupUpdate, fsx.resourceBackupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["fsx:DescribeBackups", "fsx:ListTagsForResource"]
    source  = "fsx.resourceBackupRead + fsx.(*servicePackage).ListTags"
  }

  create {
    actions = ["fsx:CreateBackup", "fsx:DescribeBackups"]
    source  = "fsx.resourceBackupCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "fsx.resourceBackupUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fsx:TagResource", "fsx:UntagResource"]
    source     = "fsx.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fsx:DeleteBackup", "fsx:DescribeBackups"]
    source  = "fsx.resourceBackupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_fsx_data_repository_association" {
  service = "fsx"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fsx.resourceDataRepositoryAssociationCreate, fsx.resourceDataRepositoryAssociationRead, fsx.resourceDataRepositoryAssociationUpdate, fsx.resourceDataRepositoryAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["fsx:DescribeDataRepositoryAssociations", "fsx:ListTagsForResource"]
    source  = "fsx.resourceDataRepositoryAssociationRead + fsx.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "fsx:CreateDataRepositoryAssociation",
      "fsx:DescribeDataRepositoryAssociations",
      "fsx:TagResource",
    ]
    source  = "fsx.resourceDataRepositoryAssociationCreate"
  }

  update {
    attributes = []
    actions    = ["fsx:UpdateDataRepositoryAssociation"]
    source     = "fsx.resourceDataRepositoryAssociationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fsx:TagResource", "fsx:UntagResource"]
    source     = "fsx.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fsx:DeleteDataRepositoryAssociation", "fsx:DescribeDataRepositoryAssociations"]
    source  = "fsx.resourceDataRepositoryAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_fsx_file_cache" {
  service = "fsx"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fsx.resourceFileCacheCreate, fsx.resourceFileCacheRead, fsx.resourceFileCacheUpdate, fsx.resourceFileCacheDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: fsx:CreateFileCache, fsx:DeleteFileCache, fsx:DescribeFileCaches, fsx:UpdateFileCache"

  read {
    actions = [
      "fsx:DescribeDataRepositoryAssociations",
      "fsx:DescribeFileCaches",
      "fsx:ListTagsForResource",
    ]
    source  = "fsx.resourceFileCacheRead + fsx.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "fsx:CreateFileCache",
      "fsx:DescribeDataRepositoryAssociations",
      "fsx:DescribeFileCaches",
    ]
    source  = "fsx.resourceFileCacheCreate"
  }

  update {
    attributes = []
    actions    = ["fsx:UpdateFileCache"]
    source     = "fsx.resourceFileCacheUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fsx:TagResource", "fsx:UntagResource"]
    source     = "fsx.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fsx:DeleteFileCache", "fsx:DescribeFileCaches"]
    source  = "fsx.resourceFileCacheDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_fsx_lustre_file_system" {
  service = "fsx"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fsx.resourceLustreFileSystemCreate, fsx.resourceLustreFileSystemRead, fsx.resourceLustreFileSystemUpdate, fsx.resourceLustreFileSystemDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["fsx:DescribeFileSystems", "fsx:ListTagsForResource"]
    source  = "fsx.resourceLustreFileSystemRead + fsx.(*servicePackage).ListTags"
  }

  create {
    actions = ["fsx:CreateFileSystem", "fsx:CreateFileSystemFromBackup", "fsx:DescribeFileSystems"]
    source  = "fsx.resourceLustreFileSystemCreate"
  }

  update {
    attributes = []
    actions    = ["fsx:UpdateFileSystem"]
    source     = "fsx.resourceLustreFileSystemUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fsx:TagResource", "fsx:UntagResource"]
    source     = "fsx.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fsx:DeleteFileSystem", "fsx:DescribeFileSystems"]
    source  = "fsx.resourceLustreFileSystemDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_fsx_ontap_file_system" {
  service = "fsx"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fsx.resourceONTAPFileSystemCreate, fsx.resourceONTAPFileSystemRead, fsx.resourceONTAPFileSystemUpdate, fsx.resourceONTAPFileSystemDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["fsx:DescribeFileSystems", "fsx:ListTagsForResource"]
    source  = "fsx.resourceONTAPFileSystemRead + fsx.(*servicePackage).ListTags"
  }

  create {
    actions = ["fsx:CreateFileSystem", "fsx:DescribeFileSystems"]
    source  = "fsx.resourceONTAPFileSystemCreate"
  }

  update {
    attributes = []
    actions    = ["fsx:UpdateFileSystem"]
    source     = "fsx.resourceONTAPFileSystemUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fsx:TagResource", "fsx:UntagResource"]
    source     = "fsx.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fsx:DeleteFileSystem", "fsx:DescribeFileSystems"]
    source  = "fsx.resourceONTAPFileSystemDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_fsx_ontap_storage_virtual_machine" {
  service = "fsx"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fsx.resourceONTAPStorageVirtualMachineCreate, fsx.resourceONTAPStorageVirtualMachineRead, fsx.resourceONTAPStorageVirtualMachineUpdate, fsx.resourceONTAPStorageVirtualMachineDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["fsx:DescribeStorageVirtualMachines", "fsx:ListTagsForResource"]
    source  = "fsx.resourceONTAPStorageVirtualMachineRead + fsx.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "fsx:CreateStorageVirtualMachine",
      "fsx:DescribeStorageVirtualMachines",
      "fsx:TagResource",
    ]
    source  = "fsx.resourceONTAPStorageVirtualMachineCreate"
  }

  update {
    attributes = []
    actions    = ["fsx:UpdateStorageVirtualMachine"]
    source     = "fsx.resourceONTAPStorageVirtualMachineUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fsx:TagResource", "fsx:UntagResource"]
    source     = "fsx.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fsx:DeleteStorageVirtualMachine", "fsx:DescribeStorageVirtualMachines"]
    source  = "fsx.resourceONTAPStorageVirtualMachineDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_fsx_ontap_volume" {
  service = "fsx"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fsx.resourceONTAPVolumeCreate, fsx.resourceONTAPVolumeRead, fsx.resourceONTAPVolumeUpdate, fsx.resourceONTAPVolumeDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["fsx:DescribeVolumes", "fsx:ListTagsForResource"]
    source  = "fsx.resourceONTAPVolumeRead + fsx.(*servicePackage).ListTags"
  }

  create {
    actions = ["fsx:CreateVolume", "fsx:DescribeVolumes", "fsx:TagResource"]
    source  = "fsx.resourceONTAPVolumeCreate"
  }

  update {
    attributes = []
    actions    = ["fsx:UpdateVolume"]
    source     = "fsx.resourceONTAPVolumeUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fsx:TagResource", "fsx:UntagResource"]
    source     = "fsx.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fsx:DeleteVolume", "fsx:DescribeVolumes"]
    source  = "fsx.resourceONTAPVolumeDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_fsx_openzfs_file_system" {
  service = "fsx"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fsx.resourceOpenZFSFileSystemCreate, fsx.resourceOpenZFSFileSystemRead, fsx.resourceOpenZFSFileSystemUpdate, fsx.resourceOpenZFSFileSystemDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["fsx:DescribeFileSystems", "fsx:DescribeVolumes", "fsx:ListTagsForResource"]
    source  = "fsx.resourceOpenZFSFileSystemRead + fsx.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "fsx:CreateFileSystem",
      "fsx:CreateFileSystemFromBackup",
      "fsx:DescribeFileSystems",
      "fsx:DescribeVolumes",
    ]
    source  = "fsx.resourceOpenZFSFileSystemCreate"
  }

  update {
    attributes = []
    actions    = ["fsx:UpdateFileSystem", "fsx:UpdateVolume"]
    source     = "fsx.resourceOpenZFSFileSystemUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fsx:TagResource", "fsx:UntagResource"]
    source     = "fsx.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fsx:DeleteFileSystem", "fsx:DescribeFileSystems"]
    source  = "fsx.resourceOpenZFSFileSystemDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_fsx_openzfs_snapshot" {
  service = "fsx"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fsx.resourceOpenZFSSnapshotCreate, fsx.resourceOpenZFSSnapshotRead, fsx.resourceOpenZFSSnapshotUpdate, fsx.resourceOpenZFSSnapshotDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["fsx:DescribeSnapshots", "fsx:ListTagsForResource"]
    source  = "fsx.resourceOpenZFSSnapshotRead + fsx.(*servicePackage).ListTags"
  }

  create {
    actions = ["fsx:CreateSnapshot", "fsx:DescribeSnapshots", "fsx:TagResource"]
    source  = "fsx.resourceOpenZFSSnapshotCreate"
  }

  update {
    attributes = []
    actions    = ["fsx:UpdateSnapshot"]
    source     = "fsx.resourceOpenZFSSnapshotUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fsx:TagResource", "fsx:UntagResource"]
    source     = "fsx.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fsx:DeleteSnapshot", "fsx:DescribeSnapshots"]
    source  = "fsx.resourceOpenZFSSnapshotDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_fsx_openzfs_volume" {
  service = "fsx"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fsx.resourceOpenZFSVolumeCreate, fsx.resourceOpenZFSVolumeRead, fsx.resourceOpenZFSVolumeUpdate, fsx.resourceOpenZFSVolumeDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["fsx:DescribeVolumes", "fsx:ListTagsForResource"]
    source  = "fsx.resourceOpenZFSVolumeRead + fsx.(*servicePackage).ListTags"
  }

  create {
    actions = ["fsx:CreateVolume", "fsx:DescribeVolumes", "fsx:TagResource"]
    source  = "fsx.resourceOpenZFSVolumeCreate"
  }

  update {
    attributes = []
    actions    = ["fsx:UpdateVolume"]
    source     = "fsx.resourceOpenZFSVolumeUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fsx:TagResource", "fsx:UntagResource"]
    source     = "fsx.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fsx:DeleteVolume", "fsx:DescribeVolumes"]
    source  = "fsx.resourceOpenZFSVolumeDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_fsx_s3_access_point_attachment" {
  service = "fsx"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fsx.(*s3AccessPointAttachmentResource).Create, fsx.(*s3AccessPointAttachmentResource).Read, fsx.(*s3AccessPointAttachmentResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: fsx:CreateAndAttachS3AccessPoint, fsx:DescribeS3AccessPointAttachments, fsx:DetachAndDeleteS3AccessPoint"

  read {
    actions = ["fsx:DescribeS3AccessPointAttachments"]
    source  = "fsx.(*s3AccessPointAttachmentResource).Read"
  }

  create {
    actions = ["fsx:CreateAndAttachS3AccessPoint", "fsx:DescribeS3AccessPointAttachments"]
    source  = "fsx.(*s3AccessPointAttachmentResource).Create"
  }

  delete {
    actions = ["fsx:DescribeS3AccessPointAttachments", "fsx:DetachAndDeleteS3AccessPoint"]
    source  = "fsx.(*s3AccessPointAttachmentResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_fsx_windows_file_system" {
  service = "fsx"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fsx.resourceWindowsFileSystemCreate, fsx.resourceWindowsFileSystemRead, fsx.resourceWindowsFileSystemUpdate, fsx.resourceWindowsFileSystemDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["fsx:DescribeFileSystems", "fsx:ListTagsForResource"]
    source  = "fsx.resourceWindowsFileSystemRead + fsx.(*servicePackage).ListTags"
  }

  create {
    actions = ["fsx:CreateFileSystem", "fsx:CreateFileSystemFromBackup", "fsx:DescribeFileSystems"]
    source  = "fsx.resourceWindowsFileSystemCreate"
  }

  update {
    attributes = []
    actions    = [
      "fsx:AssociateFileSystemAliases",
      "fsx:DisassociateFileSystemAliases",
      "fsx:UpdateFileSystem",
    ]
    source     = "fsx.resourceWindowsFileSystemUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fsx:TagResource", "fsx:UntagResource"]
    source     = "fsx.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fsx:DeleteFileSystem", "fsx:DescribeFileSystems"]
    source  = "fsx.resourceWindowsFileSystemDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_fsx_ontap_file_system" {
  service = "fsx"
  source  = "import: pike data/fsx/aws_fsx_ontap_file_system.json"

  read {
    actions = ["fsx:DescribeFileSystems"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_fsx_ontap_storage_virtual_machine" {
  service = "fsx"
  source  = "import: pike data/fsx/aws_fsx_ontap_storage_virtual_machine.json"

  read {
    actions = ["fsx:DescribeStorageVirtualMachines"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_fsx_ontap_storage_virtual_machines" {
  service = "fsx"
  source  = "import: pike data/fsx/aws_fsx_ontap_storage_virtual_machines.json"

  read {
    actions = ["fsx:DescribeStorageVirtualMachines"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_fsx_openzfs_snapshot" {
  service = "fsx"
  source  = "import: pike data/fsx/aws_fsx_openzfs_snapshot.json"

  read {
    actions = ["fsx:DescribeSnapshots"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_fsx_windows_file_system" {
  service = "fsx"
  source  = "import: pike data/fsx/aws_fsx_windows_file_system.json"

  read {
    actions = ["fsx:DescribeFileSystems"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
