# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_identitystore_group" {
  service = "identitystore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (identitystore.resourceGroupCreate, identitystore.resourceGroupRead, identitystore.resourceGroupUpdate, identitystore.resourceGroupDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: identitystore:CreateGroup, identitystore:DeleteGroup, identitystore:UpdateGroup"

  read {
    actions = ["identitystore:DescribeGroup"]
    source  = "identitystore.resourceGroupRead"
  }

  create {
    actions = ["identitystore:CreateGroup", "identitystore:DescribeGroup"]
    source  = "identitystore.resourceGroupCreate"
  }

  update {
    attributes = []
    actions    = ["identitystore:UpdateGroup"]
    source     = "identitystore.resourceGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["identitystore:DeleteGroup"]
    source  = "identitystore.resourceGroupDelete"
  }
}

resource "aws_identitystore_group_membership" {
  service = "identitystore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (identitystore.resourceGroupMembershipCreate, identitystore.resourceGroupMembershipRead, identitystore.resourceGroupMembershipDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: identitystore:CreateGroupMembership, identitystore:DeleteGroupMembership, identitystore:DescribeGroupMembership"

  read {
    actions = ["identitystore:DescribeGroupMembership"]
    source  = "identitystore.resourceGroupMembershipRead"
  }

  create {
    actions = ["identitystore:CreateGroupMembership", "identitystore:DescribeGroupMembership"]
    source  = "identitystore.resourceGroupMembershipCreate"
  }

  delete {
    actions = ["identitystore:DeleteGroupMembership"]
    source  = "identitystore.resourceGroupMembershipDelete"
  }
}

resource "aws_identitystore_user" {
  service = "identitystore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (identitystore.resourceUserCreate, identitystore.resourceUserRead, identitystore.resourceUserUpdate, identitystore.resourceUserDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: identitystore:CreateUser, identitystore:DeleteUser, identitystore:UpdateUser"

  read {
    actions = ["identitystore:DescribeUser"]
    source  = "identitystore.resourceUserRead"
  }

  create {
    actions = ["identitystore:CreateUser", "identitystore:DescribeUser"]
    source  = "identitystore.resourceUserCreate"
  }

  update {
    attributes = []
    actions    = ["identitystore:UpdateUser"]
    source     = "identitystore.resourceUserUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["identitystore:DeleteUser"]
    source  = "identitystore.resourceUserDelete"
  }
}

data "aws_identitystore_group" {
  service = "identitystore"
  source  = "import: pike data/identitystore/aws_identitystore_group.json"

  read {
    actions = ["identitystore:GetGroupId"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_identitystore_group_memberships" {
  service = "identitystore"
  source  = "import: pike data/identitystore/aws_identitystore_group_memberships.json"

  read {
    actions = ["identitystore:ListGroupMemberships"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_identitystore_user" {
  service = "identitystore"
  source  = "import: pike data/identitystore/aws_identitystore_user.json"

  read {
    actions = ["identitystore:GetUserId"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_identitystore_users" {
  service = "identitystore"
  source  = "import: pike data/identitystore/aws_identitystore_users.json"

  read {
    actions = ["identitystore:ListUsers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
