# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_media_packagev2_channel_group" {
  service = "mediapackagev2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (mediapackagev2.(*channelGroupResource).Create, mediapackagev2.(*channelGroupResource).Read, mediapackagev2.(*channelGroupResource).Update, mediapackagev2.(*channelGroupResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: mediapackagev2:CreateChannelGroup, mediapackagev2:DeleteChannelGroup, mediapackagev2:GetChannelGroup, mediapackagev2:ListTagsForResource, mediapackagev2:TagResource, mediapackagev2:UntagResource, mediapackagev2:UpdateChannelGroup"

  read {
    actions = ["mediapackagev2:GetChannelGroup", "mediapackagev2:ListTagsForResource"]
    source  = "mediapackagev2.(*channelGroupResource).Read + mediapackagev2.(*servicePackage).ListTags"
  }

  create {
    actions = ["mediapackagev2:CreateChannelGroup"]
    source  = "mediapackagev2.(*channelGroupResource).Create"
  }

  update {
    attributes = []
    actions    = ["mediapackagev2:UpdateChannelGroup"]
    source     = "mediapackagev2.(*channelGroupResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["mediapackagev2:TagResource", "mediapackagev2:UntagResource"]
    source     = "mediapackagev2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["mediapackagev2:DeleteChannelGroup", "mediapackagev2:GetChannelGroup"]
    source  = "mediapackagev2.(*channelGroupResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
