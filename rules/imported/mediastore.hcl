# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_media_store_container" {
  service = "mediastore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (mediastore.resourceContainerCreate, mediastore.resourceContainerRead, mediastore.resourceContainerUpdate, mediastore.resourceContainerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["mediastore:DescribeContainer", "mediastore:ListTagsForResource"]
    source  = "mediastore.resourceContainerRead + mediastore.(*servicePackage).ListTags"
  }

  create {
    actions = ["mediastore:CreateContainer", "mediastore:DescribeContainer"]
    source  = "mediastore.resourceContainerCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "mediastore.resourceContainerUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["mediastore:TagResource", "mediastore:UntagResource"]
    source     = "mediastore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["mediastore:DeleteContainer", "mediastore:DescribeContainer"]
    source  = "mediastore.resourceContainerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_media_store_container_policy" {
  service = "mediastore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (mediastore.resourceContainerPolicyPut, mediastore.resourceContainerPolicyRead, mediastore.resourceContainerPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["mediastore:GetContainerPolicy"]
    source  = "mediastore.resourceContainerPolicyRead"
  }

  create {
    actions = ["mediastore:GetContainerPolicy", "mediastore:PutContainerPolicy"]
    source  = "mediastore.resourceContainerPolicyPut"
  }

  update {
    attributes = []
    actions    = ["mediastore:PutContainerPolicy"]
    source     = "mediastore.resourceContainerPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["mediastore:DeleteContainerPolicy"]
    source  = "mediastore.resourceContainerPolicyDelete"
  }
}
