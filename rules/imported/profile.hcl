# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_customerprofiles_domain" {
  service = "profile"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (customerprofiles.resourceDomainCreate, customerprofiles.resourceDomainRead, customerprofiles.resourceDomainUpdate, customerprofiles.resourceDomainDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["profile:GetDomain", "profile:ListTagsForResource"]
    source  = "customerprofiles.resourceDomainRead + customerprofiles.(*servicePackage).ListTags"
  }

  create {
    actions = ["profile:CreateDomain", "profile:GetDomain"]
    source  = "customerprofiles.resourceDomainCreate"
  }

  update {
    attributes = []
    actions    = ["profile:UpdateDomain"]
    source     = "customerprofiles.resourceDomainUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["profile:TagResource", "profile:UntagResource"]
    source     = "customerprofiles.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["profile:DeleteDomain"]
    source  = "customerprofiles.resourceDomainDelete"
  }
}

resource "aws_customerprofiles_profile" {
  service = "profile"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (customerprofiles.resourceProfileCreate, customerprofiles.resourceProfileRead, customerprofiles.resourceProfileUpdate, customerprofiles.resourceProfileDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["profile:SearchProfiles"]
    source  = "customerprofiles.resourceProfileRead"
  }

  create {
    actions = ["profile:CreateProfile", "profile:SearchProfiles"]
    source  = "customerprofiles.resourceProfileCreate"
  }

  update {
    attributes = []
    actions    = ["profile:UpdateProfile"]
    source     = "customerprofiles.resourceProfileUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["profile:DeleteProfile"]
    source  = "customerprofiles.resourceProfileDelete"
  }
}
