# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_networkmonitor_monitor" {
  service = "networkmonitor"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmonitor.(*monitorResource).Create, networkmonitor.(*monitorResource).Read, networkmonitor.(*monitorResource).Update, networkmonitor.(*monitorResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: networkmonitor:CreateMonitor, networkmonitor:DeleteMonitor, networkmonitor:GetMonitor, networkmonitor:ListTagsForResource, networkmonitor:TagResource, networkmonitor:UntagResource, networkmonitor:UpdateMonitor"

  read {
    actions = ["networkmonitor:GetMonitor", "networkmonitor:ListTagsForResource"]
    source  = "networkmonitor.(*monitorResource).Read + networkmonitor.(*servicePackage).ListTags"
  }

  create {
    actions = ["networkmonitor:CreateMonitor", "networkmonitor:GetMonitor"]
    source  = "networkmonitor.(*monitorResource).Create"
  }

  update {
    attributes = []
    actions    = ["networkmonitor:UpdateMonitor"]
    source     = "networkmonitor.(*monitorResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmonitor:TagResource", "networkmonitor:UntagResource"]
    source     = "networkmonitor.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["networkmonitor:DeleteMonitor", "networkmonitor:GetMonitor"]
    source  = "networkmonitor.(*monitorResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmonitor_probe" {
  service = "networkmonitor"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmonitor.(*probeResource).Create, networkmonitor.(*probeResource).Read, networkmonitor.(*probeResource).Update, networkmonitor.(*probeResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: networkmonitor:CreateProbe, networkmonitor:DeleteProbe, networkmonitor:GetProbe, networkmonitor:ListTagsForResource, networkmonitor:TagResource, networkmonitor:UntagResource, networkmonitor:UpdateProbe"

  read {
    actions = ["networkmonitor:GetProbe", "networkmonitor:ListTagsForResource"]
    source  = "networkmonitor.(*probeResource).Read + networkmonitor.(*servicePackage).ListTags"
  }

  create {
    actions = ["networkmonitor:CreateProbe", "networkmonitor:GetProbe"]
    source  = "networkmonitor.(*probeResource).Create"
  }

  update {
    attributes = []
    actions    = ["networkmonitor:UpdateProbe"]
    source     = "networkmonitor.(*probeResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmonitor:TagResource", "networkmonitor:UntagResource"]
    source     = "networkmonitor.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["networkmonitor:DeleteProbe", "networkmonitor:GetProbe"]
    source  = "networkmonitor.(*probeResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
