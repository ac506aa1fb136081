# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_rekognition_collection" {
  service = "rekognition"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rekognition.(*collectionResource).Create, rekognition.(*collectionResource).Read, rekognition.(*collectionResource).Update (no call-graph entry), rekognition.(*collectionResource).Delete) + iamlive-map 2022-08-19 + pike resource/rekognition/aws_rekognition_collection.json for update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update rekognition.(*collectionResource).Update (no call-graph entry)"

  read {
    actions = ["rekognition:DescribeCollection", "rekognition:ListTagsForResource"]
    source  = "rekognition.(*collectionResource).Read + rekognition.(*servicePackage).ListTags"
  }

  create {
    actions = ["rekognition:CreateCollection", "rekognition:DescribeCollection"]
    source  = "rekognition.(*collectionResource).Create"
  }

  update {
    attributes = []
    actions    = []
    source     = "import: pike resource/rekognition/aws_rekognition_collection.json (update re-phased from Pike's lists: the call graph has no entry for rekognition.(*collectionResource).Update)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rekognition:TagResource", "rekognition:UntagResource"]
    source     = "rekognition.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rekognition:DeleteCollection"]
    source  = "rekognition.(*collectionResource).Delete"
  }
}

resource "aws_rekognition_project" {
  service = "rekognition"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rekognition.(*projectResource).Create, rekognition.(*projectResource).Read, rekognition.(*projectResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["rekognition:DescribeProjects", "rekognition:ListTagsForResource"]
    source  = "rekognition.(*projectResource).Read + rekognition.(*servicePackage).ListTags"
  }

  create {
    actions = ["rekognition:CreateProject", "rekognition:DescribeProjects"]
    source  = "rekognition.(*projectResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["rekognition:TagResource", "rekognition:UntagResource"]
    source     = "rekognition.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rekognition:DeleteProject", "rekognition:DescribeProjects"]
    source  = "rekognition.(*projectResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_rekognition_stream_processor" {
  service = "rekognition"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rekognition.(*streamProcessorResource).Create, rekognition.(*streamProcessorResource).Read, rekognition.(*streamProcessorResource).Update, rekognition.(*streamProcessorResource).Delete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by rekognition.CreateStreamProcessor (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["rekognition:DescribeStreamProcessor", "rekognition:ListTagsForResource"]
    source  = "rekognition.(*streamProcessorResource).Read + rekognition.(*servicePackage).ListTags"
  }

  create {
    actions = ["rekognition:CreateStreamProcessor", "rekognition:DescribeStreamProcessor"]
    source  = "rekognition.(*streamProcessorResource).Create"
  }

  update {
    attributes = []
    actions    = ["rekognition:UpdateStreamProcessor"]
    source     = "rekognition.(*streamProcessorResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rekognition:TagResource", "rekognition:UntagResource"]
    source     = "rekognition.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rekognition:DeleteStreamProcessor", "rekognition:DescribeStreamProcessor"]
    source  = "rekognition.(*streamProcessorResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
