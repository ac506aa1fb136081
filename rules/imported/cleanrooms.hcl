# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cleanrooms_collaboration" {
  service = "cleanrooms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cleanrooms.resourceCollaborationCreate, cleanrooms.resourceCollaborationRead, cleanrooms.resourceCollaborationUpdate, cleanrooms.resourceCollaborationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cleanrooms:CreateCollaboration, cleanrooms:DeleteCollaboration, cleanrooms:GetCollaboration, cleanrooms:ListMembers, cleanrooms:ListTagsForResource, cleanrooms:TagResource, cleanrooms:UntagResource, cleanrooms:UpdateCollaboration"

  read {
    actions = [
      "cleanrooms:GetCollaboration",
      "cleanrooms:ListMembers",
      "cleanrooms:ListTagsForResource",
    ]
    source  = "cleanrooms.resourceCollaborationRead + cleanrooms.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "cleanrooms:CreateCollaboration",
      "cleanrooms:GetCollaboration",
      "cleanrooms:ListMembers",
    ]
    source  = "cleanrooms.resourceCollaborationCreate"
  }

  update {
    attributes = []
    actions    = ["cleanrooms:UpdateCollaboration"]
    source     = "cleanrooms.resourceCollaborationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cleanrooms:TagResource", "cleanrooms:UntagResource"]
    source     = "cleanrooms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cleanrooms:DeleteCollaboration"]
    source  = "cleanrooms.resourceCollaborationDelete"
  }
}

resource "aws_cleanrooms_configured_table" {
  service = "cleanrooms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cleanrooms.resourceConfiguredTableCreate, cleanrooms.resourceConfiguredTableRead, cleanrooms.resourceConfiguredTableUpdate, cleanrooms.resourceConfiguredTableDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cleanrooms:CreateConfiguredTable, cleanrooms:DeleteConfiguredTable, cleanrooms:GetConfiguredTable, cleanrooms:ListTagsForResource, cleanrooms:TagResource, cleanrooms:UntagResource, cleanrooms:UpdateConfiguredTable"

  read {
    actions = ["cleanrooms:GetConfiguredTable", "cleanrooms:ListTagsForResource"]
    source  = "cleanrooms.resourceConfiguredTableRead + cleanrooms.(*servicePackage).ListTags"
  }

  create {
    actions = ["cleanrooms:CreateConfiguredTable", "cleanrooms:GetConfiguredTable"]
    source  = "cleanrooms.resourceConfiguredTableCreate"
  }

  update {
    attributes = []
    actions    = ["cleanrooms:UpdateConfiguredTable"]
    source     = "cleanrooms.resourceConfiguredTableUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cleanrooms:TagResource", "cleanrooms:UntagResource"]
    source     = "cleanrooms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cleanrooms:DeleteConfiguredTable"]
    source  = "cleanrooms.resourceConfiguredTableDelete"
  }
}

resource "aws_cleanrooms_membership" {
  service = "cleanrooms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cleanrooms.(*membershipResource).Create, cleanrooms.(*membershipResource).Read, cleanrooms.(*membershipResource).Update, cleanrooms.(*membershipResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cleanrooms:CreateMembership, cleanrooms:DeleteMembership, cleanrooms:GetMembership, cleanrooms:ListTagsForResource, cleanrooms:TagResource, cleanrooms:UntagResource, cleanrooms:UpdateMembership"

  read {
    actions = ["cleanrooms:GetMembership", "cleanrooms:ListTagsForResource"]
    source  = "cleanrooms.(*membershipResource).Read + cleanrooms.(*servicePackage).ListTags"
  }

  create {
    actions = ["cleanrooms:CreateMembership"]
    source  = "cleanrooms.(*membershipResource).Create"
  }

  update {
    attributes = []
    actions    = ["cleanrooms:UpdateMembership"]
    source     = "cleanrooms.(*membershipResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cleanrooms:TagResource", "cleanrooms:UntagResource"]
    source     = "cleanrooms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cleanrooms:DeleteMembership"]
    source  = "cleanrooms.(*membershipResource).Delete"
  }
}
