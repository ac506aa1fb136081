# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_appconfig_application" {
  service = "appconfig"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appconfig.resourceApplicationCreate, appconfig.resourceApplicationRead, appconfig.resourceApplicationUpdate, appconfig.resourceApplicationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appconfig:GetApplication", "appconfig:ListTagsForResource"]
    source  = "appconfig.resourceApplicationRead + appconfig.(*servicePackage).ListTags"
  }

  create {
    actions = ["appconfig:CreateApplication", "appconfig:GetApplication"]
    source  = "appconfig.resourceApplicationCreate"
  }

  update {
    attributes = []
    actions    = ["appconfig:UpdateApplication"]
    source     = "appconfig.resourceApplicationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appconfig:TagResource", "appconfig:UntagResource"]
    source     = "appconfig.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appconfig:DeleteApplication"]
    source  = "appconfig.resourceApplicationDelete"
  }
}

resource "aws_appconfig_configuration_profile" {
  service = "appconfig"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appconfig.resourceConfigurationProfileCreate, appconfig.resourceConfigurationProfileRead, appconfig.resourceConfigurationProfileUpdate, appconfig.resourceConfigurationProfileDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by appconfig.CreateConfigurationProfile, appconfig.UpdateConfigurationProfile (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["appconfig:GetConfigurationProfile", "appconfig:ListTagsForResource"]
    source  = "appconfig.resourceConfigurationProfileRead + appconfig.(*servicePackage).ListTags"
  }

  create {
    actions = ["appconfig:CreateConfigurationProfile", "appconfig:GetConfigurationProfile"]
    source  = "appconfig.resourceConfigurationProfileCreate"
  }

  update {
    attributes = []
    actions    = ["appconfig:UpdateConfigurationProfile"]
    source     = "appconfig.resourceConfigurationProfileUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appconfig:TagResource", "appconfig:UntagResource"]
    source     = "appconfig.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appconfig:DeleteConfigurationProfile"]
    source  = "appconfig.resourceConfigurationProfileDelete"
  }
}

resource "aws_appconfig_deployment" {
  service = "appconfig"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appconfig.resourceDeploymentCreate, appconfig.resourceDeploymentRead, appconfig.resourceDeploymentUpdate, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["appconfig:GetDeployment", "appconfig:ListTagsForResource"]
    source  = "appconfig.resourceDeploymentRead + appconfig.(*servicePackage).ListTags"
  }

  create {
    actions = ["appconfig:GetDeployment", "appconfig:StartDeployment"]
    source  = "appconfig.resourceDeploymentCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "appconfig.resourceDeploymentUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appconfig:TagResource", "appconfig:UntagResource"]
    source     = "appconfig.(*servicePackage).UpdateTags"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_appconfig_deployment_strategy" {
  service = "appconfig"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appconfig.resourceDeploymentStrategyCreate, appconfig.resourceDeploymentStrategyRead, appconfig.resourceDeploymentStrategyUpdate, appconfig.resourceDeploymentStrategyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appconfig:GetDeploymentStrategy", "appconfig:ListTagsForResource"]
    source  = "appconfig.resourceDeploymentStrategyRead + appconfig.(*servicePackage).ListTags"
  }

  create {
    actions = ["appconfig:CreateDeploymentStrategy", "appconfig:GetDeploymentStrategy"]
    source  = "appconfig.resourceDeploymentStrategyCreate"
  }

  update {
    attributes = []
    actions    = ["appconfig:UpdateDeploymentStrategy"]
    source     = "appconfig.resourceDeploymentStrategyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appconfig:TagResource", "appconfig:UntagResource"]
    source     = "appconfig.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appconfig:DeleteDeploymentStrategy"]
    source  = "appconfig.resourceDeploymentStrategyDelete"
  }
}

resource "aws_appconfig_environment" {
  service = "appconfig"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appconfig.(*environmentResource).Create, appconfig.(*environmentResource).Read, appconfig.(*environmentResource).Update, appconfig.(*environmentResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["appconfig:GetEnvironment", "appconfig:ListTagsForResource"]
    source  = "appconfig.(*environmentResource).Read + appconfig.(*servicePackage).ListTags"
  }

  create {
    actions = ["appconfig:CreateEnvironment"]
    source  = "appconfig.(*environmentResource).Create"
  }

  update {
    attributes = []
    actions    = ["appconfig:UpdateEnvironment"]
    source     = "appconfig.(*environmentResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appconfig:TagResource", "appconfig:UntagResource"]
    source     = "appconfig.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appconfig:DeleteEnvironment"]
    source  = "appconfig.(*environmentResource).Delete"
  }
}

resource "aws_appconfig_extension" {
  service = "appconfig"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appconfig.resourceExtensionCreate, appconfig.resourceExtensionRead, appconfig.resourceExtensionUpdate, appconfig.resourceExtensionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appconfig:GetExtension", "appconfig:ListTagsForResource"]
    source  = "appconfig.resourceExtensionRead + appconfig.(*servicePackage).ListTags"
  }

  create {
    actions = ["appconfig:CreateExtension", "appconfig:GetExtension"]
    source  = "appconfig.resourceExtensionCreate"
  }

  update {
    attributes = []
    actions    = ["appconfig:UpdateExtension"]
    source     = "appconfig.resourceExtensionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appconfig:TagResource", "appconfig:UntagResource"]
    source     = "appconfig.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appconfig:DeleteExtension"]
    source  = "appconfig.resourceExtensionDelete"
  }
}

resource "aws_appconfig_extension_association" {
  service = "appconfig"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appconfig.resourceExtensionAssociationCreate, appconfig.resourceExtensionAssociationRead, appconfig.resourceExtensionAssociationUpdate, appconfig.resourceExtensionAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appconfig:GetExtensionAssociation"]
    source  = "appconfig.resourceExtensionAssociationRead"
  }

  create {
    actions = ["appconfig:CreateExtensionAssociation", "appconfig:GetExtensionAssociation"]
    source  = "appconfig.resourceExtensionAssociationCreate"
  }

  update {
    attributes = []
    actions    = ["appconfig:UpdateExtensionAssociation"]
    source     = "appconfig.resourceExtensionAssociationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["appconfig:DeleteExtensionAssociation"]
    source  = "appconfig.resourceExtensionAssociationDelete"
  }
}

resource "aws_appconfig_hosted_configuration_version" {
  service = "appconfig"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appconfig.resourceHostedConfigurationVersionCreate, appconfig.resourceHostedConfigurationVersionRead, appconfig.resourceHostedConfigurationVersionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appconfig:GetHostedConfigurationVersion"]
    source  = "appconfig.resourceHostedConfigurationVersionRead"
  }

  create {
    actions = [
      "appconfig:CreateHostedConfigurationVersion",
      "appconfig:GetHostedConfigurationVersion",
    ]
    source  = "appconfig.resourceHostedConfigurationVersionCreate"
  }

  delete {
    actions = ["appconfig:DeleteHostedConfigurationVersion"]
    source  = "appconfig.resourceHostedConfigurationVersionDelete"
  }
}

data "aws_appconfig_application" {
  service = "appconfig"
  source  = "import: pike data/appconfig/aws_appconfig_application.json"

  read {
    actions = ["appconfig:ListApplications"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_appconfig_configuration_profile" {
  service = "appconfig"
  source  = "import: pike data/appconfig/aws_appconfig_configuration_profile.json"
  note    = "pike case fixed: AppConfig:GetConfigurationProfile -> appconfig:GetConfigurationProfile"

  read {
    actions = ["appconfig:GetConfigurationProfile"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_appconfig_configuration_profiles" {
  service = "appconfig"
  source  = "import: pike data/appconfig/aws_appconfig_configuration_profiles.json"
  note    = "pike case fixed: AppConfig:ListConfigurationProfiles -> appconfig:ListConfigurationProfiles"

  read {
    actions = ["appconfig:ListConfigurationProfiles"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_appconfig_environment" {
  service = "appconfig"
  source  = "import: pike data/appconfig/aws_appconfig_environment.json"
  note    = "pike case fixed: AppConfig:GetEnvironment -> appconfig:GetEnvironment"

  read {
    actions = ["appconfig:GetEnvironment"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_appconfig_environments" {
  service = "appconfig"
  source  = "import: pike data/appconfig/aws_appconfig_environments.json"
  note    = "pike case fixed: AppConfig:ListEnvironments -> appconfig:ListEnvironments"

  read {
    actions = ["appconfig:ListEnvironments"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
