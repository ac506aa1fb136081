# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_docdbelastic_cluster" {
  service = "docdb-elastic"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (docdbelastic.(*clusterResource).Create, docdbelastic.(*clusterResource).Read, docdbelastic.(*clusterResource).Update, docdbelastic.(*clusterResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: docdb-elastic:CreateCluster, docdb-elastic:DeleteCluster, docdb-elastic:GetCluster, docdb-elastic:ListTagsForResource, docdb-elastic:TagResource, docdb-elastic:UntagResource, docdb-elastic:UpdateCluster"

  read {
    actions = ["docdb-elastic:GetCluster", "docdb-elastic:ListTagsForResource"]
    source  = "docdbelastic.(*clusterResource).Read + docdbelastic.(*servicePackage).ListTags"
  }

  create {
    actions = ["docdb-elastic:CreateCluster", "docdb-elastic:GetCluster"]
    source  = "docdbelastic.(*clusterResource).Create"
  }

  update {
    attributes = []
    actions    = ["docdb-elastic:UpdateCluster"]
    source     = "docdbelastic.(*clusterResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["docdb-elastic:TagResource", "docdb-elastic:UntagResource"]
    source     = "docdbelastic.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["docdb-elastic:DeleteCluster", "docdb-elastic:GetCluster"]
    source  = "docdbelastic.(*clusterResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
