# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_keyspaces_keyspace" {
  service = "cassandra"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (keyspaces.resourceKeyspaceCreate, keyspaces.resourceKeyspaceRead, keyspaces.resourceKeyspaceUpdate, keyspaces.resourceKeyspaceDelete) + iamlive-map 2022-08-19 + pike resource/cassandra/aws_keyspaces_keyspace.json for create, delete, read, update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create keyspaces.CreateKeyspace, create keyspaces.GetKeyspace, delete keyspaces.DeleteKeyspace, delete keyspaces.GetKeyspace, read keyspaces.GetKeyspace, read keyspaces.ListTagsForResource, update keyspaces.GetKeyspace; not in iamlive-map, identical IAM name used: cassandra:TagResource, cassandra:UntagResource"

  read {
    actions = [
      "application-autoscaling:DescribeScalableTargets",
      "application-autoscaling:DescribeScalingPolicies",
      "cassandra:Select",
      "cloudwatch:DescribeAlarms",
    ]
    source  = "import: pike resource/cassandra/aws_keyspaces_keyspace.json (read re-phased from Pike's lists: no operation of keyspaces.resourceKeyspaceRead resolves to an IAM action)"
  }

  create {
    actions = ["cassandra:Alter", "cassandra:Create", "cassandra:Drop", "cassandra:TagResource"]
    source  = "import: pike resource/cassandra/aws_keyspaces_keyspace.json (create re-phased from Pike's lists: no operation of keyspaces.resourceKeyspaceCreate resolves to an IAM action)"
  }

  update {
    attributes = []
    actions    = [
      "application-autoscaling:DeregisterScalableTarget",
      "application-autoscaling:PutScalingPolicy",
      "application-autoscaling:RegisterScalableTarget",
      "cassandra:Alter",
      "cassandra:Modify",
      "cloudwatch:DeleteAlarms",
      "cloudwatch:PutMetricAlarm",
      "iam:CreateServiceLinkedRole",
    ]
    source     = "import: pike resource/cassandra/aws_keyspaces_keyspace.json (update re-phased from Pike's lists: no operation of keyspaces.resourceKeyspaceUpdate resolves to an IAM action)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cassandra:TagResource", "cassandra:UntagResource"]
    source     = "keyspaces.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cassandra:Drop", "cassandra:UntagResource"]
    source  = "import: pike resource/cassandra/aws_keyspaces_keyspace.json (delete re-phased from Pike's lists: no operation of keyspaces.resourceKeyspaceDelete resolves to an IAM action)"
  }
}

resource "aws_keyspaces_table" {
  service = "cassandra"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (keyspaces.resourceTableCreate, keyspaces.resourceTableRead, keyspaces.resourceTableUpdate, keyspaces.resourceTableDelete) + iamlive-map 2022-08-19 + pike resource/cassandra/aws_keyspaces_table.json for create, delete, read, update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create keyspaces.CreateTable, create keyspaces.GetTable, delete keyspaces.DeleteTable, delete keyspaces.GetTable, read keyspaces.GetTable, read keyspaces.ListTagsForResource, update keyspaces.GetTable, update keyspaces.UpdateTable; not in iamlive-map, identical IAM name used: cassandra:TagResource, cassandra:UntagResource"

  read {
    actions = ["cassandra:Select", "kms:DescribeKey"]
    source  = "import: pike resource/cassandra/aws_keyspaces_table.json (read re-phased from Pike's lists: no operation of keyspaces.resourceTableRead resolves to an IAM action)"
  }

  create {
    actions = [
      "cassandra:Alter",
      "cassandra:Create",
      "cassandra:Drop",
      "cassandra:TagResource",
      "kms:CreateGrant",
      "kms:Decrypt",
      "kms:Encrypt",
    ]
    source  = "import: pike resource/cassandra/aws_keyspaces_table.json (create re-phased from Pike's lists: no operation of keyspaces.resourceTableCreate resolves to an IAM action)"
  }

  update {
    attributes = []
    actions    = ["cassandra:Alter"]
    source     = "import: pike resource/cassandra/aws_keyspaces_table.json (update re-phased from Pike's lists: no operation of keyspaces.resourceTableUpdate resolves to an IAM action)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cassandra:TagResource", "cassandra:UntagResource"]
    source     = "keyspaces.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cassandra:Drop", "cassandra:UntagResource"]
    source  = "import: pike resource/cassandra/aws_keyspaces_table.json (delete re-phased from Pike's lists: no operation of keyspaces.resourceTableDelete resolves to an IAM action)"
  }
}
