# EC2 / VPC / EBS resources and data sources (service "ec2"), curated from terraform-provider-aws source.

resource "aws_customer_gateway" {
  service           = "ec2"
  source            = "terraform-provider-aws stored version (index id 1849897923) internal/service/ec2/vpnsite_customer_gateway.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:customer-gateway/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeCustomerGateways"]
    source  = "resourceCustomerGatewayRead: findCustomerGatewayByID (tags from the response)"
  }

  create {
    actions = ["ec2:CreateCustomerGateway"]
    source  = "resourceCustomerGatewayCreate (waitCustomerGatewayCreated polls DescribeCustomerGateways)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ec2:CreateTags"]
    source  = "resourceCustomerGatewayCreate: getTagSpecificationsIn"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "resourceCustomerGatewayUpdate is tags only: transparent tagging UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    actions = ["ec2:DeleteCustomerGateway"]
    source  = "resourceCustomerGatewayDelete (waitCustomerGatewayDeleted polls DescribeCustomerGateways)"
  }
}

resource "aws_default_network_acl" {
  service           = "ec2"
  source            = "terraform-provider-aws stored version (index id 1370637304) internal/service/ec2/vpc_default_network_acl.go; stored version (index id 1489293125) internal/service/ec2/vpc_network_acl.go (resourceNetworkACLRead, modifyNetworkACLAttributesOnCreate/OnUpdate)"
  arn               = "arn:${partition}:ec2:${region}:${account}:network-acl/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeNetworkAcls"]
    source  = "resourceNetworkACLRead: findNetworkACLByID (tags from the response)"
  }

  create {
    actions = ["ec2:DeleteNetworkAclEntry"]
    source  = "resourceDefaultNetworkACLCreate: findNetworkACLByID, deleteNetworkACLEntries(every entry of the adopted ACL but the 32767/32768 defaults)"
    note    = "AWS creates every default network ACL with allow-all rules 100 (ingress and egress), so adopting one always deletes entries"
  }

  create {
    if_set  = "egress"
    actions = ["ec2:CreateNetworkAclEntry"]
    source  = "modifyNetworkACLAttributesOnCreate: createNetworkACLEntries(egress)"
  }

  create {
    if_set  = "ingress"
    actions = ["ec2:CreateNetworkAclEntry"]
    source  = "modifyNetworkACLAttributesOnCreate: createNetworkACLEntries(ingress)"
  }

  create {
    if_set  = "subnet_ids"
    actions = ["ec2:ReplaceNetworkAclAssociation"]
    source  = "modifyNetworkACLAttributesOnCreate: networkACLAssociationCreate (findNetworkACLAssociationBySubnetID via DescribeNetworkAcls, ReplaceNetworkAclAssociation)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ec2:CreateTags", "ec2:DeleteTags"]
    source  = "resourceDefaultNetworkACLCreate: updateTags(the adopted ACL's tags -> configured tags)"
    note    = "DeleteTags only when the adopted ACL carries tags the configuration does not"
  }

  update {
    attributes = ["egress", "ingress"]
    actions    = ["ec2:CreateNetworkAclEntry", "ec2:DeleteNetworkAclEntry"]
    source     = "resourceDefaultNetworkACLUpdate -> modifyNetworkACLAttributesOnUpdate: updateNetworkACLEntries (DeleteNetworkAclEntry removed rules, CreateNetworkAclEntry new rules)"
  }

  update {
    attributes = ["subnet_ids"]
    actions    = ["ec2:ReplaceNetworkAclAssociation"]
    source     = "modifyNetworkACLAttributesOnUpdate(deleteAssociations = false): networkACLAssociationsCreate for added subnets only"
    note       = "a subnet removed from subnet_ids is left associated (a no-op for the default ACL)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    actions = []
    source  = "schema.NoopContext: the default network ACL is only removed from state"
  }
}

resource "aws_default_route_table" {
  service           = "ec2"
  source            = "terraform-provider-aws stored version (index id 2223096342) internal/service/ec2/vpc_default_route_table.go; 022092419b7cda11527df3c6b51cbfe1876c1722 internal/service/ec2/vpc_route_table.go (resourceRouteTableRead/Update and route helpers)"
  arn               = "arn:${partition}:ec2:${region}:${account}:route-table/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeRouteTables"]
    source  = "resourceDefaultRouteTableRead -> resourceRouteTableRead: findRouteTableByID"
  }

  read {
    if_set  = "route.network_interface_id"
    actions = ["ec2:DescribeNetworkInterfaces"]
    source  = "flattenRoutes: FindNetworkInterfaceByID to skip cross-account service ENIs (errors ignored)"
  }

  create {
    actions = ["ec2:DeleteRoute", "ec2:DisableVgwRoutePropagation"]
    source  = "resourceDefaultRouteTableCreate: findRouteTableByID, routeTableDisableVGWRoutePropagation for each propagating VGW, DeleteRoute (waitRouteDeleted) for each route but local, VPC Lattice, VGW-propagated and VPC endpoint routes"
    note    = "adopting a table clears what it holds: no call for a new VPC's main route table (local route only), calls for a table that already has routes or propagating VGWs"
  }

  create {
    if_set  = "propagating_vgws"
    actions = ["ec2:EnableVgwRoutePropagation"]
    source  = "resourceDefaultRouteTableCreate: routeTableEnableVGWRoutePropagation"
  }

  create {
    if_set  = "route"
    actions = ["ec2:CreateRoute"]
    source  = "resourceDefaultRouteTableCreate: routeTableAddRoute (waitRouteReady)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ec2:CreateTags"]
    source  = "resourceDefaultRouteTableCreate: createTags(getTagsIn)"
  }

  update {
    attributes = ["propagating_vgws"]
    actions    = ["ec2:DisableVgwRoutePropagation", "ec2:EnableVgwRoutePropagation"]
    source     = "resourceRouteTableUpdate"
  }

  update {
    attributes = ["route"]
    actions    = ["ec2:CreateRoute", "ec2:DeleteRoute", "ec2:ReplaceRoute"]
    source     = "resourceRouteTableUpdate: routeTableAddRoute, routeTableUpdateRoute, routeTableDeleteRoute"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = []
    source  = "schema.NoopContext: the default route table is only removed from state"
  }
}

resource "aws_default_security_group" {
  service           = "ec2"
  source            = "terraform-provider-aws 01f431114674c27cf790fafb67ac274bf8f765e1 internal/service/ec2/vpc_default_security_group.go; 01606926a0c0ab9174aec440f976a48b0baee722 internal/service/ec2/vpc_security_group.go (resourceSecurityGroupRead/Update, forceRevokeSecurityGroupRules)"
  arn               = "arn:${partition}:ec2:${region}:${account}:security-group/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeSecurityGroups"]
    source  = "resourceSecurityGroupRead: findSecurityGroupByID (tags from the response)"
  }

  create {
    actions = [
      "ec2:DescribeSecurityGroupRules",
      "ec2:RevokeSecurityGroupEgress",
      "ec2:RevokeSecurityGroupIngress",
    ]
    source  = "resourceDefaultSecurityGroupCreate: findSecurityGroup(group-name default), forceRevokeSecurityGroupRules(searchAll = false): relatedSGs (DescribeSecurityGroups), rulesInSGsTouchingThis (DescribeSecurityGroupRules), RevokeSecurityGroupIngress/Egress per rule; then resourceSecurityGroupUpdate (findSecurityGroupByID)"
    note    = "AWS creates every default group with a self-referencing ingress rule and an allow-all egress rule, so adopting one always revokes rules"
  }

  create {
    if_set  = "egress"
    actions = ["ec2:AuthorizeSecurityGroupEgress"]
    source  = "resourceSecurityGroupUpdate (called by create): updateSecurityGroupRules(egress)"
  }

  create {
    if_set  = "ingress"
    actions = ["ec2:AuthorizeSecurityGroupIngress"]
    source  = "resourceSecurityGroupUpdate (called by create): updateSecurityGroupRules(ingress)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ec2:CreateTags", "ec2:DeleteTags"]
    source  = "resourceDefaultSecurityGroupCreate: updateTags(the adopted group's tags -> configured tags)"
    note    = "DeleteTags only when the adopted group carries tags the configuration does not"
  }

  update {
    attributes = ["egress"]
    actions    = ["ec2:AuthorizeSecurityGroupEgress", "ec2:RevokeSecurityGroupEgress"]
    source     = "resourceSecurityGroupUpdate: updateSecurityGroupRules(egress)"
  }

  update {
    attributes = ["ingress"]
    actions    = ["ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress"]
    source     = "resourceSecurityGroupUpdate: updateSecurityGroupRules(ingress)"
  }

  update {
    attributes = ["revoke_rules_on_delete"]
    actions    = []
    source     = "schema: \"Not used\" (the delete handler is schema.NoopContext)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    actions = []
    source  = "schema.NoopContext: the default security group is only removed from state"
  }
}

resource "aws_default_subnet" {
  service           = "ec2"
  source            = "terraform-provider-aws 00cda125a19d31754cb0d073cf551264c57955cb internal/service/ec2/vpc_subnet.go (read/update/delete shared with aws_subnet; vpc_default_subnet.go create not read: cross-checked with provider-model v6.60.0 resourceDefaultSubnetCreate)"
  arn               = "arn:${partition}:ec2:${region}:${account}:subnet/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeSubnets"]
    source  = "resourceSubnetRead: findSubnetByID"
  }

  create {
    actions = ["ec2:CreateDefaultSubnet", "ec2:DescribeSubnets"]
    source  = "resourceDefaultSubnetCreate: find the default subnet of the AZ, CreateDefaultSubnet when none exists (provider-model v6.60.0)"
    note    = "CreateDefaultSubnet only when the AZ has no default subnet"
  }

  create {
    if_set  = "assign_ipv6_address_on_creation"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceDefaultSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "customer_owned_ipv4_pool"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceDefaultSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "enable_dns64"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceDefaultSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "enable_lni_at_device_index"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceDefaultSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "enable_resource_name_dns_a_record_on_launch"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceDefaultSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "enable_resource_name_dns_aaaa_record_on_launch"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceDefaultSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "ipv6_cidr_block"
    actions = ["ec2:AssociateSubnetCidrBlock", "ec2:DisassociateSubnetCidrBlock"]
    source  = "modifySubnetAttributesOnCreate: modifySubnetIPv6CIDRBlockAssociation"
  }

  create {
    if_set  = "map_customer_owned_ip_on_launch"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceDefaultSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "map_public_ip_on_launch"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceDefaultSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "private_dns_hostname_type_on_launch"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceDefaultSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags", "ec2:DeleteTags"]
    source  = "resourceDefaultSubnetCreate: tags reconciled on the adopted subnet (provider-model v6.60.0 lists CreateTags/DeleteTags)"
  }

  update {
    attributes = [
      "assign_ipv6_address_on_creation",
      "customer_owned_ipv4_pool",
      "enable_dns64",
      "enable_lni_at_device_index",
      "enable_resource_name_dns_a_record_on_launch",
      "enable_resource_name_dns_aaaa_record_on_launch",
      "map_customer_owned_ip_on_launch",
      "map_public_ip_on_launch",
      "private_dns_hostname_type_on_launch",
    ]
    actions    = ["ec2:ModifySubnetAttribute"]
    source     = "resourceSubnetUpdate: modifySubnet* helpers"
  }

  update {
    attributes = ["force_destroy", "timeouts"]
    actions    = []
    source     = "no API call"
  }

  update {
    attributes = ["ipv6_cidr_block"]
    actions    = ["ec2:AssociateSubnetCidrBlock", "ec2:DisassociateSubnetCidrBlock"]
    source     = "resourceSubnetUpdate: modifySubnetIPv6CIDRBlockAssociation (waits poll DescribeSubnets)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    if_set  = "force_destroy"
    actions = [
      "ec2:DeleteNetworkInterface",
      "ec2:DeleteSubnet",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DetachNetworkInterface",
    ]
    source  = "resourceDefaultSubnetDelete -> resourceSubnetDelete only when force_destroy"
    note    = "deleteLingeringENIs always lists ENIs (DescribeNetworkInterfaces); Detach/DeleteNetworkInterface only when Lambda/Comprehend/DMS ENIs still use it"
  }
}

resource "aws_default_vpc" {
  service           = "ec2"
  source            = "terraform-provider-aws 05a271db9323f6bfe65dad9af1cafb41427802c0 internal/service/ec2/vpc_default_vpc.go; 00081ce41cc691433ac19bf42227cdabffd0454d internal/service/ec2/vpc_.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:vpc/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = [
      "ec2:DescribeNetworkAcls",
      "ec2:DescribeRouteTables",
      "ec2:DescribeSecurityGroups",
      "ec2:DescribeVpcAttribute",
      "ec2:DescribeVpcs",
    ]
    source  = "resourceVPCRead: findVPCByIDV2, findVPCAttributeV2 x3, findVPCDefaultNetworkACLV2, findVPCMainRouteTable, findVPCDefaultSecurityGroupV2"
  }

  create {
    actions = ["ec2:CreateDefaultVpc"]
    source  = "resourceDefaultVPCCreate: findVPCV2(isDefault) + findVPCAttributeV2 (read actions), CreateDefaultVpc only when no default VPC exists"
  }

  create {
    if_set  = "assign_generated_ipv6_cidr_block"
    actions = ["ec2:AssociateVpcCidrBlock", "ec2:DisassociateVpcCidrBlock"]
    source  = "resourceDefaultVPCCreate: modifyVPCIPv6CIDRBlockAssociation"
  }

  create {
    if_set  = "enable_network_address_usage_metrics"
    actions = ["ec2:ModifyVpcAttribute"]
    source  = "modifyVPCAttributesOnCreate"
  }

  create {
    if_set  = "ipv6_cidr_block"
    actions = ["ec2:AssociateVpcCidrBlock", "ec2:DisassociateVpcCidrBlock"]
    source  = "resourceDefaultVPCCreate: modifyVPCIPv6CIDRBlockAssociation"
  }

  create {
    if_set  = "ipv6_ipam_pool_id"
    actions = ["ec2:AssociateVpcCidrBlock", "ec2:DisassociateVpcCidrBlock"]
    source  = "resourceDefaultVPCCreate: modifyVPCIPv6CIDRBlockAssociation"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags", "ec2:DeleteTags"]
    source  = "resourceDefaultVPCCreate: updateTagsV2(existing tags -> configured tags)"
  }

  create {
    unless_set = "enable_dns_hostnames"
    actions    = ["ec2:ModifyVpcAttribute"]
    source     = "modifyVPCAttributesOnCreate (default VPC has it true)"
  }

  create {
    unless_set = "enable_dns_support"
    actions    = ["ec2:ModifyVpcAttribute"]
    source     = "modifyVPCAttributesOnCreate (default VPC has it true)"
  }

  update {
    attributes = [
      "assign_generated_ipv6_cidr_block",
      "ipv6_cidr_block",
      "ipv6_cidr_block_network_border_group",
      "ipv6_ipam_pool_id",
    ]
    actions    = ["ec2:AssociateVpcCidrBlock", "ec2:DisassociateVpcCidrBlock"]
    source     = "resourceVPCUpdate: modifyVPCIPv6CIDRBlockAssociation"
  }

  update {
    attributes = [
      "enable_dns_hostnames",
      "enable_dns_support",
      "enable_network_address_usage_metrics",
    ]
    actions    = ["ec2:ModifyVpcAttribute"]
    source     = "resourceVPCUpdate: modifyVPCDNSHostnames/modifyVPCDNSSupport/modifyVPCNetworkAddressUsageMetrics (waitVPCAttributeUpdatedV2 polls DescribeVpcAttribute)"
  }

  update {
    attributes = ["force_destroy"]
    actions    = []
    source     = "no API call"
  }

  update {
    attributes = ["instance_tenancy"]
    actions    = ["ec2:ModifyVpcTenancy"]
    source     = "resourceVPCUpdate: modifyVPCTenancy (dedicated -> default only; other changes are ForceNew)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    if_set  = "force_destroy"
    actions = ["ec2:DeleteVpc"]
    source  = "resourceDefaultVPCDelete -> resourceVPCDelete only when force_destroy (else removed from state only)"
  }
}

resource "aws_ebs_snapshot" {
  service           = "ec2"
  source            = "terraform-provider-aws 011a8eed43ed7763ef9de18cbb776eb29c762452 internal/service/ec2/ebs_snapshot.go"
  arn               = "arn:${partition}:ec2:${region}::snapshot/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeSnapshots"]
    source  = "resourceEBSSnapshotRead: FindSnapshotByID"
  }

  create {
    actions  = ["ec2:CreateSnapshot"]
    resource = "arn:${partition}:ec2:${region}::snapshot/${id}"
    source   = "resourceEBSSnapshotCreate (SnapshotCompletedWaiter polls DescribeSnapshots)"
  }

  create {
    actions  = ["ec2:CreateSnapshot"]
    resource = "arn:${partition}:ec2:${region}:${account}:volume/${volume_id}"
    source   = "resourceEBSSnapshotCreate (SnapshotCompletedWaiter polls DescribeSnapshots)"
    note     = "CreateSnapshot also needs the source volume (a second required resource type): the entry's own ARN in the block above, the volume here"
  }

  create {
    if_set  = "storage_tier"
    actions = ["ec2:DescribeSnapshotTierStatus", "ec2:ModifySnapshotTier"]
    source  = "resourceEBSSnapshotCreate: ModifySnapshotTier + waitEBSSnapshotTierArchive when storage_tier = archive"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceEBSSnapshotCreate: getTagSpecificationsInV2"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = ["permanent_restore", "temporary_restore_days", "timeouts"]
    actions    = []
    source     = "only sent with a storage_tier change"
  }

  update {
    attributes = ["storage_tier"]
    actions    = [
      "ec2:DescribeSnapshotTierStatus",
      "ec2:ModifySnapshotTier",
      "ec2:RestoreSnapshotTier",
    ]
    source     = "resourceEBSSnapshotUpdate: ModifySnapshotTier (archive) or RestoreSnapshotTier"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    actions = ["ec2:DeleteSnapshot"]
    source  = "resourceEBSSnapshotDelete"
  }
}

resource "aws_ebs_volume" {
  service           = "ec2"
  source            = "terraform-provider-aws 0073593e7d6993ba482409f4dc35438daaa79bb3 internal/service/ec2/ebs_volume.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:volume/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeVolumes"]
    source  = "resourceEBSVolumeRead: findEBSVolumeByID"
  }

  create {
    actions = ["ec2:CreateVolume"]
    source  = "resourceEBSVolumeCreate (waitVolumeCreated polls DescribeVolumes)"
  }

  create {
    if_set   = "kms_key_id"
    actions  = [
      "kms:CreateGrant",
      "kms:Decrypt",
      "kms:DescribeKey",
      "kms:GenerateDataKeyWithoutPlaintext",
      "kms:ReEncryptFrom",
      "kms:ReEncryptTo",
    ]
    resource = "${kms_key_id}"
    source   = "AWS docs: Amazon EBS encryption requirements, Permissions for users (kms:ReEncrypt* = ReEncryptFrom/ReEncryptTo)"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceEBSVolumeCreate: getTagSpecificationsIn"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = [
      "final_snapshot",
      "iops",
      "multi_attach_enabled",
      "size",
      "throughput",
      "type",
      "volume_initialization_rate",
    ]
    actions    = ["ec2:ModifyVolume"]
    source     = "resourceEBSVolumeUpdate: any change but tags -> ModifyVolume (waitVolumeUpdated)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = ["ec2:DeleteVolume"]
    source  = "resourceEBSVolumeDelete (waitVolumeDeleted polls DescribeVolumes)"
  }

  delete {
    if_set  = "final_snapshot"
    actions = ["ec2:CreateSnapshot", "ec2:CreateTags", "ec2:DescribeSnapshots"]
    source  = "resourceEBSVolumeDelete: CreateSnapshot with tags_all TagSpecifications, waitSnapshotCompleted"
    note    = "ec2:CreateTags only when the volume has tags"
  }
}

resource "aws_ec2_transit_gateway" {
  service           = "ec2"
  source            = "terraform-provider-aws 0095e263c2e15a80770dd8244c027faf3e1085a6 internal/service/ec2/transitgateway_.go; v6.60.0 provider-model call_patterns; pike-mapping resource/ec2/aws_ec2_transit_gateway.json"
  arn               = "arn:${partition}:ec2:${region}:${account}:transit-gateway/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeTransitGateways"]
    source  = "resourceTransitGatewayRead (findTransitGatewayByID -> DescribeTransitGateways; tags from the output)"
  }

  create {
    actions = ["ec2:CreateTransitGateway"]
    source  = "resourceTransitGatewayCreate (CreateTransitGateway; waitTransitGatewayCreated polls DescribeTransitGateways)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ec2:CreateTags"]
    source  = "resourceTransitGatewayCreate: TagSpecifications"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = [
      "amazon_side_asn",
      "auto_accept_shared_attachments",
      "default_route_table_association",
      "default_route_table_propagation",
      "description",
      "dns_support",
      "encryption_support",
      "security_group_referencing_support",
      "transit_gateway_cidr_blocks",
      "vpn_ecmp_support",
    ]
    actions    = ["ec2:ModifyTransitGateway"]
    source     = "resourceTransitGatewayUpdate (ModifyTransitGateway Options; waitTransitGatewayUpdated polls DescribeTransitGateways)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = ["ec2:DeleteTransitGateway"]
    source  = "resourceTransitGatewayDelete (DeleteTransitGateway, retried on IncorrectState; waitTransitGatewayDeleted polls DescribeTransitGateways)"
  }
}

resource "aws_ec2_transit_gateway_vpc_attachment" {
  service           = "ec2"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/ec2/transitgateway_vpc_attachment.go; pike-mapping resource/ec2/aws_ec2_transit_gateway_vpc_attachment.json"
  arn               = "arn:${partition}:ec2:${region}:${account}:transit-gateway-attachment/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = [
      "ec2:DescribeTransitGatewayVpcAttachments",
      "ec2:DescribeTransitGateways",
      "ec2:GetTransitGatewayRouteTableAssociations",
      "ec2:GetTransitGatewayRouteTablePropagations",
    ]
    source  = "resourceTransitGatewayVPCAttachmentRead (findTransitGatewayVPCAttachmentByID; findTransitGatewayByID for the default route table; association/propagation lookups for transit_gateway_default_route_table_*)"
  }

  create {
    actions = ["ec2:CreateTransitGatewayVpcAttachment"]
    source  = "resourceTransitGatewayVPCAttachmentCreate (CreateTransitGatewayVpcAttachment; waitTransitGatewayVPCAttachmentCreated polls DescribeTransitGatewayVpcAttachments)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ec2:CreateTags"]
    source  = "resourceTransitGatewayVPCAttachmentCreate: TagSpecifications"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  create {
    if_equals = ["transit_gateway_default_route_table_association", "false"]
    actions   = ["ec2:DisassociateTransitGatewayRouteTable"]
    source    = "resourceTransitGatewayVPCAttachmentCreate (transitGatewayRouteTableAssociationUpdate: DisassociateTransitGatewayRouteTable from the default route table)"
  }

  create {
    if_equals = ["transit_gateway_default_route_table_propagation", "false"]
    actions   = ["ec2:DisableTransitGatewayRouteTablePropagation"]
    source    = "resourceTransitGatewayVPCAttachmentCreate (transitGatewayRouteTablePropagationUpdate: DisableTransitGatewayRouteTablePropagation on the default route table)"
  }

  update {
    attributes = [
      "appliance_mode_support",
      "dns_support",
      "ipv6_support",
      "security_group_referencing_support",
      "subnet_ids",
    ]
    actions    = ["ec2:ModifyTransitGatewayVpcAttachment"]
    source     = "resourceTransitGatewayVPCAttachmentUpdate (ModifyTransitGatewayVpcAttachment; waitTransitGatewayVPCAttachmentUpdated)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  update {
    attributes = ["transit_gateway_default_route_table_association"]
    actions    = [
      "ec2:AssociateTransitGatewayRouteTable",
      "ec2:DisassociateTransitGatewayRouteTable",
    ]
    source     = "resourceTransitGatewayVPCAttachmentUpdate (transitGatewayRouteTableAssociationUpdate)"
  }

  update {
    attributes = ["transit_gateway_default_route_table_propagation"]
    actions    = [
      "ec2:DisableTransitGatewayRouteTablePropagation",
      "ec2:EnableTransitGatewayRouteTablePropagation",
    ]
    source     = "resourceTransitGatewayVPCAttachmentUpdate (transitGatewayRouteTablePropagationUpdate)"
  }

  delete {
    actions = ["ec2:DeleteTransitGatewayVpcAttachment"]
    source  = "resourceTransitGatewayVPCAttachmentDelete (DeleteTransitGatewayVpcAttachment; waitTransitGatewayVPCAttachmentDeleted polls DescribeTransitGatewayVpcAttachments)"
  }
}

resource "aws_egress_only_internet_gateway" {
  service           = "ec2"
  source            = "terraform-provider-aws stored version (index id 2049955126) internal/service/ec2/vpc_egress_only_internet_gateway.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:egress-only-internet-gateway/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeEgressOnlyInternetGateways"]
    source  = "resourceEgressOnlyInternetGatewayRead: findEgressOnlyInternetGatewayByID (tags from the response)"
  }

  create {
    actions  = ["ec2:CreateEgressOnlyInternetGateway"]
    resource = "arn:${partition}:ec2:${region}:${account}:egress-only-internet-gateway/${id}"
    source   = "resourceEgressOnlyInternetGatewayCreate"
  }

  create {
    actions  = ["ec2:CreateEgressOnlyInternetGateway"]
    resource = "arn:${partition}:ec2:${region}:${account}:vpc/${vpc_id}"
    source   = "resourceEgressOnlyInternetGatewayCreate"
    note     = "CreateEgressOnlyInternetGateway also needs the VPC (a second required resource type): the entry's own ARN in the block above, the VPC here"
  }

  create {
    if_set  = "tags_all"
    actions = ["ec2:CreateTags"]
    source  = "resourceEgressOnlyInternetGatewayCreate: getTagSpecificationsIn"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "resourceEgressOnlyInternetGatewayUpdate is tags only: transparent tagging UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    actions = ["ec2:DeleteEgressOnlyInternetGateway"]
    source  = "resourceEgressOnlyInternetGatewayDelete"
  }
}

resource "aws_eip" {
  service           = "ec2"
  source            = "terraform-provider-aws 01606926a0c0ab9174aec440f976a48b0baee722 internal/service/ec2/ec2_eip.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:elastic-ip/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeAddresses", "ec2:DescribeAddressesAttribute"]
    source  = "resourceEIPRead: findEIPByAllocationID, findEIPDomainNameAttributeByAllocationID"
  }

  create {
    actions = ["ec2:AllocateAddress"]
    source  = "resourceEIPCreate (RetryWhenNotFound polls DescribeAddresses)"
  }

  create {
    if_set  = "instance"
    actions = ["ec2:AssociateAddress"]
    source  = "resourceEIPCreate: associateEIP"
  }

  create {
    if_set   = "instance"
    actions  = ["ec2:AssociateAddress"]
    resource = "arn:${partition}:ec2:${region}:${account}:instance/${instance}"
    source   = "resourceEIPCreate: associateEIP"
    note     = "the instance the request names, besides the address itself (block above)"
  }

  create {
    if_set  = "network_interface"
    actions = ["ec2:AssociateAddress"]
    source  = "resourceEIPCreate: associateEIP"
  }

  create {
    if_set   = "network_interface"
    actions  = ["ec2:AssociateAddress"]
    resource = "arn:${partition}:ec2:${region}:${account}:network-interface/${network_interface}"
    source   = "resourceEIPCreate: associateEIP"
    note     = "the network interface the request names, besides the address itself (block above)"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceEIPCreate: getTagSpecificationsIn"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = ["associate_with_private_ip", "instance", "network_interface"]
    actions    = ["ec2:AssociateAddress", "ec2:DisassociateAddress"]
    source     = "resourceEIPUpdate: disassociateEIP, associateEIP"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = ["ec2:ReleaseAddress"]
    source  = "resourceEIPDelete"
  }

  delete {
    if_set  = "association_id"
    actions = ["ec2:DisassociateAddress"]
    source  = "resourceEIPDelete: disassociateEIP when associated"
  }

  delete {
    if_set   = "ipam_pool_id"
    actions  = ["ec2:GetIpamPoolAllocations"]
    resource = "arn:${partition}:ec2::${account}:ipam-pool/${ipam_pool_id}"
    source   = "resourceEIPDelete: findIPAMPoolAllocationsForEIP"
    note     = "waits until the IPAM pool allocation of the released address disappears"
  }
}

resource "aws_eip_association" {
  service           = "ec2"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/ec2/vpc_eip_association.go; pike-mapping resource/ec2/aws_eip_association.json"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeAddresses"]
    source  = "resourceEIPAssociationRead (findEIPByAssociationID -> DescribeAddresses)"
  }

  create {
    actions  = ["ec2:AssociateAddress"]
    resource = "arn:${partition}:ec2:${region}:${account}:elastic-ip/${allocation_id}"
    source   = "resourceEIPAssociationCreate (AssociateAddress; waits with DescribeAddresses)"
    note     = "the address (allocation_id; elastic-ip/* when only public_ip is given), plus the instance or network interface the request names, one block each (AssociateAddress has no required resource type)"
  }

  create {
    if_set   = "instance_id"
    actions  = ["ec2:AssociateAddress"]
    resource = "arn:${partition}:ec2:${region}:${account}:instance/${instance_id}"
    source   = "resourceEIPAssociationCreate (AssociateAddress; waits with DescribeAddresses)"
  }

  create {
    if_set   = "network_interface_id"
    actions  = ["ec2:AssociateAddress"]
    resource = "arn:${partition}:ec2:${region}:${account}:network-interface/${network_interface_id}"
    source   = "resourceEIPAssociationCreate (AssociateAddress; waits with DescribeAddresses)"
  }

  delete {
    actions  = ["ec2:DisassociateAddress"]
    resource = "arn:${partition}:ec2:${region}:${account}:elastic-ip/${allocation_id}"
    source   = "resourceEIPAssociationDelete (DisassociateAddress)"
    note     = "the address, plus the network interface it is associated with (network_interface_id is computed into state), one block each"
  }

  delete {
    if_set   = "network_interface_id"
    actions  = ["ec2:DisassociateAddress"]
    resource = "arn:${partition}:ec2:${region}:${account}:network-interface/${network_interface_id}"
    source   = "resourceEIPAssociationDelete (DisassociateAddress)"
  }
}

resource "aws_flow_log" {
  service           = "ec2"
  source            = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/ec2/vpc_flow_log.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:vpc-flow-log/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeFlowLogs"]
    source  = "resourceLogFlowRead: findFlowLogByID"
  }

  create {
    actions = ["ec2:CreateFlowLogs"]
    source  = "resourceLogFlowCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceLogFlowCreate: getTagSpecificationsIn"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  create {
    unless_set = "iam_role_arn"
    actions    = ["logs:CreateLogDelivery", "logs:DeleteLogDelivery"]
    source     = "AWS docs: VPC flow logs, IAM permissions for principals that publish flow logs to Amazon S3 / Amazon Data Firehose"
    note       = "S3 and same-account Firehose destinations take no iam_role_arn; CloudWatch Logs destinations require it"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags (resourceLogFlowUpdate: tags only)"
  }

  delete {
    actions = ["ec2:DeleteFlowLogs"]
    source  = "resourceLogFlowDelete"
  }

  delete {
    unless_set = "iam_role_arn"
    actions    = ["logs:DeleteLogDelivery"]
    source     = "AWS docs: VPC flow logs, IAM permissions for principals that publish flow logs to Amazon S3 / Amazon Data Firehose"
  }

  pass_role {
    attribute = "deliver_cross_account_role"
    service   = "delivery.logs.amazonaws.com"
    source    = "AWS docs: publish flow logs to Amazon Data Firehose across accounts (source-account role, iam:PassRole)"
  }

  pass_role {
    attribute = "iam_role_arn"
    service   = "vpc-flow-logs.amazonaws.com"
    source    = "AWS docs: IAM role for publishing flow logs to CloudWatch Logs (iam:PassRole)"
  }
}

resource "aws_instance" {
  service           = "ec2"
  source            = "terraform-provider-aws 0015dfcd06d5d78e5e1c3cabe8cea837d379d1c7 internal/service/ec2/ec2_instance.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:instance/${id}"
  provider_versions = "5.100.0, 6.x"
  note              = "provider-model v6.60.0 also lists DescribeSpotInstanceRequests (read) and CancelSpotInstanceRequests (delete), not in the version read"

  read {
    actions = [
      "ec2:DescribeInstanceAttribute",
      "ec2:DescribeInstanceCreditSpecifications",
      "ec2:DescribeInstanceTypes",
      "ec2:DescribeInstances",
      "ec2:DescribeTags",
      "ec2:DescribeVolumes",
      "ec2:DescribeVpcs",
    ]
    source  = "resourceInstanceRead: FindInstanceByID, FindInstanceTypeByName, findInstanceTagValue (launch template tag), readSecurityGroups/FindVPCByID, readInstanceShutdownBehavior + 3 DescribeInstanceAttribute calls, readBlockDevicesFromInstance, readVolumeTags, FindInstanceCreditSpecificationByID"
    note    = "DescribeInstanceCreditSpecifications only for burstable (T-family) instance types"
  }

  read {
    if_set  = "get_password_data"
    actions = ["ec2:GetPasswordData"]
    source  = "resourceInstanceRead: getInstancePasswordData"
  }

  read {
    if_set  = "launch_template"
    actions = ["ec2:DescribeLaunchTemplateVersions", "ec2:DescribeLaunchTemplates"]
    source  = "flattenInstanceLaunchTemplate: findLaunchTemplateNameAndVersions, FindLaunchTemplateVersionByTwoPartKey (only when the instance has the aws:ec2launchtemplate:id tag)"
  }

  create {
    actions = ["ec2:RunInstances"]
    source  = "resourceInstanceCreate (WaitInstanceCreated polls DescribeInstances, in read)"
  }

  create {
    if_set  = "ebs_block_device.kms_key_id"
    actions = [
      "kms:CreateGrant",
      "kms:Decrypt",
      "kms:DescribeKey",
      "kms:GenerateDataKeyWithoutPlaintext",
      "kms:ReEncryptFrom",
      "kms:ReEncryptTo",
    ]
    source  = "AWS docs: Amazon EBS encryption requirements, Permissions for users (kms:ReEncrypt* = ReEncryptFrom/ReEncryptTo)"
    note    = "ebs_block_device is a set (one key per device): the keys stay at the key pattern"
  }

  create {
    if_set  = "ebs_block_device.tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceInstanceCreate: createTags on each EBS volume after launch"
  }

  create {
    if_set  = "instance_initiated_shutdown_behavior"
    actions = ["ec2:ModifyInstanceAttribute"]
    source  = "resourceInstanceUpdate (called by create): HasChange(instance_initiated_shutdown_behavior)"
  }

  create {
    if_set  = "launch_template"
    actions = ["ec2:DescribeLaunchTemplateVersions"]
    source  = "buildInstanceOpts: findLaunchTemplateData"
  }

  create {
    if_set  = "monitoring"
    actions = ["ec2:MonitorInstances"]
    source  = "resourceInstanceUpdate (called by create): HasChange(monitoring)"
  }

  create {
    if_set  = "root_block_device"
    actions = ["ec2:DescribeImages"]
    source  = "readBlockDeviceMappingsFromConfig: FetchRootDeviceName -> FindImageByID"
  }

  create {
    if_set   = "root_block_device.kms_key_id"
    actions  = [
      "kms:CreateGrant",
      "kms:Decrypt",
      "kms:DescribeKey",
      "kms:GenerateDataKeyWithoutPlaintext",
      "kms:ReEncryptFrom",
      "kms:ReEncryptTo",
    ]
    resource = "${root_block_device.kms_key_id}"
    source   = "AWS docs: Amazon EBS encryption requirements, Permissions for users (kms:ReEncrypt* = ReEncryptFrom/ReEncryptTo)"
  }

  create {
    if_set  = "root_block_device.tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceInstanceCreate: createTags on the root volume after launch"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceInstanceCreate: getTagSpecificationsIn in RunInstances"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  create {
    if_set  = "volume_tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceInstanceCreate: tagSpecificationsFromMap(volume_tags) in RunInstances"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  create {
    unless_set = "source_dest_check"
    actions    = ["ec2:ModifyInstanceAttribute"]
    source     = "resourceInstanceUpdate (called by create): source_dest_check = false on a new instance"
  }

  update {
    attributes = ["capacity_reservation_specification"]
    actions    = ["ec2:ModifyInstanceCapacityReservationAttributes"]
    source     = "resourceInstanceUpdate"
  }

  update {
    attributes = ["credit_specification"]
    actions    = ["ec2:ModifyInstanceCreditSpecification"]
    source     = "resourceInstanceUpdate"
  }

  update {
    attributes = [
      "disable_api_stop",
      "disable_api_termination",
      "instance_initiated_shutdown_behavior",
      "source_dest_check",
    ]
    actions    = ["ec2:ModifyInstanceAttribute"]
    source     = "resourceInstanceUpdate: disableInstanceAPIStop, disableInstanceAPITermination, ModifyInstanceAttribute"
  }

  update {
    attributes = [
      "get_password_data",
      "host_resource_group_arn",
      "timeouts",
      "user_data_replace_on_change",
    ]
    actions    = []
    source     = "no update call (get_password_data only changes what resourceInstanceRead fetches)"
  }

  update {
    attributes = ["iam_instance_profile"]
    actions    = [
      "ec2:AssociateIamInstanceProfile",
      "ec2:DescribeIamInstanceProfileAssociations",
      "ec2:DisassociateIamInstanceProfile",
      "ec2:ReplaceIamInstanceProfileAssociation",
    ]
    source     = "resourceInstanceUpdate: associateInstanceProfile / ReplaceIamInstanceProfileAssociation / disassociateInstanceProfile; WaitInstanceIAMInstanceProfileUpdated (DescribeInstances)"
  }

  update {
    attributes = ["instance_type", "user_data", "user_data_base64"]
    actions    = ["ec2:ModifyInstanceAttribute", "ec2:StartInstances", "ec2:StopInstances"]
    source     = "modifyInstanceAttributeWithStopStart: StopInstance, ModifyInstanceAttribute, StartInstances, WaitInstanceStarted"
  }

  update {
    attributes = ["maintenance_options"]
    actions    = ["ec2:ModifyInstanceMaintenanceOptions"]
    source     = "resourceInstanceUpdate"
  }

  update {
    attributes = ["metadata_options"]
    actions    = ["ec2:ModifyInstanceMetadataOptions"]
    source     = "resourceInstanceUpdate (WaitInstanceMetadataOptionsApplied polls DescribeInstances)"
  }

  update {
    attributes = ["monitoring"]
    actions    = ["ec2:MonitorInstances", "ec2:UnmonitorInstances"]
    source     = "resourceInstanceUpdate"
  }

  update {
    attributes = ["root_block_device"]
    actions    = ["ec2:DescribeVolumesModifications", "ec2:ModifyInstanceAttribute"]
    source     = "resourceInstanceUpdate: ModifyVolume + WaitVolumeModificationComplete, delete_on_termination via ModifyInstanceAttribute, root_block_device.0.tags via UpdateTags"
  }

  update {
    attributes = ["root_block_device"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags", "ec2:ModifyVolume"]
    resource   = "arn:${partition}:ec2:${region}:${account}:volume/${root_block_device.volume_id}"
    source     = "resourceInstanceUpdate: ModifyVolume + WaitVolumeModificationComplete, delete_on_termination via ModifyInstanceAttribute, root_block_device.0.tags via UpdateTags"
    note       = "ModifyVolume and the root volume's tags act on the root volume, not the instance"
  }

  update {
    attributes = ["secondary_private_ips"]
    actions    = ["ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"]
    resource   = "arn:${partition}:ec2:${region}:${account}:network-interface/${primary_network_interface_id}"
    source     = "resourceInstanceUpdate (FindInstanceByID for the primary ENI)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  update {
    attributes = ["volume_tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags", "ec2:DescribeVolumes"]
    source     = "resourceInstanceUpdate: getInstanceVolumeIDs + UpdateTags per volume"
  }

  update {
    attributes = ["vpc_security_group_ids"]
    actions    = ["ec2:ModifyNetworkInterfaceAttribute"]
    resource   = "arn:${partition}:ec2:${region}:${account}:instance/${id}"
    source     = "resourceInstanceUpdate: ModifyNetworkInterfaceAttribute on the primary ENI"
  }

  update {
    attributes = ["vpc_security_group_ids"]
    actions    = ["ec2:ModifyNetworkInterfaceAttribute"]
    resource   = "arn:${partition}:ec2:${region}:${account}:network-interface/${primary_network_interface_id}"
    source     = "resourceInstanceUpdate: ModifyNetworkInterfaceAttribute on the primary ENI"
    note       = "the call acts on the primary network interface (a required resource type): the instance in the block above, the interface here"
  }

  delete {
    actions = ["ec2:ModifyInstanceAttribute", "ec2:TerminateInstances"]
    source  = "resourceInstanceDelete: disableInstanceAPITermination(false), terminateInstance + WaitInstanceDeleted (DescribeInstances)"
  }

  pass_role {
    attribute = "iam_instance_profile"
    service   = "ec2.amazonaws.com"
    source    = "AWS docs: IAM roles for Amazon EC2, permission to pass a role to an instance (RunInstances/AssociateIamInstanceProfile with an instance profile)"
    note      = "the attribute holds the instance profile name; iam:PassRole is checked on the profile's role"
  }
}

resource "aws_internet_gateway" {
  service           = "ec2"
  source            = "terraform-provider-aws 08923b68b5ad6fcfdd38362fb5247e39a9b07add internal/service/ec2/vpc_internet_gateway.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:internet-gateway/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeInternetGateways"]
    source  = "resourceInternetGatewayRead: FindInternetGatewayByID"
  }

  create {
    actions = ["ec2:CreateInternetGateway"]
    source  = "resourceInternetGatewayCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceInternetGatewayCreate: TagSpecifications"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  create {
    if_set   = "vpc_id"
    actions  = ["ec2:AttachInternetGateway"]
    resource = "arn:${partition}:ec2:${region}:${account}:internet-gateway/${id}"
    source   = "attachInternetGateway (WaitInternetGatewayAttached polls DescribeInternetGateways)"
  }

  create {
    if_set   = "vpc_id"
    actions  = ["ec2:AttachInternetGateway"]
    resource = "arn:${partition}:ec2:${region}:${account}:vpc/${vpc_id}"
    source   = "attachInternetGateway (WaitInternetGatewayAttached polls DescribeInternetGateways)"
    note     = "AttachInternetGateway also needs the VPC (a second required resource type): the entry's own ARN in the block above, the VPC here"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "resourceInternetGatewayUpdate: UpdateTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  update {
    attributes = ["vpc_id"]
    actions    = ["ec2:AttachInternetGateway", "ec2:DetachInternetGateway"]
    source     = "resourceInternetGatewayUpdate: detachInternetGateway, attachInternetGateway"
  }

  delete {
    actions = ["ec2:DeleteInternetGateway"]
    source  = "resourceInternetGatewayDelete"
  }

  delete {
    if_set  = "vpc_id"
    actions = ["ec2:DetachInternetGateway"]
    source  = "resourceInternetGatewayDelete: detachInternetGateway"
  }
}

resource "aws_key_pair" {
  service           = "ec2"
  source            = "terraform-provider-aws 05bc9541efe73ea58b95ad961676ed4aba3fb03f internal/service/ec2/ec2_key_pair.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:key-pair/${key_name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeKeyPairs"]
    source  = "resourceKeyPairRead: findKeyPairByName"
  }

  create {
    actions = ["ec2:ImportKeyPair"]
    source  = "resourceKeyPairCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceKeyPairCreate: getTagSpecificationsIn"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags (identifier key_pair_id)"
  }

  delete {
    actions = ["ec2:DeleteKeyPair"]
    source  = "resourceKeyPairDelete"
  }
}

resource "aws_launch_template" {
  service           = "ec2"
  source            = "terraform-provider-aws stored version (index id 1700241859; path commit 025e4f81cab8553cb052aebfcc5987e2aa8c702a) internal/service/ec2/ec2_launch_template.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:launch-template/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeLaunchTemplateVersions", "ec2:DescribeLaunchTemplates"]
    source  = "resourceLaunchTemplateRead: findLaunchTemplateByID, findLaunchTemplateVersionByTwoPartKey"
  }

  read {
    if_set  = "credit_specification"
    actions = ["ec2:DescribeInstanceTypes"]
    source  = "flattenResponseLaunchTemplateData / expandRequestLaunchTemplateData: findInstanceTypeByName (provider-model v6.60.0 lists it in read)"
  }

  create {
    actions = ["ec2:CreateLaunchTemplate"]
    source  = "resourceLaunchTemplateCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceLaunchTemplateCreate: getTagSpecificationsIn"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = [
      "block_device_mappings",
      "capacity_reservation_specification",
      "cpu_options",
      "credit_specification",
      "description",
      "disable_api_stop",
      "disable_api_termination",
      "ebs_optimized",
      "elastic_gpu_specifications",
      "elastic_inference_accelerator",
      "enclave_options",
      "hibernation_options",
      "iam_instance_profile",
      "image_id",
      "instance_initiated_shutdown_behavior",
      "instance_market_options",
      "instance_requirements",
      "instance_type",
      "kernel_id",
      "key_name",
      "license_specification",
      "maintenance_options",
      "metadata_options",
      "monitoring",
      "network_interfaces",
      "placement",
      "private_dns_name_options",
      "ram_disk_id",
      "security_group_names",
      "tag_specifications",
      "user_data",
      "vpc_security_group_ids",
    ]
    actions    = ["ec2:CreateLaunchTemplateVersion"]
    source     = "resourceLaunchTemplateUpdate: updateKeys -> CreateLaunchTemplateVersion"
    note       = "maintenance_options is expanded but missing from updateKeys in the version read; listed here to be safe"
  }

  update {
    attributes = ["default_version", "update_default_version"]
    actions    = ["ec2:ModifyLaunchTemplate"]
    source     = "resourceLaunchTemplateUpdate"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  update {
    if_set     = "update_default_version"
    attributes = [
      "block_device_mappings",
      "capacity_reservation_specification",
      "cpu_options",
      "credit_specification",
      "description",
      "disable_api_stop",
      "disable_api_termination",
      "ebs_optimized",
      "elastic_gpu_specifications",
      "elastic_inference_accelerator",
      "enclave_options",
      "hibernation_options",
      "iam_instance_profile",
      "image_id",
      "instance_initiated_shutdown_behavior",
      "instance_market_options",
      "instance_requirements",
      "instance_type",
      "kernel_id",
      "key_name",
      "license_specification",
      "maintenance_options",
      "metadata_options",
      "monitoring",
      "network_interfaces",
      "placement",
      "private_dns_name_options",
      "ram_disk_id",
      "security_group_names",
      "tag_specifications",
      "user_data",
      "vpc_security_group_ids",
    ]
    actions    = ["ec2:ModifyLaunchTemplate"]
    source     = "resourceLaunchTemplateUpdate: update_default_version sets the new version as default"
  }

  delete {
    actions = ["ec2:DeleteLaunchTemplate"]
    source  = "resourceLaunchTemplateDelete"
  }
}

resource "aws_main_route_table_association" {
  service           = "ec2"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/ec2/vpc_main_route_table_association.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeRouteTables"]
    source  = "resourceMainRouteTableAssociationRead (findMainRouteTableAssociationByID -> DescribeRouteTables)"
  }

  create {
    actions  = ["ec2:ReplaceRouteTableAssociation"]
    resource = "arn:${partition}:ec2:${region}:${account}:route-table/${route_table_id}"
    source   = "resourceMainRouteTableAssociationCreate (findMainRouteTableByVPCID via DescribeRouteTables, ReplaceRouteTableAssociation; waitRouteTableAssociationCreated)"
  }

  update {
    attributes = ["route_table_id"]
    actions    = ["ec2:ReplaceRouteTableAssociation"]
    resource   = "arn:${partition}:ec2:${region}:${account}:route-table/${route_table_id}"
    source     = "resourceMainRouteTableAssociationUpdate (ReplaceRouteTableAssociation; waitRouteTableAssociationUpdated)"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions  = ["ec2:ReplaceRouteTableAssociation"]
    resource = "arn:${partition}:ec2:${region}:${account}:route-table/${original_route_table_id}"
    source   = "resourceMainRouteTableAssociationDelete (ReplaceRouteTableAssociation back to original_route_table_id; waitRouteTableAssociationUpdated polls DescribeRouteTables)"
  }
}

resource "aws_nat_gateway" {
  service           = "ec2"
  source            = "terraform-provider-aws 04088eaa54948421bf1ef7494ae2b2c01d9243e3 internal/service/ec2/vpc_nat_gateway.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:natgateway/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeNatGateways"]
    source  = "resourceNATGatewayRead: findNATGatewayByID"
  }

  create {
    actions = ["ec2:CreateNatGateway"]
    source  = "resourceNATGatewayCreate (waitNATGatewayCreated polls DescribeNatGateways)"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceNATGatewayCreate: getTagSpecificationsIn"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = ["secondary_allocation_ids"]
    actions    = ["ec2:AssociateNatGatewayAddress", "ec2:DisassociateNatGatewayAddress"]
    source     = "resourceNATGatewayUpdate (public connectivity)"
  }

  update {
    attributes = ["secondary_private_ip_addresses"]
    actions    = ["ec2:AssignPrivateNatGatewayAddress", "ec2:UnassignPrivateNatGatewayAddress"]
    source     = "resourceNATGatewayUpdate (private connectivity; public passes the new IPs to AssociateNatGatewayAddress)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = ["ec2:DeleteNatGateway"]
    source  = "resourceNATGatewayDelete (waitNATGatewayDeleted polls DescribeNatGateways)"
  }
}

resource "aws_network_acl" {
  service           = "ec2"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/ec2/vpc_network_acl.go; pike-mapping resource/ec2/aws_network_acl.json"
  arn               = "arn:${partition}:ec2:${region}:${account}:network-acl/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeNetworkAcls"]
    source  = "resourceNetworkACLRead (findNetworkACLByID -> DescribeNetworkAcls; tags from the output)"
  }

  create {
    actions  = ["ec2:CreateNetworkAcl"]
    resource = "arn:${partition}:ec2:${region}:${account}:network-acl/${id}"
    source   = "resourceNetworkACLCreate (CreateNetworkAcl)"
  }

  create {
    actions  = ["ec2:CreateNetworkAcl"]
    resource = "arn:${partition}:ec2:${region}:${account}:vpc/${vpc_id}"
    source   = "resourceNetworkACLCreate (CreateNetworkAcl)"
    note     = "CreateNetworkAcl also needs the VPC (a second required resource type): the entry's own ARN in the block above, the VPC here"
  }

  create {
    if_set  = "egress"
    actions = ["ec2:CreateNetworkAclEntry"]
    source  = "resourceNetworkACLCreate -> networkACLRuleUpdate (CreateNetworkAclEntry per rule)"
  }

  create {
    if_set  = "ingress"
    actions = ["ec2:CreateNetworkAclEntry"]
    source  = "resourceNetworkACLCreate -> networkACLRuleUpdate (CreateNetworkAclEntry per rule)"
  }

  create {
    if_set  = "subnet_ids"
    actions = ["ec2:ReplaceNetworkAclAssociation"]
    source  = "resourceNetworkACLCreate -> networkACLAssociationsCreate (findNetworkACLAssociationBySubnetID via DescribeNetworkAcls, ReplaceNetworkAclAssociation)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ec2:CreateTags"]
    source  = "resourceNetworkACLCreate: TagSpecifications"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = ["egress", "ingress"]
    actions    = ["ec2:CreateNetworkAclEntry", "ec2:DeleteNetworkAclEntry"]
    source     = "resourceNetworkACLUpdate -> networkACLRuleUpdate (DeleteNetworkAclEntry removed rules, CreateNetworkAclEntry new rules)"
  }

  update {
    attributes = ["subnet_ids"]
    actions    = ["ec2:ReplaceNetworkAclAssociation"]
    source     = "resourceNetworkACLUpdate (networkACLAssociationsCreate for added subnets; networkACLAssociationsDelete moves removed subnets to the VPC default ACL found with DescribeNetworkAcls)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    actions = ["ec2:DeleteNetworkAcl"]
    source  = "resourceNetworkACLDelete -> networkACLDelete (DeleteNetworkAcl, retried on DependencyViolation)"
  }

  delete {
    if_set  = "subnet_ids"
    actions = ["ec2:ReplaceNetworkAclAssociation"]
    source  = "resourceNetworkACLDelete: networkACLAssociationsDelete (associate subnets with the VPC default ACL, found with DescribeNetworkAcls, before DeleteNetworkAcl)"
  }
}

resource "aws_network_acl_rule" {
  service           = "ec2"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/ec2/vpc_network_acl_rule.go; pike-mapping resource/ec2/aws_network_acl_rule.json"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeNetworkAcls"]
    source  = "resourceNetworkACLRuleRead (findNetworkACLEntryByThreePartKey -> DescribeNetworkAcls)"
  }

  create {
    actions  = ["ec2:CreateNetworkAclEntry"]
    resource = "arn:${partition}:ec2:${region}:${account}:network-acl/${network_acl_id}"
    source   = "resourceNetworkACLRuleCreate (CreateNetworkAclEntry; waits with DescribeNetworkAcls)"
  }

  delete {
    actions  = ["ec2:DeleteNetworkAclEntry"]
    resource = "arn:${partition}:ec2:${region}:${account}:network-acl/${network_acl_id}"
    source   = "resourceNetworkACLRuleDelete (DeleteNetworkAclEntry)"
  }
}

resource "aws_network_interface" {
  service           = "ec2"
  source            = "terraform-provider-aws 01c08000ddb14181b5bd19201d8fca311dc570e4 internal/service/ec2/vpc_network_interface.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:network-interface/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeNetworkInterfaces"]
    source  = "resourceNetworkInterfaceRead: FindNetworkInterfaceByID"
  }

  create {
    actions  = ["ec2:CreateNetworkInterface"]
    resource = "arn:${partition}:ec2:${region}:${account}:network-interface/${id}"
    source   = "resourceNetworkInterfaceCreate (WaitNetworkInterfaceCreated polls DescribeNetworkInterfaces)"
  }

  create {
    actions  = ["ec2:CreateNetworkInterface"]
    resource = "arn:${partition}:ec2:${region}:${account}:subnet/${subnet_id}"
    source   = "resourceNetworkInterfaceCreate (WaitNetworkInterfaceCreated polls DescribeNetworkInterfaces)"
    note     = "CreateNetworkInterface also needs the subnet (a second required resource type): the entry's own ARN in the block above, the subnet here"
  }

  create {
    if_set  = "attachment"
    actions = ["ec2:AttachNetworkInterface"]
    source  = "resourceNetworkInterfaceCreate: attachNetworkInterface"
  }

  create {
    if_set  = "private_ips_count"
    actions = ["ec2:AssignPrivateIpAddresses"]
    source  = "resourceNetworkInterfaceCreate: top up to private_ips_count when private_ips is also set"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceNetworkInterfaceCreate: TagSpecifications, or UpdateTags after create when prefixes are set"
  }

  create {
    unless_set = "source_dest_check"
    actions    = ["ec2:ModifyNetworkInterfaceAttribute"]
    source     = "resourceNetworkInterfaceCreate: source_dest_check = false"
  }

  update {
    attributes = ["attachment"]
    actions    = ["ec2:AttachNetworkInterface", "ec2:DetachNetworkInterface"]
    source     = "resourceNetworkInterfaceUpdate: DetachNetworkInterface, attachNetworkInterface"
  }

  update {
    attributes = ["description", "security_groups", "source_dest_check"]
    actions    = ["ec2:ModifyNetworkInterfaceAttribute"]
    source     = "resourceNetworkInterfaceUpdate (not read past ipv4_prefix_count; cross-checked with provider-model v6.60.0)"
  }

  update {
    attributes = [
      "ipv4_prefix_count",
      "ipv4_prefixes",
      "private_ip_list",
      "private_ips",
      "private_ips_count",
    ]
    actions    = ["ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses"]
    source     = "resourceNetworkInterfaceUpdate"
  }

  update {
    attributes = [
      "ipv6_address_count",
      "ipv6_address_list",
      "ipv6_addresses",
      "ipv6_prefix_count",
      "ipv6_prefixes",
    ]
    actions    = ["ec2:AssignIpv6Addresses", "ec2:UnassignIpv6Addresses"]
    source     = "resourceNetworkInterfaceUpdate (not read past ipv4_prefix_count; cross-checked with provider-model v6.60.0)"
  }

  update {
    attributes = ["ipv6_address_list_enabled", "private_ip_list_enabled"]
    actions    = []
    source     = "switches only; no API call of their own"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    actions = ["ec2:DeleteNetworkInterface"]
    source  = "resourceNetworkInterfaceDelete (provider-model v6.60.0)"
  }

  delete {
    if_set  = "attachment"
    actions = ["ec2:DetachNetworkInterface"]
    source  = "resourceNetworkInterfaceDelete: DetachNetworkInterface first (provider-model v6.60.0)"
  }
}

resource "aws_placement_group" {
  service           = "ec2"
  source            = "terraform-provider-aws stored version (index id 1769178127) internal/service/ec2/ec2_placement_group.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:placement-group/${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribePlacementGroups"]
    source  = "resourcePlacementGroupRead: findPlacementGroupByName (tags from the response)"
  }

  create {
    actions = ["ec2:CreatePlacementGroup"]
    source  = "resourcePlacementGroupCreate (waitPlacementGroupCreated polls DescribePlacementGroups)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ec2:CreateTags"]
    source  = "resourcePlacementGroupCreate: getTagSpecificationsIn"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "resourcePlacementGroupUpdate is tags only: transparent tagging UpdateTags on placement_group_id (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    actions = ["ec2:DeletePlacementGroup"]
    source  = "resourcePlacementGroupDelete (waitPlacementGroupDeleted polls DescribePlacementGroups)"
  }
}

resource "aws_route" {
  service           = "ec2"
  source            = "terraform-provider-aws 0128541e0711766f28540143a9d73738aced60aa internal/service/ec2/vpc_route.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "provider-model v6.60.0 has no entry for resourceRouteRead (routeFinder is a function value); read from source"

  read {
    actions = ["ec2:DescribeRouteTables"]
    source  = "resourceRouteRead: routeFinder (FindRouteByIPv4Destination / FindRouteByIPv6Destination / FindRouteByPrefixListIDDestination -> FindRouteTableByID)"
  }

  create {
    actions  = ["ec2:CreateRoute"]
    resource = "arn:${partition}:ec2:${region}:${account}:route-table/${route_table_id}"
    source   = "resourceRouteCreate (WaitRouteReady polls DescribeRouteTables)"
  }

  update {
    attributes = [
      "carrier_gateway_id",
      "core_network_arn",
      "egress_only_gateway_id",
      "gateway_id",
      "instance_id",
      "local_gateway_id",
      "nat_gateway_id",
      "network_interface_id",
      "transit_gateway_id",
      "vpc_endpoint_id",
      "vpc_peering_connection_id",
    ]
    actions    = ["ec2:ReplaceRoute"]
    resource   = "arn:${partition}:ec2:${region}:${account}:route-table/${route_table_id}"
    source     = "resourceRouteUpdate (WaitRouteReady)"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions  = ["ec2:DeleteRoute"]
    resource = "arn:${partition}:ec2:${region}:${account}:route-table/${route_table_id}"
    source   = "resourceRouteDelete (WaitRouteDeleted polls DescribeRouteTables)"
  }
}

resource "aws_route_table" {
  service           = "ec2"
  source            = "terraform-provider-aws 022092419b7cda11527df3c6b51cbfe1876c1722 internal/service/ec2/vpc_route_table.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:route-table/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeRouteTables"]
    source  = "resourceRouteTableRead: FindRouteTableByID"
  }

  read {
    if_set  = "route.network_interface_id"
    actions = ["ec2:DescribeNetworkInterfaces"]
    source  = "flattenRoutes: FindNetworkInterfaceByID to skip cross-account service ENIs (errors ignored)"
  }

  create {
    actions  = ["ec2:CreateRouteTable"]
    resource = "arn:${partition}:ec2:${region}:${account}:route-table/${id}"
    source   = "resourceRouteTableCreate (WaitRouteTableReady polls DescribeRouteTables)"
  }

  create {
    actions  = ["ec2:CreateRouteTable"]
    resource = "arn:${partition}:ec2:${region}:${account}:vpc/${vpc_id}"
    source   = "resourceRouteTableCreate (WaitRouteTableReady polls DescribeRouteTables)"
    note     = "CreateRouteTable also needs the VPC (a second required resource type): the entry's own ARN in the block above, the VPC here"
  }

  create {
    if_set  = "propagating_vgws"
    actions = ["ec2:EnableVgwRoutePropagation"]
    source  = "resourceRouteTableCreate: routeTableEnableVGWRoutePropagation"
  }

  create {
    if_set  = "route"
    actions = ["ec2:CreateRoute"]
    source  = "resourceRouteTableCreate: routeTableAddRoute (WaitRouteReady)"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceRouteTableCreate: TagSpecifications"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = ["propagating_vgws"]
    actions    = ["ec2:DisableVgwRoutePropagation", "ec2:EnableVgwRoutePropagation"]
    source     = "resourceRouteTableUpdate"
  }

  update {
    attributes = ["route"]
    actions    = ["ec2:CreateRoute", "ec2:DeleteRoute", "ec2:ReplaceRoute"]
    source     = "resourceRouteTableUpdate: routeTableAddRoute, routeTableUpdateRoute, routeTableDeleteRoute"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = ["ec2:DeleteRouteTable", "ec2:DisassociateRouteTable"]
    source  = "resourceRouteTableDelete: FindRouteTableByID, routeTableAssociationDelete for each association, DeleteRouteTable, WaitRouteTableDeleted"
  }
}

resource "aws_route_table_association" {
  service           = "ec2"
  source            = "terraform-provider-aws 0be71beb458ad8875e0acc5c91519c0ceeb214aa internal/service/ec2/vpc_route_table_association.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeRouteTables"]
    source  = "resourceRouteTableAssociationRead: FindRouteTableAssociationByID"
  }

  create {
    actions  = ["ec2:AssociateRouteTable"]
    resource = "arn:${partition}:ec2:${region}:${account}:route-table/${route_table_id}"
    source   = "resourceRouteTableAssociationCreate (WaitRouteTableAssociationCreated polls DescribeRouteTables)"
  }

  create {
    if_set   = "subnet_id"
    actions  = ["ec2:AssociateRouteTable"]
    resource = "arn:${partition}:ec2:${region}:${account}:subnet/${subnet_id}"
    source   = "resourceRouteTableAssociationCreate (WaitRouteTableAssociationCreated polls DescribeRouteTables)"
    note     = "the request names the subnet too (an optional resource type of AssociateRouteTable); a gateway_id (igw- or vgw-) is not scoped, its resource type depends on the id"
  }

  update {
    attributes = ["route_table_id"]
    actions    = ["ec2:AssociateRouteTable", "ec2:ReplaceRouteTableAssociation"]
    resource   = "arn:${partition}:ec2:${region}:${account}:route-table/${route_table_id}"
    source     = "resourceRouteTableAssociationUpdate: ReplaceRouteTableAssociation (falls back to create when the association is gone)"
  }

  update {
    if_set     = "subnet_id"
    attributes = ["route_table_id"]
    actions    = ["ec2:AssociateRouteTable"]
    resource   = "arn:${partition}:ec2:${region}:${account}:subnet/${subnet_id}"
    source     = "resourceRouteTableAssociationUpdate: ReplaceRouteTableAssociation (falls back to create when the association is gone)"
    note       = "the fallback AssociateRouteTable names the subnet too"
  }

  delete {
    actions = ["ec2:DisassociateRouteTable"]
    source  = "routeTableAssociationDelete (WaitRouteTableAssociationDeleted polls DescribeRouteTables)"
  }
}

resource "aws_security_group" {
  service           = "ec2"
  source            = "terraform-provider-aws 01606926a0c0ab9174aec440f976a48b0baee722 internal/service/ec2/vpc_security_group.go internal/service/ec2/vpc_network_interface.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:security-group/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeSecurityGroups"]
    source  = "resourceSecurityGroupRead: findSecurityGroupByID (tags from the response)"
  }

  create {
    actions = ["ec2:CreateSecurityGroup", "ec2:RevokeSecurityGroupEgress"]
    source  = "resourceSecurityGroupCreate: CreateSecurityGroup, waitSecurityGroupCreated, revoke default IPv4/IPv6 allow-all egress"
  }

  create {
    if_set  = "egress"
    actions = ["ec2:AuthorizeSecurityGroupEgress"]
    source  = "resourceSecurityGroupUpdate (called by create): updateSecurityGroupRules(egress)"
  }

  create {
    if_set  = "ingress"
    actions = ["ec2:AuthorizeSecurityGroupIngress"]
    source  = "resourceSecurityGroupUpdate (called by create): updateSecurityGroupRules(ingress)"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceSecurityGroupCreate: getTagSpecificationsIn"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = ["egress"]
    actions    = ["ec2:AuthorizeSecurityGroupEgress", "ec2:RevokeSecurityGroupEgress"]
    source     = "updateSecurityGroupRules(egress)"
  }

  update {
    attributes = ["ingress"]
    actions    = ["ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress"]
    source     = "updateSecurityGroupRules(ingress)"
  }

  update {
    attributes = ["revoke_rules_on_delete", "timeouts"]
    actions    = []
    source     = "read only by resourceSecurityGroupDelete"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    actions = [
      "ec2:DeleteNetworkInterface",
      "ec2:DeleteSecurityGroup",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DetachNetworkInterface",
    ]
    source  = "resourceSecurityGroupDelete: deleteLingeringENIs(group-id), DeleteSecurityGroup, RetryUntilNotFound (DescribeSecurityGroups)"
    note    = "deleteLingeringENIs always lists ENIs (DescribeNetworkInterfaces); Detach/DeleteNetworkInterface only when Lambda/Comprehend/DMS ENIs still use it"
  }

  delete {
    if_set  = "revoke_rules_on_delete"
    actions = [
      "ec2:DescribeSecurityGroupRules",
      "ec2:DescribeSecurityGroups",
      "ec2:RevokeSecurityGroupEgress",
      "ec2:RevokeSecurityGroupIngress",
    ]
    source  = "forceRevokeSecurityGroupRules: relatedSGs, rulesInSGsTouchingThis"
    note    = "the Describe calls find the rules (in this and related groups) to revoke"
  }
}

resource "aws_security_group_rule" {
  service           = "ec2"
  source            = "terraform-provider-aws 0d90774d0fdd40607cbf3b07cbab20b95c481163 internal/service/ec2/vpc_security_group_rule.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "the rule's own id (sgrule-<hash>) is not an AWS id; permissions apply to the security group"

  read {
    actions = ["ec2:DescribeSecurityGroups"]
    source  = "resourceSecurityGroupRuleRead: FindSecurityGroupByID + findRuleMatch"
    note    = "provider-model v6.60.0 also lists DescribeSecurityGroupRules (later versions read the rule by security_group_rule_id)"
  }

  create {
    if_equals = ["type", "egress"]
    actions   = ["ec2:AuthorizeSecurityGroupEgress"]
    resource  = "arn:${partition}:ec2:${region}:${account}:security-group/${security_group_id}"
    source    = "resourceSecurityGroupRuleCreate: AuthorizeSecurityGroupEgress for type = egress (ForceNew), then polls DescribeSecurityGroups"
  }

  create {
    if_equals = ["type", "ingress"]
    actions   = ["ec2:AuthorizeSecurityGroupIngress"]
    resource  = "arn:${partition}:ec2:${region}:${account}:security-group/${security_group_id}"
    source    = "resourceSecurityGroupRuleCreate: AuthorizeSecurityGroupIngress for type = ingress (ForceNew), then polls DescribeSecurityGroups"
  }

  update {
    if_equals  = ["type", "egress"]
    attributes = ["description"]
    actions    = ["ec2:UpdateSecurityGroupRuleDescriptionsEgress"]
    resource   = "arn:${partition}:ec2:${region}:${account}:security-group/${security_group_id}"
    source     = "resourceSecurityGroupRuleUpdate"
  }

  update {
    if_equals  = ["type", "ingress"]
    attributes = ["description"]
    actions    = ["ec2:UpdateSecurityGroupRuleDescriptionsIngress"]
    resource   = "arn:${partition}:ec2:${region}:${account}:security-group/${security_group_id}"
    source     = "resourceSecurityGroupRuleUpdate"
  }

  delete {
    if_equals = ["type", "egress"]
    actions   = ["ec2:RevokeSecurityGroupEgress"]
    resource  = "arn:${partition}:ec2:${region}:${account}:security-group/${security_group_id}"
    source    = "resourceSecurityGroupRuleDelete (FindSecurityGroupByID first)"
  }

  delete {
    if_equals = ["type", "ingress"]
    actions   = ["ec2:RevokeSecurityGroupIngress"]
    resource  = "arn:${partition}:ec2:${region}:${account}:security-group/${security_group_id}"
    source    = "resourceSecurityGroupRuleDelete (FindSecurityGroupByID first)"
  }
}

resource "aws_subnet" {
  service           = "ec2"
  source            = "terraform-provider-aws 00cda125a19d31754cb0d073cf551264c57955cb internal/service/ec2/vpc_subnet.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:subnet/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeSubnets"]
    source  = "resourceSubnetRead: findSubnetByID"
  }

  create {
    actions  = ["ec2:CreateSubnet"]
    resource = "arn:${partition}:ec2:${region}:${account}:subnet/${id}"
    source   = "resourceSubnetCreate: CreateSubnet, waitSubnetAvailable (DescribeSubnets)"
  }

  create {
    actions  = ["ec2:CreateSubnet"]
    resource = "arn:${partition}:ec2:${region}:${account}:vpc/${vpc_id}"
    source   = "resourceSubnetCreate: CreateSubnet, waitSubnetAvailable (DescribeSubnets)"
    note     = "CreateSubnet also needs the VPC (a second required resource type): the entry's own ARN in the block above, the VPC here"
  }

  create {
    if_set  = "assign_ipv6_address_on_creation"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "customer_owned_ipv4_pool"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "enable_dns64"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "enable_lni_at_device_index"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "enable_resource_name_dns_a_record_on_launch"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "enable_resource_name_dns_aaaa_record_on_launch"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "map_customer_owned_ip_on_launch"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "map_public_ip_on_launch"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "private_dns_hostname_type_on_launch"
    actions = ["ec2:ModifySubnetAttribute"]
    source  = "resourceSubnetCreate: modifySubnetAttributesOnCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceSubnetCreate: getTagSpecificationsIn"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = [
      "assign_ipv6_address_on_creation",
      "customer_owned_ipv4_pool",
      "enable_dns64",
      "enable_lni_at_device_index",
      "enable_resource_name_dns_a_record_on_launch",
      "enable_resource_name_dns_aaaa_record_on_launch",
      "map_customer_owned_ip_on_launch",
      "map_public_ip_on_launch",
      "private_dns_hostname_type_on_launch",
    ]
    actions    = ["ec2:ModifySubnetAttribute"]
    source     = "resourceSubnetUpdate: modifySubnet* helpers"
  }

  update {
    attributes = ["ipv6_cidr_block"]
    actions    = ["ec2:AssociateSubnetCidrBlock", "ec2:DisassociateSubnetCidrBlock"]
    source     = "resourceSubnetUpdate: modifySubnetIPv6CIDRBlockAssociation (waits poll DescribeSubnets)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = [
      "ec2:DeleteNetworkInterface",
      "ec2:DeleteSubnet",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DetachNetworkInterface",
    ]
    source  = "resourceSubnetDelete: deleteLingeringENIs(subnet-id), DeleteSubnet"
    note    = "deleteLingeringENIs always lists ENIs (DescribeNetworkInterfaces); Detach/DeleteNetworkInterface only when Lambda/Comprehend/DMS ENIs still use it; on DependencyViolation it also tries DescribeVpcEndpoints/ModifyVpcEndpoint for GuardDuty endpoints, deliberately optional (warning only when denied)"
  }
}

resource "aws_volume_attachment" {
  service           = "ec2"
  source            = "terraform-provider-aws 0620f2a6a126dfcbc4aecbc9a117b0fbea1656ff internal/service/ec2/ebs_volume_attachment.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeVolumes"]
    source  = "resourceVolumeAttachmentRead: findVolumeAttachment"
  }

  create {
    actions = ["ec2:DescribeInstances"]
    source  = "resourceVolumeAttachmentCreate: waitVolumeAttachmentInstanceReady (DescribeInstances), AttachVolume, waitVolumeAttachmentCreated"
  }

  create {
    actions  = ["ec2:AttachVolume"]
    resource = "arn:${partition}:ec2:${region}:${account}:instance/${instance_id}"
    source   = "resourceVolumeAttachmentCreate: waitVolumeAttachmentInstanceReady (DescribeInstances), AttachVolume, waitVolumeAttachmentCreated"
    note     = "AttachVolume needs both the instance and the volume (two required resource types): one block each"
  }

  create {
    actions  = ["ec2:AttachVolume"]
    resource = "arn:${partition}:ec2:${region}:${account}:volume/${volume_id}"
    source   = "resourceVolumeAttachmentCreate: waitVolumeAttachmentInstanceReady (DescribeInstances), AttachVolume, waitVolumeAttachmentCreated"
    note     = "AttachVolume needs both the instance and the volume (two required resource types): one block each"
  }

  update {
    attributes = ["force_detach", "skip_destroy", "stop_instance_before_detaching"]
    actions    = []
    source     = "no update handler (schema.NoopContext); read at delete time"
  }

  delete {
    if_set  = "stop_instance_before_detaching"
    actions = ["ec2:DescribeInstances"]
    source  = "stopVolumeAttachmentInstance"
    note    = "DescribeInstances polls until the instance is stopped (waitVolumeAttachmentInstanceStopped)"
  }

  delete {
    if_set   = "stop_instance_before_detaching"
    actions  = ["ec2:StopInstances"]
    resource = "arn:${partition}:ec2:${region}:${account}:instance/${instance_id}"
    source   = "stopVolumeAttachmentInstance"
  }

  delete {
    unless_set = "skip_destroy"
    actions    = ["ec2:DetachVolume"]
    resource   = "arn:${partition}:ec2:${region}:${account}:instance/${instance_id}"
    source     = "resourceVolumeAttachmentDelete (waitVolumeAttachmentDeleted polls DescribeVolumes); nothing is called when skip_destroy"
    note       = "DetachVolume names the instance too (an optional resource type): one block for it, one for the volume"
  }

  delete {
    unless_set = "skip_destroy"
    actions    = ["ec2:DetachVolume"]
    resource   = "arn:${partition}:ec2:${region}:${account}:volume/${volume_id}"
    source     = "resourceVolumeAttachmentDelete (waitVolumeAttachmentDeleted polls DescribeVolumes); nothing is called when skip_destroy"
    note       = "DetachVolume names the instance too (an optional resource type): one block for it, one for the volume"
  }
}

resource "aws_vpc" {
  service           = "ec2"
  source            = "terraform-provider-aws 00081ce41cc691433ac19bf42227cdabffd0454d internal/service/ec2/vpc_.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:vpc/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = [
      "ec2:DescribeNetworkAcls",
      "ec2:DescribeRouteTables",
      "ec2:DescribeSecurityGroups",
      "ec2:DescribeVpcAttribute",
      "ec2:DescribeVpcs",
    ]
    source  = "resourceVPCRead: findVPCByIDV2, findVPCAttributeV2 x3, findVPCDefaultNetworkACLV2, findVPCMainRouteTable, findVPCDefaultSecurityGroupV2"
  }

  create {
    actions = ["ec2:CreateVpc"]
    source  = "resourceVPCCreate: CreateVpc, waitVPCCreatedV2 (DescribeVpcs)"
  }

  create {
    if_set  = "enable_dns_hostnames"
    actions = ["ec2:ModifyVpcAttribute"]
    source  = "modifyVPCAttributesOnCreate (default false)"
  }

  create {
    if_set  = "enable_network_address_usage_metrics"
    actions = ["ec2:ModifyVpcAttribute"]
    source  = "modifyVPCAttributesOnCreate (default false)"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceVPCCreate: getTagSpecificationsInV2"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  create {
    unless_set = "enable_dns_support"
    actions    = ["ec2:ModifyVpcAttribute"]
    source     = "modifyVPCAttributesOnCreate (default true)"
  }

  update {
    attributes = [
      "assign_generated_ipv6_cidr_block",
      "ipv6_cidr_block",
      "ipv6_cidr_block_network_border_group",
      "ipv6_ipam_pool_id",
    ]
    actions    = ["ec2:AssociateVpcCidrBlock", "ec2:DisassociateVpcCidrBlock"]
    source     = "resourceVPCUpdate: modifyVPCIPv6CIDRBlockAssociation"
  }

  update {
    attributes = [
      "enable_dns_hostnames",
      "enable_dns_support",
      "enable_network_address_usage_metrics",
    ]
    actions    = ["ec2:ModifyVpcAttribute"]
    source     = "resourceVPCUpdate: modifyVPCDNSHostnames/modifyVPCDNSSupport/modifyVPCNetworkAddressUsageMetrics (waitVPCAttributeUpdatedV2 polls DescribeVpcAttribute)"
  }

  update {
    attributes = ["instance_tenancy"]
    actions    = ["ec2:ModifyVpcTenancy"]
    source     = "resourceVPCUpdate: modifyVPCTenancy (dedicated -> default only; other changes are ForceNew)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    actions = ["ec2:DeleteVpc"]
    source  = "resourceVPCDelete: DeleteVpc, RetryUntilNotFound (DescribeVpcs)"
  }

  delete {
    if_set   = "ipv4_ipam_pool_id"
    actions  = ["ec2:GetIpamPoolAllocations"]
    resource = "arn:${partition}:ec2::${account}:ipam-pool/${ipv4_ipam_pool_id}"
    source   = "resourceVPCDelete: findIPAMPoolAllocationsForVPC"
    note     = "waits until the IPAM pool allocation of the deleted VPC disappears"
  }

  delete {
    if_set   = "ipv6_ipam_pool_id"
    actions  = ["ec2:GetIpamPoolAllocations"]
    resource = "arn:${partition}:ec2::${account}:ipam-pool/${ipv6_ipam_pool_id}"
    source   = "resourceVPCDelete: findIPAMPoolAllocationsForVPC"
    note     = "waits until the IPAM pool allocation of the deleted VPC disappears"
  }
}

resource "aws_vpc_dhcp_options" {
  service           = "ec2"
  source            = "terraform-provider-aws stored version (index id 1797606381) internal/service/ec2/vpc_dhcp_options.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:dhcp-options/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeDhcpOptions"]
    source  = "resourceVPCDHCPOptionsRead: findDHCPOptionsByID (tags from the response)"
  }

  create {
    actions = ["ec2:CreateDhcpOptions"]
    source  = "resourceVPCDHCPOptionsCreate"
  }

  create {
    if_set  = "tags_all"
    actions = ["ec2:CreateTags"]
    source  = "resourceVPCDHCPOptionsCreate: getTagSpecificationsIn"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "resourceVPCDHCPOptionsUpdate is tags only: transparent tagging UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    actions = ["ec2:AssociateDhcpOptions", "ec2:DescribeVpcs"]
    source  = "resourceVPCDHCPOptionsDelete: findVPCs(dhcp-options-id), AssociateDhcpOptions(default) for each VPC still using the set"
    note    = "AssociateDhcpOptions only when a VPC still uses the set (an aws_vpc_dhcp_options_association destroyed first has already reset it)"
  }

  delete {
    actions  = ["ec2:DeleteDhcpOptions"]
    resource = "arn:${partition}:ec2:${region}:${account}:dhcp-options/${id}"
    source   = "resourceVPCDHCPOptionsDelete: DeleteDhcpOptions (retried on DependencyViolation)"
    note     = "scoped from the id and the caller's account, not the arn attribute: the provider builds that from the set's OwnerId, which moto leaves empty (capture: DeleteDhcpOptions on arn:aws:ec2:eu-west-1:123456789012:dhcp-options/dopt-b5cf946380555b09b, arn attribute arn:aws:ec2:eu-west-1::dhcp-options/dopt-b5cf946380555b09b); on AWS both are the same ARN"
  }
}

resource "aws_vpc_dhcp_options_association" {
  service           = "ec2"
  source            = "terraform-provider-aws stored version (index id 2255542940) internal/service/ec2/vpc_dhcp_options_association.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeVpcs"]
    source  = "resourceVPCDHCPOptionsAssociationRead: findVPCDHCPOptionsAssociation -> findVPCByID"
  }

  create {
    actions  = ["ec2:AssociateDhcpOptions"]
    resource = "arn:${partition}:ec2:${region}:${account}:dhcp-options/${dhcp_options_id}"
    source   = "resourceVPCDHCPOptionsAssociationPut"
  }

  create {
    actions  = ["ec2:AssociateDhcpOptions"]
    resource = "arn:${partition}:ec2:${region}:${account}:vpc/${vpc_id}"
    source   = "resourceVPCDHCPOptionsAssociationPut"
    note     = "AssociateDhcpOptions needs both the options set and the VPC (two required resource types)"
  }

  update {
    attributes = ["dhcp_options_id"]
    actions    = ["ec2:AssociateDhcpOptions"]
    resource   = "arn:${partition}:ec2:${region}:${account}:dhcp-options/${dhcp_options_id}"
    source     = "resourceVPCDHCPOptionsAssociationPut (Update = Create)"
  }

  update {
    attributes = ["dhcp_options_id"]
    actions    = ["ec2:AssociateDhcpOptions"]
    resource   = "arn:${partition}:ec2:${region}:${account}:vpc/${vpc_id}"
    source     = "resourceVPCDHCPOptionsAssociationPut (Update = Create)"
  }

  delete {
    unless_equals = ["dhcp_options_id", "default"]
    actions       = ["ec2:AssociateDhcpOptions"]
    source        = "resourceVPCDHCPOptionsAssociationDelete: AssociateDhcpOptions(default) unless the association is to the default set"
    note          = "the request names the \"default\" options set, not the association's, so it is not scoped to dhcp_options_id"
  }
}

resource "aws_vpc_endpoint" {
  service           = "ec2"
  source            = "terraform-provider-aws stored version (index id 2187438292; path commit 008db85aad5e56627b1eecab8830464a282552ed) internal/service/ec2/vpc_endpoint.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:vpc-endpoint/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribePrefixLists", "ec2:DescribeVpcEndpoints"]
    source  = "resourceVPCEndpointRead: findVPCEndpointByID, findPrefixListByName"
  }

  read {
    if_set  = "subnet_ids"
    actions = ["ec2:DescribeNetworkInterfaces"]
    source  = "findSubnetConfigurationsByNetworkInterfaceIDs (interface endpoints' ENIs)"
  }

  create {
    actions  = ["ec2:CreateVpcEndpoint"]
    resource = "arn:${partition}:ec2:${region}:${account}:vpc-endpoint/${id}"
    source   = "resourceVPCEndpointCreate (waitVPCEndpointAvailable polls DescribeVpcEndpoints)"
  }

  create {
    actions  = ["ec2:CreateVpcEndpoint"]
    resource = "arn:${partition}:ec2:${region}:${account}:vpc/${vpc_id}"
    source   = "resourceVPCEndpointCreate (waitVPCEndpointAvailable polls DescribeVpcEndpoints)"
    note     = "CreateVpcEndpoint also needs the VPC (a second required resource type): the entry's own ARN in the block above, the VPC here; the optional subnets, security groups and route tables are sets and are not named"
  }

  create {
    if_set  = "auto_accept"
    actions = ["ec2:AcceptVpcEndpointConnections", "ec2:DescribeVpcEndpointServiceConfigurations"]
    source  = "vpcEndpointAccept when the endpoint is pendingAcceptance"
  }

  create {
    if_set  = "service_region"
    actions = ["vpce:AllowMultiRegion"]
    source  = "AWS docs: AWS PrivateLink cross-Region connectivity (permission-only vpce:AllowMultiRegion)"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceVPCEndpointCreate: getTagSpecificationsIn (createTags after create where tag-on-create is unsupported)"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  create {
    if_equals = ["private_dns_enabled", "true"]
    actions   = ["route53:AssociateVPCWithHostedZone"]
    source    = "AWS docs: Service Authorization Reference, ec2:CreateVpcEndpoint dependent action route53:AssociateVPCWithHostedZone; iamlive sdk_method_iam_mappings CreateVpcEndpoint"
    note      = "an interface endpoint with private DNS associates the VPC with the service's private hosted zone"
  }

  update {
    attributes = ["auto_accept"]
    actions    = [
      "ec2:AcceptVpcEndpointConnections",
      "ec2:DescribeVpcEndpointServiceConfigurations",
    ]
    source     = "resourceVPCEndpointUpdate: vpcEndpointAccept"
  }

  update {
    attributes = [
      "dns_options",
      "ip_address_type",
      "policy",
      "private_dns_enabled",
      "route_table_ids",
      "security_group_ids",
      "subnet_configuration",
      "subnet_ids",
    ]
    actions    = ["ec2:ModifyVpcEndpoint"]
    source     = "resourceVPCEndpointUpdate (waitVPCEndpointAvailable)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = ["ec2:DeleteVpcEndpoints"]
    source  = "resourceVPCEndpointDelete (waitVPCEndpointDeleted polls DescribeVpcEndpoints)"
  }
}

resource "aws_vpc_ipv4_cidr_block_association" {
  service           = "ec2"
  source            = "terraform-provider-aws stored version (index id 2284884199) internal/service/ec2/vpc_ipv4_cidr_block_association.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "no Update handler: every argument is ForceNew"

  read {
    actions = ["ec2:DescribeVpcs"]
    source  = "resourceVPCIPv4CIDRBlockAssociationRead: findVPCCIDRBlockAssociationByID"
  }

  create {
    actions  = ["ec2:AssociateVpcCidrBlock"]
    resource = "arn:${partition}:ec2:${region}:${account}:vpc/${vpc_id}"
    source   = "resourceVPCIPv4CIDRBlockAssociationCreate (waitVPCCIDRBlockAssociationCreated polls DescribeVpcs)"
  }

  create {
    if_set   = "ipv4_ipam_pool_id"
    actions  = ["ec2:AssociateVpcCidrBlock"]
    resource = "arn:${partition}:ec2::${account}:ipam-pool/${ipv4_ipam_pool_id}"
    source   = "resourceVPCIPv4CIDRBlockAssociationCreate: Ipv4IpamPoolId"
    note     = "the request names the IPAM pool too (ipam-pool, an optional resource type of AssociateVpcCidrBlock)"
  }

  delete {
    actions  = ["ec2:DisassociateVpcCidrBlock"]
    resource = "arn:${partition}:ec2:${region}:${account}:vpc/${vpc_id}"
    source   = "resourceVPCIPv4CIDRBlockAssociationDelete (waitVPCCIDRBlockAssociationDeleted polls DescribeVpcs)"
  }
}

resource "aws_vpc_peering_connection" {
  service           = "ec2"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/ec2/vpc_peering_connection.go; pike-mapping resource/ec2/aws_vpc_peering_connection.json"
  arn               = "arn:${partition}:ec2:${region}:${account}:vpc-peering-connection/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeVpcPeeringConnections"]
    source  = "resourceVPCPeeringConnectionRead (findVPCPeeringConnectionByID -> DescribeVpcPeeringConnections; tags from the output)"
  }

  create {
    actions = ["ec2:CreateVpcPeeringConnection"]
    source  = "resourceVPCPeeringConnectionCreate (CreateVpcPeeringConnection; waitVPCPeeringConnectionActive polls DescribeVpcPeeringConnections)"
  }

  create {
    if_set  = "accepter"
    actions = ["ec2:ModifyVpcPeeringConnectionOptions"]
    source  = "resourceVPCPeeringConnectionCreate -> modifyVPCPeeringConnectionOptions (AccepterPeeringConnectionOptions)"
  }

  create {
    if_set  = "auto_accept"
    actions = ["ec2:AcceptVpcPeeringConnection"]
    source  = "resourceVPCPeeringConnectionCreate -> acceptVPCPeeringConnection (when auto_accept)"
  }

  create {
    if_set  = "requester"
    actions = ["ec2:ModifyVpcPeeringConnectionOptions"]
    source  = "resourceVPCPeeringConnectionCreate -> modifyVPCPeeringConnectionOptions (RequesterPeeringConnectionOptions)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ec2:CreateTags"]
    source  = "resourceVPCPeeringConnectionCreate: TagSpecifications"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  update {
    attributes = ["accepter", "requester"]
    actions    = ["ec2:ModifyVpcPeeringConnectionOptions"]
    source     = "resourceVPCPeeringConnectionUpdate -> modifyVPCPeeringConnectionOptions"
  }

  update {
    attributes = ["auto_accept"]
    actions    = ["ec2:AcceptVpcPeeringConnection"]
    source     = "resourceVPCPeeringConnectionUpdate (acceptVPCPeeringConnection when auto_accept becomes true and the connection is pending-acceptance)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = ["ec2:DeleteVpcPeeringConnection"]
    source  = "resourceVPCPeeringConnectionDelete (DeleteVpcPeeringConnection; waitVPCPeeringConnectionDeleted polls DescribeVpcPeeringConnections)"
  }
}

resource "aws_vpc_security_group_egress_rule" {
  service           = "ec2"
  source            = "terraform-provider-aws 00a322094b4b9ade8a81b244345dbcf4b52ee8d6 internal/service/ec2/vpc_security_group_ingress_rule.go (egress twin: internal/service/ec2/vpc_security_group_egress_rule.go, same handlers with Egress calls)"
  arn               = "arn:${partition}:ec2:${region}:${account}:security-group-rule/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeSecurityGroupRules"]
    source  = "Read: FindSecurityGroupEgressRuleByID"
  }

  create {
    actions  = ["ec2:AuthorizeSecurityGroupEgress"]
    resource = "arn:${partition}:ec2:${region}:${account}:security-group-rule/${id}"
    source   = "Create: AuthorizeSecurityGroupEgress"
  }

  create {
    actions  = ["ec2:AuthorizeSecurityGroupEgress"]
    resource = "arn:${partition}:ec2:${region}:${account}:security-group/${security_group_id}"
    source   = "Create: AuthorizeSecurityGroupEgress"
    note     = "AuthorizeSecurityGroupEgress also needs the security group (required resource type): the rule's own ARN in the block above, the group here"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "Create: UpdateTags after authorize (later versions: TagSpecifications)"
  }

  update {
    attributes = [
      "cidr_ipv4",
      "cidr_ipv6",
      "description",
      "from_port",
      "ip_protocol",
      "prefix_list_id",
      "referenced_security_group_id",
      "to_port",
    ]
    actions    = ["ec2:ModifySecurityGroupRules"]
    resource   = "arn:${partition}:ec2:${region}:${account}:security-group-rule/${id}"
    source     = "Update: ModifySecurityGroupRules"
  }

  update {
    attributes = [
      "cidr_ipv4",
      "cidr_ipv6",
      "description",
      "from_port",
      "ip_protocol",
      "prefix_list_id",
      "referenced_security_group_id",
      "to_port",
    ]
    actions    = ["ec2:ModifySecurityGroupRules"]
    resource   = "arn:${partition}:ec2:${region}:${account}:security-group/${security_group_id}"
    source     = "Update: ModifySecurityGroupRules"
    note       = "ModifySecurityGroupRules also needs the security group (required resource type): the rule's own ARN in the block above, the group here"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    actions  = ["ec2:RevokeSecurityGroupEgress"]
    resource = "arn:${partition}:ec2:${region}:${account}:security-group/${security_group_id}"
    source   = "Delete: RevokeSecurityGroupEgress by SecurityGroupRuleIds"
  }
}

resource "aws_vpc_security_group_ingress_rule" {
  service           = "ec2"
  source            = "terraform-provider-aws 00a322094b4b9ade8a81b244345dbcf4b52ee8d6 internal/service/ec2/vpc_security_group_ingress_rule.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:security-group-rule/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeSecurityGroupRules"]
    source  = "Read: FindSecurityGroupIngressRuleByID"
  }

  create {
    actions  = ["ec2:AuthorizeSecurityGroupIngress"]
    resource = "arn:${partition}:ec2:${region}:${account}:security-group-rule/${id}"
    source   = "Create: AuthorizeSecurityGroupIngress"
  }

  create {
    actions  = ["ec2:AuthorizeSecurityGroupIngress"]
    resource = "arn:${partition}:ec2:${region}:${account}:security-group/${security_group_id}"
    source   = "Create: AuthorizeSecurityGroupIngress"
    note     = "AuthorizeSecurityGroupIngress also needs the security group (required resource type): the rule's own ARN in the block above, the group here"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "Create: UpdateTags after authorize (later versions: TagSpecifications)"
  }

  update {
    attributes = [
      "cidr_ipv4",
      "cidr_ipv6",
      "description",
      "from_port",
      "ip_protocol",
      "prefix_list_id",
      "referenced_security_group_id",
      "to_port",
    ]
    actions    = ["ec2:ModifySecurityGroupRules"]
    resource   = "arn:${partition}:ec2:${region}:${account}:security-group-rule/${id}"
    source     = "Update: ModifySecurityGroupRules"
  }

  update {
    attributes = [
      "cidr_ipv4",
      "cidr_ipv6",
      "description",
      "from_port",
      "ip_protocol",
      "prefix_list_id",
      "referenced_security_group_id",
      "to_port",
    ]
    actions    = ["ec2:ModifySecurityGroupRules"]
    resource   = "arn:${partition}:ec2:${region}:${account}:security-group/${security_group_id}"
    source     = "Update: ModifySecurityGroupRules"
    note       = "ModifySecurityGroupRules also needs the security group (required resource type): the rule's own ARN in the block above, the group here"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "transparent tagging: UpdateTags (tags_gen.go) -> CreateTags/DeleteTags"
  }

  delete {
    actions  = ["ec2:RevokeSecurityGroupIngress"]
    resource = "arn:${partition}:ec2:${region}:${account}:security-group/${security_group_id}"
    source   = "Delete: RevokeSecurityGroupIngress by SecurityGroupRuleIds"
  }
}

resource "aws_vpn_gateway" {
  service           = "ec2"
  source            = "terraform-provider-aws 03412d530417901a6e5360333350b8d3c802cece internal/service/ec2/vpnsite_gateway.go"
  arn               = "arn:${partition}:ec2:${region}:${account}:vpn-gateway/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ec2:DescribeVpnGateways"]
    source  = "resourceVPNGatewayRead: FindVPNGatewayByID"
  }

  create {
    actions = ["ec2:CreateVpnGateway"]
    source  = "resourceVPNGatewayCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ec2:CreateTags"]
    source  = "resourceVPNGatewayCreate: TagSpecifications"
    note    = "TagSpecifications on the create call need ec2:CreateTags (AWS docs: Grant permission to tag resources during creation)"
  }

  create {
    if_set   = "vpc_id"
    actions  = ["ec2:AttachVpnGateway"]
    resource = "arn:${partition}:ec2:${region}:${account}:vpn-gateway/${id}"
    source   = "attachVPNGatewayToVPC (WaitVPNGatewayVPCAttachmentAttached polls DescribeVpnGateways)"
  }

  create {
    if_set   = "vpc_id"
    actions  = ["ec2:AttachVpnGateway"]
    resource = "arn:${partition}:ec2:${region}:${account}:vpc/${vpc_id}"
    source   = "attachVPNGatewayToVPC (WaitVPNGatewayVPCAttachmentAttached polls DescribeVpnGateways)"
    note     = "AttachVpnGateway also needs the VPC (a second required resource type): the entry's own ARN in the block above, the VPC here"
  }

  update {
    attributes = ["tags"]
    actions    = ["ec2:CreateTags", "ec2:DeleteTags"]
    source     = "resourceVPNGatewayUpdate: UpdateTags"
  }

  update {
    attributes = ["vpc_id"]
    actions    = ["ec2:AttachVpnGateway", "ec2:DetachVpnGateway"]
    source     = "resourceVPNGatewayUpdate: detachVPNGatewayFromVPC, attachVPNGatewayToVPC"
  }

  delete {
    actions = ["ec2:DeleteVpnGateway"]
    source  = "resourceVPNGatewayDelete"
  }

  delete {
    if_set  = "vpc_id"
    actions = ["ec2:DetachVpnGateway"]
    source  = "resourceVPNGatewayDelete: detachVPNGatewayFromVPC"
  }
}

data "aws_ami" {
  service           = "ec2"
  source            = "terraform-provider-aws stored version (index id 1597802603) internal/service/ec2/ec2_ami_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeImages"]
    source  = "dataSourceAMIRead: findImages"
  }
}

data "aws_availability_zones" {
  service           = "ec2"
  source            = "terraform-provider-aws 0a55e18ad4aba59fe70eddc96bee22fe8d133b0c internal/service/ec2/ec2_availability_zones_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeAvailabilityZones"]
    source  = "dataSourceAvailabilityZonesRead"
  }
}

data "aws_partition" {
  service           = "ec2"
  source            = "terraform-provider-aws internal/service/meta/partition_data_source.go (not read)"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "partition, DNS suffix and reverse DNS prefix come from the provider's configured region; no AWS call"
  }
}

data "aws_region" {
  service           = "ec2"
  source            = "terraform-provider-aws 01cedf23893cd1fb9314a75ebe037d030a42b6f0 internal/service/meta/region_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "Read: FindRegionByName/FindRegionByEndpoint over the SDK's built-in endpoints partitions; no AWS call"
  }
}

data "aws_security_group" {
  service           = "ec2"
  source            = "terraform-provider-aws 01f431114674c27cf790fafb67ac274bf8f765e1 internal/service/ec2/vpc_security_group_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeSecurityGroups"]
    source  = "dataSourceSecurityGroupRead: findSecurityGroup"
  }
}

data "aws_subnet" {
  service           = "ec2"
  source            = "terraform-provider-aws internal/service/ec2/vpc_subnet_data_source.go (not read: pike-mapping data/ec2/aws_subnet.json)"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeSubnets"]
    source  = "dataSourceSubnetRead (findSubnet), per pike-mapping"
  }
}

data "aws_subnet_ids" {
  service           = "ec2"
  source            = "terraform-provider-aws v4.x internal/service/ec2/vpc_subnet_ids_data_source.go (removed in v5; not read: pike-mapping data/ec2/aws_subnet_ids.json)"
  provider_versions = "4.x"

  read {
    actions = ["ec2:DescribeSubnets"]
    source  = "dataSourceSubnetIDsRead (DescribeSubnets with filters), per pike-mapping"
  }
}

data "aws_subnets" {
  service           = "ec2"
  source            = "terraform-provider-aws 0a7150e2d6c2fb6394897ba6d5b4cfb28e61a40d internal/service/ec2/vpc_subnets_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeSubnets"]
    source  = "dataSourceSubnetsRead: findSubnets"
  }
}

data "aws_vpc" {
  service           = "ec2"
  source            = "terraform-provider-aws 01606926a0c0ab9174aec440f976a48b0baee722 internal/service/ec2/vpc_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeRouteTables", "ec2:DescribeVpcAttribute", "ec2:DescribeVpcs"]
    source  = "dataSourceVPCRead: findVPC, findVPCAttribute x3, findVPCMainRouteTable (error only logged)"
  }
}
