# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_autoscalingplans_scaling_plan" {
  service = "autoscaling-plans"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (autoscalingplans.resourceScalingPlanCreate, autoscalingplans.resourceScalingPlanRead, autoscalingplans.resourceScalingPlanUpdate, autoscalingplans.resourceScalingPlanDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["autoscaling-plans:DescribeScalingPlans"]
    source  = "autoscalingplans.resourceScalingPlanRead"
  }

  create {
    actions = ["autoscaling-plans:CreateScalingPlan", "autoscaling-plans:DescribeScalingPlans"]
    source  = "autoscalingplans.resourceScalingPlanCreate"
  }

  update {
    attributes = []
    actions    = ["autoscaling-plans:UpdateScalingPlan"]
    source     = "autoscalingplans.resourceScalingPlanUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["autoscaling-plans:DeleteScalingPlan", "autoscaling-plans:DescribeScalingPlans"]
    source  = "autoscalingplans.resourceScalingPlanDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
