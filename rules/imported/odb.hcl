# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_odb_cloud_autonomous_vm_cluster" {
  service = "odb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (odb.(*resourceCloudAutonomousVmCluster).Create, odb.(*resourceCloudAutonomousVmCluster).Read, odb.(*resourceCloudAutonomousVmCluster).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: odb:CreateCloudAutonomousVmCluster, odb:DeleteCloudAutonomousVmCluster, odb:GetCloudAutonomousVmCluster, odb:ListTagsForResource, odb:TagResource, odb:UntagResource"

  read {
    actions = ["odb:GetCloudAutonomousVmCluster", "odb:ListTagsForResource"]
    source  = "odb.(*resourceCloudAutonomousVmCluster).Read + odb.(*servicePackage).ListTags"
  }

  create {
    actions = ["odb:CreateCloudAutonomousVmCluster", "odb:GetCloudAutonomousVmCluster"]
    source  = "odb.(*resourceCloudAutonomousVmCluster).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["odb:TagResource", "odb:UntagResource"]
    source     = "odb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["odb:DeleteCloudAutonomousVmCluster", "odb:GetCloudAutonomousVmCluster"]
    source  = "odb.(*resourceCloudAutonomousVmCluster).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_odb_cloud_exadata_infrastructure" {
  service = "odb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (odb.(*resourceCloudExadataInfrastructure).Create, odb.(*resourceCloudExadataInfrastructure).Read, odb.(*resourceCloudExadataInfrastructure).Update, odb.(*resourceCloudExadataInfrastructure).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: odb:CreateCloudExadataInfrastructure, odb:DeleteCloudExadataInfrastructure, odb:GetCloudExadataInfrastructure, odb:ListTagsForResource, odb:TagResource, odb:UntagResource, odb:UpdateCloudExadataInfrastructure"

  read {
    actions = ["odb:GetCloudExadataInfrastructure", "odb:ListTagsForResource"]
    source  = "odb.(*resourceCloudExadataInfrastructure).Read + odb.(*servicePackage).ListTags"
  }

  create {
    actions = ["odb:CreateCloudExadataInfrastructure", "odb:GetCloudExadataInfrastructure"]
    source  = "odb.(*resourceCloudExadataInfrastructure).Create"
  }

  update {
    attributes = []
    actions    = ["odb:UpdateCloudExadataInfrastructure"]
    source     = "odb.(*resourceCloudExadataInfrastructure).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["odb:TagResource", "odb:UntagResource"]
    source     = "odb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["odb:DeleteCloudExadataInfrastructure", "odb:GetCloudExadataInfrastructure"]
    source  = "odb.(*resourceCloudExadataInfrastructure).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_odb_cloud_vm_cluster" {
  service = "odb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (odb.(*resourceCloudVmCluster).Create, odb.(*resourceCloudVmCluster).Read, odb.(*resourceCloudVmCluster).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: odb:CreateCloudVmCluster, odb:DeleteCloudVmCluster, odb:GetCloudVmCluster, odb:ListTagsForResource, odb:TagResource, odb:UntagResource"

  read {
    actions = ["odb:GetCloudVmCluster", "odb:ListTagsForResource"]
    source  = "odb.(*resourceCloudVmCluster).Read + odb.(*servicePackage).ListTags"
  }

  create {
    actions = ["odb:CreateCloudVmCluster", "odb:GetCloudVmCluster", "odb:ListTagsForResource"]
    source  = "odb.(*resourceCloudVmCluster).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["odb:TagResource", "odb:UntagResource"]
    source     = "odb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["odb:DeleteCloudVmCluster", "odb:GetCloudVmCluster"]
    source  = "odb.(*resourceCloudVmCluster).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_odb_network" {
  service = "odb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (odb.(*resourceNetwork).Create, odb.(*resourceNetwork).Read, odb.(*resourceNetwork).Update, odb.(*resourceNetwork).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: odb:CreateOdbNetwork, odb:DeleteOdbNetwork, odb:GetOdbNetwork, odb:ListTagsForResource, odb:TagResource, odb:UntagResource, odb:UpdateOdbNetwork"

  read {
    actions = ["odb:GetOdbNetwork", "odb:ListTagsForResource"]
    source  = "odb.(*resourceNetwork).Read + odb.(*servicePackage).ListTags"
  }

  create {
    actions = ["odb:CreateOdbNetwork", "odb:GetOdbNetwork"]
    source  = "odb.(*resourceNetwork).Create"
  }

  update {
    attributes = []
    actions    = ["odb:UpdateOdbNetwork"]
    source     = "odb.(*resourceNetwork).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["odb:TagResource", "odb:UntagResource"]
    source     = "odb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["odb:DeleteOdbNetwork", "odb:GetOdbNetwork"]
    source  = "odb.(*resourceNetwork).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_odb_network_peering_connection" {
  service = "odb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (odb.(*resourceNetworkPeeringConnection).Create, odb.(*resourceNetworkPeeringConnection).Read, odb.(*resourceNetworkPeeringConnection).Update, odb.(*resourceNetworkPeeringConnection).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: odb:CreateOdbPeeringConnection, odb:DeleteOdbPeeringConnection, odb:GetOdbPeeringConnection, odb:ListTagsForResource, odb:TagResource, odb:UntagResource, odb:UpdateOdbPeeringConnection"

  read {
    actions = ["odb:GetOdbPeeringConnection", "odb:ListTagsForResource"]
    source  = "odb.(*resourceNetworkPeeringConnection).Read + odb.(*servicePackage).ListTags"
  }

  create {
    actions = ["odb:CreateOdbPeeringConnection", "odb:GetOdbPeeringConnection"]
    source  = "odb.(*resourceNetworkPeeringConnection).Create"
  }

  update {
    attributes = []
    actions    = ["odb:UpdateOdbPeeringConnection"]
    source     = "odb.(*resourceNetworkPeeringConnection).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["odb:TagResource", "odb:UntagResource"]
    source     = "odb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["odb:DeleteOdbPeeringConnection", "odb:GetOdbPeeringConnection"]
    source  = "odb.(*resourceNetworkPeeringConnection).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_odb_cloud_autonomous_vm_cluster" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_cloud_autonomous_vm_cluster.json"

  read {
    actions = ["odb:GetCloudAutonomousVmCluster"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_cloud_autonomous_vm_clusters" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_cloud_autonomous_vm_clusters.json"

  read {
    actions = ["odb:ListCloudAutonomousVmClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_cloud_exadata_infrastructure" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_cloud_exadata_infrastructure.json"

  read {
    actions = ["odb:GetCloudExadataInfrastructure"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_cloud_exadata_infrastructures" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_cloud_exadata_infrastructures.json"

  read {
    actions = ["odb:ListCloudExadataInfrastructures"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_cloud_vm_cluster" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_cloud_vm_cluster.json"

  read {
    actions = ["odb:GetCloudVmCluster"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_cloud_vm_clusters" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_cloud_vm_clusters.json"

  read {
    actions = ["odb:ListCloudVmClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_db_node" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_db_node.json"

  read {
    actions = ["odb:GetDbNode"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_db_nodes" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_db_nodes.json"

  read {
    actions = ["odb:ListDbNodes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_db_server" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_db_server.json"

  read {
    actions = ["odb:GetDbServer"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_db_servers" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_db_servers.json"

  read {
    actions = ["odb:ListDbServers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_db_system_shapes" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_db_system_shapes.json"

  read {
    actions = ["odb:ListDbSystemShapes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_gi_versions" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_gi_versions.json"

  read {
    actions = ["odb:ListGiVersions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_network" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_network.json"

  read {
    actions = ["odb:GetOdbNetwork"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_network_peering_connection" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_network_peering_connection.json"

  read {
    actions = ["odb:GetOdbPeeringConnection"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_network_peering_connections" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_network_peering_connections.json"

  read {
    actions = ["odb:ListOdbPeeringConnections"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_odb_networks" {
  service = "odb"
  source  = "import: pike data/odb/aws_odb_networks.json"

  read {
    actions = ["odb:ListOdbNetworks"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
