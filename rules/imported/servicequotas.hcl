# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_servicequotas_auto_management" {
  service = "servicequotas"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicequotas.(*autoManagementResource).Create, servicequotas.(*autoManagementResource).Read, servicequotas.(*autoManagementResource).Update, servicequotas.(*autoManagementResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: servicequotas:GetAutoManagementConfiguration, servicequotas:StartAutoManagement, servicequotas:StopAutoManagement, servicequotas:UpdateAutoManagement"

  read {
    actions = ["servicequotas:GetAutoManagementConfiguration"]
    source  = "servicequotas.(*autoManagementResource).Read"
  }

  create {
    actions = ["servicequotas:StartAutoManagement"]
    source  = "servicequotas.(*autoManagementResource).Create"
  }

  update {
    attributes = []
    actions    = ["servicequotas:UpdateAutoManagement"]
    source     = "servicequotas.(*autoManagementResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["servicequotas:StopAutoManagement"]
    source  = "servicequotas.(*autoManagementResource).Delete"
  }
}

resource "aws_servicequotas_service_quota" {
  service = "servicequotas"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicequotas.resourceServiceQuotaCreate, servicequotas.resourceServiceQuotaRead, servicequotas.resourceServiceQuotaUpdate, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = [
      "servicequotas:GetAWSDefaultServiceQuota",
      "servicequotas:GetRequestedServiceQuotaChange",
      "servicequotas:GetServiceQuota",
    ]
    source  = "servicequotas.resourceServiceQuotaRead"
  }

  create {
    actions = [
      "servicequotas:GetAWSDefaultServiceQuota",
      "servicequotas:GetRequestedServiceQuotaChange",
      "servicequotas:GetServiceQuota",
      "servicequotas:RequestServiceQuotaIncrease",
    ]
    source  = "servicequotas.resourceServiceQuotaCreate"
  }

  update {
    attributes = []
    actions    = ["servicequotas:RequestServiceQuotaIncrease"]
    source     = "servicequotas.resourceServiceQuotaUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_servicequotas_template" {
  service = "servicequotas"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicequotas.(*templateResource).Create, servicequotas.(*templateResource).Read, servicequotas.(*templateResource).Update, servicequotas.(*templateResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicequotas:GetServiceQuotaIncreaseRequestFromTemplate"]
    source  = "servicequotas.(*templateResource).Read"
  }

  create {
    actions = ["servicequotas:PutServiceQuotaIncreaseRequestIntoTemplate"]
    source  = "servicequotas.(*templateResource).Create"
  }

  update {
    attributes = []
    actions    = ["servicequotas:PutServiceQuotaIncreaseRequestIntoTemplate"]
    source     = "servicequotas.(*templateResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["servicequotas:DeleteServiceQuotaIncreaseRequestFromTemplate"]
    source  = "servicequotas.(*templateResource).Delete"
  }
}

resource "aws_servicequotas_template_association" {
  service = "servicequotas"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicequotas.(*resourceTemplateAssociation).Create, servicequotas.(*resourceTemplateAssociation).Read, servicequotas.(*resourceTemplateAssociation).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicequotas:GetAssociationForServiceQuotaTemplate"]
    source  = "servicequotas.(*resourceTemplateAssociation).Read"
  }

  create {
    actions = ["servicequotas:AssociateServiceQuotaTemplate"]
    source  = "servicequotas.(*resourceTemplateAssociation).Create"
  }

  delete {
    actions = ["servicequotas:DisassociateServiceQuotaTemplate"]
    source  = "servicequotas.(*resourceTemplateAssociation).Delete"
  }
}

data "aws_servicequotas_service" {
  service = "servicequotas"
  source  = "import: pike data/servicequota/aws_servicequotas_service.json"

  read {
    actions = ["servicequotas:ListServices"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_servicequotas_service_quota" {
  service = "servicequotas"
  source  = "import: pike data/servicequota/aws_servicequotas_service_quota.json"

  read {
    actions = ["servicequotas:ListServices"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_servicequotas_templates" {
  service = "servicequotas"
  source  = "import: pike data/servicequota/aws_servicequotas_templates.json"

  read {
    actions = ["servicequotas:ListServiceQuotaIncreaseRequestsInTemplate"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
