# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cognito_identity_provider" {
  service = "cognito-idp"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cognitoidp.resourceIdentityProviderCreate, cognitoidp.resourceIdentityProviderRead, cognitoidp.resourceIdentityProviderUpdate, cognitoidp.resourceIdentityProviderDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cognito-idp:DescribeIdentityProvider"]
    source  = "cognitoidp.resourceIdentityProviderRead"
  }

  create {
    actions = ["cognito-idp:CreateIdentityProvider", "cognito-idp:DescribeIdentityProvider"]
    source  = "cognitoidp.resourceIdentityProviderCreate"
  }

  update {
    attributes = []
    actions    = ["cognito-idp:UpdateIdentityProvider"]
    source     = "cognitoidp.resourceIdentityProviderUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cognito-idp:DeleteIdentityProvider"]
    source  = "cognitoidp.resourceIdentityProviderDelete"
  }
}

resource "aws_cognito_log_delivery_configuration" {
  service = "cognito-idp"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cognitoidp.(*logDeliveryConfigurationResource).Create, cognitoidp.(*logDeliveryConfigurationResource).Read, cognitoidp.(*logDeliveryConfigurationResource).Update, cognitoidp.(*logDeliveryConfigurationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cognito-idp:GetLogDeliveryConfiguration, cognito-idp:SetLogDeliveryConfiguration"

  read {
    actions = ["cognito-idp:GetLogDeliveryConfiguration"]
    source  = "cognitoidp.(*logDeliveryConfigurationResource).Read"
  }

  create {
    actions = ["cognito-idp:SetLogDeliveryConfiguration"]
    source  = "cognitoidp.(*logDeliveryConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["cognito-idp:SetLogDeliveryConfiguration"]
    source     = "cognitoidp.(*logDeliveryConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cognito-idp:SetLogDeliveryConfiguration"]
    source  = "cognitoidp.(*logDeliveryConfigurationResource).Delete"
  }
}

resource "aws_cognito_managed_login_branding" {
  service = "cognito-idp"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cognitoidp.(*managedLoginBrandingResource).Create, cognitoidp.(*managedLoginBrandingResource).Read, cognitoidp.(*managedLoginBrandingResource).Update, cognitoidp.(*managedLoginBrandingResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cognito-idp:CreateManagedLoginBranding, cognito-idp:DeleteManagedLoginBranding, cognito-idp:DescribeManagedLoginBranding, cognito-idp:DescribeManagedLoginBrandingByClient, cognito-idp:UpdateManagedLoginBranding"

  read {
    actions = [
      "cognito-idp:DescribeManagedLoginBranding",
      "cognito-idp:DescribeManagedLoginBrandingByClient",
      "cognito-idp:ListUserPoolClients",
    ]
    source  = "cognitoidp.(*managedLoginBrandingResource).Read"
  }

  create {
    actions = ["cognito-idp:CreateManagedLoginBranding", "cognito-idp:DescribeManagedLoginBranding"]
    source  = "cognitoidp.(*managedLoginBrandingResource).Create"
  }

  update {
    attributes = []
    actions    = ["cognito-idp:UpdateManagedLoginBranding"]
    source     = "cognitoidp.(*managedLoginBrandingResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cognito-idp:DeleteManagedLoginBranding"]
    source  = "cognitoidp.(*managedLoginBrandingResource).Delete"
  }
}

resource "aws_cognito_managed_user_pool_client" {
  service = "cognito-idp"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cognitoidp.(*managedUserPoolClientResource).Create, cognitoidp.(*managedUserPoolClientResource).Read, cognitoidp.(*managedUserPoolClientResource).Update) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by cognito-idp.UpdateUserPoolClient (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["cognito-idp:DescribeUserPoolClient"]
    source  = "cognitoidp.(*managedUserPoolClientResource).Read"
  }

  create {
    actions = [
      "cognito-idp:DescribeUserPoolClient",
      "cognito-idp:ListUserPoolClients",
      "cognito-idp:UpdateUserPoolClient",
    ]
    source  = "cognitoidp.(*managedUserPoolClientResource).Create"
  }

  update {
    attributes = []
    actions    = ["cognito-idp:UpdateUserPoolClient"]
    source     = "cognitoidp.(*managedUserPoolClientResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_cognito_resource_server" {
  service = "cognito-idp"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cognitoidp.resourceResourceServerCreate, cognitoidp.resourceResourceServerRead, cognitoidp.resourceResourceServerUpdate, cognitoidp.resourceResourceServerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cognito-idp:DescribeResourceServer"]
    source  = "cognitoidp.resourceResourceServerRead"
  }

  create {
    actions = ["cognito-idp:CreateResourceServer", "cognito-idp:DescribeResourceServer"]
    source  = "cognitoidp.resourceResourceServerCreate"
  }

  update {
    attributes = []
    actions    = ["cognito-idp:UpdateResourceServer"]
    source     = "cognitoidp.resourceResourceServerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cognito-idp:DeleteResourceServer"]
    source  = "cognitoidp.resourceResourceServerDelete"
  }
}

resource "aws_cognito_risk_configuration" {
  service = "cognito-idp"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cognitoidp.resourceRiskConfigurationPut, cognitoidp.resourceRiskConfigurationRead, cognitoidp.resourceRiskConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cognito-idp:DescribeRiskConfiguration"]
    source  = "cognitoidp.resourceRiskConfigurationRead"
  }

  create {
    actions = ["cognito-idp:DescribeRiskConfiguration", "cognito-idp:SetRiskConfiguration"]
    source  = "cognitoidp.resourceRiskConfigurationPut"
  }

  update {
    attributes = []
    actions    = ["cognito-idp:SetRiskConfiguration"]
    source     = "cognitoidp.resourceRiskConfigurationPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cognito-idp:SetRiskConfiguration"]
    source  = "cognitoidp.resourceRiskConfigurationDelete"
  }
}

resource "aws_cognito_user" {
  service = "cognito-idp"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cognitoidp.resourceUserCreate, cognitoidp.resourceUserRead, cognitoidp.resourceUserUpdate, cognitoidp.resourceUserDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cognito-idp:AdminGetUser"]
    source  = "cognitoidp.resourceUserRead"
  }

  create {
    actions = [
      "cognito-idp:AdminCreateUser",
      "cognito-idp:AdminDisableUser",
      "cognito-idp:AdminGetUser",
      "cognito-idp:AdminSetUserPassword",
    ]
    source  = "cognitoidp.resourceUserCreate"
  }

  update {
    attributes = []
    actions    = [
      "cognito-idp:AdminDeleteUserAttributes",
      "cognito-idp:AdminDisableUser",
      "cognito-idp:AdminEnableUser",
      "cognito-idp:AdminSetUserPassword",
      "cognito-idp:AdminUpdateUserAttributes",
    ]
    source     = "cognitoidp.resourceUserUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cognito-idp:AdminDeleteUser"]
    source  = "cognitoidp.resourceUserDelete"
  }
}

resource "aws_cognito_user_group" {
  service = "cognito-idp"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cognitoidp.resourceUserGroupCreate, cognitoidp.resourceUserGroupRead, cognitoidp.resourceUserGroupUpdate, cognitoidp.resourceUserGroupDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by cognito-idp.CreateGroup, cognito-idp.UpdateGroup (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["cognito-idp:GetGroup"]
    source  = "cognitoidp.resourceUserGroupRead"
  }

  create {
    actions = ["cognito-idp:CreateGroup", "cognito-idp:GetGroup"]
    source  = "cognitoidp.resourceUserGroupCreate"
  }

  update {
    attributes = []
    actions    = ["cognito-idp:UpdateGroup"]
    source     = "cognitoidp.resourceUserGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cognito-idp:DeleteGroup"]
    source  = "cognitoidp.resourceUserGroupDelete"
  }
}

resource "aws_cognito_user_in_group" {
  service = "cognito-idp"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cognitoidp.resourceUserInGroupCreate, cognitoidp.resourceUserInGroupRead, cognitoidp.resourceUserInGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cognito-idp:AdminListGroupsForUser"]
    source  = "cognitoidp.resourceUserInGroupRead"
  }

  create {
    actions = ["cognito-idp:AdminAddUserToGroup", "cognito-idp:AdminListGroupsForUser"]
    source  = "cognitoidp.resourceUserInGroupCreate"
  }

  delete {
    actions = ["cognito-idp:AdminRemoveUserFromGroup"]
    source  = "cognitoidp.resourceUserInGroupDelete"
  }
}

resource "aws_cognito_user_pool_ui_customization" {
  service = "cognito-idp"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cognitoidp.resourceUserPoolUICustomizationPut, cognitoidp.resourceUserPoolUICustomizationRead, cognitoidp.resourceUserPoolUICustomizationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cognito-idp:GetUICustomization"]
    source  = "cognitoidp.resourceUserPoolUICustomizationRead"
  }

  create {
    actions = ["cognito-idp:GetUICustomization", "cognito-idp:SetUICustomization"]
    source  = "cognitoidp.resourceUserPoolUICustomizationPut"
  }

  update {
    attributes = []
    actions    = ["cognito-idp:SetUICustomization"]
    source     = "cognitoidp.resourceUserPoolUICustomizationPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cognito-idp:SetUICustomization"]
    source  = "cognitoidp.resourceUserPoolUICustomizationDelete"
  }
}

data "aws_cognito_user_group" {
  service = "cognito-idp"
  source  = "import: pike data/cognito-idp/aws_cognito_user_group.json"

  read {
    actions = ["cognito-idp:GetGroup"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cognito_user_groups" {
  service = "cognito-idp"
  source  = "import: pike data/cognito-idp/aws_cognito_user_groups.json"

  read {
    actions = ["cognito-idp:ListGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cognito_user_pool" {
  service = "cognito-idp"
  source  = "import: pike data/cognito-idp/aws_cognito_user_pool.json"

  read {
    actions = ["cognito-idp:DescribeUserPool"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cognito_user_pool_client" {
  service = "cognito-idp"
  source  = "import: pike data/cognito-idp/aws_cognito_user_pool_client.json"

  read {
    actions = ["cognito-idp:DescribeUserPoolClient"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cognito_user_pool_clients" {
  service = "cognito-idp"
  source  = "import: pike data/cognito-idp/aws_cognito_user_pool_clients.json"

  read {
    actions = ["cognito-idp:ListUserPoolClients"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cognito_user_pool_signing_certificate" {
  service = "cognito-idp"
  source  = "import: pike data/cognito-idp/aws_cognito_user_pool_signing_certificate.json"

  read {
    actions = ["cognito-idp:GetSigningCertificate"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cognito_user_pools" {
  service = "cognito-idp"
  source  = "import: pike data/cognito-idp/aws_cognito_user_pools.json"

  read {
    actions = ["cognito-idp:ListUserPools"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
