# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_glacier_vault" {
  service = "glacier"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glacier.resourceVaultCreate, glacier.resourceVaultRead, glacier.resourceVaultUpdate, glacier.resourceVaultDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: glacier:RemoveTagsFromVault"

  read {
    actions = [
      "glacier:DescribeVault",
      "glacier:GetVaultAccessPolicy",
      "glacier:GetVaultNotifications",
      "glacier:ListTagsForVault",
    ]
    source  = "glacier.resourceVaultRead + glacier.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "glacier:CreateVault",
      "glacier:DescribeVault",
      "glacier:GetVaultAccessPolicy",
      "glacier:GetVaultNotifications",
      "glacier:SetVaultAccessPolicy",
      "glacier:SetVaultNotifications",
    ]
    source  = "glacier.resourceVaultCreate"
  }

  create {
    if_set  = "tags"
    actions = ["glacier:AddTagsToVault"]
    source  = "glacier.resourceVaultCreate: the create handler itself reaches the tagging calls of UpdateTags (AddTagsToVault)"
  }

  update {
    attributes = []
    actions    = [
      "glacier:DeleteVaultAccessPolicy",
      "glacier:DeleteVaultNotifications",
      "glacier:SetVaultAccessPolicy",
      "glacier:SetVaultNotifications",
    ]
    source     = "glacier.resourceVaultUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["glacier:AddTagsToVault", "glacier:RemoveTagsFromVault"]
    source     = "glacier.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["glacier:DeleteVault"]
    source  = "glacier.resourceVaultDelete"
  }
}

resource "aws_glacier_vault_lock" {
  service = "glacier"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glacier.resourceVaultLockCreate, glacier.resourceVaultLockRead, schema.NoopContext, glacier.resourceVaultLockDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["glacier:GetVaultLock"]
    source  = "glacier.resourceVaultLockRead"
  }

  create {
    actions = ["glacier:CompleteVaultLock", "glacier:GetVaultLock", "glacier:InitiateVaultLock"]
    source  = "glacier.resourceVaultLockCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "schema.NoopContext"
    note       = "the provider's update is schema.NoopContext: it makes no call"
  }

  delete {
    actions = ["glacier:AbortVaultLock"]
    source  = "glacier.resourceVaultLockDelete"
  }
}
