# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_amplify_app" {
  service = "amplify"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amplify.resourceAppCreate, amplify.resourceAppRead, amplify.resourceAppUpdate, amplify.resourceAppDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by amplify.CreateApp, amplify.UpdateApp (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["amplify:GetApp", "amplify:ListTagsForResource"]
    source  = "amplify.resourceAppRead + amplify.(*servicePackage).ListTags"
  }

  create {
    actions = ["amplify:CreateApp", "amplify:GetApp"]
    source  = "amplify.resourceAppCreate"
  }

  update {
    attributes = []
    actions    = ["amplify:UpdateApp"]
    source     = "amplify.resourceAppUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["amplify:TagResource", "amplify:UntagResource"]
    source     = "amplify.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["amplify:DeleteApp"]
    source  = "amplify.resourceAppDelete"
  }
}

resource "aws_amplify_backend_environment" {
  service = "amplify"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amplify.resourceBackendEnvironmentCreate, amplify.resourceBackendEnvironmentRead, amplify.resourceBackendEnvironmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["amplify:GetBackendEnvironment"]
    source  = "amplify.resourceBackendEnvironmentRead"
  }

  create {
    actions = ["amplify:CreateBackendEnvironment", "amplify:GetBackendEnvironment"]
    source  = "amplify.resourceBackendEnvironmentCreate"
  }

  delete {
    actions = ["amplify:DeleteBackendEnvironment"]
    source  = "amplify.resourceBackendEnvironmentDelete"
  }
}

resource "aws_amplify_branch" {
  service = "amplify"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amplify.resourceBranchCreate, amplify.resourceBranchRead, amplify.resourceBranchUpdate, amplify.resourceBranchDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["amplify:GetBranch", "amplify:ListTagsForResource"]
    source  = "amplify.resourceBranchRead + amplify.(*servicePackage).ListTags"
  }

  create {
    actions = ["amplify:CreateBranch", "amplify:GetBranch"]
    source  = "amplify.resourceBranchCreate"
  }

  update {
    attributes = []
    actions    = ["amplify:UpdateBranch"]
    source     = "amplify.resourceBranchUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["amplify:TagResource", "amplify:UntagResource"]
    source     = "amplify.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["amplify:DeleteBranch"]
    source  = "amplify.resourceBranchDelete"
  }
}

resource "aws_amplify_domain_association" {
  service = "amplify"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amplify.resourceDomainAssociationCreate, amplify.resourceDomainAssociationRead, amplify.resourceDomainAssociationUpdate, amplify.resourceDomainAssociationDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by amplify.CreateDomainAssociation, amplify.UpdateDomainAssociation (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["amplify:GetDomainAssociation"]
    source  = "amplify.resourceDomainAssociationRead"
  }

  create {
    actions = ["amplify:CreateDomainAssociation", "amplify:GetDomainAssociation"]
    source  = "amplify.resourceDomainAssociationCreate"
  }

  update {
    attributes = []
    actions    = ["amplify:UpdateDomainAssociation"]
    source     = "amplify.resourceDomainAssociationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["amplify:DeleteDomainAssociation"]
    source  = "amplify.resourceDomainAssociationDelete"
  }
}

resource "aws_amplify_webhook" {
  service = "amplify"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amplify.resourceWebhookCreate, amplify.resourceWebhookRead, amplify.resourceWebhookUpdate, amplify.resourceWebhookDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["amplify:GetWebHook"]
    source  = "amplify.resourceWebhookRead"
  }

  create {
    actions = ["amplify:CreateWebHook", "amplify:GetWebHook"]
    source  = "amplify.resourceWebhookCreate"
  }

  update {
    attributes = []
    actions    = ["amplify:UpdateWebHook"]
    source     = "amplify.resourceWebhookUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["amplify:DeleteWebHook"]
    source  = "amplify.resourceWebhookDelete"
  }
}
