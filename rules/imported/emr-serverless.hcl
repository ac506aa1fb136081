# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_emrserverless_application" {
  service = "emr-serverless"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (emrserverless.resourceApplicationCreate, emrserverless.resourceApplicationRead, emrserverless.resourceApplicationUpdate, emrserverless.resourceApplicationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: emr-serverless:CreateApplication, emr-serverless:DeleteApplication, emr-serverless:GetApplication, emr-serverless:ListTagsForResource, emr-serverless:TagResource, emr-serverless:UntagResource, emr-serverless:UpdateApplication"

  read {
    actions = ["emr-serverless:GetApplication", "emr-serverless:ListTagsForResource"]
    source  = "emrserverless.resourceApplicationRead + emrserverless.(*servicePackage).ListTags"
  }

  create {
    actions = ["emr-serverless:CreateApplication", "emr-serverless:GetApplication"]
    source  = "emrserverless.resourceApplicationCreate"
  }

  update {
    attributes = []
    actions    = ["emr-serverless:UpdateApplication"]
    source     = "emrserverless.resourceApplicationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["emr-serverless:TagResource", "emr-serverless:UntagResource"]
    source     = "emrserverless.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["emr-serverless:DeleteApplication", "emr-serverless:GetApplication"]
    source  = "emrserverless.resourceApplicationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
