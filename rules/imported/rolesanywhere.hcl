# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_rolesanywhere_profile" {
  service = "rolesanywhere"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rolesanywhere.resourceProfileCreate, rolesanywhere.resourceProfileRead, rolesanywhere.resourceProfileUpdate, rolesanywhere.resourceProfileDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rolesanywhere:GetProfile", "rolesanywhere:ListTagsForResource"]
    source  = "rolesanywhere.resourceProfileRead + rolesanywhere.(*servicePackage).ListTags"
  }

  create {
    actions = ["rolesanywhere:CreateProfile", "rolesanywhere:GetProfile"]
    source  = "rolesanywhere.resourceProfileCreate"
  }

  update {
    attributes = []
    actions    = [
      "rolesanywhere:DisableProfile",
      "rolesanywhere:EnableProfile",
      "rolesanywhere:UpdateProfile",
    ]
    source     = "rolesanywhere.resourceProfileUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rolesanywhere:TagResource", "rolesanywhere:UntagResource"]
    source     = "rolesanywhere.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rolesanywhere:DeleteProfile"]
    source  = "rolesanywhere.resourceProfileDelete"
  }
}

resource "aws_rolesanywhere_trust_anchor" {
  service = "rolesanywhere"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rolesanywhere.resourceTrustAnchorCreate, rolesanywhere.resourceTrustAnchorRead, rolesanywhere.resourceTrustAnchorUpdate, rolesanywhere.resourceTrustAnchorDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rolesanywhere:GetTrustAnchor", "rolesanywhere:ListTagsForResource"]
    source  = "rolesanywhere.resourceTrustAnchorRead + rolesanywhere.(*servicePackage).ListTags"
  }

  create {
    actions = ["rolesanywhere:CreateTrustAnchor", "rolesanywhere:GetTrustAnchor"]
    source  = "rolesanywhere.resourceTrustAnchorCreate"
  }

  update {
    attributes = []
    actions    = [
      "rolesanywhere:DisableTrustAnchor",
      "rolesanywhere:EnableTrustAnchor",
      "rolesanywhere:UpdateTrustAnchor",
    ]
    source     = "rolesanywhere.resourceTrustAnchorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rolesanywhere:TagResource", "rolesanywhere:UntagResource"]
    source     = "rolesanywhere.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rolesanywhere:DeleteTrustAnchor"]
    source  = "rolesanywhere.resourceTrustAnchorDelete"
  }
}
