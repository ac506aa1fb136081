# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_s3files_access_point" {
  service = "s3files"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3files.(*accessPointResource).Create, s3files.(*accessPointResource).Read, s3files.(*accessPointResource).Update (no call-graph entry), s3files.(*accessPointResource).Delete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update s3files.(*accessPointResource).Update (no call-graph entry); not in iamlive-map, identical IAM name used: s3files:CreateAccessPoint, s3files:DeleteAccessPoint, s3files:GetAccessPoint, s3files:ListTagsForResource, s3files:TagResource, s3files:UntagResource"

  read {
    actions = ["s3files:GetAccessPoint", "s3files:ListTagsForResource"]
    source  = "s3files.(*accessPointResource).Read + s3files.(*servicePackage).ListTags"
  }

  create {
    actions = ["s3files:CreateAccessPoint", "s3files:GetAccessPoint"]
    source  = "s3files.(*accessPointResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["s3files:TagResource", "s3files:UntagResource"]
    source     = "s3files.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["s3files:DeleteAccessPoint", "s3files:GetAccessPoint"]
    source  = "s3files.(*accessPointResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3files_file_system" {
  service = "s3files"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3files.(*fileSystemResource).Create, s3files.(*fileSystemResource).Read, s3files.(*fileSystemResource).Update (no call-graph entry), s3files.(*fileSystemResource).Delete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update s3files.(*fileSystemResource).Update (no call-graph entry); not in iamlive-map, identical IAM name used: s3files:CreateFileSystem, s3files:DeleteFileSystem, s3files:GetFileSystem, s3files:ListTagsForResource, s3files:TagResource, s3files:UntagResource"

  read {
    actions = ["s3files:GetFileSystem", "s3files:ListTagsForResource"]
    source  = "s3files.(*fileSystemResource).Read + s3files.(*servicePackage).ListTags"
  }

  create {
    actions = ["s3files:CreateFileSystem", "s3files:GetFileSystem"]
    source  = "s3files.(*fileSystemResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["s3files:TagResource", "s3files:UntagResource"]
    source     = "s3files.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["s3files:DeleteFileSystem", "s3files:GetFileSystem"]
    source  = "s3files.(*fileSystemResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3files_file_system_policy" {
  service = "s3files"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3files.(*fileSystemPolicyResource).Create, s3files.(*fileSystemPolicyResource).Read, s3files.(*fileSystemPolicyResource).Update, s3files.(*fileSystemPolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3files:DeleteFileSystemPolicy, s3files:GetFileSystemPolicy, s3files:PutFileSystemPolicy"

  read {
    actions = ["s3files:GetFileSystemPolicy"]
    source  = "s3files.(*fileSystemPolicyResource).Read"
  }

  create {
    actions = ["s3files:PutFileSystemPolicy"]
    source  = "s3files.(*fileSystemPolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["s3files:PutFileSystemPolicy"]
    source     = "s3files.(*fileSystemPolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3files:DeleteFileSystemPolicy"]
    source  = "s3files.(*fileSystemPolicyResource).Delete"
  }
}

resource "aws_s3files_mount_target" {
  service = "s3files"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3files.(*mountTargetResource).Create, s3files.(*mountTargetResource).Read, s3files.(*mountTargetResource).Update, s3files.(*mountTargetResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3files:CreateMountTarget, s3files:DeleteMountTarget, s3files:GetMountTarget, s3files:UpdateMountTarget"

  read {
    actions = ["s3files:GetMountTarget"]
    source  = "s3files.(*mountTargetResource).Read"
  }

  create {
    actions = ["s3files:CreateMountTarget", "s3files:GetMountTarget"]
    source  = "s3files.(*mountTargetResource).Create"
  }

  update {
    attributes = []
    actions    = ["s3files:UpdateMountTarget"]
    source     = "s3files.(*mountTargetResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3files:DeleteMountTarget", "s3files:GetMountTarget"]
    source  = "s3files.(*mountTargetResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3files_synchronization_configuration" {
  service = "s3files"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3files.(*synchronizationConfigurationResource).Create, s3files.(*synchronizationConfigurationResource).Read, s3files.(*synchronizationConfigurationResource).Update, s3files.(*synchronizationConfigurationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3files:GetFileSystem, s3files:GetSynchronizationConfiguration, s3files:PutSynchronizationConfiguration"

  read {
    actions = ["s3files:GetSynchronizationConfiguration"]
    source  = "s3files.(*synchronizationConfigurationResource).Read"
  }

  create {
    actions = ["s3files:GetSynchronizationConfiguration", "s3files:PutSynchronizationConfiguration"]
    source  = "s3files.(*synchronizationConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["s3files:PutSynchronizationConfiguration"]
    source     = "s3files.(*synchronizationConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3files:GetFileSystem", "s3files:PutSynchronizationConfiguration"]
    source  = "s3files.(*synchronizationConfigurationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_s3files_access_point" {
  service = "s3files"
  source  = "import: pike data/s3files/aws_s3files_access_point.json"

  read {
    actions = ["s3files:GetAccessPoint"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_s3files_file_system" {
  service = "s3files"
  source  = "import: pike data/s3files/aws_s3files_file_system.json"

  read {
    actions = ["s3files:GetMountTarget"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_s3files_file_systems" {
  service = "s3files"
  source  = "import: pike data/s3files/aws_s3files_file_systems.json"

  read {
    actions = ["s3files:ListFileSystems"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_s3files_mount_target" {
  service = "s3files"
  source  = "import: pike data/s3files/aws_s3files_mount_target.json"

  read {
    actions = ["s3files:GetMountTarget"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
