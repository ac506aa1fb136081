# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_schemas_discoverer" {
  service = "schemas"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (schemas.resourceDiscovererCreate, schemas.resourceDiscovererRead, schemas.resourceDiscovererUpdate, schemas.resourceDiscovererDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["schemas:DescribeDiscoverer", "schemas:ListTagsForResource"]
    source  = "schemas.resourceDiscovererRead + schemas.(*servicePackage).ListTags"
  }

  create {
    actions = ["schemas:CreateDiscoverer", "schemas:DescribeDiscoverer"]
    source  = "schemas.resourceDiscovererCreate"
  }

  update {
    attributes = []
    actions    = ["schemas:UpdateDiscoverer"]
    source     = "schemas.resourceDiscovererUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["schemas:TagResource", "schemas:UntagResource"]
    source     = "schemas.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["schemas:DeleteDiscoverer"]
    source  = "schemas.resourceDiscovererDelete"
  }
}

resource "aws_schemas_registry" {
  service = "schemas"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (schemas.resourceRegistryCreate, schemas.resourceRegistryRead, schemas.resourceRegistryUpdate, schemas.resourceRegistryDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["schemas:DescribeRegistry", "schemas:ListTagsForResource"]
    source  = "schemas.resourceRegistryRead + schemas.(*servicePackage).ListTags"
  }

  create {
    actions = ["schemas:CreateRegistry", "schemas:DescribeRegistry"]
    source  = "schemas.resourceRegistryCreate"
  }

  update {
    attributes = []
    actions    = ["schemas:UpdateRegistry"]
    source     = "schemas.resourceRegistryUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["schemas:TagResource", "schemas:UntagResource"]
    source     = "schemas.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["schemas:DeleteRegistry"]
    source  = "schemas.resourceRegistryDelete"
  }
}

resource "aws_schemas_registry_policy" {
  service = "schemas"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (schemas.resourceRegistryPolicyCreate, schemas.resourceRegistryPolicyRead, schemas.resourceRegistryPolicyUpdate, schemas.resourceRegistryPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["schemas:GetResourcePolicy"]
    source  = "schemas.resourceRegistryPolicyRead"
  }

  create {
    actions = ["schemas:GetResourcePolicy", "schemas:PutResourcePolicy"]
    source  = "schemas.resourceRegistryPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["schemas:PutResourcePolicy"]
    source     = "schemas.resourceRegistryPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["schemas:DeleteResourcePolicy"]
    source  = "schemas.resourceRegistryPolicyDelete"
  }
}

resource "aws_schemas_schema" {
  service = "schemas"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (schemas.resourceSchemaCreate, schemas.resourceSchemaRead, schemas.resourceSchemaUpdate, schemas.resourceSchemaDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["schemas:DescribeSchema", "schemas:ListTagsForResource"]
    source  = "schemas.resourceSchemaRead + schemas.(*servicePackage).ListTags"
  }

  create {
    actions = ["schemas:CreateSchema", "schemas:DescribeSchema"]
    source  = "schemas.resourceSchemaCreate"
  }

  update {
    attributes = []
    actions    = ["schemas:UpdateSchema"]
    source     = "schemas.resourceSchemaUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["schemas:TagResource", "schemas:UntagResource"]
    source     = "schemas.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["schemas:DeleteSchema"]
    source  = "schemas.resourceSchemaDelete"
  }
}
