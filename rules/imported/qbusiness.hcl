# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_qbusiness_application" {
  service = "qbusiness"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (qbusiness.(*applicationResource).Create, qbusiness.(*applicationResource).Read, qbusiness.(*applicationResource).Update, qbusiness.(*applicationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: qbusiness:CreateApplication, qbusiness:DeleteApplication, qbusiness:GetApplication, qbusiness:ListTagsForResource, qbusiness:TagResource, qbusiness:UntagResource, qbusiness:UpdateApplication"

  read {
    actions = ["qbusiness:GetApplication", "qbusiness:ListTagsForResource"]
    source  = "qbusiness.(*applicationResource).Read + qbusiness.(*servicePackage).ListTags"
  }

  create {
    actions = ["qbusiness:CreateApplication", "qbusiness:GetApplication"]
    source  = "qbusiness.(*applicationResource).Create"
  }

  update {
    attributes = []
    actions    = ["qbusiness:UpdateApplication"]
    source     = "qbusiness.(*applicationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["qbusiness:TagResource", "qbusiness:UntagResource"]
    source     = "qbusiness.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["qbusiness:DeleteApplication", "qbusiness:GetApplication"]
    source  = "qbusiness.(*applicationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
