# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cloudcontrolapi_resource" {
  service = "cloudformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudcontrol.resourceResourceCreate, cloudcontrol.resourceResourceRead, cloudcontrol.resourceResourceUpdate, cloudcontrol.resourceResourceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudformation:GetResource"]
    source  = "cloudcontrol.resourceResourceRead"
  }

  create {
    actions = [
      "cloudformation:CreateResource",
      "cloudformation:GetResource",
      "cloudformation:GetResourceRequestStatus",
    ]
    source  = "cloudcontrol.resourceResourceCreate"
  }

  update {
    attributes = []
    actions    = ["cloudformation:UpdateResource"]
    source     = "cloudcontrol.resourceResourceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cloudformation:DeleteResource", "cloudformation:GetResourceRequestStatus"]
    source  = "cloudcontrol.resourceResourceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudformation_stack" {
  service = "cloudformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudformation.resourceStackCreate, cloudformation.resourceStackRead, cloudformation.resourceStackUpdate, cloudformation.resourceStackDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by cloudformation.CreateStack, cloudformation.UpdateStack (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["cloudformation:DescribeStacks", "cloudformation:GetTemplate"]
    source  = "cloudformation.resourceStackRead"
  }

  create {
    actions = [
      "cloudformation:CreateStack",
      "cloudformation:DescribeStackEvents",
      "cloudformation:DescribeStacks",
      "cloudformation:GetTemplate",
    ]
    source  = "cloudformation.resourceStackCreate"
  }

  update {
    attributes = []
    actions    = ["cloudformation:UpdateStack"]
    source     = "cloudformation.resourceStackUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "cloudformation:DeleteStack",
      "cloudformation:DescribeStackEvents",
      "cloudformation:DescribeStacks",
    ]
    source  = "cloudformation.resourceStackDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudformation_stack_instances" {
  service = "cloudformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudformation.resourceStackInstancesCreate, cloudformation.resourceStackInstancesRead, cloudformation.resourceStackInstancesUpdate, cloudformation.resourceStackInstancesDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by cloudformation.CreateStackInstances, cloudformation.UpdateStackInstances (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["cloudformation:DescribeStackInstance", "cloudformation:ListStackInstances"]
    source  = "cloudformation.resourceStackInstancesRead"
  }

  create {
    actions = [
      "cloudformation:CreateStackInstances",
      "cloudformation:DescribeStackInstance",
      "cloudformation:DescribeStackSetOperation",
      "cloudformation:ListStackInstances",
      "cloudformation:ListStackSetOperationResults",
    ]
    source  = "cloudformation.resourceStackInstancesCreate"
  }

  update {
    attributes = []
    actions    = [
      "cloudformation:CreateStackInstances",
      "cloudformation:DeleteStackInstances",
      "cloudformation:UpdateStackInstances",
    ]
    source     = "cloudformation.resourceStackInstancesUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "cloudformation:DeleteStackInstances",
      "cloudformation:DescribeStackSetOperation",
      "cloudformation:ListStackSetOperationResults",
    ]
    source  = "cloudformation.resourceStackInstancesDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudformation_stack_set" {
  service = "cloudformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudformation.resourceStackSetCreate, cloudformation.resourceStackSetRead, cloudformation.resourceStackSetUpdate, cloudformation.resourceStackSetDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by cloudformation.CreateStackSet, cloudformation.UpdateStackSet (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["cloudformation:DescribeStackSet"]
    source  = "cloudformation.resourceStackSetRead"
  }

  create {
    actions = ["cloudformation:CreateStackSet", "cloudformation:DescribeStackSet"]
    source  = "cloudformation.resourceStackSetCreate"
  }

  update {
    attributes = []
    actions    = ["cloudformation:UpdateStackSet"]
    source     = "cloudformation.resourceStackSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cloudformation:DeleteStackSet"]
    source  = "cloudformation.resourceStackSetDelete"
  }
}

resource "aws_cloudformation_stack_set_instance" {
  service = "cloudformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudformation.resourceStackSetInstanceCreate, cloudformation.resourceStackSetInstanceRead, cloudformation.resourceStackSetInstanceUpdate, cloudformation.resourceStackSetInstanceDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by cloudformation.CreateStackInstances, cloudformation.UpdateStackInstances (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["cloudformation:DescribeStackInstance", "cloudformation:ListStackInstances"]
    source  = "cloudformation.resourceStackSetInstanceRead"
  }

  create {
    actions = [
      "cloudformation:CreateStackInstances",
      "cloudformation:DescribeStackInstance",
      "cloudformation:DescribeStackSetOperation",
      "cloudformation:ListStackInstances",
      "cloudformation:ListStackSetOperationResults",
    ]
    source  = "cloudformation.resourceStackSetInstanceCreate"
  }

  update {
    attributes = []
    actions    = ["cloudformation:UpdateStackInstances"]
    source     = "cloudformation.resourceStackSetInstanceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "cloudformation:DeleteStackInstances",
      "cloudformation:DescribeStackSetOperation",
      "cloudformation:ListStackSetOperationResults",
    ]
    source  = "cloudformation.resourceStackSetInstanceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudformation_type" {
  service = "cloudformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudformation.resourceTypeCreate, cloudformation.resourceTypeRead, cloudformation.resourceTypeDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudformation:DescribeType"]
    source  = "cloudformation.resourceTypeRead"
  }

  create {
    actions = [
      "cloudformation:DescribeType",
      "cloudformation:DescribeTypeRegistration",
      "cloudformation:RegisterType",
      "cloudformation:SetTypeDefaultVersion",
    ]
    source  = "cloudformation.resourceTypeCreate"
  }

  delete {
    actions = ["cloudformation:DeregisterType", "cloudformation:ListTypeVersions"]
    source  = "cloudformation.resourceTypeDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_cloudcontrolapi_resource" {
  service = "cloudformation"
  source  = "import: pike data/cloudformation/aws_cloudcontrolapi_resource.json"

  read {
    actions = ["cloudformation:GetResource"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudformation_export" {
  service = "cloudformation"
  source  = "import: pike data/cloudformation/aws_cloudformation_export.json"

  read {
    actions = ["cloudformation:ListExports"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudformation_stack" {
  service = "cloudformation"
  source  = "import: pike data/cloudformation/aws_cloudformation_stack.json"

  read {
    actions = ["cloudformation:DescribeStacks"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudformation_type" {
  service = "cloudformation"
  source  = "import: pike data/cloudformation/aws_cloudformation_type.json"

  read {
    actions = ["cloudformation:DescribeType"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
