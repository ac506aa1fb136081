# Amazon EventBridge (IAM prefix events): hand-curated rules for aws_cloudwatch_event_rule and aws_cloudwatch_event_target.

resource "aws_cloudwatch_event_rule" {
  service = "events"
  source  = "terraform-provider-aws 0cdab4ae09a963535e03dde0bff4784afe8e3517 internal/service/events/rule.go"

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
  service = "events"
  source  = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/events/target.go"

  read {
    actions = ["events:ListTargetsByRule"]
    source  = "resourceTargetRead (findTargetByThreePartKey pages ListTargetsByRule)"
  }

  create {
    actions = ["events:PutTargets"]
    source  = "resourceTargetCreate (PutTargets)"
  }

  update {
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
    source     = "resourceTargetUpdate (PutTargets)"
  }

  update {
    attributes = ["force_destroy"]
    actions    = []
    source     = "no API call (read by Delete)"
  }

  delete {
    actions = ["events:RemoveTargets"]
    source  = "resourceTargetDelete (RemoveTargets)"
  }

  pass_role {
    attribute = "role_arn"
    service   = "events.amazonaws.com"
    source    = "PutTargets Targets[].RoleArn"
  }
}
