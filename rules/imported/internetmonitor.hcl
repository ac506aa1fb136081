# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_internetmonitor_monitor" {
  service = "internetmonitor"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (internetmonitor.resourceMonitorCreate, internetmonitor.resourceMonitorRead, internetmonitor.resourceMonitorUpdate, internetmonitor.resourceMonitorDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: internetmonitor:CreateMonitor, internetmonitor:DeleteMonitor, internetmonitor:GetMonitor, internetmonitor:ListTagsForResource, internetmonitor:TagResource, internetmonitor:UntagResource, internetmonitor:UpdateMonitor"

  read {
    actions = ["internetmonitor:GetMonitor", "internetmonitor:ListTagsForResource"]
    source  = "internetmonitor.resourceMonitorRead + internetmonitor.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "internetmonitor:CreateMonitor",
      "internetmonitor:GetMonitor",
      "internetmonitor:UpdateMonitor",
    ]
    source  = "internetmonitor.resourceMonitorCreate"
  }

  update {
    attributes = []
    actions    = ["internetmonitor:UpdateMonitor"]
    source     = "internetmonitor.resourceMonitorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["internetmonitor:TagResource", "internetmonitor:UntagResource"]
    source     = "internetmonitor.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "internetmonitor:DeleteMonitor",
      "internetmonitor:GetMonitor",
      "internetmonitor:UpdateMonitor",
    ]
    source  = "internetmonitor.resourceMonitorDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
