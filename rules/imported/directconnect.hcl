# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_dx_bgp_peer" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceBGPPeerCreate, directconnect.resourceBGPPeerRead, directconnect.resourceBGPPeerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceBGPPeerRead"
  }

  create {
    actions = ["directconnect:CreateBGPPeer", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceBGPPeerCreate"
  }

  delete {
    actions = ["directconnect:DeleteBGPPeer", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceBGPPeerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dx_connection" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceConnectionCreate, directconnect.resourceConnectionRead, directconnect.resourceConnectionUpdate, directconnect.resourceConnectionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeConnections", "directconnect:DescribeTags"]
    source  = "directconnect.resourceConnectionRead + directconnect.(*servicePackage).ListTags"
  }

  create {
    actions = ["directconnect:CreateConnection", "directconnect:DescribeConnections"]
    source  = "directconnect.resourceConnectionCreate"
  }

  update {
    attributes = []
    actions    = ["directconnect:UpdateConnection"]
    source     = "directconnect.resourceConnectionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["directconnect:TagResource", "directconnect:UntagResource"]
    source     = "directconnect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["directconnect:DeleteConnection"]
    source  = "directconnect.resourceConnectionDelete"
  }
}

resource "aws_dx_connection_association" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceConnectionAssociationCreate, directconnect.resourceConnectionAssociationRead, directconnect.resourceConnectionAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeConnections"]
    source  = "directconnect.resourceConnectionAssociationRead"
  }

  create {
    actions = ["directconnect:AssociateConnectionWithLag", "directconnect:DescribeConnections"]
    source  = "directconnect.resourceConnectionAssociationCreate"
  }

  delete {
    actions = ["directconnect:DisassociateConnectionFromLag"]
    source  = "directconnect.resourceConnectionAssociationDelete"
  }
}

resource "aws_dx_connection_confirmation" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceConnectionConfirmationCreate, directconnect.resourceConnectionConfirmationRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeConnections"]
    source  = "directconnect.resourceConnectionConfirmationRead"
  }

  create {
    actions = ["directconnect:ConfirmConnection", "directconnect:DescribeConnections"]
    source  = "directconnect.resourceConnectionConfirmationCreate"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_dx_gateway" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceGatewayCreate, directconnect.resourceGatewayRead, directconnect.resourceGatewayUpdate, directconnect.resourceGatewayDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeDirectConnectGateways", "directconnect:DescribeTags"]
    source  = "directconnect.resourceGatewayRead + directconnect.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "directconnect:CreateDirectConnectGateway",
      "directconnect:DescribeDirectConnectGateways",
    ]
    source  = "directconnect.resourceGatewayCreate"
  }

  update {
    attributes = []
    actions    = ["directconnect:UpdateDirectConnectGateway"]
    source     = "directconnect.resourceGatewayUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["directconnect:TagResource", "directconnect:UntagResource"]
    source     = "directconnect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "directconnect:DeleteDirectConnectGateway",
      "directconnect:DescribeDirectConnectGateways",
    ]
    source  = "directconnect.resourceGatewayDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dx_gateway_association" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceGatewayAssociationCreate, directconnect.resourceGatewayAssociationRead, directconnect.resourceGatewayAssociationUpdate, directconnect.resourceGatewayAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeDirectConnectGatewayAssociations"]
    source  = "directconnect.resourceGatewayAssociationRead"
  }

  create {
    actions = [
      "directconnect:AcceptDirectConnectGatewayAssociationProposal",
      "directconnect:CreateDirectConnectGatewayAssociation",
      "directconnect:DescribeDirectConnectGatewayAssociations",
    ]
    source  = "directconnect.resourceGatewayAssociationCreate"
  }

  update {
    attributes = []
    actions    = ["directconnect:UpdateDirectConnectGatewayAssociation"]
    source     = "directconnect.resourceGatewayAssociationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "directconnect:DeleteDirectConnectGatewayAssociation",
      "directconnect:DescribeDirectConnectGatewayAssociations",
    ]
    source  = "directconnect.resourceGatewayAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dx_gateway_association_proposal" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceGatewayAssociationProposalCreate, directconnect.resourceGatewayAssociationProposalRead, directconnect.resourceGatewayAssociationProposalDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "directconnect:DescribeDirectConnectGatewayAssociationProposals",
      "directconnect:DescribeDirectConnectGatewayAssociations",
    ]
    source  = "directconnect.resourceGatewayAssociationProposalRead"
  }

  create {
    actions = [
      "directconnect:CreateDirectConnectGatewayAssociationProposal",
      "directconnect:DescribeDirectConnectGatewayAssociationProposals",
      "directconnect:DescribeDirectConnectGatewayAssociations",
    ]
    source  = "directconnect.resourceGatewayAssociationProposalCreate"
  }

  delete {
    actions = ["directconnect:DeleteDirectConnectGatewayAssociationProposal"]
    source  = "directconnect.resourceGatewayAssociationProposalDelete"
  }
}

resource "aws_dx_hosted_connection" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceHostedConnectionCreate, directconnect.resourceHostedConnectionRead, directconnect.resourceHostedConnectionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeHostedConnections"]
    source  = "directconnect.resourceHostedConnectionRead"
  }

  create {
    actions = ["directconnect:AllocateHostedConnection", "directconnect:DescribeHostedConnections"]
    source  = "directconnect.resourceHostedConnectionCreate"
  }

  delete {
    actions = ["directconnect:DeleteConnection", "directconnect:DescribeHostedConnections"]
    source  = "directconnect.resourceHostedConnectionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dx_hosted_private_virtual_interface" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceHostedPrivateVirtualInterfaceCreate, directconnect.resourceHostedPrivateVirtualInterfaceRead, directconnect.resourceHostedPrivateVirtualInterfaceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceHostedPrivateVirtualInterfaceRead"
  }

  create {
    actions = [
      "directconnect:AllocatePrivateVirtualInterface",
      "directconnect:DescribeVirtualInterfaces",
    ]
    source  = "directconnect.resourceHostedPrivateVirtualInterfaceCreate"
  }

  delete {
    actions = ["directconnect:DeleteVirtualInterface", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceHostedPrivateVirtualInterfaceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dx_hosted_private_virtual_interface_accepter" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceHostedPrivateVirtualInterfaceAccepterCreate, directconnect.resourceHostedPrivateVirtualInterfaceAccepterRead, directconnect.resourceHostedPrivateVirtualInterfaceAccepterUpdate, schema.NoopContext) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: directconnect:UntagResource"

  read {
    actions = ["directconnect:DescribeTags", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceHostedPrivateVirtualInterfaceAccepterRead + directconnect.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "directconnect:ConfirmPrivateVirtualInterface",
      "directconnect:DescribeVirtualInterfaces",
      "directconnect:UpdateVirtualInterfaceAttributes",
    ]
    source  = "directconnect.resourceHostedPrivateVirtualInterfaceAccepterCreate"
  }

  create {
    if_set  = "tags"
    actions = ["directconnect:TagResource"]
    source  = "directconnect.resourceHostedPrivateVirtualInterfaceAccepterCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["directconnect:UpdateVirtualInterfaceAttributes"]
    source     = "directconnect.resourceHostedPrivateVirtualInterfaceAccepterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["directconnect:TagResource", "directconnect:UntagResource"]
    source     = "directconnect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_dx_hosted_public_virtual_interface" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceHostedPublicVirtualInterfaceCreate, directconnect.resourceHostedPublicVirtualInterfaceRead, directconnect.resourceHostedPublicVirtualInterfaceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceHostedPublicVirtualInterfaceRead"
  }

  create {
    actions = [
      "directconnect:AllocatePublicVirtualInterface",
      "directconnect:DescribeVirtualInterfaces",
    ]
    source  = "directconnect.resourceHostedPublicVirtualInterfaceCreate"
  }

  delete {
    actions = ["directconnect:DeleteVirtualInterface", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceHostedPublicVirtualInterfaceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dx_hosted_public_virtual_interface_accepter" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceHostedPublicVirtualInterfaceAccepterCreate, directconnect.resourceHostedPublicVirtualInterfaceAccepterRead, directconnect.resourceHostedPublicVirtualInterfaceAccepterUpdate, schema.NoopContext) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: directconnect:UntagResource"

  read {
    actions = ["directconnect:DescribeTags", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceHostedPublicVirtualInterfaceAccepterRead + directconnect.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "directconnect:ConfirmPublicVirtualInterface",
      "directconnect:DescribeVirtualInterfaces",
      "directconnect:UpdateVirtualInterfaceAttributes",
    ]
    source  = "directconnect.resourceHostedPublicVirtualInterfaceAccepterCreate"
  }

  create {
    if_set  = "tags"
    actions = ["directconnect:TagResource"]
    source  = "directconnect.resourceHostedPublicVirtualInterfaceAccepterCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["directconnect:UpdateVirtualInterfaceAttributes"]
    source     = "directconnect.resourceHostedPublicVirtualInterfaceAccepterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["directconnect:TagResource", "directconnect:UntagResource"]
    source     = "directconnect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_dx_hosted_transit_virtual_interface" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceHostedTransitVirtualInterfaceCreate, directconnect.resourceHostedTransitVirtualInterfaceRead, directconnect.resourceHostedTransitVirtualInterfaceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceHostedTransitVirtualInterfaceRead"
  }

  create {
    actions = [
      "directconnect:AllocateTransitVirtualInterface",
      "directconnect:DescribeVirtualInterfaces",
    ]
    source  = "directconnect.resourceHostedTransitVirtualInterfaceCreate"
  }

  delete {
    actions = ["directconnect:DeleteVirtualInterface", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceHostedTransitVirtualInterfaceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dx_hosted_transit_virtual_interface_accepter" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceHostedTransitVirtualInterfaceAccepterCreate, directconnect.resourceHostedTransitVirtualInterfaceAccepterRead, directconnect.resourceHostedTransitVirtualInterfaceAccepterUpdate, schema.NoopContext) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: directconnect:UntagResource"

  read {
    actions = ["directconnect:DescribeTags", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceHostedTransitVirtualInterfaceAccepterRead + directconnect.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "directconnect:ConfirmTransitVirtualInterface",
      "directconnect:DescribeVirtualInterfaces",
      "directconnect:UpdateVirtualInterfaceAttributes",
    ]
    source  = "directconnect.resourceHostedTransitVirtualInterfaceAccepterCreate"
  }

  create {
    if_set  = "tags"
    actions = ["directconnect:TagResource"]
    source  = "directconnect.resourceHostedTransitVirtualInterfaceAccepterCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["directconnect:UpdateVirtualInterfaceAttributes"]
    source     = "directconnect.resourceHostedTransitVirtualInterfaceAccepterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["directconnect:TagResource", "directconnect:UntagResource"]
    source     = "directconnect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_dx_lag" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceLagCreate, directconnect.resourceLagRead, directconnect.resourceLagUpdate, directconnect.resourceLagDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: directconnect:DeleteConnection"

  read {
    actions = ["directconnect:DescribeLags", "directconnect:DescribeTags"]
    source  = "directconnect.resourceLagRead + directconnect.(*servicePackage).ListTags"
  }

  create {
    actions = ["directconnect:CreateLag", "directconnect:DescribeLags"]
    source  = "directconnect.resourceLagCreate"
  }

  update {
    attributes = []
    actions    = ["directconnect:UpdateLag"]
    source     = "directconnect.resourceLagUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["directconnect:TagResource", "directconnect:UntagResource"]
    source     = "directconnect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "directconnect:DeleteConnection",
      "directconnect:DeleteLag",
      "directconnect:DescribeLags",
      "directconnect:DisassociateConnectionFromLag",
    ]
    source  = "directconnect.resourceLagDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dx_macsec_key_association" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceMacSecKeyAssociatioCreate, directconnect.resourceMacSecKeyAssociationRead, directconnect.resourceMacSecKeyAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeConnections"]
    source  = "directconnect.resourceMacSecKeyAssociationRead"
  }

  create {
    actions = ["directconnect:AssociateMacSecKey", "directconnect:DescribeConnections"]
    source  = "directconnect.resourceMacSecKeyAssociatioCreate"
  }

  delete {
    actions = ["directconnect:DisassociateMacSecKey"]
    source  = "directconnect.resourceMacSecKeyAssociationDelete"
  }
}

resource "aws_dx_private_virtual_interface" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourcePrivateVirtualInterfaceCreate, directconnect.resourcePrivateVirtualInterfaceRead, directconnect.resourcePrivateVirtualInterfaceUpdate, directconnect.resourcePrivateVirtualInterfaceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeTags", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourcePrivateVirtualInterfaceRead + directconnect.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "directconnect:CreatePrivateVirtualInterface",
      "directconnect:DescribeVirtualInterfaces",
    ]
    source  = "directconnect.resourcePrivateVirtualInterfaceCreate"
  }

  update {
    attributes = []
    actions    = ["directconnect:UpdateVirtualInterfaceAttributes"]
    source     = "directconnect.resourcePrivateVirtualInterfaceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["directconnect:TagResource", "directconnect:UntagResource"]
    source     = "directconnect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["directconnect:DeleteVirtualInterface", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourcePrivateVirtualInterfaceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dx_public_virtual_interface" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourcePublicVirtualInterfaceCreate, directconnect.resourcePublicVirtualInterfaceRead, directconnect.resourcePublicVirtualInterfaceUpdate, directconnect.resourcePublicVirtualInterfaceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeTags", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourcePublicVirtualInterfaceRead + directconnect.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "directconnect:CreatePublicVirtualInterface",
      "directconnect:DescribeVirtualInterfaces",
    ]
    source  = "directconnect.resourcePublicVirtualInterfaceCreate"
  }

  update {
    attributes = []
    actions    = ["directconnect:UpdateVirtualInterfaceAttributes"]
    source     = "directconnect.resourcePublicVirtualInterfaceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["directconnect:TagResource", "directconnect:UntagResource"]
    source     = "directconnect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["directconnect:DeleteVirtualInterface", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourcePublicVirtualInterfaceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dx_transit_virtual_interface" {
  service = "directconnect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (directconnect.resourceTransitVirtualInterfaceCreate, directconnect.resourceTransitVirtualInterfaceRead, directconnect.resourceTransitVirtualInterfaceUpdate, directconnect.resourceTransitVirtualInterfaceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["directconnect:DescribeTags", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceTransitVirtualInterfaceRead + directconnect.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "directconnect:CreateTransitVirtualInterface",
      "directconnect:DescribeVirtualInterfaces",
    ]
    source  = "directconnect.resourceTransitVirtualInterfaceCreate"
  }

  update {
    attributes = []
    actions    = ["directconnect:UpdateVirtualInterfaceAttributes"]
    source     = "directconnect.resourceTransitVirtualInterfaceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["directconnect:TagResource", "directconnect:UntagResource"]
    source     = "directconnect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["directconnect:DeleteVirtualInterface", "directconnect:DescribeVirtualInterfaces"]
    source  = "directconnect.resourceTransitVirtualInterfaceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_dx_connection" {
  service = "directconnect"
  source  = "import: pike data/directconnect/aws_dx_connection.json"

  read {
    actions = ["directconnect:DescribeConnections"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_dx_gateway" {
  service = "directconnect"
  source  = "import: pike data/directconnect/aws_dx_gateway.json"

  read {
    actions = ["directconnect:DescribeDirectConnectGateways"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_dx_location" {
  service = "directconnect"
  source  = "import: pike data/directconnect/aws_dx_location.json"

  read {
    actions = ["directconnect:DescribeLocations"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_dx_locations" {
  service = "directconnect"
  source  = "import: pike data/directconnect/aws_dx_locations.json"

  read {
    actions = ["directconnect:DescribeLocations"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_dx_router_configuration" {
  service = "directconnect"
  source  = "import: pike data/directconnect/aws_dx_router_configuration.json"

  read {
    actions = ["directconnect:DescribeRouterConfiguration"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
