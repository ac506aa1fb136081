# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_organizations_account" {
  service = "organizations"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (organizations.resourceAccountCreate, organizations.resourceAccountRead, organizations.resourceAccountUpdate, organizations.resourceAccountDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by organizations.CreateAccount, organizations.CreateGovCloudAccount (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = [
      "organizations:DescribeAccount",
      "organizations:ListParents",
      "organizations:ListTagsForResource",
    ]
    source  = "organizations.resourceAccountRead + organizations.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "organizations:CreateAccount",
      "organizations:CreateGovCloudAccount",
      "organizations:DescribeAccount",
      "organizations:DescribeCreateAccountStatus",
      "organizations:ListParents",
      "organizations:MoveAccount",
    ]
    source  = "organizations.resourceAccountCreate"
  }

  update {
    attributes = []
    actions    = ["organizations:MoveAccount"]
    source     = "organizations.resourceAccountUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["organizations:TagResource", "organizations:UntagResource"]
    source     = "organizations.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "organizations:CloseAccount",
      "organizations:DescribeAccount",
      "organizations:RemoveAccountFromOrganization",
    ]
    source  = "organizations.resourceAccountDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_organizations_aws_service_access" {
  service = "organizations"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (organizations.(*awsServiceAccessResource).Create, organizations.(*awsServiceAccessResource).Read, organizations.(*awsServiceAccessResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["organizations:ListAWSServiceAccessForOrganization"]
    source  = "organizations.(*awsServiceAccessResource).Read"
  }

  create {
    actions = [
      "organizations:EnableAWSServiceAccess",
      "organizations:ListAWSServiceAccessForOrganization",
    ]
    source  = "organizations.(*awsServiceAccessResource).Create"
  }

  delete {
    actions = ["organizations:DisableAWSServiceAccess"]
    source  = "organizations.(*awsServiceAccessResource).Delete"
  }
}

resource "aws_organizations_delegated_administrator" {
  service = "organizations"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (organizations.resourceDelegatedAdministratorCreate, organizations.resourceDelegatedAdministratorRead, organizations.resourceDelegatedAdministratorDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["organizations:ListDelegatedAdministrators"]
    source  = "organizations.resourceDelegatedAdministratorRead"
  }

  create {
    actions = [
      "organizations:ListDelegatedAdministrators",
      "organizations:RegisterDelegatedAdministrator",
    ]
    source  = "organizations.resourceDelegatedAdministratorCreate"
  }

  delete {
    actions = ["organizations:DeregisterDelegatedAdministrator"]
    source  = "organizations.resourceDelegatedAdministratorDelete"
  }
}

resource "aws_organizations_organization" {
  service = "organizations"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (organizations.resourceOrganizationCreate, organizations.resourceOrganizationRead, organizations.resourceOrganizationUpdate, organizations.resourceOrganizationDelete (no call-graph entry)) + iamlive-map 2022-08-19 + pike resource/organizations/aws_organizations_organization.json for delete"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete organizations.resourceOrganizationDelete (no call-graph entry)"

  read {
    actions = [
      "organizations:ListAWSServiceAccessForOrganization",
      "organizations:ListAccounts",
      "organizations:ListRoots",
    ]
    source  = "organizations.resourceOrganizationRead"
  }

  create {
    actions = [
      "organizations:CreateOrganization",
      "organizations:EnableAWSServiceAccess",
      "organizations:EnablePolicyType",
      "organizations:ListAWSServiceAccessForOrganization",
      "organizations:ListAccounts",
      "organizations:ListRoots",
    ]
    source  = "organizations.resourceOrganizationCreate"
  }

  update {
    attributes = []
    actions    = [
      "organizations:DisableAWSServiceAccess",
      "organizations:DisablePolicyType",
      "organizations:EnableAWSServiceAccess",
      "organizations:EnableAllFeatures",
      "organizations:EnablePolicyType",
    ]
    source     = "organizations.resourceOrganizationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["organizations:DeleteOrganization"]
    source  = "import: pike resource/organizations/aws_organizations_organization.json (delete re-phased from Pike's lists: the call graph has no entry for organizations.resourceOrganizationDelete)"
  }
}

resource "aws_organizations_organizational_unit" {
  service = "organizations"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (organizations.resourceOrganizationalUnitCreate, organizations.resourceOrganizationalUnitRead, organizations.resourceOrganizationalUnitUpdate, organizations.resourceOrganizationalUnitDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "organizations:DescribeOrganizationalUnit",
      "organizations:ListAccountsForParent",
      "organizations:ListParents",
      "organizations:ListTagsForResource",
    ]
    source  = "organizations.resourceOrganizationalUnitRead + organizations.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "organizations:CreateOrganizationalUnit",
      "organizations:DescribeOrganizationalUnit",
      "organizations:ListAccountsForParent",
      "organizations:ListParents",
    ]
    source  = "organizations.resourceOrganizationalUnitCreate"
  }

  update {
    attributes = []
    actions    = ["organizations:UpdateOrganizationalUnit"]
    source     = "organizations.resourceOrganizationalUnitUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["organizations:TagResource", "organizations:UntagResource"]
    source     = "organizations.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["organizations:DeleteOrganizationalUnit"]
    source  = "organizations.resourceOrganizationalUnitDelete"
  }
}

resource "aws_organizations_policy" {
  service = "organizations"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (organizations.resourcePolicyCreate, organizations.resourcePolicyRead, organizations.resourcePolicyUpdate, organizations.resourcePolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["organizations:DescribePolicy", "organizations:ListTagsForResource"]
    source  = "organizations.resourcePolicyRead + organizations.(*servicePackage).ListTags"
  }

  create {
    actions = ["organizations:CreatePolicy", "organizations:DescribePolicy"]
    source  = "organizations.resourcePolicyCreate"
  }

  update {
    attributes = []
    actions    = ["organizations:UpdatePolicy"]
    source     = "organizations.resourcePolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["organizations:TagResource", "organizations:UntagResource"]
    source     = "organizations.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["organizations:DeletePolicy"]
    source  = "organizations.resourcePolicyDelete"
  }
}

resource "aws_organizations_policy_attachment" {
  service = "organizations"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (organizations.resourcePolicyAttachmentCreate, organizations.resourcePolicyAttachmentRead, organizations.resourcePolicyAttachmentUpdate, organizations.resourcePolicyAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["organizations:ListTargetsForPolicy"]
    source  = "organizations.resourcePolicyAttachmentRead"
  }

  create {
    actions = ["organizations:AttachPolicy", "organizations:ListTargetsForPolicy"]
    source  = "organizations.resourcePolicyAttachmentCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "organizations.resourcePolicyAttachmentUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  delete {
    actions = ["organizations:DetachPolicy"]
    source  = "organizations.resourcePolicyAttachmentDelete"
  }
}

resource "aws_organizations_resource_policy" {
  service = "organizations"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (organizations.resourceResourcePolicyCreate, organizations.resourceResourcePolicyRead (no call-graph entry), organizations.resourceResourcePolicyUpdate, organizations.resourceResourcePolicyDelete (no call-graph entry)) + iamlive-map 2022-08-19 + pike resource/organizations/aws_organizations_resource_policy.json for delete, read"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete organizations.resourceResourcePolicyDelete (no call-graph entry), read organizations.resourceResourcePolicyRead (no call-graph entry); not in iamlive-map, identical IAM name used: organizations:PutResourcePolicy"

  read {
    actions = ["organizations:DescribeResourcePolicy", "organizations:ListTagsForResource"]
    source  = "import: pike resource/organizations/aws_organizations_resource_policy.json (read re-phased from Pike's lists: the call graph has no entry for organizations.resourceResourcePolicyRead) + organizations.(*servicePackage).ListTags"
  }

  create {
    actions = ["organizations:PutResourcePolicy"]
    source  = "organizations.resourceResourcePolicyCreate"
  }

  update {
    attributes = []
    actions    = ["organizations:PutResourcePolicy"]
    source     = "organizations.resourceResourcePolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["organizations:TagResource", "organizations:UntagResource"]
    source     = "organizations.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["organizations:DeleteResourcePolicy", "organizations:UntagResource"]
    source  = "import: pike resource/organizations/aws_organizations_resource_policy.json (delete re-phased from Pike's lists: the call graph has no entry for organizations.resourceResourcePolicyDelete)"
  }
}

resource "aws_organizations_tag" {
  service = "organizations"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (organizations.resourceTagCreate, organizations.resourceTagRead, organizations.resourceTagUpdate, organizations.resourceTagDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: organizations:UntagResource"

  read {
    actions = ["organizations:ListTagsForResource"]
    source  = "organizations.resourceTagRead"
  }

  create {
    actions = ["organizations:ListTagsForResource", "organizations:TagResource"]
    source  = "organizations.resourceTagCreate"
  }

  update {
    attributes = []
    actions    = ["organizations:TagResource", "organizations:UntagResource"]
    source     = "organizations.resourceTagUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["organizations:TagResource", "organizations:UntagResource"]
    source  = "organizations.resourceTagDelete"
  }
}

data "aws_organizations_account" {
  service = "organizations"
  source  = "import: pike data/organizations/aws_organizations_account.json"

  read {
    actions = ["organizations:DescribeAccount"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_organizations_delegated_administrators" {
  service = "organizations"
  source  = "import: pike data/organizations/aws_organizations_delegated_administrators.json"

  read {
    actions = ["organizations:ListDelegatedAdministrators"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_organizations_delegated_services" {
  service = "organizations"
  source  = "import: pike data/organizations/aws_organizations_delegated_services.json"

  read {
    actions = ["organizations:ListDelegatedServicesForAccount"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_organizations_organization" {
  service = "organizations"
  source  = "import: pike data/organizations/aws_organizations_organization.json"

  read {
    actions = [
      "organizations:DescribeOrganization",
      "organizations:ListAWSServiceAccessForOrganization",
      "organizations:ListAccounts",
      "organizations:ListRoots",
    ]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_organizations_organizational_unit" {
  service = "organizations"
  source  = "import: pike data/organizations/aws_organizations_organizational_unit.json"

  read {
    actions = ["organizations:DescribeOrganizationalUnit"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_organizations_organizational_unit_child_accounts" {
  service = "organizations"
  source  = "import: pike data/organizations/aws_organizations_organizational_unit_child_accounts.json"

  read {
    actions = ["organizations:ListChildren"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_organizations_organizational_unit_descendant_accounts" {
  service = "organizations"
  source  = "import: pike data/organizations/aws_organizations_organizational_unit_descendant_accounts.json"

  read {
    actions = ["organizations:ListOrganizationalUnitsForParent"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_organizations_organizational_unit_descendant_organizational_units" {
  service = "organizations"
  source  = "import: pike data/organizations/aws_organizations_organizational_unit_descendant_organizational_units.json"

  read {
    actions = ["organizations:DescribeOrganizationalUnit"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_organizations_organizational_units" {
  service = "organizations"
  source  = "import: pike data/organizations/aws_organizations_organizational_units.json"

  read {
    actions = ["organizations:ListAccounts"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_organizations_policies" {
  service = "organizations"
  source  = "import: pike data/organizations/aws_organizations_policies.json"

  read {
    actions = ["organizations:ListPolicies"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_organizations_policies_for_target" {
  service = "organizations"
  source  = "import: pike data/organizations/aws_organizations_policies_for_target.json"

  read {
    actions = ["organizations:ListTargetsForPolicy"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_organizations_policy" {
  service = "organizations"
  source  = "import: pike data/organizations/aws_organizations_policy.json"

  read {
    actions = ["organizations:DescribePolicy"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_organizations_resource_tags" {
  service = "organizations"
  source  = "import: pike data/organizations/aws_organizations_resource_tags.json"

  read {
    actions = ["organizations:ListTagsForResource"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
