# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_licensemanager_association" {
  service = "license-manager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (licensemanager.resourceAssociationCreate, licensemanager.resourceAssociationRead, licensemanager.resourceAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["license-manager:ListLicenseSpecificationsForResource"]
    source  = "licensemanager.resourceAssociationRead"
  }

  create {
    actions = [
      "license-manager:ListLicenseSpecificationsForResource",
      "license-manager:UpdateLicenseSpecificationsForResource",
    ]
    source  = "licensemanager.resourceAssociationCreate"
  }

  delete {
    actions = ["license-manager:UpdateLicenseSpecificationsForResource"]
    source  = "licensemanager.resourceAssociationDelete"
  }
}

resource "aws_licensemanager_grant" {
  service = "license-manager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (licensemanager.resourceGrantCreate, licensemanager.resourceGrantRead, licensemanager.resourceGrantUpdate, licensemanager.resourceGrantDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["license-manager:GetGrant"]
    source  = "licensemanager.resourceGrantRead"
  }

  create {
    actions = ["license-manager:CreateGrant", "license-manager:GetGrant"]
    source  = "licensemanager.resourceGrantCreate"
  }

  update {
    attributes = []
    actions    = ["license-manager:CreateGrantVersion"]
    source     = "licensemanager.resourceGrantUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["license-manager:DeleteGrant"]
    source  = "licensemanager.resourceGrantDelete"
  }
}

resource "aws_licensemanager_grant_accepter" {
  service = "license-manager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (licensemanager.resourceGrantAccepterCreate, licensemanager.resourceGrantAccepterRead, licensemanager.resourceGrantAccepterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["license-manager:ListReceivedGrants"]
    source  = "licensemanager.resourceGrantAccepterRead"
  }

  create {
    actions = ["license-manager:AcceptGrant", "license-manager:ListReceivedGrants"]
    source  = "licensemanager.resourceGrantAccepterCreate"
  }

  delete {
    actions = ["license-manager:RejectGrant"]
    source  = "licensemanager.resourceGrantAccepterDelete"
  }
}

resource "aws_licensemanager_license_configuration" {
  service = "license-manager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (licensemanager.resourceLicenseConfigurationCreate, licensemanager.resourceLicenseConfigurationRead, licensemanager.resourceLicenseConfigurationUpdate, licensemanager.resourceLicenseConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["license-manager:GetLicenseConfiguration"]
    source  = "licensemanager.resourceLicenseConfigurationRead"
  }

  create {
    actions = [
      "license-manager:CreateLicenseConfiguration",
      "license-manager:GetLicenseConfiguration",
    ]
    source  = "licensemanager.resourceLicenseConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["license-manager:UpdateLicenseConfiguration"]
    source     = "licensemanager.resourceLicenseConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["license-manager:TagResource", "license-manager:UntagResource"]
    source     = "licensemanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["license-manager:DeleteLicenseConfiguration"]
    source  = "licensemanager.resourceLicenseConfigurationDelete"
  }
}

data "aws_licensemanager_grants" {
  service = "license-manager"
  source  = "import: pike data/license-manager/aws_licensemanager_grants.json"

  read {
    actions = ["license-manager:ListDistributedGrants"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_licensemanager_received_license" {
  service = "license-manager"
  source  = "import: pike data/license-manager/aws_licensemanager_received_license.json"

  read {
    actions = ["license-manager:ListReceivedLicenses"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_licensemanager_received_licenses" {
  service = "license-manager"
  source  = "import: pike data/license-manager/aws_licensemanager_received_licenses.json"

  read {
    actions = ["license-manager:ListReceivedLicenses"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
