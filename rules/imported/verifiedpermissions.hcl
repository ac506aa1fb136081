# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_verifiedpermissions_identity_source" {
  service = "verifiedpermissions"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (verifiedpermissions.(*identitySourceResource).Create, verifiedpermissions.(*identitySourceResource).Read, verifiedpermissions.(*identitySourceResource).Update, verifiedpermissions.(*identitySourceResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: verifiedpermissions:CreateIdentitySource, verifiedpermissions:DeleteIdentitySource, verifiedpermissions:GetIdentitySource, verifiedpermissions:UpdateIdentitySource"

  read {
    actions = ["verifiedpermissions:GetIdentitySource"]
    source  = "verifiedpermissions.(*identitySourceResource).Read"
  }

  create {
    actions = ["verifiedpermissions:CreateIdentitySource", "verifiedpermissions:GetIdentitySource"]
    source  = "verifiedpermissions.(*identitySourceResource).Create"
  }

  update {
    attributes = []
    actions    = ["verifiedpermissions:UpdateIdentitySource"]
    source     = "verifiedpermissions.(*identitySourceResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["verifiedpermissions:DeleteIdentitySource"]
    source  = "verifiedpermissions.(*identitySourceResource).Delete"
  }
}

resource "aws_verifiedpermissions_policy" {
  service = "verifiedpermissions"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (verifiedpermissions.(*policyResource).Create, verifiedpermissions.(*policyResource).Read, verifiedpermissions.(*policyResource).Update, verifiedpermissions.(*policyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: verifiedpermissions:CreatePolicy, verifiedpermissions:DeletePolicy, verifiedpermissions:GetPolicy, verifiedpermissions:UpdatePolicy"

  read {
    actions = ["verifiedpermissions:GetPolicy"]
    source  = "verifiedpermissions.(*policyResource).Read"
  }

  create {
    actions = ["verifiedpermissions:CreatePolicy"]
    source  = "verifiedpermissions.(*policyResource).Create"
  }

  update {
    attributes = []
    actions    = ["verifiedpermissions:UpdatePolicy"]
    source     = "verifiedpermissions.(*policyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["verifiedpermissions:DeletePolicy"]
    source  = "verifiedpermissions.(*policyResource).Delete"
  }
}

resource "aws_verifiedpermissions_policy_store" {
  service = "verifiedpermissions"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (verifiedpermissions.(*policyStoreResource).Create, verifiedpermissions.(*policyStoreResource).Read, verifiedpermissions.(*policyStoreResource).Update, verifiedpermissions.(*policyStoreResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: verifiedpermissions:CreatePolicyStore, verifiedpermissions:DeletePolicyStore, verifiedpermissions:GetPolicyStore, verifiedpermissions:ListTagsForResource, verifiedpermissions:TagResource, verifiedpermissions:UntagResource, verifiedpermissions:UpdatePolicyStore"

  read {
    actions = ["verifiedpermissions:GetPolicyStore", "verifiedpermissions:ListTagsForResource"]
    source  = "verifiedpermissions.(*policyStoreResource).Read + verifiedpermissions.(*servicePackage).ListTags"
  }

  create {
    actions = ["verifiedpermissions:CreatePolicyStore", "verifiedpermissions:GetPolicyStore"]
    source  = "verifiedpermissions.(*policyStoreResource).Create"
  }

  update {
    attributes = []
    actions    = ["verifiedpermissions:UpdatePolicyStore"]
    source     = "verifiedpermissions.(*policyStoreResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["verifiedpermissions:TagResource", "verifiedpermissions:UntagResource"]
    source     = "verifiedpermissions.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["verifiedpermissions:DeletePolicyStore"]
    source  = "verifiedpermissions.(*policyStoreResource).Delete"
  }
}

resource "aws_verifiedpermissions_policy_template" {
  service = "verifiedpermissions"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (verifiedpermissions.(*policyTemplateResource).Create, verifiedpermissions.(*policyTemplateResource).Read, verifiedpermissions.(*policyTemplateResource).Update, verifiedpermissions.(*policyTemplateResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: verifiedpermissions:CreatePolicyTemplate, verifiedpermissions:DeletePolicyTemplate, verifiedpermissions:GetPolicyTemplate, verifiedpermissions:UpdatePolicyTemplate"

  read {
    actions = ["verifiedpermissions:GetPolicyTemplate"]
    source  = "verifiedpermissions.(*policyTemplateResource).Read"
  }

  create {
    actions = ["verifiedpermissions:CreatePolicyTemplate"]
    source  = "verifiedpermissions.(*policyTemplateResource).Create"
  }

  update {
    attributes = []
    actions    = ["verifiedpermissions:UpdatePolicyTemplate"]
    source     = "verifiedpermissions.(*policyTemplateResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["verifiedpermissions:DeletePolicyTemplate"]
    source  = "verifiedpermissions.(*policyTemplateResource).Delete"
  }
}

resource "aws_verifiedpermissions_schema" {
  service = "verifiedpermissions"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (verifiedpermissions.(*schemaResource).Create, verifiedpermissions.(*schemaResource).Read, verifiedpermissions.(*schemaResource).Update, verifiedpermissions.(*schemaResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: verifiedpermissions:GetSchema, verifiedpermissions:PutSchema"

  read {
    actions = ["verifiedpermissions:GetSchema"]
    source  = "verifiedpermissions.(*schemaResource).Read"
  }

  create {
    actions = ["verifiedpermissions:PutSchema"]
    source  = "verifiedpermissions.(*schemaResource).Create"
  }

  update {
    attributes = []
    actions    = ["verifiedpermissions:PutSchema"]
    source     = "verifiedpermissions.(*schemaResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["verifiedpermissions:PutSchema"]
    source  = "verifiedpermissions.(*schemaResource).Delete"
  }
}

data "aws_verifiedpermissions_policy_store" {
  service = "verifiedpermissions"
  source  = "import: pike data/verifiedpermissions/aws_verifiedpermissions_policy_store.json"
  note    = "pike case fixed: verifiedpermissions:getpolicystore -> verifiedpermissions:GetPolicyStore"

  read {
    actions = ["verifiedpermissions:GetPolicyStore"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
