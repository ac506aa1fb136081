# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_ivs_channel" {
  service = "ivs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ivs.resourceChannelCreate, ivs.resourceChannelRead, ivs.resourceChannelUpdate, ivs.resourceChannelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ivs:GetChannel", "ivs:ListTagsForResource"]
    source  = "ivs.resourceChannelRead + ivs.(*servicePackage).ListTags"
  }

  create {
    actions = ["ivs:CreateChannel", "ivs:GetChannel"]
    source  = "ivs.resourceChannelCreate"
  }

  update {
    attributes = []
    actions    = ["ivs:UpdateChannel"]
    source     = "ivs.resourceChannelUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ivs:TagResource", "ivs:UntagResource"]
    source     = "ivs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ivs:DeleteChannel", "ivs:GetChannel"]
    source  = "ivs.resourceChannelDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ivs_playback_key_pair" {
  service = "ivs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ivs.resourcePlaybackKeyPairCreate, ivs.resourcePlaybackKeyPairRead, ivs.resourcePlaybackKeyPairDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ivs:GetPlaybackKeyPair", "ivs:ListTagsForResource"]
    source  = "ivs.resourcePlaybackKeyPairRead + ivs.(*servicePackage).ListTags"
  }

  create {
    actions = ["ivs:GetPlaybackKeyPair", "ivs:ImportPlaybackKeyPair"]
    source  = "ivs.resourcePlaybackKeyPairCreate"
  }

  update {
    attributes = ["tags"]
    actions    = ["ivs:TagResource", "ivs:UntagResource"]
    source     = "ivs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ivs:DeletePlaybackKeyPair", "ivs:GetPlaybackKeyPair"]
    source  = "ivs.resourcePlaybackKeyPairDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ivs_recording_configuration" {
  service = "ivs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ivs.resourceRecordingConfigurationCreate, ivs.resourceRecordingConfigurationRead, ivs.resourceRecordingConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ivs:GetRecordingConfiguration", "ivs:ListTagsForResource"]
    source  = "ivs.resourceRecordingConfigurationRead + ivs.(*servicePackage).ListTags"
  }

  create {
    actions = ["ivs:CreateRecordingConfiguration", "ivs:GetRecordingConfiguration"]
    source  = "ivs.resourceRecordingConfigurationCreate"
  }

  update {
    attributes = ["tags"]
    actions    = ["ivs:TagResource", "ivs:UntagResource"]
    source     = "ivs.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ivs:DeleteRecordingConfiguration", "ivs:GetRecordingConfiguration"]
    source  = "ivs.resourceRecordingConfigurationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_ivs_stream_key" {
  service = "ivs"
  source  = "import: pike data/ivs/aws_ivs_stream_key.json"

  read {
    actions = ["ivs:ListStreamKeys"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
