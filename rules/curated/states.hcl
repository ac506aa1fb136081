# AWS Step Functions (IAM prefix states): hand-curated rules for aws_sfn_activity and aws_sfn_state_machine.

resource "aws_sfn_activity" {
  service           = "states"
  source            = "terraform-provider-aws (file version as stored in the code index, store id 4319196986) internal/service/sfn/activity.go"
  arn               = "arn:${partition}:states:${region}:${account}:activity:${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["states:DescribeActivity", "states:ListTagsForResource"]
    source  = "resourceActivityRead (findActivityByARN: DescribeActivity); tags via transparent tagging (@Tags identifierAttribute=id, the activity ARN) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["states:CreateActivity"]
    source  = "resourceActivityCreate (CreateActivity with tags and encryption_configuration)"
  }

  create {
    if_set  = "encryption_configuration.kms_key_id"
    actions = ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey"]
    source  = "AWS docs: Step Functions Developer Guide, Data at rest encryption (customer managed key permissions); pike-mapping resource/states/aws_sfn_activity.json attributes.kms_key_id (kms:DescribeKey)"
  }

  create {
    if_set  = "tags_all"
    actions = ["states:TagResource"]
    source  = "AWS docs: Step Functions Developer Guide, Tagging (tags in a Create call require states:TagResource)"
  }

  update {
    attributes = ["encryption_configuration"]
    actions    = []
    source     = "resourceActivityUpdate is tags-only: no API call"
  }

  update {
    attributes = ["tags"]
    actions    = ["states:TagResource", "states:UntagResource"]
    source     = "resourceActivityUpdate (tags only): transparent tagging UpdateTags"
  }

  delete {
    actions = ["states:DeleteActivity"]
    source  = "resourceActivityDelete (DeleteActivity)"
  }
}

resource "aws_sfn_state_machine" {
  service           = "states"
  source            = "terraform-provider-aws 01f431114674c27cf790fafb67ac274bf8f765e1 internal/service/sfn/state_machine.go"
  arn               = "arn:${partition}:states:${region}:${account}:stateMachine:${name}"
  provider_versions = "5.100.0, 6.x"
  note              = "CustomizeDiff stateMachineDefinitionValidate calls ValidateStateMachineDefinition at plan time whenever definition changes (always on create); it is carried by the read block so that the plan phase includes it"

  read {
    actions = [
      "states:DescribeStateMachine",
      "states:ListStateMachineVersions",
      "states:ListTagsForResource",
      "states:ValidateStateMachineDefinition",
    ]
    source  = "resourceStateMachineRead (findStateMachineByARN: DescribeStateMachine; ListStateMachineVersions); tags via transparent tagging (@Tags identifierAttribute=id) ListTags (ListTagsForResource); stateMachineDefinitionValidate (plan-time ValidateStateMachineDefinition)"
  }

  create {
    actions = ["states:CreateStateMachine"]
    source  = "resourceStateMachineCreate (CreateStateMachine with tags, retried on AccessDeniedException for IAM propagation)"
  }

  create {
    if_set  = "encryption_configuration.kms_key_id"
    actions = ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey"]
    source  = "AWS docs: Step Functions Developer Guide, Data at rest encryption (customer managed key permissions); pike-mapping attributes.encryption_configuration (iamlive capture)"
  }

  create {
    if_set  = "logging_configuration.log_destination"
    actions = [
      "logs:CreateLogDelivery",
      "logs:DescribeLogGroups",
      "logs:DescribeResourcePolicies",
      "logs:GetLogDelivery",
      "logs:ListLogDeliveries",
      "logs:PutResourcePolicy",
    ]
    source  = "AWS docs: Step Functions Developer Guide, Logging in CloudWatch Logs, IAM policies for logging to CloudWatch Logs (vended log delivery)"
  }

  create {
    if_set  = "publish"
    actions = ["states:PublishStateMachineVersion"]
    source  = "AWS docs: Step Functions Developer Guide, State machine versions (publishing from CreateStateMachine/UpdateStateMachine with publish=true needs states:PublishStateMachineVersion)"
  }

  create {
    if_set  = "tags_all"
    actions = ["states:TagResource"]
    source  = "AWS docs: Step Functions Developer Guide, Tagging (tags in CreateStateMachine require states:TagResource)"
  }

  update {
    attributes = [
      "definition",
      "encryption_configuration",
      "logging_configuration",
      "publish",
      "role_arn",
      "tracing_configuration",
      "version_description",
    ]
    actions    = ["states:UpdateStateMachine"]
    source     = "resourceStateMachineUpdate (HasChangesExcept(tags) -> UpdateStateMachine; eventual-consistency wait polls DescribeStateMachine)"
  }

  update {
    attributes = ["logging_configuration"]
    actions    = [
      "logs:CreateLogDelivery",
      "logs:DeleteLogDelivery",
      "logs:DescribeLogGroups",
      "logs:DescribeResourcePolicies",
      "logs:GetLogDelivery",
      "logs:ListLogDeliveries",
      "logs:PutResourcePolicy",
      "logs:UpdateLogDelivery",
    ]
    source     = "AWS docs: Step Functions Developer Guide, Logging in CloudWatch Logs, IAM policies for logging to CloudWatch Logs (vended log delivery)"
  }

  update {
    attributes = ["tags"]
    actions    = ["states:TagResource", "states:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  update {
    if_set     = "encryption_configuration.kms_key_id"
    attributes = ["encryption_configuration"]
    actions    = ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey"]
    source     = "AWS docs: Step Functions Developer Guide, Data at rest encryption (customer managed key permissions)"
  }

  update {
    if_set     = "publish"
    attributes = ["publish"]
    actions    = ["states:PublishStateMachineVersion"]
    source     = "AWS docs: Step Functions Developer Guide, State machine versions (UpdateStateMachine with publish=true)"
  }

  delete {
    actions = ["states:DeleteStateMachine"]
    source  = "resourceStateMachineDelete (DeleteStateMachine; waitStateMachineDeleted polls DescribeStateMachine)"
  }

  pass_role {
    attribute = "role_arn"
    service   = "states.amazonaws.com"
    source    = "CreateStateMachine/UpdateStateMachine RoleArn; AWS docs: Step Functions Developer Guide, IAM roles for Step Functions (iam:PassRole)"
  }
}
