# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_autoscaling_attachment" {
  service = "autoscaling"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (autoscaling.resourceAttachmentCreate, autoscaling.resourceAttachmentRead, autoscaling.resourceAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["autoscaling:DescribeAutoScalingGroups"]
    source  = "autoscaling.resourceAttachmentRead"
  }

  create {
    actions = [
      "autoscaling:AttachLoadBalancerTargetGroups",
      "autoscaling:AttachLoadBalancers",
      "autoscaling:DescribeAutoScalingGroups",
    ]
    source  = "autoscaling.resourceAttachmentCreate"
  }

  delete {
    actions = ["autoscaling:DetachLoadBalancerTargetGroups", "autoscaling:DetachLoadBalancers"]
    source  = "autoscaling.resourceAttachmentDelete"
  }
}

resource "aws_autoscaling_group_tag" {
  service = "autoscaling"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (autoscaling.resourceGroupTagCreate, autoscaling.resourceGroupTagRead, autoscaling.resourceGroupTagUpdate, autoscaling.resourceGroupTagDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: autoscaling:DeleteTags"

  read {
    actions = ["autoscaling:DescribeTags"]
    source  = "autoscaling.resourceGroupTagRead"
  }

  create {
    actions = ["autoscaling:CreateOrUpdateTags", "autoscaling:DescribeTags"]
    source  = "autoscaling.resourceGroupTagCreate"
  }

  update {
    attributes = []
    actions    = ["autoscaling:CreateOrUpdateTags", "autoscaling:DeleteTags"]
    source     = "autoscaling.resourceGroupTagUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["autoscaling:CreateOrUpdateTags", "autoscaling:DeleteTags"]
    source  = "autoscaling.resourceGroupTagDelete"
  }
}

resource "aws_autoscaling_lifecycle_hook" {
  service = "autoscaling"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (autoscaling.resourceLifecycleHookPut, autoscaling.resourceLifecycleHookRead, autoscaling.resourceLifecycleHookDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by autoscaling.PutLifecycleHook (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["autoscaling:DescribeLifecycleHooks"]
    source  = "autoscaling.resourceLifecycleHookRead"
  }

  create {
    actions = ["autoscaling:DescribeLifecycleHooks", "autoscaling:PutLifecycleHook"]
    source  = "autoscaling.resourceLifecycleHookPut"
  }

  update {
    attributes = []
    actions    = ["autoscaling:PutLifecycleHook"]
    source     = "autoscaling.resourceLifecycleHookPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["autoscaling:DeleteLifecycleHook"]
    source  = "autoscaling.resourceLifecycleHookDelete"
  }
}

resource "aws_autoscaling_notification" {
  service = "autoscaling"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (autoscaling.resourceNotificationCreate, autoscaling.resourceNotificationRead, autoscaling.resourceNotificationUpdate, autoscaling.resourceNotificationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["autoscaling:DescribeNotificationConfigurations"]
    source  = "autoscaling.resourceNotificationRead"
  }

  create {
    actions = [
      "autoscaling:DescribeNotificationConfigurations",
      "autoscaling:PutNotificationConfiguration",
    ]
    source  = "autoscaling.resourceNotificationCreate"
  }

  update {
    attributes = []
    actions    = [
      "autoscaling:DeleteNotificationConfiguration",
      "autoscaling:PutNotificationConfiguration",
    ]
    source     = "autoscaling.resourceNotificationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["autoscaling:DeleteNotificationConfiguration"]
    source  = "autoscaling.resourceNotificationDelete"
  }
}

resource "aws_autoscaling_schedule" {
  service = "autoscaling"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (autoscaling.resourceSchedulePut, autoscaling.resourceScheduleRead, autoscaling.resourceScheduleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["autoscaling:DescribeScheduledActions"]
    source  = "autoscaling.resourceScheduleRead"
  }

  create {
    actions = ["autoscaling:DescribeScheduledActions", "autoscaling:PutScheduledUpdateGroupAction"]
    source  = "autoscaling.resourceSchedulePut"
  }

  update {
    attributes = []
    actions    = ["autoscaling:PutScheduledUpdateGroupAction"]
    source     = "autoscaling.resourceSchedulePut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["autoscaling:DeleteScheduledAction"]
    source  = "autoscaling.resourceScheduleDelete"
  }
}

resource "aws_autoscaling_traffic_source_attachment" {
  service = "autoscaling"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (autoscaling.resourceTrafficSourceAttachmentCreate, autoscaling.resourceTrafficSourceAttachmentRead, autoscaling.resourceTrafficSourceAttachmentDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: autoscaling:AttachTrafficSources, autoscaling:DescribeTrafficSources, autoscaling:DetachTrafficSources"

  read {
    actions = ["autoscaling:DescribeTrafficSources"]
    source  = "autoscaling.resourceTrafficSourceAttachmentRead"
  }

  create {
    actions = ["autoscaling:AttachTrafficSources", "autoscaling:DescribeTrafficSources"]
    source  = "autoscaling.resourceTrafficSourceAttachmentCreate"
  }

  delete {
    actions = ["autoscaling:DescribeTrafficSources", "autoscaling:DetachTrafficSources"]
    source  = "autoscaling.resourceTrafficSourceAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_autoscaling_group" {
  service = "autoscaling"
  source  = "import: pike data/autoscaling/aws_autoscaling_group.json"

  read {
    actions = ["autoscaling:DescribeAutoScalingGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_autoscaling_groups" {
  service = "autoscaling"
  source  = "import: pike data/autoscaling/aws_autoscaling_groups.json"

  read {
    actions = ["autoscaling:DescribeAutoScalingGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_launch_configuration" {
  service = "autoscaling"
  source  = "import: pike data/autoscaling/aws_launch_configuration.json"

  read {
    actions = ["autoscaling:DescribeLaunchConfigurations", "ec2:DescribeImages"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
