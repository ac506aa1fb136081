# Amazon EventBridge (IAM prefix events): hand-curated rules for aws_cloudwatch_event_rule and aws_cloudwatch_event_target.

resource "aws_cloudwatch_event_rule" {
  service  = "events"
  source   = "terraform-provider-aws 0cdab4ae09a963535e03dde0bff4784afe8e3517 internal/service/events/rule.go"
  arn      = "arn:${partition}:events:${region}:${account}:rule/${name}"
  verified = "capture: provider 5.100.0"
  note     = "the rule's `arn` when known; before create, rule/<name>, which is the ARN on the default bus only: a rule on a custom bus (event_bus_name) is rule/<bus>/<name>, so a policy for creating one needs that ARN instead"

  read {
    actions = ["events:DescribeRule", "events:ListTagsForResource"]
    source  = "resourceRuleRead (findRuleByTwoPartKey); tags via transparent tagging (@Tags) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["events:PutRule"]
    source  = "resourceRuleCreate (retryPutRule with tags; waits with DescribeRule)"
  }

  create {
    if_set  = "tags_all"
    actions = ["events:TagResource"]
    source  = "tag on create (PutRule Tags) and resourceRuleCreate createTags fallback"
  }

  update {
    attributes = [
      "description",
      "event_pattern",
      "is_enabled",
      "role_arn",
      "schedule_expression",
      "state",
    ]
    actions    = ["events:PutRule"]
    source     = "resourceRuleUpdate (retryPutRule)"
  }

  update {
    attributes = ["force_destroy"]
    actions    = []
    source     = "no API call (read by Delete)"
  }

  update {
    attributes = ["tags"]
    actions    = ["events:TagResource", "events:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["events:DeleteRule"]
    source  = "resourceRuleDelete (DeleteRule, Force = force_destroy)"
  }

  pass_role {
    attribute = "role_arn"
    service   = "events.amazonaws.com"
    source    = "PutRule RoleArn"
  }
}

resource "aws_cloudwatch_event_target" {
  service  = "events"
  source   = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/events/target.go"
  verified = "capture: provider 5.100.0"
  note     = "the calls act on the rule: rule/<rule> on the default bus (event_bus_name defaults to \"default\"), rule/<bus>/<rule> on a custom one; an event_bus_name given as an ARN is embedded as is and gives a wrong ARN"

  read {
    if_equals = ["event_bus_name", "default"]
    actions   = ["events:ListTargetsByRule"]
    resource  = "arn:${partition}:events:${region}:${account}:rule/${rule}"
    source    = "resourceTargetRead (findTargetByThreePartKey pages ListTargetsByRule)"
  }

  read {
    unless_equals = ["event_bus_name", "default"]
    actions       = ["events:ListTargetsByRule"]
    resource      = "arn:${partition}:events:${region}:${account}:rule/${event_bus_name}/${rule}"
    source        = "resourceTargetRead (findTargetByThreePartKey pages ListTargetsByRule)"
  }

  create {
    if_equals = ["event_bus_name", "default"]
    actions   = ["events:PutTargets"]
    resource  = "arn:${partition}:events:${region}:${account}:rule/${rule}"
    source    = "resourceTargetCreate (PutTargets)"
  }

  create {
    unless_equals = ["event_bus_name", "default"]
    actions       = ["events:PutTargets"]
    resource      = "arn:${partition}:events:${region}:${account}:rule/${event_bus_name}/${rule}"
    source        = "resourceTargetCreate (PutTargets)"
  }

  update {
    attributes = ["force_destroy"]
    actions    = []
    source     = "no API call (read by Delete)"
  }

  update {
    if_equals  = ["event_bus_name", "default"]
    attributes = [
      "appsync_target",
      "arn",
      "batch_target",
      "dead_letter_config",
      "ecs_target",
      "http_target",
      "input",
      "input_path",
      "input_transformer",
      "kinesis_target",
      "redshift_target",
      "retry_policy",
      "role_arn",
      "run_command_targets",
      "sagemaker_pipeline_target",
      "sqs_target",
    ]
    actions    = ["events:PutTargets"]
    resource   = "arn:${partition}:events:${region}:${account}:rule/${rule}"
    source     = "resourceTargetUpdate (PutTargets)"
  }

  update {
    unless_equals = ["event_bus_name", "default"]
    attributes    = [
      "appsync_target",
      "arn",
      "batch_target",
      "dead_letter_config",
      "ecs_target",
      "http_target",
      "input",
      "input_path",
      "input_transformer",
      "kinesis_target",
      "redshift_target",
      "retry_policy",
      "role_arn",
      "run_command_targets",
      "sagemaker_pipeline_target",
      "sqs_target",
    ]
    actions       = ["events:PutTargets"]
    resource      = "arn:${partition}:events:${region}:${account}:rule/${event_bus_name}/${rule}"
    source        = "resourceTargetUpdate (PutTargets)"
  }

  delete {
    if_equals = ["event_bus_name", "default"]
    actions   = ["events:RemoveTargets"]
    resource  = "arn:${partition}:events:${region}:${account}:rule/${rule}"
    source    = "resourceTargetDelete (RemoveTargets)"
  }

  delete {
    unless_equals = ["event_bus_name", "default"]
    actions       = ["events:RemoveTargets"]
    resource      = "arn:${partition}:events:${region}:${account}:rule/${event_bus_name}/${rule}"
    source        = "resourceTargetDelete (RemoveTargets)"
  }

  pass_role {
    attribute = "role_arn"
    service   = "events.amazonaws.com"
    source    = "PutTargets Targets[].RoleArn"
  }
}
