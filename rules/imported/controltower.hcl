# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_controltower_baseline" {
  service = "controltower"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (controltower.(*resourceBaseline).Create, controltower.(*resourceBaseline).Read, controltower.(*resourceBaseline).Update, controltower.(*resourceBaseline).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: controltower:DisableBaseline, controltower:EnableBaseline, controltower:GetEnabledBaseline, controltower:ListTagsForResource, controltower:TagResource, controltower:UntagResource, controltower:UpdateEnabledBaseline"

  read {
    actions = ["controltower:GetEnabledBaseline", "controltower:ListTagsForResource"]
    source  = "controltower.(*resourceBaseline).Read + controltower.(*servicePackage).ListTags"
  }

  create {
    actions = ["controltower:EnableBaseline", "controltower:GetEnabledBaseline"]
    source  = "controltower.(*resourceBaseline).Create"
  }

  update {
    attributes = []
    actions    = ["controltower:UpdateEnabledBaseline"]
    source     = "controltower.(*resourceBaseline).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["controltower:TagResource", "controltower:UntagResource"]
    source     = "controltower.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["controltower:DisableBaseline", "controltower:GetEnabledBaseline"]
    source  = "controltower.(*resourceBaseline).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_controltower_control" {
  service = "controltower"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (controltower.resourceControlCreate, controltower.resourceControlRead, controltower.resourceControlUpdate, controltower.resourceControlDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: controltower:DisableControl, controltower:EnableControl, controltower:GetControlOperation, controltower:GetEnabledControl, controltower:ListEnabledControls, controltower:UpdateEnabledControl"

  read {
    actions = ["controltower:GetEnabledControl", "controltower:ListEnabledControls"]
    source  = "controltower.resourceControlRead"
  }

  create {
    actions = [
      "controltower:EnableControl",
      "controltower:GetControlOperation",
      "controltower:GetEnabledControl",
      "controltower:ListEnabledControls",
    ]
    source  = "controltower.resourceControlCreate"
  }

  update {
    attributes = []
    actions    = ["controltower:UpdateEnabledControl"]
    source     = "controltower.resourceControlUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["controltower:DisableControl", "controltower:GetControlOperation"]
    source  = "controltower.resourceControlDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_controltower_landing_zone" {
  service = "controltower"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (controltower.resourceLandingZoneCreate, controltower.resourceLandingZoneRead, controltower.resourceLandingZoneUpdate, controltower.resourceLandingZoneDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: controltower:CreateLandingZone, controltower:DeleteLandingZone, controltower:GetLandingZone, controltower:GetLandingZoneOperation, controltower:ListTagsForResource, controltower:TagResource, controltower:UntagResource, controltower:UpdateLandingZone"

  read {
    actions = ["controltower:GetLandingZone", "controltower:ListTagsForResource"]
    source  = "controltower.resourceLandingZoneRead + controltower.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "controltower:CreateLandingZone",
      "controltower:GetLandingZone",
      "controltower:GetLandingZoneOperation",
    ]
    source  = "controltower.resourceLandingZoneCreate"
  }

  update {
    attributes = []
    actions    = ["controltower:UpdateLandingZone"]
    source     = "controltower.resourceLandingZoneUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["controltower:TagResource", "controltower:UntagResource"]
    source     = "controltower.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["controltower:DeleteLandingZone", "controltower:GetLandingZoneOperation"]
    source  = "controltower.resourceLandingZoneDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_controltower_controls" {
  service = "controltower"
  source  = "import: pike data/controltower/aws_controltower_controls.json"

  read {
    actions = ["controltower:ListEnabledControls"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
