# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_networkflowmonitor_monitor" {
  service = "networkflowmonitor"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkflowmonitor.(*monitorResource).Create, networkflowmonitor.(*monitorResource).Read, networkflowmonitor.(*monitorResource).Update, networkflowmonitor.(*monitorResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: networkflowmonitor:CreateMonitor, networkflowmonitor:DeleteMonitor, networkflowmonitor:GetMonitor, networkflowmonitor:ListTagsForResource, networkflowmonitor:TagResource, networkflowmonitor:UntagResource, networkflowmonitor:UpdateMonitor"

  read {
    actions = ["networkflowmonitor:GetMonitor", "networkflowmonitor:ListTagsForResource"]
    source  = "networkflowmonitor.(*monitorResource).Read + networkflowmonitor.(*servicePackage).ListTags"
  }

  create {
    actions = ["networkflowmonitor:CreateMonitor", "networkflowmonitor:GetMonitor"]
    source  = "networkflowmonitor.(*monitorResource).Create"
  }

  update {
    attributes = []
    actions    = ["networkflowmonitor:UpdateMonitor"]
    source     = "networkflowmonitor.(*monitorResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkflowmonitor:TagResource", "networkflowmonitor:UntagResource"]
    source     = "networkflowmonitor.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["networkflowmonitor:DeleteMonitor", "networkflowmonitor:GetMonitor"]
    source  = "networkflowmonitor.(*monitorResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkflowmonitor_scope" {
  service = "networkflowmonitor"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkflowmonitor.(*scopeResource).Create, networkflowmonitor.(*scopeResource).Read, networkflowmonitor.(*scopeResource).Update, networkflowmonitor.(*scopeResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: networkflowmonitor:CreateScope, networkflowmonitor:DeleteScope, networkflowmonitor:GetScope, networkflowmonitor:ListTagsForResource, networkflowmonitor:TagResource, networkflowmonitor:UntagResource, networkflowmonitor:UpdateScope"

  read {
    actions = ["networkflowmonitor:GetScope", "networkflowmonitor:ListTagsForResource"]
    source  = "networkflowmonitor.(*scopeResource).Read + networkflowmonitor.(*servicePackage).ListTags"
  }

  create {
    actions = ["networkflowmonitor:CreateScope", "networkflowmonitor:GetScope"]
    source  = "networkflowmonitor.(*scopeResource).Create"
  }

  update {
    attributes = []
    actions    = ["networkflowmonitor:UpdateScope"]
    source     = "networkflowmonitor.(*scopeResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkflowmonitor:TagResource", "networkflowmonitor:UntagResource"]
    source     = "networkflowmonitor.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["networkflowmonitor:DeleteScope", "networkflowmonitor:GetScope"]
    source  = "networkflowmonitor.(*scopeResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
