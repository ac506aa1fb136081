# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_fms_admin_account" {
  service = "fms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fms.resourceAdminAccountCreate, fms.resourceAdminAccountRead, fms.resourceAdminAccountDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["fms:GetAdminAccount"]
    source  = "fms.resourceAdminAccountRead"
  }

  create {
    actions = ["fms:AssociateAdminAccount", "fms:GetAdminAccount"]
    source  = "fms.resourceAdminAccountCreate"
  }

  delete {
    actions = ["fms:DisassociateAdminAccount", "fms:GetAdminAccount"]
    source  = "fms.resourceAdminAccountDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_fms_policy" {
  service = "fms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fms.resourcePolicyCreate, fms.resourcePolicyRead, fms.resourcePolicyUpdate, fms.resourcePolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["fms:GetPolicy", "fms:ListTagsForResource"]
    source  = "fms.resourcePolicyRead + fms.(*servicePackage).ListTags"
  }

  create {
    actions = ["fms:GetPolicy", "fms:PutPolicy"]
    source  = "fms.resourcePolicyCreate"
  }

  update {
    attributes = []
    actions    = ["fms:PutPolicy"]
    source     = "fms.resourcePolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fms:TagResource", "fms:UntagResource"]
    source     = "fms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fms:DeletePolicy"]
    source  = "fms.resourcePolicyDelete"
  }
}

resource "aws_fms_resource_set" {
  service = "fms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fms.(*resourceSetResource).Create, fms.(*resourceSetResource).Read, fms.(*resourceSetResource).Update, fms.(*resourceSetResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: fms:DeleteResourceSet, fms:GetResourceSet, fms:PutResourceSet"

  read {
    actions = ["fms:GetResourceSet", "fms:ListTagsForResource"]
    source  = "fms.(*resourceSetResource).Read + fms.(*servicePackage).ListTags"
  }

  create {
    actions = ["fms:GetResourceSet", "fms:PutResourceSet"]
    source  = "fms.(*resourceSetResource).Create"
  }

  update {
    attributes = []
    actions    = ["fms:PutResourceSet"]
    source     = "fms.(*resourceSetResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fms:TagResource", "fms:UntagResource"]
    source     = "fms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fms:DeleteResourceSet", "fms:GetResourceSet"]
    source  = "fms.(*resourceSetResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
