# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_networkmanager_attachment_accepter" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceAttachmentAccepterCreate, networkmanager.resourceAttachmentAccepterRead, networkmanager.resourceAttachmentAccepterDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: networkmanager:GetDirectConnectGatewayAttachment"

  read {
    actions = [
      "networkmanager:GetConnectAttachment",
      "networkmanager:GetDirectConnectGatewayAttachment",
      "networkmanager:GetSiteToSiteVpnAttachment",
      "networkmanager:GetTransitGatewayRouteTableAttachment",
      "networkmanager:GetVpcAttachment",
    ]
    source  = "networkmanager.resourceAttachmentAccepterRead"
  }

  create {
    actions = [
      "networkmanager:AcceptAttachment",
      "networkmanager:GetConnectAttachment",
      "networkmanager:GetDirectConnectGatewayAttachment",
      "networkmanager:GetSiteToSiteVpnAttachment",
      "networkmanager:GetTransitGatewayRouteTableAttachment",
      "networkmanager:GetVpcAttachment",
    ]
    source  = "networkmanager.resourceAttachmentAccepterCreate"
  }

  delete {
    actions = ["networkmanager:DeleteAttachment", "networkmanager:GetVpcAttachment"]
    source  = "networkmanager.resourceAttachmentAccepterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_attachment_routing_policy_label" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.(*attachmentRoutingPolicyLabelResource).Create, networkmanager.(*attachmentRoutingPolicyLabelResource).Read, networkmanager.(*attachmentRoutingPolicyLabelResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: networkmanager:ListAttachmentRoutingPolicyAssociations, networkmanager:PutAttachmentRoutingPolicyLabel, networkmanager:RemoveAttachmentRoutingPolicyLabel"

  read {
    actions = ["networkmanager:ListAttachmentRoutingPolicyAssociations"]
    source  = "networkmanager.(*attachmentRoutingPolicyLabelResource).Read"
  }

  create {
    actions = ["networkmanager:ListAttachments", "networkmanager:PutAttachmentRoutingPolicyLabel"]
    source  = "networkmanager.(*attachmentRoutingPolicyLabelResource).Create"
  }

  delete {
    actions = [
      "networkmanager:ListAttachments",
      "networkmanager:RemoveAttachmentRoutingPolicyLabel",
    ]
    source  = "networkmanager.(*attachmentRoutingPolicyLabelResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_connect_attachment" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceConnectAttachmentCreate, networkmanager.resourceConnectAttachmentRead, networkmanager.resourceConnectAttachmentUpdate, networkmanager.resourceConnectAttachmentDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: networkmanager:ListAttachmentRoutingPolicyAssociations"

  read {
    actions = [
      "networkmanager:GetConnectAttachment",
      "networkmanager:ListAttachmentRoutingPolicyAssociations",
      "networkmanager:ListTagsForResource",
    ]
    source  = "networkmanager.resourceConnectAttachmentRead + networkmanager.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "networkmanager:CreateConnectAttachment",
      "networkmanager:GetConnectAttachment",
      "networkmanager:ListAttachmentRoutingPolicyAssociations",
    ]
    source  = "networkmanager.resourceConnectAttachmentCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "networkmanager.resourceConnectAttachmentUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmanager:TagResource", "networkmanager:UntagResource"]
    source     = "networkmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["networkmanager:DeleteAttachment", "networkmanager:GetConnectAttachment"]
    source  = "networkmanager.resourceConnectAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_connect_peer" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceConnectPeerCreate, networkmanager.resourceConnectPeerRead, networkmanager.resourceConnectPeerUpdate, networkmanager.resourceConnectPeerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["networkmanager:GetConnectPeer", "networkmanager:ListTagsForResource"]
    source  = "networkmanager.resourceConnectPeerRead + networkmanager.(*servicePackage).ListTags"
  }

  create {
    actions = ["networkmanager:CreateConnectPeer", "networkmanager:GetConnectPeer"]
    source  = "networkmanager.resourceConnectPeerCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "networkmanager.resourceConnectPeerUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmanager:TagResource", "networkmanager:UntagResource"]
    source     = "networkmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["networkmanager:DeleteConnectPeer", "networkmanager:GetConnectPeer"]
    source  = "networkmanager.resourceConnectPeerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_connection" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceConnectionCreate, networkmanager.resourceConnectionRead, networkmanager.resourceConnectionUpdate, networkmanager.resourceConnectionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["networkmanager:GetConnections", "networkmanager:ListTagsForResource"]
    source  = "networkmanager.resourceConnectionRead + networkmanager.(*servicePackage).ListTags"
  }

  create {
    actions = ["networkmanager:CreateConnection", "networkmanager:GetConnections"]
    source  = "networkmanager.resourceConnectionCreate"
  }

  update {
    attributes = []
    actions    = ["networkmanager:UpdateConnection"]
    source     = "networkmanager.resourceConnectionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmanager:TagResource", "networkmanager:UntagResource"]
    source     = "networkmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["networkmanager:DeleteConnection", "networkmanager:GetConnections"]
    source  = "networkmanager.resourceConnectionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_core_network" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceCoreNetworkCreate, networkmanager.resourceCoreNetworkRead, networkmanager.resourceCoreNetworkUpdate, networkmanager.resourceCoreNetworkDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["networkmanager:GetCoreNetwork", "networkmanager:ListTagsForResource"]
    source  = "networkmanager.resourceCoreNetworkRead + networkmanager.(*servicePackage).ListTags"
  }

  create {
    actions = ["networkmanager:CreateCoreNetwork", "networkmanager:GetCoreNetwork"]
    source  = "networkmanager.resourceCoreNetworkCreate"
  }

  update {
    attributes = []
    actions    = [
      "networkmanager:ExecuteCoreNetworkChangeSet",
      "networkmanager:PutCoreNetworkPolicy",
      "networkmanager:UpdateCoreNetwork",
    ]
    source     = "networkmanager.resourceCoreNetworkUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmanager:TagResource", "networkmanager:UntagResource"]
    source     = "networkmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["networkmanager:DeleteCoreNetwork", "networkmanager:GetCoreNetwork"]
    source  = "networkmanager.resourceCoreNetworkDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_core_network_policy_attachment" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceCoreNetworkPolicyAttachmentCreate, networkmanager.resourceCoreNetworkPolicyAttachmentRead, networkmanager.resourceCoreNetworkPolicyAttachmentUpdate, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["networkmanager:GetCoreNetwork", "networkmanager:GetCoreNetworkPolicy"]
    source  = "networkmanager.resourceCoreNetworkPolicyAttachmentRead"
  }

  create {
    actions = [
      "networkmanager:ExecuteCoreNetworkChangeSet",
      "networkmanager:GetCoreNetwork",
      "networkmanager:GetCoreNetworkPolicy",
      "networkmanager:PutCoreNetworkPolicy",
    ]
    source  = "networkmanager.resourceCoreNetworkPolicyAttachmentCreate"
  }

  update {
    attributes = []
    actions    = [
      "networkmanager:ExecuteCoreNetworkChangeSet",
      "networkmanager:PutCoreNetworkPolicy",
    ]
    source     = "networkmanager.resourceCoreNetworkPolicyAttachmentUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_networkmanager_customer_gateway_association" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceCustomerGatewayAssociationCreate, networkmanager.resourceCustomerGatewayAssociationRead, networkmanager.resourceCustomerGatewayAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["networkmanager:GetCustomerGatewayAssociations"]
    source  = "networkmanager.resourceCustomerGatewayAssociationRead"
  }

  create {
    actions = [
      "networkmanager:AssociateCustomerGateway",
      "networkmanager:GetCustomerGatewayAssociations",
    ]
    source  = "networkmanager.resourceCustomerGatewayAssociationCreate"
  }

  delete {
    actions = [
      "networkmanager:DisassociateCustomerGateway",
      "networkmanager:GetCustomerGatewayAssociations",
    ]
    source  = "networkmanager.resourceCustomerGatewayAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_device" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceDeviceCreate, networkmanager.resourceDeviceRead, networkmanager.resourceDeviceUpdate, networkmanager.resourceDeviceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["networkmanager:GetDevices", "networkmanager:ListTagsForResource"]
    source  = "networkmanager.resourceDeviceRead + networkmanager.(*servicePackage).ListTags"
  }

  create {
    actions = ["networkmanager:CreateDevice", "networkmanager:GetDevices"]
    source  = "networkmanager.resourceDeviceCreate"
  }

  update {
    attributes = []
    actions    = ["networkmanager:UpdateDevice"]
    source     = "networkmanager.resourceDeviceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmanager:TagResource", "networkmanager:UntagResource"]
    source     = "networkmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["networkmanager:DeleteDevice", "networkmanager:GetDevices"]
    source  = "networkmanager.resourceDeviceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_dx_gateway_attachment" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.(*directConnectGatewayAttachmentResource).Create, networkmanager.(*directConnectGatewayAttachmentResource).Read, networkmanager.(*directConnectGatewayAttachmentResource).Update, networkmanager.(*directConnectGatewayAttachmentResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: networkmanager:CreateDirectConnectGatewayAttachment, networkmanager:GetDirectConnectGatewayAttachment, networkmanager:ListAttachmentRoutingPolicyAssociations, networkmanager:UpdateDirectConnectGatewayAttachment"

  read {
    actions = [
      "networkmanager:GetDirectConnectGatewayAttachment",
      "networkmanager:ListAttachmentRoutingPolicyAssociations",
      "networkmanager:ListTagsForResource",
    ]
    source  = "networkmanager.(*directConnectGatewayAttachmentResource).Read + networkmanager.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "networkmanager:CreateDirectConnectGatewayAttachment",
      "networkmanager:GetDirectConnectGatewayAttachment",
    ]
    source  = "networkmanager.(*directConnectGatewayAttachmentResource).Create"
  }

  update {
    attributes = []
    actions    = ["networkmanager:UpdateDirectConnectGatewayAttachment"]
    source     = "networkmanager.(*directConnectGatewayAttachmentResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmanager:TagResource", "networkmanager:UntagResource"]
    source     = "networkmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "networkmanager:DeleteAttachment",
      "networkmanager:GetDirectConnectGatewayAttachment",
      "networkmanager:RejectAttachment",
    ]
    source  = "networkmanager.(*directConnectGatewayAttachmentResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_global_network" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceGlobalNetworkCreate, networkmanager.resourceGlobalNetworkRead, networkmanager.resourceGlobalNetworkUpdate, networkmanager.resourceGlobalNetworkDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["networkmanager:DescribeGlobalNetworks", "networkmanager:ListTagsForResource"]
    source  = "networkmanager.resourceGlobalNetworkRead + networkmanager.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "iam:CreateServiceLinkedRole",
      "networkmanager:CreateGlobalNetwork",
      "networkmanager:DescribeGlobalNetworks",
    ]
    source  = "networkmanager.resourceGlobalNetworkCreate"
  }

  update {
    attributes = []
    actions    = ["networkmanager:UpdateGlobalNetwork"]
    source     = "networkmanager.resourceGlobalNetworkUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmanager:TagResource", "networkmanager:UntagResource"]
    source     = "networkmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "networkmanager:DeleteGlobalNetwork",
      "networkmanager:DeregisterTransitGateway",
      "networkmanager:DescribeGlobalNetworks",
      "networkmanager:DisassociateCustomerGateway",
      "networkmanager:DisassociateTransitGatewayConnectPeer",
      "networkmanager:GetCustomerGatewayAssociations",
      "networkmanager:GetTransitGatewayConnectPeerAssociations",
      "networkmanager:GetTransitGatewayRegistrations",
    ]
    source  = "networkmanager.resourceGlobalNetworkDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_link" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceLinkCreate, networkmanager.resourceLinkRead, networkmanager.resourceLinkUpdate, networkmanager.resourceLinkDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["networkmanager:GetLinks", "networkmanager:ListTagsForResource"]
    source  = "networkmanager.resourceLinkRead + networkmanager.(*servicePackage).ListTags"
  }

  create {
    actions = ["networkmanager:CreateLink", "networkmanager:GetLinks"]
    source  = "networkmanager.resourceLinkCreate"
  }

  update {
    attributes = []
    actions    = ["networkmanager:UpdateLink"]
    source     = "networkmanager.resourceLinkUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmanager:TagResource", "networkmanager:UntagResource"]
    source     = "networkmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["networkmanager:DeleteLink", "networkmanager:GetLinks"]
    source  = "networkmanager.resourceLinkDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_link_association" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceLinkAssociationCreate, networkmanager.resourceLinkAssociationRead, networkmanager.resourceLinkAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["networkmanager:GetLinkAssociations"]
    source  = "networkmanager.resourceLinkAssociationRead"
  }

  create {
    actions = ["networkmanager:AssociateLink", "networkmanager:GetLinkAssociations"]
    source  = "networkmanager.resourceLinkAssociationCreate"
  }

  delete {
    actions = ["networkmanager:DisassociateLink", "networkmanager:GetLinkAssociations"]
    source  = "networkmanager.resourceLinkAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_prefix_list_association" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.(*prefixListAssociationResource).Create, networkmanager.(*prefixListAssociationResource).Read, networkmanager.(*prefixListAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: networkmanager:CreateCoreNetworkPrefixListAssociation, networkmanager:DeleteCoreNetworkPrefixListAssociation, networkmanager:ListCoreNetworkPrefixListAssociations"

  read {
    actions = ["networkmanager:ListCoreNetworkPrefixListAssociations"]
    source  = "networkmanager.(*prefixListAssociationResource).Read"
  }

  create {
    actions = [
      "networkmanager:CreateCoreNetworkPrefixListAssociation",
      "networkmanager:GetCoreNetwork",
    ]
    source  = "networkmanager.(*prefixListAssociationResource).Create"
  }

  delete {
    actions = [
      "networkmanager:DeleteCoreNetworkPrefixListAssociation",
      "networkmanager:GetCoreNetwork",
    ]
    source  = "networkmanager.(*prefixListAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_site" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceSiteCreate, networkmanager.resourceSiteRead, networkmanager.resourceSiteUpdate, networkmanager.resourceSiteDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["networkmanager:GetSites", "networkmanager:ListTagsForResource"]
    source  = "networkmanager.resourceSiteRead + networkmanager.(*servicePackage).ListTags"
  }

  create {
    actions = ["networkmanager:CreateSite", "networkmanager:GetSites"]
    source  = "networkmanager.resourceSiteCreate"
  }

  update {
    attributes = []
    actions    = ["networkmanager:UpdateSite"]
    source     = "networkmanager.resourceSiteUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmanager:TagResource", "networkmanager:UntagResource"]
    source     = "networkmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["networkmanager:DeleteSite", "networkmanager:GetSites"]
    source  = "networkmanager.resourceSiteDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_site_to_site_vpn_attachment" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceSiteToSiteVPNAttachmentCreate, networkmanager.resourceSiteToSiteVPNAttachmentRead, networkmanager.resourceSiteToSiteVPNAttachmentUpdate, networkmanager.resourceSiteToSiteVPNAttachmentDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: networkmanager:ListAttachmentRoutingPolicyAssociations, networkmanager:PutAttachmentRoutingPolicyLabel, networkmanager:RemoveAttachmentRoutingPolicyLabel"

  read {
    actions = [
      "networkmanager:GetSiteToSiteVpnAttachment",
      "networkmanager:ListAttachmentRoutingPolicyAssociations",
      "networkmanager:ListTagsForResource",
    ]
    source  = "networkmanager.resourceSiteToSiteVPNAttachmentRead + networkmanager.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "networkmanager:CreateSiteToSiteVpnAttachment",
      "networkmanager:GetSiteToSiteVpnAttachment",
      "networkmanager:ListAttachmentRoutingPolicyAssociations",
    ]
    source  = "networkmanager.resourceSiteToSiteVPNAttachmentCreate"
  }

  update {
    attributes = []
    actions    = [
      "networkmanager:PutAttachmentRoutingPolicyLabel",
      "networkmanager:RemoveAttachmentRoutingPolicyLabel",
    ]
    source     = "networkmanager.resourceSiteToSiteVPNAttachmentUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmanager:TagResource", "networkmanager:UntagResource"]
    source     = "networkmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["networkmanager:DeleteAttachment", "networkmanager:GetSiteToSiteVpnAttachment"]
    source  = "networkmanager.resourceSiteToSiteVPNAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_transit_gateway_connect_peer_association" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceTransitGatewayConnectPeerAssociationCreate, networkmanager.resourceTransitGatewayConnectPeerAssociationRead, networkmanager.resourceTransitGatewayConnectPeerAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["networkmanager:GetTransitGatewayConnectPeerAssociations"]
    source  = "networkmanager.resourceTransitGatewayConnectPeerAssociationRead"
  }

  create {
    actions = [
      "networkmanager:AssociateTransitGatewayConnectPeer",
      "networkmanager:GetTransitGatewayConnectPeerAssociations",
    ]
    source  = "networkmanager.resourceTransitGatewayConnectPeerAssociationCreate"
  }

  delete {
    actions = [
      "networkmanager:DisassociateTransitGatewayConnectPeer",
      "networkmanager:GetTransitGatewayConnectPeerAssociations",
    ]
    source  = "networkmanager.resourceTransitGatewayConnectPeerAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_transit_gateway_peering" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceTransitGatewayPeeringCreate, networkmanager.resourceTransitGatewayPeeringRead, networkmanager.resourceTransitGatewayPeeringUpdate, networkmanager.resourceTransitGatewayPeeringDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["networkmanager:GetTransitGatewayPeering", "networkmanager:ListTagsForResource"]
    source  = "networkmanager.resourceTransitGatewayPeeringRead + networkmanager.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "networkmanager:CreateTransitGatewayPeering",
      "networkmanager:GetTransitGatewayPeering",
    ]
    source  = "networkmanager.resourceTransitGatewayPeeringCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "networkmanager.resourceTransitGatewayPeeringUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmanager:TagResource", "networkmanager:UntagResource"]
    source     = "networkmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["networkmanager:DeletePeering", "networkmanager:GetTransitGatewayPeering"]
    source  = "networkmanager.resourceTransitGatewayPeeringDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_transit_gateway_registration" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceTransitGatewayRegistrationCreate, networkmanager.resourceTransitGatewayRegistrationRead, networkmanager.resourceTransitGatewayRegistrationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["networkmanager:GetTransitGatewayRegistrations"]
    source  = "networkmanager.resourceTransitGatewayRegistrationRead"
  }

  create {
    actions = [
      "networkmanager:GetTransitGatewayRegistrations",
      "networkmanager:RegisterTransitGateway",
    ]
    source  = "networkmanager.resourceTransitGatewayRegistrationCreate"
  }

  delete {
    actions = [
      "networkmanager:DeregisterTransitGateway",
      "networkmanager:GetTransitGatewayRegistrations",
    ]
    source  = "networkmanager.resourceTransitGatewayRegistrationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_transit_gateway_route_table_attachment" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceTransitGatewayRouteTableAttachmentCreate, networkmanager.resourceTransitGatewayRouteTableAttachmentRead, networkmanager.resourceTransitGatewayRouteTableAttachmentUpdate, networkmanager.resourceTransitGatewayRouteTableAttachmentDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: networkmanager:ListAttachmentRoutingPolicyAssociations"

  read {
    actions = [
      "networkmanager:GetTransitGatewayRouteTableAttachment",
      "networkmanager:ListAttachmentRoutingPolicyAssociations",
      "networkmanager:ListTagsForResource",
    ]
    source  = "networkmanager.resourceTransitGatewayRouteTableAttachmentRead + networkmanager.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "networkmanager:CreateTransitGatewayRouteTableAttachment",
      "networkmanager:GetTransitGatewayRouteTableAttachment",
      "networkmanager:ListAttachmentRoutingPolicyAssociations",
    ]
    source  = "networkmanager.resourceTransitGatewayRouteTableAttachmentCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "networkmanager.resourceTransitGatewayRouteTableAttachmentUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmanager:TagResource", "networkmanager:UntagResource"]
    source     = "networkmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "networkmanager:DeleteAttachment",
      "networkmanager:GetTransitGatewayRouteTableAttachment",
    ]
    source  = "networkmanager.resourceTransitGatewayRouteTableAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkmanager_vpc_attachment" {
  service = "networkmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkmanager.resourceVPCAttachmentCreate, networkmanager.resourceVPCAttachmentRead, networkmanager.resourceVPCAttachmentUpdate, networkmanager.resourceVPCAttachmentDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: networkmanager:ListAttachmentRoutingPolicyAssociations, networkmanager:PutAttachmentRoutingPolicyLabel, networkmanager:RemoveAttachmentRoutingPolicyLabel"

  read {
    actions = [
      "networkmanager:GetVpcAttachment",
      "networkmanager:ListAttachmentRoutingPolicyAssociations",
      "networkmanager:ListTagsForResource",
    ]
    source  = "networkmanager.resourceVPCAttachmentRead + networkmanager.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "networkmanager:CreateVpcAttachment",
      "networkmanager:GetVpcAttachment",
      "networkmanager:ListAttachmentRoutingPolicyAssociations",
    ]
    source  = "networkmanager.resourceVPCAttachmentCreate"
  }

  update {
    attributes = []
    actions    = [
      "networkmanager:PutAttachmentRoutingPolicyLabel",
      "networkmanager:RemoveAttachmentRoutingPolicyLabel",
      "networkmanager:UpdateVpcAttachment",
    ]
    source     = "networkmanager.resourceVPCAttachmentUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["networkmanager:TagResource", "networkmanager:UntagResource"]
    source     = "networkmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "networkmanager:DeleteAttachment",
      "networkmanager:GetVpcAttachment",
      "networkmanager:RejectAttachment",
    ]
    source  = "networkmanager.resourceVPCAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_networkmanager_connection" {
  service = "networkmanager"
  source  = "import: pike data/networkmanager/aws_networkmanager_connection.json"

  read {
    actions = ["networkmanager:GetConnections"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_networkmanager_connections" {
  service = "networkmanager"
  source  = "import: pike data/networkmanager/aws_networkmanager_connections.json"

  read {
    actions = ["networkmanager:GetConnections"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_networkmanager_core_network" {
  service = "networkmanager"
  source  = "import: pike data/networkmanager/aws_networkmanager_core_network.json"

  read {
    actions = ["networkmanager:GetCoreNetwork"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_networkmanager_device" {
  service = "networkmanager"
  source  = "import: pike data/networkmanager/aws_networkmanager_device.json"

  read {
    actions = ["networkmanager:GetDevices"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_networkmanager_devices" {
  service = "networkmanager"
  source  = "import: pike data/networkmanager/aws_networkmanager_devices.json"

  read {
    actions = ["networkmanager:GetDevices"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_networkmanager_global_network" {
  service = "networkmanager"
  source  = "import: pike data/networkmanager/aws_networkmanager_global_network.json"

  read {
    actions = ["networkmanager:DescribeGlobalNetworks"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_networkmanager_global_networks" {
  service = "networkmanager"
  source  = "import: pike data/networkmanager/aws_networkmanager_global_networks.json"

  read {
    actions = ["networkmanager:DescribeGlobalNetworks"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_networkmanager_link" {
  service = "networkmanager"
  source  = "import: pike data/networkmanager/aws_networkmanager_link.json"

  read {
    actions = ["networkmanager:GetLinks"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_networkmanager_links" {
  service = "networkmanager"
  source  = "import: pike data/networkmanager/aws_networkmanager_links.json"

  read {
    actions = ["networkmanager:GetLinks"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_networkmanager_site" {
  service = "networkmanager"
  source  = "import: pike data/networkmanager/aws_networkmanager_site.json"

  read {
    actions = ["networkmanager:GetSites"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_networkmanager_sites" {
  service = "networkmanager"
  source  = "import: pike data/networkmanager/aws_networkmanager_sites.json"

  read {
    actions = ["networkmanager:GetSites"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
