# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_guardduty_detector" {
  service = "guardduty"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (guardduty.resourceDetectorCreate, guardduty.resourceDetectorRead, guardduty.resourceDetectorUpdate, guardduty.resourceDetectorDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["guardduty:GetDetector", "guardduty:ListTagsForResource"]
    source  = "guardduty.resourceDetectorRead + guardduty.(*servicePackage).ListTags"
  }

  create {
    actions = ["guardduty:CreateDetector", "guardduty:GetDetector"]
    source  = "guardduty.resourceDetectorCreate"
  }

  update {
    attributes = []
    actions    = ["guardduty:UpdateDetector"]
    source     = "guardduty.resourceDetectorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["guardduty:TagResource", "guardduty:UntagResource"]
    source     = "guardduty.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["guardduty:DeleteDetector"]
    source  = "guardduty.resourceDetectorDelete"
  }
}

resource "aws_guardduty_detector_feature" {
  service = "guardduty"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (guardduty.resourceDetectorFeaturePut, guardduty.resourceDetectorFeatureRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["guardduty:GetDetector"]
    source  = "guardduty.resourceDetectorFeatureRead"
  }

  create {
    actions = ["guardduty:GetDetector", "guardduty:UpdateDetector"]
    source  = "guardduty.resourceDetectorFeaturePut"
  }

  update {
    attributes = []
    actions    = ["guardduty:UpdateDetector"]
    source     = "guardduty.resourceDetectorFeaturePut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_guardduty_filter" {
  service = "guardduty"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (guardduty.resourceFilterCreate, guardduty.resourceFilterRead, guardduty.resourceFilterUpdate, guardduty.resourceFilterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["guardduty:GetFilter", "guardduty:ListTagsForResource"]
    source  = "guardduty.resourceFilterRead + guardduty.(*servicePackage).ListTags"
  }

  create {
    actions = ["guardduty:CreateFilter", "guardduty:GetFilter"]
    source  = "guardduty.resourceFilterCreate"
  }

  update {
    attributes = []
    actions    = ["guardduty:UpdateFilter"]
    source     = "guardduty.resourceFilterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["guardduty:TagResource", "guardduty:UntagResource"]
    source     = "guardduty.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["guardduty:DeleteFilter"]
    source  = "guardduty.resourceFilterDelete"
  }
}

resource "aws_guardduty_invite_accepter" {
  service = "guardduty"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (guardduty.resourceInviteAccepterCreate, guardduty.resourceInviteAccepterRead, guardduty.resourceInviteAccepterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["guardduty:GetMasterAccount"]
    source  = "guardduty.resourceInviteAccepterRead"
  }

  create {
    actions = [
      "guardduty:AcceptInvitation",
      "guardduty:GetMasterAccount",
      "guardduty:ListInvitations",
    ]
    source  = "guardduty.resourceInviteAccepterCreate"
  }

  delete {
    actions = ["guardduty:DisassociateFromMasterAccount"]
    source  = "guardduty.resourceInviteAccepterDelete"
  }
}

resource "aws_guardduty_ipset" {
  service = "guardduty"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (guardduty.resourceIPSetCreate, guardduty.resourceIPSetRead, guardduty.resourceIPSetUpdate, guardduty.resourceIPSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["guardduty:GetIPSet", "guardduty:ListTagsForResource"]
    source  = "guardduty.resourceIPSetRead + guardduty.(*servicePackage).ListTags"
  }

  create {
    actions = ["guardduty:CreateIPSet", "guardduty:GetIPSet"]
    source  = "guardduty.resourceIPSetCreate"
  }

  update {
    attributes = []
    actions    = ["guardduty:UpdateIPSet"]
    source     = "guardduty.resourceIPSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["guardduty:TagResource", "guardduty:UntagResource"]
    source     = "guardduty.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["guardduty:DeleteIPSet", "guardduty:GetIPSet"]
    source  = "guardduty.resourceIPSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_guardduty_malware_protection_plan" {
  service = "guardduty"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (guardduty.(*malwareProtectionPlanResource).Create, guardduty.(*malwareProtectionPlanResource).Read, guardduty.(*malwareProtectionPlanResource).Update, guardduty.(*malwareProtectionPlanResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: guardduty:CreateMalwareProtectionPlan, guardduty:DeleteMalwareProtectionPlan, guardduty:GetMalwareProtectionPlan, guardduty:UpdateMalwareProtectionPlan"

  read {
    actions = ["guardduty:GetMalwareProtectionPlan", "guardduty:ListTagsForResource"]
    source  = "guardduty.(*malwareProtectionPlanResource).Read + guardduty.(*servicePackage).ListTags"
  }

  create {
    actions = ["guardduty:CreateMalwareProtectionPlan", "guardduty:GetMalwareProtectionPlan"]
    source  = "guardduty.(*malwareProtectionPlanResource).Create"
  }

  update {
    attributes = []
    actions    = ["guardduty:UpdateMalwareProtectionPlan"]
    source     = "guardduty.(*malwareProtectionPlanResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["guardduty:TagResource", "guardduty:UntagResource"]
    source     = "guardduty.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["guardduty:DeleteMalwareProtectionPlan"]
    source  = "guardduty.(*malwareProtectionPlanResource).Delete"
  }
}

resource "aws_guardduty_member" {
  service = "guardduty"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (guardduty.resourceMemberCreate, guardduty.resourceMemberRead, guardduty.resourceMemberUpdate, guardduty.resourceMemberDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["guardduty:GetMembers"]
    source  = "guardduty.resourceMemberRead"
  }

  create {
    actions = ["guardduty:CreateMembers", "guardduty:GetMembers", "guardduty:InviteMembers"]
    source  = "guardduty.resourceMemberCreate"
  }

  update {
    attributes = []
    actions    = ["guardduty:DisassociateMembers", "guardduty:InviteMembers"]
    source     = "guardduty.resourceMemberUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["guardduty:DeleteMembers"]
    source  = "guardduty.resourceMemberDelete"
  }
}

resource "aws_guardduty_member_detector_feature" {
  service = "guardduty"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (guardduty.(*memberDetectorFeatureResource).Create, guardduty.(*memberDetectorFeatureResource).Read, guardduty.(*memberDetectorFeatureResource).Update) + iamlive-map 2022-08-19"

  read {
    actions = ["guardduty:GetMemberDetectors"]
    source  = "guardduty.(*memberDetectorFeatureResource).Read"
  }

  create {
    actions = ["guardduty:UpdateMemberDetectors"]
    source  = "guardduty.(*memberDetectorFeatureResource).Create"
  }

  update {
    attributes = []
    actions    = ["guardduty:UpdateMemberDetectors"]
    source     = "guardduty.(*memberDetectorFeatureResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_guardduty_organization_admin_account" {
  service = "guardduty"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (guardduty.resourceOrganizationAdminAccountCreate, guardduty.resourceOrganizationAdminAccountRead, guardduty.resourceOrganizationAdminAccountDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["guardduty:ListOrganizationAdminAccounts"]
    source  = "guardduty.resourceOrganizationAdminAccountRead"
  }

  create {
    actions = [
      "guardduty:EnableOrganizationAdminAccount",
      "guardduty:ListOrganizationAdminAccounts",
    ]
    source  = "guardduty.resourceOrganizationAdminAccountCreate"
  }

  delete {
    actions = [
      "guardduty:DisableOrganizationAdminAccount",
      "guardduty:ListOrganizationAdminAccounts",
    ]
    source  = "guardduty.resourceOrganizationAdminAccountDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_guardduty_organization_configuration" {
  service = "guardduty"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (guardduty.resourceOrganizationConfigurationPut, guardduty.resourceOrganizationConfigurationRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["guardduty:DescribeOrganizationConfiguration"]
    source  = "guardduty.resourceOrganizationConfigurationRead"
  }

  create {
    actions = [
      "guardduty:DescribeOrganizationConfiguration",
      "guardduty:UpdateOrganizationConfiguration",
    ]
    source  = "guardduty.resourceOrganizationConfigurationPut"
  }

  update {
    attributes = []
    actions    = ["guardduty:UpdateOrganizationConfiguration"]
    source     = "guardduty.resourceOrganizationConfigurationPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_guardduty_organization_configuration_feature" {
  service = "guardduty"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (guardduty.resourceOrganizationConfigurationFeaturePut, guardduty.resourceOrganizationConfigurationFeatureRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["guardduty:DescribeOrganizationConfiguration"]
    source  = "guardduty.resourceOrganizationConfigurationFeatureRead"
  }

  create {
    actions = [
      "guardduty:DescribeOrganizationConfiguration",
      "guardduty:UpdateOrganizationConfiguration",
    ]
    source  = "guardduty.resourceOrganizationConfigurationFeaturePut"
  }

  update {
    attributes = []
    actions    = ["guardduty:UpdateOrganizationConfiguration"]
    source     = "guardduty.resourceOrganizationConfigurationFeaturePut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_guardduty_publishing_destination" {
  service = "guardduty"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (guardduty.resourcePublishingDestinationCreate, guardduty.resourcePublishingDestinationRead, guardduty.resourcePublishingDestinationUpdate, guardduty.resourcePublishingDestinationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["guardduty:DescribePublishingDestination", "guardduty:ListTagsForResource"]
    source  = "guardduty.resourcePublishingDestinationRead + guardduty.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "guardduty:CreatePublishingDestination",
      "guardduty:DescribePublishingDestination",
      "s3:GetObject",
    ]
    source  = "guardduty.resourcePublishingDestinationCreate"
  }

  update {
    attributes = []
    actions    = ["guardduty:UpdatePublishingDestination"]
    source     = "guardduty.resourcePublishingDestinationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["guardduty:TagResource", "guardduty:UntagResource"]
    source     = "guardduty.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["guardduty:DeletePublishingDestination"]
    source  = "guardduty.resourcePublishingDestinationDelete"
  }
}

resource "aws_guardduty_threatintelset" {
  service = "guardduty"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (guardduty.resourceThreatIntelSetCreate, guardduty.resourceThreatIntelSetRead, guardduty.resourceThreatIntelSetUpdate, guardduty.resourceThreatIntelSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["guardduty:GetThreatIntelSet", "guardduty:ListTagsForResource"]
    source  = "guardduty.resourceThreatIntelSetRead + guardduty.(*servicePackage).ListTags"
  }

  create {
    actions = ["guardduty:CreateThreatIntelSet", "guardduty:GetThreatIntelSet"]
    source  = "guardduty.resourceThreatIntelSetCreate"
  }

  update {
    attributes = []
    actions    = ["guardduty:UpdateThreatIntelSet"]
    source     = "guardduty.resourceThreatIntelSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["guardduty:TagResource", "guardduty:UntagResource"]
    source     = "guardduty.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["guardduty:DeleteThreatIntelSet", "guardduty:GetThreatIntelSet"]
    source  = "guardduty.resourceThreatIntelSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_guardduty_detector" {
  service = "guardduty"
  source  = "import: pike data/guardduty/aws_guardduty_detector.json"

  read {
    actions = ["guardduty:ListDetectors"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_guardduty_finding_ids" {
  service = "guardduty"
  source  = "import: pike data/guardduty/aws_guardduty_finding_ids.json"

  read {
    actions = ["guardduty:ListFindings"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
