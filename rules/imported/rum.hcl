# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_rum_app_monitor" {
  service = "rum"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rum.resourceAppMonitorCreate, rum.resourceAppMonitorRead, rum.resourceAppMonitorUpdate, rum.resourceAppMonitorDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rum:GetAppMonitor"]
    source  = "rum.resourceAppMonitorRead"
  }

  create {
    actions = [
      "iam:CreateServiceLinkedRole",
      "iam:GetRole",
      "rum:CreateAppMonitor",
      "rum:GetAppMonitor",
    ]
    source  = "rum.resourceAppMonitorCreate"
  }

  update {
    attributes = []
    actions    = ["iam:CreateServiceLinkedRole", "rum:UpdateAppMonitor"]
    source     = "rum.resourceAppMonitorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rum:TagResource", "rum:UntagResource"]
    source     = "rum.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rum:DeleteAppMonitor"]
    source  = "rum.resourceAppMonitorDelete"
  }
}

resource "aws_rum_metrics_destination" {
  service = "rum"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rum.resourceMetricsDestinationPut, rum.resourceMetricsDestinationRead, rum.resourceMetricsDestinationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: rum:DeleteRumMetricsDestination, rum:ListRumMetricsDestinations, rum:PutRumMetricsDestination"

  read {
    actions = ["rum:ListRumMetricsDestinations"]
    source  = "rum.resourceMetricsDestinationRead"
  }

  create {
    actions = ["rum:ListRumMetricsDestinations", "rum:PutRumMetricsDestination"]
    source  = "rum.resourceMetricsDestinationPut"
  }

  update {
    attributes = []
    actions    = ["rum:PutRumMetricsDestination"]
    source     = "rum.resourceMetricsDestinationPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["rum:DeleteRumMetricsDestination"]
    source  = "rum.resourceMetricsDestinationDelete"
  }
}
