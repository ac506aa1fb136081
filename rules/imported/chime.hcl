# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_chime_voice_connector" {
  service = "chime"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chime.resourceVoiceConnectorCreate, chime.resourceVoiceConnectorRead, chime.resourceVoiceConnectorUpdate, chime.resourceVoiceConnectorDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: chime:CreateVoiceConnector, chime:DeleteVoiceConnector, chime:GetVoiceConnector, chime:ListTagsForResource, chime:TagResource, chime:UntagResource, chime:UpdateVoiceConnector"

  read {
    actions = ["chime:GetVoiceConnector", "chime:ListTagsForResource"]
    source  = "chime.resourceVoiceConnectorRead + chime.(*servicePackage).ListTags"
  }

  create {
    actions = ["chime:CreateVoiceConnector", "chime:GetVoiceConnector"]
    source  = "chime.resourceVoiceConnectorCreate"
  }

  update {
    attributes = []
    actions    = ["chime:UpdateVoiceConnector"]
    source     = "chime.resourceVoiceConnectorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["chime:TagResource", "chime:UntagResource"]
    source     = "chime.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["chime:DeleteVoiceConnector"]
    source  = "chime.resourceVoiceConnectorDelete"
  }
}

resource "aws_chime_voice_connector_group" {
  service = "chime"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chime.resourceVoiceConnectorGroupCreate, chime.resourceVoiceConnectorGroupRead, chime.resourceVoiceConnectorGroupUpdate, chime.resourceVoiceConnectorGroupDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: chime:CreateVoiceConnectorGroup, chime:DeleteVoiceConnectorGroup, chime:GetVoiceConnectorGroup, chime:UpdateVoiceConnectorGroup"

  read {
    actions = ["chime:GetVoiceConnectorGroup"]
    source  = "chime.resourceVoiceConnectorGroupRead"
  }

  create {
    actions = ["chime:CreateVoiceConnectorGroup", "chime:GetVoiceConnectorGroup"]
    source  = "chime.resourceVoiceConnectorGroupCreate"
  }

  update {
    attributes = []
    actions    = ["chime:UpdateVoiceConnectorGroup"]
    source     = "chime.resourceVoiceConnectorGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "chime:DeleteVoiceConnectorGroup",
      "chime:GetVoiceConnectorGroup",
      "chime:UpdateVoiceConnectorGroup",
    ]
    source  = "chime.resourceVoiceConnectorGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_chime_voice_connector_logging" {
  service = "chime"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chime.resourceVoiceConnectorLoggingCreate, chime.resourceVoiceConnectorLoggingRead, chime.resourceVoiceConnectorLoggingUpdate, chime.resourceVoiceConnectorLoggingDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: chime:GetVoiceConnectorLoggingConfiguration, chime:PutVoiceConnectorLoggingConfiguration"

  read {
    actions = ["chime:GetVoiceConnectorLoggingConfiguration"]
    source  = "chime.resourceVoiceConnectorLoggingRead"
  }

  create {
    actions = [
      "chime:GetVoiceConnectorLoggingConfiguration",
      "chime:PutVoiceConnectorLoggingConfiguration",
    ]
    source  = "chime.resourceVoiceConnectorLoggingCreate"
  }

  update {
    attributes = []
    actions    = ["chime:PutVoiceConnectorLoggingConfiguration"]
    source     = "chime.resourceVoiceConnectorLoggingUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["chime:PutVoiceConnectorLoggingConfiguration"]
    source  = "chime.resourceVoiceConnectorLoggingDelete"
  }
}

resource "aws_chime_voice_connector_origination" {
  service = "chime"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chime.resourceVoiceConnectorOriginationCreate, chime.resourceVoiceConnectorOriginationRead, chime.resourceVoiceConnectorOriginationUpdate, chime.resourceVoiceConnectorOriginationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: chime:DeleteVoiceConnectorOrigination, chime:GetVoiceConnectorOrigination, chime:PutVoiceConnectorOrigination"

  read {
    actions = ["chime:GetVoiceConnectorOrigination"]
    source  = "chime.resourceVoiceConnectorOriginationRead"
  }

  create {
    actions = ["chime:GetVoiceConnectorOrigination", "chime:PutVoiceConnectorOrigination"]
    source  = "chime.resourceVoiceConnectorOriginationCreate"
  }

  update {
    attributes = []
    actions    = ["chime:PutVoiceConnectorOrigination"]
    source     = "chime.resourceVoiceConnectorOriginationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["chime:DeleteVoiceConnectorOrigination"]
    source  = "chime.resourceVoiceConnectorOriginationDelete"
  }
}

resource "aws_chime_voice_connector_streaming" {
  service = "chime"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chime.resourceVoiceConnectorStreamingCreate, chime.resourceVoiceConnectorStreamingRead, chime.resourceVoiceConnectorStreamingUpdate, chime.resourceVoiceConnectorStreamingDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: chime:DeleteVoiceConnectorStreamingConfiguration, chime:GetVoiceConnectorStreamingConfiguration, chime:PutVoiceConnectorStreamingConfiguration"

  read {
    actions = ["chime:GetVoiceConnectorStreamingConfiguration"]
    source  = "chime.resourceVoiceConnectorStreamingRead"
  }

  create {
    actions = [
      "chime:GetVoiceConnectorStreamingConfiguration",
      "chime:PutVoiceConnectorStreamingConfiguration",
    ]
    source  = "chime.resourceVoiceConnectorStreamingCreate"
  }

  update {
    attributes = []
    actions    = ["chime:PutVoiceConnectorStreamingConfiguration"]
    source     = "chime.resourceVoiceConnectorStreamingUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["chime:DeleteVoiceConnectorStreamingConfiguration"]
    source  = "chime.resourceVoiceConnectorStreamingDelete"
  }
}

resource "aws_chime_voice_connector_termination" {
  service = "chime"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chime.resourceVoiceConnectorTerminationCreate, chime.resourceVoiceConnectorTerminationRead, chime.resourceVoiceConnectorTerminationUpdate, chime.resourceVoiceConnectorTerminationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: chime:DeleteVoiceConnectorTermination, chime:GetVoiceConnectorTermination, chime:PutVoiceConnectorTermination"

  read {
    actions = ["chime:GetVoiceConnectorTermination"]
    source  = "chime.resourceVoiceConnectorTerminationRead"
  }

  create {
    actions = ["chime:GetVoiceConnectorTermination", "chime:PutVoiceConnectorTermination"]
    source  = "chime.resourceVoiceConnectorTerminationCreate"
  }

  update {
    attributes = []
    actions    = ["chime:PutVoiceConnectorTermination"]
    source     = "chime.resourceVoiceConnectorTerminationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["chime:DeleteVoiceConnectorTermination"]
    source  = "chime.resourceVoiceConnectorTerminationDelete"
  }
}

resource "aws_chime_voice_connector_termination_credentials" {
  service = "chime"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chime.resourceVoiceConnectorTerminationCredentialsCreate, chime.resourceVoiceConnectorTerminationCredentialsRead, chime.resourceVoiceConnectorTerminationCredentialsUpdate, chime.resourceVoiceConnectorTerminationCredentialsDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: chime:DeleteVoiceConnectorTerminationCredentials, chime:ListVoiceConnectorTerminationCredentials, chime:PutVoiceConnectorTerminationCredentials"

  read {
    actions = ["chime:ListVoiceConnectorTerminationCredentials"]
    source  = "chime.resourceVoiceConnectorTerminationCredentialsRead"
  }

  create {
    actions = [
      "chime:ListVoiceConnectorTerminationCredentials",
      "chime:PutVoiceConnectorTerminationCredentials",
    ]
    source  = "chime.resourceVoiceConnectorTerminationCredentialsCreate"
  }

  update {
    attributes = []
    actions    = ["chime:PutVoiceConnectorTerminationCredentials"]
    source     = "chime.resourceVoiceConnectorTerminationCredentialsUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["chime:DeleteVoiceConnectorTerminationCredentials"]
    source  = "chime.resourceVoiceConnectorTerminationCredentialsDelete"
  }
}

resource "aws_chimesdkmediapipelines_media_insights_pipeline_configuration" {
  service = "chime"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chimesdkmediapipelines.resourceMediaInsightsPipelineConfigurationCreate, chimesdkmediapipelines.resourceMediaInsightsPipelineConfigurationRead, chimesdkmediapipelines.resourceMediaInsightsPipelineConfigurationUpdate, chimesdkmediapipelines.resourceMediaInsightsPipelineConfigurationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: chime:CreateMediaInsightsPipelineConfiguration, chime:DeleteMediaInsightsPipelineConfiguration, chime:GetMediaInsightsPipelineConfiguration, chime:ListTagsForResource, chime:TagResource, chime:UntagResource, chime:UpdateMediaInsightsPipelineConfiguration"

  read {
    actions = ["chime:GetMediaInsightsPipelineConfiguration", "chime:ListTagsForResource"]
    source  = "chimesdkmediapipelines.resourceMediaInsightsPipelineConfigurationRead + chimesdkmediapipelines.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "chime:CreateMediaInsightsPipelineConfiguration",
      "chime:GetMediaInsightsPipelineConfiguration",
    ]
    source  = "chimesdkmediapipelines.resourceMediaInsightsPipelineConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["chime:UpdateMediaInsightsPipelineConfiguration"]
    source     = "chimesdkmediapipelines.resourceMediaInsightsPipelineConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["chime:TagResource", "chime:UntagResource"]
    source     = "chimesdkmediapipelines.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["chime:DeleteMediaInsightsPipelineConfiguration"]
    source  = "chimesdkmediapipelines.resourceMediaInsightsPipelineConfigurationDelete"
  }
}

resource "aws_chimesdkvoice_global_settings" {
  service = "chime"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chimesdkvoice.resourceGlobalSettingsUpdate, chimesdkvoice.resourceGlobalSettingsRead (no call-graph entry), chimesdkvoice.resourceGlobalSettingsDelete) + iamlive-map 2022-08-19 + pike resource/chime/aws_chimesdkvoice_global_settings.json for read"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): read chimesdkvoice.resourceGlobalSettingsRead (no call-graph entry); not in iamlive-map, identical IAM name used: chime:UpdateGlobalSettings"

  read {
    actions = ["chime:GetGlobalSettings"]
    source  = "import: pike resource/chime/aws_chimesdkvoice_global_settings.json (read re-phased from Pike's lists: the call graph has no entry for chimesdkvoice.resourceGlobalSettingsRead)"
  }

  create {
    actions = ["chime:UpdateGlobalSettings"]
    source  = "chimesdkvoice.resourceGlobalSettingsUpdate"
  }

  update {
    attributes = []
    actions    = ["chime:UpdateGlobalSettings"]
    source     = "chimesdkvoice.resourceGlobalSettingsUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["chime:UpdateGlobalSettings"]
    source  = "chimesdkvoice.resourceGlobalSettingsDelete"
  }
}

resource "aws_chimesdkvoice_sip_media_application" {
  service = "chime"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chimesdkvoice.resourceSipMediaApplicationCreate, chimesdkvoice.resourceSipMediaApplicationRead, chimesdkvoice.resourceSipMediaApplicationUpdate, chimesdkvoice.resourceSipMediaApplicationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: chime:CreateSipMediaApplication, chime:DeleteSipMediaApplication, chime:GetSipMediaApplication, chime:ListTagsForResource, chime:TagResource, chime:UntagResource, chime:UpdateSipMediaApplication"

  read {
    actions = ["chime:GetSipMediaApplication", "chime:ListTagsForResource"]
    source  = "chimesdkvoice.resourceSipMediaApplicationRead + chimesdkvoice.(*servicePackage).ListTags"
  }

  create {
    actions = ["chime:CreateSipMediaApplication", "chime:GetSipMediaApplication"]
    source  = "chimesdkvoice.resourceSipMediaApplicationCreate"
  }

  update {
    attributes = []
    actions    = ["chime:UpdateSipMediaApplication"]
    source     = "chimesdkvoice.resourceSipMediaApplicationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["chime:TagResource", "chime:UntagResource"]
    source     = "chimesdkvoice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["chime:DeleteSipMediaApplication"]
    source  = "chimesdkvoice.resourceSipMediaApplicationDelete"
  }
}

resource "aws_chimesdkvoice_sip_rule" {
  service = "chime"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chimesdkvoice.resourceSipRuleCreate, chimesdkvoice.resourceSipRuleRead, chimesdkvoice.resourceSipRuleUpdate, chimesdkvoice.resourceSipRuleDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: chime:CreateSipRule, chime:DeleteSipRule, chime:GetSipRule, chime:UpdateSipRule"

  read {
    actions = ["chime:GetSipRule"]
    source  = "chimesdkvoice.resourceSipRuleRead"
  }

  create {
    actions = ["chime:CreateSipRule", "chime:GetSipRule"]
    source  = "chimesdkvoice.resourceSipRuleCreate"
  }

  update {
    attributes = []
    actions    = ["chime:UpdateSipRule"]
    source     = "chimesdkvoice.resourceSipRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["chime:DeleteSipRule"]
    source  = "chimesdkvoice.resourceSipRuleDelete"
  }
}

resource "aws_chimesdkvoice_voice_profile_domain" {
  service = "chime"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chimesdkvoice.resourceVoiceProfileDomainCreate, chimesdkvoice.resourceVoiceProfileDomainRead, chimesdkvoice.resourceVoiceProfileDomainUpdate, chimesdkvoice.resourceVoiceProfileDomainDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: chime:CreateVoiceProfileDomain, chime:DeleteVoiceProfileDomain, chime:GetVoiceProfileDomain, chime:ListTagsForResource, chime:TagResource, chime:UntagResource, chime:UpdateVoiceProfileDomain"

  read {
    actions = ["chime:GetVoiceProfileDomain", "chime:ListTagsForResource"]
    source  = "chimesdkvoice.resourceVoiceProfileDomainRead + chimesdkvoice.(*servicePackage).ListTags"
  }

  create {
    actions = ["chime:CreateVoiceProfileDomain", "chime:GetVoiceProfileDomain"]
    source  = "chimesdkvoice.resourceVoiceProfileDomainCreate"
  }

  update {
    attributes = []
    actions    = ["chime:UpdateVoiceProfileDomain"]
    source     = "chimesdkvoice.resourceVoiceProfileDomainUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["chime:TagResource", "chime:UntagResource"]
    source     = "chimesdkvoice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["chime:DeleteVoiceProfileDomain"]
    source  = "chimesdkvoice.resourceVoiceProfileDomainDelete"
  }
}
