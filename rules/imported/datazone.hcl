# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_datazone_asset_type" {
  service = "datazone"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datazone.(*assetTypeResource).Create, datazone.(*assetTypeResource).Read, datazone.(*assetTypeResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: datazone:CreateAssetType, datazone:DeleteAssetType, datazone:GetAssetType"

  read {
    actions = ["datazone:GetAssetType"]
    source  = "datazone.(*assetTypeResource).Read"
  }

  create {
    actions = ["datazone:CreateAssetType", "datazone:GetAssetType"]
    source  = "datazone.(*assetTypeResource).Create"
  }

  delete {
    actions = ["datazone:DeleteAssetType"]
    source  = "datazone.(*assetTypeResource).Delete"
  }
}

resource "aws_datazone_domain" {
  service = "datazone"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datazone.(*domainResource).Create, datazone.(*domainResource).Read, datazone.(*domainResource).Update, datazone.(*domainResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: datazone:CreateDomain, datazone:DeleteDomain, datazone:GetDomain, datazone:ListTagsForResource, datazone:TagResource, datazone:UntagResource, datazone:UpdateDomain"

  read {
    actions = ["datazone:GetDomain", "datazone:ListTagsForResource"]
    source  = "datazone.(*domainResource).Read + datazone.(*servicePackage).ListTags"
  }

  create {
    actions = ["datazone:CreateDomain", "datazone:GetDomain"]
    source  = "datazone.(*domainResource).Create"
  }

  update {
    attributes = []
    actions    = ["datazone:UpdateDomain"]
    source     = "datazone.(*domainResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datazone:TagResource", "datazone:UntagResource"]
    source     = "datazone.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datazone:DeleteDomain", "datazone:GetDomain"]
    source  = "datazone.(*domainResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_datazone_environment" {
  service = "datazone"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datazone.(*environmentResource).Create, datazone.(*environmentResource).Read, datazone.(*environmentResource).Update, datazone.(*environmentResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: datazone:CreateEnvironment, datazone:DeleteEnvironment, datazone:GetEnvironment, datazone:UpdateEnvironment"

  read {
    actions = ["datazone:GetEnvironment"]
    source  = "datazone.(*environmentResource).Read"
  }

  create {
    actions = ["datazone:CreateEnvironment", "datazone:GetEnvironment"]
    source  = "datazone.(*environmentResource).Create"
  }

  update {
    attributes = []
    actions    = ["datazone:UpdateEnvironment"]
    source     = "datazone.(*environmentResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["datazone:DeleteEnvironment", "datazone:GetEnvironment"]
    source  = "datazone.(*environmentResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_datazone_environment_blueprint_configuration" {
  service = "datazone"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datazone.(*environmentBlueprintConfigurationResource).Create, datazone.(*environmentBlueprintConfigurationResource).Read, datazone.(*environmentBlueprintConfigurationResource).Update, datazone.(*environmentBlueprintConfigurationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: datazone:DeleteEnvironmentBlueprintConfiguration, datazone:GetEnvironmentBlueprintConfiguration, datazone:PutEnvironmentBlueprintConfiguration"

  read {
    actions = ["datazone:GetEnvironmentBlueprintConfiguration"]
    source  = "datazone.(*environmentBlueprintConfigurationResource).Read"
  }

  create {
    actions = ["datazone:PutEnvironmentBlueprintConfiguration"]
    source  = "datazone.(*environmentBlueprintConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["datazone:PutEnvironmentBlueprintConfiguration"]
    source     = "datazone.(*environmentBlueprintConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["datazone:DeleteEnvironmentBlueprintConfiguration"]
    source  = "datazone.(*environmentBlueprintConfigurationResource).Delete"
  }
}

resource "aws_datazone_environment_profile" {
  service = "datazone"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datazone.(*environmentProfileResource).Create, datazone.(*environmentProfileResource).Read, datazone.(*environmentProfileResource).Update, datazone.(*environmentProfileResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: datazone:CreateEnvironmentProfile, datazone:DeleteEnvironmentProfile, datazone:GetEnvironmentProfile, datazone:UpdateEnvironmentProfile"

  read {
    actions = ["datazone:GetEnvironmentProfile"]
    source  = "datazone.(*environmentProfileResource).Read"
  }

  create {
    actions = ["datazone:CreateEnvironmentProfile"]
    source  = "datazone.(*environmentProfileResource).Create"
  }

  update {
    attributes = []
    actions    = ["datazone:UpdateEnvironmentProfile"]
    source     = "datazone.(*environmentProfileResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["datazone:DeleteEnvironmentProfile"]
    source  = "datazone.(*environmentProfileResource).Delete"
  }
}

resource "aws_datazone_form_type" {
  service = "datazone"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datazone.(*formTypeResource).Create, datazone.(*formTypeResource).Read, datazone.(*formTypeResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: datazone:CreateFormType, datazone:DeleteFormType, datazone:GetFormType"

  read {
    actions = ["datazone:GetFormType"]
    source  = "datazone.(*formTypeResource).Read"
  }

  create {
    actions = ["datazone:CreateFormType", "datazone:GetFormType"]
    source  = "datazone.(*formTypeResource).Create"
  }

  delete {
    actions = ["datazone:DeleteFormType"]
    source  = "datazone.(*formTypeResource).Delete"
  }
}

resource "aws_datazone_glossary" {
  service = "datazone"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datazone.(*glossaryResource).Create, datazone.(*glossaryResource).Read, datazone.(*glossaryResource).Update, datazone.(*glossaryResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: datazone:CreateGlossary, datazone:DeleteGlossary, datazone:GetGlossary, datazone:UpdateGlossary"

  read {
    actions = ["datazone:GetGlossary"]
    source  = "datazone.(*glossaryResource).Read"
  }

  create {
    actions = ["datazone:CreateGlossary"]
    source  = "datazone.(*glossaryResource).Create"
  }

  update {
    attributes = []
    actions    = ["datazone:UpdateGlossary"]
    source     = "datazone.(*glossaryResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["datazone:DeleteGlossary", "datazone:UpdateGlossary"]
    source  = "datazone.(*glossaryResource).Delete"
  }
}

resource "aws_datazone_glossary_term" {
  service = "datazone"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datazone.(*glossaryTermResource).Create, datazone.(*glossaryTermResource).Read, datazone.(*glossaryTermResource).Update, datazone.(*glossaryTermResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: datazone:CreateGlossaryTerm, datazone:DeleteGlossaryTerm, datazone:GetGlossaryTerm, datazone:UpdateGlossaryTerm"

  read {
    actions = ["datazone:GetGlossaryTerm"]
    source  = "datazone.(*glossaryTermResource).Read"
  }

  create {
    actions = ["datazone:CreateGlossaryTerm", "datazone:GetGlossaryTerm"]
    source  = "datazone.(*glossaryTermResource).Create"
  }

  update {
    attributes = []
    actions    = ["datazone:UpdateGlossaryTerm"]
    source     = "datazone.(*glossaryTermResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["datazone:DeleteGlossaryTerm", "datazone:UpdateGlossaryTerm"]
    source  = "datazone.(*glossaryTermResource).Delete"
  }
}

resource "aws_datazone_project" {
  service = "datazone"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datazone.(*projectResource).Create, datazone.(*projectResource).Read, datazone.(*projectResource).Update, datazone.(*projectResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: datazone:CreateProject, datazone:DeleteProject, datazone:GetProject, datazone:UpdateProject"

  read {
    actions = ["datazone:GetProject"]
    source  = "datazone.(*projectResource).Read"
  }

  create {
    actions = ["datazone:CreateProject", "datazone:GetProject"]
    source  = "datazone.(*projectResource).Create"
  }

  update {
    attributes = []
    actions    = ["datazone:UpdateProject"]
    source     = "datazone.(*projectResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["datazone:DeleteProject", "datazone:GetProject"]
    source  = "datazone.(*projectResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_datazone_user_profile" {
  service = "datazone"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datazone.(*userProfileResource).Create, datazone.(*userProfileResource).Read, datazone.(*userProfileResource).Update) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: datazone:CreateUserProfile, datazone:GetUserProfile, datazone:UpdateUserProfile"

  read {
    actions = ["datazone:GetUserProfile"]
    source  = "datazone.(*userProfileResource).Read"
  }

  create {
    actions = ["datazone:CreateUserProfile", "datazone:GetUserProfile"]
    source  = "datazone.(*userProfileResource).Create"
  }

  update {
    attributes = []
    actions    = ["datazone:UpdateUserProfile"]
    source     = "datazone.(*userProfileResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

data "aws_datazone_domain" {
  service = "datazone"
  source  = "import: pike data/datazone/aws_datazone_domain.json"

  read {
    actions = ["datazone:ListDomains"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_datazone_environment_blueprint" {
  service = "datazone"
  source  = "import: pike data/datazone/aws_datazone_environment_blueprint.json"

  read {
    actions = ["datazone:ListEnvironmentBlueprints"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
