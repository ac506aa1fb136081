# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_drs_replication_configuration_template" {
  service = "drs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (drs.(*replicationConfigurationTemplateResource).Create, drs.(*replicationConfigurationTemplateResource).Read, drs.(*replicationConfigurationTemplateResource).Update, drs.(*replicationConfigurationTemplateResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["drs:DescribeReplicationConfigurationTemplates", "drs:ListTagsForResource"]
    source  = "drs.(*replicationConfigurationTemplateResource).Read + drs.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "drs:CreateReplicationConfigurationTemplate",
      "drs:DescribeReplicationConfigurationTemplates",
    ]
    source  = "drs.(*replicationConfigurationTemplateResource).Create"
  }

  update {
    attributes = []
    actions    = ["drs:UpdateReplicationConfigurationTemplate"]
    source     = "drs.(*replicationConfigurationTemplateResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["drs:TagResource", "drs:UntagResource"]
    source     = "drs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "drs:DeleteReplicationConfigurationTemplate",
      "drs:DescribeReplicationConfigurationTemplates",
    ]
    source  = "drs.(*replicationConfigurationTemplateResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
