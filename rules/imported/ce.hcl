# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_ce_anomaly_monitor" {
  service = "ce"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ce.resourceAnomalyMonitorCreate, ce.resourceAnomalyMonitorRead, ce.resourceAnomalyMonitorUpdate, ce.resourceAnomalyMonitorDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ce:GetAnomalyMonitors", "ce:ListTagsForResource"]
    source  = "ce.resourceAnomalyMonitorRead + ce.(*servicePackage).ListTags"
  }

  create {
    actions = ["ce:CreateAnomalyMonitor", "ce:GetAnomalyMonitors"]
    source  = "ce.resourceAnomalyMonitorCreate"
  }

  update {
    attributes = []
    actions    = ["ce:UpdateAnomalyMonitor"]
    source     = "ce.resourceAnomalyMonitorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ce:TagResource", "ce:UntagResource"]
    source     = "ce.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ce:DeleteAnomalyMonitor"]
    source  = "ce.resourceAnomalyMonitorDelete"
  }
}

resource "aws_ce_anomaly_subscription" {
  service = "ce"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ce.resourceAnomalySubscriptionCreate, ce.resourceAnomalySubscriptionRead, ce.resourceAnomalySubscriptionUpdate, ce.resourceAnomalySubscriptionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ce:GetAnomalySubscriptions", "ce:ListTagsForResource"]
    source  = "ce.resourceAnomalySubscriptionRead + ce.(*servicePackage).ListTags"
  }

  create {
    actions = ["ce:CreateAnomalySubscription", "ce:GetAnomalySubscriptions"]
    source  = "ce.resourceAnomalySubscriptionCreate"
  }

  update {
    attributes = []
    actions    = ["ce:UpdateAnomalySubscription"]
    source     = "ce.resourceAnomalySubscriptionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ce:TagResource", "ce:UntagResource"]
    source     = "ce.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ce:DeleteAnomalySubscription"]
    source  = "ce.resourceAnomalySubscriptionDelete"
  }
}

resource "aws_ce_cost_allocation_tag" {
  service = "ce"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ce.resourceCostAllocationTagUpdate, ce.resourceCostAllocationTagRead, ce.resourceCostAllocationTagDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ce:ListCostAllocationTags"]
    source  = "ce.resourceCostAllocationTagRead"
  }

  create {
    actions = ["ce:ListCostAllocationTags", "ce:UpdateCostAllocationTagsStatus"]
    source  = "ce.resourceCostAllocationTagUpdate"
  }

  update {
    attributes = []
    actions    = ["ce:UpdateCostAllocationTagsStatus"]
    source     = "ce.resourceCostAllocationTagUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ce:UpdateCostAllocationTagsStatus"]
    source  = "ce.resourceCostAllocationTagDelete"
  }
}

resource "aws_ce_cost_category" {
  service = "ce"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ce.resourceCostCategoryCreate, ce.resourceCostCategoryRead, ce.resourceCostCategoryUpdate, ce.resourceCostCategoryDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ce:DescribeCostCategoryDefinition", "ce:ListTagsForResource"]
    source  = "ce.resourceCostCategoryRead + ce.(*servicePackage).ListTags"
  }

  create {
    actions = ["ce:CreateCostCategoryDefinition", "ce:DescribeCostCategoryDefinition"]
    source  = "ce.resourceCostCategoryCreate"
  }

  update {
    attributes = []
    actions    = ["ce:UpdateCostCategoryDefinition"]
    source     = "ce.resourceCostCategoryUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ce:TagResource", "ce:UntagResource"]
    source     = "ce.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ce:DeleteCostCategoryDefinition"]
    source  = "ce.resourceCostCategoryDelete"
  }
}

data "aws_ce_cost_category" {
  service = "ce"
  source  = "import: pike data/ce/aws_ce_cost_category.json"

  read {
    actions = ["ce:DescribeCostCategoryDefinition"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ce_tags" {
  service = "ce"
  source  = "import: pike data/ce/aws_ce_tags.json"

  read {
    actions = ["ce:GetTags"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
