# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_s3tables_namespace" {
  service = "s3tables"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3tables.(*namespaceResource).Create, s3tables.(*namespaceResource).Read, s3tables.(*namespaceResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3tables:CreateNamespace, s3tables:DeleteNamespace, s3tables:GetNamespace"

  read {
    actions = ["s3tables:GetNamespace"]
    source  = "s3tables.(*namespaceResource).Read"
  }

  create {
    actions = ["s3tables:CreateNamespace", "s3tables:GetNamespace"]
    source  = "s3tables.(*namespaceResource).Create"
  }

  delete {
    actions = ["s3tables:DeleteNamespace"]
    source  = "s3tables.(*namespaceResource).Delete"
  }
}

resource "aws_s3tables_table" {
  service = "s3tables"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3tables.(*tableResource).Create, s3tables.(*tableResource).Read, s3tables.(*tableResource).Update, s3tables.(*tableResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3tables:CreateTable, s3tables:DeleteTable, s3tables:GetTable, s3tables:GetTableEncryption, s3tables:GetTableMaintenanceConfiguration, s3tables:ListTagsForResource, s3tables:PutTableMaintenanceConfiguration, s3tables:RenameTable, s3tables:TagResource, s3tables:UntagResource"

  read {
    actions = [
      "s3tables:GetTable",
      "s3tables:GetTableEncryption",
      "s3tables:GetTableMaintenanceConfiguration",
      "s3tables:ListTagsForResource",
    ]
    source  = "s3tables.(*tableResource).Read + s3tables.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "s3tables:CreateTable",
      "s3tables:GetTable",
      "s3tables:GetTableEncryption",
      "s3tables:GetTableMaintenanceConfiguration",
      "s3tables:PutTableMaintenanceConfiguration",
    ]
    source  = "s3tables.(*tableResource).Create"
  }

  update {
    attributes = []
    actions    = ["s3tables:PutTableMaintenanceConfiguration", "s3tables:RenameTable"]
    source     = "s3tables.(*tableResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["s3tables:TagResource", "s3tables:UntagResource"]
    source     = "s3tables.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["s3tables:DeleteTable"]
    source  = "s3tables.(*tableResource).Delete"
  }
}

resource "aws_s3tables_table_bucket" {
  service = "s3tables"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3tables.(*tableBucketResource).Create, s3tables.(*tableBucketResource).Read, s3tables.(*tableBucketResource).Update, s3tables.(*tableBucketResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3tables:CreateTableBucket, s3tables:DeleteNamespace, s3tables:DeleteTable, s3tables:DeleteTableBucket, s3tables:GetTableBucket, s3tables:GetTableBucketEncryption, s3tables:GetTableBucketMaintenanceConfiguration, s3tables:ListNamespaces, s3tables:ListTables, s3tables:ListTagsForResource, s3tables:PutTableBucketEncryption, s3tables:PutTableBucketMaintenanceConfiguration, s3tables:TagResource, s3tables:UntagResource"

  read {
    actions = [
      "s3tables:GetTableBucket",
      "s3tables:GetTableBucketEncryption",
      "s3tables:GetTableBucketMaintenanceConfiguration",
      "s3tables:ListTagsForResource",
    ]
    source  = "s3tables.(*tableBucketResource).Read + s3tables.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "s3tables:CreateTableBucket",
      "s3tables:GetTableBucket",
      "s3tables:GetTableBucketEncryption",
      "s3tables:GetTableBucketMaintenanceConfiguration",
      "s3tables:PutTableBucketMaintenanceConfiguration",
    ]
    source  = "s3tables.(*tableBucketResource).Create"
  }

  update {
    attributes = []
    actions    = [
      "s3tables:PutTableBucketEncryption",
      "s3tables:PutTableBucketMaintenanceConfiguration",
    ]
    source     = "s3tables.(*tableBucketResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["s3tables:TagResource", "s3tables:UntagResource"]
    source     = "s3tables.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "s3tables:DeleteNamespace",
      "s3tables:DeleteTable",
      "s3tables:DeleteTableBucket",
      "s3tables:ListNamespaces",
      "s3tables:ListTables",
    ]
    source  = "s3tables.(*tableBucketResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3tables_table_bucket_policy" {
  service = "s3tables"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3tables.(*tableBucketPolicyResource).Create, s3tables.(*tableBucketPolicyResource).Read, s3tables.(*tableBucketPolicyResource).Update, s3tables.(*tableBucketPolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3tables:DeleteTableBucketPolicy, s3tables:GetTableBucketPolicy, s3tables:PutTableBucketPolicy"

  read {
    actions = ["s3tables:GetTableBucketPolicy"]
    source  = "s3tables.(*tableBucketPolicyResource).Read"
  }

  create {
    actions = ["s3tables:PutTableBucketPolicy"]
    source  = "s3tables.(*tableBucketPolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["s3tables:PutTableBucketPolicy"]
    source     = "s3tables.(*tableBucketPolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3tables:DeleteTableBucketPolicy"]
    source  = "s3tables.(*tableBucketPolicyResource).Delete"
  }
}

resource "aws_s3tables_table_bucket_replication" {
  service = "s3tables"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3tables.(*tableBucketReplicationResource).Create, s3tables.(*tableBucketReplicationResource).Read, s3tables.(*tableBucketReplicationResource).Update, s3tables.(*tableBucketReplicationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3tables:DeleteTableBucketReplication, s3tables:GetTableBucketReplication, s3tables:PutTableBucketReplication"

  read {
    actions = ["s3tables:GetTableBucketReplication"]
    source  = "s3tables.(*tableBucketReplicationResource).Read"
  }

  create {
    actions = ["s3tables:PutTableBucketReplication"]
    source  = "s3tables.(*tableBucketReplicationResource).Create"
  }

  update {
    attributes = []
    actions    = ["s3tables:PutTableBucketReplication"]
    source     = "s3tables.(*tableBucketReplicationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3tables:DeleteTableBucketReplication"]
    source  = "s3tables.(*tableBucketReplicationResource).Delete"
  }
}

resource "aws_s3tables_table_policy" {
  service = "s3tables"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3tables.(*tablePolicyResource).Create, s3tables.(*tablePolicyResource).Read, s3tables.(*tablePolicyResource).Update, s3tables.(*tablePolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3tables:DeleteTablePolicy, s3tables:GetTablePolicy, s3tables:PutTablePolicy"

  read {
    actions = ["s3tables:GetTablePolicy"]
    source  = "s3tables.(*tablePolicyResource).Read"
  }

  create {
    actions = ["s3tables:PutTablePolicy"]
    source  = "s3tables.(*tablePolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["s3tables:PutTablePolicy"]
    source     = "s3tables.(*tablePolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3tables:DeleteTablePolicy"]
    source  = "s3tables.(*tablePolicyResource).Delete"
  }
}

resource "aws_s3tables_table_replication" {
  service = "s3tables"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3tables.(*tableReplicationResource).Create, s3tables.(*tableReplicationResource).Read, s3tables.(*tableReplicationResource).Update, s3tables.(*tableReplicationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3tables:DeleteTableReplication, s3tables:GetTableReplication, s3tables:PutTableReplication"

  read {
    actions = ["s3tables:GetTableReplication"]
    source  = "s3tables.(*tableReplicationResource).Read"
  }

  create {
    actions = ["s3tables:PutTableReplication"]
    source  = "s3tables.(*tableReplicationResource).Create"
  }

  update {
    attributes = []
    actions    = ["s3tables:PutTableReplication"]
    source     = "s3tables.(*tableReplicationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3tables:DeleteTableReplication"]
    source  = "s3tables.(*tableReplicationResource).Delete"
  }
}
