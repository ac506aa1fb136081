# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_ami" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceAMICreate, ec2.resourceAMIRead, ec2.resourceAMIUpdate, ec2.resourceAMIDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ec2:DeleteTags"

  read {
    actions = ["ec2:DescribeImages", "ec2:DescribeTags", "ec2:GetInstanceUefiData"]
    source  = "ec2.resourceAMIRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:DescribeImages",
      "ec2:EnableImageDeprecation",
      "ec2:GetInstanceUefiData",
      "ec2:RegisterImage",
    ]
    source  = "ec2.resourceAMICreate"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "ec2.resourceAMICreate: the create handler itself reaches the tagging calls of UpdateTags (CreateTags)"
  }

  update {
    attributes = []
    actions    = [
      "ec2:DisableImageDeprecation",
      "ec2:EnableImageDeprecation",
      "ec2:ModifyImageAttribute",
    ]
    source     = "ec2.resourceAMIUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteSnapshot", "ec2:DeregisterImage", "ec2:DescribeImages"]
    source  = "ec2.resourceAMIDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ami_copy" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceAMICopyCreate, ec2.resourceAMIRead, ec2.resourceAMIUpdate, ec2.resourceAMIDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ec2:DeleteTags"

  read {
    actions = ["ec2:DescribeImages", "ec2:DescribeTags", "ec2:GetInstanceUefiData"]
    source  = "ec2.resourceAMIRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CopyImage",
      "ec2:DescribeImages",
      "ec2:EnableImageDeprecation",
      "ec2:GetInstanceUefiData",
    ]
    source  = "ec2.resourceAMICopyCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "ec2.resourceAMICopyCreate: the create handler itself reaches the tagging calls of UpdateTags (CreateTags)"
  }

  update {
    attributes = []
    actions    = [
      "ec2:DisableImageDeprecation",
      "ec2:EnableImageDeprecation",
      "ec2:ModifyImageAttribute",
    ]
    source     = "ec2.resourceAMIUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteSnapshot", "ec2:DeregisterImage", "ec2:DescribeImages"]
    source  = "ec2.resourceAMIDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ami_from_instance" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceAMIFromInstanceCreate, ec2.resourceAMIRead, ec2.resourceAMIUpdate, ec2.resourceAMIDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeImages", "ec2:DescribeTags", "ec2:GetInstanceUefiData"]
    source  = "ec2.resourceAMIRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateImage",
      "ec2:DescribeImages",
      "ec2:EnableImageDeprecation",
      "ec2:GetInstanceUefiData",
    ]
    source  = "ec2.resourceAMIFromInstanceCreate"
  }

  update {
    attributes = []
    actions    = [
      "ec2:DisableImageDeprecation",
      "ec2:EnableImageDeprecation",
      "ec2:ModifyImageAttribute",
    ]
    source     = "ec2.resourceAMIUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteSnapshot", "ec2:DeregisterImage", "ec2:DescribeImages"]
    source  = "ec2.resourceAMIDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ami_launch_permission" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceAMILaunchPermissionCreate, ec2.resourceAMILaunchPermissionRead, ec2.resourceAMILaunchPermissionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeImageAttribute"]
    source  = "ec2.resourceAMILaunchPermissionRead"
  }

  create {
    actions = ["ec2:DescribeImageAttribute", "ec2:ModifyImageAttribute"]
    source  = "ec2.resourceAMILaunchPermissionCreate"
  }

  delete {
    actions = ["ec2:ModifyImageAttribute"]
    source  = "ec2.resourceAMILaunchPermissionDelete"
  }
}

resource "aws_default_vpc_dhcp_options" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceDefaultVPCDHCPOptionsCreate, ec2.resourceVPCDHCPOptionsRead, ec2.resourceVPCDHCPOptionsUpdate, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeDhcpOptions", "ec2:DescribeTags"]
    source  = "ec2.resourceVPCDHCPOptionsRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:DescribeDhcpOptions"]
    source  = "ec2.resourceDefaultVPCDHCPOptionsCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceVPCDHCPOptionsUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_ebs_default_kms_key" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceEBSDefaultKMSKeyCreate, ec2.resourceEBSDefaultKMSKeyRead, ec2.resourceEBSDefaultKMSKeyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:GetEbsDefaultKmsKeyId"]
    source  = "ec2.resourceEBSDefaultKMSKeyRead"
  }

  create {
    actions = ["ec2:GetEbsDefaultKmsKeyId", "ec2:ModifyEbsDefaultKmsKeyId"]
    source  = "ec2.resourceEBSDefaultKMSKeyCreate"
  }

  delete {
    actions = ["ec2:ResetEbsDefaultKmsKeyId"]
    source  = "ec2.resourceEBSDefaultKMSKeyDelete"
  }
}

resource "aws_ebs_encryption_by_default" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceEBSEncryptionByDefaultCreate, ec2.resourceEBSEncryptionByDefaultRead, ec2.resourceEBSEncryptionByDefaultUpdate, ec2.resourceEBSEncryptionByDefaultDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:GetEbsEncryptionByDefault"]
    source  = "ec2.resourceEBSEncryptionByDefaultRead"
  }

  create {
    actions = [
      "ec2:DisableEbsEncryptionByDefault",
      "ec2:EnableEbsEncryptionByDefault",
      "ec2:GetEbsEncryptionByDefault",
    ]
    source  = "ec2.resourceEBSEncryptionByDefaultCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:DisableEbsEncryptionByDefault", "ec2:EnableEbsEncryptionByDefault"]
    source     = "ec2.resourceEBSEncryptionByDefaultUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:DisableEbsEncryptionByDefault", "ec2:EnableEbsEncryptionByDefault"]
    source  = "ec2.resourceEBSEncryptionByDefaultDelete"
  }
}

resource "aws_ebs_fast_snapshot_restore" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*ebsFastSnapshotRestoreResource).Create, ec2.(*ebsFastSnapshotRestoreResource).Read, ec2.(*ebsFastSnapshotRestoreResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeFastSnapshotRestores"]
    source  = "ec2.(*ebsFastSnapshotRestoreResource).Read"
  }

  create {
    actions = ["ec2:DescribeFastSnapshotRestores", "ec2:EnableFastSnapshotRestores"]
    source  = "ec2.(*ebsFastSnapshotRestoreResource).Create"
  }

  delete {
    actions = ["ec2:DescribeFastSnapshotRestores", "ec2:DisableFastSnapshotRestores"]
    source  = "ec2.(*ebsFastSnapshotRestoreResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ebs_snapshot_block_public_access" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceEBSSnapshotBlockPublicAccessPut, ec2.resourceEBSSnapshotBlockPublicAccessRead, ec2.resourceEBSSnapshotBlockPublicAccessDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:DisableSnapshotBlockPublicAccess, ec2:EnableSnapshotBlockPublicAccess, ec2:GetSnapshotBlockPublicAccessState"

  read {
    actions = ["ec2:GetSnapshotBlockPublicAccessState"]
    source  = "ec2.resourceEBSSnapshotBlockPublicAccessRead"
  }

  create {
    actions = ["ec2:EnableSnapshotBlockPublicAccess", "ec2:GetSnapshotBlockPublicAccessState"]
    source  = "ec2.resourceEBSSnapshotBlockPublicAccessPut"
  }

  update {
    attributes = []
    actions    = ["ec2:EnableSnapshotBlockPublicAccess"]
    source     = "ec2.resourceEBSSnapshotBlockPublicAccessPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:DisableSnapshotBlockPublicAccess"]
    source  = "ec2.resourceEBSSnapshotBlockPublicAccessDelete"
  }
}

resource "aws_ebs_snapshot_copy" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceEBSSnapshotCopyCreate, ec2.resourceEBSSnapshotRead, ec2.resourceEBSSnapshotUpdate, ec2.resourceEBSSnapshotDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeSnapshots", "ec2:DescribeTags"]
    source  = "ec2.resourceEBSSnapshotRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CopySnapshot",
      "ec2:DescribeSnapshotTierStatus",
      "ec2:DescribeSnapshots",
      "ec2:ModifySnapshotTier",
    ]
    source  = "ec2.resourceEBSSnapshotCopyCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifySnapshotTier", "ec2:RestoreSnapshotTier"]
    source     = "ec2.resourceEBSSnapshotUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteSnapshot"]
    source  = "ec2.resourceEBSSnapshotDelete"
  }
}

resource "aws_ebs_snapshot_import" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceEBSSnapshotImportCreate, ec2.resourceEBSSnapshotImportRead, ec2.resourceEBSSnapshotUpdate, ec2.resourceEBSSnapshotDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ec2:DeleteTags"

  read {
    actions = ["ec2:DescribeSnapshots", "ec2:DescribeTags"]
    source  = "ec2.resourceEBSSnapshotImportRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:DescribeImportSnapshotTasks",
      "ec2:DescribeSnapshotTierStatus",
      "ec2:DescribeSnapshots",
      "ec2:ImportSnapshot",
      "ec2:ModifySnapshotTier",
    ]
    source  = "ec2.resourceEBSSnapshotImportCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "ec2.resourceEBSSnapshotImportCreate: the create handler itself reaches the tagging calls of UpdateTags (CreateTags)"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifySnapshotTier", "ec2:RestoreSnapshotTier"]
    source     = "ec2.resourceEBSSnapshotUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteSnapshot"]
    source  = "ec2.resourceEBSSnapshotDelete"
  }
}

resource "aws_ebs_volume_copy" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*ebsVolumeCopyResource).Create, ec2.(*ebsVolumeCopyResource).Read, ec2.(*ebsVolumeCopyResource).Update, ec2.(*ebsVolumeCopyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CopyVolumes"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeVolumes"]
    source  = "ec2.(*ebsVolumeCopyResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CopyVolumes", "ec2:DescribeVolumes"]
    source  = "ec2.(*ebsVolumeCopyResource).Create"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyVolume"]
    source     = "ec2.(*ebsVolumeCopyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteVolume", "ec2:DescribeVolumes"]
    source  = "ec2.(*ebsVolumeCopyResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_allowed_images_settings" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*allowedImagesSettingsResource).Create, ec2.(*allowedImagesSettingsResource).Read, ec2.(*allowedImagesSettingsResource).Update, ec2.(*allowedImagesSettingsResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:DisableAllowedImagesSettings, ec2:EnableAllowedImagesSettings, ec2:GetAllowedImagesSettings, ec2:ReplaceImageCriteriaInAllowedImagesSettings"

  read {
    actions = ["ec2:GetAllowedImagesSettings"]
    source  = "ec2.(*allowedImagesSettingsResource).Read"
  }

  create {
    actions = ["ec2:EnableAllowedImagesSettings", "ec2:ReplaceImageCriteriaInAllowedImagesSettings"]
    source  = "ec2.(*allowedImagesSettingsResource).Create"
  }

  update {
    attributes = []
    actions    = [
      "ec2:EnableAllowedImagesSettings",
      "ec2:ReplaceImageCriteriaInAllowedImagesSettings",
    ]
    source     = "ec2.(*allowedImagesSettingsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "ec2:DisableAllowedImagesSettings",
      "ec2:ReplaceImageCriteriaInAllowedImagesSettings",
    ]
    source  = "ec2.(*allowedImagesSettingsResource).Delete"
  }
}

resource "aws_ec2_availability_zone_group" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceAvailabilityZoneGroupCreate, ec2.resourceAvailabilityZoneGroupRead, ec2.resourceAvailabilityZoneGroupUpdate, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeAvailabilityZones"]
    source  = "ec2.resourceAvailabilityZoneGroupRead"
  }

  create {
    actions = ["ec2:DescribeAvailabilityZones", "ec2:ModifyAvailabilityZoneGroup"]
    source  = "ec2.resourceAvailabilityZoneGroupCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyAvailabilityZoneGroup"]
    source     = "ec2.resourceAvailabilityZoneGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_ec2_capacity_block_reservation" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*capacityBlockReservationResource).Create, ec2.(*capacityBlockReservationResource).Read) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:PurchaseCapacityBlock"

  read {
    actions = ["ec2:DescribeCapacityReservations", "ec2:DescribeTags"]
    source  = "ec2.(*capacityBlockReservationResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:DescribeCapacityReservations", "ec2:PurchaseCapacityBlock"]
    source  = "ec2.(*capacityBlockReservationResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }
}

resource "aws_ec2_capacity_reservation" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceCapacityReservationCreate, ec2.resourceCapacityReservationRead, ec2.resourceCapacityReservationUpdate, ec2.resourceCapacityReservationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeCapacityReservations", "ec2:DescribeTags"]
    source  = "ec2.resourceCapacityReservationRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateCapacityReservation", "ec2:DescribeCapacityReservations"]
    source  = "ec2.resourceCapacityReservationCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyCapacityReservation"]
    source     = "ec2.resourceCapacityReservationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:CancelCapacityReservation", "ec2:DescribeCapacityReservations"]
    source  = "ec2.resourceCapacityReservationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_carrier_gateway" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceCarrierGatewayCreate, ec2.resourceCarrierGatewayRead, ec2.resourceCarrierGatewayUpdate, ec2.resourceCarrierGatewayDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeCarrierGateways", "ec2:DescribeTags"]
    source  = "ec2.resourceCarrierGatewayRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateCarrierGateway", "ec2:DescribeCarrierGateways"]
    source  = "ec2.resourceCarrierGatewayCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceCarrierGatewayUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteCarrierGateway", "ec2:DescribeCarrierGateways"]
    source  = "ec2.resourceCarrierGatewayDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_client_vpn_authorization_rule" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceClientVPNAuthorizationRuleCreate, ec2.resourceClientVPNAuthorizationRuleRead, ec2.resourceClientVPNAuthorizationRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeClientVpnAuthorizationRules"]
    source  = "ec2.resourceClientVPNAuthorizationRuleRead"
  }

  create {
    actions = ["ec2:AuthorizeClientVpnIngress", "ec2:DescribeClientVpnAuthorizationRules"]
    source  = "ec2.resourceClientVPNAuthorizationRuleCreate"
  }

  delete {
    actions = ["ec2:DescribeClientVpnAuthorizationRules", "ec2:RevokeClientVpnIngress"]
    source  = "ec2.resourceClientVPNAuthorizationRuleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_client_vpn_endpoint" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceClientVPNEndpointCreate, ec2.resourceClientVPNEndpointRead, ec2.resourceClientVPNEndpointUpdate, ec2.resourceClientVPNEndpointDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeClientVpnEndpoints", "ec2:DescribeTags"]
    source  = "ec2.resourceClientVPNEndpointRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateClientVpnEndpoint",
      "ec2:DescribeClientVpnEndpoints",
      "ec2:DescribeTransitGatewayAttachments",
    ]
    source  = "ec2.resourceClientVPNEndpointCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyClientVpnEndpoint"]
    source     = "ec2.resourceClientVPNEndpointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteClientVpnEndpoint", "ec2:DescribeClientVpnEndpoints"]
    source  = "ec2.resourceClientVPNEndpointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_client_vpn_network_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceClientVPNNetworkAssociationCreate, ec2.resourceClientVPNNetworkAssociationRead, ec2.resourceClientVPNNetworkAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeClientVpnTargetNetworks"]
    source  = "ec2.resourceClientVPNNetworkAssociationRead"
  }

  create {
    actions = ["ec2:AssociateClientVpnTargetNetwork", "ec2:DescribeClientVpnTargetNetworks"]
    source  = "ec2.resourceClientVPNNetworkAssociationCreate"
  }

  delete {
    actions = ["ec2:DescribeClientVpnTargetNetworks", "ec2:DisassociateClientVpnTargetNetwork"]
    source  = "ec2.resourceClientVPNNetworkAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_client_vpn_route" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceClientVPNRouteCreate, ec2.resourceClientVPNRouteRead, ec2.resourceClientVPNRouteDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeClientVpnRoutes"]
    source  = "ec2.resourceClientVPNRouteRead"
  }

  create {
    actions = ["ec2:CreateClientVpnRoute", "ec2:DescribeClientVpnRoutes"]
    source  = "ec2.resourceClientVPNRouteCreate"
  }

  delete {
    actions = ["ec2:DeleteClientVpnRoute", "ec2:DescribeClientVpnRoutes"]
    source  = "ec2.resourceClientVPNRouteDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_default_credit_specification" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*defaultCreditSpecificationResource).Create, ec2.(*defaultCreditSpecificationResource).Read, ec2.(*defaultCreditSpecificationResource).Update) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:GetDefaultCreditSpecification"]
    source  = "ec2.(*defaultCreditSpecificationResource).Read"
  }

  create {
    actions = ["ec2:GetDefaultCreditSpecification", "ec2:ModifyDefaultCreditSpecification"]
    source  = "ec2.(*defaultCreditSpecificationResource).Create"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyDefaultCreditSpecification"]
    source     = "ec2.(*defaultCreditSpecificationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_ec2_fleet" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceFleetCreate, ec2.resourceFleetRead, ec2.resourceFleetUpdate, ec2.resourceFleetDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by ec2.CreateFleet, ec2.ModifyFleet (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["ec2:DescribeFleets", "ec2:DescribeTags"]
    source  = "ec2.resourceFleetRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateFleet", "ec2:DescribeFleets"]
    source  = "ec2.resourceFleetCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyFleet"]
    source     = "ec2.resourceFleetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteFleets", "ec2:DescribeFleets"]
    source  = "ec2.resourceFleetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_host" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceHostCreate, ec2.resourceHostRead, ec2.resourceHostUpdate, ec2.resourceHostDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeHosts", "ec2:DescribeTags"]
    source  = "ec2.resourceHostRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:AllocateHosts", "ec2:DescribeHosts"]
    source  = "ec2.resourceHostCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyHosts"]
    source     = "ec2.resourceHostUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DescribeHosts", "ec2:ReleaseHosts"]
    source  = "ec2.resourceHostDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_image_block_public_access" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceImageBlockPublicAccessPut, ec2.resourceImageBlockPublicAccessRead, schema.NoopContext) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:DisableImageBlockPublicAccess, ec2:EnableImageBlockPublicAccess, ec2:GetImageBlockPublicAccessState"

  read {
    actions = ["ec2:GetImageBlockPublicAccessState"]
    source  = "ec2.resourceImageBlockPublicAccessRead"
  }

  create {
    actions = [
      "ec2:DisableImageBlockPublicAccess",
      "ec2:EnableImageBlockPublicAccess",
      "ec2:GetImageBlockPublicAccessState",
    ]
    source  = "ec2.resourceImageBlockPublicAccessPut"
  }

  update {
    attributes = []
    actions    = ["ec2:DisableImageBlockPublicAccess", "ec2:EnableImageBlockPublicAccess"]
    source     = "ec2.resourceImageBlockPublicAccessPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_ec2_instance_connect_endpoint" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*instanceConnectEndpointResource).Create, ec2.(*instanceConnectEndpointResource).Read, ec2.(*instanceConnectEndpointResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateInstanceConnectEndpoint, ec2:DeleteInstanceConnectEndpoint, ec2:DescribeInstanceConnectEndpoints"

  read {
    actions = ["ec2:DescribeInstanceConnectEndpoints", "ec2:DescribeTags"]
    source  = "ec2.(*instanceConnectEndpointResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateInstanceConnectEndpoint", "ec2:DescribeInstanceConnectEndpoints"]
    source  = "ec2.(*instanceConnectEndpointResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteInstanceConnectEndpoint", "ec2:DescribeInstanceConnectEndpoints"]
    source  = "ec2.(*instanceConnectEndpointResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_instance_metadata_defaults" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*instanceMetadataDefaultsResource).Create, ec2.(*instanceMetadataDefaultsResource).Read, ec2.(*instanceMetadataDefaultsResource).Update, ec2.(*instanceMetadataDefaultsResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:GetInstanceMetadataDefaults, ec2:ModifyInstanceMetadataDefaults"

  read {
    actions = ["ec2:GetInstanceMetadataDefaults"]
    source  = "ec2.(*instanceMetadataDefaultsResource).Read"
  }

  create {
    actions = ["ec2:ModifyInstanceMetadataDefaults"]
    source  = "ec2.(*instanceMetadataDefaultsResource).Create"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyInstanceMetadataDefaults"]
    source     = "ec2.(*instanceMetadataDefaultsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:ModifyInstanceMetadataDefaults"]
    source  = "ec2.(*instanceMetadataDefaultsResource).Delete"
  }
}

resource "aws_ec2_instance_state" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceInstanceStateCreate, ec2.resourceInstanceStateRead, ec2.resourceInstanceStateUpdate, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeInstanceStatus"]
    source  = "ec2.resourceInstanceStateRead"
  }

  create {
    actions = [
      "ec2:DescribeInstanceStatus",
      "ec2:DescribeInstances",
      "ec2:StartInstances",
      "ec2:StopInstances",
    ]
    source  = "ec2.resourceInstanceStateCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:StartInstances", "ec2:StopInstances"]
    source     = "ec2.resourceInstanceStateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_ec2_local_gateway_route" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceLocalGatewayRouteCreate, ec2.resourceLocalGatewayRouteRead, ec2.resourceLocalGatewayRouteDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:SearchLocalGatewayRoutes"]
    source  = "ec2.resourceLocalGatewayRouteRead"
  }

  create {
    actions = ["ec2:CreateLocalGatewayRoute", "ec2:SearchLocalGatewayRoutes"]
    source  = "ec2.resourceLocalGatewayRouteCreate"
  }

  delete {
    actions = ["ec2:DeleteLocalGatewayRoute", "ec2:SearchLocalGatewayRoutes"]
    source  = "ec2.resourceLocalGatewayRouteDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_local_gateway_route_table" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*localGatewayRouteTableResource).Create, ec2.(*localGatewayRouteTableResource).Read, ec2.(*localGatewayRouteTableResource).Update (no call-graph entry), ec2.(*localGatewayRouteTableResource).Delete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update ec2.(*localGatewayRouteTableResource).Update (no call-graph entry); not in iamlive-map, identical IAM name used: ec2:CreateLocalGatewayRouteTable, ec2:DeleteLocalGatewayRouteTable"

  read {
    actions = ["ec2:DescribeLocalGatewayRouteTables", "ec2:DescribeTags"]
    source  = "ec2.(*localGatewayRouteTableResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateLocalGatewayRouteTable", "ec2:DescribeLocalGatewayRouteTables"]
    source  = "ec2.(*localGatewayRouteTableResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteLocalGatewayRouteTable", "ec2:DescribeLocalGatewayRouteTables"]
    source  = "ec2.(*localGatewayRouteTableResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_local_gateway_route_table_virtual_interface_group_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*localGatewayRouteTableVirtualInterfaceGroupAssociationResource).Create, ec2.(*localGatewayRouteTableVirtualInterfaceGroupAssociationResource).Read, ec2.(*localGatewayRouteTableVirtualInterfaceGroupAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation, ec2:DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation"

  read {
    actions = [
      "ec2:DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations",
      "ec2:DescribeTags",
    ]
    source  = "ec2.(*localGatewayRouteTableVirtualInterfaceGroupAssociationResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociation",
      "ec2:DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations",
    ]
    source  = "ec2.(*localGatewayRouteTableVirtualInterfaceGroupAssociationResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "ec2:DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociation",
      "ec2:DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations",
    ]
    source  = "ec2.(*localGatewayRouteTableVirtualInterfaceGroupAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_local_gateway_route_table_vpc_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceLocalGatewayRouteTableVPCAssociationCreate, ec2.resourceLocalGatewayRouteTableVPCAssociationRead, ec2.resourceLocalGatewayRouteTableVPCAssociationUpdate, ec2.resourceLocalGatewayRouteTableVPCAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeLocalGatewayRouteTableVpcAssociations", "ec2:DescribeTags"]
    source  = "ec2.resourceLocalGatewayRouteTableVPCAssociationRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateLocalGatewayRouteTableVpcAssociation",
      "ec2:DescribeLocalGatewayRouteTableVpcAssociations",
    ]
    source  = "ec2.resourceLocalGatewayRouteTableVPCAssociationCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceLocalGatewayRouteTableVPCAssociationUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "ec2:DeleteLocalGatewayRouteTableVpcAssociation",
      "ec2:DescribeLocalGatewayRouteTableVpcAssociations",
    ]
    source  = "ec2.resourceLocalGatewayRouteTableVPCAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_managed_prefix_list" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceManagedPrefixListCreate, ec2.resourceManagedPrefixListRead, ec2.resourceManagedPrefixListUpdate, ec2.resourceManagedPrefixListDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "ec2:DescribeManagedPrefixLists",
      "ec2:DescribeTags",
      "ec2:GetManagedPrefixListEntries",
    ]
    source  = "ec2.resourceManagedPrefixListRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateManagedPrefixList",
      "ec2:DescribeManagedPrefixLists",
      "ec2:GetManagedPrefixListEntries",
    ]
    source  = "ec2.resourceManagedPrefixListCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyManagedPrefixList"]
    source     = "ec2.resourceManagedPrefixListUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteManagedPrefixList", "ec2:DescribeManagedPrefixLists"]
    source  = "ec2.resourceManagedPrefixListDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_managed_prefix_list_entry" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceManagedPrefixListEntryCreate, ec2.resourceManagedPrefixListEntryRead, ec2.resourceManagedPrefixListEntryDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:GetManagedPrefixListEntries"]
    source  = "ec2.resourceManagedPrefixListEntryRead"
  }

  create {
    actions = [
      "ec2:DescribeManagedPrefixLists",
      "ec2:GetManagedPrefixListEntries",
      "ec2:ModifyManagedPrefixList",
    ]
    source  = "ec2.resourceManagedPrefixListEntryCreate"
  }

  delete {
    actions = ["ec2:DescribeManagedPrefixLists", "ec2:ModifyManagedPrefixList"]
    source  = "ec2.resourceManagedPrefixListEntryDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_network_insights_access_scope" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*networkInsightsAccessScopeResource).Create, ec2.(*networkInsightsAccessScopeResource).Read, ec2.(*networkInsightsAccessScopeResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "ec2:DescribeNetworkInsightsAccessScopes",
      "ec2:DescribeTags",
      "ec2:GetNetworkInsightsAccessScopeContent",
    ]
    source  = "ec2.(*networkInsightsAccessScopeResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateNetworkInsightsAccessScope", "ec2:CreateTags"]
    source  = "ec2.(*networkInsightsAccessScopeResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteNetworkInsightsAccessScope"]
    source  = "ec2.(*networkInsightsAccessScopeResource).Delete"
  }
}

resource "aws_ec2_network_insights_analysis" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceNetworkInsightsAnalysisCreate, ec2.resourceNetworkInsightsAnalysisRead, ec2.resourceNetworkInsightsAnalysisUpdate, ec2.resourceNetworkInsightsAnalysisDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeNetworkInsightsAnalyses", "ec2:DescribeTags"]
    source  = "ec2.resourceNetworkInsightsAnalysisRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:DescribeNetworkInsightsAnalyses", "ec2:StartNetworkInsightsAnalysis"]
    source  = "ec2.resourceNetworkInsightsAnalysisCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceNetworkInsightsAnalysisUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteNetworkInsightsAnalysis"]
    source  = "ec2.resourceNetworkInsightsAnalysisDelete"
  }
}

resource "aws_ec2_network_insights_path" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceNetworkInsightsPathCreate, ec2.resourceNetworkInsightsPathRead, ec2.resourceNetworkInsightsPathUpdate, ec2.resourceNetworkInsightsPathDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeNetworkInsightsPaths", "ec2:DescribeTags"]
    source  = "ec2.resourceNetworkInsightsPathRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateNetworkInsightsPath", "ec2:DescribeNetworkInsightsPaths"]
    source  = "ec2.resourceNetworkInsightsPathCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceNetworkInsightsPathUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteNetworkInsightsPath"]
    source  = "ec2.resourceNetworkInsightsPathDelete"
  }
}

resource "aws_ec2_secondary_network" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*secondaryNetworkResource).Create, ec2.(*secondaryNetworkResource).Read, ec2.(*secondaryNetworkResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateSecondaryNetwork, ec2:DeleteSecondaryNetwork, ec2:DescribeSecondaryNetworks"

  read {
    actions = ["ec2:DescribeSecondaryNetworks", "ec2:DescribeTags"]
    source  = "ec2.(*secondaryNetworkResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateSecondaryNetwork", "ec2:DescribeSecondaryNetworks"]
    source  = "ec2.(*secondaryNetworkResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteSecondaryNetwork", "ec2:DescribeSecondaryNetworks"]
    source  = "ec2.(*secondaryNetworkResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_secondary_subnet" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*secondarySubnetResource).Create, ec2.(*secondarySubnetResource).Read, ec2.(*secondarySubnetResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateSecondarySubnet, ec2:DeleteSecondarySubnet, ec2:DescribeSecondarySubnets"

  read {
    actions = ["ec2:DescribeSecondarySubnets", "ec2:DescribeTags"]
    source  = "ec2.(*secondarySubnetResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateSecondarySubnet", "ec2:DescribeSecondarySubnets"]
    source  = "ec2.(*secondarySubnetResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteSecondarySubnet", "ec2:DescribeSecondarySubnets"]
    source  = "ec2.(*secondarySubnetResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_serial_console_access" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceSerialConsoleAccessCreate, ec2.resourceSerialConsoleAccessRead, ec2.resourceSerialConsoleAccessUpdate, ec2.resourceSerialConsoleAccessDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:GetSerialConsoleAccessStatus"]
    source  = "ec2.resourceSerialConsoleAccessRead"
  }

  create {
    actions = [
      "ec2:DisableSerialConsoleAccess",
      "ec2:EnableSerialConsoleAccess",
      "ec2:GetSerialConsoleAccessStatus",
    ]
    source  = "ec2.resourceSerialConsoleAccessCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:DisableSerialConsoleAccess", "ec2:EnableSerialConsoleAccess"]
    source     = "ec2.resourceSerialConsoleAccessUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:DisableSerialConsoleAccess", "ec2:EnableSerialConsoleAccess"]
    source  = "ec2.resourceSerialConsoleAccessDelete"
  }
}

resource "aws_ec2_subnet_cidr_reservation" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceSubnetCIDRReservationCreate, ec2.resourceSubnetCIDRReservationRead, ec2.resourceSubnetCIDRReservationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:GetSubnetCidrReservations"]
    source  = "ec2.resourceSubnetCIDRReservationRead"
  }

  create {
    actions = ["ec2:CreateSubnetCidrReservation", "ec2:GetSubnetCidrReservations"]
    source  = "ec2.resourceSubnetCIDRReservationCreate"
  }

  delete {
    actions = ["ec2:DeleteSubnetCidrReservation"]
    source  = "ec2.resourceSubnetCIDRReservationDelete"
  }
}

resource "aws_ec2_tag" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTagCreate, ec2.resourceTagRead, ec2.resourceTagUpdate, ec2.resourceTagDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ec2:DeleteTags"

  read {
    actions = ["ec2:DescribeTags"]
    source  = "ec2.resourceTagRead"
  }

  create {
    actions = ["ec2:CreateTags", "ec2:DescribeTags"]
    source  = "ec2.resourceTagCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.resourceTagUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:CreateTags", "ec2:DeleteTags"]
    source  = "ec2.resourceTagDelete"
  }
}

resource "aws_ec2_traffic_mirror_filter" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTrafficMirrorFilterCreate, ec2.resourceTrafficMirrorFilterRead, ec2.resourceTrafficMirrorFilterUpdate, ec2.resourceTrafficMirrorFilterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeTrafficMirrorFilters"]
    source  = "ec2.resourceTrafficMirrorFilterRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateTrafficMirrorFilter",
      "ec2:DescribeTrafficMirrorFilters",
      "ec2:ModifyTrafficMirrorFilterNetworkServices",
    ]
    source  = "ec2.resourceTrafficMirrorFilterCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyTrafficMirrorFilterNetworkServices"]
    source     = "ec2.resourceTrafficMirrorFilterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteTrafficMirrorFilter"]
    source  = "ec2.resourceTrafficMirrorFilterDelete"
  }
}

resource "aws_ec2_traffic_mirror_filter_rule" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTrafficMirrorFilterRuleCreate, ec2.resourceTrafficMirrorFilterRuleRead, ec2.resourceTrafficMirrorFilterRuleUpdate, ec2.resourceTrafficMirrorFilterRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeTrafficMirrorFilters"]
    source  = "ec2.resourceTrafficMirrorFilterRuleRead"
  }

  create {
    actions = ["ec2:CreateTrafficMirrorFilterRule", "ec2:DescribeTrafficMirrorFilters"]
    source  = "ec2.resourceTrafficMirrorFilterRuleCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyTrafficMirrorFilterRule"]
    source     = "ec2.resourceTrafficMirrorFilterRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:DeleteTrafficMirrorFilterRule"]
    source  = "ec2.resourceTrafficMirrorFilterRuleDelete"
  }
}

resource "aws_ec2_traffic_mirror_session" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTrafficMirrorSessionCreate, ec2.resourceTrafficMirrorSessionRead, ec2.resourceTrafficMirrorSessionUpdate, ec2.resourceTrafficMirrorSessionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeTrafficMirrorSessions"]
    source  = "ec2.resourceTrafficMirrorSessionRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateTrafficMirrorSession", "ec2:DescribeTrafficMirrorSessions"]
    source  = "ec2.resourceTrafficMirrorSessionCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyTrafficMirrorSession"]
    source     = "ec2.resourceTrafficMirrorSessionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteTrafficMirrorSession"]
    source  = "ec2.resourceTrafficMirrorSessionDelete"
  }
}

resource "aws_ec2_traffic_mirror_target" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTrafficMirrorTargetCreate, ec2.resourceTrafficMirrorTargetRead, ec2.resourceTrafficMirrorTargetUpdate, ec2.resourceTrafficMirrorTargetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeTrafficMirrorTargets"]
    source  = "ec2.resourceTrafficMirrorTargetRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateTrafficMirrorTarget", "ec2:DescribeTrafficMirrorTargets"]
    source  = "ec2.resourceTrafficMirrorTargetCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceTrafficMirrorTargetUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteTrafficMirrorTarget"]
    source  = "ec2.resourceTrafficMirrorTargetDelete"
  }
}

resource "aws_ec2_transit_gateway_connect" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayConnectCreate, ec2.resourceTransitGatewayConnectRead, ec2.resourceTransitGatewayConnectUpdate, ec2.resourceTransitGatewayConnectDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ec2:DisassociateTransitGatewayRouteTable"

  read {
    actions = [
      "ec2:DescribeTags",
      "ec2:DescribeTransitGatewayAttachments",
      "ec2:DescribeTransitGatewayConnects",
      "ec2:DescribeTransitGateways",
      "ec2:GetTransitGatewayRouteTableAssociations",
      "ec2:GetTransitGatewayRouteTablePropagations",
    ]
    source  = "ec2.resourceTransitGatewayConnectRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:AssociateTransitGatewayRouteTable",
      "ec2:CreateTransitGatewayConnect",
      "ec2:DescribeTransitGatewayAttachments",
      "ec2:DescribeTransitGatewayConnects",
      "ec2:DescribeTransitGateways",
      "ec2:DisableTransitGatewayRouteTablePropagation",
      "ec2:EnableTransitGatewayRouteTablePropagation",
      "ec2:GetTransitGatewayRouteTableAssociations",
      "ec2:GetTransitGatewayRouteTablePropagations",
    ]
    source  = "ec2.resourceTransitGatewayConnectCreate"
  }

  update {
    attributes = []
    actions    = [
      "ec2:AssociateTransitGatewayRouteTable",
      "ec2:DisableTransitGatewayRouteTablePropagation",
      "ec2:DisassociateTransitGatewayRouteTable",
      "ec2:EnableTransitGatewayRouteTablePropagation",
    ]
    source     = "ec2.resourceTransitGatewayConnectUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteTransitGatewayConnect", "ec2:DescribeTransitGatewayConnects"]
    source  = "ec2.resourceTransitGatewayConnectDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_connect_peer" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayConnectPeerCreate, ec2.resourceTransitGatewayConnectPeerRead, ec2.resourceTransitGatewayConnectPeerUpdate, ec2.resourceTransitGatewayConnectPeerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeTransitGatewayConnectPeers"]
    source  = "ec2.resourceTransitGatewayConnectPeerRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateTransitGatewayConnectPeer", "ec2:DescribeTransitGatewayConnectPeers"]
    source  = "ec2.resourceTransitGatewayConnectPeerCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceTransitGatewayConnectPeerUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteTransitGatewayConnectPeer", "ec2:DescribeTransitGatewayConnectPeers"]
    source  = "ec2.resourceTransitGatewayConnectPeerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_default_route_table_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*transitGatewayDefaultRouteTableAssociationResource).Create, ec2.(*transitGatewayDefaultRouteTableAssociationResource).Read, ec2.(*transitGatewayDefaultRouteTableAssociationResource).Update, ec2.(*transitGatewayDefaultRouteTableAssociationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeTransitGateways"]
    source  = "ec2.(*transitGatewayDefaultRouteTableAssociationResource).Read"
  }

  create {
    actions = ["ec2:DescribeTransitGateways", "ec2:ModifyTransitGateway"]
    source  = "ec2.(*transitGatewayDefaultRouteTableAssociationResource).Create"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyTransitGateway"]
    source     = "ec2.(*transitGatewayDefaultRouteTableAssociationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:DescribeTransitGateways", "ec2:ModifyTransitGateway"]
    source  = "ec2.(*transitGatewayDefaultRouteTableAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_default_route_table_propagation" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*transitGatewayDefaultRouteTablePropagationResource).Create, ec2.(*transitGatewayDefaultRouteTablePropagationResource).Read, ec2.(*transitGatewayDefaultRouteTablePropagationResource).Update, ec2.(*transitGatewayDefaultRouteTablePropagationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeTransitGateways"]
    source  = "ec2.(*transitGatewayDefaultRouteTablePropagationResource).Read"
  }

  create {
    actions = ["ec2:DescribeTransitGateways", "ec2:ModifyTransitGateway"]
    source  = "ec2.(*transitGatewayDefaultRouteTablePropagationResource).Create"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyTransitGateway"]
    source     = "ec2.(*transitGatewayDefaultRouteTablePropagationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:DescribeTransitGateways", "ec2:ModifyTransitGateway"]
    source  = "ec2.(*transitGatewayDefaultRouteTablePropagationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_metering_policy" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*transitGatewayMeteringPolicyResource).Create, ec2.(*transitGatewayMeteringPolicyResource).Read, ec2.(*transitGatewayMeteringPolicyResource).Update, ec2.(*transitGatewayMeteringPolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateTransitGatewayMeteringPolicy, ec2:DeleteTransitGatewayMeteringPolicy, ec2:DescribeTransitGatewayMeteringPolicies, ec2:ModifyTransitGatewayMeteringPolicy"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeTransitGatewayMeteringPolicies"]
    source  = "ec2.(*transitGatewayMeteringPolicyResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateTransitGatewayMeteringPolicy",
      "ec2:DescribeTransitGatewayMeteringPolicies",
    ]
    source  = "ec2.(*transitGatewayMeteringPolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyTransitGatewayMeteringPolicy"]
    source     = "ec2.(*transitGatewayMeteringPolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "ec2:DeleteTransitGatewayMeteringPolicy",
      "ec2:DescribeTransitGatewayMeteringPolicies",
    ]
    source  = "ec2.(*transitGatewayMeteringPolicyResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_metering_policy_entry" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*transitGatewayMeteringPolicyEntryResource).Create, ec2.(*transitGatewayMeteringPolicyEntryResource).Read, ec2.(*transitGatewayMeteringPolicyEntryResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateTransitGatewayMeteringPolicyEntry, ec2:DeleteTransitGatewayMeteringPolicyEntry, ec2:GetTransitGatewayMeteringPolicyEntries"

  read {
    actions = ["ec2:GetTransitGatewayMeteringPolicyEntries"]
    source  = "ec2.(*transitGatewayMeteringPolicyEntryResource).Read"
  }

  create {
    actions = ["ec2:CreateTransitGatewayMeteringPolicyEntry"]
    source  = "ec2.(*transitGatewayMeteringPolicyEntryResource).Create"
  }

  delete {
    actions = ["ec2:DeleteTransitGatewayMeteringPolicyEntry"]
    source  = "ec2.(*transitGatewayMeteringPolicyEntryResource).Delete"
  }
}

resource "aws_ec2_transit_gateway_multicast_domain" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayMulticastDomainCreate, ec2.resourceTransitGatewayMulticastDomainRead, ec2.resourceTransitGatewayMulticastDomainUpdate, ec2.resourceTransitGatewayMulticastDomainDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeTransitGatewayMulticastDomains"]
    source  = "ec2.resourceTransitGatewayMulticastDomainRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateTransitGatewayMulticastDomain",
      "ec2:DescribeTransitGatewayMulticastDomains",
    ]
    source  = "ec2.resourceTransitGatewayMulticastDomainCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceTransitGatewayMulticastDomainUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "ec2:DeleteTransitGatewayMulticastDomain",
      "ec2:DeregisterTransitGatewayMulticastGroupMembers",
      "ec2:DeregisterTransitGatewayMulticastGroupSources",
      "ec2:DescribeTransitGatewayMulticastDomains",
      "ec2:DisassociateTransitGatewayMulticastDomain",
      "ec2:GetTransitGatewayMulticastDomainAssociations",
      "ec2:SearchTransitGatewayMulticastGroups",
    ]
    source  = "ec2.resourceTransitGatewayMulticastDomainDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_multicast_domain_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayMulticastDomainAssociationCreate, ec2.resourceTransitGatewayMulticastDomainAssociationRead, ec2.resourceTransitGatewayMulticastDomainAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:GetTransitGatewayMulticastDomainAssociations"]
    source  = "ec2.resourceTransitGatewayMulticastDomainAssociationRead"
  }

  create {
    actions = [
      "ec2:AssociateTransitGatewayMulticastDomain",
      "ec2:GetTransitGatewayMulticastDomainAssociations",
    ]
    source  = "ec2.resourceTransitGatewayMulticastDomainAssociationCreate"
  }

  delete {
    actions = [
      "ec2:DisassociateTransitGatewayMulticastDomain",
      "ec2:GetTransitGatewayMulticastDomainAssociations",
    ]
    source  = "ec2.resourceTransitGatewayMulticastDomainAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_multicast_group_member" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayMulticastGroupMemberCreate, ec2.resourceTransitGatewayMulticastGroupMemberRead, ec2.resourceTransitGatewayMulticastGroupMemberDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:SearchTransitGatewayMulticastGroups"]
    source  = "ec2.resourceTransitGatewayMulticastGroupMemberRead"
  }

  create {
    actions = [
      "ec2:RegisterTransitGatewayMulticastGroupMembers",
      "ec2:SearchTransitGatewayMulticastGroups",
    ]
    source  = "ec2.resourceTransitGatewayMulticastGroupMemberCreate"
  }

  delete {
    actions = [
      "ec2:DeregisterTransitGatewayMulticastGroupMembers",
      "ec2:SearchTransitGatewayMulticastGroups",
    ]
    source  = "ec2.resourceTransitGatewayMulticastGroupMemberDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_multicast_group_source" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayMulticastGroupSourceCreate, ec2.resourceTransitGatewayMulticastGroupSourceRead, ec2.resourceTransitGatewayMulticastGroupSourceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:SearchTransitGatewayMulticastGroups"]
    source  = "ec2.resourceTransitGatewayMulticastGroupSourceRead"
  }

  create {
    actions = [
      "ec2:RegisterTransitGatewayMulticastGroupSources",
      "ec2:SearchTransitGatewayMulticastGroups",
    ]
    source  = "ec2.resourceTransitGatewayMulticastGroupSourceCreate"
  }

  delete {
    actions = [
      "ec2:DeregisterTransitGatewayMulticastGroupSources",
      "ec2:SearchTransitGatewayMulticastGroups",
    ]
    source  = "ec2.resourceTransitGatewayMulticastGroupSourceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_peering_attachment" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayPeeringAttachmentCreate, ec2.resourceTransitGatewayPeeringAttachmentRead, ec2.resourceTransitGatewayPeeringAttachmentUpdate, ec2.resourceTransitGatewayPeeringAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeTransitGatewayPeeringAttachments"]
    source  = "ec2.resourceTransitGatewayPeeringAttachmentRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateTransitGatewayPeeringAttachment",
      "ec2:DescribeTransitGatewayPeeringAttachments",
    ]
    source  = "ec2.resourceTransitGatewayPeeringAttachmentCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceTransitGatewayPeeringAttachmentUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "ec2:DeleteTransitGatewayPeeringAttachment",
      "ec2:DescribeTransitGatewayPeeringAttachments",
    ]
    source  = "ec2.resourceTransitGatewayPeeringAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_peering_attachment_accepter" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayPeeringAttachmentAccepterCreate, ec2.resourceTransitGatewayPeeringAttachmentAccepterRead, ec2.resourceTransitGatewayPeeringAttachmentAccepterUpdate, ec2.resourceTransitGatewayPeeringAttachmentAccepterDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ec2:DeleteTags"

  read {
    actions = [
      "ec2:DescribeTags",
      "ec2:DescribeTransitGatewayPeeringAttachments",
      "ec2:DescribeTransitGateways",
    ]
    source  = "ec2.resourceTransitGatewayPeeringAttachmentAccepterRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:AcceptTransitGatewayPeeringAttachment",
      "ec2:DescribeTransitGatewayPeeringAttachments",
      "ec2:DescribeTransitGateways",
    ]
    source  = "ec2.resourceTransitGatewayPeeringAttachmentAccepterCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "ec2.resourceTransitGatewayPeeringAttachmentAccepterCreate: the create handler itself reaches the tagging calls of UpdateTags (CreateTags)"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceTransitGatewayPeeringAttachmentAccepterUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "ec2:DeleteTransitGatewayPeeringAttachment",
      "ec2:DescribeTransitGatewayPeeringAttachments",
    ]
    source  = "ec2.resourceTransitGatewayPeeringAttachmentAccepterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_policy_table" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayPolicyTableCreate, ec2.resourceTransitGatewayPolicyTableRead, ec2.resourceTransitGatewayPolicyTableUpdate, ec2.resourceTransitGatewayPolicyTableDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeTransitGatewayPolicyTables"]
    source  = "ec2.resourceTransitGatewayPolicyTableRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateTags",
      "ec2:CreateTransitGatewayPolicyTable",
      "ec2:DescribeTransitGatewayPolicyTables",
    ]
    source  = "ec2.resourceTransitGatewayPolicyTableCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceTransitGatewayPolicyTableUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteTransitGatewayPolicyTable", "ec2:DescribeTransitGatewayPolicyTables"]
    source  = "ec2.resourceTransitGatewayPolicyTableDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_policy_table_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayPolicyTableAssociationCreate, ec2.resourceTransitGatewayPolicyTableAssociationRead, ec2.resourceTransitGatewayPolicyTableAssociationDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ec2:DisassociateTransitGatewayRouteTable"

  read {
    actions = ["ec2:GetTransitGatewayPolicyTableAssociations"]
    source  = "ec2.resourceTransitGatewayPolicyTableAssociationRead"
  }

  create {
    actions = [
      "ec2:AssociateTransitGatewayPolicyTable",
      "ec2:DescribeTransitGatewayAttachments",
      "ec2:GetTransitGatewayPolicyTableAssociations",
      "ec2:GetTransitGatewayRouteTableAssociations",
    ]
    source  = "ec2.resourceTransitGatewayPolicyTableAssociationCreate"
  }

  delete {
    actions = [
      "ec2:DisassociateTransitGatewayPolicyTable",
      "ec2:GetTransitGatewayPolicyTableAssociations",
    ]
    source  = "ec2.resourceTransitGatewayPolicyTableAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_prefix_list_reference" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayPrefixListReferenceCreate, ec2.resourceTransitGatewayPrefixListReferenceRead, ec2.resourceTransitGatewayPrefixListReferenceUpdate, ec2.resourceTransitGatewayPrefixListReferenceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:GetTransitGatewayPrefixListReferences"]
    source  = "ec2.resourceTransitGatewayPrefixListReferenceRead"
  }

  create {
    actions = [
      "ec2:CreateTransitGatewayPrefixListReference",
      "ec2:GetTransitGatewayPrefixListReferences",
    ]
    source  = "ec2.resourceTransitGatewayPrefixListReferenceCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyTransitGatewayPrefixListReference"]
    source     = "ec2.resourceTransitGatewayPrefixListReferenceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "ec2:DeleteTransitGatewayPrefixListReference",
      "ec2:GetTransitGatewayPrefixListReferences",
    ]
    source  = "ec2.resourceTransitGatewayPrefixListReferenceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_route" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayRouteCreate, ec2.resourceTransitGatewayRouteRead, ec2.resourceTransitGatewayRouteDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:SearchTransitGatewayRoutes"]
    source  = "ec2.resourceTransitGatewayRouteRead"
  }

  create {
    actions = ["ec2:CreateTransitGatewayRoute", "ec2:SearchTransitGatewayRoutes"]
    source  = "ec2.resourceTransitGatewayRouteCreate"
  }

  delete {
    actions = ["ec2:DeleteTransitGatewayRoute", "ec2:SearchTransitGatewayRoutes"]
    source  = "ec2.resourceTransitGatewayRouteDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_route_table" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayRouteTableCreate, ec2.resourceTransitGatewayRouteTableRead, ec2.resourceTransitGatewayRouteTableUpdate, ec2.resourceTransitGatewayRouteTableDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeTransitGatewayRouteTables"]
    source  = "ec2.resourceTransitGatewayRouteTableRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateTransitGatewayRouteTable", "ec2:DescribeTransitGatewayRouteTables"]
    source  = "ec2.resourceTransitGatewayRouteTableCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceTransitGatewayRouteTableUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteTransitGatewayRouteTable", "ec2:DescribeTransitGatewayRouteTables"]
    source  = "ec2.resourceTransitGatewayRouteTableDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_route_table_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayRouteTableAssociationCreate, ec2.resourceTransitGatewayRouteTableAssociationRead, schema.NoopContext, ec2.resourceTransitGatewayRouteTableAssociationDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ec2:DisassociateTransitGatewayRouteTable"

  read {
    actions = ["ec2:GetTransitGatewayRouteTableAssociations"]
    source  = "ec2.resourceTransitGatewayRouteTableAssociationRead"
  }

  create {
    actions = [
      "ec2:AssociateTransitGatewayRouteTable",
      "ec2:DescribeTransitGatewayAttachments",
      "ec2:GetTransitGatewayRouteTableAssociations",
    ]
    source  = "ec2.resourceTransitGatewayRouteTableAssociationCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "schema.NoopContext"
    note       = "the provider's update is schema.NoopContext: it makes no call"
  }

  delete {
    actions = [
      "ec2:DisassociateTransitGatewayRouteTable",
      "ec2:GetTransitGatewayRouteTableAssociations",
    ]
    source  = "ec2.resourceTransitGatewayRouteTableAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_route_table_propagation" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayRouteTablePropagationCreate, ec2.resourceTransitGatewayRouteTablePropagationRead, ec2.resourceTransitGatewayRouteTablePropagationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:GetTransitGatewayRouteTablePropagations"]
    source  = "ec2.resourceTransitGatewayRouteTablePropagationRead"
  }

  create {
    actions = [
      "ec2:EnableTransitGatewayRouteTablePropagation",
      "ec2:GetTransitGatewayRouteTablePropagations",
    ]
    source  = "ec2.resourceTransitGatewayRouteTablePropagationCreate"
  }

  delete {
    actions = [
      "ec2:DisableTransitGatewayRouteTablePropagation",
      "ec2:GetTransitGatewayRouteTablePropagations",
    ]
    source  = "ec2.resourceTransitGatewayRouteTablePropagationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment_accepter" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceTransitGatewayVPCAttachmentAccepterCreate, ec2.resourceTransitGatewayVPCAttachmentAccepterRead, ec2.resourceTransitGatewayVPCAttachmentAccepterUpdate, ec2.resourceTransitGatewayVPCAttachmentAccepterDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ec2:DeleteTags, ec2:DisassociateTransitGatewayRouteTable"

  read {
    actions = [
      "ec2:DescribeTags",
      "ec2:DescribeTransitGatewayVpcAttachments",
      "ec2:DescribeTransitGateways",
      "ec2:GetTransitGatewayRouteTableAssociations",
      "ec2:GetTransitGatewayRouteTablePropagations",
    ]
    source  = "ec2.resourceTransitGatewayVPCAttachmentAccepterRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:AcceptTransitGatewayVpcAttachment",
      "ec2:AssociateTransitGatewayRouteTable",
      "ec2:DescribeTransitGatewayVpcAttachments",
      "ec2:DescribeTransitGateways",
      "ec2:DisableTransitGatewayRouteTablePropagation",
      "ec2:EnableTransitGatewayRouteTablePropagation",
      "ec2:GetTransitGatewayRouteTableAssociations",
      "ec2:GetTransitGatewayRouteTablePropagations",
    ]
    source  = "ec2.resourceTransitGatewayVPCAttachmentAccepterCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "ec2.resourceTransitGatewayVPCAttachmentAccepterCreate: the create handler itself reaches the tagging calls of UpdateTags (CreateTags)"
  }

  update {
    attributes = []
    actions    = [
      "ec2:AssociateTransitGatewayRouteTable",
      "ec2:DisableTransitGatewayRouteTablePropagation",
      "ec2:DisassociateTransitGatewayRouteTable",
      "ec2:EnableTransitGatewayRouteTablePropagation",
    ]
    source     = "ec2.resourceTransitGatewayVPCAttachmentAccepterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteTransitGatewayVpcAttachment", "ec2:DescribeTransitGatewayVpcAttachments"]
    source  = "ec2.resourceTransitGatewayVPCAttachmentAccepterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_eip_domain_name" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*eipDomainNameResource).Create, ec2.(*eipDomainNameResource).Read, ec2.(*eipDomainNameResource).Update, ec2.(*eipDomainNameResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeAddressesAttribute"]
    source  = "ec2.(*eipDomainNameResource).Read"
  }

  create {
    actions = ["ec2:DescribeAddressesAttribute", "ec2:ModifyAddressAttribute"]
    source  = "ec2.(*eipDomainNameResource).Create"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyAddressAttribute"]
    source     = "ec2.(*eipDomainNameResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:DescribeAddressesAttribute", "ec2:ResetAddressAttribute"]
    source  = "ec2.(*eipDomainNameResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_internet_gateway_attachment" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceInternetGatewayAttachmentCreate, ec2.resourceInternetGatewayAttachmentRead, ec2.resourceInternetGatewayAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeInternetGateways"]
    source  = "ec2.resourceInternetGatewayAttachmentRead"
  }

  create {
    actions = ["ec2:AttachInternetGateway", "ec2:DescribeInternetGateways"]
    source  = "ec2.resourceInternetGatewayAttachmentCreate"
  }

  delete {
    actions = ["ec2:DescribeInternetGateways", "ec2:DetachInternetGateway"]
    source  = "ec2.resourceInternetGatewayAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_nat_gateway_eip_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*natGatewayEIPAssociationResource).Create, ec2.(*natGatewayEIPAssociationResource).Read, ec2.(*natGatewayEIPAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:AssociateNatGatewayAddress, ec2:DisassociateNatGatewayAddress"

  read {
    actions = ["ec2:DescribeNatGateways"]
    source  = "ec2.(*natGatewayEIPAssociationResource).Read"
  }

  create {
    actions = ["ec2:AssociateNatGatewayAddress", "ec2:DescribeNatGateways"]
    source  = "ec2.(*natGatewayEIPAssociationResource).Create"
  }

  delete {
    actions = ["ec2:DescribeNatGateways", "ec2:DisassociateNatGatewayAddress"]
    source  = "ec2.(*natGatewayEIPAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_network_acl_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceNetworkACLAssociationCreate, ec2.resourceNetworkACLAssociationRead, ec2.resourceNetworkACLAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeNetworkAcls"]
    source  = "ec2.resourceNetworkACLAssociationRead"
  }

  create {
    actions = ["ec2:DescribeNetworkAcls", "ec2:ReplaceNetworkAclAssociation"]
    source  = "ec2.resourceNetworkACLAssociationCreate"
  }

  delete {
    actions = ["ec2:DescribeNetworkAcls", "ec2:ReplaceNetworkAclAssociation"]
    source  = "ec2.resourceNetworkACLAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_network_interface_attachment" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceNetworkInterfaceAttachmentCreate, ec2.resourceNetworkInterfaceAttachmentRead, ec2.resourceNetworkInterfaceAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeNetworkInterfaces"]
    source  = "ec2.resourceNetworkInterfaceAttachmentRead"
  }

  create {
    actions = ["ec2:AttachNetworkInterface", "ec2:DescribeNetworkInterfaces"]
    source  = "ec2.resourceNetworkInterfaceAttachmentCreate"
  }

  delete {
    actions = ["ec2:DescribeNetworkInterfaces", "ec2:DetachNetworkInterface"]
    source  = "ec2.resourceNetworkInterfaceAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_network_interface_permission" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*networkInterfacePermissionResource).Create, ec2.(*networkInterfacePermissionResource).Read, ec2.(*networkInterfacePermissionResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeNetworkInterfacePermissions"]
    source  = "ec2.(*networkInterfacePermissionResource).Read"
  }

  create {
    actions = ["ec2:CreateNetworkInterfacePermission", "ec2:DescribeNetworkInterfacePermissions"]
    source  = "ec2.(*networkInterfacePermissionResource).Create"
  }

  delete {
    actions = ["ec2:DeleteNetworkInterfacePermission", "ec2:DescribeNetworkInterfacePermissions"]
    source  = "ec2.(*networkInterfacePermissionResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_network_interface_sg_attachment" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceNetworkInterfaceSGAttachmentCreate, ec2.resourceNetworkInterfaceSGAttachmentRead, ec2.resourceNetworkInterfaceSGAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeNetworkInterfaces"]
    source  = "ec2.resourceNetworkInterfaceSGAttachmentRead"
  }

  create {
    actions = ["ec2:DescribeNetworkInterfaces", "ec2:ModifyNetworkInterfaceAttribute"]
    source  = "ec2.resourceNetworkInterfaceSGAttachmentCreate"
  }

  delete {
    actions = ["ec2:DescribeNetworkInterfaces", "ec2:ModifyNetworkInterfaceAttribute"]
    source  = "ec2.resourceNetworkInterfaceSGAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_snapshot_create_volume_permission" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceSnapshotCreateVolumePermissionCreate, ec2.resourceSnapshotCreateVolumePermissionRead, ec2.resourceSnapshotCreateVolumePermissionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeSnapshotAttribute"]
    source  = "ec2.resourceSnapshotCreateVolumePermissionRead"
  }

  create {
    actions = ["ec2:DescribeSnapshotAttribute", "ec2:ModifySnapshotAttribute"]
    source  = "ec2.resourceSnapshotCreateVolumePermissionCreate"
  }

  delete {
    actions = ["ec2:DescribeSnapshotAttribute", "ec2:ModifySnapshotAttribute"]
    source  = "ec2.resourceSnapshotCreateVolumePermissionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_spot_datafeed_subscription" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceSpotDataFeedSubscriptionCreate, ec2.resourceSpotDataFeedSubscriptionRead, ec2.resourceSpotDataFeedSubscriptionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeSpotDatafeedSubscription"]
    source  = "ec2.resourceSpotDataFeedSubscriptionRead"
  }

  create {
    actions = ["ec2:CreateSpotDatafeedSubscription", "ec2:DescribeSpotDatafeedSubscription"]
    source  = "ec2.resourceSpotDataFeedSubscriptionCreate"
  }

  delete {
    actions = ["ec2:DeleteSpotDatafeedSubscription"]
    source  = "ec2.resourceSpotDataFeedSubscriptionDelete"
  }
}

resource "aws_spot_fleet_request" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceSpotFleetRequestCreate, ec2.resourceSpotFleetRequestRead, ec2.resourceSpotFleetRequestUpdate, ec2.resourceSpotFleetRequestDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by ec2.ModifySpotFleetRequest, ec2.RequestSpotFleet (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["ec2:DescribeImages", "ec2:DescribeSpotFleetRequests", "ec2:DescribeTags"]
    source  = "ec2.resourceSpotFleetRequestRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:DescribeImages",
      "ec2:DescribeSpotFleetRequestHistory",
      "ec2:DescribeSpotFleetRequests",
      "ec2:RequestSpotFleet",
    ]
    source  = "ec2.resourceSpotFleetRequestCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifySpotFleetRequest"]
    source     = "ec2.resourceSpotFleetRequestUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:CancelSpotFleetRequests", "ec2:DescribeSpotFleetInstances"]
    source  = "ec2.resourceSpotFleetRequestDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_spot_instance_request" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceSpotInstanceRequestCreate, ec2.resourceSpotInstanceRequestRead, ec2.resourceSpotInstanceRequestUpdate, ec2.resourceSpotInstanceRequestDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by ec2.RequestSpotInstances (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = [
      "ec2:DescribeInstances",
      "ec2:DescribeSpotInstanceRequests",
      "ec2:DescribeTags",
      "ec2:DescribeVolumes",
      "ec2:DescribeVpcs",
      "ec2:GetPasswordData",
    ]
    source  = "ec2.resourceSpotInstanceRequestRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:DescribeImages",
      "ec2:DescribeInstanceTypes",
      "ec2:DescribeInstances",
      "ec2:DescribeLaunchTemplateVersions",
      "ec2:DescribeSpotInstanceRequests",
      "ec2:DescribeVolumes",
      "ec2:DescribeVpcs",
      "ec2:GetPasswordData",
      "ec2:RequestSpotInstances",
    ]
    source  = "ec2.resourceSpotInstanceRequestCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceSpotInstanceRequestUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:CancelSpotInstanceRequests", "ec2:DescribeInstances", "ec2:TerminateInstances"]
    source  = "ec2.resourceSpotInstanceRequestDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_verifiedaccess_endpoint" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVerifiedAccessEndpointCreate, ec2.resourceVerifiedAccessEndpointRead, ec2.resourceVerifiedAccessEndpointUpdate, ec2.resourceVerifiedAccessEndpointDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateVerifiedAccessEndpoint, ec2:DeleteVerifiedAccessEndpoint, ec2:DescribeVerifiedAccessEndpoints, ec2:GetVerifiedAccessEndpointPolicy, ec2:ModifyVerifiedAccessEndpoint, ec2:ModifyVerifiedAccessEndpointPolicy"

  read {
    actions = [
      "ec2:DescribeTags",
      "ec2:DescribeVerifiedAccessEndpoints",
      "ec2:GetVerifiedAccessEndpointPolicy",
    ]
    source  = "ec2.resourceVerifiedAccessEndpointRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateVerifiedAccessEndpoint",
      "ec2:DescribeVerifiedAccessEndpoints",
      "ec2:GetVerifiedAccessEndpointPolicy",
    ]
    source  = "ec2.resourceVerifiedAccessEndpointCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyVerifiedAccessEndpoint", "ec2:ModifyVerifiedAccessEndpointPolicy"]
    source     = "ec2.resourceVerifiedAccessEndpointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteVerifiedAccessEndpoint", "ec2:DescribeVerifiedAccessEndpoints"]
    source  = "ec2.resourceVerifiedAccessEndpointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_verifiedaccess_group" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVerifiedAccessGroupCreate, ec2.resourceVerifiedAccessGroupRead, ec2.resourceVerifiedAccessGroupUpdate, ec2.resourceVerifiedAccessGroupDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateVerifiedAccessGroup, ec2:DeleteVerifiedAccessGroup, ec2:DescribeVerifiedAccessGroups, ec2:GetVerifiedAccessGroupPolicy, ec2:ModifyVerifiedAccessGroup, ec2:ModifyVerifiedAccessGroupPolicy"

  read {
    actions = [
      "ec2:DescribeTags",
      "ec2:DescribeVerifiedAccessGroups",
      "ec2:GetVerifiedAccessGroupPolicy",
    ]
    source  = "ec2.resourceVerifiedAccessGroupRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateVerifiedAccessGroup",
      "ec2:DescribeVerifiedAccessGroups",
      "ec2:GetVerifiedAccessGroupPolicy",
    ]
    source  = "ec2.resourceVerifiedAccessGroupCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyVerifiedAccessGroup", "ec2:ModifyVerifiedAccessGroupPolicy"]
    source     = "ec2.resourceVerifiedAccessGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteVerifiedAccessGroup"]
    source  = "ec2.resourceVerifiedAccessGroupDelete"
  }
}

resource "aws_verifiedaccess_instance" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVerifiedAccessInstanceCreate, ec2.resourceVerifiedAccessInstanceRead, ec2.resourceVerifiedAccessInstanceUpdate, ec2.resourceVerifiedAccessInstanceDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateVerifiedAccessInstance, ec2:DeleteVerifiedAccessInstance, ec2:DescribeVerifiedAccessInstances, ec2:ModifyVerifiedAccessInstance"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeVerifiedAccessInstances"]
    source  = "ec2.resourceVerifiedAccessInstanceRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateVerifiedAccessInstance", "ec2:DescribeVerifiedAccessInstances"]
    source  = "ec2.resourceVerifiedAccessInstanceCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyVerifiedAccessInstance"]
    source     = "ec2.resourceVerifiedAccessInstanceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteVerifiedAccessInstance"]
    source  = "ec2.resourceVerifiedAccessInstanceDelete"
  }
}

resource "aws_verifiedaccess_instance_logging_configuration" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVerifiedAccessInstanceLoggingConfigurationCreate, ec2.resourceVerifiedAccessInstanceLoggingConfigurationRead, ec2.resourceVerifiedAccessInstanceLoggingConfigurationUpdate, ec2.resourceVerifiedAccessInstanceLoggingConfigurationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:DescribeVerifiedAccessInstanceLoggingConfigurations, ec2:ModifyVerifiedAccessInstanceLoggingConfiguration"

  read {
    actions = ["ec2:DescribeVerifiedAccessInstanceLoggingConfigurations"]
    source  = "ec2.resourceVerifiedAccessInstanceLoggingConfigurationRead"
  }

  create {
    actions = [
      "ec2:DescribeVerifiedAccessInstanceLoggingConfigurations",
      "ec2:ModifyVerifiedAccessInstanceLoggingConfiguration",
    ]
    source  = "ec2.resourceVerifiedAccessInstanceLoggingConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyVerifiedAccessInstanceLoggingConfiguration"]
    source     = "ec2.resourceVerifiedAccessInstanceLoggingConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:ModifyVerifiedAccessInstanceLoggingConfiguration"]
    source  = "ec2.resourceVerifiedAccessInstanceLoggingConfigurationDelete"
  }
}

resource "aws_verifiedaccess_instance_trust_provider_attachment" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVerifiedAccessInstanceTrustProviderAttachmentCreate, ec2.resourceVerifiedAccessInstanceTrustProviderAttachmentRead, ec2.resourceVerifiedAccessInstanceTrustProviderAttachmentDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:AttachVerifiedAccessTrustProvider, ec2:DescribeVerifiedAccessInstances, ec2:DetachVerifiedAccessTrustProvider"

  read {
    actions = ["ec2:DescribeVerifiedAccessInstances"]
    source  = "ec2.resourceVerifiedAccessInstanceTrustProviderAttachmentRead"
  }

  create {
    actions = ["ec2:AttachVerifiedAccessTrustProvider", "ec2:DescribeVerifiedAccessInstances"]
    source  = "ec2.resourceVerifiedAccessInstanceTrustProviderAttachmentCreate"
  }

  delete {
    actions = ["ec2:DetachVerifiedAccessTrustProvider"]
    source  = "ec2.resourceVerifiedAccessInstanceTrustProviderAttachmentDelete"
  }
}

resource "aws_verifiedaccess_trust_provider" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVerifiedAccessTrustProviderCreate, ec2.resourceVerifiedAccessTrustProviderRead, ec2.resourceVerifiedAccessTrustProviderUpdate, ec2.resourceVerifiedAccessTrustProviderDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateVerifiedAccessTrustProvider, ec2:DeleteVerifiedAccessTrustProvider, ec2:DescribeVerifiedAccessTrustProviders, ec2:ModifyVerifiedAccessTrustProvider"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeVerifiedAccessTrustProviders"]
    source  = "ec2.resourceVerifiedAccessTrustProviderRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateVerifiedAccessTrustProvider", "ec2:DescribeVerifiedAccessTrustProviders"]
    source  = "ec2.resourceVerifiedAccessTrustProviderCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyVerifiedAccessTrustProvider"]
    source     = "ec2.resourceVerifiedAccessTrustProviderUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteVerifiedAccessTrustProvider"]
    source  = "ec2.resourceVerifiedAccessTrustProviderDelete"
  }
}

resource "aws_vpc_block_public_access_exclusion" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*vpcBlockPublicAccessExclusionResource).Create, ec2.(*vpcBlockPublicAccessExclusionResource).Read, ec2.(*vpcBlockPublicAccessExclusionResource).Update, ec2.(*vpcBlockPublicAccessExclusionResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateVpcBlockPublicAccessExclusion, ec2:DeleteVpcBlockPublicAccessExclusion, ec2:DescribeVpcBlockPublicAccessExclusions, ec2:ModifyVpcBlockPublicAccessExclusion"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeVpcBlockPublicAccessExclusions"]
    source  = "ec2.(*vpcBlockPublicAccessExclusionResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateVpcBlockPublicAccessExclusion",
      "ec2:DescribeVpcBlockPublicAccessExclusions",
    ]
    source  = "ec2.(*vpcBlockPublicAccessExclusionResource).Create"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyVpcBlockPublicAccessExclusion"]
    source     = "ec2.(*vpcBlockPublicAccessExclusionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "ec2:DeleteVpcBlockPublicAccessExclusion",
      "ec2:DescribeVpcBlockPublicAccessExclusions",
    ]
    source  = "ec2.(*vpcBlockPublicAccessExclusionResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_block_public_access_options" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*vpcBlockPublicAccessOptionsResource).Create, ec2.(*vpcBlockPublicAccessOptionsResource).Read, ec2.(*vpcBlockPublicAccessOptionsResource).Update, ec2.(*vpcBlockPublicAccessOptionsResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:DescribeVpcBlockPublicAccessOptions, ec2:ModifyVpcBlockPublicAccessOptions"

  read {
    actions = ["ec2:DescribeVpcBlockPublicAccessOptions"]
    source  = "ec2.(*vpcBlockPublicAccessOptionsResource).Read"
  }

  create {
    actions = ["ec2:DescribeVpcBlockPublicAccessOptions", "ec2:ModifyVpcBlockPublicAccessOptions"]
    source  = "ec2.(*vpcBlockPublicAccessOptionsResource).Create"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyVpcBlockPublicAccessOptions"]
    source     = "ec2.(*vpcBlockPublicAccessOptionsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:DescribeVpcBlockPublicAccessOptions", "ec2:ModifyVpcBlockPublicAccessOptions"]
    source  = "ec2.(*vpcBlockPublicAccessOptionsResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_encryption_control" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*resourceVPCEncryptionControl).Create, ec2.(*resourceVPCEncryptionControl).Read, ec2.(*resourceVPCEncryptionControl).Update, ec2.(*resourceVPCEncryptionControl).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateVpcEncryptionControl, ec2:DeleteVpcEncryptionControl, ec2:DescribeVpcEncryptionControls, ec2:GetVpcResourcesBlockingEncryptionEnforcement, ec2:ModifyVpcEncryptionControl"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeVpcEncryptionControls"]
    source  = "ec2.(*resourceVPCEncryptionControl).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateVpcEncryptionControl",
      "ec2:DescribeVpcEncryptionControls",
      "ec2:GetVpcResourcesBlockingEncryptionEnforcement",
      "ec2:ModifyVpcEncryptionControl",
    ]
    source  = "ec2.(*resourceVPCEncryptionControl).Create"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyVpcEncryptionControl"]
    source     = "ec2.(*resourceVPCEncryptionControl).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteVpcEncryptionControl", "ec2:DescribeVpcEncryptionControls"]
    source  = "ec2.(*resourceVPCEncryptionControl).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_endpoint_connection_accepter" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPCEndpointConnectionAccepterCreate, ec2.resourceVPCEndpointConnectionAccepterRead, ec2.resourceVPCEndpointConnectionAccepterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpcEndpointConnections"]
    source  = "ec2.resourceVPCEndpointConnectionAccepterRead"
  }

  create {
    actions = ["ec2:AcceptVpcEndpointConnections", "ec2:DescribeVpcEndpointConnections"]
    source  = "ec2.resourceVPCEndpointConnectionAccepterCreate"
  }

  delete {
    actions = ["ec2:RejectVpcEndpointConnections"]
    source  = "ec2.resourceVPCEndpointConnectionAccepterDelete"
  }
}

resource "aws_vpc_endpoint_connection_notification" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPCEndpointConnectionNotificationCreate, ec2.resourceVPCEndpointConnectionNotificationRead, ec2.resourceVPCEndpointConnectionNotificationUpdate, ec2.resourceVPCEndpointConnectionNotificationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpcEndpointConnectionNotifications"]
    source  = "ec2.resourceVPCEndpointConnectionNotificationRead"
  }

  create {
    actions = [
      "ec2:CreateVpcEndpointConnectionNotification",
      "ec2:DescribeVpcEndpointConnectionNotifications",
    ]
    source  = "ec2.resourceVPCEndpointConnectionNotificationCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyVpcEndpointConnectionNotification"]
    source     = "ec2.resourceVPCEndpointConnectionNotificationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:DeleteVpcEndpointConnectionNotifications"]
    source  = "ec2.resourceVPCEndpointConnectionNotificationDelete"
  }
}

resource "aws_vpc_endpoint_policy" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPCEndpointPolicyPut, ec2.resourceVPCEndpointPolicyRead, ec2.resourceVPCEndpointPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpcEndpoints"]
    source  = "ec2.resourceVPCEndpointPolicyRead"
  }

  create {
    actions = ["ec2:DescribeVpcEndpoints", "ec2:ModifyVpcEndpoint"]
    source  = "ec2.resourceVPCEndpointPolicyPut"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyVpcEndpoint"]
    source     = "ec2.resourceVPCEndpointPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:DescribeVpcEndpoints", "ec2:ModifyVpcEndpoint"]
    source  = "ec2.resourceVPCEndpointPolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_endpoint_private_dns" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*vpcEndpointPrivateDNSResource).Create, ec2.(*vpcEndpointPrivateDNSResource).Read, ec2.(*vpcEndpointPrivateDNSResource).Update) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpcEndpoints"]
    source  = "ec2.(*vpcEndpointPrivateDNSResource).Read"
  }

  create {
    actions = ["ec2:ModifyVpcEndpoint"]
    source  = "ec2.(*vpcEndpointPrivateDNSResource).Create"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyVpcEndpoint"]
    source     = "ec2.(*vpcEndpointPrivateDNSResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_vpc_endpoint_route_table_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPCEndpointRouteTableAssociationCreate, ec2.resourceVPCEndpointRouteTableAssociationRead, ec2.resourceVPCEndpointRouteTableAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpcEndpoints"]
    source  = "ec2.resourceVPCEndpointRouteTableAssociationRead"
  }

  create {
    actions = ["ec2:DescribeVpcEndpoints", "ec2:ModifyVpcEndpoint"]
    source  = "ec2.resourceVPCEndpointRouteTableAssociationCreate"
  }

  delete {
    actions = ["ec2:DescribeVpcEndpoints", "ec2:ModifyVpcEndpoint"]
    source  = "ec2.resourceVPCEndpointRouteTableAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_endpoint_security_group_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPCEndpointSecurityGroupAssociationCreate, ec2.resourceVPCEndpointSecurityGroupAssociationRead, ec2.resourceVPCEndpointSecurityGroupAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpcEndpoints"]
    source  = "ec2.resourceVPCEndpointSecurityGroupAssociationRead"
  }

  create {
    actions = ["ec2:DescribeSecurityGroups", "ec2:DescribeVpcEndpoints", "ec2:ModifyVpcEndpoint"]
    source  = "ec2.resourceVPCEndpointSecurityGroupAssociationCreate"
  }

  delete {
    actions = ["ec2:DescribeSecurityGroups", "ec2:DescribeVpcEndpoints", "ec2:ModifyVpcEndpoint"]
    source  = "ec2.resourceVPCEndpointSecurityGroupAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_endpoint_service" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPCEndpointServiceCreate, ec2.resourceVPCEndpointServiceRead, ec2.resourceVPCEndpointServiceUpdate, ec2.resourceVPCEndpointServiceDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "ec2:DescribeTags",
      "ec2:DescribeVpcEndpointServiceConfigurations",
      "ec2:DescribeVpcEndpointServicePermissions",
    ]
    source  = "ec2.resourceVPCEndpointServiceRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateVpcEndpointServiceConfiguration",
      "ec2:DescribeVpcEndpointServiceConfigurations",
      "ec2:DescribeVpcEndpointServicePermissions",
      "ec2:ModifyVpcEndpointServicePermissions",
    ]
    source  = "ec2.resourceVPCEndpointServiceCreate"
  }

  update {
    attributes = []
    actions    = [
      "ec2:ModifyVpcEndpointServiceConfiguration",
      "ec2:ModifyVpcEndpointServicePermissions",
    ]
    source     = "ec2.resourceVPCEndpointServiceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "ec2:DeleteVpcEndpointServiceConfigurations",
      "ec2:DescribeVpcEndpointServiceConfigurations",
    ]
    source  = "ec2.resourceVPCEndpointServiceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_endpoint_service_allowed_principal" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPCEndpointServiceAllowedPrincipalCreate, ec2.resourceVPCEndpointServiceAllowedPrincipalRead, ec2.resourceVPCEndpointServiceAllowedPrincipalDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpcEndpointServicePermissions"]
    source  = "ec2.resourceVPCEndpointServiceAllowedPrincipalRead"
  }

  create {
    actions = [
      "ec2:DescribeVpcEndpointServicePermissions",
      "ec2:ModifyVpcEndpointServicePermissions",
    ]
    source  = "ec2.resourceVPCEndpointServiceAllowedPrincipalCreate"
  }

  delete {
    actions = ["ec2:ModifyVpcEndpointServicePermissions"]
    source  = "ec2.resourceVPCEndpointServiceAllowedPrincipalDelete"
  }
}

resource "aws_vpc_endpoint_service_private_dns_verification" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*vpcEndpointServicePrivateDNSVerificationResource).Create) + iamlive-map 2022-08-19"

  create {
    actions = [
      "ec2:DescribeVpcEndpointServiceConfigurations",
      "ec2:StartVpcEndpointServicePrivateDnsVerification",
    ]
    source  = "ec2.(*vpcEndpointServicePrivateDNSVerificationResource).Create"
  }
}

resource "aws_vpc_endpoint_subnet_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPCEndpointSubnetAssociationCreate, ec2.resourceVPCEndpointSubnetAssociationRead, ec2.resourceVPCEndpointSubnetAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpcEndpoints"]
    source  = "ec2.resourceVPCEndpointSubnetAssociationRead"
  }

  create {
    actions = ["ec2:DescribeVpcEndpoints", "ec2:ModifyVpcEndpoint"]
    source  = "ec2.resourceVPCEndpointSubnetAssociationCreate"
  }

  delete {
    actions = ["ec2:DescribeVpcEndpoints", "ec2:ModifyVpcEndpoint"]
    source  = "ec2.resourceVPCEndpointSubnetAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_ipam" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceIPAMCreate, ec2.resourceIPAMRead, ec2.resourceIPAMUpdate, ec2.resourceIPAMDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeIpams", "ec2:DescribeTags"]
    source  = "ec2.resourceIPAMRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateIpam", "ec2:CreateTags", "ec2:DescribeIpams"]
    source  = "ec2.resourceIPAMCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyIpam"]
    source     = "ec2.resourceIPAMUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteIpam", "ec2:DescribeIpams"]
    source  = "ec2.resourceIPAMDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_ipam_organization_admin_account" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceIPAMOrganizationAdminAccountCreate, ec2.resourceIPAMOrganizationAdminAccountRead (no call-graph entry), ec2.resourceIPAMOrganizationAdminAccountDelete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): read ec2.resourceIPAMOrganizationAdminAccountRead (no call-graph entry)"

  create {
    actions = [
      "ec2:EnableIpamOrganizationAdminAccount",
      "iam:CreateServiceLinkedRole",
      "organizations:EnableAWSServiceAccess",
      "organizations:RegisterDelegatedAdministrator",
    ]
    source  = "ec2.resourceIPAMOrganizationAdminAccountCreate"
  }

  delete {
    actions = [
      "ec2:DisableIpamOrganizationAdminAccount",
      "organizations:DeregisterDelegatedAdministrator",
    ]
    source  = "ec2.resourceIPAMOrganizationAdminAccountDelete"
  }
}

resource "aws_vpc_ipam_pool" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceIPAMPoolCreate, ec2.resourceIPAMPoolRead, ec2.resourceIPAMPoolUpdate, ec2.resourceIPAMPoolDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeIpamPools", "ec2:DescribeTags"]
    source  = "ec2.resourceIPAMPoolRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateIpamPool",
      "ec2:CreateTags",
      "ec2:DescribeIpamPools",
      "ec2:DescribeIpamScopes",
      "ec2:GetIpamResourceCidrs",
    ]
    source  = "ec2.resourceIPAMPoolCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyIpamPool"]
    source     = "ec2.resourceIPAMPoolUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteIpamPool", "ec2:DescribeIpamPools"]
    source  = "ec2.resourceIPAMPoolDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_ipam_pool_cidr" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceIPAMPoolCIDRCreate, ec2.resourceIPAMPoolCIDRRead, ec2.resourceIPAMPoolCIDRDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:GetIpamPoolCidrs"]
    source  = "ec2.resourceIPAMPoolCIDRRead"
  }

  create {
    actions = ["ec2:GetIpamPoolCidrs", "ec2:ProvisionIpamPoolCidr"]
    source  = "ec2.resourceIPAMPoolCIDRCreate"
  }

  delete {
    actions = [
      "ec2:DeprovisionIpamPoolCidr",
      "ec2:DescribeIpamPools",
      "ec2:GetIpamPoolAllocations",
      "ec2:GetIpamPoolCidrs",
    ]
    source  = "ec2.resourceIPAMPoolCIDRDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_ipam_pool_cidr_allocation" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceIPAMPoolCIDRAllocationCreate, ec2.resourceIPAMPoolCIDRAllocationRead, ec2.resourceIPAMPoolCIDRAllocationUpdate, ec2.resourceIPAMPoolCIDRAllocationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeTags", "ec2:GetIpamPoolAllocations"]
    source  = "ec2.resourceIPAMPoolCIDRAllocationRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:AllocateIpamPoolCidr", "ec2:GetIpamPoolAllocations"]
    source  = "ec2.resourceIPAMPoolCIDRAllocationCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceIPAMPoolCIDRAllocationUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:ReleaseIpamPoolAllocation"]
    source  = "ec2.resourceIPAMPoolCIDRAllocationDelete"
  }
}

resource "aws_vpc_ipam_preview_next_cidr" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceIPAMPreviewNextCIDRCreate, ec2.resourceIPAMPreviewNextCIDRRead (no call-graph entry), schema.NoopContext) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): read ec2.resourceIPAMPreviewNextCIDRRead (no call-graph entry)"

  create {
    actions = ["ec2:AllocateIpamPoolCidr"]
    source  = "ec2.resourceIPAMPreviewNextCIDRCreate"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_vpc_ipam_resource_discovery" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceIPAMResourceDiscoveryCreate, ec2.resourceIPAMResourceDiscoveryRead, ec2.resourceIPAMResourceDiscoveryUpdate, ec2.resourceIPAMResourceDiscoveryDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateIpamResourceDiscovery, ec2:DeleteIpamResourceDiscovery, ec2:DescribeIpamResourceDiscoveries, ec2:ModifyIpamResourceDiscovery"

  read {
    actions = ["ec2:DescribeIpamResourceDiscoveries", "ec2:DescribeTags"]
    source  = "ec2.resourceIPAMResourceDiscoveryRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateIpamResourceDiscovery",
      "ec2:DescribeIpamResourceDiscoveries",
      "ec2:ModifyIpamResourceDiscovery",
    ]
    source  = "ec2.resourceIPAMResourceDiscoveryCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyIpamResourceDiscovery"]
    source     = "ec2.resourceIPAMResourceDiscoveryUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteIpamResourceDiscovery", "ec2:DescribeIpamResourceDiscoveries"]
    source  = "ec2.resourceIPAMResourceDiscoveryDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_ipam_resource_discovery_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceIPAMResourceDiscoveryAssociationCreate, ec2.resourceIPAMResourceDiscoveryAssociationRead, ec2.resourceIPAMResourceDiscoveryAssociationUpdate, ec2.resourceIPAMResourceDiscoveryAssociationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:AssociateIpamResourceDiscovery, ec2:DescribeIpamResourceDiscoveryAssociations, ec2:DisassociateIpamResourceDiscovery"

  read {
    actions = ["ec2:DescribeIpamResourceDiscoveryAssociations", "ec2:DescribeTags"]
    source  = "ec2.resourceIPAMResourceDiscoveryAssociationRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:AssociateIpamResourceDiscovery",
      "ec2:DescribeIpamResourceDiscoveryAssociations",
    ]
    source  = "ec2.resourceIPAMResourceDiscoveryAssociationCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "ec2.resourceIPAMResourceDiscoveryAssociationUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "ec2:DescribeIpamResourceDiscoveryAssociations",
      "ec2:DisassociateIpamResourceDiscovery",
    ]
    source  = "ec2.resourceIPAMResourceDiscoveryAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_ipam_scope" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceIPAMScopeCreate, ec2.resourceIPAMScopeRead, ec2.resourceIPAMScopeUpdate, ec2.resourceIPAMScopeDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeIpamScopes", "ec2:DescribeTags"]
    source  = "ec2.resourceIPAMScopeRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateIpamScope", "ec2:CreateTags", "ec2:DescribeIpamScopes"]
    source  = "ec2.resourceIPAMScopeCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyIpamScope"]
    source     = "ec2.resourceIPAMScopeUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteIpamScope", "ec2:DescribeIpamScopes"]
    source  = "ec2.resourceIPAMScopeDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_ipv6_cidr_block_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPCIPv6CIDRBlockAssociationCreate, ec2.resourceVPCIPv6CIDRBlockAssociationRead, ec2.resourceVPCIPv6CIDRBlockAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpcs"]
    source  = "ec2.resourceVPCIPv6CIDRBlockAssociationRead"
  }

  create {
    actions = ["ec2:AssociateVpcCidrBlock", "ec2:DescribeVpcs"]
    source  = "ec2.resourceVPCIPv6CIDRBlockAssociationCreate"
  }

  delete {
    actions = ["ec2:DescribeVpcs", "ec2:DisassociateVpcCidrBlock"]
    source  = "ec2.resourceVPCIPv6CIDRBlockAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_network_performance_metric_subscription" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceNetworkPerformanceMetricSubscriptionCreate, ec2.resourceNetworkPerformanceMetricSubscriptionRead, ec2.resourceNetworkPerformanceMetricSubscriptionDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:DescribeAwsNetworkPerformanceMetricSubscriptions, ec2:DisableAwsNetworkPerformanceMetricSubscription, ec2:EnableAwsNetworkPerformanceMetricSubscription"

  read {
    actions = ["ec2:DescribeAwsNetworkPerformanceMetricSubscriptions"]
    source  = "ec2.resourceNetworkPerformanceMetricSubscriptionRead"
  }

  create {
    actions = [
      "ec2:DescribeAwsNetworkPerformanceMetricSubscriptions",
      "ec2:EnableAwsNetworkPerformanceMetricSubscription",
    ]
    source  = "ec2.resourceNetworkPerformanceMetricSubscriptionCreate"
  }

  delete {
    actions = ["ec2:DisableAwsNetworkPerformanceMetricSubscription"]
    source  = "ec2.resourceNetworkPerformanceMetricSubscriptionDelete"
  }
}

resource "aws_vpc_peering_connection_accepter" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPCPeeringAccepterCreate, ec2.resourceVPCPeeringConnectionRead, ec2.resourceVPCPeeringConnectionUpdate, schema.NoopContext) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ec2:DeleteTags"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeVpcPeeringConnections"]
    source  = "ec2.resourceVPCPeeringConnectionRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:AcceptVpcPeeringConnection",
      "ec2:DescribeVpcPeeringConnections",
      "ec2:ModifyVpcPeeringConnectionOptions",
    ]
    source  = "ec2.resourceVPCPeeringAccepterCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "ec2.resourceVPCPeeringAccepterCreate: the create handler itself reaches the tagging calls of UpdateTags (CreateTags)"
  }

  update {
    attributes = []
    actions    = ["ec2:AcceptVpcPeeringConnection", "ec2:ModifyVpcPeeringConnectionOptions"]
    source     = "ec2.resourceVPCPeeringConnectionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_vpc_peering_connection_options" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPCPeeringConnectionOptionsCreate, ec2.resourceVPCPeeringConnectionOptionsRead, ec2.resourceVPCPeeringConnectionOptionsUpdate, ec2.resourceVPCPeeringConnectionOptionsDelete (no call-graph entry)) + iamlive-map 2022-08-19 + pike resource/ec2/aws_vpc_peering_connection_options.json for delete"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete ec2.resourceVPCPeeringConnectionOptionsDelete (no call-graph entry)"

  read {
    actions = ["ec2:DescribeVpcPeeringConnections"]
    source  = "ec2.resourceVPCPeeringConnectionOptionsRead"
  }

  create {
    actions = ["ec2:DescribeVpcPeeringConnections", "ec2:ModifyVpcPeeringConnectionOptions"]
    source  = "ec2.resourceVPCPeeringConnectionOptionsCreate"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyVpcPeeringConnectionOptions"]
    source     = "ec2.resourceVPCPeeringConnectionOptionsUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:DeleteTags"]
    source  = "import: pike resource/ec2/aws_vpc_peering_connection_options.json (delete re-phased from Pike's lists: the call graph has no entry for ec2.resourceVPCPeeringConnectionOptionsDelete)"
  }
}

resource "aws_vpc_route_server" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*vpcRouteServerResource).Create, ec2.(*vpcRouteServerResource).Read, ec2.(*vpcRouteServerResource).Update, ec2.(*vpcRouteServerResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateRouteServer, ec2:DeleteRouteServer, ec2:DescribeRouteServers, ec2:ModifyRouteServer"

  read {
    actions = ["ec2:DescribeRouteServers", "ec2:DescribeTags"]
    source  = "ec2.(*vpcRouteServerResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateRouteServer", "ec2:DescribeRouteServers"]
    source  = "ec2.(*vpcRouteServerResource).Create"
  }

  update {
    attributes = []
    actions    = ["ec2:ModifyRouteServer"]
    source     = "ec2.(*vpcRouteServerResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteRouteServer", "ec2:DescribeRouteServers"]
    source  = "ec2.(*vpcRouteServerResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_route_server_endpoint" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*vpcRouteServerEndpointResource).Create, ec2.(*vpcRouteServerEndpointResource).Read, ec2.(*vpcRouteServerEndpointResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateRouteServerEndpoint, ec2:DeleteRouteServerEndpoint, ec2:DescribeRouteServerEndpoints"

  read {
    actions = ["ec2:DescribeRouteServerEndpoints", "ec2:DescribeTags"]
    source  = "ec2.(*vpcRouteServerEndpointResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateRouteServerEndpoint", "ec2:DescribeRouteServerEndpoints"]
    source  = "ec2.(*vpcRouteServerEndpointResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteRouteServerEndpoint", "ec2:DescribeRouteServerEndpoints"]
    source  = "ec2.(*vpcRouteServerEndpointResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_route_server_peer" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*vpcRouteServerPeerResource).Create, ec2.(*vpcRouteServerPeerResource).Read, ec2.(*vpcRouteServerPeerResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateRouteServerPeer, ec2:DeleteRouteServerPeer, ec2:DescribeRouteServerPeers"

  read {
    actions = ["ec2:DescribeRouteServerPeers", "ec2:DescribeTags"]
    source  = "ec2.(*vpcRouteServerPeerResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateRouteServerPeer", "ec2:DescribeRouteServerPeers"]
    source  = "ec2.(*vpcRouteServerPeerResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteRouteServerPeer", "ec2:DescribeRouteServerPeers"]
    source  = "ec2.(*vpcRouteServerPeerResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_route_server_propagation" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*vpcRouteServerPropagationResource).Create, ec2.(*vpcRouteServerPropagationResource).Read, ec2.(*vpcRouteServerPropagationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:DisableRouteServerPropagation, ec2:EnableRouteServerPropagation, ec2:GetRouteServerPropagations"

  read {
    actions = ["ec2:GetRouteServerPropagations"]
    source  = "ec2.(*vpcRouteServerPropagationResource).Read"
  }

  create {
    actions = ["ec2:EnableRouteServerPropagation", "ec2:GetRouteServerPropagations"]
    source  = "ec2.(*vpcRouteServerPropagationResource).Create"
  }

  delete {
    actions = ["ec2:DisableRouteServerPropagation", "ec2:GetRouteServerPropagations"]
    source  = "ec2.(*vpcRouteServerPropagationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_route_server_vpc_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*vpcRouteServerVPCAssociationResource).Create, ec2.(*vpcRouteServerVPCAssociationResource).Read, ec2.(*vpcRouteServerVPCAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:AssociateRouteServer, ec2:DisassociateRouteServer, ec2:GetRouteServerAssociations"

  read {
    actions = ["ec2:GetRouteServerAssociations"]
    source  = "ec2.(*vpcRouteServerVPCAssociationResource).Read"
  }

  create {
    actions = ["ec2:AssociateRouteServer", "ec2:GetRouteServerAssociations"]
    source  = "ec2.(*vpcRouteServerVPCAssociationResource).Create"
  }

  delete {
    actions = ["ec2:DisassociateRouteServer", "ec2:GetRouteServerAssociations"]
    source  = "ec2.(*vpcRouteServerVPCAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpc_security_group_rules_exclusive" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*resourceSecurityGroupRulesExclusive).Create, ec2.(*resourceSecurityGroupRulesExclusive).Read, ec2.(*resourceSecurityGroupRulesExclusive).Update) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ec2:RevokeSecurityGroupEgress, ec2:RevokeSecurityGroupIngress"

  read {
    actions = ["ec2:DescribeSecurityGroupRules", "ec2:DescribeSecurityGroups"]
    source  = "ec2.(*resourceSecurityGroupRulesExclusive).Read"
  }

  create {
    actions = ["ec2:DescribeSecurityGroupRules"]
    source  = "ec2.(*resourceSecurityGroupRulesExclusive).Create"
  }

  update {
    attributes = []
    actions    = ["ec2:RevokeSecurityGroupEgress", "ec2:RevokeSecurityGroupIngress"]
    source     = "ec2.(*resourceSecurityGroupRulesExclusive).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_vpc_security_group_vpc_association" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*securityGroupVPCAssociationResource).Create, ec2.(*securityGroupVPCAssociationResource).Read, ec2.(*securityGroupVPCAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:AssociateSecurityGroupVpc, ec2:DescribeSecurityGroupVpcAssociations, ec2:DisassociateSecurityGroupVpc"

  read {
    actions = ["ec2:DescribeSecurityGroupVpcAssociations"]
    source  = "ec2.(*securityGroupVPCAssociationResource).Read"
  }

  create {
    actions = ["ec2:AssociateSecurityGroupVpc", "ec2:DescribeSecurityGroupVpcAssociations"]
    source  = "ec2.(*securityGroupVPCAssociationResource).Create"
  }

  delete {
    actions = ["ec2:DescribeSecurityGroupVpcAssociations", "ec2:DisassociateSecurityGroupVpc"]
    source  = "ec2.(*securityGroupVPCAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpn_concentrator" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.(*vpnConcentratorResource).Create, ec2.(*vpnConcentratorResource).Read, ec2.(*vpnConcentratorResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ec2:CreateVpnConcentrator, ec2:DeleteVpnConcentrator, ec2:DescribeVpnConcentrators"

  read {
    actions = ["ec2:DescribeTags", "ec2:DescribeVpnConcentrators"]
    source  = "ec2.(*vpnConcentratorResource).Read + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ec2:CreateVpnConcentrator", "ec2:DescribeVpnConcentrators"]
    source  = "ec2.(*vpnConcentratorResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "ec2:DeleteVpnConcentrator",
      "ec2:DescribeTransitGatewayAttachments",
      "ec2:DescribeVpnConcentrators",
    ]
    source  = "ec2.(*vpnConcentratorResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpn_connection" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPNConnectionCreate, ec2.resourceVPNConnectionRead, ec2.resourceVPNConnectionUpdate, ec2.resourceVPNConnectionDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "ec2:DescribeTags",
      "ec2:DescribeTransitGatewayAttachments",
      "ec2:DescribeVpnConnections",
    ]
    source  = "ec2.resourceVPNConnectionRead + ec2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateVpnConnection",
      "ec2:DescribeTransitGatewayAttachments",
      "ec2:DescribeVpnConnections",
    ]
    source  = "ec2.resourceVPNConnectionCreate"
  }

  update {
    attributes = []
    actions    = [
      "ec2:ModifyVpnConnection",
      "ec2:ModifyVpnConnectionOptions",
      "ec2:ModifyVpnTunnelOptions",
    ]
    source     = "ec2.resourceVPNConnectionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "ec2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ec2:DeleteVpnConnection", "ec2:DescribeVpnConnections"]
    source  = "ec2.resourceVPNConnectionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpn_connection_route" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPNConnectionRouteCreate, ec2.resourceVPNConnectionRouteRead, ec2.resourceVPNConnectionRouteDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpnConnections"]
    source  = "ec2.resourceVPNConnectionRouteRead"
  }

  create {
    actions = ["ec2:CreateVpnConnectionRoute", "ec2:DescribeVpnConnections"]
    source  = "ec2.resourceVPNConnectionRouteCreate"
  }

  delete {
    actions = ["ec2:DeleteVpnConnectionRoute", "ec2:DescribeVpnConnections"]
    source  = "ec2.resourceVPNConnectionRouteDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpn_gateway_attachment" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPNGatewayAttachmentCreate, ec2.resourceVPNGatewayAttachmentRead, ec2.resourceVPNGatewayAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpnGateways"]
    source  = "ec2.resourceVPNGatewayAttachmentRead"
  }

  create {
    actions = ["ec2:AttachVpnGateway", "ec2:DescribeVpnGateways"]
    source  = "ec2.resourceVPNGatewayAttachmentCreate"
  }

  delete {
    actions = ["ec2:DescribeVpnGateways", "ec2:DetachVpnGateway"]
    source  = "ec2.resourceVPNGatewayAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpn_gateway_route_propagation" {
  service = "ec2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ec2.resourceVPNGatewayRoutePropagationEnable, ec2.resourceVPNGatewayRoutePropagationRead, ec2.resourceVPNGatewayRoutePropagationDisable) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeRouteTables"]
    source  = "ec2.resourceVPNGatewayRoutePropagationRead"
  }

  create {
    actions = ["ec2:DescribeRouteTables", "ec2:EnableVgwRoutePropagation"]
    source  = "ec2.resourceVPNGatewayRoutePropagationEnable"
  }

  delete {
    actions = ["ec2:DisableVgwRoutePropagation"]
    source  = "ec2.resourceVPNGatewayRoutePropagationDisable"
  }
}

data "aws_availability_zone" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_availability_zone.json"

  read {
    actions = ["ec2:DescribeAvailabilityZones"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_customer_gateway" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_customer_gateway.json"

  read {
    actions = ["ec2:DescribeCustomerGateways"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ebs_default_kms_key" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ebs_default_kms_key.json"

  read {
    actions = ["ec2:GetEbsDefaultKmsKeyId"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ebs_encryption_by_default" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ebs_encryption_by_default.json"

  read {
    actions = ["ec2:GetEbsEncryptionByDefault"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ebs_snapshot" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ebs_snapshot.json"

  read {
    actions = ["ec2:DescribeSnapshots"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ebs_snapshot_ids" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ebs_snapshot_ids.json"

  read {
    actions = ["ec2:DescribeSnapshots"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ebs_volume" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ebs_volume.json"

  read {
    actions = ["ec2:DescribeVolumes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ebs_volumes" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ebs_volumes.json"

  read {
    actions = ["ec2:DescribeVolumes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_capacity_block_offering" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_capacity_block_offering.json"

  read {
    actions = ["ec2:DescribeCapacityBlockOfferings"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_client_vpn_endpoint" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_client_vpn_endpoint.json"

  read {
    actions = ["ec2:DescribeClientVpnEndpoints"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_coip_pool" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_coip_pool.json"

  read {
    actions = ["ec2:DescribeCoipPools"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_coip_pools" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_coip_pools.json"

  read {
    actions = ["ec2:DescribeCoipPools"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_host" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_host.json"

  read {
    actions = ["ec2:DescribeHosts"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_instance_type" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_instance_type.json"

  read {
    actions = ["ec2:DescribeInstanceTypes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_instance_type_offering" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_instance_type_offering.json"

  read {
    actions = ["ec2:DescribeInstanceTypeOfferings"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_instance_type_offerings" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_instance_type_offerings.json"

  read {
    actions = ["ec2:DescribeInstanceTypeOfferings"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_instance_types" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_instance_types.json"

  read {
    actions = ["ec2:DescribeInstanceTypes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_local_gateway" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_local_gateway.json"

  read {
    actions = ["ec2:DescribeLocalGateways"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_local_gateway_route_table" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_local_gateway_route_table.json"

  read {
    actions = ["ec2:DescribeLocalGatewayRouteTables"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_local_gateway_route_tables" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_local_gateway_route_tables.json"

  read {
    actions = ["ec2:DescribeLocalGatewayRouteTables"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_local_gateway_virtual_interface" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_local_gateway_virtual_interface.json"

  read {
    actions = ["ec2:DescribeLocalGatewayVirtualInterfaces"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_local_gateway_virtual_interface_group" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_local_gateway_virtual_interface_group.json"

  read {
    actions = ["ec2:DescribeLocalGatewayVirtualInterfaceGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_local_gateway_virtual_interface_groups" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_local_gateway_virtual_interface_groups.json"

  read {
    actions = ["ec2:DescribeLocalGatewayVirtualInterfaceGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_local_gateways" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_local_gateways.json"

  read {
    actions = ["ec2:DescribeLocalGateways"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_managed_prefix_list" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_managed_prefix_list.json"

  read {
    actions = ["ec2:DescribeManagedPrefixLists", "ec2:GetManagedPrefixListEntries"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_managed_prefix_lists" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_managed_prefix_lists.json"

  read {
    actions = ["ec2:DescribeManagedPrefixLists"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_network_insights_analysis" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_network_insights_analysis.json"

  read {
    actions = ["ec2:DescribeNetworkInsightsAnalyses"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_network_insights_path" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_network_insights_path.json"

  read {
    actions = ["ec2:DescribeNetworkInsightsPaths"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_public_ipv4_pool" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_public_ipv4_pool.json"

  read {
    actions = ["ec2:DescribePublicIpv4Pools"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_public_ipv4_pools" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_public_ipv4_pools.json"

  read {
    actions = ["ec2:DescribePublicIpv4Pools"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_serial_console_access" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_serial_console_access.json"

  read {
    actions = ["ec2:GetSerialConsoleAccessStatus"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_service_link_virtual_interface" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_service_link_virtual_interface.json"

  read {
    actions = ["ec2:DescribeServiceLinkVirtualInterfaces"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_service_link_virtual_interfaces" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_service_link_virtual_interfaces.json"

  read {
    actions = ["ec2:DescribeServiceLinkVirtualInterfaces"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_spot_price" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_spot_price.json"

  read {
    actions = ["ec2:DescribeSpotPriceHistory"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway.json"

  read {
    actions = ["ec2:DescribeTransitGateways"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_attachment" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_attachment.json"

  read {
    actions = ["ec2:DescribeTransitGatewayAttachments"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_attachments" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_attachments.json"

  read {
    actions = ["ec2:DescribeTransitGatewayAttachments"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_connect" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_connect.json"

  read {
    actions = ["ec2:DescribeTransitGatewayConnects"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_connect_peer" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_connect_peer.json"

  read {
    actions = ["ec2:DescribeTransitGatewayConnectPeers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_dx_gateway_attachment" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_dx_gateway_attachment.json"

  read {
    actions = ["ec2:DescribeTransitGatewayAttachments"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_multicast_domain" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_multicast_domain.json"

  read {
    actions = ["ec2:DescribeTransitGatewayMulticastDomains"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_peering_attachment" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_peering_attachment.json"

  read {
    actions = ["ec2:DescribeTransitGatewayPeeringAttachments"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_peering_attachments" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_peering_attachments.json"

  read {
    actions = ["ec2:DescribeTransitGatewayPeeringAttachments"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_route_table" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_route_table.json"

  read {
    actions = ["ec2:DescribeTransitGatewayRouteTables"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_route_table_associations" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_route_table_associations.json"

  read {
    actions = ["ec2:GetTransitGatewayRouteTableAssociations"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_route_table_propagations" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_route_table_propagations.json"

  read {
    actions = ["ec2:GetTransitGatewayRouteTablePropagations"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_route_table_routes" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_route_table_routes.json"

  read {
    actions = ["ec2:SearchTransitGatewayRoutes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_route_tables" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_route_tables.json"

  read {
    actions = ["ec2:DescribeTransitGatewayRouteTables"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_vpc_attachment" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_vpc_attachment.json"

  read {
    actions = ["ec2:DescribeTransitGatewayVpcAttachments"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_vpc_attachments" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_vpc_attachments.json"

  read {
    actions = ["ec2:DescribeTransitGatewayVpcAttachments"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ec2_transit_gateway_vpn_attachment" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_ec2_transit_gateway_vpn_attachment.json"

  read {
    actions = ["ec2:DescribeTransitGatewayAttachments"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_eip" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_eip.json"

  read {
    actions = ["ec2:DescribeAddresses"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_eips" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_eips.json"

  read {
    actions = ["ec2:DescribeAddresses"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_instance" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_instance.json"

  read {
    actions = ["ec2:DescribeInstances"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_instances" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_instances.json"

  read {
    actions = ["ec2:DescribeInstances"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_internet_gateway" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_internet_gateway.json"

  read {
    actions = ["ec2:DescribeInternetGateways"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_key_pair" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_key_pair.json"

  read {
    actions = ["ec2:DescribeKeyPairs"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_launch_template" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_launch_template.json"

  read {
    actions = ["ec2:DescribeLaunchTemplates"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_nat_gateway" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_nat_gateway.json"

  read {
    actions = ["ec2:DescribeNatGateways"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_nat_gateways" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_nat_gateways.json"

  read {
    actions = ["ec2:DescribeNatGateways"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_network_acls" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_network_acls.json"

  read {
    actions = ["ec2:DescribeNetworkAcls"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_network_interface" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_network_interface.json"

  read {
    actions = ["ec2:DescribeNetworkInterfaces"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_network_interfaces" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_network_interfaces.json"

  read {
    actions = ["ec2:DescribeNetworkInterfaces"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_prefix_list" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_prefix_list.json"

  read {
    actions = ["ec2:DescribePrefixLists"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_regions" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_regions.json"

  read {
    actions = ["ec2:DescribeRegions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_route" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_route.json"

  read {
    actions = ["ec2:DescribeRouteTables"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_route_table" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_route_table.json"

  read {
    actions = ["ec2:DescribeRouteTables"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_route_tables" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_route_tables.json"

  read {
    actions = ["ec2:DescribeRouteTables"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_security_groups" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_security_groups.json"

  read {
    actions = ["ec2:DescribeSecurityGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_spot_datafeed_subscription" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_spot_datafeed_subscription.json"

  read {
    actions = ["ec2:DescribeSpotDatafeedSubscription"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpc_dhcp_options" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpc_dhcp_options.json"

  read {
    actions = ["ec2:DescribeDhcpOptions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpc_endpoint" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpc_endpoint.json"

  read {
    actions = ["ec2:DescribeVpcEndpoints"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpc_endpoint_associations" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpc_endpoint_associations.json"

  read {
    actions = ["ec2:DescribeVpcEndpointAssociations"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpc_endpoint_service" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpc_endpoint_service.json"

  read {
    actions = ["ec2:DescribeVpcEndpointServices"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpc_ipam" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpc_ipam.json"

  read {
    actions = ["ec2:DescribeIpams"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpc_ipam_pool" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpc_ipam_pool.json"

  read {
    actions = ["ec2:DescribeIpamPools"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpc_ipam_pool_cidrs" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpc_ipam_pool_cidrs.json"

  read {
    actions = ["ec2:GetIpamPoolCidrs"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpc_ipam_pools" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpc_ipam_pools.json"

  read {
    actions = ["ec2:DescribeIpamPools"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpc_ipams" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpc_ipams.json"

  read {
    actions = ["ec2:DescribeIpams"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpc_security_group_rule" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpc_security_group_rule.json"

  read {
    actions = ["ec2:DescribeSecurityGroupRules"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpc_security_group_rules" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpc_security_group_rules.json"

  read {
    actions = ["ec2:DescribeSecurityGroupRules"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpcs" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpcs.json"

  read {
    actions = ["ec2:DescribeVpcs"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpn_connection" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpn_connection.json"

  read {
    actions = ["ec2:DescribeVpnConnections"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpn_gateway" {
  service = "ec2"
  source  = "import: pike data/ec2/aws_vpn_gateway.json"

  read {
    actions = ["ec2:DescribeVpnGateways"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
