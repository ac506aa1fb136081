# Application Auto Scaling (IAM prefix application-autoscaling): hand-curated rules for scalable targets and scaling policies.

resource "aws_appautoscaling_policy" {
  service           = "application-autoscaling"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/appautoscaling/policy.go (resourcePolicyPut/Read/Delete)"
  provider_versions = "5.100.0, 6.x"
  note              = "no arn template: the IAM scalable-target ARN uses a service-generated id, and policies authorize on the scalable target"

  read {
    actions = ["application-autoscaling:DescribeScalingPolicies"]
    source  = "resourcePolicyRead (findScalingPolicyByFourPartKey: DescribeScalingPolicies)"
  }

  create {
    actions = [
      "application-autoscaling:PutScalingPolicy",
      "cloudwatch:DescribeAlarms",
      "cloudwatch:PutMetricAlarm",
    ]
    source  = "resourcePolicyPut (PutScalingPolicy, retried while the target registers); AWS docs: Application Auto Scaling User Guide, permissions required for PutScalingPolicy (cloudwatch:DescribeAlarms, cloudwatch:PutMetricAlarm)"
  }

  update {
    attributes = [
      "policy_type",
      "predictive_scaling_policy_configuration",
      "step_scaling_policy_configuration",
      "target_tracking_scaling_policy_configuration",
    ]
    actions    = [
      "application-autoscaling:PutScalingPolicy",
      "cloudwatch:DescribeAlarms",
      "cloudwatch:PutMetricAlarm",
    ]
    source     = "resourcePolicyPut (update is the same PutScalingPolicy); AWS docs: Application Auto Scaling User Guide, permissions required for PutScalingPolicy"
  }

  delete {
    actions = [
      "application-autoscaling:DeleteScalingPolicy",
      "cloudwatch:DeleteAlarms",
      "cloudwatch:DescribeAlarms",
    ]
    source  = "resourcePolicyDelete (DeleteScalingPolicy); AWS docs: Application Auto Scaling User Guide, permissions required for DeleteScalingPolicy (cloudwatch:DescribeAlarms, cloudwatch:DeleteAlarms)"
    note    = "cloudwatch:DescribeAlarms is documented as required by DeleteScalingPolicy"
  }
}

resource "aws_appautoscaling_target" {
  service           = "application-autoscaling"
  source            = "terraform-provider-aws 0105d2191ae7e43ba37ba011b916843eddf361ed internal/service/appautoscaling/target.go"
  provider_versions = "5.100.0, 6.x"
  note              = "no arn template: the IAM scalable-target ARN uses a service-generated id, not resource_id"

  read {
    actions = [
      "application-autoscaling:DescribeScalableTargets",
      "application-autoscaling:ListTagsForResource",
    ]
    source  = "resourceTargetRead (FindTargetByThreePartKey: DescribeScalableTargets); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["application-autoscaling:RegisterScalableTarget"]
    source  = "resourceTargetCreate (registerScalableTarget: RegisterScalableTarget with tags, retried for IAM propagation)"
  }

  create {
    if_set  = "tags_all"
    actions = ["application-autoscaling:TagResource"]
    source  = "AWS docs: Application Auto Scaling User Guide, Tagging support (tags in RegisterScalableTarget require application-autoscaling:TagResource)"
  }

  create {
    if_equals = ["service_namespace", "dynamodb"]
    actions   = ["dynamodb:DescribeTable", "dynamodb:UpdateTable"]
    source    = "AWS docs: Application Auto Scaling User Guide, Permissions required for API actions on target resources (DynamoDB)"
  }

  create {
    if_equals = ["service_namespace", "ecs"]
    actions   = ["ecs:DescribeServices", "ecs:UpdateService"]
    source    = "AWS docs: Application Auto Scaling User Guide, Permissions required for API actions on target resources (Amazon ECS)"
  }

  update {
    attributes = ["max_capacity", "min_capacity", "role_arn", "suspended_state"]
    actions    = ["application-autoscaling:RegisterScalableTarget"]
    source     = "resourceTargetUpdate (HasChangesExcept(tags) -> RegisterScalableTarget)"
  }

  update {
    attributes = ["tags"]
    actions    = ["application-autoscaling:TagResource", "application-autoscaling:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    if_equals  = ["service_namespace", "dynamodb"]
    attributes = ["max_capacity", "min_capacity", "suspended_state"]
    actions    = ["dynamodb:DescribeTable", "dynamodb:UpdateTable"]
    source     = "AWS docs: Application Auto Scaling User Guide, Permissions required for API actions on target resources (DynamoDB)"
  }

  update {
    if_equals  = ["service_namespace", "ecs"]
    attributes = ["max_capacity", "min_capacity", "suspended_state"]
    actions    = ["ecs:DescribeServices", "ecs:UpdateService"]
    source     = "AWS docs: Application Auto Scaling User Guide, Permissions required for API actions on target resources (Amazon ECS)"
  }

  delete {
    actions = ["application-autoscaling:DeregisterScalableTarget"]
    source  = "resourceTargetDelete (DeregisterScalableTarget; waits until DescribeScalableTargets finds nothing)"
  }

  pass_role {
    attribute = "role_arn"
    service   = "application-autoscaling.amazonaws.com"
    source    = "RegisterScalableTarget RoleARN; iamlive-map ApplicationAutoScaling.RegisterScalableTarget (iam:PassRole on RoleARN)"
    note      = "iam:PassedToService value assumed from the service principal"
  }
}
