# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_lambda_capacity_provider" {
  service = "lambda"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lambda.(*resourceCapacityProvider).Create, lambda.(*resourceCapacityProvider).Read, lambda.(*resourceCapacityProvider).Update, lambda.(*resourceCapacityProvider).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: lambda:CreateCapacityProvider, lambda:DeleteCapacityProvider, lambda:GetCapacityProvider, lambda:UpdateCapacityProvider"

  read {
    actions = ["lambda:GetCapacityProvider", "lambda:ListTags"]
    source  = "lambda.(*resourceCapacityProvider).Read + lambda.(*servicePackage).ListTags"
  }

  create {
    actions = ["lambda:CreateCapacityProvider", "lambda:GetCapacityProvider"]
    source  = "lambda.(*resourceCapacityProvider).Create"
  }

  update {
    attributes = []
    actions    = ["lambda:UpdateCapacityProvider"]
    source     = "lambda.(*resourceCapacityProvider).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lambda:TagResource", "lambda:UntagResource"]
    source     = "lambda.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["lambda:DeleteCapacityProvider", "lambda:GetCapacityProvider"]
    source  = "lambda.(*resourceCapacityProvider).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lambda_code_signing_config" {
  service = "lambda"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lambda.resourceCodeSigningConfigCreate, lambda.resourceCodeSigningConfigRead, lambda.resourceCodeSigningConfigUpdate, lambda.resourceCodeSigningConfigDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lambda:GetCodeSigningConfig", "lambda:ListTags"]
    source  = "lambda.resourceCodeSigningConfigRead + lambda.(*servicePackage).ListTags"
  }

  create {
    actions = ["lambda:CreateCodeSigningConfig", "lambda:GetCodeSigningConfig"]
    source  = "lambda.resourceCodeSigningConfigCreate"
  }

  update {
    attributes = []
    actions    = ["lambda:UpdateCodeSigningConfig"]
    source     = "lambda.resourceCodeSigningConfigUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lambda:TagResource", "lambda:UntagResource"]
    source     = "lambda.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["lambda:DeleteCodeSigningConfig"]
    source  = "lambda.resourceCodeSigningConfigDelete"
  }
}

resource "aws_lambda_function_recursion_config" {
  service = "lambda"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lambda.(*functionRecursionConfigResource).Create, lambda.(*functionRecursionConfigResource).Read, lambda.(*functionRecursionConfigResource).Update, lambda.(*functionRecursionConfigResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: lambda:GetFunctionRecursionConfig, lambda:PutFunctionRecursionConfig"

  read {
    actions = ["lambda:GetFunctionRecursionConfig"]
    source  = "lambda.(*functionRecursionConfigResource).Read"
  }

  create {
    actions = ["lambda:PutFunctionRecursionConfig"]
    source  = "lambda.(*functionRecursionConfigResource).Create"
  }

  update {
    attributes = []
    actions    = ["lambda:PutFunctionRecursionConfig"]
    source     = "lambda.(*functionRecursionConfigResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lambda:PutFunctionRecursionConfig"]
    source  = "lambda.(*functionRecursionConfigResource).Delete"
  }
}

resource "aws_lambda_function_scaling_config" {
  service = "lambda"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lambda.(*functionScalingConfigResource).Create, lambda.(*functionScalingConfigResource).Read, lambda.(*functionScalingConfigResource).Update, lambda.(*functionScalingConfigResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: lambda:GetFunctionScalingConfig, lambda:PutFunctionScalingConfig"

  read {
    actions = ["lambda:GetFunctionScalingConfig"]
    source  = "lambda.(*functionScalingConfigResource).Read"
  }

  create {
    actions = ["lambda:GetFunctionScalingConfig", "lambda:PutFunctionScalingConfig"]
    source  = "lambda.(*functionScalingConfigResource).Create"
  }

  update {
    attributes = []
    actions    = ["lambda:PutFunctionScalingConfig"]
    source     = "lambda.(*functionScalingConfigResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lambda:PutFunctionScalingConfig"]
    source  = "lambda.(*functionScalingConfigResource).Delete"
  }
}

resource "aws_lambda_invocation" {
  service = "lambda"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lambda.resourceInvocationCreate, schema.NoopContext, lambda.resourceInvocationUpdate, lambda.resourceInvocationDelete) + iamlive-map 2022-08-19"

  create {
    actions = ["lambda:InvokeFunction"]
    source  = "lambda.resourceInvocationCreate"
  }

  update {
    attributes = []
    actions    = ["lambda:InvokeFunction"]
    source     = "lambda.resourceInvocationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lambda:InvokeFunction"]
    source  = "lambda.resourceInvocationDelete"
  }
}

resource "aws_lambda_layer_version_permission" {
  service = "lambda"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lambda.resourceLayerVersionPermissionCreate, lambda.resourceLayerVersionPermissionRead, lambda.resourceLayerVersionPermissionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lambda:GetLayerVersionPolicy"]
    source  = "lambda.resourceLayerVersionPermissionRead"
  }

  create {
    actions = ["lambda:AddLayerVersionPermission", "lambda:GetLayerVersionPolicy"]
    source  = "lambda.resourceLayerVersionPermissionCreate"
  }

  delete {
    actions = ["lambda:RemoveLayerVersionPermission"]
    source  = "lambda.resourceLayerVersionPermissionDelete"
  }
}

resource "aws_lambda_provisioned_concurrency_config" {
  service = "lambda"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lambda.resourceProvisionedConcurrencyConfigCreate, lambda.resourceProvisionedConcurrencyConfigRead, lambda.resourceProvisionedConcurrencyConfigUpdate, lambda.resourceProvisionedConcurrencyConfigDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lambda:GetProvisionedConcurrencyConfig"]
    source  = "lambda.resourceProvisionedConcurrencyConfigRead"
  }

  create {
    actions = [
      "lambda:GetAlias",
      "lambda:GetProvisionedConcurrencyConfig",
      "lambda:PutProvisionedConcurrencyConfig",
    ]
    source  = "lambda.resourceProvisionedConcurrencyConfigCreate"
  }

  update {
    attributes = []
    actions    = ["lambda:PutProvisionedConcurrencyConfig"]
    source     = "lambda.resourceProvisionedConcurrencyConfigUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lambda:DeleteProvisionedConcurrencyConfig"]
    source  = "lambda.resourceProvisionedConcurrencyConfigDelete"
  }
}

resource "aws_lambda_runtime_management_config" {
  service = "lambda"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lambda.(*runtimeManagementConfigResource).Create, lambda.(*runtimeManagementConfigResource).Read, lambda.(*runtimeManagementConfigResource).Update, lambda.(*runtimeManagementConfigResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: lambda:GetRuntimeManagementConfig, lambda:PutRuntimeManagementConfig"

  read {
    actions = ["lambda:GetRuntimeManagementConfig"]
    source  = "lambda.(*runtimeManagementConfigResource).Read"
  }

  create {
    actions = ["lambda:PutRuntimeManagementConfig"]
    source  = "lambda.(*runtimeManagementConfigResource).Create"
  }

  update {
    attributes = []
    actions    = ["lambda:PutRuntimeManagementConfig"]
    source     = "lambda.(*runtimeManagementConfigResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lambda:PutRuntimeManagementConfig"]
    source  = "lambda.(*runtimeManagementConfigResource).Delete"
  }
}

data "aws_lambda_alias" {
  service = "lambda"
  source  = "import: pike data/lambda/aws_lambda_alias.json"

  read {
    actions = ["lambda:GetAlias"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lambda_code_signing_config" {
  service = "lambda"
  source  = "import: pike data/lambda/aws_lambda_code_signing_config.json"

  read {
    actions = ["lambda:GetCodeSigningConfig"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lambda_function_url" {
  service = "lambda"
  source  = "import: pike data/lambda/aws_lambda_function_url.json"

  read {
    actions = ["lambda:GetFunctionUrlConfig"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lambda_functions" {
  service = "lambda"
  source  = "import: pike data/lambda/aws_lambda_functions.json"

  read {
    actions = ["lambda:ListFunctions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lambda_invocation" {
  service = "lambda"
  source  = "import: pike data/lambda/aws_lambda_invocation.json"
  note    = "Pike lists these non-read actions for the data source, which makes them while reading: lambda:InvokeFunction"

  read {
    actions = ["lambda:InvokeFunction"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lambda_layer_version" {
  service = "lambda"
  source  = "import: pike data/lambda/aws_lambda_layer_version.json"

  read {
    actions = ["lambda:ListLayerVersions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
