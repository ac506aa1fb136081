# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_workspaces_connection_alias" {
  service = "workspaces"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspaces.(*connectionAliasResource).Create, workspaces.(*connectionAliasResource).Read, workspaces.(*connectionAliasResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["workspaces:DescribeConnectionAliases", "workspaces:DescribeTags"]
    source  = "workspaces.(*connectionAliasResource).Read + workspaces.(*servicePackage).ListTags"
  }

  create {
    actions = ["workspaces:CreateConnectionAlias", "workspaces:DescribeConnectionAliases"]
    source  = "workspaces.(*connectionAliasResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces:CreateTags", "workspaces:DeleteTags"]
    source     = "workspaces.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces:DeleteConnectionAlias", "workspaces:DescribeConnectionAliases"]
    source  = "workspaces.(*connectionAliasResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_workspaces_directory" {
  service = "workspaces"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspaces.resourceDirectoryCreate, workspaces.resourceDirectoryRead, workspaces.resourceDirectoryUpdate, workspaces.resourceDirectoryDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: workspaces:ModifyCertificateBasedAuthProperties"

  read {
    actions = ["workspaces:DescribeTags", "workspaces:DescribeWorkspaceDirectories"]
    source  = "workspaces.resourceDirectoryRead + workspaces.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "workspaces:AssociateIpGroups",
      "workspaces:DescribeWorkspaceDirectories",
      "workspaces:ModifyCertificateBasedAuthProperties",
      "workspaces:ModifySamlProperties",
      "workspaces:ModifySelfservicePermissions",
      "workspaces:ModifyWorkspaceAccessProperties",
      "workspaces:ModifyWorkspaceCreationProperties",
      "workspaces:RegisterWorkspaceDirectory",
    ]
    source  = "workspaces.resourceDirectoryCreate"
  }

  update {
    attributes = []
    actions    = [
      "workspaces:AssociateIpGroups",
      "workspaces:DisassociateIpGroups",
      "workspaces:ModifyCertificateBasedAuthProperties",
      "workspaces:ModifySamlProperties",
      "workspaces:ModifySelfservicePermissions",
      "workspaces:ModifyWorkspaceAccessProperties",
      "workspaces:ModifyWorkspaceCreationProperties",
    ]
    source     = "workspaces.resourceDirectoryUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces:CreateTags", "workspaces:DeleteTags"]
    source     = "workspaces.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces:DeregisterWorkspaceDirectory", "workspaces:DescribeWorkspaceDirectories"]
    source  = "workspaces.resourceDirectoryDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_workspaces_ip_group" {
  service = "workspaces"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspaces.resourceIPGroupCreate, workspaces.resourceIPGroupRead, workspaces.resourceIPGroupUpdate, workspaces.resourceIPGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["workspaces:DescribeIpGroups", "workspaces:DescribeTags"]
    source  = "workspaces.resourceIPGroupRead + workspaces.(*servicePackage).ListTags"
  }

  create {
    actions = ["workspaces:CreateIpGroup", "workspaces:DescribeIpGroups"]
    source  = "workspaces.resourceIPGroupCreate"
  }

  update {
    attributes = []
    actions    = ["workspaces:UpdateRulesOfIpGroup"]
    source     = "workspaces.resourceIPGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces:CreateTags", "workspaces:DeleteTags"]
    source     = "workspaces.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "workspaces:DeleteIpGroup",
      "workspaces:DescribeWorkspaceDirectories",
      "workspaces:DisassociateIpGroups",
    ]
    source  = "workspaces.resourceIPGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_workspaces_pool" {
  service = "workspaces"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspaces.(*resourcePool).Create, workspaces.(*resourcePool).Read, workspaces.(*resourcePool).Update, workspaces.(*resourcePool).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: workspaces:CreateWorkspacesPool, workspaces:DescribeWorkspacesPools, workspaces:TerminateWorkspacesPool, workspaces:UpdateWorkspacesPool"

  read {
    actions = ["workspaces:DescribeTags", "workspaces:DescribeWorkspacesPools"]
    source  = "workspaces.(*resourcePool).Read + workspaces.(*servicePackage).ListTags"
  }

  create {
    actions = ["workspaces:CreateWorkspacesPool", "workspaces:DescribeWorkspacesPools"]
    source  = "workspaces.(*resourcePool).Create"
  }

  update {
    attributes = []
    actions    = ["workspaces:UpdateWorkspacesPool"]
    source     = "workspaces.(*resourcePool).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces:CreateTags", "workspaces:DeleteTags"]
    source     = "workspaces.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces:DescribeWorkspacesPools", "workspaces:TerminateWorkspacesPool"]
    source  = "workspaces.(*resourcePool).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_workspaces_workspace" {
  service = "workspaces"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspaces.resourceWorkspaceCreate, workspaces.resourceWorkspaceRead, workspaces.resourceWorkspaceUpdate, workspaces.resourceWorkspaceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["workspaces:DescribeTags", "workspaces:DescribeWorkspaces"]
    source  = "workspaces.resourceWorkspaceRead + workspaces.(*servicePackage).ListTags"
  }

  create {
    actions = ["workspaces:CreateWorkspaces", "workspaces:DescribeWorkspaces"]
    source  = "workspaces.resourceWorkspaceCreate"
  }

  update {
    attributes = []
    actions    = ["workspaces:ModifyWorkspaceProperties"]
    source     = "workspaces.resourceWorkspaceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces:CreateTags", "workspaces:DeleteTags"]
    source     = "workspaces.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces:DescribeWorkspaces", "workspaces:TerminateWorkspaces"]
    source  = "workspaces.resourceWorkspaceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_workspaces_bundle" {
  service = "workspaces"
  source  = "import: pike data/workspaces/aws_workspaces_bundle.json"

  read {
    actions = ["workspaces:DescribeWorkspaceBundles"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_workspaces_directory" {
  service = "workspaces"
  source  = "import: pike data/workspaces/aws_workspaces_directory.json"

  read {
    actions = ["workspaces:DescribeWorkspaceDirectories"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_workspaces_image" {
  service = "workspaces"
  source  = "import: pike data/workspaces/aws_workspaces_image.json"

  read {
    actions = ["workspaces:DescribeWorkspaceImages"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_workspaces_workspace" {
  service = "workspaces"
  source  = "import: pike data/workspaces/aws_workspaces_workspace.json"

  read {
    actions = ["workspaces:DescribeWorkspaces"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
