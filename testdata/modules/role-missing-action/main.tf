# A module that ships its provisioning role (iam/role.tf), hand-written and missing one
# action: `iamplan module . --policy iam/role.tf` finds that tagging the queue is not allowed.

resource "aws_sqs_queue" "events" {
  name = "missing-action-events"
  tags = {
    Team = "platform"
  }
}

resource "aws_cloudwatch_log_group" "events" {
  name              = "/missing-action/events"
  retention_in_days = 30
}
