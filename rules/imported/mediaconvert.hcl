# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_media_convert_queue" {
  service = "mediaconvert"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (mediaconvert.resourceQueueCreate, mediaconvert.resourceQueueRead, mediaconvert.resourceQueueUpdate, mediaconvert.resourceQueueDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["mediaconvert:GetQueue", "mediaconvert:ListTagsForResource"]
    source  = "mediaconvert.resourceQueueRead + mediaconvert.(*servicePackage).ListTags"
  }

  create {
    actions = ["mediaconvert:CreateQueue", "mediaconvert:GetQueue"]
    source  = "mediaconvert.resourceQueueCreate"
  }

  update {
    attributes = []
    actions    = ["mediaconvert:UpdateQueue"]
    source     = "mediaconvert.resourceQueueUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["mediaconvert:TagResource", "mediaconvert:UntagResource"]
    source     = "mediaconvert.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["mediaconvert:DeleteQueue"]
    source  = "mediaconvert.resourceQueueDelete"
  }
}

data "aws_media_convert_queue" {
  service = "mediaconvert"
  source  = "import: pike data/mediaconvert/aws_media_convert_queue.json"

  read {
    actions = ["mediaconvert:GetQueue", "mediaconvert:ListTagsForResource"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
