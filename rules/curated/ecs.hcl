# Amazon ECS (IAM prefix ecs): hand-curated rules (this batch: aws_ecs_task_definition).

resource "aws_ecs_task_definition" {
  service = "ecs"
  source  = "terraform-provider-aws 04fc21d56d73cb67a9bbef2aedcffe8fbfd07286 internal/service/ecs/task_definition.go (update/delete/read part); terraform-provider-aws v6.60.0 provider-model call_patterns (create)"

  read {
    actions = ["ecs:DescribeTaskDefinition"]
    source  = "resourceTaskDefinitionRead (DescribeTaskDefinition Include=TAGS; tags from the response)"
  }

  create {
    actions = ["ecs:RegisterTaskDefinition"]
    source  = "resourceTaskDefinitionCreate (RegisterTaskDefinition with tags)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ecs:TagResource"]
    source  = "AWS docs: ECS Developer Guide, tagging authorization (tag on create is authorized as ecs:TagResource with ecs:CreateAction)"
  }

  update {
    attributes = ["skip_destroy", "track_latest"]
    actions    = []
    source     = "no API call (read by Delete / plan-time only)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ecs:TagResource", "ecs:UntagResource"]
    source     = "resourceTaskDefinitionUpdate (UpdateTags only; every other argument is ForceNew)"
  }

  delete {
    unless_set = "skip_destroy"
    actions    = ["ecs:DeregisterTaskDefinition"]
    source     = "resourceTaskDefinitionDelete (skipped when skip_destroy)"
  }

  pass_role {
    attribute = "execution_role_arn"
    service   = "ecs-tasks.amazonaws.com"
    source    = "RegisterTaskDefinition ExecutionRoleArn"
  }

  pass_role {
    attribute = "task_role_arn"
    service   = "ecs-tasks.amazonaws.com"
    source    = "RegisterTaskDefinition TaskRoleArn"
  }
}
