# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_dataexchange_data_set" {
  service = "dataexchange"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dataexchange.resourceDataSetCreate, dataexchange.resourceDataSetRead, dataexchange.resourceDataSetUpdate, dataexchange.resourceDataSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["dataexchange:GetDataSet", "dataexchange:ListTagsForResource"]
    source  = "dataexchange.resourceDataSetRead + dataexchange.(*servicePackage).ListTags"
  }

  create {
    actions = ["dataexchange:CreateDataSet", "dataexchange:GetDataSet"]
    source  = "dataexchange.resourceDataSetCreate"
  }

  update {
    attributes = []
    actions    = ["dataexchange:UpdateDataSet"]
    source     = "dataexchange.resourceDataSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dataexchange:TagResource", "dataexchange:UntagResource"]
    source     = "dataexchange.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dataexchange:DeleteDataSet"]
    source  = "dataexchange.resourceDataSetDelete"
  }
}

resource "aws_dataexchange_event_action" {
  service = "dataexchange"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dataexchange.(*eventActionResource).Create, dataexchange.(*eventActionResource).Read, dataexchange.(*eventActionResource).Update, dataexchange.(*eventActionResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["dataexchange:GetEventAction"]
    source  = "dataexchange.(*eventActionResource).Read"
  }

  create {
    actions = ["dataexchange:CreateEventAction"]
    source  = "dataexchange.(*eventActionResource).Create"
  }

  update {
    attributes = []
    actions    = ["dataexchange:UpdateEventAction"]
    source     = "dataexchange.(*eventActionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["dataexchange:DeleteEventAction"]
    source  = "dataexchange.(*eventActionResource).Delete"
  }
}

resource "aws_dataexchange_revision" {
  service = "dataexchange"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dataexchange.resourceRevisionCreate, dataexchange.resourceRevisionRead, dataexchange.resourceRevisionUpdate, dataexchange.resourceRevisionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["dataexchange:GetRevision", "dataexchange:ListTagsForResource"]
    source  = "dataexchange.resourceRevisionRead + dataexchange.(*servicePackage).ListTags"
  }

  create {
    actions = ["dataexchange:CreateRevision", "dataexchange:GetRevision"]
    source  = "dataexchange.resourceRevisionCreate"
  }

  update {
    attributes = []
    actions    = ["dataexchange:UpdateRevision"]
    source     = "dataexchange.resourceRevisionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dataexchange:TagResource", "dataexchange:UntagResource"]
    source     = "dataexchange.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dataexchange:DeleteRevision"]
    source  = "dataexchange.resourceRevisionDelete"
  }
}

resource "aws_dataexchange_revision_assets" {
  service = "dataexchange"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dataexchange.(*revisionAssetsResource).Create, dataexchange.(*revisionAssetsResource).Read, dataexchange.(*revisionAssetsResource).Update, dataexchange.(*revisionAssetsResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["dataexchange:GetRevision", "dataexchange:ListTagsForResource"]
    source  = "dataexchange.(*revisionAssetsResource).Read + dataexchange.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "dataexchange:CreateJob",
      "dataexchange:CreateRevision",
      "dataexchange:GetJob",
      "dataexchange:ListRevisionAssets",
      "dataexchange:StartJob",
      "dataexchange:UpdateRevision",
    ]
    source  = "dataexchange.(*revisionAssetsResource).Create"
  }

  update {
    attributes = []
    actions    = ["dataexchange:UpdateRevision"]
    source     = "dataexchange.(*revisionAssetsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dataexchange:TagResource", "dataexchange:UntagResource"]
    source     = "dataexchange.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dataexchange:DeleteRevision", "dataexchange:UpdateRevision"]
    source  = "dataexchange.(*revisionAssetsResource).Delete"
  }
}
