# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_msk_cluster" {
  service = "kafka"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kafka.resourceClusterCreate, kafka.resourceClusterRead, kafka.resourceClusterUpdate, kafka.resourceClusterDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: kafka:UpdateRebalancing, kafka:UpdateStorage"

  read {
    actions = ["kafka:DescribeCluster", "kafka:GetBootstrapBrokers"]
    source  = "kafka.resourceClusterRead"
  }

  create {
    actions = [
      "ec2:DescribeRouteTables",
      "ec2:DescribeSecurityGroups",
      "ec2:DescribeSubnets",
      "kafka:CreateCluster",
      "kafka:DescribeCluster",
      "kafka:DescribeClusterOperation",
      "kafka:DescribeClusterV2",
      "kafka:GetBootstrapBrokers",
      "kafka:UpdateConnectivity",
    ]
    source  = "kafka.resourceClusterCreate"
  }

  update {
    attributes = []
    actions    = [
      "kafka:UpdateBrokerCount",
      "kafka:UpdateBrokerStorage",
      "kafka:UpdateBrokerType",
      "kafka:UpdateClusterConfiguration",
      "kafka:UpdateClusterKafkaVersion",
      "kafka:UpdateConnectivity",
      "kafka:UpdateMonitoring",
      "kafka:UpdateRebalancing",
      "kafka:UpdateSecurity",
      "kafka:UpdateStorage",
      "kms:RetireGrant",
    ]
    source     = "kafka.resourceClusterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kafka:TagResource", "kafka:UntagResource"]
    source     = "kafka.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kafka:DeleteCluster", "kafka:DescribeClusterV2"]
    source  = "kafka.resourceClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_msk_cluster_policy" {
  service = "kafka"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kafka.resourceClusterPolicyPut, kafka.resourceClusterPolicyRead, kafka.resourceClusterPolicyDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: kafka:DeleteClusterPolicy, kafka:GetClusterPolicy, kafka:PutClusterPolicy"

  read {
    actions = ["kafka:GetClusterPolicy"]
    source  = "kafka.resourceClusterPolicyRead"
  }

  create {
    actions = ["kafka:GetClusterPolicy", "kafka:PutClusterPolicy"]
    source  = "kafka.resourceClusterPolicyPut"
  }

  update {
    attributes = []
    actions    = ["kafka:PutClusterPolicy"]
    source     = "kafka.resourceClusterPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["kafka:DeleteClusterPolicy"]
    source  = "kafka.resourceClusterPolicyDelete"
  }
}

resource "aws_msk_configuration" {
  service = "kafka"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kafka.resourceConfigurationCreate, kafka.resourceConfigurationRead, kafka.resourceConfigurationUpdate, kafka.resourceConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["kafka:DescribeConfiguration", "kafka:DescribeConfigurationRevision"]
    source  = "kafka.resourceConfigurationRead"
  }

  create {
    actions = [
      "kafka:CreateConfiguration",
      "kafka:DescribeConfiguration",
      "kafka:DescribeConfigurationRevision",
    ]
    source  = "kafka.resourceConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["kafka:UpdateConfiguration"]
    source     = "kafka.resourceConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["kafka:DeleteConfiguration", "kafka:DescribeConfiguration"]
    source  = "kafka.resourceConfigurationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_msk_replicator" {
  service = "kafka"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kafka.resourceReplicatorCreate, kafka.resourceReplicatorRead, kafka.resourceReplicatorUpdate, kafka.resourceReplicatorDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: kafka:CreateReplicator, kafka:DeleteReplicator, kafka:DescribeReplicator, kafka:UpdateReplicationInfo"

  read {
    actions = ["kafka:DescribeReplicator"]
    source  = "kafka.resourceReplicatorRead"
  }

  create {
    actions = ["kafka:CreateReplicator", "kafka:DescribeReplicator"]
    source  = "kafka.resourceReplicatorCreate"
  }

  update {
    attributes = []
    actions    = ["kafka:UpdateReplicationInfo"]
    source     = "kafka.resourceReplicatorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kafka:TagResource", "kafka:UntagResource"]
    source     = "kafka.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kafka:DeleteReplicator", "kafka:DescribeReplicator"]
    source  = "kafka.resourceReplicatorDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_msk_scram_secret_association" {
  service = "kafka"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kafka.resourceSCRAMSecretAssociationCreate, kafka.resourceSCRAMSecretAssociationRead, kafka.resourceSCRAMSecretAssociationUpdate, kafka.resourceSCRAMSecretAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["kafka:ListScramSecrets"]
    source  = "kafka.resourceSCRAMSecretAssociationRead"
  }

  create {
    actions = ["kafka:BatchAssociateScramSecret", "kafka:ListScramSecrets"]
    source  = "kafka.resourceSCRAMSecretAssociationCreate"
  }

  update {
    attributes = []
    actions    = [
      "kafka:BatchAssociateScramSecret",
      "kafka:BatchDisassociateScramSecret",
      "kms:RetireGrant",
    ]
    source     = "kafka.resourceSCRAMSecretAssociationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["kafka:BatchDisassociateScramSecret", "kms:RetireGrant"]
    source  = "kafka.resourceSCRAMSecretAssociationDelete"
  }
}

resource "aws_msk_serverless_cluster" {
  service = "kafka"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kafka.resourceServerlessClusterCreate, kafka.resourceServerlessClusterRead, kafka.resourceServerlessClusterUpdate, kafka.resourceClusterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["kafka:DescribeClusterV2", "kafka:GetBootstrapBrokers"]
    source  = "kafka.resourceServerlessClusterRead"
  }

  create {
    actions = [
      "ec2:CreateTags",
      "ec2:CreateVpcEndpoint",
      "ec2:DeleteVpcEndpoints",
      "ec2:DescribeSecurityGroups",
      "ec2:DescribeSubnets",
      "ec2:DescribeVpcAttribute",
      "ec2:DescribeVpcEndpoints",
      "ec2:DescribeVpcs",
      "iam:AttachRolePolicy",
      "iam:CreateServiceLinkedRole",
      "iam:PutRolePolicy",
      "kafka:CreateClusterV2",
      "kafka:DescribeClusterV2",
      "kafka:GetBootstrapBrokers",
      "kms:CreateGrant",
      "kms:DescribeKey",
    ]
    source  = "kafka.resourceServerlessClusterCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "kafka.resourceServerlessClusterUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kafka:TagResource", "kafka:UntagResource"]
    source     = "kafka.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kafka:DeleteCluster", "kafka:DescribeClusterV2"]
    source  = "kafka.resourceClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_msk_single_scram_secret_association" {
  service = "kafka"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kafka.(*singleSCRAMSecretAssociationResource).Create, kafka.(*singleSCRAMSecretAssociationResource).Read, kafka.(*singleSCRAMSecretAssociationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["kafka:ListScramSecrets"]
    source  = "kafka.(*singleSCRAMSecretAssociationResource).Read"
  }

  create {
    actions = ["kafka:BatchAssociateScramSecret"]
    source  = "kafka.(*singleSCRAMSecretAssociationResource).Create"
  }

  delete {
    actions = ["kafka:BatchDisassociateScramSecret", "kms:RetireGrant"]
    source  = "kafka.(*singleSCRAMSecretAssociationResource).Delete"
  }
}

resource "aws_msk_topic" {
  service = "kafka"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kafka.(*topicResource).Create, kafka.(*topicResource).Read, kafka.(*topicResource).Update, kafka.(*topicResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: kafka:CreateTopic, kafka:DeleteTopic, kafka:DescribeTopic, kafka:UpdateTopic"

  read {
    actions = ["kafka:DescribeTopic"]
    source  = "kafka.(*topicResource).Read"
  }

  create {
    actions = ["kafka:CreateTopic", "kafka:DescribeTopic"]
    source  = "kafka.(*topicResource).Create"
  }

  update {
    attributes = []
    actions    = ["kafka:UpdateTopic"]
    source     = "kafka.(*topicResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["kafka:DeleteTopic", "kafka:DescribeTopic"]
    source  = "kafka.(*topicResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_msk_vpc_connection" {
  service = "kafka"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kafka.resourceVPCConnectionCreate, kafka.resourceVPCConnectionRead, kafka.resourceVPCConnectionUpdate, kafka.resourceVPCConnectionDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: kafka:CreateVpcConnection, kafka:DeleteVpcConnection, kafka:DescribeVpcConnection"

  read {
    actions = ["kafka:DescribeVpcConnection"]
    source  = "kafka.resourceVPCConnectionRead"
  }

  create {
    actions = ["kafka:CreateVpcConnection", "kafka:DescribeVpcConnection"]
    source  = "kafka.resourceVPCConnectionCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "kafka.resourceVPCConnectionUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kafka:TagResource", "kafka:UntagResource"]
    source     = "kafka.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kafka:DeleteVpcConnection", "kafka:DescribeVpcConnection"]
    source  = "kafka.resourceVPCConnectionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_msk_bootstrap_brokers" {
  service = "kafka"
  source  = "import: pike data/kafka/aws_msk_bootstrap_brokers.json"

  read {
    actions = ["kafka:GetBootstrapBrokers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_msk_broker_nodes" {
  service = "kafka"
  source  = "import: pike data/kafka/aws_msk_broker_nodes.json"
  note    = "pike case fixed: Kafka:ListNodes -> kafka:ListNodes"

  read {
    actions = ["kafka:ListNodes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_msk_cluster" {
  service = "kafka"
  source  = "import: pike data/kafka/aws_msk_cluster.json"
  note    = "pike case fixed: Kafka:ListClusters -> kafka:ListClusters"

  read {
    actions = ["kafka:ListClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_msk_configuration" {
  service = "kafka"
  source  = "import: pike data/kafka/aws_msk_configuration.json"
  note    = "pike case fixed: Kafka:ListConfigurations -> kafka:ListConfigurations"

  read {
    actions = ["kafka:ListConfigurations"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_msk_kafka_version" {
  service = "kafka"
  source  = "import: pike data/kafka/aws_msk_kafka_version.json"
  note    = "pike case fixed: Kafka:ListKafkaVersions -> kafka:ListKafkaVersions"

  read {
    actions = ["kafka:ListKafkaVersions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_msk_vpc_connection" {
  service = "kafka"
  source  = "import: pike data/kafka/aws_msk_vpc_connection.json"

  read {
    actions = ["kafka:DescribeVpcConnection"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
