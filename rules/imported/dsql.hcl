# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_dsql_cluster" {
  service = "dsql"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dsql.(*clusterResource).Create, dsql.(*clusterResource).Read, dsql.(*clusterResource).Update, dsql.(*clusterResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: dsql:CreateCluster, dsql:DeleteCluster, dsql:GetCluster, dsql:GetVpcEndpointServiceName, dsql:ListTagsForResource, dsql:TagResource, dsql:UntagResource, dsql:UpdateCluster"

  read {
    actions = ["dsql:GetCluster", "dsql:GetVpcEndpointServiceName", "dsql:ListTagsForResource"]
    source  = "dsql.(*clusterResource).Read + dsql.(*servicePackage).ListTags"
  }

  create {
    actions = ["dsql:CreateCluster", "dsql:GetCluster", "dsql:GetVpcEndpointServiceName"]
    source  = "dsql.(*clusterResource).Create"
  }

  update {
    attributes = []
    actions    = ["dsql:UpdateCluster"]
    source     = "dsql.(*clusterResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dsql:TagResource", "dsql:UntagResource"]
    source     = "dsql.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dsql:DeleteCluster", "dsql:GetCluster", "dsql:UpdateCluster"]
    source  = "dsql.(*clusterResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_dsql_cluster_peering" {
  service = "dsql"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dsql.(*clusterPeeringResource).Create, dsql.(*clusterPeeringResource).Read) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: dsql:GetCluster, dsql:UpdateCluster"

  read {
    actions = ["dsql:GetCluster"]
    source  = "dsql.(*clusterPeeringResource).Read"
  }

  create {
    actions = ["dsql:GetCluster", "dsql:UpdateCluster"]
    source  = "dsql.(*clusterPeeringResource).Create"
  }
}
