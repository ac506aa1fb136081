# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_appflow_connector_profile" {
  service = "appflow"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appflow.resourceConnectorProfileCreate, appflow.resourceConnectorProfileRead, appflow.resourceConnectorProfileUpdate, appflow.resourceConnectorProfileDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by appflow.CreateConnectorProfile, appflow.UpdateConnectorProfile (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["appflow:DescribeConnectorProfiles"]
    source  = "appflow.resourceConnectorProfileRead"
  }

  create {
    actions = ["appflow:CreateConnectorProfile", "appflow:DescribeConnectorProfiles"]
    source  = "appflow.resourceConnectorProfileCreate"
  }

  update {
    attributes = []
    actions    = ["appflow:UpdateConnectorProfile"]
    source     = "appflow.resourceConnectorProfileUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["appflow:DeleteConnectorProfile"]
    source  = "appflow.resourceConnectorProfileDelete"
  }
}

resource "aws_appflow_flow" {
  service = "appflow"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appflow.resourceFlowCreate, appflow.resourceFlowRead, appflow.resourceFlowUpdate, appflow.resourceFlowDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appflow:DescribeFlow", "appflow:ListTagsForResource"]
    source  = "appflow.resourceFlowRead + appflow.(*servicePackage).ListTags"
  }

  create {
    actions = ["appflow:CreateFlow", "appflow:DescribeFlow"]
    source  = "appflow.resourceFlowCreate"
  }

  update {
    attributes = []
    actions    = ["appflow:UpdateFlow"]
    source     = "appflow.resourceFlowUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appflow:TagResource", "appflow:UntagResource"]
    source     = "appflow.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appflow:DeleteFlow", "appflow:DescribeFlow"]
    source  = "appflow.resourceFlowDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
