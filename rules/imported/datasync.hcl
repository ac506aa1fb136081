# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_datasync_agent" {
  service = "datasync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datasync.resourceAgentCreate, datasync.resourceAgentRead, datasync.resourceAgentUpdate, datasync.resourceAgentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["datasync:DescribeAgent", "datasync:ListTagsForResource"]
    source  = "datasync.resourceAgentRead + datasync.(*servicePackage).ListTags"
  }

  create {
    actions = ["datasync:CreateAgent", "datasync:DescribeAgent"]
    source  = "datasync.resourceAgentCreate"
  }

  update {
    attributes = []
    actions    = ["datasync:UpdateAgent"]
    source     = "datasync.resourceAgentUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datasync:TagResource", "datasync:UntagResource"]
    source     = "datasync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datasync:DeleteAgent"]
    source  = "datasync.resourceAgentDelete"
  }
}

resource "aws_datasync_location_azure_blob" {
  service = "datasync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datasync.resourceLocationAzureBlobCreate, datasync.resourceLocationAzureBlobRead, datasync.resourceLocationAzureBlobUpdate, datasync.resourceLocationAzureBlobDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: datasync:CreateLocationAzureBlob, datasync:DescribeLocationAzureBlob, datasync:UpdateLocationAzureBlob"

  read {
    actions = ["datasync:DescribeLocationAzureBlob", "datasync:ListTagsForResource"]
    source  = "datasync.resourceLocationAzureBlobRead + datasync.(*servicePackage).ListTags"
  }

  create {
    actions = ["datasync:CreateLocationAzureBlob", "datasync:DescribeLocationAzureBlob"]
    source  = "datasync.resourceLocationAzureBlobCreate"
  }

  update {
    attributes = []
    actions    = ["datasync:UpdateLocationAzureBlob"]
    source     = "datasync.resourceLocationAzureBlobUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datasync:TagResource", "datasync:UntagResource"]
    source     = "datasync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datasync:DeleteLocation"]
    source  = "datasync.resourceLocationAzureBlobDelete"
  }
}

resource "aws_datasync_location_efs" {
  service = "datasync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datasync.resourceLocationEFSCreate, datasync.resourceLocationEFSRead, datasync.resourceLocationEFSUpdate, datasync.resourceLocationEFSDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["datasync:DescribeLocationEfs", "datasync:ListTagsForResource"]
    source  = "datasync.resourceLocationEFSRead + datasync.(*servicePackage).ListTags"
  }

  create {
    actions = ["datasync:CreateLocationEfs", "datasync:DescribeLocationEfs"]
    source  = "datasync.resourceLocationEFSCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "datasync.resourceLocationEFSUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datasync:TagResource", "datasync:UntagResource"]
    source     = "datasync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datasync:DeleteLocation"]
    source  = "datasync.resourceLocationEFSDelete"
  }
}

resource "aws_datasync_location_fsx_lustre_file_system" {
  service = "datasync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datasync.resourceLocationFSxLustreFileSystemCreate, datasync.resourceLocationFSxLustreFileSystemRead, datasync.resourceLocationFSxLustreFileSystemUpdate, datasync.resourceLocationFSxLustreFileSystemDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["datasync:DescribeLocationFsxLustre", "datasync:ListTagsForResource"]
    source  = "datasync.resourceLocationFSxLustreFileSystemRead + datasync.(*servicePackage).ListTags"
  }

  create {
    actions = ["datasync:CreateLocationFsxLustre", "datasync:DescribeLocationFsxLustre"]
    source  = "datasync.resourceLocationFSxLustreFileSystemCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "datasync.resourceLocationFSxLustreFileSystemUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datasync:TagResource", "datasync:UntagResource"]
    source     = "datasync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datasync:DeleteLocation"]
    source  = "datasync.resourceLocationFSxLustreFileSystemDelete"
  }
}

resource "aws_datasync_location_fsx_ontap_file_system" {
  service = "datasync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datasync.resourceLocationFSxONTAPFileSystemCreate, datasync.resourceLocationFSxONTAPFileSystemRead, datasync.resourceLocationFSxONTAPFileSystemUpdate, datasync.resourceLocationFSxONTAPFileSystemDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["datasync:DescribeLocationFsxOntap", "datasync:ListTagsForResource"]
    source  = "datasync.resourceLocationFSxONTAPFileSystemRead + datasync.(*servicePackage).ListTags"
  }

  create {
    actions = ["datasync:CreateLocationFsxOntap", "datasync:DescribeLocationFsxOntap"]
    source  = "datasync.resourceLocationFSxONTAPFileSystemCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "datasync.resourceLocationFSxONTAPFileSystemUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datasync:TagResource", "datasync:UntagResource"]
    source     = "datasync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datasync:DeleteLocation"]
    source  = "datasync.resourceLocationFSxONTAPFileSystemDelete"
  }
}

resource "aws_datasync_location_fsx_openzfs_file_system" {
  service = "datasync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datasync.resourceLocationFSxOpenZFSFileSystemCreate, datasync.resourceLocationFSxOpenZFSFileSystemRead, datasync.resourceLocationFSxOpenZFSFileSystemUpdate, datasync.resourceLocationFSxOpenZFSFileSystemDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["datasync:DescribeLocationFsxOpenZfs", "datasync:ListTagsForResource"]
    source  = "datasync.resourceLocationFSxOpenZFSFileSystemRead + datasync.(*servicePackage).ListTags"
  }

  create {
    actions = ["datasync:CreateLocationFsxOpenZfs", "datasync:DescribeLocationFsxOpenZfs"]
    source  = "datasync.resourceLocationFSxOpenZFSFileSystemCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "datasync.resourceLocationFSxOpenZFSFileSystemUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datasync:TagResource", "datasync:UntagResource"]
    source     = "datasync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datasync:DeleteLocation"]
    source  = "datasync.resourceLocationFSxOpenZFSFileSystemDelete"
  }
}

resource "aws_datasync_location_fsx_windows_file_system" {
  service = "datasync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datasync.resourceLocationFSxWindowsFileSystemCreate, datasync.resourceLocationFSxWindowsFileSystemRead, datasync.resourceLocationFSxWindowsFileSystemUpdate, datasync.resourceLocationFSxWindowsFileSystemDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["datasync:DescribeLocationFsxWindows", "datasync:ListTagsForResource"]
    source  = "datasync.resourceLocationFSxWindowsFileSystemRead + datasync.(*servicePackage).ListTags"
  }

  create {
    actions = ["datasync:CreateLocationFsxWindows", "datasync:DescribeLocationFsxWindows"]
    source  = "datasync.resourceLocationFSxWindowsFileSystemCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "datasync.resourceLocationFSxWindowsFileSystemUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datasync:TagResource", "datasync:UntagResource"]
    source     = "datasync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datasync:DeleteLocation"]
    source  = "datasync.resourceLocationFSxWindowsFileSystemDelete"
  }
}

resource "aws_datasync_location_hdfs" {
  service = "datasync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datasync.resourceLocationHDFSCreate, datasync.resourceLocationHDFSRead, datasync.resourceLocationHDFSUpdate, datasync.resourceLocationHDFSDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["datasync:DescribeLocationHdfs", "datasync:ListTagsForResource"]
    source  = "datasync.resourceLocationHDFSRead + datasync.(*servicePackage).ListTags"
  }

  create {
    actions = ["datasync:CreateLocationHdfs", "datasync:DescribeLocationHdfs"]
    source  = "datasync.resourceLocationHDFSCreate"
  }

  update {
    attributes = []
    actions    = ["datasync:UpdateLocationHdfs"]
    source     = "datasync.resourceLocationHDFSUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datasync:TagResource", "datasync:UntagResource"]
    source     = "datasync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datasync:DeleteLocation"]
    source  = "datasync.resourceLocationHDFSDelete"
  }
}

resource "aws_datasync_location_nfs" {
  service = "datasync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datasync.resourceLocationNFSCreate, datasync.resourceLocationNFSRead, datasync.resourceLocationNFSUpdate, datasync.resourceLocationNFSDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["datasync:DescribeLocationNfs", "datasync:ListTagsForResource"]
    source  = "datasync.resourceLocationNFSRead + datasync.(*servicePackage).ListTags"
  }

  create {
    actions = ["datasync:CreateLocationNfs", "datasync:DescribeLocationNfs"]
    source  = "datasync.resourceLocationNFSCreate"
  }

  update {
    attributes = []
    actions    = ["datasync:UpdateLocationNfs"]
    source     = "datasync.resourceLocationNFSUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datasync:TagResource", "datasync:UntagResource"]
    source     = "datasync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datasync:DeleteLocation"]
    source  = "datasync.resourceLocationNFSDelete"
  }
}

resource "aws_datasync_location_object_storage" {
  service = "datasync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datasync.resourceLocationObjectStorageCreate, datasync.resourceLocationObjectStorageRead, datasync.resourceLocationObjectStorageUpdate, datasync.resourceLocationObjectStorageDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["datasync:DescribeLocationObjectStorage", "datasync:ListTagsForResource"]
    source  = "datasync.resourceLocationObjectStorageRead + datasync.(*servicePackage).ListTags"
  }

  create {
    actions = ["datasync:CreateLocationObjectStorage", "datasync:DescribeLocationObjectStorage"]
    source  = "datasync.resourceLocationObjectStorageCreate"
  }

  update {
    attributes = []
    actions    = ["datasync:UpdateLocationObjectStorage"]
    source     = "datasync.resourceLocationObjectStorageUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datasync:TagResource", "datasync:UntagResource"]
    source     = "datasync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datasync:DeleteLocation"]
    source  = "datasync.resourceLocationObjectStorageDelete"
  }
}

resource "aws_datasync_location_s3" {
  service = "datasync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datasync.resourceLocationS3Create, datasync.resourceLocationS3Read, datasync.resourceLocationS3Update, datasync.resourceLocationS3Delete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by datasync.CreateLocationS3 (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["datasync:DescribeLocationS3", "datasync:ListTagsForResource"]
    source  = "datasync.resourceLocationS3Read + datasync.(*servicePackage).ListTags"
  }

  create {
    actions = ["datasync:CreateLocationS3", "datasync:DescribeLocationS3"]
    source  = "datasync.resourceLocationS3Create"
  }

  update {
    attributes = []
    actions    = []
    source     = "datasync.resourceLocationS3Update"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datasync:TagResource", "datasync:UntagResource"]
    source     = "datasync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datasync:DeleteLocation"]
    source  = "datasync.resourceLocationS3Delete"
  }
}

resource "aws_datasync_location_smb" {
  service = "datasync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datasync.resourceLocationSMBCreate, datasync.resourceLocationSMBRead, datasync.resourceLocationSMBUpdate, datasync.resourceLocationSMBDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["datasync:DescribeLocationSmb", "datasync:ListTagsForResource"]
    source  = "datasync.resourceLocationSMBRead + datasync.(*servicePackage).ListTags"
  }

  create {
    actions = ["datasync:CreateLocationSmb", "datasync:DescribeLocationSmb"]
    source  = "datasync.resourceLocationSMBCreate"
  }

  update {
    attributes = []
    actions    = ["datasync:UpdateLocationSmb"]
    source     = "datasync.resourceLocationSMBUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datasync:TagResource", "datasync:UntagResource"]
    source     = "datasync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datasync:DeleteLocation"]
    source  = "datasync.resourceLocationSMBDelete"
  }
}

resource "aws_datasync_task" {
  service = "datasync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datasync.resourceTaskCreate, datasync.resourceTaskRead, datasync.resourceTaskUpdate, datasync.resourceTaskDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["datasync:DescribeTask", "datasync:ListTagsForResource"]
    source  = "datasync.resourceTaskRead + datasync.(*servicePackage).ListTags"
  }

  create {
    actions = ["datasync:CreateTask", "datasync:DescribeTask"]
    source  = "datasync.resourceTaskCreate"
  }

  update {
    attributes = []
    actions    = ["datasync:UpdateTask"]
    source     = "datasync.resourceTaskUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datasync:TagResource", "datasync:UntagResource"]
    source     = "datasync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datasync:DeleteTask"]
    source  = "datasync.resourceTaskDelete"
  }
}
