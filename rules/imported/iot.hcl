# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_iot_authorizer" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceAuthorizerCreate, iot.resourceAuthorizerRead, iot.resourceAuthorizerUpdate, iot.resourceAuthorizerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iot:DescribeAuthorizer", "iot:ListTagsForResource"]
    source  = "iot.resourceAuthorizerRead + iot.(*servicePackage).ListTags"
  }

  create {
    actions = ["iot:CreateAuthorizer", "iot:DescribeAuthorizer"]
    source  = "iot.resourceAuthorizerCreate"
  }

  update {
    attributes = []
    actions    = ["iot:UpdateAuthorizer"]
    source     = "iot.resourceAuthorizerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iot:TagResource", "iot:UntagResource"]
    source     = "iot.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["iot:DeleteAuthorizer", "iot:UpdateAuthorizer"]
    source  = "iot.resourceAuthorizerDelete"
  }
}

resource "aws_iot_billing_group" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.(*billingGroupResource).Create, iot.(*billingGroupResource).Read, iot.(*billingGroupResource).Update, iot.(*billingGroupResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["iot:DescribeBillingGroup", "iot:ListTagsForResource"]
    source  = "iot.(*billingGroupResource).Read + iot.(*servicePackage).ListTags"
  }

  create {
    actions = ["iot:CreateBillingGroup", "iot:DescribeBillingGroup"]
    source  = "iot.(*billingGroupResource).Create"
  }

  update {
    attributes = []
    actions    = ["iot:UpdateBillingGroup"]
    source     = "iot.(*billingGroupResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iot:TagResource", "iot:UntagResource"]
    source     = "iot.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["iot:DeleteBillingGroup"]
    source  = "iot.(*billingGroupResource).Delete"
  }
}

resource "aws_iot_ca_certificate" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceCACertificateCreate, iot.resourceCACertificateRead, iot.resourceCACertificateUpdate, iot.resourceCACertificateDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by iot.RegisterCACertificate, iot.UpdateCACertificate (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["iot:DescribeCACertificate", "iot:ListTagsForResource"]
    source  = "iot.resourceCACertificateRead + iot.(*servicePackage).ListTags"
  }

  create {
    actions = ["iot:DescribeCACertificate", "iot:RegisterCACertificate"]
    source  = "iot.resourceCACertificateCreate"
  }

  update {
    attributes = []
    actions    = ["iot:UpdateCACertificate"]
    source     = "iot.resourceCACertificateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iot:TagResource", "iot:UntagResource"]
    source     = "iot.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["iot:DeleteCACertificate", "iot:UpdateCACertificate"]
    source  = "iot.resourceCACertificateDelete"
  }
}

resource "aws_iot_certificate" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceCertificateCreate, iot.resourceCertificateRead, iot.resourceCertificateUpdate, iot.resourceCertificateDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iot:DescribeCertificate"]
    source  = "iot.resourceCertificateRead"
  }

  create {
    actions = [
      "iot:CreateCertificateFromCsr",
      "iot:CreateKeysAndCertificate",
      "iot:DescribeCertificate",
      "iot:RegisterCertificate",
      "iot:RegisterCertificateWithoutCA",
    ]
    source  = "iot.resourceCertificateCreate"
  }

  update {
    attributes = []
    actions    = ["iot:UpdateCertificate"]
    source     = "iot.resourceCertificateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["iot:DeleteCertificate", "iot:UpdateCertificate"]
    source  = "iot.resourceCertificateDelete"
  }
}

resource "aws_iot_domain_configuration" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceDomainConfigurationCreate, iot.resourceDomainConfigurationRead, iot.resourceDomainConfigurationUpdate, iot.resourceDomainConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iot:DescribeDomainConfiguration", "iot:ListTagsForResource"]
    source  = "iot.resourceDomainConfigurationRead + iot.(*servicePackage).ListTags"
  }

  create {
    actions = ["iot:CreateDomainConfiguration", "iot:DescribeDomainConfiguration"]
    source  = "iot.resourceDomainConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["iot:UpdateDomainConfiguration"]
    source     = "iot.resourceDomainConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iot:TagResource", "iot:UntagResource"]
    source     = "iot.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["iot:DeleteDomainConfiguration", "iot:UpdateDomainConfiguration"]
    source  = "iot.resourceDomainConfigurationDelete"
  }
}

resource "aws_iot_event_configurations" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceEventConfigurationsPut, iot.resourceEventConfigurationsRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["iot:DescribeEventConfigurations"]
    source  = "iot.resourceEventConfigurationsRead"
  }

  create {
    actions = ["iot:DescribeEventConfigurations", "iot:UpdateEventConfigurations"]
    source  = "iot.resourceEventConfigurationsPut"
  }

  update {
    attributes = []
    actions    = ["iot:UpdateEventConfigurations"]
    source     = "iot.resourceEventConfigurationsPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_iot_indexing_configuration" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceIndexingConfigurationPut, iot.resourceIndexingConfigurationRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["iot:GetIndexingConfiguration"]
    source  = "iot.resourceIndexingConfigurationRead"
  }

  create {
    actions = ["iot:GetIndexingConfiguration", "iot:UpdateIndexingConfiguration"]
    source  = "iot.resourceIndexingConfigurationPut"
  }

  update {
    attributes = []
    actions    = ["iot:UpdateIndexingConfiguration"]
    source     = "iot.resourceIndexingConfigurationPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_iot_logging_options" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceLoggingOptionsPut, iot.resourceLoggingOptionsRead, schema.NoopContext) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by iot.SetV2LoggingOptions (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["iot:GetV2LoggingOptions"]
    source  = "iot.resourceLoggingOptionsRead"
  }

  create {
    actions = ["iot:GetV2LoggingOptions", "iot:SetV2LoggingOptions"]
    source  = "iot.resourceLoggingOptionsPut"
  }

  update {
    attributes = []
    actions    = ["iot:SetV2LoggingOptions"]
    source     = "iot.resourceLoggingOptionsPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_iot_policy" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourcePolicyCreate, iot.resourcePolicyRead, iot.resourcePolicyUpdate, iot.resourcePolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iot:GetPolicy", "iot:ListTagsForResource"]
    source  = "iot.resourcePolicyRead + iot.(*servicePackage).ListTags"
  }

  create {
    actions = ["iot:CreatePolicy", "iot:GetPolicy"]
    source  = "iot.resourcePolicyCreate"
  }

  update {
    attributes = []
    actions    = ["iot:CreatePolicyVersion", "iot:DeletePolicyVersion"]
    source     = "iot.resourcePolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iot:TagResource", "iot:UntagResource"]
    source     = "iot.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["iot:DeletePolicy", "iot:DeletePolicyVersion", "iot:ListPolicyVersions"]
    source  = "iot.resourcePolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_iot_policy_attachment" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourcePolicyAttachmentCreate, iot.resourcePolicyAttachmentRead, iot.resourcePolicyAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iot:ListAttachedPolicies"]
    source  = "iot.resourcePolicyAttachmentRead"
  }

  create {
    actions = ["iot:AttachPolicy", "iot:ListAttachedPolicies"]
    source  = "iot.resourcePolicyAttachmentCreate"
  }

  delete {
    actions = ["iot:DetachPolicy"]
    source  = "iot.resourcePolicyAttachmentDelete"
  }
}

resource "aws_iot_provisioning_template" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceProvisioningTemplateCreate, iot.resourceProvisioningTemplateRead, iot.resourceProvisioningTemplateUpdate, iot.resourceProvisioningTemplateDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by iot.CreateProvisioningTemplate, iot.UpdateProvisioningTemplate (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["iot:DescribeProvisioningTemplate", "iot:ListTagsForResource"]
    source  = "iot.resourceProvisioningTemplateRead + iot.(*servicePackage).ListTags"
  }

  create {
    actions = ["iot:CreateProvisioningTemplate", "iot:DescribeProvisioningTemplate"]
    source  = "iot.resourceProvisioningTemplateCreate"
  }

  update {
    attributes = []
    actions    = ["iot:CreateProvisioningTemplateVersion", "iot:UpdateProvisioningTemplate"]
    source     = "iot.resourceProvisioningTemplateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iot:TagResource", "iot:UntagResource"]
    source     = "iot.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["iot:DeleteProvisioningTemplate"]
    source  = "iot.resourceProvisioningTemplateDelete"
  }
}

resource "aws_iot_role_alias" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceRoleAliasCreate, iot.resourceRoleAliasRead, iot.resourceRoleAliasUpdate, iot.resourceRoleAliasDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by iot.CreateRoleAlias, iot.UpdateRoleAlias (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["iot:DescribeRoleAlias", "iot:ListTagsForResource"]
    source  = "iot.resourceRoleAliasRead + iot.(*servicePackage).ListTags"
  }

  create {
    actions = ["iot:CreateRoleAlias", "iot:DescribeRoleAlias"]
    source  = "iot.resourceRoleAliasCreate"
  }

  update {
    attributes = []
    actions    = ["iot:UpdateRoleAlias"]
    source     = "iot.resourceRoleAliasUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iot:TagResource", "iot:UntagResource"]
    source     = "iot.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["iot:DeleteRoleAlias"]
    source  = "iot.resourceRoleAliasDelete"
  }
}

resource "aws_iot_thing" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceThingCreate, iot.resourceThingRead, iot.resourceThingUpdate, iot.resourceThingDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iot:DescribeThing"]
    source  = "iot.resourceThingRead"
  }

  create {
    actions = ["iot:CreateThing", "iot:DescribeThing"]
    source  = "iot.resourceThingCreate"
  }

  update {
    attributes = []
    actions    = ["iot:UpdateThing"]
    source     = "iot.resourceThingUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["iot:DeleteThing"]
    source  = "iot.resourceThingDelete"
  }
}

resource "aws_iot_thing_group" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceThingGroupCreate, iot.resourceThingGroupRead, iot.resourceThingGroupUpdate, iot.resourceThingGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iot:DescribeThingGroup", "iot:ListTagsForResource"]
    source  = "iot.resourceThingGroupRead + iot.(*servicePackage).ListTags"
  }

  create {
    actions = ["iot:CreateThingGroup", "iot:DescribeThingGroup"]
    source  = "iot.resourceThingGroupCreate"
  }

  update {
    attributes = []
    actions    = ["iot:UpdateThingGroup"]
    source     = "iot.resourceThingGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iot:TagResource", "iot:UntagResource"]
    source     = "iot.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["iot:DeleteThingGroup"]
    source  = "iot.resourceThingGroupDelete"
  }
}

resource "aws_iot_thing_group_membership" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceThingGroupMembershipCreate, iot.resourceThingGroupMembershipRead, iot.resourceThingGroupMembershipDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iot:ListThingGroupsForThing"]
    source  = "iot.resourceThingGroupMembershipRead"
  }

  create {
    actions = ["iot:AddThingToThingGroup", "iot:ListThingGroupsForThing"]
    source  = "iot.resourceThingGroupMembershipCreate"
  }

  delete {
    actions = ["iot:RemoveThingFromThingGroup"]
    source  = "iot.resourceThingGroupMembershipDelete"
  }
}

resource "aws_iot_thing_principal_attachment" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceThingPrincipalAttachmentCreate, iot.resourceThingPrincipalAttachmentRead, iot.resourceThingPrincipalAttachmentDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: iot:ListThingPrincipalsV2"

  read {
    actions = ["iot:ListThingPrincipalsV2"]
    source  = "iot.resourceThingPrincipalAttachmentRead"
  }

  create {
    actions = ["iot:AttachThingPrincipal", "iot:ListThingPrincipalsV2"]
    source  = "iot.resourceThingPrincipalAttachmentCreate"
  }

  delete {
    actions = ["iot:DetachThingPrincipal"]
    source  = "iot.resourceThingPrincipalAttachmentDelete"
  }
}

resource "aws_iot_thing_type" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceThingTypeCreate, iot.resourceThingTypeRead, iot.resourceThingTypeUpdate, iot.resourceThingTypeDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iot:DescribeThingType", "iot:ListTagsForResource"]
    source  = "iot.resourceThingTypeRead + iot.(*servicePackage).ListTags"
  }

  create {
    actions = ["iot:CreateThingType", "iot:DeprecateThingType", "iot:DescribeThingType"]
    source  = "iot.resourceThingTypeCreate"
  }

  update {
    attributes = []
    actions    = ["iot:DeprecateThingType"]
    source     = "iot.resourceThingTypeUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iot:TagResource", "iot:UntagResource"]
    source     = "iot.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["iot:DeleteThingType", "iot:DeprecateThingType"]
    source  = "iot.resourceThingTypeDelete"
  }
}

resource "aws_iot_topic_rule" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceTopicRuleCreate, iot.resourceTopicRuleRead, iot.resourceTopicRuleUpdate, iot.resourceTopicRuleDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by iot.CreateTopicRule, iot.ReplaceTopicRule (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["iot:GetTopicRule", "iot:ListTagsForResource", "iot:ListTopicRules"]
    source  = "iot.resourceTopicRuleRead + iot.(*servicePackage).ListTags"
  }

  create {
    actions = ["iot:CreateTopicRule", "iot:GetTopicRule", "iot:ListTopicRules"]
    source  = "iot.resourceTopicRuleCreate"
  }

  update {
    attributes = []
    actions    = ["iot:ReplaceTopicRule"]
    source     = "iot.resourceTopicRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iot:TagResource", "iot:UntagResource"]
    source     = "iot.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["iot:DeleteTopicRule"]
    source  = "iot.resourceTopicRuleDelete"
  }
}

resource "aws_iot_topic_rule_destination" {
  service = "iot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iot.resourceTopicRuleDestinationCreate, iot.resourceTopicRuleDestinationRead, iot.resourceTopicRuleDestinationUpdate, iot.resourceTopicRuleDestinationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iot:GetTopicRuleDestination", "iot:ListTopicRuleDestinations"]
    source  = "iot.resourceTopicRuleDestinationRead"
  }

  create {
    actions = [
      "iot:CreateTopicRuleDestination",
      "iot:GetTopicRuleDestination",
      "iot:ListTopicRuleDestinations",
      "iot:UpdateTopicRuleDestination",
    ]
    source  = "iot.resourceTopicRuleDestinationCreate"
  }

  update {
    attributes = []
    actions    = ["iot:UpdateTopicRuleDestination"]
    source     = "iot.resourceTopicRuleDestinationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "iot:DeleteTopicRuleDestination",
      "iot:GetTopicRuleDestination",
      "iot:ListTopicRuleDestinations",
    ]
    source  = "iot.resourceTopicRuleDestinationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_iot_endpoint" {
  service = "iot"
  source  = "import: pike data/iot/aws_iot_endpoint.json"

  read {
    actions = ["iot:DescribeEndpoint"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iot_registration_code" {
  service = "iot"
  source  = "import: pike data/iot/aws_iot_registration_code.json"

  read {
    actions = ["iot:GetRegistrationCode"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
