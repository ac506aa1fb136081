# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cloudtrail_event_data_store" {
  service = "cloudtrail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudtrail.resourceEventDataStoreCreate, cloudtrail.resourceEventDataStoreRead, cloudtrail.resourceEventDataStoreUpdate, cloudtrail.resourceEventDataStoreDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudtrail:StartEventDataStoreIngestion, cloudtrail:StopEventDataStoreIngestion"

  read {
    actions = ["cloudtrail:GetEventDataStore", "cloudtrail:ListTags"]
    source  = "cloudtrail.resourceEventDataStoreRead + cloudtrail.(*servicePackage).ListTags"
  }

  create {
    actions = ["cloudtrail:CreateEventDataStore", "cloudtrail:GetEventDataStore"]
    source  = "cloudtrail.resourceEventDataStoreCreate"
  }

  update {
    attributes = []
    actions    = [
      "cloudtrail:StartEventDataStoreIngestion",
      "cloudtrail:StopEventDataStoreIngestion",
      "cloudtrail:UpdateEventDataStore",
    ]
    source     = "cloudtrail.resourceEventDataStoreUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudtrail:AddTags", "cloudtrail:RemoveTags"]
    source     = "cloudtrail.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cloudtrail:DeleteEventDataStore", "cloudtrail:GetEventDataStore"]
    source  = "cloudtrail.resourceEventDataStoreDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudtrail_organization_delegated_admin_account" {
  service = "cloudtrail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudtrail.(*organizationDelegatedAdminAccountResource).Create, cloudtrail.(*organizationDelegatedAdminAccountResource).Read (no call-graph entry), cloudtrail.(*organizationDelegatedAdminAccountResource).Delete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): read cloudtrail.(*organizationDelegatedAdminAccountResource).Read (no call-graph entry); not in iamlive-map, identical IAM name used: cloudtrail:DeregisterOrganizationDelegatedAdmin, cloudtrail:RegisterOrganizationDelegatedAdmin"

  create {
    actions = ["cloudtrail:RegisterOrganizationDelegatedAdmin"]
    source  = "cloudtrail.(*organizationDelegatedAdminAccountResource).Create"
  }

  delete {
    actions = ["cloudtrail:DeregisterOrganizationDelegatedAdmin"]
    source  = "cloudtrail.(*organizationDelegatedAdminAccountResource).Delete"
  }
}
