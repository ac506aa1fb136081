# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_arcregionswitch_plan" {
  service = "arc-region-switch"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (arcregionswitch.(*resourcePlan).Create, arcregionswitch.(*resourcePlan).Read, arcregionswitch.(*resourcePlan).Update, arcregionswitch.(*resourcePlan).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: arc-region-switch:CreatePlan, arc-region-switch:DeletePlan, arc-region-switch:GetPlan, arc-region-switch:ListRoute53HealthChecks, arc-region-switch:ListTagsForResource, arc-region-switch:TagResource, arc-region-switch:UntagResource, arc-region-switch:UpdatePlan"

  read {
    actions = ["arc-region-switch:GetPlan", "arc-region-switch:ListTagsForResource"]
    source  = "arcregionswitch.(*resourcePlan).Read + arcregionswitch.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "arc-region-switch:CreatePlan",
      "arc-region-switch:GetPlan",
      "arc-region-switch:ListRoute53HealthChecks",
    ]
    source  = "arcregionswitch.(*resourcePlan).Create"
  }

  update {
    attributes = []
    actions    = ["arc-region-switch:UpdatePlan"]
    source     = "arcregionswitch.(*resourcePlan).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["arc-region-switch:TagResource", "arc-region-switch:UntagResource"]
    source     = "arcregionswitch.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["arc-region-switch:DeletePlan", "arc-region-switch:GetPlan"]
    source  = "arcregionswitch.(*resourcePlan).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
