# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_synthetics_canary" {
  service = "synthetics"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (synthetics.resourceCanaryCreate, synthetics.resourceCanaryRead, synthetics.resourceCanaryUpdate, synthetics.resourceCanaryDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: synthetics:DeleteCanary; iamlive-map: iam:PassRole is also needed by synthetics.CreateCanary, synthetics.UpdateCanary (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["synthetics:GetCanary", "synthetics:ListTagsForResource"]
    source  = "synthetics.resourceCanaryRead + synthetics.(*servicePackage).ListTags"
  }

  create {
    actions = ["synthetics:CreateCanary", "synthetics:GetCanary", "synthetics:StartCanary"]
    source  = "synthetics.resourceCanaryCreate"
  }

  update {
    attributes = []
    actions    = ["synthetics:StartCanary", "synthetics:StopCanary", "synthetics:UpdateCanary"]
    source     = "synthetics.resourceCanaryUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["synthetics:TagResource", "synthetics:UntagResource"]
    source     = "synthetics.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["synthetics:DeleteCanary", "synthetics:GetCanary", "synthetics:StopCanary"]
    source  = "synthetics.resourceCanaryDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_synthetics_group" {
  service = "synthetics"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (synthetics.resourceGroupCreate, synthetics.resourceGroupRead, synthetics.resourceGroupUpdate, synthetics.resourceGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["synthetics:GetGroup", "synthetics:ListTagsForResource"]
    source  = "synthetics.resourceGroupRead + synthetics.(*servicePackage).ListTags"
  }

  create {
    actions = ["synthetics:CreateGroup", "synthetics:GetGroup"]
    source  = "synthetics.resourceGroupCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "synthetics.resourceGroupUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["synthetics:TagResource", "synthetics:UntagResource"]
    source     = "synthetics.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["synthetics:DeleteGroup"]
    source  = "synthetics.resourceGroupDelete"
  }
}

resource "aws_synthetics_group_association" {
  service = "synthetics"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (synthetics.resourceGroupAssociationCreate, synthetics.resourceGroupAssociationRead, synthetics.resourceGroupAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["synthetics:ListAssociatedGroups"]
    source  = "synthetics.resourceGroupAssociationRead"
  }

  create {
    actions = ["synthetics:AssociateResource", "synthetics:ListAssociatedGroups"]
    source  = "synthetics.resourceGroupAssociationCreate"
  }

  delete {
    actions = ["synthetics:DisassociateResource"]
    source  = "synthetics.resourceGroupAssociationDelete"
  }
}

data "aws_synthetics_runtime_version" {
  service = "synthetics"
  source  = "import: pike data/synthetics/aws_synthetics_runtime_version.json"

  read {
    actions = ["synthetics:DescribeRuntimeVersions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_synthetics_runtime_versions" {
  service = "synthetics"
  source  = "import: pike data/synthetics/aws_synthetics_runtime_versions.json"

  read {
    actions = ["synthetics:DescribeRuntimeVersions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
