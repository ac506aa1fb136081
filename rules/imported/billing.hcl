# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_billing_view" {
  service = "billing"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (billing.(*resourceView).Create, billing.(*resourceView).Read, billing.(*resourceView).Update, billing.(*resourceView).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: billing:CreateBillingView, billing:DeleteBillingView, billing:GetBillingView, billing:ListSourceViewsForBillingView, billing:ListTagsForResource, billing:TagResource, billing:UntagResource, billing:UpdateBillingView"

  read {
    actions = [
      "billing:GetBillingView",
      "billing:ListSourceViewsForBillingView",
      "billing:ListTagsForResource",
    ]
    source  = "billing.(*resourceView).Read + billing.(*servicePackage).ListTags"
  }

  create {
    actions = ["billing:CreateBillingView", "billing:GetBillingView"]
    source  = "billing.(*resourceView).Create"
  }

  update {
    attributes = []
    actions    = ["billing:UpdateBillingView"]
    source     = "billing.(*resourceView).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["billing:TagResource", "billing:UntagResource"]
    source     = "billing.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["billing:DeleteBillingView", "billing:GetBillingView"]
    source  = "billing.(*resourceView).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_billing_views" {
  service = "billing"
  source  = "import: pike data/billing/aws_billing_views.json"

  read {
    actions = ["billing:ListBillingViews"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
