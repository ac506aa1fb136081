# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_globalaccelerator_accelerator" {
  service = "globalaccelerator"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (globalaccelerator.resourceAcceleratorCreate, globalaccelerator.resourceAcceleratorRead, globalaccelerator.resourceAcceleratorUpdate, globalaccelerator.resourceAcceleratorDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "globalaccelerator:DescribeAccelerator",
      "globalaccelerator:DescribeAcceleratorAttributes",
      "globalaccelerator:ListTagsForResource",
    ]
    source  = "globalaccelerator.resourceAcceleratorRead + globalaccelerator.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "globalaccelerator:CreateAccelerator",
      "globalaccelerator:DescribeAccelerator",
      "globalaccelerator:DescribeAcceleratorAttributes",
      "globalaccelerator:UpdateAcceleratorAttributes",
    ]
    source  = "globalaccelerator.resourceAcceleratorCreate"
  }

  update {
    attributes = []
    actions    = [
      "globalaccelerator:UpdateAccelerator",
      "globalaccelerator:UpdateAcceleratorAttributes",
    ]
    source     = "globalaccelerator.resourceAcceleratorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["globalaccelerator:TagResource", "globalaccelerator:UntagResource"]
    source     = "globalaccelerator.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "globalaccelerator:DeleteAccelerator",
      "globalaccelerator:DescribeAccelerator",
      "globalaccelerator:UpdateAccelerator",
    ]
    source  = "globalaccelerator.resourceAcceleratorDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_globalaccelerator_cross_account_attachment" {
  service = "globalaccelerator"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (globalaccelerator.(*crossAccountAttachmentResource).Create, globalaccelerator.(*crossAccountAttachmentResource).Read, globalaccelerator.(*crossAccountAttachmentResource).Update, globalaccelerator.(*crossAccountAttachmentResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: globalaccelerator:CreateCrossAccountAttachment, globalaccelerator:DeleteCrossAccountAttachment, globalaccelerator:DescribeCrossAccountAttachment, globalaccelerator:UpdateCrossAccountAttachment"

  read {
    actions = [
      "globalaccelerator:DescribeCrossAccountAttachment",
      "globalaccelerator:ListTagsForResource",
    ]
    source  = "globalaccelerator.(*crossAccountAttachmentResource).Read + globalaccelerator.(*servicePackage).ListTags"
  }

  create {
    actions = ["globalaccelerator:CreateCrossAccountAttachment"]
    source  = "globalaccelerator.(*crossAccountAttachmentResource).Create"
  }

  update {
    attributes = []
    actions    = ["globalaccelerator:UpdateCrossAccountAttachment"]
    source     = "globalaccelerator.(*crossAccountAttachmentResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["globalaccelerator:TagResource", "globalaccelerator:UntagResource"]
    source     = "globalaccelerator.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["globalaccelerator:DeleteCrossAccountAttachment"]
    source  = "globalaccelerator.(*crossAccountAttachmentResource).Delete"
  }
}

resource "aws_globalaccelerator_custom_routing_accelerator" {
  service = "globalaccelerator"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (globalaccelerator.resourceCustomRoutingAcceleratorCreate, globalaccelerator.resourceCustomRoutingAcceleratorRead, globalaccelerator.resourceCustomRoutingAcceleratorUpdate, globalaccelerator.resourceCustomRoutingAcceleratorDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "globalaccelerator:DescribeCustomRoutingAccelerator",
      "globalaccelerator:DescribeCustomRoutingAcceleratorAttributes",
      "globalaccelerator:ListTagsForResource",
    ]
    source  = "globalaccelerator.resourceCustomRoutingAcceleratorRead + globalaccelerator.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "globalaccelerator:CreateCustomRoutingAccelerator",
      "globalaccelerator:DescribeCustomRoutingAccelerator",
      "globalaccelerator:DescribeCustomRoutingAcceleratorAttributes",
      "globalaccelerator:UpdateAcceleratorAttributes",
    ]
    source  = "globalaccelerator.resourceCustomRoutingAcceleratorCreate"
  }

  update {
    attributes = []
    actions    = [
      "globalaccelerator:UpdateCustomRoutingAccelerator",
      "globalaccelerator:UpdateCustomRoutingAcceleratorAttributes",
    ]
    source     = "globalaccelerator.resourceCustomRoutingAcceleratorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["globalaccelerator:TagResource", "globalaccelerator:UntagResource"]
    source     = "globalaccelerator.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "globalaccelerator:DeleteCustomRoutingAccelerator",
      "globalaccelerator:DescribeCustomRoutingAccelerator",
      "globalaccelerator:UpdateCustomRoutingAccelerator",
    ]
    source  = "globalaccelerator.resourceCustomRoutingAcceleratorDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_globalaccelerator_custom_routing_endpoint_group" {
  service = "globalaccelerator"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (globalaccelerator.resourceCustomRoutingEndpointGroupCreate, globalaccelerator.resourceCustomRoutingEndpointGroupRead, globalaccelerator.resourceCustomRoutingEndpointGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["globalaccelerator:DescribeCustomRoutingEndpointGroup"]
    source  = "globalaccelerator.resourceCustomRoutingEndpointGroupRead"
  }

  create {
    actions = [
      "globalaccelerator:AddCustomRoutingEndpoints",
      "globalaccelerator:CreateCustomRoutingEndpointGroup",
      "globalaccelerator:DescribeCustomRoutingAccelerator",
      "globalaccelerator:DescribeCustomRoutingEndpointGroup",
    ]
    source  = "globalaccelerator.resourceCustomRoutingEndpointGroupCreate"
  }

  delete {
    actions = [
      "globalaccelerator:DeleteCustomRoutingEndpointGroup",
      "globalaccelerator:DescribeCustomRoutingAccelerator",
    ]
    source  = "globalaccelerator.resourceCustomRoutingEndpointGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_globalaccelerator_custom_routing_listener" {
  service = "globalaccelerator"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (globalaccelerator.resourceCustomRoutingListenerCreate, globalaccelerator.resourceCustomRoutingListenerRead, globalaccelerator.resourceCustomRoutingListenerUpdate, globalaccelerator.resourceCustomRoutingListenerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["globalaccelerator:DescribeCustomRoutingListener"]
    source  = "globalaccelerator.resourceCustomRoutingListenerRead"
  }

  create {
    actions = [
      "globalaccelerator:CreateCustomRoutingListener",
      "globalaccelerator:DescribeCustomRoutingAccelerator",
      "globalaccelerator:DescribeCustomRoutingListener",
    ]
    source  = "globalaccelerator.resourceCustomRoutingListenerCreate"
  }

  update {
    attributes = []
    actions    = ["globalaccelerator:UpdateCustomRoutingListener"]
    source     = "globalaccelerator.resourceCustomRoutingListenerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "globalaccelerator:DeleteCustomRoutingListener",
      "globalaccelerator:DescribeCustomRoutingAccelerator",
    ]
    source  = "globalaccelerator.resourceCustomRoutingListenerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_globalaccelerator_endpoint_group" {
  service = "globalaccelerator"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (globalaccelerator.resourceEndpointGroupCreate, globalaccelerator.resourceEndpointGroupRead, globalaccelerator.resourceEndpointGroupUpdate, globalaccelerator.resourceEndpointGroupDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: globalaccelerator:ListCrossAccountResources"

  read {
    actions = [
      "globalaccelerator:DescribeEndpointGroup",
      "globalaccelerator:ListCrossAccountResources",
    ]
    source  = "globalaccelerator.resourceEndpointGroupRead"
  }

  create {
    actions = [
      "globalaccelerator:CreateEndpointGroup",
      "globalaccelerator:DescribeAccelerator",
      "globalaccelerator:DescribeEndpointGroup",
      "globalaccelerator:ListCrossAccountResources",
    ]
    source  = "globalaccelerator.resourceEndpointGroupCreate"
  }

  update {
    attributes = []
    actions    = ["globalaccelerator:UpdateEndpointGroup"]
    source     = "globalaccelerator.resourceEndpointGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["globalaccelerator:DeleteEndpointGroup", "globalaccelerator:DescribeAccelerator"]
    source  = "globalaccelerator.resourceEndpointGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_globalaccelerator_listener" {
  service = "globalaccelerator"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (globalaccelerator.resourceListenerCreate, globalaccelerator.resourceListenerRead, globalaccelerator.resourceListenerUpdate, globalaccelerator.resourceListenerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["globalaccelerator:DescribeListener"]
    source  = "globalaccelerator.resourceListenerRead"
  }

  create {
    actions = [
      "globalaccelerator:CreateListener",
      "globalaccelerator:DescribeAccelerator",
      "globalaccelerator:DescribeListener",
    ]
    source  = "globalaccelerator.resourceListenerCreate"
  }

  update {
    attributes = []
    actions    = ["globalaccelerator:UpdateListener"]
    source     = "globalaccelerator.resourceListenerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["globalaccelerator:DeleteListener", "globalaccelerator:DescribeAccelerator"]
    source  = "globalaccelerator.resourceListenerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_globalaccelerator_accelerator" {
  service = "globalaccelerator"
  source  = "import: pike data/globalaccelerator/aws_globalaccelerator_accelerator.json"

  read {
    actions = ["globalaccelerator:ListAccelerators"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_globalaccelerator_custom_routing_accelerator" {
  service = "globalaccelerator"
  source  = "import: pike data/globalaccelerator/aws_globalaccelerator_custom_routing_accelerator.json"

  read {
    actions = ["globalaccelerator:ListCustomRoutingAccelerators"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
