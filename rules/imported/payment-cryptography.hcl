# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_paymentcryptography_key" {
  service = "payment-cryptography"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (paymentcryptography.(*keyResource).Create, paymentcryptography.(*keyResource).Read, paymentcryptography.(*keyResource).Update, paymentcryptography.(*keyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: payment-cryptography:CreateKey, payment-cryptography:DeleteKey, payment-cryptography:GetKey, payment-cryptography:ListTagsForResource, payment-cryptography:StartKeyUsage, payment-cryptography:StopKeyUsage, payment-cryptography:TagResource, payment-cryptography:UntagResource"

  read {
    actions = ["payment-cryptography:GetKey", "payment-cryptography:ListTagsForResource"]
    source  = "paymentcryptography.(*keyResource).Read + paymentcryptography.(*servicePackage).ListTags"
  }

  create {
    actions = ["payment-cryptography:CreateKey", "payment-cryptography:GetKey"]
    source  = "paymentcryptography.(*keyResource).Create"
  }

  update {
    attributes = []
    actions    = ["payment-cryptography:StartKeyUsage", "payment-cryptography:StopKeyUsage"]
    source     = "paymentcryptography.(*keyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["payment-cryptography:TagResource", "payment-cryptography:UntagResource"]
    source     = "paymentcryptography.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["payment-cryptography:DeleteKey", "payment-cryptography:GetKey"]
    source  = "paymentcryptography.(*keyResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_paymentcryptography_key_alias" {
  service = "payment-cryptography"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (paymentcryptography.(*keyAliasResource).Create, paymentcryptography.(*keyAliasResource).Read, paymentcryptography.(*keyAliasResource).Update, paymentcryptography.(*keyAliasResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: payment-cryptography:CreateAlias, payment-cryptography:DeleteAlias, payment-cryptography:GetAlias, payment-cryptography:UpdateAlias"

  read {
    actions = ["payment-cryptography:GetAlias"]
    source  = "paymentcryptography.(*keyAliasResource).Read"
  }

  create {
    actions = ["payment-cryptography:CreateAlias"]
    source  = "paymentcryptography.(*keyAliasResource).Create"
  }

  update {
    attributes = []
    actions    = ["payment-cryptography:UpdateAlias"]
    source     = "paymentcryptography.(*keyAliasResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["payment-cryptography:DeleteAlias"]
    source  = "paymentcryptography.(*keyAliasResource).Delete"
  }
}
