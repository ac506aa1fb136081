# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_inspector2_delegated_admin_account" {
  service = "inspector2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (inspector2.resourceDelegatedAdminAccountCreate, inspector2.resourceDelegatedAdminAccountRead, inspector2.resourceDelegatedAdminAccountDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["inspector2:ListDelegatedAdminAccounts"]
    source  = "inspector2.resourceDelegatedAdminAccountRead"
  }

  create {
    actions = ["inspector2:EnableDelegatedAdminAccount", "inspector2:ListDelegatedAdminAccounts"]
    source  = "inspector2.resourceDelegatedAdminAccountCreate"
  }

  delete {
    actions = ["inspector2:DisableDelegatedAdminAccount", "inspector2:ListDelegatedAdminAccounts"]
    source  = "inspector2.resourceDelegatedAdminAccountDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_inspector2_enabler" {
  service = "inspector2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (inspector2.resourceEnablerCreate, inspector2.resourceEnablerRead, inspector2.resourceEnablerUpdate, inspector2.resourceEnablerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["inspector2:BatchGetAccountStatus"]
    source  = "inspector2.resourceEnablerRead"
  }

  create {
    actions = ["inspector2:BatchGetAccountStatus", "inspector2:Disable", "inspector2:Enable"]
    source  = "inspector2.resourceEnablerCreate"
  }

  update {
    attributes = []
    actions    = ["inspector2:Disable", "inspector2:Enable"]
    source     = "inspector2.resourceEnablerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["inspector2:BatchGetAccountStatus", "inspector2:Disable"]
    source  = "inspector2.resourceEnablerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_inspector2_filter" {
  service = "inspector2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (inspector2.(*filterResource).Create, inspector2.(*filterResource).Read, inspector2.(*filterResource).Update, inspector2.(*filterResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["inspector2:ListFilters", "inspector2:ListTagsForResource"]
    source  = "inspector2.(*filterResource).Read + inspector2.(*servicePackage).ListTags"
  }

  create {
    actions = ["inspector2:CreateFilter"]
    source  = "inspector2.(*filterResource).Create"
  }

  update {
    attributes = []
    actions    = ["inspector2:UpdateFilter"]
    source     = "inspector2.(*filterResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["inspector2:TagResource", "inspector2:UntagResource"]
    source     = "inspector2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["inspector2:DeleteFilter"]
    source  = "inspector2.(*filterResource).Delete"
  }
}

resource "aws_inspector2_member_association" {
  service = "inspector2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (inspector2.resourceMemberAssociationCreate, inspector2.resourceMemberAssociationRead, inspector2.resourceMemberAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["inspector2:GetMember"]
    source  = "inspector2.resourceMemberAssociationRead"
  }

  create {
    actions = ["inspector2:AssociateMember", "inspector2:GetMember"]
    source  = "inspector2.resourceMemberAssociationCreate"
  }

  delete {
    actions = ["inspector2:DisassociateMember", "inspector2:GetMember"]
    source  = "inspector2.resourceMemberAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_inspector2_organization_configuration" {
  service = "inspector2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (inspector2.resourceOrganizationConfigurationCreate, inspector2.resourceOrganizationConfigurationRead, inspector2.resourceOrganizationConfigurationUpdate, inspector2.resourceOrganizationConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["inspector2:DescribeOrganizationConfiguration"]
    source  = "inspector2.resourceOrganizationConfigurationRead"
  }

  create {
    actions = [
      "inspector2:DescribeOrganizationConfiguration",
      "inspector2:UpdateOrganizationConfiguration",
    ]
    source  = "inspector2.resourceOrganizationConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["inspector2:UpdateOrganizationConfiguration"]
    source     = "inspector2.resourceOrganizationConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "inspector2:DescribeOrganizationConfiguration",
      "inspector2:UpdateOrganizationConfiguration",
    ]
    source  = "inspector2.resourceOrganizationConfigurationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
