# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_ssmquicksetup_configuration_manager" {
  service = "ssm-quicksetup"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssmquicksetup.(*configurationManagerResource).Create, ssmquicksetup.(*configurationManagerResource).Read, ssmquicksetup.(*configurationManagerResource).Update, ssmquicksetup.(*configurationManagerResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ssm-quicksetup:CreateConfigurationManager, ssm-quicksetup:DeleteConfigurationManager, ssm-quicksetup:GetConfigurationManager, ssm-quicksetup:ListTagsForResource, ssm-quicksetup:TagResource, ssm-quicksetup:UntagResource, ssm-quicksetup:UpdateConfigurationDefinition, ssm-quicksetup:UpdateConfigurationManager"

  read {
    actions = ["ssm-quicksetup:GetConfigurationManager", "ssm-quicksetup:ListTagsForResource"]
    source  = "ssmquicksetup.(*configurationManagerResource).Read + ssmquicksetup.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ssm-quicksetup:CreateConfigurationManager",
      "ssm-quicksetup:GetConfigurationManager",
    ]
    source  = "ssmquicksetup.(*configurationManagerResource).Create"
  }

  update {
    attributes = []
    actions    = [
      "ssm-quicksetup:UpdateConfigurationDefinition",
      "ssm-quicksetup:UpdateConfigurationManager",
    ]
    source     = "ssmquicksetup.(*configurationManagerResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ssm-quicksetup:TagResource", "ssm-quicksetup:UntagResource"]
    source     = "ssmquicksetup.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "ssm-quicksetup:DeleteConfigurationManager",
      "ssm-quicksetup:GetConfigurationManager",
    ]
    source  = "ssmquicksetup.(*configurationManagerResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
