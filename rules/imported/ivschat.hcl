# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_ivschat_logging_configuration" {
  service = "ivschat"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ivschat.resourceLoggingConfigurationCreate, ivschat.resourceLoggingConfigurationRead, ivschat.resourceLoggingConfigurationUpdate, ivschat.resourceLoggingConfigurationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ivschat:CreateLoggingConfiguration, ivschat:DeleteLoggingConfiguration, ivschat:GetLoggingConfiguration, ivschat:UpdateLoggingConfiguration"

  read {
    actions = ["ivschat:GetLoggingConfiguration", "ivschat:ListTagsForResource"]
    source  = "ivschat.resourceLoggingConfigurationRead + ivschat.(*servicePackage).ListTags"
  }

  create {
    actions = ["ivschat:CreateLoggingConfiguration", "ivschat:GetLoggingConfiguration"]
    source  = "ivschat.resourceLoggingConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["ivschat:UpdateLoggingConfiguration"]
    source     = "ivschat.resourceLoggingConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ivschat:TagResource", "ivschat:UntagResource"]
    source     = "ivschat.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ivschat:DeleteLoggingConfiguration", "ivschat:GetLoggingConfiguration"]
    source  = "ivschat.resourceLoggingConfigurationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ivschat_room" {
  service = "ivschat"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ivschat.resourceRoomCreate, ivschat.resourceRoomRead, ivschat.resourceRoomUpdate, ivschat.resourceRoomDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ivschat:GetRoom", "ivschat:ListTagsForResource"]
    source  = "ivschat.resourceRoomRead + ivschat.(*servicePackage).ListTags"
  }

  create {
    actions = ["ivschat:CreateRoom", "ivschat:GetRoom"]
    source  = "ivschat.resourceRoomCreate"
  }

  update {
    attributes = []
    actions    = ["ivschat:UpdateRoom"]
    source     = "ivschat.resourceRoomUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ivschat:TagResource", "ivschat:UntagResource"]
    source     = "ivschat.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ivschat:DeleteRoom", "ivschat:GetRoom"]
    source  = "ivschat.resourceRoomDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
