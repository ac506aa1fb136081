# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cur_report_definition" {
  service = "cur"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cur.resourceReportDefinitionCreate, cur.resourceReportDefinitionRead, cur.resourceReportDefinitionUpdate, cur.resourceReportDefinitionDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cur:ListTagsForResource, cur:TagResource, cur:UntagResource"

  read {
    actions = ["cur:DescribeReportDefinitions", "cur:ListTagsForResource"]
    source  = "cur.resourceReportDefinitionRead + cur.(*servicePackage).ListTags"
  }

  create {
    actions = ["cur:DescribeReportDefinitions", "cur:PutReportDefinition"]
    source  = "cur.resourceReportDefinitionCreate"
  }

  update {
    attributes = []
    actions    = ["cur:ModifyReportDefinition"]
    source     = "cur.resourceReportDefinitionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cur:TagResource", "cur:UntagResource"]
    source     = "cur.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cur:DeleteReportDefinition"]
    source  = "cur.resourceReportDefinitionDelete"
  }
}
