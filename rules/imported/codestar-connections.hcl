# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_codestarconnections_connection" {
  service = "codestar-connections"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codestarconnections.resourceConnectionCreate, codestarconnections.resourceConnectionRead, codestarconnections.resourceConnectionUpdate, codestarconnections.resourceConnectionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codestar-connections:GetConnection", "codestar-connections:ListTagsForResource"]
    source  = "codestarconnections.resourceConnectionRead + codestarconnections.(*servicePackage).ListTags"
  }

  create {
    actions = ["codestar-connections:CreateConnection", "codestar-connections:GetConnection"]
    source  = "codestarconnections.resourceConnectionCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "codestarconnections.resourceConnectionUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["codestar-connections:TagResource", "codestar-connections:UntagResource"]
    source     = "codestarconnections.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["codestar-connections:DeleteConnection"]
    source  = "codestarconnections.resourceConnectionDelete"
  }
}

resource "aws_codestarconnections_host" {
  service = "codestar-connections"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codestarconnections.resourceHostCreate, codestarconnections.resourceHostRead, codestarconnections.resourceHostUpdate, codestarconnections.resourceHostDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codestar-connections:GetHost"]
    source  = "codestarconnections.resourceHostRead"
  }

  create {
    actions = ["codestar-connections:CreateHost", "codestar-connections:GetHost"]
    source  = "codestarconnections.resourceHostCreate"
  }

  update {
    attributes = []
    actions    = ["codestar-connections:UpdateHost"]
    source     = "codestarconnections.resourceHostUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["codestar-connections:DeleteHost"]
    source  = "codestarconnections.resourceHostDelete"
  }
}

data "aws_codestarconnections_connection" {
  service = "codestar-connections"
  source  = "import: pike data/codestar-connections/aws_codestarconnections_connection.json"

  read {
    actions = ["codestar-connections:ListConnections"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
