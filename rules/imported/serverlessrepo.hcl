# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_serverlessapplicationrepository_cloudformation_stack" {
  service = "serverlessrepo"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (serverlessrepo.resourceCloudFormationStackCreate, serverlessrepo.resourceCloudFormationStackRead, serverlessrepo.resourceCloudFormationStackUpdate, serverlessrepo.resourceCloudFormationStackDelete (no call-graph entry)) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete serverlessrepo.resourceCloudFormationStackDelete (no call-graph entry)"

  read {
    actions = ["serverlessrepo:GetApplication"]
    source  = "serverlessrepo.resourceCloudFormationStackRead"
  }

  create {
    actions = ["serverlessrepo:CreateCloudFormationChangeSet", "serverlessrepo:GetApplication"]
    source  = "serverlessrepo.resourceCloudFormationStackCreate"
  }

  update {
    attributes = []
    actions    = ["serverlessrepo:CreateCloudFormationChangeSet"]
    source     = "serverlessrepo.resourceCloudFormationStackUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

data "aws_serverlessapplicationrepository_application" {
  service = "serverlessrepo"
  source  = "import: pike data/serverlessrepo/aws_serverlessapplicationrepository_application.json"

  read {
    actions = ["serverlessrepo:GetApplication"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
