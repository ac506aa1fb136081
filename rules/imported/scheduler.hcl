# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_scheduler_schedule" {
  service = "scheduler"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (scheduler.resourceScheduleCreate, scheduler.resourceScheduleRead, scheduler.resourceScheduleUpdate, scheduler.resourceScheduleDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: scheduler:CreateSchedule, scheduler:DeleteSchedule, scheduler:GetSchedule, scheduler:UpdateSchedule"

  read {
    actions = ["scheduler:GetSchedule"]
    source  = "scheduler.resourceScheduleRead"
  }

  create {
    actions = ["scheduler:CreateSchedule", "scheduler:GetSchedule"]
    source  = "scheduler.resourceScheduleCreate"
  }

  update {
    attributes = []
    actions    = ["scheduler:UpdateSchedule"]
    source     = "scheduler.resourceScheduleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["scheduler:DeleteSchedule"]
    source  = "scheduler.resourceScheduleDelete"
  }
}

resource "aws_scheduler_schedule_group" {
  service = "scheduler"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (scheduler.resourceScheduleGroupCreate, scheduler.resourceScheduleGroupRead, scheduler.resourceScheduleGroupUpdate, scheduler.resourceScheduleGroupDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: scheduler:CreateScheduleGroup, scheduler:DeleteScheduleGroup, scheduler:GetScheduleGroup, scheduler:ListTagsForResource, scheduler:TagResource, scheduler:UntagResource"

  read {
    actions = ["scheduler:GetScheduleGroup", "scheduler:ListTagsForResource"]
    source  = "scheduler.resourceScheduleGroupRead + scheduler.(*servicePackage).ListTags"
  }

  create {
    actions = ["scheduler:CreateScheduleGroup", "scheduler:GetScheduleGroup"]
    source  = "scheduler.resourceScheduleGroupCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "scheduler.resourceScheduleGroupUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["scheduler:TagResource", "scheduler:UntagResource"]
    source     = "scheduler.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["scheduler:DeleteScheduleGroup", "scheduler:GetScheduleGroup"]
    source  = "scheduler.resourceScheduleGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
