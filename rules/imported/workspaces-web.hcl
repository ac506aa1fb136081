# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_workspacesweb_browser_settings" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*browserSettingsResource).Create, workspacesweb.(*browserSettingsResource).Read, workspacesweb.(*browserSettingsResource).Update, workspacesweb.(*browserSettingsResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["workspaces-web:GetBrowserSettings", "workspaces-web:ListTagsForResource"]
    source  = "workspacesweb.(*browserSettingsResource).Read + workspacesweb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "kms:CreateGrant",
      "kms:Decrypt",
      "kms:DescribeKey",
      "kms:GenerateDataKey",
      "workspaces-web:CreateBrowserSettings",
      "workspaces-web:GetBrowserSettings",
    ]
    source  = "workspacesweb.(*browserSettingsResource).Create"
  }

  update {
    attributes = []
    actions    = ["workspaces-web:UpdateBrowserSettings"]
    source     = "workspacesweb.(*browserSettingsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces-web:TagResource", "workspaces-web:UntagResource"]
    source     = "workspacesweb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces-web:DeleteBrowserSettings"]
    source  = "workspacesweb.(*browserSettingsResource).Delete"
  }
}

resource "aws_workspacesweb_browser_settings_association" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*browserSettingsAssociationResource).Create, workspacesweb.(*browserSettingsAssociationResource).Read, workspacesweb.(*browserSettingsAssociationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["workspaces-web:GetBrowserSettings"]
    source  = "workspacesweb.(*browserSettingsAssociationResource).Read"
  }

  create {
    actions = ["workspaces-web:AssociateBrowserSettings"]
    source  = "workspacesweb.(*browserSettingsAssociationResource).Create"
  }

  delete {
    actions = ["workspaces-web:DisassociateBrowserSettings"]
    source  = "workspacesweb.(*browserSettingsAssociationResource).Delete"
  }
}

resource "aws_workspacesweb_data_protection_settings" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*dataProtectionSettingsResource).Create, workspacesweb.(*dataProtectionSettingsResource).Read, workspacesweb.(*dataProtectionSettingsResource).Update, workspacesweb.(*dataProtectionSettingsResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: workspaces-web:CreateDataProtectionSettings, workspaces-web:DeleteDataProtectionSettings, workspaces-web:GetDataProtectionSettings, workspaces-web:UpdateDataProtectionSettings"

  read {
    actions = ["workspaces-web:GetDataProtectionSettings", "workspaces-web:ListTagsForResource"]
    source  = "workspacesweb.(*dataProtectionSettingsResource).Read + workspacesweb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "workspaces-web:CreateDataProtectionSettings",
      "workspaces-web:GetDataProtectionSettings",
    ]
    source  = "workspacesweb.(*dataProtectionSettingsResource).Create"
  }

  update {
    attributes = []
    actions    = ["workspaces-web:UpdateDataProtectionSettings"]
    source     = "workspacesweb.(*dataProtectionSettingsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces-web:TagResource", "workspaces-web:UntagResource"]
    source     = "workspacesweb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces-web:DeleteDataProtectionSettings"]
    source  = "workspacesweb.(*dataProtectionSettingsResource).Delete"
  }
}

resource "aws_workspacesweb_data_protection_settings_association" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*dataProtectionSettingsAssociationResource).Create, workspacesweb.(*dataProtectionSettingsAssociationResource).Read, workspacesweb.(*dataProtectionSettingsAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: workspaces-web:AssociateDataProtectionSettings, workspaces-web:DisassociateDataProtectionSettings, workspaces-web:GetDataProtectionSettings"

  read {
    actions = ["workspaces-web:GetDataProtectionSettings"]
    source  = "workspacesweb.(*dataProtectionSettingsAssociationResource).Read"
  }

  create {
    actions = ["workspaces-web:AssociateDataProtectionSettings"]
    source  = "workspacesweb.(*dataProtectionSettingsAssociationResource).Create"
  }

  delete {
    actions = ["workspaces-web:DisassociateDataProtectionSettings"]
    source  = "workspacesweb.(*dataProtectionSettingsAssociationResource).Delete"
  }
}

resource "aws_workspacesweb_identity_provider" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*identityProviderResource).Create, workspacesweb.(*identityProviderResource).Read, workspacesweb.(*identityProviderResource).Update, workspacesweb.(*identityProviderResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["workspaces-web:GetIdentityProvider", "workspaces-web:ListTagsForResource"]
    source  = "workspacesweb.(*identityProviderResource).Read + workspacesweb.(*servicePackage).ListTags"
  }

  create {
    actions = ["workspaces-web:CreateIdentityProvider", "workspaces-web:GetIdentityProvider"]
    source  = "workspacesweb.(*identityProviderResource).Create"
  }

  update {
    attributes = []
    actions    = ["workspaces-web:UpdateIdentityProvider"]
    source     = "workspacesweb.(*identityProviderResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces-web:TagResource", "workspaces-web:UntagResource"]
    source     = "workspacesweb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces-web:DeleteIdentityProvider"]
    source  = "workspacesweb.(*identityProviderResource).Delete"
  }
}

resource "aws_workspacesweb_ip_access_settings" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*ipAccessSettingsResource).Create, workspacesweb.(*ipAccessSettingsResource).Read, workspacesweb.(*ipAccessSettingsResource).Update, workspacesweb.(*ipAccessSettingsResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: workspaces-web:CreateIpAccessSettings, workspaces-web:DeleteIpAccessSettings, workspaces-web:GetIpAccessSettings, workspaces-web:UpdateIpAccessSettings"

  read {
    actions = ["workspaces-web:GetIpAccessSettings", "workspaces-web:ListTagsForResource"]
    source  = "workspacesweb.(*ipAccessSettingsResource).Read + workspacesweb.(*servicePackage).ListTags"
  }

  create {
    actions = ["workspaces-web:CreateIpAccessSettings", "workspaces-web:GetIpAccessSettings"]
    source  = "workspacesweb.(*ipAccessSettingsResource).Create"
  }

  update {
    attributes = []
    actions    = ["workspaces-web:UpdateIpAccessSettings"]
    source     = "workspacesweb.(*ipAccessSettingsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces-web:TagResource", "workspaces-web:UntagResource"]
    source     = "workspacesweb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces-web:DeleteIpAccessSettings"]
    source  = "workspacesweb.(*ipAccessSettingsResource).Delete"
  }
}

resource "aws_workspacesweb_ip_access_settings_association" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*ipAccessSettingsAssociationResource).Create, workspacesweb.(*ipAccessSettingsAssociationResource).Read, workspacesweb.(*ipAccessSettingsAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: workspaces-web:AssociateIpAccessSettings, workspaces-web:DisassociateIpAccessSettings, workspaces-web:GetIpAccessSettings"

  read {
    actions = ["workspaces-web:GetIpAccessSettings"]
    source  = "workspacesweb.(*ipAccessSettingsAssociationResource).Read"
  }

  create {
    actions = ["workspaces-web:AssociateIpAccessSettings"]
    source  = "workspacesweb.(*ipAccessSettingsAssociationResource).Create"
  }

  delete {
    actions = ["workspaces-web:DisassociateIpAccessSettings"]
    source  = "workspacesweb.(*ipAccessSettingsAssociationResource).Delete"
  }
}

resource "aws_workspacesweb_network_settings" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*networkSettingsResource).Create, workspacesweb.(*networkSettingsResource).Read, workspacesweb.(*networkSettingsResource).Update, workspacesweb.(*networkSettingsResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["workspaces-web:GetNetworkSettings", "workspaces-web:ListTagsForResource"]
    source  = "workspacesweb.(*networkSettingsResource).Read + workspacesweb.(*servicePackage).ListTags"
  }

  create {
    actions = ["workspaces-web:CreateNetworkSettings", "workspaces-web:GetNetworkSettings"]
    source  = "workspacesweb.(*networkSettingsResource).Create"
  }

  update {
    attributes = []
    actions    = ["workspaces-web:UpdateNetworkSettings"]
    source     = "workspacesweb.(*networkSettingsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces-web:TagResource", "workspaces-web:UntagResource"]
    source     = "workspacesweb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces-web:DeleteNetworkSettings"]
    source  = "workspacesweb.(*networkSettingsResource).Delete"
  }
}

resource "aws_workspacesweb_network_settings_association" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*networkSettingsAssociationResource).Create, workspacesweb.(*networkSettingsAssociationResource).Read, workspacesweb.(*networkSettingsAssociationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["workspaces-web:GetNetworkSettings"]
    source  = "workspacesweb.(*networkSettingsAssociationResource).Read"
  }

  create {
    actions = [
      "ec2:CreateNetworkInterface",
      "ec2:CreateNetworkInterfacePermission",
      "ec2:CreateTags",
      "ec2:DeleteNetworkInterface",
      "ec2:DeleteNetworkInterfacePermission",
      "ec2:ModifyNetworkInterfaceAttribute",
      "workspaces-web:AssociateNetworkSettings",
    ]
    source  = "workspacesweb.(*networkSettingsAssociationResource).Create"
  }

  delete {
    actions = ["workspaces-web:DisassociateNetworkSettings"]
    source  = "workspacesweb.(*networkSettingsAssociationResource).Delete"
  }
}

resource "aws_workspacesweb_portal" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*portalResource).Create, workspacesweb.(*portalResource).Read, workspacesweb.(*portalResource).Update, workspacesweb.(*portalResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["workspaces-web:GetPortal", "workspaces-web:ListTagsForResource"]
    source  = "workspacesweb.(*portalResource).Read + workspacesweb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "iam:CreateServiceLinkedRole",
      "kms:CreateGrant",
      "kms:Decrypt",
      "kms:DescribeKey",
      "kms:GenerateDataKey",
      "workspaces-web:CreatePortal",
      "workspaces-web:GetPortal",
    ]
    source  = "workspacesweb.(*portalResource).Create"
  }

  update {
    attributes = []
    actions    = ["workspaces-web:UpdatePortal"]
    source     = "workspacesweb.(*portalResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces-web:TagResource", "workspaces-web:UntagResource"]
    source     = "workspacesweb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces-web:DeletePortal", "workspaces-web:GetPortal"]
    source  = "workspacesweb.(*portalResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_workspacesweb_session_logger" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*sessionLoggerResource).Create, workspacesweb.(*sessionLoggerResource).Read, workspacesweb.(*sessionLoggerResource).Update, workspacesweb.(*sessionLoggerResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: workspaces-web:CreateSessionLogger, workspaces-web:DeleteSessionLogger, workspaces-web:GetSessionLogger, workspaces-web:UpdateSessionLogger"

  read {
    actions = ["workspaces-web:GetSessionLogger", "workspaces-web:ListTagsForResource"]
    source  = "workspacesweb.(*sessionLoggerResource).Read + workspacesweb.(*servicePackage).ListTags"
  }

  create {
    actions = ["workspaces-web:CreateSessionLogger", "workspaces-web:GetSessionLogger"]
    source  = "workspacesweb.(*sessionLoggerResource).Create"
  }

  update {
    attributes = []
    actions    = ["workspaces-web:UpdateSessionLogger"]
    source     = "workspacesweb.(*sessionLoggerResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces-web:TagResource", "workspaces-web:UntagResource"]
    source     = "workspacesweb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces-web:DeleteSessionLogger"]
    source  = "workspacesweb.(*sessionLoggerResource).Delete"
  }
}

resource "aws_workspacesweb_session_logger_association" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*sessionLoggerAssociationResource).Create, workspacesweb.(*sessionLoggerAssociationResource).Read, workspacesweb.(*sessionLoggerAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: workspaces-web:AssociateSessionLogger, workspaces-web:DisassociateSessionLogger, workspaces-web:GetSessionLogger"

  read {
    actions = ["workspaces-web:GetSessionLogger"]
    source  = "workspacesweb.(*sessionLoggerAssociationResource).Read"
  }

  create {
    actions = ["workspaces-web:AssociateSessionLogger"]
    source  = "workspacesweb.(*sessionLoggerAssociationResource).Create"
  }

  delete {
    actions = ["workspaces-web:DisassociateSessionLogger"]
    source  = "workspacesweb.(*sessionLoggerAssociationResource).Delete"
  }
}

resource "aws_workspacesweb_trust_store" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*trustStoreResource).Create, workspacesweb.(*trustStoreResource).Read, workspacesweb.(*trustStoreResource).Update, workspacesweb.(*trustStoreResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "workspaces-web:GetTrustStore",
      "workspaces-web:GetTrustStoreCertificate",
      "workspaces-web:ListTagsForResource",
      "workspaces-web:ListTrustStoreCertificates",
    ]
    source  = "workspacesweb.(*trustStoreResource).Read + workspacesweb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "workspaces-web:CreateTrustStore",
      "workspaces-web:GetTrustStore",
      "workspaces-web:GetTrustStoreCertificate",
      "workspaces-web:ListTrustStoreCertificates",
    ]
    source  = "workspacesweb.(*trustStoreResource).Create"
  }

  update {
    attributes = []
    actions    = ["workspaces-web:UpdateTrustStore"]
    source     = "workspacesweb.(*trustStoreResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces-web:TagResource", "workspaces-web:UntagResource"]
    source     = "workspacesweb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces-web:DeleteTrustStore"]
    source  = "workspacesweb.(*trustStoreResource).Delete"
  }
}

resource "aws_workspacesweb_trust_store_association" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*trustStoreAssociationResource).Create, workspacesweb.(*trustStoreAssociationResource).Read, workspacesweb.(*trustStoreAssociationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["workspaces-web:GetTrustStore"]
    source  = "workspacesweb.(*trustStoreAssociationResource).Read"
  }

  create {
    actions = ["workspaces-web:AssociateTrustStore"]
    source  = "workspacesweb.(*trustStoreAssociationResource).Create"
  }

  delete {
    actions = ["workspaces-web:DisassociateTrustStore"]
    source  = "workspacesweb.(*trustStoreAssociationResource).Delete"
  }
}

resource "aws_workspacesweb_user_access_logging_settings" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*userAccessLoggingSettingsResource).Create, workspacesweb.(*userAccessLoggingSettingsResource).Read, workspacesweb.(*userAccessLoggingSettingsResource).Update, workspacesweb.(*userAccessLoggingSettingsResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: workspaces-web:CreateUserAccessLoggingSettings, workspaces-web:DeleteUserAccessLoggingSettings, workspaces-web:GetUserAccessLoggingSettings, workspaces-web:UpdateUserAccessLoggingSettings"

  read {
    actions = ["workspaces-web:GetUserAccessLoggingSettings", "workspaces-web:ListTagsForResource"]
    source  = "workspacesweb.(*userAccessLoggingSettingsResource).Read + workspacesweb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "workspaces-web:CreateUserAccessLoggingSettings",
      "workspaces-web:GetUserAccessLoggingSettings",
    ]
    source  = "workspacesweb.(*userAccessLoggingSettingsResource).Create"
  }

  update {
    attributes = []
    actions    = ["workspaces-web:UpdateUserAccessLoggingSettings"]
    source     = "workspacesweb.(*userAccessLoggingSettingsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces-web:TagResource", "workspaces-web:UntagResource"]
    source     = "workspacesweb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces-web:DeleteUserAccessLoggingSettings"]
    source  = "workspacesweb.(*userAccessLoggingSettingsResource).Delete"
  }
}

resource "aws_workspacesweb_user_access_logging_settings_association" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*userAccessLoggingSettingsAssociationResource).Create, workspacesweb.(*userAccessLoggingSettingsAssociationResource).Read, workspacesweb.(*userAccessLoggingSettingsAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: workspaces-web:AssociateUserAccessLoggingSettings, workspaces-web:DisassociateUserAccessLoggingSettings, workspaces-web:GetUserAccessLoggingSettings"

  read {
    actions = ["workspaces-web:GetUserAccessLoggingSettings"]
    source  = "workspacesweb.(*userAccessLoggingSettingsAssociationResource).Read"
  }

  create {
    actions = ["workspaces-web:AssociateUserAccessLoggingSettings"]
    source  = "workspacesweb.(*userAccessLoggingSettingsAssociationResource).Create"
  }

  delete {
    actions = ["workspaces-web:DisassociateUserAccessLoggingSettings"]
    source  = "workspacesweb.(*userAccessLoggingSettingsAssociationResource).Delete"
  }
}

resource "aws_workspacesweb_user_settings" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*userSettingsResource).Create, workspacesweb.(*userSettingsResource).Read, workspacesweb.(*userSettingsResource).Update, workspacesweb.(*userSettingsResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["workspaces-web:GetUserSettings", "workspaces-web:ListTagsForResource"]
    source  = "workspacesweb.(*userSettingsResource).Read + workspacesweb.(*servicePackage).ListTags"
  }

  create {
    actions = ["workspaces-web:CreateUserSettings", "workspaces-web:GetUserSettings"]
    source  = "workspacesweb.(*userSettingsResource).Create"
  }

  update {
    attributes = []
    actions    = ["workspaces-web:UpdateUserSettings"]
    source     = "workspacesweb.(*userSettingsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["workspaces-web:TagResource", "workspaces-web:UntagResource"]
    source     = "workspacesweb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workspaces-web:DeleteUserSettings"]
    source  = "workspacesweb.(*userSettingsResource).Delete"
  }
}

resource "aws_workspacesweb_user_settings_association" {
  service = "workspaces-web"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workspacesweb.(*userSettingsAssociationResource).Create, workspacesweb.(*userSettingsAssociationResource).Read, workspacesweb.(*userSettingsAssociationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["workspaces-web:GetUserSettings"]
    source  = "workspacesweb.(*userSettingsAssociationResource).Read"
  }

  create {
    actions = ["workspaces-web:AssociateUserSettings"]
    source  = "workspacesweb.(*userSettingsAssociationResource).Create"
  }

  delete {
    actions = ["workspaces-web:DisassociateUserSettings"]
    source  = "workspacesweb.(*userSettingsAssociationResource).Delete"
  }
}
