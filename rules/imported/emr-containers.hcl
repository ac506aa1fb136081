# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_emrcontainers_job_template" {
  service = "emr-containers"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (emrcontainers.resourceJobTemplateCreate, emrcontainers.resourceJobTemplateRead, emrcontainers.resourceJobTemplateDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: emr-containers:CreateJobTemplate, emr-containers:DeleteJobTemplate, emr-containers:DescribeJobTemplate"

  read {
    actions = ["emr-containers:DescribeJobTemplate", "emr-containers:ListTagsForResource"]
    source  = "emrcontainers.resourceJobTemplateRead + emrcontainers.(*servicePackage).ListTags"
  }

  create {
    actions = ["emr-containers:CreateJobTemplate", "emr-containers:DescribeJobTemplate"]
    source  = "emrcontainers.resourceJobTemplateCreate"
  }

  update {
    attributes = ["tags"]
    actions    = ["emr-containers:TagResource", "emr-containers:UntagResource"]
    source     = "emrcontainers.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["emr-containers:DeleteJobTemplate"]
    source  = "emrcontainers.resourceJobTemplateDelete"
  }
}

resource "aws_emrcontainers_virtual_cluster" {
  service = "emr-containers"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (emrcontainers.resourceVirtualClusterCreate, emrcontainers.resourceVirtualClusterRead, emrcontainers.resourceVirtualClusterUpdate, emrcontainers.resourceVirtualClusterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["emr-containers:DescribeVirtualCluster", "emr-containers:ListTagsForResource"]
    source  = "emrcontainers.resourceVirtualClusterRead + emrcontainers.(*servicePackage).ListTags"
  }

  create {
    actions = ["emr-containers:CreateVirtualCluster", "emr-containers:DescribeVirtualCluster"]
    source  = "emrcontainers.resourceVirtualClusterCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "emrcontainers.resourceVirtualClusterUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["emr-containers:TagResource", "emr-containers:UntagResource"]
    source     = "emrcontainers.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["emr-containers:DeleteVirtualCluster", "emr-containers:DescribeVirtualCluster"]
    source  = "emrcontainers.resourceVirtualClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_emrcontainers_virtual_cluster" {
  service = "emr-containers"
  source  = "import: pike data/emr-containers/aws_emrcontainers_virtual_cluster.json"

  read {
    actions = ["emr-containers:DescribeVirtualCluster"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
