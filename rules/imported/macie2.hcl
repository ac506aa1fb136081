# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_macie2_account" {
  service = "macie2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (macie2.resourceAccountCreate, macie2.resourceAccountRead, macie2.resourceAccountUpdate, macie2.resourceAccountDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["macie2:GetMacieSession"]
    source  = "macie2.resourceAccountRead"
  }

  create {
    actions = ["macie2:EnableMacie", "macie2:GetMacieSession"]
    source  = "macie2.resourceAccountCreate"
  }

  update {
    attributes = []
    actions    = ["macie2:UpdateMacieSession"]
    source     = "macie2.resourceAccountUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["macie2:DisableMacie"]
    source  = "macie2.resourceAccountDelete"
  }
}

resource "aws_macie2_classification_export_configuration" {
  service = "macie2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (macie2.resourceClassificationExportConfigurationCreate, macie2.resourceClassificationExportConfigurationRead, macie2.resourceClassificationExportConfigurationUpdate, macie2.resourceClassificationExportConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["macie2:GetClassificationExportConfiguration"]
    source  = "macie2.resourceClassificationExportConfigurationRead"
  }

  create {
    actions = [
      "macie2:GetClassificationExportConfiguration",
      "macie2:PutClassificationExportConfiguration",
    ]
    source  = "macie2.resourceClassificationExportConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["macie2:PutClassificationExportConfiguration"]
    source     = "macie2.resourceClassificationExportConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["macie2:PutClassificationExportConfiguration"]
    source  = "macie2.resourceClassificationExportConfigurationDelete"
  }
}

resource "aws_macie2_classification_job" {
  service = "macie2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (macie2.resourceClassificationJobCreate, macie2.resourceClassificationJobRead, macie2.resourceClassificationJobUpdate, macie2.resourceClassificationJobDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["macie2:DescribeClassificationJob", "macie2:ListTagsForResource"]
    source  = "macie2.resourceClassificationJobRead + macie2.(*servicePackage).ListTags"
  }

  create {
    actions = ["macie2:CreateClassificationJob", "macie2:DescribeClassificationJob"]
    source  = "macie2.resourceClassificationJobCreate"
  }

  update {
    attributes = []
    actions    = ["macie2:UpdateClassificationJob"]
    source     = "macie2.resourceClassificationJobUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["macie2:TagResource", "macie2:UntagResource"]
    source     = "macie2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["macie2:UpdateClassificationJob"]
    source  = "macie2.resourceClassificationJobDelete"
  }
}

resource "aws_macie2_custom_data_identifier" {
  service = "macie2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (macie2.resourceCustomDataIdentifierCreate, macie2.resourceCustomDataIdentifierRead, macie2.resourceCustomDataIdentifierUpdate, macie2.resourceCustomDataIdentifierDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["macie2:GetCustomDataIdentifier", "macie2:ListTagsForResource"]
    source  = "macie2.resourceCustomDataIdentifierRead + macie2.(*servicePackage).ListTags"
  }

  create {
    actions = ["macie2:CreateCustomDataIdentifier", "macie2:GetCustomDataIdentifier"]
    source  = "macie2.resourceCustomDataIdentifierCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "macie2.resourceCustomDataIdentifierUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["macie2:TagResource", "macie2:UntagResource"]
    source     = "macie2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["macie2:DeleteCustomDataIdentifier"]
    source  = "macie2.resourceCustomDataIdentifierDelete"
  }
}

resource "aws_macie2_findings_filter" {
  service = "macie2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (macie2.resourceFindingsFilterCreate, macie2.resourceFindingsFilterRead, macie2.resourceFindingsFilterUpdate, macie2.resourceFindingsFilterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["macie2:GetFindingsFilter", "macie2:ListTagsForResource"]
    source  = "macie2.resourceFindingsFilterRead + macie2.(*servicePackage).ListTags"
  }

  create {
    actions = ["macie2:CreateFindingsFilter", "macie2:GetFindingsFilter"]
    source  = "macie2.resourceFindingsFilterCreate"
  }

  update {
    attributes = []
    actions    = ["macie2:UpdateFindingsFilter"]
    source     = "macie2.resourceFindingsFilterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["macie2:TagResource", "macie2:UntagResource"]
    source     = "macie2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["macie2:DeleteFindingsFilter"]
    source  = "macie2.resourceFindingsFilterDelete"
  }
}

resource "aws_macie2_invitation_accepter" {
  service = "macie2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (macie2.resourceInvitationAccepterCreate, macie2.resourceInvitationAccepterRead, macie2.resourceInvitationAccepterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["macie2:GetAdministratorAccount"]
    source  = "macie2.resourceInvitationAccepterRead"
  }

  create {
    actions = [
      "macie2:AcceptInvitation",
      "macie2:GetAdministratorAccount",
      "macie2:ListInvitations",
    ]
    source  = "macie2.resourceInvitationAccepterCreate"
  }

  delete {
    actions = ["macie2:DisassociateFromAdministratorAccount"]
    source  = "macie2.resourceInvitationAccepterDelete"
  }
}

resource "aws_macie2_member" {
  service = "macie2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (macie2.resourceMemberCreate, macie2.resourceMemberRead, macie2.resourceMemberUpdate, macie2.resourceMemberDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["macie2:GetMember", "macie2:ListTagsForResource"]
    source  = "macie2.resourceMemberRead + macie2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "macie2:CreateInvitations",
      "macie2:CreateMember",
      "macie2:GetMember",
      "macie2:ListMembers",
    ]
    source  = "macie2.resourceMemberCreate"
  }

  update {
    attributes = []
    actions    = [
      "macie2:CreateInvitations",
      "macie2:DisassociateMember",
      "macie2:UpdateMemberSession",
    ]
    source     = "macie2.resourceMemberUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["macie2:TagResource", "macie2:UntagResource"]
    source     = "macie2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["macie2:DeleteMember"]
    source  = "macie2.resourceMemberDelete"
  }
}

resource "aws_macie2_organization_admin_account" {
  service = "macie2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (macie2.resourceOrganizationAdminAccountCreate, macie2.resourceOrganizationAdminAccountRead, macie2.resourceOrganizationAdminAccountDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["macie2:ListOrganizationAdminAccounts"]
    source  = "macie2.resourceOrganizationAdminAccountRead"
  }

  create {
    actions = ["macie2:EnableOrganizationAdminAccount", "macie2:ListOrganizationAdminAccounts"]
    source  = "macie2.resourceOrganizationAdminAccountCreate"
  }

  delete {
    actions = ["macie2:DisableOrganizationAdminAccount"]
    source  = "macie2.resourceOrganizationAdminAccountDelete"
  }
}

resource "aws_macie2_organization_configuration" {
  service = "macie2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (macie2.(*organizationConfigurationResource).Create, macie2.(*organizationConfigurationResource).Read, macie2.(*organizationConfigurationResource).Update) + iamlive-map 2022-08-19"

  read {
    actions = ["macie2:DescribeOrganizationConfiguration"]
    source  = "macie2.(*organizationConfigurationResource).Read"
  }

  create {
    actions = ["macie2:UpdateOrganizationConfiguration"]
    source  = "macie2.(*organizationConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["macie2:UpdateOrganizationConfiguration"]
    source     = "macie2.(*organizationConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}
