# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_oam_link" {
  service = "oam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (oam.resourceLinkCreate, oam.resourceLinkRead, oam.resourceLinkUpdate, oam.resourceLinkDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: oam:CreateLink, oam:DeleteLink, oam:GetLink, oam:ListTagsForResource, oam:TagResource, oam:UntagResource, oam:UpdateLink"

  read {
    actions = ["oam:GetLink", "oam:ListTagsForResource"]
    source  = "oam.resourceLinkRead + oam.(*servicePackage).ListTags"
  }

  create {
    actions = ["oam:CreateLink", "oam:GetLink"]
    source  = "oam.resourceLinkCreate"
  }

  update {
    attributes = []
    actions    = ["oam:UpdateLink"]
    source     = "oam.resourceLinkUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["oam:TagResource", "oam:UntagResource"]
    source     = "oam.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["oam:DeleteLink"]
    source  = "oam.resourceLinkDelete"
  }
}

resource "aws_oam_sink" {
  service = "oam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (oam.resourceSinkCreate, oam.resourceSinkRead, oam.resourceSinkUpdate, oam.resourceSinkDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: oam:CreateSink, oam:DeleteSink, oam:GetSink, oam:ListTagsForResource, oam:TagResource, oam:UntagResource"

  read {
    actions = ["oam:GetSink", "oam:ListTagsForResource"]
    source  = "oam.resourceSinkRead + oam.(*servicePackage).ListTags"
  }

  create {
    actions = ["oam:CreateSink", "oam:GetSink"]
    source  = "oam.resourceSinkCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "oam.resourceSinkUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["oam:TagResource", "oam:UntagResource"]
    source     = "oam.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["oam:DeleteSink"]
    source  = "oam.resourceSinkDelete"
  }
}

resource "aws_oam_sink_policy" {
  service = "oam"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (oam.resourceSinkPolicyPut, oam.resourceSinkPolicyRead, schema.NoopContext) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: oam:GetSinkPolicy, oam:PutSinkPolicy"

  read {
    actions = ["oam:GetSinkPolicy"]
    source  = "oam.resourceSinkPolicyRead"
  }

  create {
    actions = ["oam:GetSinkPolicy", "oam:PutSinkPolicy"]
    source  = "oam.resourceSinkPolicyPut"
  }

  update {
    attributes = []
    actions    = ["oam:PutSinkPolicy"]
    source     = "oam.resourceSinkPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

data "aws_oam_link" {
  service = "oam"
  source  = "import: pike data/oam/aws_oam_link.json"

  read {
    actions = ["oam:GetLink"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_oam_links" {
  service = "oam"
  source  = "import: pike data/oam/aws_oam_links.json"

  read {
    actions = ["oam:ListLinks"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_oam_sink" {
  service = "oam"
  source  = "import: pike data/oam/aws_oam_sink.json"

  read {
    actions = ["oam:GetSink"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_oam_sinks" {
  service = "oam"
  source  = "import: pike data/oam/aws_oam_sinks.json"

  read {
    actions = ["oam:ListSinks"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
