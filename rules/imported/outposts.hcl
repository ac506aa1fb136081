# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_outposts_capacity_task" {
  service = "outposts"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (outposts.(*capacityTaskResource).Create, outposts.(*capacityTaskResource).Read, outposts.(*capacityTaskResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: outposts:CancelCapacityTask, outposts:GetCapacityTask, outposts:StartCapacityTask"

  read {
    actions = ["outposts:GetCapacityTask"]
    source  = "outposts.(*capacityTaskResource).Read"
  }

  create {
    actions = ["outposts:GetCapacityTask", "outposts:StartCapacityTask"]
    source  = "outposts.(*capacityTaskResource).Create"
  }

  delete {
    actions = ["outposts:CancelCapacityTask", "outposts:GetCapacityTask"]
    source  = "outposts.(*capacityTaskResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_outposts_asset" {
  service = "outposts"
  source  = "import: pike data/outposts/aws_outposts_asset.json"

  read {
    actions = ["outposts:ListAssets"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_outposts_assets" {
  service = "outposts"
  source  = "import: pike data/outposts/aws_outposts_assets.json"

  read {
    actions = ["outposts:ListAssets"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_outposts_outpost" {
  service = "outposts"
  source  = "import: pike data/outposts/aws_outposts_outpost.json"

  read {
    actions = ["outposts:ListOutposts"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_outposts_outpost_instance_type" {
  service = "outposts"
  source  = "import: pike data/outposts/aws_outposts_outpost_instance_type.json"

  read {
    actions = ["outposts:GetOutpostInstanceTypes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_outposts_outpost_instance_types" {
  service = "outposts"
  source  = "import: pike data/outposts/aws_outposts_outpost_instance_types.json"

  read {
    actions = ["outposts:GetOutpostInstanceTypes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_outposts_outposts" {
  service = "outposts"
  source  = "import: pike data/outposts/aws_outposts_outposts.json"

  read {
    actions = ["outposts:ListOutposts"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_outposts_site" {
  service = "outposts"
  source  = "import: pike data/outposts/aws_outposts_site.json"

  read {
    actions = ["outposts:ListSites"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_outposts_sites" {
  service = "outposts"
  source  = "import: pike data/outposts/aws_outposts_sites.json"

  read {
    actions = ["outposts:ListSites"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
