# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_dax_cluster" {
  service = "dax"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dax.resourceClusterCreate, dax.resourceClusterRead, dax.resourceClusterUpdate, dax.resourceClusterDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by dax.CreateCluster (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["dax:DescribeClusters", "dax:ListTags"]
    source  = "dax.resourceClusterRead + dax.(*servicePackage).ListTags"
  }

  create {
    actions = ["dax:CreateCluster", "dax:CreateParameterGroup", "dax:DescribeClusters"]
    source  = "dax.resourceClusterCreate"
  }

  update {
    attributes = []
    actions    = [
      "dax:DecreaseReplicationFactor",
      "dax:IncreaseReplicationFactor",
      "dax:UpdateCluster",
    ]
    source     = "dax.resourceClusterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dax:TagResource", "dax:UntagResource"]
    source     = "dax.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dax:DeleteCluster", "dax:DescribeClusters"]
    source  = "dax.resourceClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dax_parameter_group" {
  service = "dax"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dax.resourceParameterGroupCreate, dax.resourceParameterGroupRead, dax.resourceParameterGroupUpdate, dax.resourceParameterGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["dax:DescribeParameterGroups", "dax:DescribeParameters"]
    source  = "dax.resourceParameterGroupRead"
  }

  create {
    actions = [
      "dax:CreateParameterGroup",
      "dax:DescribeParameterGroups",
      "dax:DescribeParameters",
      "dax:UpdateParameterGroup",
    ]
    source  = "dax.resourceParameterGroupCreate"
  }

  update {
    attributes = []
    actions    = ["dax:UpdateParameterGroup"]
    source     = "dax.resourceParameterGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["dax:DeleteParameterGroup"]
    source  = "dax.resourceParameterGroupDelete"
  }
}

resource "aws_dax_subnet_group" {
  service = "dax"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dax.resourceSubnetGroupCreate, dax.resourceSubnetGroupRead, dax.resourceSubnetGroupUpdate, dax.resourceSubnetGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["dax:DescribeSubnetGroups"]
    source  = "dax.resourceSubnetGroupRead"
  }

  create {
    actions = ["dax:CreateSubnetGroup", "dax:DescribeSubnetGroups"]
    source  = "dax.resourceSubnetGroupCreate"
  }

  update {
    attributes = []
    actions    = ["dax:UpdateSubnetGroup"]
    source     = "dax.resourceSubnetGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["dax:DeleteSubnetGroup"]
    source  = "dax.resourceSubnetGroupDelete"
  }
}
