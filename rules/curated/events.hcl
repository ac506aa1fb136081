# Amazon EventBridge (IAM prefix events): hand-curated rules for aws_cloudwatch_event_bus, aws_cloudwatch_event_rule and aws_cloudwatch_event_target.

resource "aws_cloudwatch_event_bus" {
  service           = "events"
  source            = "terraform-provider-aws (file version as stored in the code index, store id 5438016256; its v5 predecessor store id 1791404118) internal/service/events/bus.go"
  arn               = "arn:${partition}:events:${region}:${account}:event-bus/${name}"
  provider_versions = "5.100.0, 6.x"
  note              = "the newest file read also has log_config, which 5.100.0 does not have (provider schema); a change to an attribute no update block names falls back to every update block"

  read {
    actions = ["events:DescribeEventBus", "events:ListTagsForResource"]
    source  = "resourceBusRead (findEventBusByName: DescribeEventBus); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["events:CreateEventBus"]
    source  = "resourceBusCreate (CreateEventBus with tags, dead_letter_config, description, event_source_name, kms_key_identifier)"
  }

  create {
    if_set  = "kms_key_identifier"
    actions = ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey"]
    source  = "pike-mapping resource/cloudwatch/aws_cloudwatch_event_bus.json attributes.kms_key_identifier"
  }

  create {
    if_set  = "tags_all"
    actions = ["events:TagResource"]
    source  = "tag on create (CreateEventBus Tags) and resourceBusCreate createTags fallback (TagResource) where the partition has no tag-on-create"
  }

  update {
    attributes = ["dead_letter_config", "description", "kms_key_identifier", "log_config"]
    actions    = ["events:UpdateEventBus"]
    source     = "resourceBusUpdate (HasChangesExcept(tags, tags_all) -> UpdateEventBus with the whole configuration)"
  }

  update {
    attributes = ["tags"]
    actions    = ["events:TagResource", "events:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    if_set     = "kms_key_identifier"
    attributes = ["kms_key_identifier"]
    actions    = ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey"]
    source     = "pike-mapping resource/cloudwatch/aws_cloudwatch_event_bus.json attributes.kms_key_identifier"
  }

  delete {
    actions = ["events:DeleteEventBus"]
    source  = "resourceBusDelete (DeleteEventBus)"
  }
}

resource "aws_cloudwatch_event_rule" {
  service           = "events"
  source            = "terraform-provider-aws 0cdab4ae09a963535e03dde0bff4784afe8e3517 internal/service/events/rule.go"
  arn               = "arn:${partition}:events:${region}:${account}:rule/${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "the rule's `arn` when known; before create, rule/<name>, which is the ARN on the default bus only: a rule on a custom bus (event_bus_name) is rule/<bus>/<name>, so a policy for creating one needs that ARN instead"

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
  service           = "events"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/events/target.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "the calls act on the rule: rule/<rule> on the default bus (event_bus_name defaults to \"default\"), rule/<bus>/<rule> on a custom one; an event_bus_name given as an ARN is embedded as is and gives a wrong ARN"

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
