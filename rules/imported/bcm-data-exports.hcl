# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_bcmdataexports_export" {
  service = "bcm-data-exports"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bcmdataexports.(*exportResource).Create, bcmdataexports.(*exportResource).Read, bcmdataexports.(*exportResource).Update, bcmdataexports.(*exportResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bcm-data-exports:CreateExport, bcm-data-exports:DeleteExport, bcm-data-exports:GetExport, bcm-data-exports:ListTagsForResource, bcm-data-exports:TagResource, bcm-data-exports:UntagResource, bcm-data-exports:UpdateExport"

  read {
    actions = ["bcm-data-exports:GetExport", "bcm-data-exports:ListTagsForResource"]
    source  = "bcmdataexports.(*exportResource).Read + bcmdataexports.(*servicePackage).ListTags"
  }

  create {
    actions = ["bcm-data-exports:CreateExport", "bcm-data-exports:GetExport"]
    source  = "bcmdataexports.(*exportResource).Create"
  }

  update {
    attributes = []
    actions    = ["bcm-data-exports:UpdateExport"]
    source     = "bcmdataexports.(*exportResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bcm-data-exports:TagResource", "bcm-data-exports:UntagResource"]
    source     = "bcmdataexports.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bcm-data-exports:DeleteExport"]
    source  = "bcmdataexports.(*exportResource).Delete"
  }
}
