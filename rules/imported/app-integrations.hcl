# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_appintegrations_data_integration" {
  service = "app-integrations"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appintegrations.resourceDataIntegrationCreate, appintegrations.resourceDataIntegrationRead, appintegrations.resourceDataIntegrationUpdate, appintegrations.resourceDataIntegrationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["app-integrations:GetDataIntegration", "app-integrations:ListTagsForResource"]
    source  = "appintegrations.resourceDataIntegrationRead + appintegrations.(*servicePackage).ListTags"
  }

  create {
    actions = ["app-integrations:CreateDataIntegration", "app-integrations:GetDataIntegration"]
    source  = "appintegrations.resourceDataIntegrationCreate"
  }

  update {
    attributes = []
    actions    = ["app-integrations:UpdateDataIntegration"]
    source     = "appintegrations.resourceDataIntegrationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["app-integrations:TagResource", "app-integrations:UntagResource"]
    source     = "appintegrations.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["app-integrations:DeleteDataIntegration"]
    source  = "appintegrations.resourceDataIntegrationDelete"
  }
}

resource "aws_appintegrations_event_integration" {
  service = "app-integrations"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appintegrations.resourceEventIntegrationCreate, appintegrations.resourceEventIntegrationRead, appintegrations.resourceEventIntegrationUpdate, appintegrations.resourceEventIntegrationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["app-integrations:GetEventIntegration", "app-integrations:ListTagsForResource"]
    source  = "appintegrations.resourceEventIntegrationRead + appintegrations.(*servicePackage).ListTags"
  }

  create {
    actions = ["app-integrations:CreateEventIntegration", "app-integrations:GetEventIntegration"]
    source  = "appintegrations.resourceEventIntegrationCreate"
  }

  update {
    attributes = []
    actions    = ["app-integrations:UpdateEventIntegration"]
    source     = "appintegrations.resourceEventIntegrationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["app-integrations:TagResource", "app-integrations:UntagResource"]
    source     = "appintegrations.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["app-integrations:DeleteEventIntegration"]
    source  = "appintegrations.resourceEventIntegrationDelete"
  }
}
