# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_uxc_account_customizations" {
  service = "uxc"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (uxc.(*accountCustomizationsResource).Create, uxc.(*accountCustomizationsResource).Read, uxc.(*accountCustomizationsResource).Update, uxc.(*accountCustomizationsResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: uxc:GetAccountCustomizations, uxc:UpdateAccountCustomizations"

  read {
    actions = ["uxc:GetAccountCustomizations"]
    source  = "uxc.(*accountCustomizationsResource).Read"
  }

  create {
    actions = ["uxc:UpdateAccountCustomizations"]
    source  = "uxc.(*accountCustomizationsResource).Create"
  }

  update {
    attributes = []
    actions    = ["uxc:UpdateAccountCustomizations"]
    source     = "uxc.(*accountCustomizationsResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["uxc:UpdateAccountCustomizations"]
    source  = "uxc.(*accountCustomizationsResource).Delete"
  }
}

data "aws_uxc_services" {
  service = "uxc"
  source  = "import: pike data/uxc/aws_uxc_services.json"

  read {
    actions = ["uxc:ListServices"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
