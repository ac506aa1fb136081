# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_securityhub_account" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.resourceAccountCreate, securityhub.resourceAccountRead, securityhub.resourceAccountUpdate, securityhub.resourceAccountDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["securityhub:DescribeHub"]
    source  = "securityhub.resourceAccountRead"
  }

  create {
    actions = [
      "securityhub:DescribeHub",
      "securityhub:EnableSecurityHub",
      "securityhub:UpdateSecurityHubConfiguration",
    ]
    source  = "securityhub.resourceAccountCreate"
  }

  update {
    attributes = []
    actions    = ["securityhub:UpdateSecurityHubConfiguration"]
    source     = "securityhub.resourceAccountUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["securityhub:DisableSecurityHub"]
    source  = "securityhub.resourceAccountDelete"
  }
}

resource "aws_securityhub_account_v2" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.(*accountV2Resource).Create, securityhub.(*accountV2Resource).Read, securityhub.(*accountV2Resource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: securityhub:DescribeSecurityHubV2, securityhub:DisableSecurityHubV2, securityhub:EnableSecurityHubV2"

  read {
    actions = ["securityhub:DescribeSecurityHubV2", "securityhub:ListTagsForResource"]
    source  = "securityhub.(*accountV2Resource).Read + securityhub.(*servicePackage).ListTags"
  }

  create {
    actions = ["securityhub:EnableSecurityHubV2"]
    source  = "securityhub.(*accountV2Resource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["securityhub:TagResource", "securityhub:UntagResource"]
    source     = "securityhub.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["securityhub:DisableSecurityHubV2"]
    source  = "securityhub.(*accountV2Resource).Delete"
  }
}

resource "aws_securityhub_action_target" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.resourceActionTargetCreate, securityhub.resourceActionTargetRead, securityhub.resourceActionTargetUpdate, securityhub.resourceActionTargetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["securityhub:DescribeActionTargets"]
    source  = "securityhub.resourceActionTargetRead"
  }

  create {
    actions = ["securityhub:CreateActionTarget", "securityhub:DescribeActionTargets"]
    source  = "securityhub.resourceActionTargetCreate"
  }

  update {
    attributes = []
    actions    = ["securityhub:UpdateActionTarget"]
    source     = "securityhub.resourceActionTargetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["securityhub:DeleteActionTarget"]
    source  = "securityhub.resourceActionTargetDelete"
  }
}

resource "aws_securityhub_aggregator_v2" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.(*aggregatorV2Resource).Create, securityhub.(*aggregatorV2Resource).Read, securityhub.(*aggregatorV2Resource).Update, securityhub.(*aggregatorV2Resource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: securityhub:CreateAggregatorV2, securityhub:DeleteAggregatorV2, securityhub:GetAggregatorV2, securityhub:UpdateAggregatorV2"

  read {
    actions = ["securityhub:GetAggregatorV2", "securityhub:ListTagsForResource"]
    source  = "securityhub.(*aggregatorV2Resource).Read + securityhub.(*servicePackage).ListTags"
  }

  create {
    actions = ["securityhub:CreateAggregatorV2"]
    source  = "securityhub.(*aggregatorV2Resource).Create"
  }

  update {
    attributes = []
    actions    = ["securityhub:UpdateAggregatorV2"]
    source     = "securityhub.(*aggregatorV2Resource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["securityhub:TagResource", "securityhub:UntagResource"]
    source     = "securityhub.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["securityhub:DeleteAggregatorV2"]
    source  = "securityhub.(*aggregatorV2Resource).Delete"
  }
}

resource "aws_securityhub_automation_rule" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.(*automationRuleResource).Create, securityhub.(*automationRuleResource).Read, securityhub.(*automationRuleResource).Update, securityhub.(*automationRuleResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: securityhub:BatchDeleteAutomationRules, securityhub:BatchGetAutomationRules, securityhub:BatchUpdateAutomationRules, securityhub:CreateAutomationRule"

  read {
    actions = ["securityhub:BatchGetAutomationRules", "securityhub:ListTagsForResource"]
    source  = "securityhub.(*automationRuleResource).Read + securityhub.(*servicePackage).ListTags"
  }

  create {
    actions = ["securityhub:BatchGetAutomationRules", "securityhub:CreateAutomationRule"]
    source  = "securityhub.(*automationRuleResource).Create"
  }

  update {
    attributes = []
    actions    = ["securityhub:BatchUpdateAutomationRules"]
    source     = "securityhub.(*automationRuleResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["securityhub:TagResource", "securityhub:UntagResource"]
    source     = "securityhub.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["securityhub:BatchDeleteAutomationRules"]
    source  = "securityhub.(*automationRuleResource).Delete"
  }
}

resource "aws_securityhub_automation_rule_v2" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.(*automationRuleV2Resource).Create, securityhub.(*automationRuleV2Resource).Read, securityhub.(*automationRuleV2Resource).Update, securityhub.(*automationRuleV2Resource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: securityhub:CreateAutomationRuleV2, securityhub:DeleteAutomationRuleV2, securityhub:GetAutomationRuleV2, securityhub:UpdateAutomationRuleV2"

  read {
    actions = ["securityhub:GetAutomationRuleV2", "securityhub:ListTagsForResource"]
    source  = "securityhub.(*automationRuleV2Resource).Read + securityhub.(*servicePackage).ListTags"
  }

  create {
    actions = ["securityhub:CreateAutomationRuleV2"]
    source  = "securityhub.(*automationRuleV2Resource).Create"
  }

  update {
    attributes = []
    actions    = ["securityhub:UpdateAutomationRuleV2"]
    source     = "securityhub.(*automationRuleV2Resource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["securityhub:TagResource", "securityhub:UntagResource"]
    source     = "securityhub.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["securityhub:DeleteAutomationRuleV2"]
    source  = "securityhub.(*automationRuleV2Resource).Delete"
  }
}

resource "aws_securityhub_configuration_policy" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.resourceConfigurationPolicyCreate, securityhub.resourceConfigurationPolicyRead, securityhub.resourceConfigurationPolicyUpdate, securityhub.resourceConfigurationPolicyDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: securityhub:CreateConfigurationPolicy, securityhub:DeleteConfigurationPolicy, securityhub:GetConfigurationPolicy, securityhub:UpdateConfigurationPolicy"

  read {
    actions = ["securityhub:GetConfigurationPolicy"]
    source  = "securityhub.resourceConfigurationPolicyRead"
  }

  create {
    actions = ["securityhub:CreateConfigurationPolicy", "securityhub:GetConfigurationPolicy"]
    source  = "securityhub.resourceConfigurationPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["securityhub:UpdateConfigurationPolicy"]
    source     = "securityhub.resourceConfigurationPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["securityhub:DeleteConfigurationPolicy"]
    source  = "securityhub.resourceConfigurationPolicyDelete"
  }
}

resource "aws_securityhub_configuration_policy_association" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.resourceConfigurationPolicyAssociationCreateOrUpdate, securityhub.resourceConfigurationPolicyAssociationRead, securityhub.resourceConfigurationPolicyAssociationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: securityhub:GetConfigurationPolicyAssociation, securityhub:StartConfigurationPolicyAssociation, securityhub:StartConfigurationPolicyDisassociation"

  read {
    actions = ["securityhub:GetConfigurationPolicyAssociation"]
    source  = "securityhub.resourceConfigurationPolicyAssociationRead"
  }

  create {
    actions = [
      "securityhub:GetConfigurationPolicyAssociation",
      "securityhub:StartConfigurationPolicyAssociation",
    ]
    source  = "securityhub.resourceConfigurationPolicyAssociationCreateOrUpdate"
  }

  update {
    attributes = []
    actions    = ["securityhub:StartConfigurationPolicyAssociation"]
    source     = "securityhub.resourceConfigurationPolicyAssociationCreateOrUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["securityhub:StartConfigurationPolicyDisassociation"]
    source  = "securityhub.resourceConfigurationPolicyAssociationDelete"
  }
}

resource "aws_securityhub_connector_v2" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.(*connectorV2Resource).Create, securityhub.(*connectorV2Resource).Read, securityhub.(*connectorV2Resource).Update, securityhub.(*connectorV2Resource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: securityhub:CreateConnectorV2, securityhub:DeleteConnectorV2, securityhub:GetConnectorV2, securityhub:UpdateConnectorV2"

  read {
    actions = ["securityhub:GetConnectorV2", "securityhub:ListTagsForResource"]
    source  = "securityhub.(*connectorV2Resource).Read + securityhub.(*servicePackage).ListTags"
  }

  create {
    actions = ["securityhub:CreateConnectorV2", "securityhub:GetConnectorV2"]
    source  = "securityhub.(*connectorV2Resource).Create"
  }

  update {
    attributes = []
    actions    = ["securityhub:UpdateConnectorV2"]
    source     = "securityhub.(*connectorV2Resource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["securityhub:TagResource", "securityhub:UntagResource"]
    source     = "securityhub.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["securityhub:DeleteConnectorV2"]
    source  = "securityhub.(*connectorV2Resource).Delete"
  }
}

resource "aws_securityhub_finding_aggregator" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.resourceFindingAggregatorCreate, securityhub.resourceFindingAggregatorRead, securityhub.resourceFindingAggregatorUpdate, securityhub.resourceFindingAggregatorDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["securityhub:GetFindingAggregator"]
    source  = "securityhub.resourceFindingAggregatorRead"
  }

  create {
    actions = ["securityhub:CreateFindingAggregator", "securityhub:GetFindingAggregator"]
    source  = "securityhub.resourceFindingAggregatorCreate"
  }

  update {
    attributes = []
    actions    = ["securityhub:UpdateFindingAggregator"]
    source     = "securityhub.resourceFindingAggregatorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["securityhub:DeleteFindingAggregator"]
    source  = "securityhub.resourceFindingAggregatorDelete"
  }
}

resource "aws_securityhub_insight" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.resourceInsightCreate, securityhub.resourceInsightRead, securityhub.resourceInsightUpdate, securityhub.resourceInsightDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by securityhub.CreateInsight, securityhub.UpdateInsight (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["securityhub:GetInsights"]
    source  = "securityhub.resourceInsightRead"
  }

  create {
    actions = ["securityhub:CreateInsight", "securityhub:GetInsights"]
    source  = "securityhub.resourceInsightCreate"
  }

  update {
    attributes = []
    actions    = ["securityhub:UpdateInsight"]
    source     = "securityhub.resourceInsightUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["securityhub:DeleteInsight"]
    source  = "securityhub.resourceInsightDelete"
  }
}

resource "aws_securityhub_invite_accepter" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.resourceInviteAccepterCreate, securityhub.resourceInviteAccepterRead, securityhub.resourceInviteAccepterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["securityhub:GetMasterAccount"]
    source  = "securityhub.resourceInviteAccepterRead"
  }

  create {
    actions = [
      "securityhub:AcceptInvitation",
      "securityhub:GetMasterAccount",
      "securityhub:ListInvitations",
    ]
    source  = "securityhub.resourceInviteAccepterCreate"
  }

  delete {
    actions = ["securityhub:DisassociateFromMasterAccount"]
    source  = "securityhub.resourceInviteAccepterDelete"
  }
}

resource "aws_securityhub_member" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.resourceMemberCreate, securityhub.resourceMemberRead, securityhub.resourceMemberDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["securityhub:GetMembers"]
    source  = "securityhub.resourceMemberRead"
  }

  create {
    actions = ["securityhub:CreateMembers", "securityhub:GetMembers", "securityhub:InviteMembers"]
    source  = "securityhub.resourceMemberCreate"
  }

  delete {
    actions = ["securityhub:DeleteMembers", "securityhub:DisassociateMembers"]
    source  = "securityhub.resourceMemberDelete"
  }
}

resource "aws_securityhub_organization_admin_account" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.resourceOrganizationAdminAccountCreate, securityhub.resourceOrganizationAdminAccountRead, securityhub.resourceOrganizationAdminAccountDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["organizations:DescribeOrganization", "securityhub:ListOrganizationAdminAccounts"]
    source  = "securityhub.resourceOrganizationAdminAccountRead"
  }

  create {
    actions = [
      "organizations:DescribeOrganization",
      "organizations:EnableAWSServiceAccess",
      "organizations:RegisterDelegatedAdministrator",
      "securityhub:EnableOrganizationAdminAccount",
      "securityhub:ListOrganizationAdminAccounts",
    ]
    source  = "securityhub.resourceOrganizationAdminAccountCreate"
  }

  delete {
    actions = [
      "organizations:DescribeOrganization",
      "securityhub:DisableOrganizationAdminAccount",
      "securityhub:ListOrganizationAdminAccounts",
    ]
    source  = "securityhub.resourceOrganizationAdminAccountDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_securityhub_organization_configuration" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.resourceOrganizationConfigurationUpdate, securityhub.resourceOrganizationConfigurationRead, securityhub.resourceOrganizationConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["securityhub:DescribeOrganizationConfiguration"]
    source  = "securityhub.resourceOrganizationConfigurationRead"
  }

  create {
    actions = [
      "securityhub:DescribeOrganizationConfiguration",
      "securityhub:UpdateOrganizationConfiguration",
    ]
    source  = "securityhub.resourceOrganizationConfigurationUpdate"
  }

  update {
    attributes = []
    actions    = ["securityhub:UpdateOrganizationConfiguration"]
    source     = "securityhub.resourceOrganizationConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "securityhub:DescribeOrganizationConfiguration",
      "securityhub:UpdateOrganizationConfiguration",
    ]
    source  = "securityhub.resourceOrganizationConfigurationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_securityhub_product_subscription" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.resourceProductSubscriptionCreate, securityhub.resourceProductSubscriptionRead, securityhub.resourceProductSubscriptionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["securityhub:ListEnabledProductsForImport"]
    source  = "securityhub.resourceProductSubscriptionRead"
  }

  create {
    actions = [
      "securityhub:EnableImportFindingsForProduct",
      "securityhub:ListEnabledProductsForImport",
    ]
    source  = "securityhub.resourceProductSubscriptionCreate"
  }

  delete {
    actions = ["securityhub:DisableImportFindingsForProduct"]
    source  = "securityhub.resourceProductSubscriptionDelete"
  }
}

resource "aws_securityhub_standards_control" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.resourceStandardsControlPut, securityhub.resourceStandardsControlRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["securityhub:DescribeStandardsControls"]
    source  = "securityhub.resourceStandardsControlRead"
  }

  create {
    actions = ["securityhub:DescribeStandardsControls", "securityhub:UpdateStandardsControl"]
    source  = "securityhub.resourceStandardsControlPut"
  }

  update {
    attributes = []
    actions    = ["securityhub:UpdateStandardsControl"]
    source     = "securityhub.resourceStandardsControlPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_securityhub_standards_control_association" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.(*standardsControlAssociationResource).Create, securityhub.(*standardsControlAssociationResource).Read, securityhub.(*standardsControlAssociationResource).Update) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: securityhub:BatchUpdateStandardsControlAssociations, securityhub:ListStandardsControlAssociations"

  read {
    actions = ["securityhub:ListStandardsControlAssociations"]
    source  = "securityhub.(*standardsControlAssociationResource).Read"
  }

  create {
    actions = ["securityhub:BatchUpdateStandardsControlAssociations"]
    source  = "securityhub.(*standardsControlAssociationResource).Create"
  }

  update {
    attributes = []
    actions    = ["securityhub:BatchUpdateStandardsControlAssociations"]
    source     = "securityhub.(*standardsControlAssociationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_securityhub_standards_subscription" {
  service = "securityhub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securityhub.resourceStandardsSubscriptionCreate, securityhub.resourceStandardsSubscriptionRead, securityhub.resourceStandardsSubscriptionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["securityhub:GetEnabledStandards"]
    source  = "securityhub.resourceStandardsSubscriptionRead"
  }

  create {
    actions = ["securityhub:BatchEnableStandards", "securityhub:GetEnabledStandards"]
    source  = "securityhub.resourceStandardsSubscriptionCreate"
  }

  delete {
    actions = ["securityhub:BatchDisableStandards", "securityhub:GetEnabledStandards"]
    source  = "securityhub.resourceStandardsSubscriptionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_securityhub_enabled_standards" {
  service = "securityhub"
  source  = "import: pike data/securityhub/aws_securityhub_enabled_standards.json"

  read {
    actions = ["securityhub:GetEnabledStandards"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_securityhub_security_controls" {
  service = "securityhub"
  source  = "import: pike data/securityhub/aws_securityhub_security_controls.json"

  read {
    actions = ["securityhub:ListSecurityControlDefinitions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_securityhub_standards_control_associations" {
  service = "securityhub"
  source  = "import: pike data/securityhub/aws_securityhub_standards_control_associations.json"

  read {
    actions = [
      "securityhub:DescribeStandardsControls",
      "securityhub:ListStandardsControlAssociations",
    ]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
