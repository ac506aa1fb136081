# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_kinesis_video_stream" {
  service = "kinesisvideo"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kinesisvideo.resourceStreamCreate, kinesisvideo.resourceStreamRead, kinesisvideo.resourceStreamUpdate, kinesisvideo.resourceStreamDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["kinesisvideo:DescribeStream", "kinesisvideo:ListTagsForStream"]
    source  = "kinesisvideo.resourceStreamRead + kinesisvideo.(*servicePackage).ListTags"
  }

  create {
    actions = ["kinesisvideo:CreateStream", "kinesisvideo:DescribeStream"]
    source  = "kinesisvideo.resourceStreamCreate"
  }

  update {
    attributes = []
    actions    = ["kinesisvideo:UpdateStream"]
    source     = "kinesisvideo.resourceStreamUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kinesisvideo:TagStream", "kinesisvideo:UntagStream"]
    source     = "kinesisvideo.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kinesisvideo:DeleteStream", "kinesisvideo:DescribeStream"]
    source  = "kinesisvideo.resourceStreamDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
