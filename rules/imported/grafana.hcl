# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_grafana_license_association" {
  service = "grafana"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (grafana.resourceLicenseAssociationCreate, grafana.resourceLicenseAssociationRead, grafana.resourceLicenseAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["grafana:DescribeWorkspace"]
    source  = "grafana.resourceLicenseAssociationRead"
  }

  create {
    actions = [
      "aws-marketplace:ViewSubscriptions",
      "grafana:AssociateLicense",
      "grafana:DescribeWorkspace",
    ]
    source  = "grafana.resourceLicenseAssociationCreate"
  }

  delete {
    actions = ["grafana:DescribeWorkspace", "grafana:DisassociateLicense"]
    source  = "grafana.resourceLicenseAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_grafana_role_association" {
  service = "grafana"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (grafana.resourceRoleAssociationUpsert, grafana.resourceRoleAssociationRead, grafana.resourceRoleAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["grafana:ListPermissions"]
    source  = "grafana.resourceRoleAssociationRead"
  }

  create {
    actions = ["grafana:ListPermissions", "grafana:UpdatePermissions"]
    source  = "grafana.resourceRoleAssociationUpsert"
  }

  update {
    attributes = []
    actions    = ["grafana:UpdatePermissions"]
    source     = "grafana.resourceRoleAssociationUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["grafana:UpdatePermissions"]
    source  = "grafana.resourceRoleAssociationDelete"
  }
}

resource "aws_grafana_workspace" {
  service = "grafana"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (grafana.resourceWorkspaceCreate, grafana.resourceWorkspaceRead, grafana.resourceWorkspaceUpdate, grafana.resourceWorkspaceDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: grafana:DescribeWorkspaceConfiguration, grafana:UpdateWorkspaceConfiguration"

  read {
    actions = [
      "grafana:DescribeWorkspace",
      "grafana:DescribeWorkspaceConfiguration",
      "grafana:ListTagsForResource",
    ]
    source  = "grafana.resourceWorkspaceRead + grafana.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "grafana:CreateWorkspace",
      "grafana:DescribeWorkspace",
      "grafana:DescribeWorkspaceConfiguration",
      "organizations:DescribeOrganization",
      "sso:CreateManagedApplicationInstance",
      "sso:DescribeRegisteredRegions",
      "sso:GetSharedSsoConfiguration",
    ]
    source  = "grafana.resourceWorkspaceCreate"
  }

  update {
    attributes = []
    actions    = ["grafana:UpdateWorkspace", "grafana:UpdateWorkspaceConfiguration"]
    source     = "grafana.resourceWorkspaceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["grafana:TagResource", "grafana:UntagResource"]
    source     = "grafana.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "grafana:DeleteWorkspace",
      "grafana:DescribeWorkspace",
      "sso:DeleteManagedApplicationInstance",
    ]
    source  = "grafana.resourceWorkspaceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_grafana_workspace_api_key" {
  service = "grafana"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (grafana.resourceWorkspaceAPIKeyCreate, schema.NoopContext, grafana.resourceWorkspaceAPIKeyDelete) + iamlive-map 2022-08-19"

  create {
    actions = ["grafana:CreateWorkspaceApiKey"]
    source  = "grafana.resourceWorkspaceAPIKeyCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "schema.NoopContext"
    note       = "the provider's update is schema.NoopContext: it makes no call"
  }

  delete {
    actions = ["grafana:DeleteWorkspaceApiKey"]
    source  = "grafana.resourceWorkspaceAPIKeyDelete"
  }
}

resource "aws_grafana_workspace_saml_configuration" {
  service = "grafana"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (grafana.resourceWorkspaceSAMLConfigurationUpsert, grafana.resourceWorkspaceSAMLConfigurationRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["grafana:DescribeWorkspaceAuthentication"]
    source  = "grafana.resourceWorkspaceSAMLConfigurationRead"
  }

  create {
    actions = [
      "grafana:DescribeWorkspace",
      "grafana:DescribeWorkspaceAuthentication",
      "grafana:UpdateWorkspaceAuthentication",
    ]
    source  = "grafana.resourceWorkspaceSAMLConfigurationUpsert"
  }

  update {
    attributes = []
    actions    = ["grafana:UpdateWorkspaceAuthentication"]
    source     = "grafana.resourceWorkspaceSAMLConfigurationUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_grafana_workspace_service_account" {
  service = "grafana"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (grafana.(*workspaceServiceAccountResource).Create, grafana.(*workspaceServiceAccountResource).Read, grafana.(*workspaceServiceAccountResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: grafana:CreateWorkspaceServiceAccount, grafana:DeleteWorkspaceServiceAccount, grafana:ListWorkspaceServiceAccounts"

  read {
    actions = ["grafana:ListWorkspaceServiceAccounts"]
    source  = "grafana.(*workspaceServiceAccountResource).Read"
  }

  create {
    actions = ["grafana:CreateWorkspaceServiceAccount"]
    source  = "grafana.(*workspaceServiceAccountResource).Create"
  }

  delete {
    actions = ["grafana:DeleteWorkspaceServiceAccount"]
    source  = "grafana.(*workspaceServiceAccountResource).Delete"
  }
}

resource "aws_grafana_workspace_service_account_token" {
  service = "grafana"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (grafana.(*workspaceServiceAccountTokenResource).Create, grafana.(*workspaceServiceAccountTokenResource).Read, grafana.(*workspaceServiceAccountTokenResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: grafana:CreateWorkspaceServiceAccountToken, grafana:DeleteWorkspaceServiceAccountToken, grafana:ListWorkspaceServiceAccountTokens"

  read {
    actions = ["grafana:ListWorkspaceServiceAccountTokens"]
    source  = "grafana.(*workspaceServiceAccountTokenResource).Read"
  }

  create {
    actions = [
      "grafana:CreateWorkspaceServiceAccountToken",
      "grafana:ListWorkspaceServiceAccountTokens",
    ]
    source  = "grafana.(*workspaceServiceAccountTokenResource).Create"
  }

  delete {
    actions = ["grafana:DeleteWorkspaceServiceAccountToken"]
    source  = "grafana.(*workspaceServiceAccountTokenResource).Delete"
  }
}

data "aws_grafana_workspace" {
  service = "grafana"
  source  = "import: pike data/grafana/aws_grafana_workspace.json"

  read {
    actions = ["grafana:DescribeWorkspace"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
