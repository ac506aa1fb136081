# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cloudhsm_v2_cluster" {
  service = "cloudhsm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudhsmv2.resourceClusterCreate, cloudhsmv2.resourceClusterRead, cloudhsmv2.resourceClusterUpdate, cloudhsmv2.resourceClusterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudhsm:DescribeClusters", "cloudhsm:ListTags"]
    source  = "cloudhsmv2.resourceClusterRead + cloudhsmv2.(*servicePackage).ListTags"
  }

  create {
    actions = ["cloudhsm:CreateCluster", "cloudhsm:DescribeClusters"]
    source  = "cloudhsmv2.resourceClusterCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "cloudhsmv2.resourceClusterUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudhsm:TagResource", "cloudhsm:UntagResource"]
    source     = "cloudhsmv2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cloudhsm:DeleteCluster", "cloudhsm:DescribeClusters"]
    source  = "cloudhsmv2.resourceClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudhsm_v2_hsm" {
  service = "cloudhsm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudhsmv2.resourceHSMCreate, cloudhsmv2.resourceHSMRead, cloudhsmv2.resourceHSMDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudhsm:DescribeClusters"]
    source  = "cloudhsmv2.resourceHSMRead"
  }

  create {
    actions = ["cloudhsm:CreateHsm", "cloudhsm:DescribeClusters"]
    source  = "cloudhsmv2.resourceHSMCreate"
  }

  delete {
    actions = ["cloudhsm:DeleteHsm", "cloudhsm:DescribeClusters"]
    source  = "cloudhsmv2.resourceHSMDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_cloudhsm_v2_cluster" {
  service = "cloudhsm"
  source  = "import: pike data/cloudhsm/aws_cloudhsm_v2_cluster.json"

  read {
    actions = ["cloudhsm:DescribeClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
