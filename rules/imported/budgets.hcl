# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_budgets_budget" {
  service = "budgets"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (budgets.resourceBudgetCreate, budgets.resourceBudgetRead, budgets.resourceBudgetUpdate, budgets.resourceBudgetDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: budgets:ListTagsForResource, budgets:TagResource, budgets:UntagResource"

  read {
    actions = ["budgets:ListTagsForResource", "budgets:ViewBudget"]
    source  = "budgets.resourceBudgetRead + budgets.(*servicePackage).ListTags"
  }

  create {
    actions = ["budgets:ModifyBudget", "budgets:ViewBudget"]
    source  = "budgets.resourceBudgetCreate"
  }

  update {
    attributes = []
    actions    = ["budgets:ModifyBudget"]
    source     = "budgets.resourceBudgetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["budgets:TagResource", "budgets:UntagResource"]
    source     = "budgets.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["budgets:ModifyBudget"]
    source  = "budgets.resourceBudgetDelete"
  }
}

resource "aws_budgets_budget_action" {
  service = "budgets"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (budgets.resourceBudgetActionCreate, budgets.resourceBudgetActionRead, budgets.resourceBudgetActionUpdate, budgets.resourceBudgetActionDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by budgets.CreateBudgetAction, budgets.UpdateBudgetAction (not imported: a curated pass_role block names the role attribute); not in iamlive-map, identical IAM name used: budgets:ListTagsForResource, budgets:TagResource, budgets:UntagResource"

  read {
    actions = ["budgets:DescribeBudgetAction", "budgets:ListTagsForResource"]
    source  = "budgets.resourceBudgetActionRead + budgets.(*servicePackage).ListTags"
  }

  create {
    actions = ["budgets:CreateBudgetAction", "budgets:DescribeBudgetAction"]
    source  = "budgets.resourceBudgetActionCreate"
  }

  update {
    attributes = []
    actions    = ["budgets:UpdateBudgetAction"]
    source     = "budgets.resourceBudgetActionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["budgets:TagResource", "budgets:UntagResource"]
    source     = "budgets.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["budgets:DeleteBudgetAction"]
    source  = "budgets.resourceBudgetActionDelete"
  }
}

data "aws_budgets_budget" {
  service = "budgets"
  source  = "import: pike data/budgets/aws_budgets_budget.json"

  read {
    actions = ["budgets:ViewBudget"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
