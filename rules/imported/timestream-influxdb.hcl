# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_timestreaminfluxdb_db_cluster" {
  service = "timestream-influxdb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (timestreaminfluxdb.(*dbClusterResource).Create, timestreaminfluxdb.(*dbClusterResource).Read, timestreaminfluxdb.(*dbClusterResource).Update, timestreaminfluxdb.(*dbClusterResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: timestream-influxdb:CreateDbCluster, timestream-influxdb:DeleteDbCluster, timestream-influxdb:GetDbCluster, timestream-influxdb:ListTagsForResource, timestream-influxdb:TagResource, timestream-influxdb:UntagResource, timestream-influxdb:UpdateDbCluster"

  read {
    actions = ["timestream-influxdb:GetDbCluster", "timestream-influxdb:ListTagsForResource"]
    source  = "timestreaminfluxdb.(*dbClusterResource).Read + timestreaminfluxdb.(*servicePackage).ListTags"
  }

  create {
    actions = ["timestream-influxdb:CreateDbCluster", "timestream-influxdb:GetDbCluster"]
    source  = "timestreaminfluxdb.(*dbClusterResource).Create"
  }

  update {
    attributes = []
    actions    = ["timestream-influxdb:UpdateDbCluster"]
    source     = "timestreaminfluxdb.(*dbClusterResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["timestream-influxdb:TagResource", "timestream-influxdb:UntagResource"]
    source     = "timestreaminfluxdb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["timestream-influxdb:DeleteDbCluster", "timestream-influxdb:GetDbCluster"]
    source  = "timestreaminfluxdb.(*dbClusterResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_timestreaminfluxdb_db_instance" {
  service = "timestream-influxdb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (timestreaminfluxdb.(*dbInstanceResource).Create, timestreaminfluxdb.(*dbInstanceResource).Read, timestreaminfluxdb.(*dbInstanceResource).Update, timestreaminfluxdb.(*dbInstanceResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: timestream-influxdb:CreateDbInstance, timestream-influxdb:DeleteDbInstance, timestream-influxdb:GetDbInstance, timestream-influxdb:ListTagsForResource, timestream-influxdb:TagResource, timestream-influxdb:UntagResource, timestream-influxdb:UpdateDbInstance"

  read {
    actions = ["timestream-influxdb:GetDbInstance", "timestream-influxdb:ListTagsForResource"]
    source  = "timestreaminfluxdb.(*dbInstanceResource).Read + timestreaminfluxdb.(*servicePackage).ListTags"
  }

  create {
    actions = ["timestream-influxdb:CreateDbInstance", "timestream-influxdb:GetDbInstance"]
    source  = "timestreaminfluxdb.(*dbInstanceResource).Create"
  }

  update {
    attributes = []
    actions    = ["timestream-influxdb:UpdateDbInstance"]
    source     = "timestreaminfluxdb.(*dbInstanceResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["timestream-influxdb:TagResource", "timestream-influxdb:UntagResource"]
    source     = "timestreaminfluxdb.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["timestream-influxdb:DeleteDbInstance", "timestream-influxdb:GetDbInstance"]
    source  = "timestreaminfluxdb.(*dbInstanceResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
