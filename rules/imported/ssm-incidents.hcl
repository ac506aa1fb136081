# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_ssmincidents_replication_set" {
  service = "ssm-incidents"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssmincidents.resourceReplicationSetCreate, ssmincidents.resourceReplicationSetRead, ssmincidents.resourceReplicationSetUpdate, ssmincidents.resourceReplicationSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ssm-incidents:GetReplicationSet", "ssm-incidents:ListTagsForResource"]
    source  = "ssmincidents.resourceReplicationSetRead + ssmincidents.(*servicePackage).ListTags"
  }

  create {
    actions = ["ssm-incidents:CreateReplicationSet", "ssm-incidents:GetReplicationSet"]
    source  = "ssmincidents.resourceReplicationSetCreate"
  }

  update {
    attributes = []
    actions    = ["ssm-incidents:UpdateReplicationSet"]
    source     = "ssmincidents.resourceReplicationSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ssm-incidents:TagResource", "ssm-incidents:UntagResource"]
    source     = "ssmincidents.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ssm-incidents:DeleteReplicationSet", "ssm-incidents:GetReplicationSet"]
    source  = "ssmincidents.resourceReplicationSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ssmincidents_response_plan" {
  service = "ssm-incidents"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssmincidents.resourceResponsePlanCreate, ssmincidents.resourceResponsePlanRead, ssmincidents.resourceResponsePlanUpdate, ssmincidents.resourceResponsePlanDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by ssm-incidents.CreateResponsePlan, ssm-incidents.UpdateResponsePlan (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["ssm-incidents:GetResponsePlan", "ssm-incidents:ListTagsForResource"]
    source  = "ssmincidents.resourceResponsePlanRead + ssmincidents.(*servicePackage).ListTags"
  }

  create {
    actions = ["ssm-incidents:CreateResponsePlan", "ssm-incidents:GetResponsePlan"]
    source  = "ssmincidents.resourceResponsePlanCreate"
  }

  update {
    attributes = []
    actions    = ["ssm-incidents:UpdateResponsePlan"]
    source     = "ssmincidents.resourceResponsePlanUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ssm-incidents:TagResource", "ssm-incidents:UntagResource"]
    source     = "ssmincidents.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ssm-incidents:DeleteResponsePlan"]
    source  = "ssmincidents.resourceResponsePlanDelete"
  }
}

data "aws_ssmincidents_replication_set" {
  service = "ssm-incidents"
  source  = "import: pike data/ssm-incidents/aws_ssmincidents_replication_set.json"

  read {
    actions = ["ssm-incidents:ListReplicationSets"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
