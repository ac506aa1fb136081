# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_appautoscaling_scheduled_action" {
  service = "application-autoscaling"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appautoscaling.resourceScheduledActionPut, appautoscaling.resourceScheduledActionRead, appautoscaling.resourceScheduledActionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["application-autoscaling:DescribeScheduledActions"]
    source  = "appautoscaling.resourceScheduledActionRead"
  }

  create {
    actions = [
      "application-autoscaling:DescribeScheduledActions",
      "application-autoscaling:PutScheduledAction",
    ]
    source  = "appautoscaling.resourceScheduledActionPut"
  }

  update {
    attributes = []
    actions    = ["application-autoscaling:PutScheduledAction"]
    source     = "appautoscaling.resourceScheduledActionPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["application-autoscaling:DeleteScheduledAction"]
    source  = "appautoscaling.resourceScheduledActionDelete"
  }
}
