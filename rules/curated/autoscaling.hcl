# Amazon EC2 Auto Scaling resources (service "autoscaling"), curated from terraform-provider-aws source.

resource "aws_autoscaling_group" {
  service           = "autoscaling"
  source            = "terraform-provider-aws v5/v6 internal/service/autoscaling/group.go (stored file id 1623807691: create, read, update, delete, drain/warm-pool helpers, statusGroupCapacity); terraform-provider-aws v6.60.0 provider-model call_patterns"
  provider_versions = "5.100.0, 6.x"
  note              = "no arn template: the IAM autoScalingGroup ARN embeds a service-generated group id; iam:PassRole for an instance profile inside the launch template (AWS docs: launch template permissions) cannot be tied to an argument of this resource and is not predicted; instance_refresh.triggers can name further attributes that start a refresh"

  read {
    actions = ["autoscaling:DescribeAutoScalingGroups"]
    source  = "resourceGroupRead (findGroupByName: DescribeAutoScalingGroups; tags, warm pool and metrics from the response)"
  }

  create {
    actions = ["autoscaling:CreateAutoScalingGroup"]
    source  = "resourceGroupCreate (CreateAutoScalingGroup with tag blocks, retried on Invalid IAM Instance Profile)"
  }

  create {
    if_set  = "enabled_metrics"
    actions = ["autoscaling:EnableMetricsCollection"]
    source  = "resourceGroupCreate (EnableMetricsCollection)"
  }

  create {
    if_set  = "initial_lifecycle_hook"
    actions = ["autoscaling:PutLifecycleHook", "autoscaling:UpdateAutoScalingGroup"]
    source  = "resourceGroupCreate (two phases: create at size 0, PutLifecycleHook per hook, then UpdateAutoScalingGroup to the real sizes)"
  }

  create {
    if_set  = "launch_template"
    actions = ["ec2:RunInstances"]
    source  = "AWS docs: Amazon EC2 Auto Scaling User Guide, Launch template permissions (creating or updating a group with a launch template needs ec2:RunInstances)"
  }

  create {
    if_set  = "load_balancers"
    actions = ["elasticloadbalancing:DescribeInstanceHealth"]
    source  = "resourceGroupCreate -> waitGroupCapacitySatisfied -> statusGroupCapacity (findELBInstanceStates: DescribeInstanceHealth per classic load balancer) when wait_for_capacity_timeout > 0"
    note    = "read-only health polling of the attached classic load balancers"
  }

  create {
    if_set  = "mixed_instances_policy"
    actions = ["ec2:RunInstances"]
    source  = "AWS docs: Amazon EC2 Auto Scaling User Guide, Launch template permissions (mixed instances policies reference launch templates)"
  }

  create {
    if_set  = "suspended_processes"
    actions = ["autoscaling:SuspendProcesses"]
    source  = "resourceGroupCreate (SuspendProcesses)"
  }

  create {
    if_set  = "tag"
    actions = ["autoscaling:CreateOrUpdateTags"]
    source  = "AWS docs: Amazon EC2 Auto Scaling User Guide, Tag Auto Scaling groups and instances (tags in CreateAutoScalingGroup require autoscaling:CreateOrUpdateTags)"
  }

  create {
    if_set  = "target_group_arns"
    actions = ["elasticloadbalancing:DescribeTargetHealth"]
    source  = "resourceGroupCreate -> waitGroupCapacitySatisfied -> statusGroupCapacity (findELBV2InstanceStates: DescribeTargetHealth per target group) when wait_for_capacity_timeout > 0"
  }

  create {
    if_set  = "warm_pool"
    actions = ["autoscaling:PutWarmPool"]
    source  = "resourceGroupCreate (PutWarmPool)"
  }

  create {
    unless_set = "ignore_failed_scaling_activities"
    actions    = ["autoscaling:DescribeScalingActivities"]
    source     = "resourceGroupCreate -> waitGroupCapacitySatisfied -> statusGroupCapacity (findScalingActivitiesByName) when wait_for_capacity_timeout > 0 (default 10m)"
  }

  update {
    attributes = [
      "availability_zone_distribution",
      "availability_zones",
      "capacity_rebalance",
      "capacity_reservation_specification",
      "context",
      "default_cooldown",
      "default_instance_warmup",
      "desired_capacity",
      "desired_capacity_type",
      "force_delete",
      "force_delete_warm_pool",
      "health_check_grace_period",
      "health_check_type",
      "ignore_failed_scaling_activities",
      "initial_lifecycle_hook",
      "instance_maintenance_policy",
      "instance_refresh",
      "launch_configuration",
      "launch_template",
      "max_instance_lifetime",
      "max_size",
      "metrics_granularity",
      "min_elb_capacity",
      "min_size",
      "mixed_instances_policy",
      "placement_group",
      "protect_from_scale_in",
      "service_linked_role_arn",
      "termination_policies",
      "vpc_zone_identifier",
      "wait_for_capacity_timeout",
      "wait_for_elb_capacity",
    ]
    actions    = ["autoscaling:UpdateAutoScalingGroup"]
    source     = "resourceGroupUpdate (HasChangesExcept(enabled_metrics, load_balancers, suspended_processes, tag, target_group_arns, traffic_source, warm_pool) -> UpdateAutoScalingGroup)"
    note       = "a change to any other argument, even force_delete or wait_for_capacity_timeout alone, sends UpdateAutoScalingGroup"
  }

  update {
    attributes = ["enabled_metrics"]
    actions    = ["autoscaling:DisableMetricsCollection", "autoscaling:EnableMetricsCollection"]
    source     = "resourceGroupUpdate (DisableMetricsCollection for removed, EnableMetricsCollection for added metrics)"
  }

  update {
    attributes = ["launch_template", "mixed_instances_policy"]
    actions    = ["ec2:RunInstances"]
    source     = "AWS docs: Amazon EC2 Auto Scaling User Guide, Launch template permissions (updating a group to a launch template needs ec2:RunInstances)"
  }

  update {
    attributes = ["load_balancers"]
    actions    = [
      "autoscaling:AttachLoadBalancers",
      "autoscaling:DescribeLoadBalancers",
      "autoscaling:DetachLoadBalancers",
    ]
    source     = "resourceGroupUpdate (DetachLoadBalancers/AttachLoadBalancers in batches of 10; waitLoadBalancersRemoved/Added poll DescribeLoadBalancers)"
  }

  update {
    attributes = ["suspended_processes"]
    actions    = ["autoscaling:ResumeProcesses", "autoscaling:SuspendProcesses"]
    source     = "resourceGroupUpdate (ResumeProcesses for removed, SuspendProcesses for added processes)"
  }

  update {
    attributes = ["tag"]
    actions    = ["autoscaling:CreateOrUpdateTags", "autoscaling:DeleteTags"]
    source     = "resourceGroupUpdate (updateTags: DeleteTags, CreateOrUpdateTags)"
  }

  update {
    attributes = ["target_group_arns"]
    actions    = [
      "autoscaling:AttachLoadBalancerTargetGroups",
      "autoscaling:DescribeLoadBalancerTargetGroups",
      "autoscaling:DetachLoadBalancerTargetGroups",
    ]
    source     = "resourceGroupUpdate (DetachLoadBalancerTargetGroups/AttachLoadBalancerTargetGroups in batches of 10; waitLoadBalancerTargetGroupsRemoved/Added poll DescribeLoadBalancerTargetGroups)"
  }

  update {
    attributes = ["traffic_source"]
    actions    = [
      "autoscaling:AttachTrafficSources",
      "autoscaling:DescribeTrafficSources",
      "autoscaling:DetachTrafficSources",
    ]
    source     = "resourceGroupUpdate (DetachTrafficSources/AttachTrafficSources in batches of 10; waitTrafficSourcesDeleted/Created poll DescribeTrafficSources)"
  }

  update {
    attributes = ["warm_pool"]
    actions    = [
      "autoscaling:DeleteWarmPool",
      "autoscaling:DescribeWarmPool",
      "autoscaling:PutWarmPool",
    ]
    source     = "resourceGroupUpdate (PutWarmPool, or deleteWarmPool: PutWarmPool drain, DeleteWarmPool, waitWarmPoolDrained/Deleted poll DescribeWarmPool)"
  }

  update {
    if_set     = "instance_refresh"
    attributes = ["launch_configuration", "launch_template", "mixed_instances_policy"]
    actions    = [
      "autoscaling:CancelInstanceRefresh",
      "autoscaling:DescribeInstanceRefreshes",
      "autoscaling:StartInstanceRefresh",
    ]
    source     = "resourceGroupUpdate (shouldRefreshInstances -> startInstanceRefresh: StartInstanceRefresh, cancelling an in-progress refresh with CancelInstanceRefresh and waiting with DescribeInstanceRefreshes)"
  }

  update {
    if_set     = "load_balancers"
    attributes = ["desired_capacity", "desired_capacity_type", "min_size"]
    actions    = ["elasticloadbalancing:DescribeInstanceHealth"]
    source     = "resourceGroupUpdate (shouldWaitForCapacity -> statusGroupCapacity -> findELBInstanceStates)"
  }

  update {
    if_set     = "target_group_arns"
    attributes = ["desired_capacity", "desired_capacity_type", "min_size"]
    actions    = ["elasticloadbalancing:DescribeTargetHealth"]
    source     = "resourceGroupUpdate (shouldWaitForCapacity -> statusGroupCapacity -> findELBV2InstanceStates)"
  }

  update {
    unless_set = "ignore_failed_scaling_activities"
    attributes = ["desired_capacity", "desired_capacity_type", "min_size"]
    actions    = ["autoscaling:DescribeScalingActivities"]
    source     = "resourceGroupUpdate (shouldWaitForCapacity -> waitGroupCapacitySatisfied -> findScalingActivitiesByName)"
  }

  delete {
    actions = ["autoscaling:DeleteAutoScalingGroup"]
    source  = "resourceGroupDelete (findGroupByName; DeleteAutoScalingGroup ForceDelete=force_delete; waits until DescribeAutoScalingGroups finds nothing)"
  }

  delete {
    if_set  = "warm_pool"
    actions = [
      "autoscaling:DeleteWarmPool",
      "autoscaling:DescribeWarmPool",
      "autoscaling:PutWarmPool",
    ]
    source  = "resourceGroupDelete -> deleteWarmPool (PutWarmPool to drain unless force_delete/force_delete_warm_pool, DeleteWarmPool, waitWarmPoolDrained/Deleted poll DescribeWarmPool)"
    note    = "DescribeWarmPool is the waiter's read-only poll"
  }

  delete {
    unless_set = "force_delete"
    actions    = ["autoscaling:SetInstanceProtection", "autoscaling:UpdateAutoScalingGroup"]
    source     = "resourceGroupDelete -> drainGroup (UpdateAutoScalingGroup to 0, SetInstanceProtection false for protected instances, waitGroupDrained polls DescribeAutoScalingGroups)"
  }

  pass_role {
    attribute = "initial_lifecycle_hook.role_arn"
    service   = "autoscaling.amazonaws.com"
    source    = "PutLifecycleHook RoleARN; AWS docs: Amazon EC2 Auto Scaling User Guide, lifecycle hook notification role (iam:PassRole)"
  }

  pass_role {
    attribute = "service_linked_role_arn"
    service   = "autoscaling.amazonaws.com"
    source    = "CreateAutoScalingGroup/UpdateAutoScalingGroup ServiceLinkedRoleARN; AWS docs: Amazon EC2 Auto Scaling User Guide, Service-linked roles (iam:PassRole for a custom-suffix service-linked role)"
  }
}

resource "aws_autoscaling_policy" {
  service           = "autoscaling"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/autoscaling/policy.go (resourcePolicyCreate/Read/Update/Delete)"
  provider_versions = "5.100.0, 6.x"
  note              = "no arn template: the IAM reference has no scaling-policy resource type (policy actions authorize on the group)"

  read {
    actions = ["autoscaling:DescribePolicies"]
    source  = "resourcePolicyRead (findScalingPolicyByTwoPartKey: DescribePolicies)"
  }

  create {
    actions = ["autoscaling:PutScalingPolicy"]
    source  = "resourcePolicyCreate (PutScalingPolicy)"
  }

  update {
    attributes = [
      "adjustment_type",
      "cooldown",
      "enabled",
      "estimated_instance_warmup",
      "metric_aggregation_type",
      "min_adjustment_magnitude",
      "policy_type",
      "predictive_scaling_configuration",
      "scaling_adjustment",
      "step_adjustment",
      "target_tracking_configuration",
    ]
    actions    = ["autoscaling:PutScalingPolicy"]
    source     = "resourcePolicyUpdate (PutScalingPolicy with the full policy)"
  }

  delete {
    actions = ["autoscaling:DeletePolicy"]
    source  = "resourcePolicyDelete (DeletePolicy)"
  }
}

resource "aws_launch_configuration" {
  service           = "autoscaling"
  source            = "terraform-provider-aws stored version (index id 2140753526) internal/service/autoscaling/launch_configuration.go"
  arn               = "${arn}"
  provider_versions = "5.100.0, 6.x"
  note              = "every argument is ForceNew; there is no update handler"

  read {
    actions = ["autoscaling:DescribeLaunchConfigurations", "ec2:DescribeImages"]
    source  = "resourceLaunchConfigurationRead: findLaunchConfigurationByName, findImageRootDeviceName (ec2)"
  }

  create {
    actions = ["autoscaling:CreateLaunchConfiguration", "ec2:DescribeImages"]
    source  = "resourceLaunchConfigurationCreate: findImageRootDeviceName, CreateLaunchConfiguration"
  }

  delete {
    actions = ["autoscaling:DeleteLaunchConfiguration"]
    source  = "resourceLaunchConfigurationDelete"
  }

  pass_role {
    attribute = "iam_instance_profile"
    service   = "ec2.amazonaws.com"
    source    = "AWS docs: Amazon EC2 Auto Scaling, IAM role for applications on EC2 instances (iam:PassRole to create a launch configuration with an instance profile)"
    note      = "the attribute holds the instance profile name or ARN; iam:PassRole is checked on the profile's role"
  }
}
