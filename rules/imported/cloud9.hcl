# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cloud9_environment_ec2" {
  service = "cloud9"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloud9.resourceEnvironmentEC2Create, cloud9.resourceEnvironmentEC2Read, cloud9.resourceEnvironmentEC2Update, cloud9.resourceEnvironmentEC2Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloud9:DescribeEnvironments", "cloud9:ListTagsForResource"]
    source  = "cloud9.resourceEnvironmentEC2Read + cloud9.(*servicePackage).ListTags"
  }

  create {
    actions = ["cloud9:CreateEnvironmentEC2", "cloud9:DescribeEnvironments", "ec2:DescribeSubnets"]
    source  = "cloud9.resourceEnvironmentEC2Create"
  }

  update {
    attributes = []
    actions    = ["cloud9:UpdateEnvironment"]
    source     = "cloud9.resourceEnvironmentEC2Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloud9:TagResource", "cloud9:UntagResource"]
    source     = "cloud9.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "cloud9:DeleteEnvironment",
      "cloud9:DescribeEnvironments",
      "iam:CreateServiceLinkedRole",
    ]
    source  = "cloud9.resourceEnvironmentEC2Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloud9_environment_membership" {
  service = "cloud9"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloud9.resourceEnvironmentMembershipCreate, cloud9.resourceEnvironmentMembershipRead, cloud9.resourceEnvironmentMembershipUpdate, cloud9.resourceEnvironmentMembershipDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloud9:DescribeEnvironmentMemberships"]
    source  = "cloud9.resourceEnvironmentMembershipRead"
  }

  create {
    actions = ["cloud9:CreateEnvironmentMembership", "cloud9:DescribeEnvironmentMemberships"]
    source  = "cloud9.resourceEnvironmentMembershipCreate"
  }

  update {
    attributes = []
    actions    = ["cloud9:UpdateEnvironmentMembership"]
    source     = "cloud9.resourceEnvironmentMembershipUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cloud9:DeleteEnvironmentMembership"]
    source  = "cloud9.resourceEnvironmentMembershipDelete"
  }
}
