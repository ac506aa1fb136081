# Amazon Athena (IAM prefix athena): hand-curated rules for workgroups.

resource "aws_athena_workgroup" {
  service           = "athena"
  source            = "terraform-provider-aws c665a0d5546e9ae53d5b25b9df73afbbc8f768bf internal/service/athena/workgroup.go; the stored aws-sdk-go-v2 version (transparent tagging) makes the same calls"
  arn               = "arn:${partition}:athena:${region}:${account}:workgroup/${name}"
  provider_versions = "5.100.0, 6.x"
  note              = "create, tags and destroy proven by capture (provider 5.100.0); update unproven: moto 5.2.1 does not implement UpdateWorkGroup"

  read {
    actions = ["athena:GetWorkGroup", "athena:ListTagsForResource"]
    source  = "resourceWorkGroupRead (findWorkGroupByName: GetWorkGroup); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["athena:CreateWorkGroup"]
    source  = "resourceWorkGroupCreate (CreateWorkGroup with configuration and tags)"
  }

  create {
    if_equals = ["state", "DISABLED"]
    actions   = ["athena:UpdateWorkGroup"]
    source    = "resourceWorkGroupCreate (UpdateWorkGroup State=DISABLED after create)"
  }

  update {
    attributes = ["configuration", "description", "force_destroy", "state"]
    actions    = ["athena:UpdateWorkGroup"]
    source     = "resourceWorkGroupUpdate (UpdateWorkGroup when anything but tags changes)"
    note       = "force_destroy is only read by Delete, but the handler's HasChangesExcept(tags, tags_all) still sends UpdateWorkGroup when it alone changes"
  }

  update {
    attributes = ["tags"]
    actions    = ["athena:TagResource", "athena:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["athena:DeleteWorkGroup"]
    source  = "resourceWorkGroupDelete (DeleteWorkGroup, RecursiveDeleteOption = force_destroy)"
  }
}
