# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_savingsplans_savings_plan" {
  service = "savingsplans"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (savingsplans.(*savingsPlanResource).Create, savingsplans.(*savingsPlanResource).Read, savingsplans.(*savingsPlanResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["savingsplans:DescribeSavingsPlans"]
    source  = "savingsplans.(*savingsPlanResource).Read"
  }

  create {
    actions = ["savingsplans:CreateSavingsPlan", "savingsplans:DescribeSavingsPlans"]
    source  = "savingsplans.(*savingsPlanResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["savingsplans:TagResource", "savingsplans:UntagResource"]
    source     = "savingsplans.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["savingsplans:DeleteQueuedSavingsPlan", "savingsplans:DescribeSavingsPlans"]
    source  = "savingsplans.(*savingsPlanResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_savingsplans_offerings" {
  service = "savingsplans"
  source  = "import: pike data/savingsplans/aws_savingsplans_offerings.json"

  read {
    actions = ["savingsplans:DescribeSavingsPlansOfferings"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_savingsplans_savings_plan" {
  service = "savingsplans"
  source  = "import: pike data/savingsplans/aws_savingsplans_savings_plan.json"

  read {
    actions = ["savingsplans:DescribeSavingsPlans"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
