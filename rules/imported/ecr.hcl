# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_ecr_account_setting" {
  service = "ecr"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecr.(*accountSettingResource).Create, ecr.(*accountSettingResource).Read, ecr.(*accountSettingResource).Update) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ecr:GetAccountSetting, ecr:PutAccountSetting"

  read {
    actions = ["ecr:GetAccountSetting"]
    source  = "ecr.(*accountSettingResource).Read"
  }

  create {
    actions = ["ecr:PutAccountSetting"]
    source  = "ecr.(*accountSettingResource).Create"
  }

  update {
    attributes = []
    actions    = ["ecr:PutAccountSetting"]
    source     = "ecr.(*accountSettingResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_ecr_pull_through_cache_rule" {
  service = "ecr"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecr.resourcePullThroughCacheRuleCreate, ecr.resourcePullThroughCacheRuleRead, ecr.resourcePullThroughCacheRuleUpdate, ecr.resourcePullThroughCacheRuleDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ecr:UpdatePullThroughCacheRule"

  read {
    actions = ["ecr:DescribePullThroughCacheRules"]
    source  = "ecr.resourcePullThroughCacheRuleRead"
  }

  create {
    actions = ["ecr:CreatePullThroughCacheRule", "ecr:DescribePullThroughCacheRules"]
    source  = "ecr.resourcePullThroughCacheRuleCreate"
  }

  update {
    attributes = []
    actions    = ["ecr:UpdatePullThroughCacheRule"]
    source     = "ecr.resourcePullThroughCacheRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ecr:DeletePullThroughCacheRule"]
    source  = "ecr.resourcePullThroughCacheRuleDelete"
  }
}

resource "aws_ecr_pull_time_update_exclusion" {
  service = "ecr"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecr.(*pullTimeUpdateExclusionResource).Create, ecr.(*pullTimeUpdateExclusionResource).Read, ecr.(*pullTimeUpdateExclusionResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ecr:DeregisterPullTimeUpdateExclusion, ecr:ListPullTimeUpdateExclusions, ecr:RegisterPullTimeUpdateExclusion"

  read {
    actions = ["ecr:ListPullTimeUpdateExclusions"]
    source  = "ecr.(*pullTimeUpdateExclusionResource).Read"
  }

  create {
    actions = ["ecr:RegisterPullTimeUpdateExclusion"]
    source  = "ecr.(*pullTimeUpdateExclusionResource).Create"
  }

  delete {
    actions = ["ecr:DeregisterPullTimeUpdateExclusion"]
    source  = "ecr.(*pullTimeUpdateExclusionResource).Delete"
  }
}

resource "aws_ecr_registry_policy" {
  service = "ecr"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecr.resourceRegistryPolicyPut, ecr.resourceRegistryPolicyRead, ecr.resourceRegistryPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ecr:GetRegistryPolicy"]
    source  = "ecr.resourceRegistryPolicyRead"
  }

  create {
    actions = ["ecr:GetRegistryPolicy", "ecr:PutRegistryPolicy"]
    source  = "ecr.resourceRegistryPolicyPut"
  }

  update {
    attributes = []
    actions    = ["ecr:PutRegistryPolicy"]
    source     = "ecr.resourceRegistryPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ecr:DeleteRegistryPolicy"]
    source  = "ecr.resourceRegistryPolicyDelete"
  }
}

resource "aws_ecr_registry_scanning_configuration" {
  service = "ecr"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecr.resourceRegistryScanningConfigurationPut, ecr.resourceRegistryScanningConfigurationRead, ecr.resourceRegistryScanningConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ecr:GetRegistryScanningConfiguration"]
    source  = "ecr.resourceRegistryScanningConfigurationRead"
  }

  create {
    actions = ["ecr:GetRegistryScanningConfiguration", "ecr:PutRegistryScanningConfiguration"]
    source  = "ecr.resourceRegistryScanningConfigurationPut"
  }

  update {
    attributes = []
    actions    = ["ecr:PutRegistryScanningConfiguration"]
    source     = "ecr.resourceRegistryScanningConfigurationPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ecr:PutRegistryScanningConfiguration"]
    source  = "ecr.resourceRegistryScanningConfigurationDelete"
  }
}

resource "aws_ecr_replication_configuration" {
  service = "ecr"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecr.resourceReplicationConfigurationPut, ecr.resourceReplicationConfigurationRead, ecr.resourceReplicationConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ecr:DescribeRegistry"]
    source  = "ecr.resourceReplicationConfigurationRead"
  }

  create {
    actions = ["ecr:DescribeRegistry", "ecr:PutReplicationConfiguration"]
    source  = "ecr.resourceReplicationConfigurationPut"
  }

  update {
    attributes = []
    actions    = ["ecr:PutReplicationConfiguration"]
    source     = "ecr.resourceReplicationConfigurationPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ecr:PutReplicationConfiguration"]
    source  = "ecr.resourceReplicationConfigurationDelete"
  }
}

resource "aws_ecr_repository_creation_template" {
  service = "ecr"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecr.resourceRepositoryCreationTemplateCreate, ecr.resourceRepositoryCreationTemplateRead, ecr.resourceRepositoryCreationTemplateUpdate, ecr.resourceRepositoryCreationTemplateDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ecr:CreateRepositoryCreationTemplate, ecr:DeleteRepositoryCreationTemplate, ecr:DescribeRepositoryCreationTemplates, ecr:UpdateRepositoryCreationTemplate"

  read {
    actions = ["ecr:DescribeRepositoryCreationTemplates"]
    source  = "ecr.resourceRepositoryCreationTemplateRead"
  }

  create {
    actions = ["ecr:CreateRepositoryCreationTemplate", "ecr:DescribeRepositoryCreationTemplates"]
    source  = "ecr.resourceRepositoryCreationTemplateCreate"
  }

  update {
    attributes = []
    actions    = ["ecr:UpdateRepositoryCreationTemplate"]
    source     = "ecr.resourceRepositoryCreationTemplateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ecr:DeleteRepositoryCreationTemplate"]
    source  = "ecr.resourceRepositoryCreationTemplateDelete"
  }
}

data "aws_ecr_authorization_token" {
  service = "ecr"
  source  = "import: pike data/ecr/aws_ecr_authorization_token.json"

  read {
    actions = ["ecr:GetAuthorizationToken"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ecr_image" {
  service = "ecr"
  source  = "import: pike data/ecr/aws_ecr_image.json"

  read {
    actions = ["ecr:DescribeImages"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ecr_images" {
  service = "ecr"
  source  = "import: pike data/ecr/aws_ecr_images.json"

  read {
    actions = ["ecr:ListImages"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ecr_pull_through_cache_rule" {
  service = "ecr"
  source  = "import: pike data/ecr/aws_ecr_pull_through_cache_rule.json"

  read {
    actions = ["ecr:DescribePullThroughCacheRules"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ecr_repositories" {
  service = "ecr"
  source  = "import: pike data/ecr/aws_ecr_repositories.json"

  read {
    actions = ["ecr:DescribeRepositories"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ecr_repository" {
  service = "ecr"
  source  = "import: pike data/ecr/aws_ecr_repository.json"

  read {
    actions = ["ecr:DescribeRepositories", "ecr:ListTagsForResource"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ecr_repository_creation_template" {
  service = "ecr"
  source  = "import: pike data/ecr/aws_ecr_repository_creation_template.json"

  read {
    actions = ["ecr:DescribeRepositoryCreationTemplates"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
