# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_directory_service_conditional_forwarder" {
  service = "ds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ds.resourceConditionalForwarderCreate, ds.resourceConditionalForwarderRead, ds.resourceConditionalForwarderUpdate, ds.resourceConditionalForwarderDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ds:DescribeConditionalForwarders"]
    source  = "ds.resourceConditionalForwarderRead"
  }

  create {
    actions = ["ds:CreateConditionalForwarder", "ds:DescribeConditionalForwarders"]
    source  = "ds.resourceConditionalForwarderCreate"
  }

  update {
    attributes = []
    actions    = ["ds:UpdateConditionalForwarder"]
    source     = "ds.resourceConditionalForwarderUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ds:DeleteConditionalForwarder"]
    source  = "ds.resourceConditionalForwarderDelete"
  }
}

resource "aws_directory_service_directory" {
  service = "ds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ds.resourceDirectoryCreate, ds.resourceDirectoryRead, ds.resourceDirectoryUpdate, ds.resourceDirectoryDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ds:DeleteDirectory, ec2:DeleteNetworkInterface; not in iamlive-map, identical IAM name used: ds:DescribeDirectoryDataAccess, ds:DisableDirectoryDataAccess, ds:EnableDirectoryDataAccess"

  read {
    actions = ["ds:DescribeDirectories", "ds:DescribeDirectoryDataAccess", "ds:ListTagsForResource"]
    source  = "ds.resourceDirectoryRead + ds.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ds:CreateAlias",
      "ds:DescribeDirectories",
      "ds:DescribeDirectoryDataAccess",
      "ds:DescribeDomainControllers",
      "ds:EnableDirectoryDataAccess",
      "ds:EnableSso",
      "ds:UpdateNumberOfDomainControllers",
    ]
    source  = "ds.resourceDirectoryCreate"
  }

  update {
    attributes = []
    actions    = [
      "ds:DisableDirectoryDataAccess",
      "ds:DisableSso",
      "ds:EnableDirectoryDataAccess",
      "ds:EnableSso",
      "ds:UpdateNumberOfDomainControllers",
    ]
    source     = "ds.resourceDirectoryUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = [
      "ds:AddTagsToResource",
      "ds:RemoveTagsFromResource",
      "ec2:CreateTags",
      "ec2:DeleteTags",
    ]
    source     = "ds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ds:DeleteDirectory", "ds:DescribeDirectories", "ec2:DeleteNetworkInterface"]
    source  = "ds.resourceDirectoryDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_directory_service_log_subscription" {
  service = "ds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ds.resourceLogSubscriptionCreate, ds.resourceLogSubscriptionRead, ds.resourceLogSubscriptionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ds:ListLogSubscriptions"]
    source  = "ds.resourceLogSubscriptionRead"
  }

  create {
    actions = ["ds:CreateLogSubscription", "ds:ListLogSubscriptions"]
    source  = "ds.resourceLogSubscriptionCreate"
  }

  delete {
    actions = ["ds:DeleteLogSubscription"]
    source  = "ds.resourceLogSubscriptionDelete"
  }
}

resource "aws_directory_service_radius_settings" {
  service = "ds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ds.resourceRadiusSettingsCreate, ds.resourceRadiusSettingsRead, ds.resourceRadiusSettingsUpdate, ds.resourceRadiusSettingsDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ds:DescribeDirectories"]
    source  = "ds.resourceRadiusSettingsRead"
  }

  create {
    actions = ["ds:DescribeDirectories", "ds:EnableRadius"]
    source  = "ds.resourceRadiusSettingsCreate"
  }

  update {
    attributes = []
    actions    = ["ds:UpdateRadius"]
    source     = "ds.resourceRadiusSettingsUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ds:DisableRadius"]
    source  = "ds.resourceRadiusSettingsDelete"
  }
}

resource "aws_directory_service_region" {
  service = "ds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ds.resourceRegionCreate, ds.resourceRegionRead, ds.resourceRegionUpdate, ds.resourceRegionDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: ds:RemoveTagsFromResource, ec2:DeleteTags"

  read {
    actions = ["ds:DescribeRegions", "ds:ListTagsForResource"]
    source  = "ds.resourceRegionRead + ds.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ds:AddRegion",
      "ds:DescribeDomainControllers",
      "ds:DescribeRegions",
      "ds:ListTagsForResource",
      "ds:UpdateNumberOfDomainControllers",
    ]
    source  = "ds.resourceRegionCreate"
  }

  create {
    if_set  = "tags"
    actions = ["ds:AddTagsToResource", "ec2:CreateTags"]
    source  = "ds.resourceRegionCreate: the create handler itself reaches the tagging calls of UpdateTags (AddTagsToResource)"
  }

  update {
    attributes = []
    actions    = ["ds:UpdateNumberOfDomainControllers"]
    source     = "ds.resourceRegionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = [
      "ds:AddTagsToResource",
      "ds:RemoveTagsFromResource",
      "ec2:CreateTags",
      "ec2:DeleteTags",
    ]
    source     = "ds.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ds:DescribeRegions", "ds:RemoveRegion"]
    source  = "ds.resourceRegionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_directory_service_shared_directory" {
  service = "ds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ds.resourceSharedDirectoryCreate, ds.resourceSharedDirectoryRead, ds.resourceSharedDirectoryDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ds:DescribeSharedDirectories"]
    source  = "ds.resourceSharedDirectoryRead"
  }

  create {
    actions = ["ds:DescribeSharedDirectories", "ds:ShareDirectory"]
    source  = "ds.resourceSharedDirectoryCreate"
  }

  delete {
    actions = ["ds:DescribeSharedDirectories", "ds:UnshareDirectory"]
    source  = "ds.resourceSharedDirectoryDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_directory_service_shared_directory_accepter" {
  service = "ds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ds.resourceSharedDirectoryAccepterCreate, ds.resourceSharedDirectoryAccepterRead, ds.resourceSharedDirectoryAccepterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ds:DescribeDirectories"]
    source  = "ds.resourceSharedDirectoryAccepterRead"
  }

  create {
    actions = ["ds:AcceptSharedDirectory", "ds:DescribeDirectories"]
    source  = "ds.resourceSharedDirectoryAccepterCreate"
  }

  delete {
    actions = ["ds:DeleteDirectory", "ds:DescribeDirectories", "ec2:DeleteNetworkInterface"]
    source  = "ds.resourceSharedDirectoryAccepterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_directory_service_trust" {
  service = "ds"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ds.(*trustResource).Create, ds.(*trustResource).Read, ds.(*trustResource).Update, ds.(*trustResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["ds:DescribeConditionalForwarders", "ds:DescribeTrusts"]
    source  = "ds.(*trustResource).Read"
  }

  create {
    actions = ["ds:CreateTrust", "ds:DescribeTrusts"]
    source  = "ds.(*trustResource).Create"
  }

  update {
    attributes = []
    actions    = ["ds:UpdateConditionalForwarder", "ds:UpdateTrust"]
    source     = "ds.(*trustResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ds:DeleteTrust", "ds:DescribeTrusts"]
    source  = "ds.(*trustResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
