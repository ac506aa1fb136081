# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_swf_domain" {
  service = "swf"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (swf.resourceDomainCreate, swf.resourceDomainRead, swf.resourceDomainUpdate, swf.resourceDomainDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["swf:DescribeDomain", "swf:ListTagsForResource"]
    source  = "swf.resourceDomainRead + swf.(*servicePackage).ListTags"
  }

  create {
    actions = ["swf:DescribeDomain", "swf:RegisterDomain"]
    source  = "swf.resourceDomainCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "swf.resourceDomainUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["swf:TagResource", "swf:UntagResource"]
    source     = "swf.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["swf:DeprecateDomain"]
    source  = "swf.resourceDomainDelete"
  }
}
