# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_dlm_lifecycle_policy" {
  service = "dlm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (dlm.resourceLifecyclePolicyCreate, dlm.resourceLifecyclePolicyRead, dlm.resourceLifecyclePolicyUpdate, dlm.resourceLifecyclePolicyDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by dlm.CreateLifecyclePolicy, dlm.UpdateLifecyclePolicy (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["dlm:GetLifecyclePolicy", "dlm:ListTagsForResource"]
    source  = "dlm.resourceLifecyclePolicyRead + dlm.(*servicePackage).ListTags"
  }

  create {
    actions = ["dlm:CreateLifecyclePolicy", "dlm:GetLifecyclePolicy"]
    source  = "dlm.resourceLifecyclePolicyCreate"
  }

  update {
    attributes = []
    actions    = ["dlm:UpdateLifecyclePolicy"]
    source     = "dlm.resourceLifecyclePolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["dlm:TagResource", "dlm:UntagResource"]
    source     = "dlm.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["dlm:DeleteLifecyclePolicy"]
    source  = "dlm.resourceLifecyclePolicyDelete"
  }
}
