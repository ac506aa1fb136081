# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_account_alternate_contact" {
  service = "account"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (account.resourceAlternateContactCreate, account.resourceAlternateContactRead, account.resourceAlternateContactUpdate, account.resourceAlternateContactDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["account:GetAlternateContact"]
    source  = "account.resourceAlternateContactRead"
  }

  create {
    actions = ["account:GetAlternateContact", "account:PutAlternateContact"]
    source  = "account.resourceAlternateContactCreate"
  }

  update {
    attributes = []
    actions    = ["account:PutAlternateContact"]
    source     = "account.resourceAlternateContactUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["account:DeleteAlternateContact", "account:GetAlternateContact"]
    source  = "account.resourceAlternateContactDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_account_primary_contact" {
  service = "account"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (account.resourcePrimaryContactPut, account.resourcePrimaryContactRead, schema.NoopContext) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: account:GetContactInformation, account:PutContactInformation"

  read {
    actions = ["account:GetContactInformation"]
    source  = "account.resourcePrimaryContactRead"
  }

  create {
    actions = ["account:GetContactInformation", "account:PutContactInformation"]
    source  = "account.resourcePrimaryContactPut"
  }

  update {
    attributes = []
    actions    = ["account:PutContactInformation"]
    source     = "account.resourcePrimaryContactPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_account_region" {
  service = "account"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (account.resourceRegionUpdate, account.resourceRegionRead, schema.NoopContext) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: account:DisableRegion, account:EnableRegion, account:GetRegionOptStatus"

  read {
    actions = ["account:GetRegionOptStatus"]
    source  = "account.resourceRegionRead"
  }

  create {
    actions = ["account:DisableRegion", "account:EnableRegion", "account:GetRegionOptStatus"]
    source  = "account.resourceRegionUpdate"
  }

  update {
    attributes = []
    actions    = ["account:DisableRegion", "account:EnableRegion"]
    source     = "account.resourceRegionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

data "aws_account_primary_contact" {
  service = "account"
  source  = "import: pike data/account/aws_account_primary_contact.json"

  read {
    actions = ["account:GetContactInformation"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_account_regions" {
  service = "account"
  source  = "import: pike data/account/aws_account_regions.json"

  read {
    actions = ["account:ListRegions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
