# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_quicksight_account_settings" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*accountSettingsResource).Create, quicksight.(*accountSettingsResource).Read, quicksight.(*accountSettingsResource).Update) + iamlive-map 2022-08-19"

  read {
    actions = ["quicksight:DescribeAccountSettings"]
    source  = "quicksight.(*accountSettingsResource).Read"
  }

  create {
    actions = ["quicksight:DescribeAccountSettings", "quicksight:UpdateAccountSettings"]
    source  = "quicksight.(*accountSettingsResource).Create"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateAccountSettings"]
    source     = "quicksight.(*accountSettingsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_quicksight_account_subscription" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.resourceAccountSubscriptionCreate, quicksight.resourceAccountSubscriptionRead, quicksight.resourceAccountSubscriptionDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: quicksight:DeleteAccountSubscription"

  read {
    actions = ["quicksight:DescribeAccountSubscription"]
    source  = "quicksight.resourceAccountSubscriptionRead"
  }

  create {
    actions = ["quicksight:CreateAccountSubscription", "quicksight:DescribeAccountSubscription"]
    source  = "quicksight.resourceAccountSubscriptionCreate"
  }

  delete {
    actions = ["quicksight:DeleteAccountSubscription", "quicksight:DescribeAccountSubscription"]
    source  = "quicksight.resourceAccountSubscriptionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_quicksight_analysis" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.resourceAnalysisCreate, quicksight.resourceAnalysisRead, quicksight.resourceAnalysisUpdate, quicksight.resourceAnalysisDelete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create quicksight.DescribeAnalysisDefinition, read quicksight.DescribeAnalysisDefinition, update quicksight.DescribeAnalysisDefinition"

  read {
    actions = [
      "quicksight:DescribeAnalysis",
      "quicksight:DescribeAnalysisPermissions",
      "quicksight:ListTagsForResource",
    ]
    source  = "quicksight.resourceAnalysisRead + quicksight.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "quicksight:CreateAnalysis",
      "quicksight:DescribeAnalysis",
      "quicksight:DescribeAnalysisPermissions",
    ]
    source  = "quicksight.resourceAnalysisCreate"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateAnalysis", "quicksight:UpdateAnalysisPermissions"]
    source     = "quicksight.resourceAnalysisUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["quicksight:TagResource", "quicksight:UntagResource"]
    source     = "quicksight.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["quicksight:DeleteAnalysis"]
    source  = "quicksight.resourceAnalysisDelete"
  }
}

resource "aws_quicksight_custom_permissions" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*customPermissionsResource).Create, quicksight.(*customPermissionsResource).Read, quicksight.(*customPermissionsResource).Update, quicksight.(*customPermissionsResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: quicksight:CreateCustomPermissions, quicksight:DeleteCustomPermissions, quicksight:DescribeCustomPermissions, quicksight:UpdateCustomPermissions"

  read {
    actions = ["quicksight:DescribeCustomPermissions", "quicksight:ListTagsForResource"]
    source  = "quicksight.(*customPermissionsResource).Read + quicksight.(*servicePackage).ListTags"
  }

  create {
    actions = ["quicksight:CreateCustomPermissions"]
    source  = "quicksight.(*customPermissionsResource).Create"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateCustomPermissions"]
    source     = "quicksight.(*customPermissionsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["quicksight:TagResource", "quicksight:UntagResource"]
    source     = "quicksight.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["quicksight:DeleteCustomPermissions"]
    source  = "quicksight.(*customPermissionsResource).Delete"
  }
}

resource "aws_quicksight_dashboard" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.resourceDashboardCreate, quicksight.resourceDashboardRead, quicksight.resourceDashboardUpdate, quicksight.resourceDashboardDelete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create quicksight.DescribeDashboardDefinition, read quicksight.DescribeDashboardDefinition, update quicksight.DescribeDashboardDefinition"

  read {
    actions = [
      "quicksight:DescribeDashboard",
      "quicksight:DescribeDashboardPermissions",
      "quicksight:ListTagsForResource",
    ]
    source  = "quicksight.resourceDashboardRead + quicksight.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "quicksight:CreateDashboard",
      "quicksight:DescribeDashboard",
      "quicksight:DescribeDashboardPermissions",
    ]
    source  = "quicksight.resourceDashboardCreate"
  }

  update {
    attributes = []
    actions    = [
      "quicksight:UpdateDashboard",
      "quicksight:UpdateDashboardPermissions",
      "quicksight:UpdateDashboardPublishedVersion",
    ]
    source     = "quicksight.resourceDashboardUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["quicksight:TagResource", "quicksight:UntagResource"]
    source     = "quicksight.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["quicksight:DeleteDashboard"]
    source  = "quicksight.resourceDashboardDelete"
  }
}

resource "aws_quicksight_data_set" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.resourceDataSetCreate, quicksight.resourceDataSetRead, quicksight.resourceDataSetUpdate, quicksight.resourceDataSetDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: quicksight:DeleteDataSetRefreshProperties, quicksight:DescribeDataSetRefreshProperties, quicksight:PutDataSetRefreshProperties"

  read {
    actions = [
      "quicksight:DescribeDataSet",
      "quicksight:DescribeDataSetPermissions",
      "quicksight:DescribeDataSetRefreshProperties",
      "quicksight:ListTagsForResource",
    ]
    source  = "quicksight.resourceDataSetRead + quicksight.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "quicksight:CreateDataSet",
      "quicksight:DescribeDataSet",
      "quicksight:DescribeDataSetPermissions",
      "quicksight:DescribeDataSetRefreshProperties",
      "quicksight:PassDataSource",
      "quicksight:PutDataSetRefreshProperties",
    ]
    source  = "quicksight.resourceDataSetCreate"
  }

  update {
    attributes = []
    actions    = [
      "quicksight:DeleteDataSetRefreshProperties",
      "quicksight:PutDataSetRefreshProperties",
      "quicksight:UpdateDataSet",
      "quicksight:UpdateDataSetPermissions",
    ]
    source     = "quicksight.resourceDataSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["quicksight:TagResource", "quicksight:UntagResource"]
    source     = "quicksight.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["quicksight:DeleteDataSet"]
    source  = "quicksight.resourceDataSetDelete"
  }
}

resource "aws_quicksight_data_source" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.resourceDataSourceCreate, quicksight.resourceDataSourceRead, quicksight.resourceDataSourceUpdate, quicksight.resourceDataSourceDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "quicksight:DescribeDataSource",
      "quicksight:DescribeDataSourcePermissions",
      "quicksight:ListTagsForResource",
    ]
    source  = "quicksight.resourceDataSourceRead + quicksight.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "quicksight:CreateDataSource",
      "quicksight:DescribeDataSource",
      "quicksight:DescribeDataSourcePermissions",
    ]
    source  = "quicksight.resourceDataSourceCreate"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateDataSource", "quicksight:UpdateDataSourcePermissions"]
    source     = "quicksight.resourceDataSourceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["quicksight:TagResource", "quicksight:UntagResource"]
    source     = "quicksight.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["quicksight:DeleteDataSource"]
    source  = "quicksight.resourceDataSourceDelete"
  }
}

resource "aws_quicksight_folder" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.resourceFolderCreate, quicksight.resourceFolderRead, quicksight.resourceFolderUpdate, quicksight.resourceFolderDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "quicksight:DescribeFolder",
      "quicksight:DescribeFolderPermissions",
      "quicksight:ListTagsForResource",
    ]
    source  = "quicksight.resourceFolderRead + quicksight.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "quicksight:CreateFolder",
      "quicksight:DescribeFolder",
      "quicksight:DescribeFolderPermissions",
    ]
    source  = "quicksight.resourceFolderCreate"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateFolder", "quicksight:UpdateFolderPermissions"]
    source     = "quicksight.resourceFolderUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["quicksight:TagResource", "quicksight:UntagResource"]
    source     = "quicksight.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["quicksight:DeleteFolder"]
    source  = "quicksight.resourceFolderDelete"
  }
}

resource "aws_quicksight_folder_membership" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*folderMembershipResource).Create, quicksight.(*folderMembershipResource).Read, quicksight.(*folderMembershipResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["quicksight:ListFolderMembers"]
    source  = "quicksight.(*folderMembershipResource).Read"
  }

  create {
    actions = ["quicksight:CreateFolderMembership"]
    source  = "quicksight.(*folderMembershipResource).Create"
  }

  delete {
    actions = ["quicksight:DeleteFolderMembership"]
    source  = "quicksight.(*folderMembershipResource).Delete"
  }
}

resource "aws_quicksight_group" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.resourceGroupCreate, quicksight.resourceGroupRead, quicksight.resourceGroupUpdate, quicksight.resourceGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["quicksight:DescribeGroup"]
    source  = "quicksight.resourceGroupRead"
  }

  create {
    actions = ["quicksight:CreateGroup", "quicksight:DescribeGroup"]
    source  = "quicksight.resourceGroupCreate"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateGroup"]
    source     = "quicksight.resourceGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["quicksight:DeleteGroup"]
    source  = "quicksight.resourceGroupDelete"
  }
}

resource "aws_quicksight_group_membership" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.resourceGroupMembershipCreate, quicksight.resourceGroupMembershipRead, quicksight.resourceGroupMembershipDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["quicksight:ListGroupMemberships"]
    source  = "quicksight.resourceGroupMembershipRead"
  }

  create {
    actions = ["quicksight:CreateGroupMembership", "quicksight:ListGroupMemberships"]
    source  = "quicksight.resourceGroupMembershipCreate"
  }

  delete {
    actions = ["quicksight:DeleteGroupMembership"]
    source  = "quicksight.resourceGroupMembershipDelete"
  }
}

resource "aws_quicksight_iam_policy_assignment" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*iamPolicyAssignmentResource).Create, quicksight.(*iamPolicyAssignmentResource).Read, quicksight.(*iamPolicyAssignmentResource).Update, quicksight.(*iamPolicyAssignmentResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["quicksight:DescribeIAMPolicyAssignment"]
    source  = "quicksight.(*iamPolicyAssignmentResource).Read"
  }

  create {
    actions = ["quicksight:CreateIAMPolicyAssignment", "quicksight:DescribeIAMPolicyAssignment"]
    source  = "quicksight.(*iamPolicyAssignmentResource).Create"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateIAMPolicyAssignment"]
    source     = "quicksight.(*iamPolicyAssignmentResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["quicksight:DeleteIAMPolicyAssignment", "quicksight:DescribeIAMPolicyAssignment"]
    source  = "quicksight.(*iamPolicyAssignmentResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_quicksight_ingestion" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*ingestionResource).Create, quicksight.(*ingestionResource).Read, quicksight.(*ingestionResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["quicksight:DescribeIngestion"]
    source  = "quicksight.(*ingestionResource).Read"
  }

  create {
    actions = ["quicksight:CreateIngestion"]
    source  = "quicksight.(*ingestionResource).Create"
  }

  delete {
    actions = ["quicksight:CancelIngestion"]
    source  = "quicksight.(*ingestionResource).Delete"
  }
}

resource "aws_quicksight_ip_restriction" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*ipRestrictionResource).Create, quicksight.(*ipRestrictionResource).Read, quicksight.(*ipRestrictionResource).Update, quicksight.(*ipRestrictionResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["quicksight:DescribeIpRestriction"]
    source  = "quicksight.(*ipRestrictionResource).Read"
  }

  create {
    actions = ["quicksight:UpdateIpRestriction"]
    source  = "quicksight.(*ipRestrictionResource).Create"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateIpRestriction"]
    source     = "quicksight.(*ipRestrictionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["quicksight:UpdateIpRestriction"]
    source  = "quicksight.(*ipRestrictionResource).Delete"
  }
}

resource "aws_quicksight_key_registration" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*keyRegistrationResource).Create, quicksight.(*keyRegistrationResource).Read, quicksight.(*keyRegistrationResource).Update, quicksight.(*keyRegistrationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: quicksight:DescribeKeyRegistration, quicksight:UpdateKeyRegistration"

  read {
    actions = ["quicksight:DescribeKeyRegistration"]
    source  = "quicksight.(*keyRegistrationResource).Read"
  }

  create {
    actions = ["quicksight:UpdateKeyRegistration"]
    source  = "quicksight.(*keyRegistrationResource).Create"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateKeyRegistration"]
    source     = "quicksight.(*keyRegistrationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["quicksight:UpdateKeyRegistration"]
    source  = "quicksight.(*keyRegistrationResource).Delete"
  }
}

resource "aws_quicksight_namespace" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*namespaceResource).Create, quicksight.(*namespaceResource).Read, quicksight.(*namespaceResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["quicksight:DescribeNamespace", "quicksight:ListTagsForResource"]
    source  = "quicksight.(*namespaceResource).Read + quicksight.(*servicePackage).ListTags"
  }

  create {
    actions = ["quicksight:CreateNamespace", "quicksight:DescribeNamespace"]
    source  = "quicksight.(*namespaceResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["quicksight:TagResource", "quicksight:UntagResource"]
    source     = "quicksight.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["quicksight:DeleteNamespace", "quicksight:DescribeNamespace"]
    source  = "quicksight.(*namespaceResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_quicksight_refresh_schedule" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*refreshScheduleResource).Create, quicksight.(*refreshScheduleResource).Read, quicksight.(*refreshScheduleResource).Update, quicksight.(*refreshScheduleResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: quicksight:CreateRefreshSchedule, quicksight:DeleteRefreshSchedule, quicksight:DescribeRefreshSchedule, quicksight:UpdateRefreshSchedule"

  read {
    actions = ["quicksight:DescribeRefreshSchedule"]
    source  = "quicksight.(*refreshScheduleResource).Read"
  }

  create {
    actions = ["quicksight:CreateRefreshSchedule", "quicksight:DescribeRefreshSchedule"]
    source  = "quicksight.(*refreshScheduleResource).Create"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateRefreshSchedule"]
    source     = "quicksight.(*refreshScheduleResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["quicksight:DeleteRefreshSchedule"]
    source  = "quicksight.(*refreshScheduleResource).Delete"
  }
}

resource "aws_quicksight_role_custom_permission" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*roleCustomPermissionResource).Create, quicksight.(*roleCustomPermissionResource).Read, quicksight.(*roleCustomPermissionResource).Update, quicksight.(*roleCustomPermissionResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: quicksight:DeleteRoleCustomPermission, quicksight:DescribeRoleCustomPermission, quicksight:UpdateRoleCustomPermission"

  read {
    actions = ["quicksight:DescribeRoleCustomPermission"]
    source  = "quicksight.(*roleCustomPermissionResource).Read"
  }

  create {
    actions = ["quicksight:UpdateRoleCustomPermission"]
    source  = "quicksight.(*roleCustomPermissionResource).Create"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateRoleCustomPermission"]
    source     = "quicksight.(*roleCustomPermissionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["quicksight:DeleteRoleCustomPermission"]
    source  = "quicksight.(*roleCustomPermissionResource).Delete"
  }
}

resource "aws_quicksight_role_membership" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*roleMembershipResource).Create, quicksight.(*roleMembershipResource).Read, quicksight.(*roleMembershipResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: quicksight:CreateRoleMembership, quicksight:DeleteRoleMembership, quicksight:ListRoleMemberships"

  read {
    actions = ["quicksight:ListRoleMemberships"]
    source  = "quicksight.(*roleMembershipResource).Read"
  }

  create {
    actions = ["quicksight:CreateRoleMembership"]
    source  = "quicksight.(*roleMembershipResource).Create"
  }

  delete {
    actions = ["quicksight:DeleteRoleMembership"]
    source  = "quicksight.(*roleMembershipResource).Delete"
  }
}

resource "aws_quicksight_template" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.resourceTemplateCreate, quicksight.resourceTemplateRead, quicksight.resourceTemplateUpdate, quicksight.resourceTemplateDelete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create quicksight.DescribeTemplateDefinition, read quicksight.DescribeTemplateDefinition, update quicksight.DescribeTemplateDefinition"

  read {
    actions = [
      "quicksight:DescribeTemplate",
      "quicksight:DescribeTemplatePermissions",
      "quicksight:ListTagsForResource",
    ]
    source  = "quicksight.resourceTemplateRead + quicksight.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "quicksight:CreateTemplate",
      "quicksight:DescribeTemplate",
      "quicksight:DescribeTemplatePermissions",
    ]
    source  = "quicksight.resourceTemplateCreate"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateTemplate", "quicksight:UpdateTemplatePermissions"]
    source     = "quicksight.resourceTemplateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["quicksight:TagResource", "quicksight:UntagResource"]
    source     = "quicksight.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["quicksight:DeleteTemplate"]
    source  = "quicksight.resourceTemplateDelete"
  }
}

resource "aws_quicksight_template_alias" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*templateAliasResource).Create, quicksight.(*templateAliasResource).Read, quicksight.(*templateAliasResource).Update, quicksight.(*templateAliasResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["quicksight:DescribeTemplateAlias"]
    source  = "quicksight.(*templateAliasResource).Read"
  }

  create {
    actions = ["quicksight:CreateTemplateAlias"]
    source  = "quicksight.(*templateAliasResource).Create"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateTemplateAlias"]
    source     = "quicksight.(*templateAliasResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["quicksight:DeleteTemplateAlias"]
    source  = "quicksight.(*templateAliasResource).Delete"
  }
}

resource "aws_quicksight_theme" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.resourceThemeCreate, quicksight.resourceThemeRead, quicksight.resourceThemeUpdate, quicksight.resourceThemeDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "quicksight:DescribeTheme",
      "quicksight:DescribeThemePermissions",
      "quicksight:ListTagsForResource",
    ]
    source  = "quicksight.resourceThemeRead + quicksight.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "quicksight:CreateTheme",
      "quicksight:DescribeTheme",
      "quicksight:DescribeThemePermissions",
    ]
    source  = "quicksight.resourceThemeCreate"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateTheme", "quicksight:UpdateThemePermissions"]
    source     = "quicksight.resourceThemeUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["quicksight:TagResource", "quicksight:UntagResource"]
    source     = "quicksight.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["quicksight:DeleteTheme"]
    source  = "quicksight.resourceThemeDelete"
  }
}

resource "aws_quicksight_user" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.resourceUserCreate, quicksight.resourceUserRead, quicksight.resourceUserUpdate, quicksight.resourceUserDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by quicksight.RegisterUser (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["quicksight:DescribeUser"]
    source  = "quicksight.resourceUserRead"
  }

  create {
    actions = ["quicksight:DescribeUser", "quicksight:RegisterUser"]
    source  = "quicksight.resourceUserCreate"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateUser"]
    source     = "quicksight.resourceUserUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["quicksight:DeleteUser"]
    source  = "quicksight.resourceUserDelete"
  }
}

resource "aws_quicksight_user_custom_permission" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*userCustomPermissionResource).Create, quicksight.(*userCustomPermissionResource).Read, quicksight.(*userCustomPermissionResource).Update, quicksight.(*userCustomPermissionResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: quicksight:DeleteUserCustomPermission, quicksight:UpdateUserCustomPermission"

  read {
    actions = ["quicksight:DescribeUser"]
    source  = "quicksight.(*userCustomPermissionResource).Read"
  }

  create {
    actions = ["quicksight:UpdateUserCustomPermission"]
    source  = "quicksight.(*userCustomPermissionResource).Create"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateUserCustomPermission"]
    source     = "quicksight.(*userCustomPermissionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["quicksight:DeleteUserCustomPermission"]
    source  = "quicksight.(*userCustomPermissionResource).Delete"
  }
}

resource "aws_quicksight_vpc_connection" {
  service = "quicksight"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (quicksight.(*vpcConnectionResource).Create, quicksight.(*vpcConnectionResource).Read, quicksight.(*vpcConnectionResource).Update, quicksight.(*vpcConnectionResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: quicksight:CreateVPCConnection, quicksight:DeleteVPCConnection, quicksight:DescribeVPCConnection, quicksight:UpdateVPCConnection"

  read {
    actions = ["quicksight:DescribeVPCConnection", "quicksight:ListTagsForResource"]
    source  = "quicksight.(*vpcConnectionResource).Read + quicksight.(*servicePackage).ListTags"
  }

  create {
    actions = ["quicksight:CreateVPCConnection", "quicksight:DescribeVPCConnection"]
    source  = "quicksight.(*vpcConnectionResource).Create"
  }

  update {
    attributes = []
    actions    = ["quicksight:UpdateVPCConnection"]
    source     = "quicksight.(*vpcConnectionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["quicksight:TagResource", "quicksight:UntagResource"]
    source     = "quicksight.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["quicksight:DeleteVPCConnection", "quicksight:DescribeVPCConnection"]
    source  = "quicksight.(*vpcConnectionResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_quicksight_analysis" {
  service = "quicksight"
  source  = "import: pike data/quicksight/aws_quicksight_analysis.json"

  read {
    actions = ["quicksight:DescribeAnalysis"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_quicksight_group" {
  service = "quicksight"
  source  = "import: pike data/quicksight/aws_quicksight_group.json"

  read {
    actions = ["quicksight:DescribeGroup"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_quicksight_theme" {
  service = "quicksight"
  source  = "import: pike data/quicksight/aws_quicksight_theme.json"

  read {
    actions = ["quicksight:DescribeTheme"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_quicksight_user" {
  service = "quicksight"
  source  = "import: pike data/quicksight/aws_quicksight_user.json"

  read {
    actions = ["quicksight:DescribeUser"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
