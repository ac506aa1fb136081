# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_iam_account_alias" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.resourceAccountAliasCreate, iam.resourceAccountAliasRead, iam.resourceAccountAliasDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iam:ListAccountAliases"]
    source  = "iam.resourceAccountAliasRead"
  }

  create {
    actions = ["iam:CreateAccountAlias"]
    source  = "iam.resourceAccountAliasCreate"
  }

  delete {
    actions = ["iam:DeleteAccountAlias"]
    source  = "iam.resourceAccountAliasDelete"
  }
}

resource "aws_iam_account_password_policy" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.resourceAccountPasswordPolicyUpdate, iam.resourceAccountPasswordPolicyRead (no call-graph entry), iam.resourceAccountPasswordPolicyDelete (no call-graph entry)) + iamlive-map 2022-08-19 + pike resource/iam/aws_iam_account_password_policy.json for delete, read"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete iam.resourceAccountPasswordPolicyDelete (no call-graph entry), read iam.resourceAccountPasswordPolicyRead (no call-graph entry)"

  read {
    actions = ["iam:GetAccountPasswordPolicy"]
    source  = "import: pike resource/iam/aws_iam_account_password_policy.json (read re-phased from Pike's lists: the call graph has no entry for iam.resourceAccountPasswordPolicyRead)"
  }

  create {
    actions = ["iam:UpdateAccountPasswordPolicy"]
    source  = "iam.resourceAccountPasswordPolicyUpdate"
  }

  update {
    attributes = []
    actions    = ["iam:UpdateAccountPasswordPolicy"]
    source     = "iam.resourceAccountPasswordPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["iam:DeleteAccountPasswordPolicy"]
    source  = "import: pike resource/iam/aws_iam_account_password_policy.json (delete re-phased from Pike's lists: the call graph has no entry for iam.resourceAccountPasswordPolicyDelete)"
  }
}

resource "aws_iam_group_policies_exclusive" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.(*groupPoliciesExclusiveResource).Create, iam.(*groupPoliciesExclusiveResource).Read, iam.(*groupPoliciesExclusiveResource).Update) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: iam:DeleteGroupPolicy"

  read {
    actions = ["iam:ListGroupPolicies"]
    source  = "iam.(*groupPoliciesExclusiveResource).Read"
  }

  create {
    actions = ["iam:ListGroupPolicies", "iam:PutGroupPolicy"]
    source  = "iam.(*groupPoliciesExclusiveResource).Create"
  }

  update {
    attributes = []
    actions    = ["iam:DeleteGroupPolicy", "iam:PutGroupPolicy"]
    source     = "iam.(*groupPoliciesExclusiveResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_iam_group_policy_attachment" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.resourceGroupPolicyAttachmentCreate, iam.resourceGroupPolicyAttachmentRead, iam.resourceGroupPolicyAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iam:ListAttachedGroupPolicies"]
    source  = "iam.resourceGroupPolicyAttachmentRead"
  }

  create {
    actions = ["iam:AttachGroupPolicy", "iam:ListAttachedGroupPolicies"]
    source  = "iam.resourceGroupPolicyAttachmentCreate"
  }

  delete {
    actions = ["iam:DetachGroupPolicy"]
    source  = "iam.resourceGroupPolicyAttachmentDelete"
  }
}

resource "aws_iam_group_policy_attachments_exclusive" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.(*groupPolicyAttachmentsExclusiveResource).Create, iam.(*groupPolicyAttachmentsExclusiveResource).Read, iam.(*groupPolicyAttachmentsExclusiveResource).Update) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: iam:DetachGroupPolicy"

  read {
    actions = ["iam:ListAttachedGroupPolicies"]
    source  = "iam.(*groupPolicyAttachmentsExclusiveResource).Read"
  }

  create {
    actions = ["iam:AttachGroupPolicy", "iam:ListAttachedGroupPolicies"]
    source  = "iam.(*groupPolicyAttachmentsExclusiveResource).Create"
  }

  update {
    attributes = []
    actions    = ["iam:AttachGroupPolicy", "iam:DetachGroupPolicy"]
    source     = "iam.(*groupPolicyAttachmentsExclusiveResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_iam_organizations_features" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.(*organizationsFeaturesResource).Create, iam.(*organizationsFeaturesResource).Read, iam.(*organizationsFeaturesResource).Update, iam.(*organizationsFeaturesResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: iam:DisableOrganizationsRootCredentialsManagement, iam:DisableOrganizationsRootSessions, iam:EnableOrganizationsRootCredentialsManagement, iam:EnableOrganizationsRootSessions, iam:ListOrganizationsFeatures"

  read {
    actions = ["iam:ListOrganizationsFeatures"]
    source  = "iam.(*organizationsFeaturesResource).Read"
  }

  create {
    actions = [
      "iam:DisableOrganizationsRootCredentialsManagement",
      "iam:DisableOrganizationsRootSessions",
      "iam:EnableOrganizationsRootCredentialsManagement",
      "iam:EnableOrganizationsRootSessions",
      "iam:ListOrganizationsFeatures",
    ]
    source  = "iam.(*organizationsFeaturesResource).Create"
  }

  update {
    attributes = []
    actions    = [
      "iam:DisableOrganizationsRootCredentialsManagement",
      "iam:DisableOrganizationsRootSessions",
      "iam:EnableOrganizationsRootCredentialsManagement",
      "iam:EnableOrganizationsRootSessions",
    ]
    source     = "iam.(*organizationsFeaturesResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "iam:DisableOrganizationsRootCredentialsManagement",
      "iam:DisableOrganizationsRootSessions",
      "iam:EnableOrganizationsRootCredentialsManagement",
      "iam:EnableOrganizationsRootSessions",
    ]
    source  = "iam.(*organizationsFeaturesResource).Delete"
  }
}

resource "aws_iam_role_policies_exclusive" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.(*rolePoliciesExclusiveResource).Create, iam.(*rolePoliciesExclusiveResource).Read, iam.(*rolePoliciesExclusiveResource).Update) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: iam:DeleteRolePolicy"

  read {
    actions = ["iam:ListRolePolicies"]
    source  = "iam.(*rolePoliciesExclusiveResource).Read"
  }

  create {
    actions = ["iam:ListRolePolicies", "iam:PutRolePolicy"]
    source  = "iam.(*rolePoliciesExclusiveResource).Create"
  }

  update {
    attributes = []
    actions    = ["iam:DeleteRolePolicy", "iam:PutRolePolicy"]
    source     = "iam.(*rolePoliciesExclusiveResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_iam_role_policy_attachments_exclusive" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.(*rolePolicyAttachmentsExclusiveResource).Create, iam.(*rolePolicyAttachmentsExclusiveResource).Read, iam.(*rolePolicyAttachmentsExclusiveResource).Update) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: iam:DetachRolePolicy"

  read {
    actions = ["iam:ListAttachedRolePolicies"]
    source  = "iam.(*rolePolicyAttachmentsExclusiveResource).Read"
  }

  create {
    actions = ["iam:AttachRolePolicy", "iam:ListAttachedRolePolicies"]
    source  = "iam.(*rolePolicyAttachmentsExclusiveResource).Create"
  }

  update {
    attributes = []
    actions    = ["iam:AttachRolePolicy", "iam:DetachRolePolicy"]
    source     = "iam.(*rolePolicyAttachmentsExclusiveResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_iam_saml_provider" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.resourceSAMLProviderCreate, iam.resourceSAMLProviderRead, iam.resourceSAMLProviderUpdate, iam.resourceSAMLProviderDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: iam:UntagSAMLProvider"

  read {
    actions = ["iam:GetSAMLProvider", "iam:ListSAMLProviderTags"]
    source  = "iam.resourceSAMLProviderRead + iam.(*servicePackage).ListTags (only its operations naming `SAMLProvider`, the crud map's tag resource type `SAMLProvider`)"
  }

  create {
    actions = ["iam:CreateSAMLProvider", "iam:GetSAMLProvider"]
    source  = "iam.resourceSAMLProviderCreate"
  }

  create {
    if_set  = "tags"
    actions = ["iam:TagSAMLProvider"]
    source  = "iam.resourceSAMLProviderCreate: the create handler itself reaches the tagging calls of UpdateTags (TagSAMLProvider)"
  }

  update {
    attributes = []
    actions    = ["iam:UpdateSAMLProvider"]
    source     = "iam.resourceSAMLProviderUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iam:TagSAMLProvider", "iam:UntagSAMLProvider"]
    source     = "iam.(*servicePackage).UpdateTags (only its operations naming `SAMLProvider`, the crud map's tag resource type `SAMLProvider`)"
  }

  delete {
    actions = ["iam:DeleteSAMLProvider"]
    source  = "iam.resourceSAMLProviderDelete"
  }
}

resource "aws_iam_security_token_service_preferences" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.resourceSecurityTokenServicePreferencesUpsert, iam.resourceSecurityTokenServicePreferencesRead (no call-graph entry), schema.NoopContext) + iamlive-map 2022-08-19 + pike resource/iam/aws_iam_security_token_service_preferences.json for read"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): read iam.resourceSecurityTokenServicePreferencesRead (no call-graph entry)"

  read {
    actions = ["iam:GetAccountSummary"]
    source  = "import: pike resource/iam/aws_iam_security_token_service_preferences.json (read re-phased from Pike's lists: the call graph has no entry for iam.resourceSecurityTokenServicePreferencesRead)"
  }

  create {
    actions = ["iam:SetSecurityTokenServicePreferences"]
    source  = "iam.resourceSecurityTokenServicePreferencesUpsert"
  }

  update {
    attributes = []
    actions    = ["iam:SetSecurityTokenServicePreferences"]
    source     = "iam.resourceSecurityTokenServicePreferencesUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_iam_server_certificate" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.resourceServerCertificateCreate, iam.resourceServerCertificateRead, iam.resourceServerCertificateUpdate, iam.resourceServerCertificateDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: iam:UntagServerCertificate"

  read {
    actions = ["iam:GetServerCertificate", "iam:ListServerCertificateTags"]
    source  = "iam.resourceServerCertificateRead + iam.(*servicePackage).ListTags (only its operations naming `ServerCertificate`, the crud map's tag resource type `ServerCertificate`)"
  }

  create {
    actions = ["iam:GetServerCertificate", "iam:UploadServerCertificate"]
    source  = "iam.resourceServerCertificateCreate"
  }

  create {
    if_set  = "tags"
    actions = ["iam:TagServerCertificate"]
    source  = "iam.resourceServerCertificateCreate: the create handler itself reaches the tagging calls of UpdateTags (TagServerCertificate)"
  }

  update {
    attributes = []
    actions    = ["iam:UpdateServerCertificate"]
    source     = "iam.resourceServerCertificateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iam:TagServerCertificate", "iam:UntagServerCertificate"]
    source     = "iam.(*servicePackage).UpdateTags (only its operations naming `ServerCertificate`, the crud map's tag resource type `ServerCertificate`)"
  }

  delete {
    actions = ["iam:DeleteServerCertificate"]
    source  = "iam.resourceServerCertificateDelete"
  }
}

resource "aws_iam_service_specific_credential" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.resourceServiceSpecificCredentialCreate, iam.resourceServiceSpecificCredentialRead, iam.resourceServiceSpecificCredentialUpdate, iam.resourceServiceSpecificCredentialDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iam:ListServiceSpecificCredentials"]
    source  = "iam.resourceServiceSpecificCredentialRead"
  }

  create {
    actions = [
      "iam:CreateServiceSpecificCredential",
      "iam:ListServiceSpecificCredentials",
      "iam:UpdateServiceSpecificCredential",
    ]
    source  = "iam.resourceServiceSpecificCredentialCreate"
  }

  update {
    attributes = []
    actions    = ["iam:UpdateServiceSpecificCredential"]
    source     = "iam.resourceServiceSpecificCredentialUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["iam:DeleteServiceSpecificCredential"]
    source  = "iam.resourceServiceSpecificCredentialDelete"
  }
}

resource "aws_iam_signing_certificate" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.resourceSigningCertificateCreate, iam.resourceSigningCertificateRead, iam.resourceSigningCertificateUpdate, iam.resourceSigningCertificateDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iam:ListSigningCertificates"]
    source  = "iam.resourceSigningCertificateRead"
  }

  create {
    actions = [
      "iam:ListSigningCertificates",
      "iam:UpdateSigningCertificate",
      "iam:UploadSigningCertificate",
    ]
    source  = "iam.resourceSigningCertificateCreate"
  }

  update {
    attributes = []
    actions    = ["iam:UpdateSigningCertificate"]
    source     = "iam.resourceSigningCertificateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["iam:DeleteSigningCertificate"]
    source  = "iam.resourceSigningCertificateDelete"
  }
}

resource "aws_iam_user_policies_exclusive" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.(*userPoliciesExclusiveResource).Create, iam.(*userPoliciesExclusiveResource).Read, iam.(*userPoliciesExclusiveResource).Update) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: iam:DeleteUserPolicy"

  read {
    actions = ["iam:ListUserPolicies"]
    source  = "iam.(*userPoliciesExclusiveResource).Read"
  }

  create {
    actions = ["iam:ListUserPolicies", "iam:PutUserPolicy"]
    source  = "iam.(*userPoliciesExclusiveResource).Create"
  }

  update {
    attributes = []
    actions    = ["iam:DeleteUserPolicy", "iam:PutUserPolicy"]
    source     = "iam.(*userPoliciesExclusiveResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_iam_user_policy_attachments_exclusive" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.(*userPolicyAttachmentsExclusiveResource).Create, iam.(*userPolicyAttachmentsExclusiveResource).Read, iam.(*userPolicyAttachmentsExclusiveResource).Update) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: iam:DetachUserPolicy"

  read {
    actions = ["iam:ListAttachedUserPolicies"]
    source  = "iam.(*userPolicyAttachmentsExclusiveResource).Read"
  }

  create {
    actions = ["iam:AttachUserPolicy", "iam:ListAttachedUserPolicies"]
    source  = "iam.(*userPolicyAttachmentsExclusiveResource).Create"
  }

  update {
    attributes = []
    actions    = ["iam:AttachUserPolicy", "iam:DetachUserPolicy"]
    source     = "iam.(*userPolicyAttachmentsExclusiveResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_iam_user_ssh_key" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.resourceUserSSHKeyCreate, iam.resourceUserSSHKeyRead, iam.resourceUserSSHKeyUpdate, iam.resourceUserSSHKeyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["iam:GetSSHPublicKey"]
    source  = "iam.resourceUserSSHKeyRead"
  }

  create {
    actions = ["iam:GetSSHPublicKey", "iam:UpdateSSHPublicKey", "iam:UploadSSHPublicKey"]
    source  = "iam.resourceUserSSHKeyCreate"
  }

  update {
    attributes = []
    actions    = ["iam:UpdateSSHPublicKey"]
    source     = "iam.resourceUserSSHKeyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["iam:DeleteSSHPublicKey"]
    source  = "iam.resourceUserSSHKeyDelete"
  }
}

resource "aws_iam_virtual_mfa_device" {
  service = "iam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (iam.resourceVirtualMFADeviceCreate, iam.resourceVirtualMFADeviceRead, iam.resourceVirtualMFADeviceUpdate, iam.resourceVirtualMFADeviceDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: iam:UntagMFADevice"

  read {
    actions = ["iam:ListMFADeviceTags", "iam:ListVirtualMFADevices"]
    source  = "iam.resourceVirtualMFADeviceRead + iam.(*servicePackage).ListTags (only its operations naming `MFADevice`, the crud map's tag resource type `VirtualMFADevice`)"
  }

  create {
    actions = ["iam:CreateVirtualMFADevice", "iam:ListMFADeviceTags", "iam:ListVirtualMFADevices"]
    source  = "iam.resourceVirtualMFADeviceCreate"
  }

  create {
    if_set  = "tags"
    actions = ["iam:TagMFADevice"]
    source  = "iam.resourceVirtualMFADeviceCreate: the create handler itself reaches the tagging calls of UpdateTags (TagMFADevice)"
  }

  update {
    attributes = []
    actions    = []
    source     = "iam.resourceVirtualMFADeviceUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iam:TagMFADevice", "iam:UntagMFADevice"]
    source     = "iam.(*servicePackage).UpdateTags (only its operations naming `MFADevice`, the crud map's tag resource type `VirtualMFADevice`)"
  }

  delete {
    actions = ["iam:DeactivateMFADevice", "iam:DeleteVirtualMFADevice"]
    source  = "iam.resourceVirtualMFADeviceDelete"
  }
}

data "aws_iam_access_keys" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_access_keys.json"

  read {
    actions = ["iam:ListAccessKeys"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_account_alias" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_account_alias.json"

  read {
    actions = ["iam:ListAccountAliases"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_group" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_group.json"

  read {
    actions = ["iam:GetGroup"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_instance_profile" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_instance_profile.json"

  read {
    actions = ["iam:GetInstanceProfile"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_instance_profiles" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_instance_profiles.json"

  read {
    actions = ["iam:ListInstanceProfilesForRole"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_openid_connect_provider" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_openid_connect_provider.json"

  read {
    actions = [
      "ec2:DescribeAccountAttributes",
      "iam:GetOpenIDConnectProvider",
      "iam:ListOpenIDConnectProviders",
    ]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_outbound_web_identity_federation" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_outbound_web_identity_federation.json"

  read {
    actions = ["iam:GetOutboundWebIdentityFederationInfo"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_principal_policy_simulation" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_principal_policy_simulation.json"

  read {
    actions = ["iam:SimulatePrincipalPolicy"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_role_policies" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_role_policies.json"

  read {
    actions = ["iam:ListRolePolicies"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_role_policy_attachments" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_role_policy_attachments.json"

  read {
    actions = ["iam:ListAttachedRolePolicies"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_roles" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_roles.json"

  read {
    actions = ["iam:ListRoles"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_saml_provider" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_saml_provider.json"

  read {
    actions = ["ec2:DescribeAccountAttributes", "iam:GetSAMLProvider", "iam:ListSAMLProviders"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_server_certificate" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_server_certificate.json"

  read {
    actions = ["iam:ListServerCertificates"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_session_context" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_session_context.json"

  read {
    actions = ["iam:GetRole"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_user" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_user.json"

  read {
    actions = ["iam:GetUser"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_user_ssh_key" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_user_ssh_key.json"

  read {
    actions = ["iam:GetSSHPublicKey"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_iam_users" {
  service = "iam"
  source  = "import: pike data/iam/aws_iam_users.json"

  read {
    actions = ["iam:ListUsers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_saml_provider" {
  service = "iam"
  source  = "import: pike data/iam/aws_saml_provider.json"

  read {
    actions = ["iam:GetSAMLProvider"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
