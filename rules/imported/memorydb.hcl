# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_memorydb_acl" {
  service = "memorydb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (memorydb.resourceACLCreate, memorydb.resourceACLRead, memorydb.resourceACLUpdate, memorydb.resourceACLDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["memorydb:DescribeAcls", "memorydb:ListTags"]
    source  = "memorydb.resourceACLRead + memorydb.(*servicePackage).ListTags"
  }

  create {
    actions = ["memorydb:CreateAcl", "memorydb:DescribeAcls", "memorydb:TagResource"]
    source  = "memorydb.resourceACLCreate"
  }

  update {
    attributes = []
    actions    = ["memorydb:UpdateAcl"]
    source     = "memorydb.resourceACLUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["memorydb:TagResource", "memorydb:UntagResource"]
    source     = "memorydb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["memorydb:DeleteAcl", "memorydb:DescribeAcls"]
    source  = "memorydb.resourceACLDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_memorydb_cluster" {
  service = "memorydb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (memorydb.resourceClusterCreate, memorydb.resourceClusterRead, memorydb.resourceClusterUpdate, memorydb.resourceClusterDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: memorydb:DescribeMultiRegionClusters"

  read {
    actions = ["memorydb:DescribeClusters", "memorydb:ListTags"]
    source  = "memorydb.resourceClusterRead + memorydb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateNetworkInterface",
      "ec2:DeleteNetworkInterface",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DescribeSubnets",
      "ec2:DescribeVpcs",
      "memorydb:CreateCluster",
      "memorydb:DescribeClusters",
      "memorydb:DescribeMultiRegionClusters",
      "memorydb:TagResource",
      "s3:GetObject",
    ]
    source  = "memorydb.resourceClusterCreate"
  }

  update {
    attributes = []
    actions    = [
      "ec2:CreateNetworkInterface",
      "ec2:DeleteNetworkInterface",
      "memorydb:UpdateCluster",
    ]
    source     = "memorydb.resourceClusterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["memorydb:TagResource", "memorydb:UntagResource"]
    source     = "memorydb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "ec2:CreateNetworkInterface",
      "ec2:DeleteNetworkInterface",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DescribeSubnets",
      "ec2:DescribeVpcs",
      "memorydb:DeleteCluster",
      "memorydb:DescribeClusters",
    ]
    source  = "memorydb.resourceClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_memorydb_multi_region_cluster" {
  service = "memorydb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (memorydb.(*multiRegionClusterResource).Create, memorydb.(*multiRegionClusterResource).Read, memorydb.(*multiRegionClusterResource).Update, memorydb.(*multiRegionClusterResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: memorydb:CreateMultiRegionCluster, memorydb:DeleteMultiRegionCluster, memorydb:DescribeMultiRegionClusters, memorydb:UpdateMultiRegionCluster"

  read {
    actions = ["memorydb:DescribeMultiRegionClusters", "memorydb:ListTags"]
    source  = "memorydb.(*multiRegionClusterResource).Read + memorydb.(*servicePackage).ListTags"
  }

  create {
    actions = ["memorydb:CreateMultiRegionCluster", "memorydb:DescribeMultiRegionClusters"]
    source  = "memorydb.(*multiRegionClusterResource).Create"
  }

  update {
    attributes = []
    actions    = ["memorydb:UpdateMultiRegionCluster"]
    source     = "memorydb.(*multiRegionClusterResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["memorydb:TagResource", "memorydb:UntagResource"]
    source     = "memorydb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["memorydb:DeleteMultiRegionCluster", "memorydb:DescribeMultiRegionClusters"]
    source  = "memorydb.(*multiRegionClusterResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_memorydb_parameter_group" {
  service = "memorydb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (memorydb.resourceParameterGroupCreate, memorydb.resourceParameterGroupRead, memorydb.resourceParameterGroupUpdate, memorydb.resourceParameterGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "memorydb:DescribeParameterGroups",
      "memorydb:DescribeParameters",
      "memorydb:ListTags",
    ]
    source  = "memorydb.resourceParameterGroupRead + memorydb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "memorydb:CreateParameterGroup",
      "memorydb:DescribeParameterGroups",
      "memorydb:DescribeParameters",
      "memorydb:ResetParameterGroup",
      "memorydb:TagResource",
      "memorydb:UpdateParameterGroup",
    ]
    source  = "memorydb.resourceParameterGroupCreate"
  }

  update {
    attributes = []
    actions    = ["memorydb:ResetParameterGroup", "memorydb:UpdateParameterGroup"]
    source     = "memorydb.resourceParameterGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["memorydb:TagResource", "memorydb:UntagResource"]
    source     = "memorydb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["memorydb:DeleteParameterGroup"]
    source  = "memorydb.resourceParameterGroupDelete"
  }
}

resource "aws_memorydb_snapshot" {
  service = "memorydb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (memorydb.resourceSnapshotCreate, memorydb.resourceSnapshotRead, memorydb.resourceSnapshotUpdate, memorydb.resourceSnapshotDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["memorydb:DescribeSnapshots", "memorydb:ListTags"]
    source  = "memorydb.resourceSnapshotRead + memorydb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "memorydb:CreateSnapshot",
      "memorydb:DescribeSnapshots",
      "memorydb:TagResource",
      "s3:DeleteObject",
      "s3:GetBucketAcl",
      "s3:PutObject",
    ]
    source  = "memorydb.resourceSnapshotCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "memorydb.resourceSnapshotUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["memorydb:TagResource", "memorydb:UntagResource"]
    source     = "memorydb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["memorydb:DeleteSnapshot", "memorydb:DescribeSnapshots"]
    source  = "memorydb.resourceSnapshotDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_memorydb_subnet_group" {
  service = "memorydb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (memorydb.resourceSubnetGroupCreate, memorydb.resourceSubnetGroupRead, memorydb.resourceSubnetGroupUpdate, memorydb.resourceSubnetGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["memorydb:DescribeSubnetGroups", "memorydb:ListTags"]
    source  = "memorydb.resourceSubnetGroupRead + memorydb.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "memorydb:CreateSubnetGroup",
      "memorydb:DescribeSubnetGroups",
      "memorydb:TagResource",
    ]
    source  = "memorydb.resourceSubnetGroupCreate"
  }

  update {
    attributes = []
    actions    = ["memorydb:UpdateSubnetGroup"]
    source     = "memorydb.resourceSubnetGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["memorydb:TagResource", "memorydb:UntagResource"]
    source     = "memorydb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "ec2:CreateNetworkInterface",
      "ec2:DeleteNetworkInterface",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DescribeSubnets",
      "ec2:DescribeVpcs",
      "memorydb:DeleteSubnetGroup",
    ]
    source  = "memorydb.resourceSubnetGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_memorydb_user" {
  service = "memorydb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (memorydb.resourceUserCreate, memorydb.resourceUserRead, memorydb.resourceUserUpdate, memorydb.resourceUserDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["memorydb:DescribeUsers", "memorydb:ListTags"]
    source  = "memorydb.resourceUserRead + memorydb.(*servicePackage).ListTags"
  }

  create {
    actions = ["memorydb:CreateUser", "memorydb:DescribeUsers", "memorydb:TagResource"]
    source  = "memorydb.resourceUserCreate"
  }

  update {
    attributes = []
    actions    = ["memorydb:UpdateUser"]
    source     = "memorydb.resourceUserUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["memorydb:TagResource", "memorydb:UntagResource"]
    source     = "memorydb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["memorydb:DeleteUser", "memorydb:DescribeUsers"]
    source  = "memorydb.resourceUserDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_memorydb_acl" {
  service = "memorydb"
  source  = "import: pike data/memorydb/aws_memorydb_acl.json"
  note    = "pike case fixed: memorydb:DescribeACLs -> memorydb:DescribeAcls"

  read {
    actions = ["memorydb:DescribeAcls"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_memorydb_cluster" {
  service = "memorydb"
  source  = "import: pike data/memorydb/aws_memorydb_cluster.json"

  read {
    actions = ["memorydb:DescribeClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_memorydb_parameter_group" {
  service = "memorydb"
  source  = "import: pike data/memorydb/aws_memorydb_parameter_group.json"

  read {
    actions = ["memorydb:DescribeParameterGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_memorydb_snapshot" {
  service = "memorydb"
  source  = "import: pike data/memorydb/aws_memorydb_snapshot.json"

  read {
    actions = ["memorydb:DescribeSnapshots"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_memorydb_subnet_group" {
  service = "memorydb"
  source  = "import: pike data/memorydb/aws_memorydb_subnet_group.json"

  read {
    actions = ["memorydb:DescribeSubnetGroups", "memorydb:ListTags"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_memorydb_user" {
  service = "memorydb"
  source  = "import: pike data/memorydb/aws_memorydb_user.json"

  read {
    actions = ["memorydb:DescribeUsers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
