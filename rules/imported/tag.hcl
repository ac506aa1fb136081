# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

data "aws_resourcegroupstaggingapi_required_tags" {
  service = "tag"
  source  = "import: pike data/tag/aws_resourcegroupstaggingapi_required_tags.json"

  read {
    actions = ["tag:ListRequiredTags"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_resourcegroupstaggingapi_resources" {
  service = "tag"
  source  = "import: pike data/tag/aws_resourcegroupstaggingapi_resources.json"

  read {
    actions = ["tag:GetResources"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
