# Amazon EFS (IAM prefix elasticfilesystem): hand-curated rules for file systems, mount targets, access points and file system policies.

resource "aws_efs_access_point" {
  service           = "elasticfilesystem"
  source            = "terraform-provider-aws 01606926a0c0ab9174aec440f976a48b0baee722 internal/service/efs/access_point.go"
  arn               = "arn:${partition}:elasticfilesystem:${region}:${account}:access-point/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["elasticfilesystem:DescribeAccessPoints"]
    source  = "resourceAccessPointRead (findAccessPointByID: DescribeAccessPoints); tags come from its output (setTagsOut), so transparent tagging lists none"
  }

  create {
    actions  = ["elasticfilesystem:CreateAccessPoint"]
    resource = "arn:${partition}:elasticfilesystem:${region}:${account}:file-system/${file_system_id}"
    source   = "resourceAccessPointCreate (CreateAccessPoint with tags; waitAccessPointCreated polls DescribeAccessPoints); CreateAccessPoint is authorized on the file system"
  }

  create {
    if_set  = "tags_all"
    actions = ["elasticfilesystem:TagResource"]
    source  = "AWS docs: EFS API Reference CreateAccessPoint (tags on create: additional authorization on elasticfilesystem:TagResource)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticfilesystem:TagResource", "elasticfilesystem:UntagResource"]
    source     = "resourceAccessPointUpdate (tags only): transparent tagging UpdateTags"
  }

  delete {
    actions = ["elasticfilesystem:DeleteAccessPoint"]
    source  = "resourceAccessPointDelete (DeleteAccessPoint; waitAccessPointDeleted polls DescribeAccessPoints)"
  }
}

resource "aws_efs_file_system" {
  service           = "elasticfilesystem"
  source            = "terraform-provider-aws 0389f4671dd9086cbe548d8eeabf0df30d1c38d9 internal/service/efs/file_system.go"
  arn               = "arn:${partition}:elasticfilesystem:${region}:${account}:file-system/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = [
      "elasticfilesystem:DescribeFileSystems",
      "elasticfilesystem:DescribeLifecycleConfiguration",
    ]
    source  = "resourceFileSystemRead (findFileSystemByID: DescribeFileSystems; DescribeLifecycleConfiguration); tags come from DescribeFileSystems (setTagsOut), so transparent tagging lists none (capture, provider 5.100.0: no DescribeTags or ListTagsForResource)"
  }

  create {
    actions = ["elasticfilesystem:CreateFileSystem"]
    source  = "resourceFileSystemCreate (CreateFileSystem with tags; waitFileSystemAvailable polls DescribeFileSystems)"
  }

  create {
    if_set  = "lifecycle_policy"
    actions = ["elasticfilesystem:PutLifecycleConfiguration"]
    source  = "resourceFileSystemCreate (PutLifecycleConfiguration when lifecycle_policy is set)"
  }

  create {
    if_set  = "protection"
    actions = ["elasticfilesystem:UpdateFileSystemProtection"]
    source  = "resourceFileSystemCreate (UpdateFileSystemProtection when protection is set)"
    note    = "protection is optional and computed: left out of the configuration it is unknown in the plan and still counts as set, though the provider then makes no call"
  }

  create {
    if_set  = "tags_all"
    actions = ["elasticfilesystem:TagResource"]
    source  = "AWS docs: EFS API Reference CreateFileSystem (tags on create: additional authorization on elasticfilesystem:TagResource)"
  }

  update {
    attributes = ["lifecycle_policy"]
    actions    = ["elasticfilesystem:PutLifecycleConfiguration"]
    source     = "resourceFileSystemUpdate (PutLifecycleConfiguration, an empty list to remove)"
  }

  update {
    attributes = ["protection"]
    actions    = ["elasticfilesystem:UpdateFileSystemProtection"]
    source     = "resourceFileSystemUpdate (UpdateFileSystemProtection)"
  }

  update {
    attributes = ["provisioned_throughput_in_mibps", "throughput_mode"]
    actions    = ["elasticfilesystem:UpdateFileSystem"]
    source     = "resourceFileSystemUpdate (UpdateFileSystem; waitFileSystemAvailable polls DescribeFileSystems)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticfilesystem:TagResource", "elasticfilesystem:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["elasticfilesystem:DeleteFileSystem"]
    source  = "resourceFileSystemDelete (DeleteFileSystem; waitFileSystemDeleted polls DescribeFileSystems)"
  }
}

resource "aws_efs_file_system_policy" {
  service           = "elasticfilesystem"
  source            = "terraform-provider-aws 087097a68b68be9761009ca90398d82adeb7b860 internal/service/efs/file_system_policy.go"
  arn               = "arn:${partition}:elasticfilesystem:${region}:${account}:file-system/${file_system_id}"
  provider_versions = "5.100.0, 6.x"
  note              = "create, tags and update proven by capture (provider 5.100.0); destroy unproven: moto 5.2.1 does not implement DeleteFileSystemPolicy (500, the provider retries until the apply times out)"

  read {
    actions = ["elasticfilesystem:DescribeFileSystemPolicy"]
    source  = "resourceFileSystemPolicyRead (FindFileSystemPolicyByID: DescribeFileSystemPolicy)"
  }

  create {
    actions = ["elasticfilesystem:PutFileSystemPolicy"]
    source  = "resourceFileSystemPolicyPut (PutFileSystemPolicy, retried while the principal propagates)"
  }

  update {
    attributes = ["bypass_policy_lockout_safety_check", "policy"]
    actions    = ["elasticfilesystem:PutFileSystemPolicy"]
    source     = "resourceFileSystemPolicyPut (the update handler: PutFileSystemPolicy with the policy and the bypass flag)"
  }

  delete {
    actions = ["elasticfilesystem:DeleteFileSystemPolicy"]
    source  = "resourceFileSystemPolicyDelete (DeleteFileSystemPolicy)"
  }
}

resource "aws_efs_mount_target" {
  service           = "elasticfilesystem"
  source            = "terraform-provider-aws 0593466d96e383de3f75587805537f6e590ebf4e internal/service/efs/mount_target.go"
  arn               = "arn:${partition}:elasticfilesystem:${region}:${account}:file-system/${file_system_id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "a mount target has no ARN of its own: its actions are authorized on the file system; the EC2 actions are those the EFS API Reference requires for the mount target's network interface"

  read {
    actions = [
      "ec2:DescribeNetworkInterfaceAttribute",
      "elasticfilesystem:DescribeMountTargetSecurityGroups",
      "elasticfilesystem:DescribeMountTargets",
    ]
    source  = "resourceMountTargetRead (FindMountTargetByID: DescribeMountTargets; DescribeMountTargetSecurityGroups); AWS docs: EFS API Reference DescribeMountTargetSecurityGroups (also ec2:DescribeNetworkInterfaceAttribute)"
  }

  create {
    actions = [
      "ec2:CreateNetworkInterface",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DescribeSubnets",
      "elasticfilesystem:CreateMountTarget",
    ]
    source  = "resourceMountTargetCreate (getAZFromSubnetID: ec2 DescribeSubnets; CreateMountTarget; waitMountTargetCreated polls DescribeMountTargets); AWS docs: EFS API Reference CreateMountTarget (also ec2:DescribeSubnets, ec2:DescribeNetworkInterfaces, ec2:CreateNetworkInterface)"
  }

  update {
    attributes = ["security_groups"]
    actions    = [
      "ec2:ModifyNetworkInterfaceAttribute",
      "elasticfilesystem:ModifyMountTargetSecurityGroups",
    ]
    source     = "resourceMountTargetUpdate (ModifyMountTargetSecurityGroups); AWS docs: EFS API Reference ModifyMountTargetSecurityGroups (also ec2:ModifyNetworkInterfaceAttribute)"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = ["ec2:DeleteNetworkInterface", "elasticfilesystem:DeleteMountTarget"]
    source  = "resourceMountTargetDelete (DeleteMountTarget; waitMountTargetDeleted polls DescribeMountTargets); AWS docs: EFS API Reference DeleteMountTarget (also ec2:DeleteNetworkInterface)"
  }
}
