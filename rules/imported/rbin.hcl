# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_rbin_rule" {
  service = "rbin"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (rbin.resourceRuleCreate, rbin.resourceRuleRead, rbin.resourceRuleUpdate, rbin.resourceRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["rbin:GetRule", "rbin:ListTagsForResource"]
    source  = "rbin.resourceRuleRead + rbin.(*servicePackage).ListTags"
  }

  create {
    actions = ["rbin:CreateRule", "rbin:GetRule"]
    source  = "rbin.resourceRuleCreate"
  }

  update {
    attributes = []
    actions    = ["rbin:UpdateRule"]
    source     = "rbin.resourceRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["rbin:TagResource", "rbin:UntagResource"]
    source     = "rbin.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["rbin:DeleteRule", "rbin:GetRule"]
    source  = "rbin.resourceRuleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
