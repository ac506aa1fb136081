# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_ssmcontacts_contact" {
  service = "ssm-contacts"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssmcontacts.resourceContactCreate, ssmcontacts.resourceContactRead, ssmcontacts.resourceContactUpdate, ssmcontacts.resourceContactDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ssm-contacts:GetContact", "ssm-contacts:ListTagsForResource"]
    source  = "ssmcontacts.resourceContactRead + ssmcontacts.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ssm-contacts:AssociateContact",
      "ssm-contacts:CreateContact",
      "ssm-contacts:GetContact",
    ]
    source  = "ssmcontacts.resourceContactCreate"
  }

  update {
    attributes = []
    actions    = ["ssm-contacts:AssociateContact", "ssm-contacts:UpdateContact"]
    source     = "ssmcontacts.resourceContactUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ssm-contacts:TagResource", "ssm-contacts:UntagResource"]
    source     = "ssmcontacts.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ssm-contacts:DeleteContact"]
    source  = "ssmcontacts.resourceContactDelete"
  }
}

resource "aws_ssmcontacts_contact_channel" {
  service = "ssm-contacts"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssmcontacts.resourceContactChannelCreate, ssmcontacts.resourceContactChannelRead, ssmcontacts.resourceContactChannelUpdate, ssmcontacts.resourceContactChannelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ssm-contacts:GetContactChannel"]
    source  = "ssmcontacts.resourceContactChannelRead"
  }

  create {
    actions = ["ssm-contacts:CreateContactChannel", "ssm-contacts:GetContactChannel"]
    source  = "ssmcontacts.resourceContactChannelCreate"
  }

  update {
    attributes = []
    actions    = ["ssm-contacts:UpdateContactChannel"]
    source     = "ssmcontacts.resourceContactChannelUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ssm-contacts:DeleteContactChannel"]
    source  = "ssmcontacts.resourceContactChannelDelete"
  }
}

resource "aws_ssmcontacts_plan" {
  service = "ssm-contacts"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssmcontacts.resourcePlanCreate, ssmcontacts.resourcePlanRead, ssmcontacts.resourcePlanUpdate, ssmcontacts.resourcePlanDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ssm-contacts:GetContact"]
    source  = "ssmcontacts.resourcePlanRead"
  }

  create {
    actions = [
      "ssm-contacts:AssociateContact",
      "ssm-contacts:GetContact",
      "ssm-contacts:UpdateContact",
    ]
    source  = "ssmcontacts.resourcePlanCreate"
  }

  update {
    attributes = []
    actions    = ["ssm-contacts:AssociateContact", "ssm-contacts:UpdateContact"]
    source     = "ssmcontacts.resourcePlanUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ssm-contacts:AssociateContact", "ssm-contacts:UpdateContact"]
    source  = "ssmcontacts.resourcePlanDelete"
  }
}

resource "aws_ssmcontacts_rotation" {
  service = "ssm-contacts"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssmcontacts.(*rotationResource).Create, ssmcontacts.(*rotationResource).Read, ssmcontacts.(*rotationResource).Update, ssmcontacts.(*rotationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ssm-contacts:CreateRotation, ssm-contacts:DeleteRotation, ssm-contacts:GetRotation, ssm-contacts:UpdateRotation"

  read {
    actions = ["ssm-contacts:GetRotation", "ssm-contacts:ListTagsForResource"]
    source  = "ssmcontacts.(*rotationResource).Read + ssmcontacts.(*servicePackage).ListTags"
  }

  create {
    actions = ["ssm-contacts:CreateRotation"]
    source  = "ssmcontacts.(*rotationResource).Create"
  }

  update {
    attributes = []
    actions    = ["ssm-contacts:UpdateRotation"]
    source     = "ssmcontacts.(*rotationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ssm-contacts:TagResource", "ssm-contacts:UntagResource"]
    source     = "ssmcontacts.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ssm-contacts:DeleteRotation"]
    source  = "ssmcontacts.(*rotationResource).Delete"
  }
}

data "aws_ssmcontacts_rotation" {
  service = "ssm-contacts"
  source  = "import: pike data/ssm-contacts/aws_ssmcontacts_rotation.json"

  read {
    actions = ["ssm-contacts:GetRotation"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
