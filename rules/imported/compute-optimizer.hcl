# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_computeoptimizer_enrollment_status" {
  service = "compute-optimizer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (computeoptimizer.(*enrollmentStatusResource).Create, computeoptimizer.(*enrollmentStatusResource).Read, computeoptimizer.(*enrollmentStatusResource).Update) + iamlive-map 2022-08-19"

  read {
    actions = ["compute-optimizer:GetEnrollmentStatus"]
    source  = "computeoptimizer.(*enrollmentStatusResource).Read"
  }

  create {
    actions = ["compute-optimizer:GetEnrollmentStatus", "compute-optimizer:UpdateEnrollmentStatus"]
    source  = "computeoptimizer.(*enrollmentStatusResource).Create"
  }

  update {
    attributes = []
    actions    = ["compute-optimizer:UpdateEnrollmentStatus"]
    source     = "computeoptimizer.(*enrollmentStatusResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_computeoptimizer_recommendation_preferences" {
  service = "compute-optimizer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (computeoptimizer.(*recommendationPreferencesResource).Create, computeoptimizer.(*recommendationPreferencesResource).Read, computeoptimizer.(*recommendationPreferencesResource).Update, computeoptimizer.(*recommendationPreferencesResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["compute-optimizer:GetRecommendationPreferences"]
    source  = "computeoptimizer.(*recommendationPreferencesResource).Read"
  }

  create {
    actions = [
      "autoscaling:DescribeAutoScalingGroups",
      "autoscaling:DescribeAutoScalingInstances",
      "compute-optimizer:GetRecommendationPreferences",
      "compute-optimizer:PutRecommendationPreferences",
      "ec2:DescribeInstances",
    ]
    source  = "computeoptimizer.(*recommendationPreferencesResource).Create"
  }

  update {
    attributes = []
    actions    = ["compute-optimizer:PutRecommendationPreferences"]
    source     = "computeoptimizer.(*recommendationPreferencesResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "autoscaling:DescribeAutoScalingGroups",
      "compute-optimizer:DeleteRecommendationPreferences",
      "ec2:DescribeInstances",
    ]
    source  = "computeoptimizer.(*recommendationPreferencesResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
