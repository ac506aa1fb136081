# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_codeartifact_domain" {
  service = "codeartifact"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codeartifact.resourceDomainCreate, codeartifact.resourceDomainRead, codeartifact.resourceDomainUpdate, codeartifact.resourceDomainDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codeartifact:DescribeDomain", "codeartifact:ListTagsForResource"]
    source  = "codeartifact.resourceDomainRead + codeartifact.(*servicePackage).ListTags"
  }

  create {
    actions = ["codeartifact:CreateDomain", "codeartifact:DescribeDomain"]
    source  = "codeartifact.resourceDomainCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "codeartifact.resourceDomainUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["codeartifact:TagResource", "codeartifact:UntagResource"]
    source     = "codeartifact.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["codeartifact:DeleteDomain"]
    source  = "codeartifact.resourceDomainDelete"
  }
}

resource "aws_codeartifact_domain_permissions_policy" {
  service = "codeartifact"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codeartifact.resourceDomainPermissionsPolicyPut, codeartifact.resourceDomainPermissionsPolicyRead, codeartifact.resourceDomainPermissionsPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codeartifact:GetDomainPermissionsPolicy"]
    source  = "codeartifact.resourceDomainPermissionsPolicyRead"
  }

  create {
    actions = ["codeartifact:GetDomainPermissionsPolicy", "codeartifact:PutDomainPermissionsPolicy"]
    source  = "codeartifact.resourceDomainPermissionsPolicyPut"
  }

  update {
    attributes = []
    actions    = ["codeartifact:PutDomainPermissionsPolicy"]
    source     = "codeartifact.resourceDomainPermissionsPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["codeartifact:DeleteDomainPermissionsPolicy"]
    source  = "codeartifact.resourceDomainPermissionsPolicyDelete"
  }
}

resource "aws_codeartifact_repository" {
  service = "codeartifact"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codeartifact.resourceRepositoryCreate, codeartifact.resourceRepositoryRead, codeartifact.resourceRepositoryUpdate, codeartifact.resourceRepositoryDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codeartifact:DescribeRepository", "codeartifact:ListTagsForResource"]
    source  = "codeartifact.resourceRepositoryRead + codeartifact.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "codeartifact:AssociateExternalConnection",
      "codeartifact:CreateRepository",
      "codeartifact:DescribeRepository",
    ]
    source  = "codeartifact.resourceRepositoryCreate"
  }

  update {
    attributes = []
    actions    = [
      "codeartifact:AssociateExternalConnection",
      "codeartifact:DisassociateExternalConnection",
      "codeartifact:UpdateRepository",
    ]
    source     = "codeartifact.resourceRepositoryUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["codeartifact:TagResource", "codeartifact:UntagResource"]
    source     = "codeartifact.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["codeartifact:DeleteRepository"]
    source  = "codeartifact.resourceRepositoryDelete"
  }
}

resource "aws_codeartifact_repository_permissions_policy" {
  service = "codeartifact"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codeartifact.resourceRepositoryPermissionsPolicyPut, codeartifact.resourceRepositoryPermissionsPolicyRead, codeartifact.resourceRepositoryPermissionsPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codeartifact:GetRepositoryPermissionsPolicy"]
    source  = "codeartifact.resourceRepositoryPermissionsPolicyRead"
  }

  create {
    actions = [
      "codeartifact:GetRepositoryPermissionsPolicy",
      "codeartifact:PutRepositoryPermissionsPolicy",
    ]
    source  = "codeartifact.resourceRepositoryPermissionsPolicyPut"
  }

  update {
    attributes = []
    actions    = ["codeartifact:PutRepositoryPermissionsPolicy"]
    source     = "codeartifact.resourceRepositoryPermissionsPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["codeartifact:DeleteRepositoryPermissionsPolicy"]
    source  = "codeartifact.resourceRepositoryPermissionsPolicyDelete"
  }
}

data "aws_codeartifact_authorization_token" {
  service = "codeartifact"
  source  = "import: pike data/codeartifact/aws_codeartifact_authorization_token.json"

  read {
    actions = ["codeartifact:GetAuthorizationToken", "sts:GetServiceBearerToken"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_codeartifact_repository_endpoint" {
  service = "codeartifact"
  source  = "import: pike data/codeartifact/aws_codeartifact_repository_endpoint.json"

  read {
    actions = ["codeartifact:GetRepositoryEndpoint"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
