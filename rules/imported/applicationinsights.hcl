# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_applicationinsights_application" {
  service = "applicationinsights"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (applicationinsights.resourceApplicationCreate, applicationinsights.resourceApplicationRead, applicationinsights.resourceApplicationUpdate, applicationinsights.resourceApplicationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["applicationinsights:DescribeApplication", "applicationinsights:ListTagsForResource"]
    source  = "applicationinsights.resourceApplicationRead + applicationinsights.(*servicePackage).ListTags"
  }

  create {
    actions = ["applicationinsights:CreateApplication", "applicationinsights:DescribeApplication"]
    source  = "applicationinsights.resourceApplicationCreate"
  }

  update {
    attributes = []
    actions    = ["applicationinsights:UpdateApplication"]
    source     = "applicationinsights.resourceApplicationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["applicationinsights:TagResource", "applicationinsights:UntagResource"]
    source     = "applicationinsights.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["applicationinsights:DeleteApplication", "applicationinsights:DescribeApplication"]
    source  = "applicationinsights.resourceApplicationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
