# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_detective_graph" {
  service = "detective"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (detective.resourceGraphCreate, detective.resourceGraphRead, detective.resourceGraphUpdate, detective.resourceGraphDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["detective:ListGraphs", "detective:ListTagsForResource"]
    source  = "detective.resourceGraphRead + detective.(*servicePackage).ListTags"
  }

  create {
    actions = ["detective:CreateGraph", "detective:ListGraphs"]
    source  = "detective.resourceGraphCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "detective.resourceGraphUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["detective:TagResource", "detective:UntagResource"]
    source     = "detective.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["detective:DeleteGraph"]
    source  = "detective.resourceGraphDelete"
  }
}

resource "aws_detective_invitation_accepter" {
  service = "detective"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (detective.resourceInvitationAccepterCreate, detective.resourceInvitationAccepterRead, detective.resourceInvitationAccepterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["detective:ListInvitations"]
    source  = "detective.resourceInvitationAccepterRead"
  }

  create {
    actions = ["detective:AcceptInvitation", "detective:ListInvitations"]
    source  = "detective.resourceInvitationAccepterCreate"
  }

  delete {
    actions = ["detective:DisassociateMembership"]
    source  = "detective.resourceInvitationAccepterDelete"
  }
}

resource "aws_detective_member" {
  service = "detective"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (detective.resourceMemberCreate, detective.resourceMemberRead, detective.resourceMemberDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["detective:ListMembers"]
    source  = "detective.resourceMemberRead"
  }

  create {
    actions = ["detective:CreateMembers", "detective:ListMembers"]
    source  = "detective.resourceMemberCreate"
  }

  delete {
    actions = ["detective:DeleteMembers"]
    source  = "detective.resourceMemberDelete"
  }
}

resource "aws_detective_organization_admin_account" {
  service = "detective"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (detective.resourceOrganizationAdminAccountCreate, detective.resourceOrganizationAdminAccountRead, detective.resourceOrganizationAdminAccountDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["organizations:DescribeOrganization"]
    source  = "detective.resourceOrganizationAdminAccountRead"
  }

  create {
    actions = [
      "detective:EnableOrganizationAdminAccount",
      "iam:CreateServiceLinkedRole",
      "organizations:DescribeOrganization",
      "organizations:EnableAWSServiceAccess",
      "organizations:RegisterDelegatedAdministrator",
    ]
    source  = "detective.resourceOrganizationAdminAccountCreate"
  }

  delete {
    actions = ["organizations:DescribeOrganization"]
    source  = "detective.resourceOrganizationAdminAccountDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_detective_organization_configuration" {
  service = "detective"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (detective.resourceOrganizationConfigurationUpdate, detective.resourceOrganizationConfigurationRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["detective:DescribeOrganizationConfiguration", "organizations:DescribeOrganization"]
    source  = "detective.resourceOrganizationConfigurationRead"
  }

  create {
    actions = [
      "detective:DescribeOrganizationConfiguration",
      "detective:UpdateOrganizationConfiguration",
      "organizations:DescribeOrganization",
    ]
    source  = "detective.resourceOrganizationConfigurationUpdate"
  }

  update {
    attributes = []
    actions    = ["detective:UpdateOrganizationConfiguration"]
    source     = "detective.resourceOrganizationConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}
