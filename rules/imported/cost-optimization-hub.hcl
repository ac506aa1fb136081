# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_costoptimizationhub_enrollment_status" {
  service = "cost-optimization-hub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (costoptimizationhub.(*enrollmentStatusResource).Create, costoptimizationhub.(*enrollmentStatusResource).Read, costoptimizationhub.(*enrollmentStatusResource).Update, costoptimizationhub.(*enrollmentStatusResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cost-optimization-hub:ListEnrollmentStatuses, cost-optimization-hub:UpdateEnrollmentStatus"

  read {
    actions = ["cost-optimization-hub:ListEnrollmentStatuses"]
    source  = "costoptimizationhub.(*enrollmentStatusResource).Read"
  }

  create {
    actions = ["cost-optimization-hub:UpdateEnrollmentStatus"]
    source  = "costoptimizationhub.(*enrollmentStatusResource).Create"
  }

  update {
    attributes = []
    actions    = ["cost-optimization-hub:UpdateEnrollmentStatus"]
    source     = "costoptimizationhub.(*enrollmentStatusResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cost-optimization-hub:UpdateEnrollmentStatus"]
    source  = "costoptimizationhub.(*enrollmentStatusResource).Delete"
  }
}

resource "aws_costoptimizationhub_preferences" {
  service = "cost-optimization-hub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (costoptimizationhub.(*preferencesResource).Create, costoptimizationhub.(*preferencesResource).Read, costoptimizationhub.(*preferencesResource).Update, costoptimizationhub.(*preferencesResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cost-optimization-hub:GetPreferences, cost-optimization-hub:UpdatePreferences"

  read {
    actions = ["cost-optimization-hub:GetPreferences"]
    source  = "costoptimizationhub.(*preferencesResource).Read"
  }

  create {
    actions = ["cost-optimization-hub:UpdatePreferences"]
    source  = "costoptimizationhub.(*preferencesResource).Create"
  }

  update {
    attributes = []
    actions    = ["cost-optimization-hub:UpdatePreferences"]
    source     = "costoptimizationhub.(*preferencesResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cost-optimization-hub:UpdatePreferences"]
    source  = "costoptimizationhub.(*preferencesResource).Delete"
  }
}
