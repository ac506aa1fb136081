# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_codeconnections_connection" {
  service = "codeconnections"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codeconnections.(*connectionResource).Create, codeconnections.(*connectionResource).Read, codeconnections.(*connectionResource).Update (no call-graph entry), codeconnections.(*connectionResource).Delete) + iamlive-map 2022-08-19 + pike resource/codeconnections/aws_codeconnections_connection.json for update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update codeconnections.(*connectionResource).Update (no call-graph entry); not in iamlive-map, identical IAM name used: codeconnections:CreateConnection, codeconnections:DeleteConnection, codeconnections:GetConnection, codeconnections:ListTagsForResource, codeconnections:TagResource, codeconnections:UntagResource"

  read {
    actions = ["codeconnections:GetConnection", "codeconnections:ListTagsForResource"]
    source  = "codeconnections.(*connectionResource).Read + codeconnections.(*servicePackage).ListTags"
  }

  create {
    actions = ["codeconnections:CreateConnection", "codeconnections:GetConnection"]
    source  = "codeconnections.(*connectionResource).Create"
  }

  update {
    attributes = []
    actions    = []
    source     = "import: pike resource/codeconnections/aws_codeconnections_connection.json (update re-phased from Pike's lists: the call graph has no entry for codeconnections.(*connectionResource).Update)"
  }

  update {
    attributes = ["tags"]
    actions    = ["codeconnections:TagResource", "codeconnections:UntagResource"]
    source     = "codeconnections.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["codeconnections:DeleteConnection", "codeconnections:GetConnection"]
    source  = "codeconnections.(*connectionResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_codeconnections_host" {
  service = "codeconnections"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codeconnections.(*hostResource).Create, codeconnections.(*hostResource).Read, codeconnections.(*hostResource).Update, codeconnections.(*hostResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: codeconnections:CreateHost, codeconnections:DeleteHost, codeconnections:GetHost, codeconnections:ListTagsForResource, codeconnections:TagResource, codeconnections:UntagResource, codeconnections:UpdateHost"

  read {
    actions = ["codeconnections:GetHost", "codeconnections:ListTagsForResource"]
    source  = "codeconnections.(*hostResource).Read + codeconnections.(*servicePackage).ListTags"
  }

  create {
    actions = ["codeconnections:CreateHost", "codeconnections:GetHost"]
    source  = "codeconnections.(*hostResource).Create"
  }

  update {
    attributes = []
    actions    = ["codeconnections:UpdateHost"]
    source     = "codeconnections.(*hostResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["codeconnections:TagResource", "codeconnections:UntagResource"]
    source     = "codeconnections.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["codeconnections:DeleteHost", "codeconnections:GetHost"]
    source  = "codeconnections.(*hostResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
