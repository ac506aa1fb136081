# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_media_package_channel" {
  service = "mediapackage"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (mediapackage.resourceChannelCreate, mediapackage.resourceChannelRead, mediapackage.resourceChannelUpdate, mediapackage.resourceChannelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["mediapackage:DescribeChannel", "mediapackage:ListTagsForResource"]
    source  = "mediapackage.resourceChannelRead + mediapackage.(*servicePackage).ListTags"
  }

  create {
    actions = ["mediapackage:CreateChannel", "mediapackage:DescribeChannel"]
    source  = "mediapackage.resourceChannelCreate"
  }

  update {
    attributes = []
    actions    = ["mediapackage:UpdateChannel"]
    source     = "mediapackage.resourceChannelUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["mediapackage:TagResource", "mediapackage:UntagResource"]
    source     = "mediapackage.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["mediapackage:DeleteChannel", "mediapackage:DescribeChannel"]
    source  = "mediapackage.resourceChannelDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
