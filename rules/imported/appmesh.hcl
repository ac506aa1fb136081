# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_appmesh_gateway_route" {
  service = "appmesh"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appmesh.resourceGatewayRouteCreate, appmesh.resourceGatewayRouteRead, appmesh.resourceGatewayRouteUpdate, appmesh.resourceGatewayRouteDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appmesh:DescribeGatewayRoute", "appmesh:ListTagsForResource"]
    source  = "appmesh.resourceGatewayRouteRead + appmesh.(*servicePackage).ListTags"
  }

  create {
    actions = ["appmesh:CreateGatewayRoute", "appmesh:DescribeGatewayRoute"]
    source  = "appmesh.resourceGatewayRouteCreate"
  }

  update {
    attributes = []
    actions    = ["appmesh:UpdateGatewayRoute"]
    source     = "appmesh.resourceGatewayRouteUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appmesh:TagResource", "appmesh:UntagResource"]
    source     = "appmesh.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appmesh:DeleteGatewayRoute"]
    source  = "appmesh.resourceGatewayRouteDelete"
  }
}

resource "aws_appmesh_mesh" {
  service = "appmesh"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appmesh.resourceMeshCreate, appmesh.resourceMeshRead, appmesh.resourceMeshUpdate, appmesh.resourceMeshDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appmesh:DescribeMesh", "appmesh:ListTagsForResource"]
    source  = "appmesh.resourceMeshRead + appmesh.(*servicePackage).ListTags"
  }

  create {
    actions = ["appmesh:CreateMesh", "appmesh:DescribeMesh"]
    source  = "appmesh.resourceMeshCreate"
  }

  update {
    attributes = []
    actions    = ["appmesh:UpdateMesh"]
    source     = "appmesh.resourceMeshUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appmesh:TagResource", "appmesh:UntagResource"]
    source     = "appmesh.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appmesh:DeleteMesh"]
    source  = "appmesh.resourceMeshDelete"
  }
}

resource "aws_appmesh_route" {
  service = "appmesh"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appmesh.resourceRouteCreate, appmesh.resourceRouteRead, appmesh.resourceRouteUpdate, appmesh.resourceRouteDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appmesh:DescribeRoute", "appmesh:ListTagsForResource"]
    source  = "appmesh.resourceRouteRead + appmesh.(*servicePackage).ListTags"
  }

  create {
    actions = ["appmesh:CreateRoute", "appmesh:DescribeRoute"]
    source  = "appmesh.resourceRouteCreate"
  }

  update {
    attributes = []
    actions    = ["appmesh:UpdateRoute"]
    source     = "appmesh.resourceRouteUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appmesh:TagResource", "appmesh:UntagResource"]
    source     = "appmesh.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appmesh:DeleteRoute"]
    source  = "appmesh.resourceRouteDelete"
  }
}

resource "aws_appmesh_virtual_gateway" {
  service = "appmesh"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appmesh.resourceVirtualGatewayCreate, appmesh.resourceVirtualGatewayRead, appmesh.resourceVirtualGatewayUpdate, appmesh.resourceVirtualGatewayDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appmesh:DescribeVirtualGateway", "appmesh:ListTagsForResource"]
    source  = "appmesh.resourceVirtualGatewayRead + appmesh.(*servicePackage).ListTags"
  }

  create {
    actions = ["appmesh:CreateVirtualGateway", "appmesh:DescribeVirtualGateway"]
    source  = "appmesh.resourceVirtualGatewayCreate"
  }

  update {
    attributes = []
    actions    = ["appmesh:UpdateVirtualGateway"]
    source     = "appmesh.resourceVirtualGatewayUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appmesh:TagResource", "appmesh:UntagResource"]
    source     = "appmesh.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appmesh:DeleteVirtualGateway"]
    source  = "appmesh.resourceVirtualGatewayDelete"
  }
}

resource "aws_appmesh_virtual_node" {
  service = "appmesh"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appmesh.resourceVirtualNodeCreate, appmesh.resourceVirtualNodeRead, appmesh.resourceVirtualNodeUpdate, appmesh.resourceVirtualNodeDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appmesh:DescribeVirtualNode", "appmesh:ListTagsForResource"]
    source  = "appmesh.resourceVirtualNodeRead + appmesh.(*servicePackage).ListTags"
  }

  create {
    actions = ["appmesh:CreateVirtualNode", "appmesh:DescribeVirtualNode"]
    source  = "appmesh.resourceVirtualNodeCreate"
  }

  update {
    attributes = []
    actions    = ["appmesh:UpdateVirtualNode"]
    source     = "appmesh.resourceVirtualNodeUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appmesh:TagResource", "appmesh:UntagResource"]
    source     = "appmesh.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appmesh:DeleteVirtualNode"]
    source  = "appmesh.resourceVirtualNodeDelete"
  }
}

resource "aws_appmesh_virtual_router" {
  service = "appmesh"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appmesh.resourceVirtualRouterCreate, appmesh.resourceVirtualRouterRead, appmesh.resourceVirtualRouterUpdate, appmesh.resourceVirtualRouterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appmesh:DescribeVirtualRouter", "appmesh:ListTagsForResource"]
    source  = "appmesh.resourceVirtualRouterRead + appmesh.(*servicePackage).ListTags"
  }

  create {
    actions = ["appmesh:CreateVirtualRouter", "appmesh:DescribeVirtualRouter"]
    source  = "appmesh.resourceVirtualRouterCreate"
  }

  update {
    attributes = []
    actions    = ["appmesh:UpdateVirtualRouter"]
    source     = "appmesh.resourceVirtualRouterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appmesh:TagResource", "appmesh:UntagResource"]
    source     = "appmesh.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appmesh:DeleteVirtualRouter"]
    source  = "appmesh.resourceVirtualRouterDelete"
  }
}

resource "aws_appmesh_virtual_service" {
  service = "appmesh"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appmesh.resourceVirtualServiceCreate, appmesh.resourceVirtualServiceRead, appmesh.resourceVirtualServiceUpdate, appmesh.resourceVirtualServiceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appmesh:DescribeVirtualService", "appmesh:ListTagsForResource"]
    source  = "appmesh.resourceVirtualServiceRead + appmesh.(*servicePackage).ListTags"
  }

  create {
    actions = ["appmesh:CreateVirtualService", "appmesh:DescribeVirtualService"]
    source  = "appmesh.resourceVirtualServiceCreate"
  }

  update {
    attributes = []
    actions    = ["appmesh:UpdateVirtualService"]
    source     = "appmesh.resourceVirtualServiceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appmesh:TagResource", "appmesh:UntagResource"]
    source     = "appmesh.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appmesh:DeleteVirtualService"]
    source  = "appmesh.resourceVirtualServiceDelete"
  }
}

data "aws_appmesh_gateway_route" {
  service = "appmesh"
  source  = "import: pike data/appmesh/aws_appmesh_gateway_route.json"

  read {
    actions = ["appmesh:DescribeGatewayRoute"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_appmesh_mesh" {
  service = "appmesh"
  source  = "import: pike data/appmesh/aws_appmesh_mesh.json"

  read {
    actions = ["appmesh:DescribeMesh"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_appmesh_route" {
  service = "appmesh"
  source  = "import: pike data/appmesh/aws_appmesh_route.json"

  read {
    actions = ["appmesh:DescribeRoute"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_appmesh_virtual_gateway" {
  service = "appmesh"
  source  = "import: pike data/appmesh/aws_appmesh_virtual_gateway.json"

  read {
    actions = ["appmesh:DescribeVirtualGateway"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_appmesh_virtual_node" {
  service = "appmesh"
  source  = "import: pike data/appmesh/aws_appmesh_virtual_node.json"

  read {
    actions = ["appmesh:DescribeVirtualNode"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_appmesh_virtual_router" {
  service = "appmesh"
  source  = "import: pike data/appmesh/aws_appmesh_virtual_router.json"

  read {
    actions = ["appmesh:DescribeVirtualRouter"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_appmesh_virtual_service" {
  service = "appmesh"
  source  = "import: pike data/appmesh/aws_appmesh_virtual_service.json"

  read {
    actions = ["appmesh:DescribeVirtualService"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
