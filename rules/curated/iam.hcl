# Curated IAM rules for AWS IAM types (aws_iam_*) and aws_caller_identity (STS), read from terraform-provider-aws v5 source.

resource "aws_iam_access_key" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/access_key.go (id 2207228653)"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "`user` names the user: one created with a non-default path has the ARN user/<path>/<name>, which `resource` does not cover (the plan does not carry the path)"

  read {
    actions  = ["iam:ListAccessKeys"]
    resource = "arn:${partition}:iam::${account}:user/${user}"
    source   = "resourceAccessKeyRead: findAccessKeyByTwoPartKey (ListAccessKeys); create itself sets state from the CreateAccessKey output"
  }

  create {
    actions  = ["iam:CreateAccessKey"]
    resource = "arn:${partition}:iam::${account}:user/${user}"
    source   = "resourceAccessKeyCreate: CreateAccessKey (pgp_key encryption is local)"
  }

  create {
    if_set   = "status"
    actions  = ["iam:UpdateAccessKey"]
    resource = "arn:${partition}:iam::${account}:user/${user}"
    source   = "resourceAccessKeyCreate: UpdateAccessKey only when status = Inactive (status defaults to Active, so this condition over-covers)"
  }

  update {
    attributes = ["status"]
    actions    = ["iam:UpdateAccessKey"]
    resource   = "arn:${partition}:iam::${account}:user/${user}"
    source     = "resourceAccessKeyUpdate: resourceAccessKeyStatusUpdate (UpdateAccessKey)"
  }

  delete {
    actions  = ["iam:DeleteAccessKey"]
    resource = "arn:${partition}:iam::${account}:user/${user}"
    source   = "resourceAccessKeyDelete: DeleteAccessKey"
  }
}

resource "aws_iam_group" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/group.go (id 2612618058, aws-sdk-go v1 era of v5)"
  arn               = "arn:${partition}:iam::${account}:group/${path}${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["iam:GetGroup"]
    source  = "resourceGroupRead: FindGroupByName (GetGroup)"
  }

  create {
    actions = ["iam:CreateGroup"]
    source  = "resourceGroupCreate: CreateGroup; waiter FindGroupByName is the read call"
  }

  update {
    attributes = ["name", "path"]
    actions    = ["iam:UpdateGroup"]
    source     = "resourceGroupUpdate: UpdateGroup (NewGroupName, NewPath)"
  }

  delete {
    actions = ["iam:DeleteGroup"]
    source  = "resourceGroupDelete: DeleteGroup"
  }
}

resource "aws_iam_group_membership" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/group_membership.go (id 1401351713; update/read read, create/delete per provider-model v6.60.0 call_patterns)"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "`group` names the group: one created with a non-default path has the ARN group/<path>/<name>, which `resource` does not cover (the plan does not carry the path)"

  read {
    actions  = ["iam:GetGroup"]
    resource = "arn:${partition}:iam::${account}:group/${group}"
    source   = "resourceGroupMembershipRead: GetGroup pages (Users)"
  }

  create {
    actions  = ["iam:AddUserToGroup"]
    resource = "arn:${partition}:iam::${account}:group/${group}"
    source   = "resourceGroupMembershipCreate: addUsersToGroup (AddUserToGroup)"
  }

  update {
    attributes = ["users"]
    actions    = ["iam:AddUserToGroup", "iam:RemoveUserFromGroup"]
    resource   = "arn:${partition}:iam::${account}:group/${group}"
    source     = "resourceGroupMembershipUpdate: removeUsersFromGroup (RemoveUserFromGroup), addUsersToGroup (AddUserToGroup)"
  }

  delete {
    actions  = ["iam:RemoveUserFromGroup"]
    resource = "arn:${partition}:iam::${account}:group/${group}"
    source   = "resourceGroupMembershipDelete: removeUsersFromGroup (RemoveUserFromGroup)"
  }
}

resource "aws_iam_group_policy" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/group_policy.go not read (lookup budget); mirrors role_policy.go (id 1757526448) and matches provider-model v6.60.0 call_patterns resourceGroupPolicyPut/Read/Delete"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "`group` names the group: one created with a non-default path has the ARN group/<path>/<name>, which `resource` does not cover (the plan does not carry the path)"

  read {
    actions  = ["iam:GetGroupPolicy"]
    resource = "arn:${partition}:iam::${account}:group/${group}"
    source   = "resourceGroupPolicyRead: GetGroupPolicy"
  }

  create {
    actions  = ["iam:PutGroupPolicy"]
    resource = "arn:${partition}:iam::${account}:group/${group}"
    source   = "resourceGroupPolicyPut: PutGroupPolicy; the create waiter GetGroupPolicy is the read call"
  }

  update {
    attributes = ["policy"]
    actions    = ["iam:PutGroupPolicy"]
    resource   = "arn:${partition}:iam::${account}:group/${group}"
    source     = "resourceGroupPolicyPut (update): PutGroupPolicy"
  }

  delete {
    actions  = ["iam:DeleteGroupPolicy"]
    resource = "arn:${partition}:iam::${account}:group/${group}"
    source   = "resourceGroupPolicyDelete: DeleteGroupPolicy"
  }
}

resource "aws_iam_instance_profile" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/instance_profile.go (id 1284314351)"
  arn               = "arn:${partition}:iam::${account}:instance-profile/${path}${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["iam:GetInstanceProfile"]
    source  = "resourceInstanceProfileRead: findInstanceProfileByName (GetInstanceProfile; tags come from it)"
  }

  read {
    if_set   = "role"
    actions  = ["iam:GetRole"]
    resource = "arn:${partition}:iam::${account}:role/${role}"
    source   = "resourceInstanceProfileRead: findRoleByName for the attached role (GetRole); RemoveRoleFromInstanceProfile only if that role is gone"
    note     = "`role` names the role (a role with a non-default path has the ARN role/<path>/<name>, not covered here)"
  }

  create {
    actions = ["iam:CreateInstanceProfile"]
    source  = "resourceInstanceProfileCreate: CreateInstanceProfile (tags in the request); waiter findInstanceProfileByName is the read call"
  }

  create {
    if_set  = "role"
    actions = ["iam:AddRoleToInstanceProfile"]
    source  = "resourceInstanceProfileCreate: instanceProfileAddRole (AddRoleToInstanceProfile)"
  }

  create {
    if_set  = "tags_all"
    actions = ["iam:TagInstanceProfile"]
    source  = "AWS docs: IAM User Guide, Permissions required to tag IAM identities (creating with tags also needs the Tag* action); resourceInstanceProfileCreate also calls instanceProfileCreateTags where tag-on-create is unsupported"
  }

  update {
    attributes = ["role"]
    actions    = ["iam:AddRoleToInstanceProfile", "iam:RemoveRoleFromInstanceProfile"]
    source     = "resourceInstanceProfileUpdate: instanceProfileRemoveRole (old), instanceProfileAddRole (new)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iam:TagInstanceProfile", "iam:UntagInstanceProfile"]
    source     = "transparent tagging: instanceProfileUpdateTags (TagInstanceProfile, UntagInstanceProfile)"
  }

  delete {
    actions = ["iam:DeleteInstanceProfile"]
    source  = "resourceInstanceProfileDelete: DeleteInstanceProfile"
  }

  delete {
    if_set  = "role"
    actions = ["iam:RemoveRoleFromInstanceProfile"]
    source  = "resourceInstanceProfileDelete: instanceProfileRemoveRole (RemoveRoleFromInstanceProfile)"
  }

  pass_role {
    attribute = "role"
    service   = "ec2.amazonaws.com"
    source    = "AWS docs: IAM API Reference AddRoleToInstanceProfile (the caller must be granted iam:PassRole on the role; the profile's consumer is EC2)"
  }
}

resource "aws_iam_openid_connect_provider" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/openid_connect_provider.go (id 1466064940)"
  arn               = "${arn}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["iam:GetOpenIDConnectProvider"]
    source  = "resourceOpenIDConnectProviderRead: findOpenIDConnectProviderByARN (GetOpenIDConnectProvider; tags come from it)"
  }

  create {
    actions = ["iam:CreateOpenIDConnectProvider"]
    source  = "resourceOpenIDConnectProviderCreate: CreateOpenIDConnectProvider (tags in the request)"
  }

  create {
    if_set  = "tags_all"
    actions = ["iam:TagOpenIDConnectProvider"]
    source  = "AWS docs: IAM User Guide, Permissions required to tag IAM identities (creating with tags also needs the Tag* action); resourceOpenIDConnectProviderCreate also calls openIDConnectProviderCreateTags where tag-on-create is unsupported"
  }

  update {
    attributes = ["client_id_list"]
    actions    = [
      "iam:AddClientIDToOpenIDConnectProvider",
      "iam:RemoveClientIDFromOpenIDConnectProvider",
    ]
    source     = "resourceOpenIDConnectProviderUpdate: AddClientIDToOpenIDConnectProvider, RemoveClientIDFromOpenIDConnectProvider"
  }

  update {
    attributes = ["tags"]
    actions    = ["iam:TagOpenIDConnectProvider", "iam:UntagOpenIDConnectProvider"]
    source     = "transparent tagging: openIDConnectProviderUpdateTags (TagOpenIDConnectProvider, UntagOpenIDConnectProvider)"
  }

  update {
    attributes = ["thumbprint_list"]
    actions    = ["iam:UpdateOpenIDConnectProviderThumbprint"]
    source     = "resourceOpenIDConnectProviderUpdate: UpdateOpenIDConnectProviderThumbprint"
  }

  delete {
    actions = ["iam:DeleteOpenIDConnectProvider"]
    source  = "resourceOpenIDConnectProviderDelete: DeleteOpenIDConnectProvider"
  }
}

resource "aws_iam_policy" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/policy.go (id 15871551946)"
  arn               = "arn:${partition}:iam::${account}:policy/${path}${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["iam:GetPolicy", "iam:GetPolicyVersion"]
    source  = "resourcePolicyRead: GetPolicy (tags come from GetPolicy), GetPolicyVersion (default version)"
  }

  create {
    actions = ["iam:CreatePolicy"]
    source  = "resourcePolicyCreate: CreatePolicy (tags in the request)"
  }

  create {
    if_set  = "tags_all"
    actions = ["iam:TagPolicy"]
    source  = "AWS docs: IAM User Guide, Permissions required to tag IAM identities (creating with tags also needs the Tag* action); resourcePolicyCreate also calls policyUpdateTags (TagPolicy) where tag-on-create is unsupported"
  }

  update {
    attributes = ["policy"]
    actions    = ["iam:CreatePolicyVersion", "iam:DeletePolicyVersion", "iam:ListPolicyVersions"]
    source     = "resourcePolicyUpdate: policyPruneVersions (ListPolicyVersions, DeletePolicyVersion of the oldest when 5 exist), CreatePolicyVersion(SetAsDefault)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iam:TagPolicy", "iam:UntagPolicy"]
    source     = "resourcePolicyUpdate: policyUpdateTags (TagPolicy, UntagPolicy)"
  }

  delete {
    actions = ["iam:DeletePolicy", "iam:DeletePolicyVersion", "iam:ListPolicyVersions"]
    source  = "resourcePolicyDelete: policyDeleteNonDefaultVersions (ListPolicyVersions, DeletePolicyVersion), DeletePolicy"
    note    = "the delete handler lists the non-default versions to delete them first"
  }
}

resource "aws_iam_policy_attachment" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/policy_attachment.go (id 1755345611)"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "groups, roles and users are lists: Attach/Detach{Group,Role,User}Policy stay at the group/role/user patterns (a `resource` template can name one value only)"

  read {
    actions  = ["iam:ListEntitiesForPolicy"]
    resource = "${policy_arn}"
    source   = "resourcePolicyAttachmentRead: findEntitiesForPolicyByARN (ListEntitiesForPolicy)"
  }

  create {
    if_set  = "groups"
    actions = ["iam:AttachGroupPolicy"]
    source  = "resourcePolicyAttachmentCreate: attachPolicyToGroups (AttachGroupPolicy)"
  }

  create {
    if_set  = "roles"
    actions = ["iam:AttachRolePolicy"]
    source  = "resourcePolicyAttachmentCreate: attachPolicyToRoles (AttachRolePolicy)"
  }

  create {
    if_set  = "users"
    actions = ["iam:AttachUserPolicy"]
    source  = "resourcePolicyAttachmentCreate: attachPolicyToUsers (AttachUserPolicy)"
  }

  update {
    attributes = ["groups"]
    actions    = ["iam:AttachGroupPolicy", "iam:DetachGroupPolicy"]
    source     = "resourcePolicyAttachmentUpdate: updateGroups (DetachGroupPolicy, AttachGroupPolicy)"
  }

  update {
    attributes = ["roles"]
    actions    = ["iam:AttachRolePolicy", "iam:DetachRolePolicy"]
    source     = "resourcePolicyAttachmentUpdate: updateRoles (DetachRolePolicy, AttachRolePolicy)"
  }

  update {
    attributes = ["users"]
    actions    = ["iam:AttachUserPolicy", "iam:DetachUserPolicy"]
    source     = "resourcePolicyAttachmentUpdate: updateUsers (DetachUserPolicy, AttachUserPolicy)"
  }

  delete {
    if_set  = "groups"
    actions = ["iam:DetachGroupPolicy"]
    source  = "resourcePolicyAttachmentDelete: detachPolicyFromGroups (DetachGroupPolicy)"
  }

  delete {
    if_set  = "roles"
    actions = ["iam:DetachRolePolicy"]
    source  = "resourcePolicyAttachmentDelete: detachPolicyFromRoles (DetachRolePolicy)"
  }

  delete {
    if_set  = "users"
    actions = ["iam:DetachUserPolicy"]
    source  = "resourcePolicyAttachmentDelete: detachPolicyFromUsers (DetachUserPolicy)"
  }
}

resource "aws_iam_role" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/role.go (id 1880669110)"
  arn               = "arn:${partition}:iam::${account}:role/${path}${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = [
      "iam:GetRole",
      "iam:GetRolePolicy",
      "iam:ListAttachedRolePolicies",
      "iam:ListRolePolicies",
    ]
    source  = "resourceRoleRead: findRoleByName (GetRole; tags come from GetRole), readRoleInlinePolicies (ListRolePolicies, GetRolePolicy), findRoleAttachedPolicies (ListAttachedRolePolicies)"
  }

  create {
    actions = ["iam:CreateRole"]
    source  = "resourceRoleCreate: retryCreateRole (CreateRole, with tags and permissions boundary in the request)"
  }

  create {
    if_set  = "inline_policy"
    actions = ["iam:PutRolePolicy"]
    source  = "resourceRoleCreate: addRoleInlinePolicies (PutRolePolicy)"
  }

  create {
    if_set  = "managed_policy_arns"
    actions = ["iam:AttachRolePolicy"]
    source  = "resourceRoleCreate: addRoleManagedPolicies (AttachRolePolicy)"
  }

  create {
    if_set  = "tags_all"
    actions = ["iam:TagRole"]
    source  = "AWS docs: IAM User Guide, Permissions required to tag IAM identities (creating with tags also needs the Tag* action); resourceRoleCreate also calls roleCreateTags (TagRole) where tag-on-create is unsupported"
  }

  update {
    attributes = ["assume_role_policy"]
    actions    = ["iam:UpdateAssumeRolePolicy"]
    source     = "resourceRoleUpdate: UpdateAssumeRolePolicy"
  }

  update {
    attributes = ["description"]
    actions    = ["iam:UpdateRoleDescription"]
    source     = "resourceRoleUpdate: UpdateRoleDescription"
  }

  update {
    attributes = ["force_detach_policies"]
    actions    = []
    source     = "resourceRoleUpdate: no API call (used only by delete)"
  }

  update {
    attributes = ["inline_policy"]
    actions    = ["iam:DeleteRolePolicy", "iam:PutRolePolicy"]
    source     = "resourceRoleUpdate: deleteRoleInlinePolicies (DeleteRolePolicy), addRoleInlinePolicies (PutRolePolicy)"
  }

  update {
    attributes = ["managed_policy_arns"]
    actions    = ["iam:AttachRolePolicy", "iam:DetachRolePolicy"]
    source     = "resourceRoleUpdate: deleteRolePolicyAttachments (DetachRolePolicy), addRoleManagedPolicies (AttachRolePolicy)"
  }

  update {
    attributes = ["max_session_duration"]
    actions    = ["iam:UpdateRole"]
    source     = "resourceRoleUpdate: UpdateRole"
  }

  update {
    attributes = ["permissions_boundary"]
    actions    = ["iam:DeleteRolePermissionsBoundary", "iam:PutRolePermissionsBoundary"]
    source     = "resourceRoleUpdate: PutRolePermissionsBoundary, or DeleteRolePermissionsBoundary when emptied"
  }

  update {
    attributes = ["tags"]
    actions    = ["iam:TagRole", "iam:UntagRole"]
    source     = "transparent tagging: roleUpdateTags (TagRole, UntagRole)"
  }

  delete {
    actions = [
      "iam:DeleteRole",
      "iam:ListInstanceProfilesForRole",
      "iam:RemoveRoleFromInstanceProfile",
    ]
    source  = "resourceRoleDelete -> deleteRole: deleteRoleInstanceProfiles (ListInstanceProfilesForRole, RemoveRoleFromInstanceProfile), DeleteRole"
    note    = "the delete handler lists what is attached to the role to detach it first"
  }

  delete {
    if_set  = "force_detach_policies"
    actions = [
      "iam:DeleteRolePolicy",
      "iam:DetachRolePolicy",
      "iam:ListAttachedRolePolicies",
      "iam:ListRolePolicies",
    ]
    source  = "deleteRole(forceDetach): findRoleAttachedPolicies + DetachRolePolicy, findRolePolicyNames + DeleteRolePolicy"
    note    = "the delete handler lists what is attached to the role to detach it first"
  }

  delete {
    if_set  = "inline_policy"
    actions = ["iam:DeleteRolePolicy", "iam:ListRolePolicies"]
    source  = "deleteRole(hasInline): findRolePolicyNames (ListRolePolicies), deleteRoleInlinePolicies (DeleteRolePolicy)"
    note    = "the delete handler lists what is attached to the role to detach it first"
  }

  delete {
    if_set  = "managed_policy_arns"
    actions = ["iam:DetachRolePolicy", "iam:ListAttachedRolePolicies"]
    source  = "deleteRole(hasManaged; managed_policy_arns is computed from every attachment): findRoleAttachedPolicies, DetachRolePolicy"
    note    = "the delete handler lists what is attached to the role to detach it first"
  }
}

resource "aws_iam_role_policy" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/role_policy.go (id 1757526448)"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "`role` names the role: one created with a non-default path has the ARN role/<path>/<name>, which `resource` does not cover (the plan does not carry the path)"

  read {
    actions  = ["iam:GetRolePolicy"]
    resource = "arn:${partition}:iam::${account}:role/${role}"
    source   = "resourceRolePolicyRead: GetRolePolicy"
  }

  create {
    actions  = ["iam:PutRolePolicy"]
    resource = "arn:${partition}:iam::${account}:role/${role}"
    source   = "resourceRolePolicyPut: PutRolePolicy; the create waiter GetRolePolicy is the read call"
  }

  update {
    attributes = ["policy"]
    actions    = ["iam:PutRolePolicy"]
    resource   = "arn:${partition}:iam::${account}:role/${role}"
    source     = "resourceRolePolicyPut (update): PutRolePolicy"
  }

  delete {
    actions  = ["iam:DeleteRolePolicy"]
    resource = "arn:${partition}:iam::${account}:role/${role}"
    source   = "resourceRolePolicyDelete: DeleteRolePolicy"
  }
}

resource "aws_iam_role_policy_attachment" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/role_policy_attachment.go (id 1381336809)"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "`role` names the role: one created with a non-default path has the ARN role/<path>/<name>, which `resource` does not cover (the plan does not carry the path)"

  read {
    actions  = ["iam:ListAttachedRolePolicies"]
    resource = "arn:${partition}:iam::${account}:role/${role}"
    source   = "resourceRolePolicyAttachmentRead: findAttachedRolePolicy (ListAttachedRolePolicies)"
  }

  create {
    actions  = ["iam:AttachRolePolicy"]
    resource = "arn:${partition}:iam::${account}:role/${role}"
    source   = "resourceRolePolicyAttachmentCreate: attachPolicyToRole (AttachRolePolicy)"
  }

  delete {
    actions  = ["iam:DetachRolePolicy"]
    resource = "arn:${partition}:iam::${account}:role/${role}"
    source   = "resourceRolePolicyAttachmentDelete: detachPolicyFromRole (DetachRolePolicy)"
  }
}

resource "aws_iam_service_linked_role" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/service_linked_role.go (id 3326360725, aws-sdk-go v1 era of v5)"
  arn               = "${arn}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["iam:GetRole"]
    source  = "resourceServiceLinkedRoleRead: FindRoleByName (GetRole; tags come from it)"
  }

  create {
    actions = ["iam:CreateServiceLinkedRole"]
    source  = "resourceServiceLinkedRoleCreate: CreateServiceLinkedRole"
  }

  create {
    if_set  = "tags_all"
    actions = ["iam:TagRole"]
    source  = "resourceServiceLinkedRoleCreate: roleUpdateTags after create (TagRole)"
  }

  update {
    attributes = ["description"]
    actions    = ["iam:UpdateRole"]
    source     = "resourceServiceLinkedRoleUpdate: UpdateRole (description)"
  }

  update {
    attributes = ["tags"]
    actions    = ["iam:TagRole", "iam:UntagRole"]
    source     = "resourceServiceLinkedRoleUpdate: roleUpdateTags (TagRole, UntagRole)"
  }

  delete {
    actions = ["iam:DeleteServiceLinkedRole", "iam:GetServiceLinkedRoleDeletionStatus"]
    source  = "resourceServiceLinkedRoleDelete: DeleteServiceLinkedRole, waitServiceLinkedRoleDeleted (GetServiceLinkedRoleDeletionStatus)"
    note    = "the delete handler polls the deletion task until it completes"
  }
}

resource "aws_iam_user" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/user.go (id 1239032104)"
  arn               = "arn:${partition}:iam::${account}:user/${path}${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["iam:GetUser"]
    source  = "resourceUserRead: findUserByName (GetUser; tags come from GetUser)"
  }

  create {
    actions = ["iam:CreateUser"]
    source  = "resourceUserCreate: CreateUser (tags and permissions boundary in the request)"
  }

  create {
    if_set  = "tags_all"
    actions = ["iam:TagUser"]
    source  = "AWS docs: IAM User Guide, Permissions required to tag IAM identities (creating with tags also needs the Tag* action); resourceUserCreate also calls userCreateTags (TagUser) where tag-on-create is unsupported"
  }

  update {
    attributes = ["force_destroy"]
    actions    = []
    source     = "resourceUserUpdate: no API call (used only by delete)"
  }

  update {
    attributes = ["name", "path"]
    actions    = ["iam:UpdateUser"]
    source     = "resourceUserUpdate: UpdateUser (NewUserName, NewPath)"
  }

  update {
    attributes = ["permissions_boundary"]
    actions    = ["iam:DeleteUserPermissionsBoundary", "iam:PutUserPermissionsBoundary"]
    source     = "resourceUserUpdate: PutUserPermissionsBoundary, or DeleteUserPermissionsBoundary when emptied"
  }

  update {
    attributes = ["tags"]
    actions    = ["iam:TagUser", "iam:UntagUser"]
    source     = "transparent tagging: userUpdateTags (TagUser, UntagUser)"
  }

  delete {
    actions = ["iam:DeleteUser", "iam:ListGroupsForUser", "iam:RemoveUserFromGroup"]
    source  = "resourceUserDelete: deleteUserGroupMemberships (ListGroupsForUser, RemoveUserFromGroup), DeleteUser"
    note    = "force_destroy: the delete handler lists the user's groups, keys, devices and policies to remove them first"
  }

  delete {
    if_set  = "force_destroy"
    actions = [
      "iam:DeactivateMFADevice",
      "iam:DeleteAccessKey",
      "iam:DeleteLoginProfile",
      "iam:DeleteSSHPublicKey",
      "iam:DeleteServiceSpecificCredential",
      "iam:DeleteSigningCertificate",
      "iam:DeleteUserPolicy",
      "iam:DeleteVirtualMFADevice",
      "iam:DetachUserPolicy",
      "iam:ListAccessKeys",
      "iam:ListAttachedUserPolicies",
      "iam:ListMFADevices",
      "iam:ListSSHPublicKeys",
      "iam:ListServiceSpecificCredentials",
      "iam:ListSigningCertificates",
      "iam:ListUserPolicies",
      "iam:ListVirtualMFADevices",
    ]
    source  = "resourceUserDelete(force_destroy): deleteUserPolicies, detachUserPolicies, deleteUserAccessKeys, deleteUserSSHKeys, deleteUserVirtualMFADevices, deactivateUserMFADevices, deleteUserLoginProfile, deleteUserSigningCertificates, deleteServiceSpecificCredentials"
    note    = "the delete handler lists what is attached to detach or delete it first"
  }
}

resource "aws_iam_user_group_membership" {
  service           = "iam"
  source            = "terraform-provider-aws 01f431114674c27cf790fafb67ac274bf8f765e1 internal/service/iam/user_group_membership.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "no arn template: the membership is no IAM resource; AddUserToGroup/RemoveUserFromGroup authorize on each group, ListGroupsForUser on the user"

  read {
    actions = ["iam:ListGroupsForUser"]
    source  = "resourceUserGroupMembershipRead (listGroupsForUserPages: ListGroupsForUser, retried for IAM propagation on a new resource)"
  }

  create {
    actions = ["iam:AddUserToGroup"]
    source  = "resourceUserGroupMembershipCreate (addUserToGroups: AddUserToGroup per group)"
  }

  update {
    attributes = ["groups"]
    actions    = ["iam:AddUserToGroup", "iam:RemoveUserFromGroup"]
    source     = "resourceUserGroupMembershipUpdate (removeUserFromGroups: RemoveUserFromGroup; addUserToGroups: AddUserToGroup)"
  }

  delete {
    actions = ["iam:RemoveUserFromGroup"]
    source  = "resourceUserGroupMembershipDelete (removeUserFromGroups: RemoveUserFromGroup per group)"
  }
}

resource "aws_iam_user_login_profile" {
  service           = "iam"
  source            = "terraform-provider-aws (file version as stored in the code index, store id 1429314593) internal/service/iam/user_login_profile.go"
  arn               = "arn:${partition}:iam::${account}:user/${user}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "every argument forces replacement (no Update handler); the ARN template assumes the user's path is /"

  read {
    actions = ["iam:GetLoginProfile"]
    source  = "resourceUserLoginProfileRead (GetLoginProfile, retried on NoSuchEntity for a new resource)"
  }

  create {
    actions = ["iam:CreateLoginProfile"]
    source  = "resourceUserLoginProfileCreate (CreateLoginProfile with a generated password; pgp_key encryption is local)"
  }

  delete {
    actions = ["iam:DeleteLoginProfile"]
    source  = "resourceUserLoginProfileDelete (DeleteLoginProfile, retried on EntityTemporarilyUnmodifiable)"
  }
}

resource "aws_iam_user_policy" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/user_policy.go not read (lookup budget); mirrors role_policy.go (id 1757526448) and matches provider-model v6.60.0 call_patterns resourceUserPolicyPut/Read/Delete"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "`user` names the user: one created with a non-default path has the ARN user/<path>/<name>, which `resource` does not cover (the plan does not carry the path)"

  read {
    actions  = ["iam:GetUserPolicy"]
    resource = "arn:${partition}:iam::${account}:user/${user}"
    source   = "resourceUserPolicyRead: GetUserPolicy"
  }

  create {
    actions  = ["iam:PutUserPolicy"]
    resource = "arn:${partition}:iam::${account}:user/${user}"
    source   = "resourceUserPolicyPut: PutUserPolicy; the create waiter GetUserPolicy is the read call"
  }

  update {
    attributes = ["policy"]
    actions    = ["iam:PutUserPolicy"]
    resource   = "arn:${partition}:iam::${account}:user/${user}"
    source     = "resourceUserPolicyPut (update): PutUserPolicy"
  }

  delete {
    actions  = ["iam:DeleteUserPolicy"]
    resource = "arn:${partition}:iam::${account}:user/${user}"
    source   = "resourceUserPolicyDelete: DeleteUserPolicy"
  }
}

resource "aws_iam_user_policy_attachment" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/user_policy_attachment.go not read (lookup budget); mirrors role_policy_attachment.go (id 1381336809) and matches provider-model v6.60.0 call_patterns resourceUserPolicyAttachmentCreate/Read/Delete"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "`user` names the user: one created with a non-default path has the ARN user/<path>/<name>, which `resource` does not cover (the plan does not carry the path)"

  read {
    actions  = ["iam:ListAttachedUserPolicies"]
    resource = "arn:${partition}:iam::${account}:user/${user}"
    source   = "resourceUserPolicyAttachmentRead: ListAttachedUserPolicies"
  }

  create {
    actions  = ["iam:AttachUserPolicy"]
    resource = "arn:${partition}:iam::${account}:user/${user}"
    source   = "resourceUserPolicyAttachmentCreate: attachPolicyToUser (AttachUserPolicy)"
  }

  delete {
    actions  = ["iam:DetachUserPolicy"]
    resource = "arn:${partition}:iam::${account}:user/${user}"
    source   = "resourceUserPolicyAttachmentDelete: detachPolicyFromUser (DetachUserPolicy)"
  }
}

data "aws_caller_identity" {
  service           = "sts"
  source            = "terraform-provider-aws v5.x internal/service/sts/caller_identity_data_source.go (not read; provider-model has no data sources)"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["sts:GetCallerIdentity"]
    source  = "dataSourceCallerIdentityRead: GetCallerIdentity"
  }
}

data "aws_iam_policy" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/policy_data_source.go (id 2077051778)"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["iam:GetPolicy", "iam:GetPolicyVersion"]
    source  = "dataSourcePolicyRead: findPolicyByARN (GetPolicy; tags come from it), findPolicyVersion (GetPolicyVersion)"
  }

  read {
    unless_set = "arn"
    actions    = ["iam:ListPolicies"]
    source     = "dataSourcePolicyRead: without arn, findPolicyByTwoPartKey (ListPolicies with name/path_prefix)"
  }
}

data "aws_iam_policy_document" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x internal/service/iam/policy_document_data_source.go (not read: the document is assembled from configuration)"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "dataSourcePolicyDocumentRead builds the JSON locally; no AWS call"
  }
}

data "aws_iam_role" {
  service           = "iam"
  source            = "terraform-provider-aws v5.x (file versions as stored in the code index, no commit reported: store ids given) internal/service/iam/role_data_source.go (id 1662189050)"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["iam:GetRole"]
    source  = "dataSourceRoleRead: findRoleByName (GetRole; tags and role_last_used come from it)"
  }
}
