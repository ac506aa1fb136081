# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_route53profiles_association" {
  service = "route53profiles"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53profiles.(*associationResource).Create, route53profiles.(*associationResource).Read, route53profiles.(*associationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: route53profiles:AssociateProfile, route53profiles:DisassociateProfile, route53profiles:GetProfileAssociation, route53profiles:ListTagsForResource, route53profiles:TagResource, route53profiles:UntagResource"

  read {
    actions = ["route53profiles:GetProfileAssociation", "route53profiles:ListTagsForResource"]
    source  = "route53profiles.(*associationResource).Read + route53profiles.(*servicePackage).ListTags"
  }

  create {
    actions = ["route53profiles:AssociateProfile", "route53profiles:GetProfileAssociation"]
    source  = "route53profiles.(*associationResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["route53profiles:TagResource", "route53profiles:UntagResource"]
    source     = "route53profiles.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["route53profiles:DisassociateProfile", "route53profiles:GetProfileAssociation"]
    source  = "route53profiles.(*associationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53profiles_profile" {
  service = "route53profiles"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53profiles.(*profileResource).Create, route53profiles.(*profileResource).Read, route53profiles.(*profileResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: route53profiles:CreateProfile, route53profiles:DeleteProfile, route53profiles:GetProfile, route53profiles:ListTagsForResource, route53profiles:TagResource, route53profiles:UntagResource"

  read {
    actions = ["route53profiles:GetProfile", "route53profiles:ListTagsForResource"]
    source  = "route53profiles.(*profileResource).Read + route53profiles.(*servicePackage).ListTags"
  }

  create {
    actions = ["route53profiles:CreateProfile", "route53profiles:GetProfile"]
    source  = "route53profiles.(*profileResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["route53profiles:TagResource", "route53profiles:UntagResource"]
    source     = "route53profiles.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["route53profiles:DeleteProfile", "route53profiles:GetProfile"]
    source  = "route53profiles.(*profileResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53profiles_resource_association" {
  service = "route53profiles"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53profiles.(*resourceAssociationResource).Create, route53profiles.(*resourceAssociationResource).Read, route53profiles.(*resourceAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: route53profiles:AssociateResourceToProfile, route53profiles:DisassociateResourceFromProfile, route53profiles:GetProfileResourceAssociation"

  read {
    actions = ["route53profiles:GetProfileResourceAssociation"]
    source  = "route53profiles.(*resourceAssociationResource).Read"
  }

  create {
    actions = [
      "route53profiles:AssociateResourceToProfile",
      "route53profiles:GetProfileResourceAssociation",
    ]
    source  = "route53profiles.(*resourceAssociationResource).Create"
  }

  delete {
    actions = [
      "route53profiles:DisassociateResourceFromProfile",
      "route53profiles:GetProfileResourceAssociation",
    ]
    source  = "route53profiles.(*resourceAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_route53profiles_profiles" {
  service = "route53profiles"
  source  = "import: pike data/route53profiles/aws_route53profiles_profiles.json"

  read {
    actions = ["route53profiles:ListProfiles"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
