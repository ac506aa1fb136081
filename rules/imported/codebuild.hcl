# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_codebuild_fleet" {
  service = "codebuild"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codebuild.resourceFleetCreate, codebuild.resourceFleetRead, codebuild.resourceFleetUpdate, codebuild.resourceFleetDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: codebuild:BatchGetFleets, codebuild:CreateFleet, codebuild:DeleteFleet, codebuild:UpdateFleet"

  read {
    actions = ["codebuild:BatchGetFleets"]
    source  = "codebuild.resourceFleetRead"
  }

  create {
    actions = ["codebuild:BatchGetFleets", "codebuild:CreateFleet"]
    source  = "codebuild.resourceFleetCreate"
  }

  update {
    attributes = []
    actions    = ["codebuild:UpdateFleet"]
    source     = "codebuild.resourceFleetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["codebuild:BatchGetFleets", "codebuild:DeleteFleet"]
    source  = "codebuild.resourceFleetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_codebuild_report_group" {
  service = "codebuild"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codebuild.resourceReportGroupCreate, codebuild.resourceReportGroupRead, codebuild.resourceReportGroupUpdate, codebuild.resourceReportGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codebuild:BatchGetReportGroups"]
    source  = "codebuild.resourceReportGroupRead"
  }

  create {
    actions = ["codebuild:BatchGetReportGroups", "codebuild:CreateReportGroup"]
    source  = "codebuild.resourceReportGroupCreate"
  }

  update {
    attributes = []
    actions    = ["codebuild:UpdateReportGroup"]
    source     = "codebuild.resourceReportGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["codebuild:BatchGetReportGroups", "codebuild:DeleteReportGroup"]
    source  = "codebuild.resourceReportGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_codebuild_resource_policy" {
  service = "codebuild"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codebuild.resourceResourcePolicyPut, codebuild.resourceResourcePolicyRead, codebuild.resourceResourcePolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codebuild:GetResourcePolicy"]
    source  = "codebuild.resourceResourcePolicyRead"
  }

  create {
    actions = ["codebuild:GetResourcePolicy", "codebuild:PutResourcePolicy"]
    source  = "codebuild.resourceResourcePolicyPut"
  }

  update {
    attributes = []
    actions    = ["codebuild:PutResourcePolicy"]
    source     = "codebuild.resourceResourcePolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["codebuild:DeleteResourcePolicy"]
    source  = "codebuild.resourceResourcePolicyDelete"
  }
}

resource "aws_codebuild_source_credential" {
  service = "codebuild"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codebuild.resourceSourceCredentialCreate, codebuild.resourceSourceCredentialRead, codebuild.resourceSourceCredentialDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codebuild:ListSourceCredentials"]
    source  = "codebuild.resourceSourceCredentialRead"
  }

  create {
    actions = ["codebuild:ImportSourceCredentials", "codebuild:ListSourceCredentials"]
    source  = "codebuild.resourceSourceCredentialCreate"
  }

  delete {
    actions = ["codebuild:DeleteSourceCredentials"]
    source  = "codebuild.resourceSourceCredentialDelete"
  }
}

resource "aws_codebuild_webhook" {
  service = "codebuild"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codebuild.resourceWebhookCreate, codebuild.resourceWebhookRead, codebuild.resourceWebhookUpdate, codebuild.resourceWebhookDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codebuild:BatchGetProjects"]
    source  = "codebuild.resourceWebhookRead"
  }

  create {
    actions = ["codebuild:BatchGetProjects", "codebuild:CreateWebhook"]
    source  = "codebuild.resourceWebhookCreate"
  }

  update {
    attributes = []
    actions    = ["codebuild:UpdateWebhook"]
    source     = "codebuild.resourceWebhookUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["codebuild:DeleteWebhook"]
    source  = "codebuild.resourceWebhookDelete"
  }
}

data "aws_codebuild_fleet" {
  service = "codebuild"
  source  = "import: pike data/codebuild/aws_codebuild_fleet.json"

  read {
    actions = ["codebuild:BatchGetFleets"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
