# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_glue_catalog" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.(*catalogResource).Create, glue.(*catalogResource).Read, glue.(*catalogResource).Update, glue.(*catalogResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: glue:CreateCatalog, glue:DeleteCatalog, glue:GetCatalog, glue:UpdateCatalog"

  read {
    actions = ["glue:GetCatalog", "glue:GetTags"]
    source  = "glue.(*catalogResource).Read + glue.(*servicePackage).ListTags"
  }

  create {
    actions = ["glue:CreateCatalog", "glue:GetCatalog"]
    source  = "glue.(*catalogResource).Create"
  }

  update {
    attributes = []
    actions    = ["glue:UpdateCatalog"]
    source     = "glue.(*catalogResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["glue:TagResource", "glue:UntagResource"]
    source     = "glue.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["glue:DeleteCatalog"]
    source  = "glue.(*catalogResource).Delete"
  }
}

resource "aws_glue_catalog_table_optimizer" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.(*catalogTableOptimizerResource).Create, glue.(*catalogTableOptimizerResource).Read, glue.(*catalogTableOptimizerResource).Update, glue.(*catalogTableOptimizerResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: glue:CreateTableOptimizer, glue:DeleteTableOptimizer, glue:GetTableOptimizer, glue:UpdateTableOptimizer"

  read {
    actions = ["glue:GetTableOptimizer"]
    source  = "glue.(*catalogTableOptimizerResource).Read"
  }

  create {
    actions = ["glue:CreateTableOptimizer", "glue:GetTableOptimizer"]
    source  = "glue.(*catalogTableOptimizerResource).Create"
  }

  update {
    attributes = []
    actions    = ["glue:UpdateTableOptimizer"]
    source     = "glue.(*catalogTableOptimizerResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["glue:DeleteTableOptimizer"]
    source  = "glue.(*catalogTableOptimizerResource).Delete"
  }
}

resource "aws_glue_classifier" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceClassifierCreate, glue.resourceClassifierRead, glue.resourceClassifierUpdate, glue.resourceClassifierDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["glue:GetClassifier"]
    source  = "glue.resourceClassifierRead"
  }

  create {
    actions = ["glue:CreateClassifier", "glue:GetClassifier"]
    source  = "glue.resourceClassifierCreate"
  }

  update {
    attributes = []
    actions    = ["glue:UpdateClassifier"]
    source     = "glue.resourceClassifierUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["glue:DeleteClassifier"]
    source  = "glue.resourceClassifierDelete"
  }
}

resource "aws_glue_connection" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceConnectionCreate, glue.resourceConnectionRead, glue.resourceConnectionUpdate, glue.resourceConnectionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["glue:GetConnection", "glue:GetTags"]
    source  = "glue.resourceConnectionRead + glue.(*servicePackage).ListTags"
  }

  create {
    actions = ["glue:CreateConnection", "glue:GetConnection"]
    source  = "glue.resourceConnectionCreate"
  }

  update {
    attributes = []
    actions    = ["glue:UpdateConnection"]
    source     = "glue.resourceConnectionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["glue:TagResource", "glue:UntagResource"]
    source     = "glue.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["glue:DeleteConnection"]
    source  = "glue.resourceConnectionDelete"
  }
}

resource "aws_glue_crawler" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceCrawlerCreate, glue.resourceCrawlerRead, glue.resourceCrawlerUpdate, glue.resourceCrawlerDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by glue.CreateCrawler, glue.UpdateCrawler (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["glue:GetCrawler", "glue:GetTags"]
    source  = "glue.resourceCrawlerRead + glue.(*servicePackage).ListTags"
  }

  create {
    actions = ["glue:CreateCrawler", "glue:GetCrawler"]
    source  = "glue.resourceCrawlerCreate"
  }

  update {
    attributes = []
    actions    = ["glue:UpdateCrawler"]
    source     = "glue.resourceCrawlerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["glue:TagResource", "glue:UntagResource"]
    source     = "glue.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["glue:DeleteCrawler"]
    source  = "glue.resourceCrawlerDelete"
  }
}

resource "aws_glue_data_catalog_encryption_settings" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceDataCatalogEncryptionSettingsPut, glue.resourceDataCatalogEncryptionSettingsRead, glue.resourceDataCatalogEncryptionSettingsDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["glue:GetDataCatalogEncryptionSettings"]
    source  = "glue.resourceDataCatalogEncryptionSettingsRead"
  }

  create {
    actions = ["glue:GetDataCatalogEncryptionSettings", "glue:PutDataCatalogEncryptionSettings"]
    source  = "glue.resourceDataCatalogEncryptionSettingsPut"
  }

  update {
    attributes = []
    actions    = ["glue:PutDataCatalogEncryptionSettings"]
    source     = "glue.resourceDataCatalogEncryptionSettingsPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["glue:PutDataCatalogEncryptionSettings"]
    source  = "glue.resourceDataCatalogEncryptionSettingsDelete"
  }
}

resource "aws_glue_data_quality_ruleset" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceDataQualityRulesetCreate, glue.resourceDataQualityRulesetRead, glue.resourceDataQualityRulesetUpdate, glue.resourceDataQualityRulesetDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: glue:CreateDataQualityRuleset, glue:DeleteDataQualityRuleset, glue:GetDataQualityRuleset, glue:UpdateDataQualityRuleset"

  read {
    actions = ["glue:GetDataQualityRuleset", "glue:GetTags"]
    source  = "glue.resourceDataQualityRulesetRead + glue.(*servicePackage).ListTags"
  }

  create {
    actions = ["glue:CreateDataQualityRuleset", "glue:GetDataQualityRuleset"]
    source  = "glue.resourceDataQualityRulesetCreate"
  }

  update {
    attributes = []
    actions    = ["glue:UpdateDataQualityRuleset"]
    source     = "glue.resourceDataQualityRulesetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["glue:TagResource", "glue:UntagResource"]
    source     = "glue.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["glue:DeleteDataQualityRuleset"]
    source  = "glue.resourceDataQualityRulesetDelete"
  }
}

resource "aws_glue_dev_endpoint" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceDevEndpointCreate, glue.resourceDevEndpointRead, glue.resourceDevEndpointUpdate, glue.resourceDevEndpointDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by glue.CreateDevEndpoint (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["glue:GetDevEndpoint", "glue:GetTags"]
    source  = "glue.resourceDevEndpointRead + glue.(*servicePackage).ListTags"
  }

  create {
    actions = ["glue:CreateDevEndpoint", "glue:GetDevEndpoint"]
    source  = "glue.resourceDevEndpointCreate"
  }

  update {
    attributes = []
    actions    = ["glue:UpdateDevEndpoint"]
    source     = "glue.resourceDevEndpointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["glue:TagResource", "glue:UntagResource"]
    source     = "glue.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["glue:DeleteDevEndpoint", "glue:GetDevEndpoint"]
    source  = "glue.resourceDevEndpointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_glue_job" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceJobCreate, glue.resourceJobRead, glue.resourceJobUpdate, glue.resourceJobDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by glue.CreateJob, glue.UpdateJob (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["glue:GetJob", "glue:GetTags"]
    source  = "glue.resourceJobRead + glue.(*servicePackage).ListTags"
  }

  create {
    actions = ["glue:CreateJob", "glue:GetJob"]
    source  = "glue.resourceJobCreate"
  }

  update {
    attributes = []
    actions    = ["glue:UpdateJob"]
    source     = "glue.resourceJobUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["glue:TagResource", "glue:UntagResource"]
    source     = "glue.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["glue:DeleteJob"]
    source  = "glue.resourceJobDelete"
  }
}

resource "aws_glue_ml_transform" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceMLTransformCreate, glue.resourceMLTransformRead, glue.resourceMLTransformUpdate, glue.resourceMLTransformDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by glue.CreateMLTransform, glue.UpdateMLTransform (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["glue:GetMLTransform", "glue:GetTags"]
    source  = "glue.resourceMLTransformRead + glue.(*servicePackage).ListTags"
  }

  create {
    actions = ["glue:CreateMLTransform", "glue:GetMLTransform"]
    source  = "glue.resourceMLTransformCreate"
  }

  update {
    attributes = []
    actions    = ["glue:UpdateMLTransform"]
    source     = "glue.resourceMLTransformUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["glue:TagResource", "glue:UntagResource"]
    source     = "glue.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["glue:DeleteMLTransform", "glue:GetMLTransform"]
    source  = "glue.resourceMLTransformDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_glue_partition" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourcePartitionCreate, glue.resourcePartitionRead, glue.resourcePartitionUpdate, glue.resourcePartitionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["glue:GetPartition"]
    source  = "glue.resourcePartitionRead"
  }

  create {
    actions = ["glue:CreatePartition", "glue:GetPartition"]
    source  = "glue.resourcePartitionCreate"
  }

  update {
    attributes = []
    actions    = ["glue:UpdatePartition"]
    source     = "glue.resourcePartitionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["glue:DeletePartition"]
    source  = "glue.resourcePartitionDelete"
  }
}

resource "aws_glue_partition_index" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourcePartitionIndexCreate, glue.resourcePartitionIndexRead, glue.resourcePartitionIndexDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["glue:GetTable"]
    source  = "glue.resourcePartitionIndexRead"
  }

  create {
    actions = ["glue:GetTable", "glue:UpdateTable"]
    source  = "glue.resourcePartitionIndexCreate"
  }

  delete {
    actions = ["glue:GetTable", "glue:UpdateTable"]
    source  = "glue.resourcePartitionIndexDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_glue_registry" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceRegistryCreate, glue.resourceRegistryRead, glue.resourceRegistryUpdate, glue.resourceRegistryDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["glue:GetRegistry", "glue:GetTags"]
    source  = "glue.resourceRegistryRead + glue.(*servicePackage).ListTags"
  }

  create {
    actions = ["glue:CreateRegistry", "glue:GetRegistry"]
    source  = "glue.resourceRegistryCreate"
  }

  update {
    attributes = []
    actions    = ["glue:UpdateRegistry"]
    source     = "glue.resourceRegistryUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["glue:TagResource", "glue:UntagResource"]
    source     = "glue.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["glue:DeleteRegistry", "glue:GetRegistry"]
    source  = "glue.resourceRegistryDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_glue_resource_policy" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceResourcePolicy.resourceResourcePolicyPut.func2 (calls listed under resourceResourcePolicyPut), glue.resourceResourcePolicyRead, glue.resourceResourcePolicy.resourceResourcePolicyPut.func3 (calls listed under resourceResourcePolicyPut), glue.resourceResourcePolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["glue:GetResourcePolicy"]
    source  = "glue.resourceResourcePolicyRead"
  }

  create {
    actions = ["glue:GetResourcePolicy", "glue:PutResourcePolicy"]
    source  = "glue.resourceResourcePolicy.resourceResourcePolicyPut.func2 (calls listed under resourceResourcePolicyPut)"
  }

  update {
    attributes = []
    actions    = ["glue:PutResourcePolicy"]
    source     = "glue.resourceResourcePolicy.resourceResourcePolicyPut.func3 (calls listed under resourceResourcePolicyPut)"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["glue:DeleteResourcePolicy"]
    source  = "glue.resourceResourcePolicyDelete"
  }
}

resource "aws_glue_schema" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceSchemaCreate, glue.resourceSchemaRead, glue.resourceSchemaUpdate, glue.resourceSchemaDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["glue:GetSchema", "glue:GetSchemaVersion", "glue:GetTags"]
    source  = "glue.resourceSchemaRead + glue.(*servicePackage).ListTags"
  }

  create {
    actions = ["glue:CreateSchema", "glue:GetSchema", "glue:GetSchemaVersion"]
    source  = "glue.resourceSchemaCreate"
  }

  update {
    attributes = []
    actions    = ["glue:RegisterSchemaVersion", "glue:UpdateSchema"]
    source     = "glue.resourceSchemaUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["glue:TagResource", "glue:UntagResource"]
    source     = "glue.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["glue:DeleteSchema", "glue:GetSchema"]
    source  = "glue.resourceSchemaDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_glue_security_configuration" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceSecurityConfigurationCreate, glue.resourceSecurityConfigurationRead, glue.resourceSecurityConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["glue:GetSecurityConfiguration"]
    source  = "glue.resourceSecurityConfigurationRead"
  }

  create {
    actions = ["glue:CreateSecurityConfiguration", "glue:GetSecurityConfiguration"]
    source  = "glue.resourceSecurityConfigurationCreate"
  }

  delete {
    actions = ["glue:DeleteSecurityConfiguration"]
    source  = "glue.resourceSecurityConfigurationDelete"
  }
}

resource "aws_glue_trigger" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceTriggerCreate, glue.resourceTriggerRead, glue.resourceTriggerUpdate, glue.resourceTriggerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["glue:GetTags", "glue:GetTrigger"]
    source  = "glue.resourceTriggerRead + glue.(*servicePackage).ListTags"
  }

  create {
    actions = ["glue:CreateTrigger", "glue:GetTrigger", "glue:StartTrigger"]
    source  = "glue.resourceTriggerCreate"
  }

  update {
    attributes = []
    actions    = ["glue:StartTrigger", "glue:StopTrigger", "glue:UpdateTrigger"]
    source     = "glue.resourceTriggerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["glue:TagResource", "glue:UntagResource"]
    source     = "glue.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["glue:DeleteTrigger", "glue:GetTrigger"]
    source  = "glue.resourceTriggerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_glue_user_defined_function" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceUserDefinedFunctionCreate, glue.resourceUserDefinedFunctionRead, glue.resourceUserDefinedFunctionUpdate, glue.resourceUserDefinedFunctionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["glue:GetUserDefinedFunction"]
    source  = "glue.resourceUserDefinedFunctionRead"
  }

  create {
    actions = ["glue:CreateUserDefinedFunction", "glue:GetUserDefinedFunction"]
    source  = "glue.resourceUserDefinedFunctionCreate"
  }

  update {
    attributes = []
    actions    = ["glue:UpdateUserDefinedFunction"]
    source     = "glue.resourceUserDefinedFunctionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["glue:DeleteUserDefinedFunction"]
    source  = "glue.resourceUserDefinedFunctionDelete"
  }
}

resource "aws_glue_workflow" {
  service = "glue"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (glue.resourceWorkflowCreate, glue.resourceWorkflowRead, glue.resourceWorkflowUpdate, glue.resourceWorkflowDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["glue:GetTags", "glue:GetWorkflow"]
    source  = "glue.resourceWorkflowRead + glue.(*servicePackage).ListTags"
  }

  create {
    actions = ["glue:CreateWorkflow", "glue:GetWorkflow"]
    source  = "glue.resourceWorkflowCreate"
  }

  update {
    attributes = []
    actions    = ["glue:UpdateWorkflow"]
    source     = "glue.resourceWorkflowUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["glue:TagResource", "glue:UntagResource"]
    source     = "glue.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["glue:DeleteWorkflow"]
    source  = "glue.resourceWorkflowDelete"
  }
}

data "aws_glue_catalog" {
  service = "glue"
  source  = "import: pike data/glue/aws_glue_catalog.json"

  read {
    actions = ["glue:GetCatalog"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_glue_catalog_table" {
  service = "glue"
  source  = "import: pike data/glue/aws_glue_catalog_table.json"

  read {
    actions = ["glue:GetTable"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_glue_connection" {
  service = "glue"
  source  = "import: pike data/glue/aws_glue_connection.json"

  read {
    actions = ["glue:GetConnection"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_glue_data_catalog_encryption_settings" {
  service = "glue"
  source  = "import: pike data/glue/aws_glue_data_catalog_encryption_settings.json"

  read {
    actions = ["glue:GetDataCatalogEncryptionSettings"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_glue_registry" {
  service = "glue"
  source  = "import: pike data/glue/aws_glue_registry.json"

  read {
    actions = ["glue:GetRegistry"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_glue_script" {
  service = "glue"
  source  = "import: pike data/glue/aws_glue_script.json"
  note    = "Pike lists these non-read actions for the data source, which makes them while reading: glue:CreateScript"

  read {
    actions = ["glue:CreateScript"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
