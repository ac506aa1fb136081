# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_sns_platform_application" {
  service = "sns"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sns.resourcePlatformApplicationCreate, sns.resourcePlatformApplicationRead, sns.resourcePlatformApplicationUpdate, sns.resourcePlatformApplicationDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sns.CreatePlatformApplication, sns.SetPlatformApplicationAttributes (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sns:GetPlatformApplicationAttributes"]
    source  = "sns.resourcePlatformApplicationRead"
  }

  create {
    actions = ["sns:CreatePlatformApplication", "sns:GetPlatformApplicationAttributes"]
    source  = "sns.resourcePlatformApplicationCreate"
  }

  update {
    attributes = []
    actions    = ["sns:SetPlatformApplicationAttributes"]
    source     = "sns.resourcePlatformApplicationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["sns:DeletePlatformApplication"]
    source  = "sns.resourcePlatformApplicationDelete"
  }
}

resource "aws_sns_sms_preferences" {
  service = "sns"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sns.resourceSMSPreferencesSet, sns.resourceSMSPreferencesGet, sns.resourceSMSPreferencesDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sns:GetSMSAttributes"]
    source  = "sns.resourceSMSPreferencesGet"
  }

  create {
    actions = ["sns:SetSMSAttributes"]
    source  = "sns.resourceSMSPreferencesSet"
  }

  update {
    attributes = []
    actions    = ["sns:SetSMSAttributes"]
    source     = "sns.resourceSMSPreferencesSet"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["sns:SetSMSAttributes"]
    source  = "sns.resourceSMSPreferencesDelete"
  }
}

resource "aws_sns_topic_data_protection_policy" {
  service = "sns"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sns.resourceTopicDataProtectionPolicyUpsert, sns.resourceTopicDataProtectionPolicyRead, sns.resourceTopicDataProtectionPolicyDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sns:GetDataProtectionPolicy, sns:PutDataProtectionPolicy"

  read {
    actions = ["sns:GetDataProtectionPolicy"]
    source  = "sns.resourceTopicDataProtectionPolicyRead"
  }

  create {
    actions = ["sns:GetDataProtectionPolicy", "sns:PutDataProtectionPolicy"]
    source  = "sns.resourceTopicDataProtectionPolicyUpsert"
  }

  update {
    attributes = []
    actions    = ["sns:PutDataProtectionPolicy"]
    source     = "sns.resourceTopicDataProtectionPolicyUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["sns:PutDataProtectionPolicy"]
    source  = "sns.resourceTopicDataProtectionPolicyDelete"
  }
}
