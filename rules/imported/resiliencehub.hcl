# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_resiliencehub_resiliency_policy" {
  service = "resiliencehub"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (resiliencehub.(*resiliencyPolicyResource).Create, resiliencehub.(*resiliencyPolicyResource).Read, resiliencehub.(*resiliencyPolicyResource).Update, resiliencehub.(*resiliencyPolicyResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["resiliencehub:DescribeResiliencyPolicy", "resiliencehub:ListTagsForResource"]
    source  = "resiliencehub.(*resiliencyPolicyResource).Read + resiliencehub.(*servicePackage).ListTags"
  }

  create {
    actions = ["resiliencehub:CreateResiliencyPolicy", "resiliencehub:DescribeResiliencyPolicy"]
    source  = "resiliencehub.(*resiliencyPolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["resiliencehub:UpdateResiliencyPolicy"]
    source     = "resiliencehub.(*resiliencyPolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["resiliencehub:TagResource", "resiliencehub:UntagResource"]
    source     = "resiliencehub.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["resiliencehub:DeleteResiliencyPolicy", "resiliencehub:DescribeResiliencyPolicy"]
    source  = "resiliencehub.(*resiliencyPolicyResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
