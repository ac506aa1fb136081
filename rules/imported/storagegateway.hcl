# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_storagegateway_cache" {
  service = "storagegateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (storagegateway.resourceCacheCreate, storagegateway.resourceCacheRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["storagegateway:DescribeCache"]
    source  = "storagegateway.resourceCacheRead"
  }

  create {
    actions = [
      "storagegateway:AddCache",
      "storagegateway:DescribeCache",
      "storagegateway:ListLocalDisks",
    ]
    source  = "storagegateway.resourceCacheCreate"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_storagegateway_cached_iscsi_volume" {
  service = "storagegateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (storagegateway.resourceCachediSCSIVolumeCreate, storagegateway.resourceCachediSCSIVolumeRead, storagegateway.resourceCachediSCSIVolumeUpdate, storagegateway.resourceCachediSCSIVolumeDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["storagegateway:DescribeCachediSCSIVolumes", "storagegateway:ListTagsForResource"]
    source  = "storagegateway.resourceCachediSCSIVolumeRead + storagegateway.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "storagegateway:CreateCachediSCSIVolume",
      "storagegateway:DescribeCachediSCSIVolumes",
    ]
    source  = "storagegateway.resourceCachediSCSIVolumeCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "storagegateway.resourceCachediSCSIVolumeUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["storagegateway:AddTagsToResource", "storagegateway:RemoveTagsFromResource"]
    source     = "storagegateway.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["storagegateway:DeleteVolume"]
    source  = "storagegateway.resourceCachediSCSIVolumeDelete"
  }
}

resource "aws_storagegateway_file_system_association" {
  service = "storagegateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (storagegateway.resourceFileSystemAssociationCreate, storagegateway.resourceFileSystemAssociationRead, storagegateway.resourceFileSystemAssociationUpdate, storagegateway.resourceFileSystemAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "storagegateway:DescribeFileSystemAssociations",
      "storagegateway:ListTagsForResource",
    ]
    source  = "storagegateway.resourceFileSystemAssociationRead + storagegateway.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "storagegateway:AssociateFileSystem",
      "storagegateway:DescribeFileSystemAssociations",
    ]
    source  = "storagegateway.resourceFileSystemAssociationCreate"
  }

  update {
    attributes = []
    actions    = ["storagegateway:UpdateFileSystemAssociation"]
    source     = "storagegateway.resourceFileSystemAssociationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["storagegateway:AddTagsToResource", "storagegateway:RemoveTagsFromResource"]
    source     = "storagegateway.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "storagegateway:DescribeFileSystemAssociations",
      "storagegateway:DisassociateFileSystem",
    ]
    source  = "storagegateway.resourceFileSystemAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_storagegateway_gateway" {
  service = "storagegateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (storagegateway.resourceGatewayCreate, storagegateway.resourceGatewayRead, storagegateway.resourceGatewayUpdate, storagegateway.resourceGatewayDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "storagegateway:DescribeBandwidthRateLimit",
      "storagegateway:DescribeGatewayInformation",
      "storagegateway:DescribeMaintenanceStartTime",
      "storagegateway:DescribeSMBSettings",
      "storagegateway:ListGateways",
      "storagegateway:ListTagsForResource",
    ]
    source  = "storagegateway.resourceGatewayRead + storagegateway.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "storagegateway:ActivateGateway",
      "storagegateway:DescribeBandwidthRateLimit",
      "storagegateway:DescribeGatewayInformation",
      "storagegateway:DescribeMaintenanceStartTime",
      "storagegateway:DescribeSMBSettings",
      "storagegateway:JoinDomain",
      "storagegateway:ListGateways",
      "storagegateway:SetSMBGuestPassword",
      "storagegateway:UpdateBandwidthRateLimit",
      "storagegateway:UpdateGatewayInformation",
      "storagegateway:UpdateMaintenanceStartTime",
      "storagegateway:UpdateSMBFileShareVisibility",
      "storagegateway:UpdateSMBSecurityStrategy",
    ]
    source  = "storagegateway.resourceGatewayCreate"
  }

  update {
    attributes = []
    actions    = [
      "storagegateway:DeleteBandwidthRateLimit",
      "storagegateway:JoinDomain",
      "storagegateway:SetSMBGuestPassword",
      "storagegateway:UpdateBandwidthRateLimit",
      "storagegateway:UpdateGatewayInformation",
      "storagegateway:UpdateMaintenanceStartTime",
      "storagegateway:UpdateSMBFileShareVisibility",
      "storagegateway:UpdateSMBSecurityStrategy",
    ]
    source     = "storagegateway.resourceGatewayUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["storagegateway:AddTagsToResource", "storagegateway:RemoveTagsFromResource"]
    source     = "storagegateway.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["storagegateway:DeleteGateway"]
    source  = "storagegateway.resourceGatewayDelete"
  }
}

resource "aws_storagegateway_nfs_file_share" {
  service = "storagegateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (storagegateway.resourceNFSFileShareCreate, storagegateway.resourceNFSFileShareRead, storagegateway.resourceNFSFileShareUpdate, storagegateway.resourceNFSFileShareDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by storagegateway.CreateNFSFileShare (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["storagegateway:DescribeNFSFileShares", "storagegateway:ListTagsForResource"]
    source  = "storagegateway.resourceNFSFileShareRead + storagegateway.(*servicePackage).ListTags"
  }

  create {
    actions = ["storagegateway:CreateNFSFileShare", "storagegateway:DescribeNFSFileShares"]
    source  = "storagegateway.resourceNFSFileShareCreate"
  }

  update {
    attributes = []
    actions    = ["storagegateway:UpdateNFSFileShare"]
    source     = "storagegateway.resourceNFSFileShareUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["storagegateway:AddTagsToResource", "storagegateway:RemoveTagsFromResource"]
    source     = "storagegateway.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["storagegateway:DeleteFileShare", "storagegateway:DescribeNFSFileShares"]
    source  = "storagegateway.resourceNFSFileShareDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_storagegateway_smb_file_share" {
  service = "storagegateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (storagegateway.resourceSMBFileShareCreate, storagegateway.resourceSMBFileShareRead, storagegateway.resourceSMBFileShareUpdate, storagegateway.resourceSMBFileShareDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by storagegateway.CreateSMBFileShare (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["storagegateway:DescribeSMBFileShares", "storagegateway:ListTagsForResource"]
    source  = "storagegateway.resourceSMBFileShareRead + storagegateway.(*servicePackage).ListTags"
  }

  create {
    actions = ["storagegateway:CreateSMBFileShare", "storagegateway:DescribeSMBFileShares"]
    source  = "storagegateway.resourceSMBFileShareCreate"
  }

  update {
    attributes = []
    actions    = ["storagegateway:UpdateSMBFileShare"]
    source     = "storagegateway.resourceSMBFileShareUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["storagegateway:AddTagsToResource", "storagegateway:RemoveTagsFromResource"]
    source     = "storagegateway.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["storagegateway:DeleteFileShare", "storagegateway:DescribeSMBFileShares"]
    source  = "storagegateway.resourceSMBFileShareDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_storagegateway_stored_iscsi_volume" {
  service = "storagegateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (storagegateway.resourceStorediSCSIVolumeCreate, storagegateway.resourceStorediSCSIVolumeRead, storagegateway.resourceStorediSCSIVolumeUpdate, storagegateway.resourceStorediSCSIVolumeDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["storagegateway:DescribeStorediSCSIVolumes", "storagegateway:ListTagsForResource"]
    source  = "storagegateway.resourceStorediSCSIVolumeRead + storagegateway.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "storagegateway:CreateStorediSCSIVolume",
      "storagegateway:DescribeStorediSCSIVolumes",
    ]
    source  = "storagegateway.resourceStorediSCSIVolumeCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "storagegateway.resourceStorediSCSIVolumeUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["storagegateway:AddTagsToResource", "storagegateway:RemoveTagsFromResource"]
    source     = "storagegateway.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["storagegateway:DeleteVolume"]
    source  = "storagegateway.resourceStorediSCSIVolumeDelete"
  }
}

resource "aws_storagegateway_tape_pool" {
  service = "storagegateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (storagegateway.resourceTapePoolCreate, storagegateway.resourceTapePoolRead, storagegateway.resourceTapePoolUpdate, storagegateway.resourceTapePoolDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["storagegateway:ListTagsForResource", "storagegateway:ListTapePools"]
    source  = "storagegateway.resourceTapePoolRead + storagegateway.(*servicePackage).ListTags"
  }

  create {
    actions = ["storagegateway:CreateTapePool", "storagegateway:ListTapePools"]
    source  = "storagegateway.resourceTapePoolCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "storagegateway.resourceTapePoolUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["storagegateway:AddTagsToResource", "storagegateway:RemoveTagsFromResource"]
    source     = "storagegateway.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["storagegateway:DeleteTapePool"]
    source  = "storagegateway.resourceTapePoolDelete"
  }
}

resource "aws_storagegateway_upload_buffer" {
  service = "storagegateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (storagegateway.resourceUploadBufferCreate, storagegateway.resourceUploadBufferRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["storagegateway:DescribeUploadBuffer", "storagegateway:ListLocalDisks"]
    source  = "storagegateway.resourceUploadBufferRead"
  }

  create {
    actions = [
      "storagegateway:AddUploadBuffer",
      "storagegateway:DescribeUploadBuffer",
      "storagegateway:ListLocalDisks",
    ]
    source  = "storagegateway.resourceUploadBufferCreate"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_storagegateway_working_storage" {
  service = "storagegateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (storagegateway.resourceWorkingStorageCreate, storagegateway.resourceWorkingStorageRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["storagegateway:DescribeWorkingStorage"]
    source  = "storagegateway.resourceWorkingStorageRead"
  }

  create {
    actions = ["storagegateway:AddWorkingStorage", "storagegateway:DescribeWorkingStorage"]
    source  = "storagegateway.resourceWorkingStorageCreate"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}
