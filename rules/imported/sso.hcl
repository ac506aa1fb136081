# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_ssoadmin_account_assignment" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.resourceAccountAssignmentCreate, ssoadmin.resourceAccountAssignmentRead, ssoadmin.resourceAccountAssignmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sso:ListAccountAssignments"]
    source  = "ssoadmin.resourceAccountAssignmentRead"
  }

  create {
    actions = [
      "sso:CreateAccountAssignment",
      "sso:DescribeAccountAssignmentCreationStatus",
      "sso:ListAccountAssignments",
    ]
    source  = "ssoadmin.resourceAccountAssignmentCreate"
  }

  delete {
    actions = ["sso:DeleteAccountAssignment", "sso:DescribeAccountAssignmentDeletionStatus"]
    source  = "ssoadmin.resourceAccountAssignmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ssoadmin_application" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.(*applicationResource).Create, ssoadmin.(*applicationResource).Read, ssoadmin.(*applicationResource).Update, ssoadmin.(*applicationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sso:CreateApplication, sso:DeleteApplication, sso:DescribeApplication, sso:UpdateApplication"

  read {
    actions = ["sso:DescribeApplication", "sso:ListTagsForResource"]
    source  = "ssoadmin.(*applicationResource).Read + ssoadmin.(*servicePackage).ListTags"
  }

  create {
    actions = ["sso:CreateApplication", "sso:DescribeApplication"]
    source  = "ssoadmin.(*applicationResource).Create"
  }

  update {
    attributes = []
    actions    = ["sso:UpdateApplication"]
    source     = "ssoadmin.(*applicationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sso:TagResource", "sso:UntagResource"]
    source     = "ssoadmin.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sso:DeleteApplication"]
    source  = "ssoadmin.(*applicationResource).Delete"
  }
}

resource "aws_ssoadmin_application_access_scope" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.(*applicationAccessScopeResource).Create, ssoadmin.(*applicationAccessScopeResource).Read, ssoadmin.(*applicationAccessScopeResource).Update (no call-graph entry), ssoadmin.(*applicationAccessScopeResource).Delete) + iamlive-map 2022-08-19 + pike resource/sso/aws_ssoadmin_application_access_scope.json for update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update ssoadmin.(*applicationAccessScopeResource).Update (no call-graph entry); not in iamlive-map, identical IAM name used: sso:DeleteApplicationAccessScope, sso:GetApplicationAccessScope, sso:PutApplicationAccessScope"

  read {
    actions = ["sso:GetApplicationAccessScope"]
    source  = "ssoadmin.(*applicationAccessScopeResource).Read"
  }

  create {
    actions = ["sso:PutApplicationAccessScope"]
    source  = "ssoadmin.(*applicationAccessScopeResource).Create"
  }

  update {
    attributes = []
    actions    = ["sso:PutApplicationAccessScope"]
    source     = "import: pike resource/sso/aws_ssoadmin_application_access_scope.json (update re-phased from Pike's lists: the call graph has no entry for ssoadmin.(*applicationAccessScopeResource).Update)"
  }

  delete {
    actions = ["sso:DeleteApplicationAccessScope"]
    source  = "ssoadmin.(*applicationAccessScopeResource).Delete"
  }
}

resource "aws_ssoadmin_application_assignment" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.(*applicationAssignmentResource).Create, ssoadmin.(*applicationAssignmentResource).Read, ssoadmin.(*applicationAssignmentResource).Update (no call-graph entry), ssoadmin.(*applicationAssignmentResource).Delete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update ssoadmin.(*applicationAssignmentResource).Update (no call-graph entry); not in iamlive-map, identical IAM name used: sso:CreateApplicationAssignment, sso:DeleteApplicationAssignment, sso:DescribeApplicationAssignment"

  read {
    actions = ["sso:DescribeApplicationAssignment"]
    source  = "ssoadmin.(*applicationAssignmentResource).Read"
  }

  create {
    actions = ["sso:CreateApplicationAssignment"]
    source  = "ssoadmin.(*applicationAssignmentResource).Create"
  }

  delete {
    actions = ["sso:DeleteApplicationAssignment"]
    source  = "ssoadmin.(*applicationAssignmentResource).Delete"
  }
}

resource "aws_ssoadmin_application_assignment_configuration" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.(*applicationAssignmentConfigurationResource).Create, ssoadmin.(*applicationAssignmentConfigurationResource).Read, ssoadmin.(*applicationAssignmentConfigurationResource).Update, ssoadmin.(*applicationAssignmentConfigurationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sso:GetApplicationAssignmentConfiguration, sso:PutApplicationAssignmentConfiguration"

  read {
    actions = ["sso:GetApplicationAssignmentConfiguration"]
    source  = "ssoadmin.(*applicationAssignmentConfigurationResource).Read"
  }

  create {
    actions = ["sso:PutApplicationAssignmentConfiguration"]
    source  = "ssoadmin.(*applicationAssignmentConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["sso:PutApplicationAssignmentConfiguration"]
    source     = "ssoadmin.(*applicationAssignmentConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["sso:PutApplicationAssignmentConfiguration"]
    source  = "ssoadmin.(*applicationAssignmentConfigurationResource).Delete"
  }
}

resource "aws_ssoadmin_customer_managed_policy_attachment" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.resourceCustomerManagedPolicyAttachmentCreate, ssoadmin.resourceCustomerManagedPolicyAttachmentRead, ssoadmin.resourceCustomerManagedPolicyAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sso:ListCustomerManagedPolicyReferencesInPermissionSet"]
    source  = "ssoadmin.resourceCustomerManagedPolicyAttachmentRead"
  }

  create {
    actions = [
      "sso:AttachCustomerManagedPolicyReferenceToPermissionSet",
      "sso:DescribePermissionSetProvisioningStatus",
      "sso:ListCustomerManagedPolicyReferencesInPermissionSet",
      "sso:ProvisionPermissionSet",
    ]
    source  = "ssoadmin.resourceCustomerManagedPolicyAttachmentCreate"
  }

  delete {
    actions = [
      "sso:DescribePermissionSetProvisioningStatus",
      "sso:DetachCustomerManagedPolicyReferenceFromPermissionSet",
      "sso:ProvisionPermissionSet",
    ]
    source  = "ssoadmin.resourceCustomerManagedPolicyAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ssoadmin_customer_managed_policy_attachments_exclusive" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.(*customerManagedPolicyAttachmentsExclusiveResource).Create, ssoadmin.(*customerManagedPolicyAttachmentsExclusiveResource).Read, ssoadmin.(*customerManagedPolicyAttachmentsExclusiveResource).Update) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: sso:DetachCustomerManagedPolicyReferenceFromPermissionSet"

  read {
    actions = ["sso:ListCustomerManagedPolicyReferencesInPermissionSet"]
    source  = "ssoadmin.(*customerManagedPolicyAttachmentsExclusiveResource).Read"
  }

  create {
    actions = [
      "sso:AttachCustomerManagedPolicyReferenceToPermissionSet",
      "sso:DescribePermissionSetProvisioningStatus",
      "sso:ListCustomerManagedPolicyReferencesInPermissionSet",
      "sso:ProvisionPermissionSet",
    ]
    source  = "ssoadmin.(*customerManagedPolicyAttachmentsExclusiveResource).Create"
  }

  update {
    attributes = []
    actions    = [
      "sso:AttachCustomerManagedPolicyReferenceToPermissionSet",
      "sso:DetachCustomerManagedPolicyReferenceFromPermissionSet",
      "sso:ProvisionPermissionSet",
    ]
    source     = "ssoadmin.(*customerManagedPolicyAttachmentsExclusiveResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_ssoadmin_instance_access_control_attributes" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.resourceInstanceAccessControlAttributesCreate, ssoadmin.resourceInstanceAccessControlAttributesRead, ssoadmin.resourceInstanceAccessControlAttributesUpdate, ssoadmin.resourceInstanceAccessControlAttributesDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sso:DescribeInstanceAccessControlAttributeConfiguration"]
    source  = "ssoadmin.resourceInstanceAccessControlAttributesRead"
  }

  create {
    actions = [
      "sso:CreateInstanceAccessControlAttributeConfiguration",
      "sso:DescribeInstanceAccessControlAttributeConfiguration",
    ]
    source  = "ssoadmin.resourceInstanceAccessControlAttributesCreate"
  }

  update {
    attributes = []
    actions    = ["sso:UpdateInstanceAccessControlAttributeConfiguration"]
    source     = "ssoadmin.resourceInstanceAccessControlAttributesUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["sso:DeleteInstanceAccessControlAttributeConfiguration"]
    source  = "ssoadmin.resourceInstanceAccessControlAttributesDelete"
  }
}

resource "aws_ssoadmin_managed_policy_attachment" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.resourceManagedPolicyAttachmentCreate, ssoadmin.resourceManagedPolicyAttachmentRead, ssoadmin.resourceManagedPolicyAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sso:ListManagedPoliciesInPermissionSet"]
    source  = "ssoadmin.resourceManagedPolicyAttachmentRead"
  }

  create {
    actions = [
      "sso:AttachManagedPolicyToPermissionSet",
      "sso:DescribePermissionSetProvisioningStatus",
      "sso:ListManagedPoliciesInPermissionSet",
      "sso:ProvisionPermissionSet",
    ]
    source  = "ssoadmin.resourceManagedPolicyAttachmentCreate"
  }

  delete {
    actions = [
      "sso:DescribePermissionSetProvisioningStatus",
      "sso:DetachManagedPolicyFromPermissionSet",
      "sso:ProvisionPermissionSet",
    ]
    source  = "ssoadmin.resourceManagedPolicyAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ssoadmin_managed_policy_attachments_exclusive" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.(*managedPolicyAttachmentsExclusiveResource).Create, ssoadmin.(*managedPolicyAttachmentsExclusiveResource).Read, ssoadmin.(*managedPolicyAttachmentsExclusiveResource).Update) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: sso:DetachManagedPolicyFromPermissionSet"

  read {
    actions = ["sso:ListManagedPoliciesInPermissionSet"]
    source  = "ssoadmin.(*managedPolicyAttachmentsExclusiveResource).Read"
  }

  create {
    actions = [
      "sso:AttachManagedPolicyToPermissionSet",
      "sso:DescribePermissionSetProvisioningStatus",
      "sso:ListManagedPoliciesInPermissionSet",
      "sso:ProvisionPermissionSet",
    ]
    source  = "ssoadmin.(*managedPolicyAttachmentsExclusiveResource).Create"
  }

  update {
    attributes = []
    actions    = [
      "sso:AttachManagedPolicyToPermissionSet",
      "sso:DetachManagedPolicyFromPermissionSet",
      "sso:ProvisionPermissionSet",
    ]
    source     = "ssoadmin.(*managedPolicyAttachmentsExclusiveResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_ssoadmin_permission_set" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.resourcePermissionSetCreate, ssoadmin.resourcePermissionSetRead, ssoadmin.resourcePermissionSetUpdate, ssoadmin.resourcePermissionSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sso:DescribePermissionSet", "sso:ListTagsForResource"]
    source  = "ssoadmin.resourcePermissionSetRead + ssoadmin.(*servicePackage).ListTags"
  }

  create {
    actions = ["sso:CreatePermissionSet", "sso:DescribePermissionSet", "sso:ListTagsForResource"]
    source  = "ssoadmin.resourcePermissionSetCreate"
  }

  update {
    attributes = []
    actions    = ["sso:ProvisionPermissionSet", "sso:UpdatePermissionSet"]
    source     = "ssoadmin.resourcePermissionSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sso:TagResource", "sso:UntagResource"]
    source     = "ssoadmin.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sso:DeletePermissionSet"]
    source  = "ssoadmin.resourcePermissionSetDelete"
  }
}

resource "aws_ssoadmin_permission_set_inline_policy" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.resourcePermissionSetInlinePolicyPut, ssoadmin.resourcePermissionSetInlinePolicyRead, ssoadmin.resourcePermissionSetInlinePolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sso:GetInlinePolicyForPermissionSet"]
    source  = "ssoadmin.resourcePermissionSetInlinePolicyRead"
  }

  create {
    actions = [
      "sso:DescribePermissionSetProvisioningStatus",
      "sso:GetInlinePolicyForPermissionSet",
      "sso:ProvisionPermissionSet",
      "sso:PutInlinePolicyToPermissionSet",
    ]
    source  = "ssoadmin.resourcePermissionSetInlinePolicyPut"
  }

  update {
    attributes = []
    actions    = ["sso:ProvisionPermissionSet", "sso:PutInlinePolicyToPermissionSet"]
    source     = "ssoadmin.resourcePermissionSetInlinePolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "sso:DeleteInlinePolicyFromPermissionSet",
      "sso:DescribePermissionSetProvisioningStatus",
      "sso:ProvisionPermissionSet",
    ]
    source  = "ssoadmin.resourcePermissionSetInlinePolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ssoadmin_permissions_boundary_attachment" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.resourcePermissionsBoundaryAttachmentCreate, ssoadmin.resourcePermissionsBoundaryAttachmentRead, ssoadmin.resourcePermissionsBoundaryAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sso:GetPermissionsBoundaryForPermissionSet"]
    source  = "ssoadmin.resourcePermissionsBoundaryAttachmentRead"
  }

  create {
    actions = [
      "sso:DescribePermissionSetProvisioningStatus",
      "sso:GetPermissionsBoundaryForPermissionSet",
      "sso:ProvisionPermissionSet",
      "sso:PutPermissionsBoundaryToPermissionSet",
    ]
    source  = "ssoadmin.resourcePermissionsBoundaryAttachmentCreate"
  }

  delete {
    actions = [
      "sso:DeletePermissionsBoundaryFromPermissionSet",
      "sso:DescribePermissionSetProvisioningStatus",
      "sso:ProvisionPermissionSet",
    ]
    source  = "ssoadmin.resourcePermissionsBoundaryAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ssoadmin_region" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.(*regionResource).Create, ssoadmin.(*regionResource).Read, ssoadmin.(*regionResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sso:AddRegion, sso:DescribeRegion, sso:RemoveRegion"

  read {
    actions = ["sso:DescribeRegion"]
    source  = "ssoadmin.(*regionResource).Read"
  }

  create {
    actions = ["sso:AddRegion", "sso:DescribeRegion"]
    source  = "ssoadmin.(*regionResource).Create"
  }

  delete {
    actions = ["sso:DescribeRegion", "sso:RemoveRegion"]
    source  = "ssoadmin.(*regionResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ssoadmin_trusted_token_issuer" {
  service = "sso"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssoadmin.(*trustedTokenIssuerResource).Create, ssoadmin.(*trustedTokenIssuerResource).Read, ssoadmin.(*trustedTokenIssuerResource).Update, ssoadmin.(*trustedTokenIssuerResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sso:CreateTrustedTokenIssuer, sso:DeleteTrustedTokenIssuer, sso:DescribeTrustedTokenIssuer, sso:UpdateTrustedTokenIssuer"

  read {
    actions = ["sso:DescribeTrustedTokenIssuer", "sso:ListTagsForResource"]
    source  = "ssoadmin.(*trustedTokenIssuerResource).Read + ssoadmin.(*servicePackage).ListTags"
  }

  create {
    actions = ["sso:CreateTrustedTokenIssuer"]
    source  = "ssoadmin.(*trustedTokenIssuerResource).Create"
  }

  update {
    attributes = []
    actions    = ["sso:UpdateTrustedTokenIssuer"]
    source     = "ssoadmin.(*trustedTokenIssuerResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sso:TagResource", "sso:UntagResource"]
    source     = "ssoadmin.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sso:DeleteTrustedTokenIssuer"]
    source  = "ssoadmin.(*trustedTokenIssuerResource).Delete"
  }
}

data "aws_identitystore_groups" {
  service = "sso"
  source  = "import: pike data/sso/aws_identitystore_groups.json"

  read {
    actions = ["sso:ListInstances"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ssoadmin_application_assignments" {
  service = "sso"
  source  = "import: pike data/sso/aws_ssoadmin_application_assignments.json"

  read {
    actions = ["sso:ListApplicationAssignments"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ssoadmin_application_providers" {
  service = "sso"
  source  = "import: pike data/sso/aws_ssoadmin_application_providers.json"

  read {
    actions = ["sso:ListApplicationProviders"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ssoadmin_instances" {
  service = "sso"
  source  = "import: pike data/sso/aws_ssoadmin_instances.json"

  read {
    actions = ["sso:ListInstances"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ssoadmin_permission_set" {
  service = "sso"
  source  = "import: pike data/sso/aws_ssoadmin_permission_set.json"

  read {
    actions = ["sso:ListPermissionSets"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ssoadmin_permission_sets" {
  service = "sso"
  source  = "import: pike data/sso/aws_ssoadmin_permission_sets.json"

  read {
    actions = ["sso:ListInstances"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ssoadmin_principal_application_assignments" {
  service = "sso"
  source  = "import: pike data/sso/aws_ssoadmin_principal_application_assignments.json"

  read {
    actions = ["sso:ListApplicationAssignmentsForPrincipal"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
