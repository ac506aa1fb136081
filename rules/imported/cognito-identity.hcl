# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cognito_identity_pool" {
  service = "cognito-identity"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cognitoidentity.resourcePoolCreate, cognitoidentity.resourcePoolRead, cognitoidentity.resourcePoolUpdate, cognitoidentity.resourcePoolDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cognito-identity:DescribeIdentityPool", "cognito-identity:ListTagsForResource"]
    source  = "cognitoidentity.resourcePoolRead + cognitoidentity.(*servicePackage).ListTags"
  }

  create {
    actions = ["cognito-identity:CreateIdentityPool", "cognito-identity:DescribeIdentityPool"]
    source  = "cognitoidentity.resourcePoolCreate"
  }

  update {
    attributes = []
    actions    = ["cognito-identity:UpdateIdentityPool"]
    source     = "cognitoidentity.resourcePoolUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cognito-identity:TagResource", "cognito-identity:UntagResource"]
    source     = "cognitoidentity.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cognito-identity:DeleteIdentityPool"]
    source  = "cognitoidentity.resourcePoolDelete"
  }
}

resource "aws_cognito_identity_pool_provider_principal_tag" {
  service = "cognito-identity"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cognitoidentity.resourcePoolProviderPrincipalTagCreate, cognitoidentity.resourcePoolProviderPrincipalTagRead, cognitoidentity.resourcePoolProviderPrincipalTagUpdate, cognitoidentity.resourcePoolProviderPrincipalTagDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cognito-identity:GetPrincipalTagAttributeMap"]
    source  = "cognitoidentity.resourcePoolProviderPrincipalTagRead"
  }

  create {
    actions = [
      "cognito-identity:GetPrincipalTagAttributeMap",
      "cognito-identity:SetPrincipalTagAttributeMap",
    ]
    source  = "cognitoidentity.resourcePoolProviderPrincipalTagCreate"
  }

  update {
    attributes = []
    actions    = ["cognito-identity:SetPrincipalTagAttributeMap"]
    source     = "cognitoidentity.resourcePoolProviderPrincipalTagUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cognito-identity:SetPrincipalTagAttributeMap"]
    source  = "cognitoidentity.resourcePoolProviderPrincipalTagDelete"
  }
}

resource "aws_cognito_identity_pool_roles_attachment" {
  service = "cognito-identity"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cognitoidentity.resourcePoolRolesAttachmentCreate, cognitoidentity.resourcePoolRolesAttachmentRead, cognitoidentity.resourcePoolRolesAttachmentUpdate, cognitoidentity.resourcePoolRolesAttachmentDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by cognito-identity.SetIdentityPoolRoles (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["cognito-identity:GetIdentityPoolRoles"]
    source  = "cognitoidentity.resourcePoolRolesAttachmentRead"
  }

  create {
    actions = ["cognito-identity:GetIdentityPoolRoles", "cognito-identity:SetIdentityPoolRoles"]
    source  = "cognitoidentity.resourcePoolRolesAttachmentCreate"
  }

  update {
    attributes = []
    actions    = ["cognito-identity:SetIdentityPoolRoles"]
    source     = "cognitoidentity.resourcePoolRolesAttachmentUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cognito-identity:SetIdentityPoolRoles"]
    source  = "cognitoidentity.resourcePoolRolesAttachmentDelete"
  }
}

data "aws_cognito_identity_pool" {
  service = "cognito-identity"
  source  = "import: pike data/cognito-identity/aws_cognito_identity_pool.json"

  read {
    actions = ["cognito-identity:DescribeIdentityPool", "cognito-identity:ListIdentityPools"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
