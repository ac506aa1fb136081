# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_config_aggregate_authorization" {
  service = "config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (configservice.resourceAggregateAuthorizationCreate, configservice.resourceAggregateAuthorizationRead, configservice.resourceAggregateAuthorizationUpdate, configservice.resourceAggregateAuthorizationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["config:DescribeAggregationAuthorizations", "config:ListTagsForResource"]
    source  = "configservice.resourceAggregateAuthorizationRead + configservice.(*servicePackage).ListTags"
  }

  create {
    actions = ["config:DescribeAggregationAuthorizations", "config:PutAggregationAuthorization"]
    source  = "configservice.resourceAggregateAuthorizationCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "configservice.resourceAggregateAuthorizationUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["config:TagResource", "config:UntagResource"]
    source     = "configservice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["config:DeleteAggregationAuthorization"]
    source  = "configservice.resourceAggregateAuthorizationDelete"
  }
}

resource "aws_config_config_rule" {
  service = "config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (configservice.resourceConfigRulePut, configservice.resourceConfigRuleRead, configservice.resourceConfigRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["config:DescribeConfigRules", "config:ListTagsForResource"]
    source  = "configservice.resourceConfigRuleRead + configservice.(*servicePackage).ListTags"
  }

  create {
    actions = ["config:DescribeConfigRules", "config:PutConfigRule"]
    source  = "configservice.resourceConfigRulePut"
  }

  update {
    attributes = []
    actions    = ["config:PutConfigRule"]
    source     = "configservice.resourceConfigRulePut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["config:TagResource", "config:UntagResource"]
    source     = "configservice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["config:DeleteConfigRule", "config:DescribeConfigRules"]
    source  = "configservice.resourceConfigRuleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_config_configuration_aggregator" {
  service = "config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (configservice.resourceConfigurationAggregatorPut, configservice.resourceConfigurationAggregatorRead, configservice.resourceConfigurationAggregatorDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by config.PutConfigurationAggregator (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["config:DescribeConfigurationAggregators", "config:ListTagsForResource"]
    source  = "configservice.resourceConfigurationAggregatorRead + configservice.(*servicePackage).ListTags"
  }

  create {
    actions = ["config:DescribeConfigurationAggregators", "config:PutConfigurationAggregator"]
    source  = "configservice.resourceConfigurationAggregatorPut"
  }

  update {
    attributes = []
    actions    = ["config:PutConfigurationAggregator"]
    source     = "configservice.resourceConfigurationAggregatorPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["config:TagResource", "config:UntagResource"]
    source     = "configservice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["config:DeleteConfigurationAggregator"]
    source  = "configservice.resourceConfigurationAggregatorDelete"
  }
}

resource "aws_config_configuration_recorder" {
  service = "config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (configservice.resourceConfigurationRecorderPut, configservice.resourceConfigurationRecorderRead, configservice.resourceConfigurationRecorderDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by config.PutConfigurationRecorder (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["config:DescribeConfigurationRecorders"]
    source  = "configservice.resourceConfigurationRecorderRead"
  }

  create {
    actions = ["config:DescribeConfigurationRecorders", "config:PutConfigurationRecorder"]
    source  = "configservice.resourceConfigurationRecorderPut"
  }

  update {
    attributes = []
    actions    = ["config:PutConfigurationRecorder"]
    source     = "configservice.resourceConfigurationRecorderPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["config:DeleteConfigurationRecorder"]
    source  = "configservice.resourceConfigurationRecorderDelete"
  }
}

resource "aws_config_configuration_recorder_status" {
  service = "config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (configservice.resourceConfigurationRecorderStatusPut, configservice.resourceConfigurationRecorderStatusRead, configservice.resourceConfigurationRecorderStatusDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["config:DescribeConfigurationRecorderStatus"]
    source  = "configservice.resourceConfigurationRecorderStatusRead"
  }

  create {
    actions = [
      "config:DescribeConfigurationRecorderStatus",
      "config:StartConfigurationRecorder",
      "config:StopConfigurationRecorder",
    ]
    source  = "configservice.resourceConfigurationRecorderStatusPut"
  }

  update {
    attributes = []
    actions    = ["config:StartConfigurationRecorder", "config:StopConfigurationRecorder"]
    source     = "configservice.resourceConfigurationRecorderStatusPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["config:StopConfigurationRecorder"]
    source  = "configservice.resourceConfigurationRecorderStatusDelete"
  }
}

resource "aws_config_conformance_pack" {
  service = "config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (configservice.resourceConformancePackPut, configservice.resourceConformancePackRead, configservice.resourceConformancePackDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["config:DescribeConformancePacks"]
    source  = "configservice.resourceConformancePackRead"
  }

  create {
    actions = [
      "config:DescribeConformancePackStatus",
      "config:DescribeConformancePacks",
      "config:PutConformancePack",
    ]
    source  = "configservice.resourceConformancePackPut"
  }

  update {
    attributes = []
    actions    = ["config:PutConformancePack"]
    source     = "configservice.resourceConformancePackPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["config:DeleteConformancePack", "config:DescribeConformancePackStatus"]
    source  = "configservice.resourceConformancePackDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_config_delivery_channel" {
  service = "config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (configservice.resourceDeliveryChannelPut, configservice.resourceDeliveryChannelRead, configservice.resourceDeliveryChannelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["config:DescribeDeliveryChannels"]
    source  = "configservice.resourceDeliveryChannelRead"
  }

  create {
    actions = ["config:DescribeDeliveryChannels", "config:PutDeliveryChannel"]
    source  = "configservice.resourceDeliveryChannelPut"
  }

  update {
    attributes = []
    actions    = ["config:PutDeliveryChannel"]
    source     = "configservice.resourceDeliveryChannelPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["config:DeleteDeliveryChannel"]
    source  = "configservice.resourceDeliveryChannelDelete"
  }
}

resource "aws_config_organization_conformance_pack" {
  service = "config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (configservice.resourceOrganizationConformancePackCreate, configservice.resourceOrganizationConformancePackRead, configservice.resourceOrganizationConformancePackUpdate, configservice.resourceOrganizationConformancePackDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["config:DescribeOrganizationConformancePacks"]
    source  = "configservice.resourceOrganizationConformancePackRead"
  }

  create {
    actions = [
      "config:DescribeOrganizationConformancePackStatuses",
      "config:DescribeOrganizationConformancePacks",
      "config:GetOrganizationConformancePackDetailedStatus",
      "config:PutOrganizationConformancePack",
    ]
    source  = "configservice.resourceOrganizationConformancePackCreate"
  }

  update {
    attributes = []
    actions    = ["config:PutOrganizationConformancePack"]
    source     = "configservice.resourceOrganizationConformancePackUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "config:DeleteOrganizationConformancePack",
      "config:DescribeOrganizationConformancePackStatuses",
      "config:GetOrganizationConformancePackDetailedStatus",
    ]
    source  = "configservice.resourceOrganizationConformancePackDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_config_organization_custom_policy_rule" {
  service = "config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (configservice.resourceOrganizationCustomPolicyRuleCreate, configservice.resourceOrganizationCustomPolicyRuleRead, configservice.resourceOrganizationCustomPolicyRuleUpdate, configservice.resourceOrganizationCustomPolicyRuleDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: config:GetOrganizationCustomRulePolicy"

  read {
    actions = ["config:DescribeOrganizationConfigRules", "config:GetOrganizationCustomRulePolicy"]
    source  = "configservice.resourceOrganizationCustomPolicyRuleRead"
  }

  create {
    actions = [
      "config:DescribeOrganizationConfigRuleStatuses",
      "config:DescribeOrganizationConfigRules",
      "config:GetOrganizationConfigRuleDetailedStatus",
      "config:GetOrganizationCustomRulePolicy",
      "config:PutOrganizationConfigRule",
    ]
    source  = "configservice.resourceOrganizationCustomPolicyRuleCreate"
  }

  update {
    attributes = []
    actions    = ["config:PutOrganizationConfigRule"]
    source     = "configservice.resourceOrganizationCustomPolicyRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "config:DeleteOrganizationConfigRule",
      "config:DescribeOrganizationConfigRuleStatuses",
      "config:GetOrganizationConfigRuleDetailedStatus",
    ]
    source  = "configservice.resourceOrganizationCustomPolicyRuleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_config_organization_custom_rule" {
  service = "config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (configservice.resourceOrganizationCustomRuleCreate, configservice.resourceOrganizationCustomRuleRead, configservice.resourceOrganizationCustomRuleUpdate, configservice.resourceOrganizationCustomRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["config:DescribeOrganizationConfigRules"]
    source  = "configservice.resourceOrganizationCustomRuleRead"
  }

  create {
    actions = [
      "config:DescribeOrganizationConfigRuleStatuses",
      "config:DescribeOrganizationConfigRules",
      "config:GetOrganizationConfigRuleDetailedStatus",
      "config:PutOrganizationConfigRule",
    ]
    source  = "configservice.resourceOrganizationCustomRuleCreate"
  }

  update {
    attributes = []
    actions    = ["config:PutOrganizationConfigRule"]
    source     = "configservice.resourceOrganizationCustomRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "config:DeleteOrganizationConfigRule",
      "config:DescribeOrganizationConfigRuleStatuses",
      "config:GetOrganizationConfigRuleDetailedStatus",
    ]
    source  = "configservice.resourceOrganizationCustomRuleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_config_organization_managed_rule" {
  service = "config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (configservice.resourceOrganizationManagedRuleCreate, configservice.resourceOrganizationManagedRuleRead, configservice.resourceOrganizationManagedRuleUpdate, configservice.resourceOrganizationManagedRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["config:DescribeOrganizationConfigRules"]
    source  = "configservice.resourceOrganizationManagedRuleRead"
  }

  create {
    actions = [
      "config:DescribeOrganizationConfigRuleStatuses",
      "config:DescribeOrganizationConfigRules",
      "config:GetOrganizationConfigRuleDetailedStatus",
      "config:PutOrganizationConfigRule",
    ]
    source  = "configservice.resourceOrganizationManagedRuleCreate"
  }

  update {
    attributes = []
    actions    = ["config:PutOrganizationConfigRule"]
    source     = "configservice.resourceOrganizationManagedRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "config:DeleteOrganizationConfigRule",
      "config:DescribeOrganizationConfigRuleStatuses",
      "config:GetOrganizationConfigRuleDetailedStatus",
    ]
    source  = "configservice.resourceOrganizationManagedRuleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_config_remediation_configuration" {
  service = "config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (configservice.resourceRemediationConfigurationPut, configservice.resourceRemediationConfigurationRead, configservice.resourceRemediationConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["config:DescribeRemediationConfigurations"]
    source  = "configservice.resourceRemediationConfigurationRead"
  }

  create {
    actions = ["config:DescribeRemediationConfigurations", "config:PutRemediationConfigurations"]
    source  = "configservice.resourceRemediationConfigurationPut"
  }

  update {
    attributes = []
    actions    = ["config:PutRemediationConfigurations"]
    source     = "configservice.resourceRemediationConfigurationPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["config:DeleteRemediationConfiguration"]
    source  = "configservice.resourceRemediationConfigurationDelete"
  }
}

resource "aws_config_retention_configuration" {
  service = "config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (configservice.(*retentionConfigurationResource).Create, configservice.(*retentionConfigurationResource).Read, configservice.(*retentionConfigurationResource).Update, configservice.(*retentionConfigurationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["config:DescribeRetentionConfigurations"]
    source  = "configservice.(*retentionConfigurationResource).Read"
  }

  create {
    actions = ["config:PutRetentionConfiguration"]
    source  = "configservice.(*retentionConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["config:PutRetentionConfiguration"]
    source     = "configservice.(*retentionConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["config:DeleteRetentionConfiguration"]
    source  = "configservice.(*retentionConfigurationResource).Delete"
  }
}
