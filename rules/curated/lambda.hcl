# AWS Lambda (IAM prefix lambda): hand-curated rules for functions, function permissions and the aws_lambda_function data source.

resource "aws_lambda_alias" {
  service           = "lambda"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/lambda/alias.go"
  arn               = "arn:${partition}:lambda:${region}:${account}:function:${function_name}:${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["lambda:GetAlias"]
    source  = "resourceAliasRead (findAliasByTwoPartKey -> GetAlias)"
  }

  create {
    actions = ["lambda:CreateAlias"]
    source  = "resourceAliasCreate (CreateAlias)"
  }

  update {
    attributes = ["description", "function_version", "routing_config"]
    actions    = ["lambda:UpdateAlias"]
    source     = "resourceAliasUpdate (UpdateAlias)"
  }

  delete {
    actions = ["lambda:DeleteAlias"]
    source  = "resourceAliasDelete (DeleteAlias)"
  }
}

resource "aws_lambda_event_source_mapping" {
  service           = "lambda"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/lambda/event_source_mapping.go"
  arn               = "arn:${partition}:lambda:${region}:${account}:event-source-mapping:${uuid}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["lambda:GetEventSourceMapping", "lambda:ListTags"]
    source  = "resourceEventSourceMappingRead (findEventSourceMappingByID -> GetEventSourceMapping); tags via transparent tagging ListTags"
  }

  create {
    actions = ["lambda:CreateEventSourceMapping"]
    source  = "resourceEventSourceMappingCreate (CreateEventSourceMapping, retried on IAM propagation; waitEventSourceMappingCreate polls GetEventSourceMapping)"
  }

  create {
    if_set   = "kms_key_arn"
    actions  = ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey"]
    resource = "${kms_key_arn}"
    source   = "pike-mapping resource/lambda/aws_lambda_event_source_mapping.json attributes.kms_key_arn (filter criteria encryption with a customer managed key)"
  }

  create {
    if_set  = "tags_all"
    actions = ["lambda:TagResource"]
    source  = "AWS docs: Lambda Developer Guide, using tags (lambda:TagResource to tag on create); Tags sent in CreateEventSourceMapping"
  }

  update {
    attributes = [
      "batch_size",
      "bisect_batch_on_function_error",
      "destination_config",
      "document_db_event_source_config",
      "enabled",
      "filter_criteria",
      "function_name",
      "function_response_types",
      "kms_key_arn",
      "maximum_batching_window_in_seconds",
      "maximum_record_age_in_seconds",
      "maximum_retry_attempts",
      "metrics_config",
      "parallelization_factor",
      "provisioned_poller_config",
      "scaling_config",
      "source_access_configuration",
      "tumbling_window_in_seconds",
    ]
    actions    = ["lambda:UpdateEventSourceMapping"]
    source     = "resourceEventSourceMappingUpdate (UpdateEventSourceMapping; waitEventSourceMappingUpdate polls GetEventSourceMapping)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lambda:TagResource", "lambda:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    if_set     = "kms_key_arn"
    attributes = ["filter_criteria", "kms_key_arn"]
    actions    = ["kms:Decrypt", "kms:DescribeKey", "kms:GenerateDataKey"]
    resource   = "${kms_key_arn}"
    source     = "pike-mapping resource/lambda/aws_lambda_event_source_mapping.json attributes.kms_key_arn"
  }

  delete {
    actions = ["lambda:DeleteEventSourceMapping"]
    source  = "resourceEventSourceMappingDelete (DeleteEventSourceMapping; waitEventSourceMappingDelete polls GetEventSourceMapping)"
  }
}

resource "aws_lambda_function" {
  service           = "lambda"
  source            = "terraform-provider-aws 0156d84e6bb47e4a5fe0c8e87cf2d14fb1dc3b8c internal/service/lambda/function.go"
  arn               = "arn:${partition}:lambda:${region}:${account}:function:${function_name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = [
      "lambda:GetFunction",
      "lambda:GetFunctionCodeSigningConfig",
      "lambda:ListTags",
      "lambda:ListVersionsByFunction",
    ]
    source  = "resourceFunctionRead (findFunction, findLatestFunctionVersionByName, GetFunctionCodeSigningConfig; tags from GetFunction need lambda:ListTags per AWS docs: Lambda Developer Guide, Using tags on Lambda functions)"
  }

  read {
    if_set   = "kms_key_arn"
    actions  = ["kms:Decrypt"]
    resource = "${kms_key_arn}"
    source   = "AWS docs: Lambda Developer Guide, Securing Lambda environment variables (customer managed key user permissions) (kms:Decrypt to view environment variables)"
  }

  create {
    actions = ["lambda:CreateFunction"]
    source  = "resourceFunctionCreate (CreateFunction; waitFunctionCreated polls GetFunction)"
  }

  create {
    if_set  = "capacity_provider_config"
    actions = ["lambda:PassCapacityProvider"]
    source  = "IAM reference: lambda:PassCapacityProvider (authorization-only; capacity provider passed in CreateFunction CapacityProviderConfig)"
  }

  create {
    if_set  = "image_uri"
    actions = ["ecr:GetRepositoryPolicy", "ecr:SetRepositoryPolicy"]
    source  = "AWS docs: Lambda Developer Guide, container images, Amazon ECR permissions (Lambda updates the repository policy with the caller's permissions)"
  }

  create {
    if_set   = "kms_key_arn"
    actions  = ["kms:CreateGrant", "kms:Encrypt"]
    resource = "${kms_key_arn}"
    source   = "AWS docs: Lambda Developer Guide, Securing Lambda environment variables (customer managed key user permissions)"
  }

  create {
    if_set  = "layers"
    actions = ["lambda:GetLayerVersion"]
    source  = "AWS docs: Lambda Developer Guide, Adding layers to functions (lambda:GetLayerVersion on each layer version)"
  }

  create {
    if_set   = "s3_bucket"
    actions  = ["s3:GetObject"]
    resource = "arn:${partition}:s3:::${s3_bucket}/${s3_key}"
    source   = "AWS docs: Lambda API permissions reference (s3:GetObject on the deployment package object when S3Bucket/S3Key are given)"
  }

  create {
    if_set   = "s3_object_version"
    actions  = ["s3:GetObjectVersion"]
    resource = "arn:${partition}:s3:::${s3_bucket}/${s3_key}"
    source   = "AWS docs: Lambda API permissions reference (versioned deployment package object)"
  }

  create {
    if_set  = "tags_all"
    actions = ["lambda:TagResource"]
    source  = "AWS docs: Lambda Developer Guide, Using tags on Lambda functions (lambda:TagResource to tag on create)"
  }

  create {
    if_set  = "vpc_config"
    actions = ["ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcs"]
    source  = "AWS docs: Lambda Developer Guide, Giving Lambda functions access to a VPC (user permissions)"
  }

  create {
    unless_equals = ["reserved_concurrent_executions", "-1"]
    actions       = ["lambda:PutFunctionConcurrency"]
    source        = "resourceFunctionCreate (PutFunctionConcurrency when reserved_concurrent_executions >= 0; default -1 skips it)"
  }

  update {
    attributes = [
      "architectures",
      "code_sha256",
      "filename",
      "image_uri",
      "s3_bucket",
      "s3_key",
      "s3_object_version",
      "source_code_hash",
      "source_kms_key_arn",
    ]
    actions    = ["lambda:UpdateFunctionCode"]
    source     = "resourceFunctionUpdate (needsFunctionCodeUpdate -> UpdateFunctionCode; waitFunctionUpdated polls GetFunction)"
  }

  update {
    attributes = [
      "capacity_provider_config",
      "dead_letter_config",
      "description",
      "durable_config",
      "environment",
      "ephemeral_storage",
      "file_system_config",
      "handler",
      "image_config",
      "kms_key_arn",
      "layers",
      "logging_config",
      "memory_size",
      "publish_to",
      "role",
      "runtime",
      "snap_start",
      "timeout",
      "tracing_config",
      "vpc_config",
    ]
    actions    = ["lambda:UpdateFunctionConfiguration"]
    source     = "resourceFunctionUpdate (needsFunctionConfigUpdate -> UpdateFunctionConfiguration; waitFunctionUpdated polls GetFunction)"
  }

  update {
    attributes = ["code_signing_config_arn"]
    actions    = ["lambda:DeleteFunctionCodeSigningConfig", "lambda:PutFunctionCodeSigningConfig"]
    source     = "resourceFunctionUpdate (Put/DeleteFunctionCodeSigningConfig)"
  }

  update {
    attributes = [
      "replace_security_groups_on_destroy",
      "replacement_security_group_ids",
      "skip_destroy",
      "timeouts",
    ]
    actions    = []
    source     = "no API call (used by Delete only)"
  }

  update {
    attributes = ["reserved_concurrent_executions"]
    actions    = ["lambda:DeleteFunctionConcurrency", "lambda:PutFunctionConcurrency"]
    source     = "resourceFunctionUpdate (PutFunctionConcurrency, or DeleteFunctionConcurrency for -1)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lambda:TagResource", "lambda:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    if_set     = "capacity_provider_config"
    attributes = ["capacity_provider_config"]
    actions    = ["lambda:PassCapacityProvider"]
    source     = "IAM reference: lambda:PassCapacityProvider (authorization-only)"
  }

  update {
    if_set     = "image_uri"
    attributes = [
      "architectures",
      "code_sha256",
      "filename",
      "image_uri",
      "s3_bucket",
      "s3_key",
      "s3_object_version",
      "source_code_hash",
      "source_kms_key_arn",
    ]
    actions    = ["ecr:GetRepositoryPolicy", "ecr:SetRepositoryPolicy"]
    source     = "AWS docs: Lambda Developer Guide, container images, Amazon ECR permissions (Lambda updates the repository policy with the caller's permissions)"
  }

  update {
    if_set     = "kms_key_arn"
    attributes = ["environment", "kms_key_arn"]
    actions    = ["kms:CreateGrant", "kms:Encrypt"]
    resource   = "${kms_key_arn}"
    source     = "AWS docs: Lambda Developer Guide, Securing Lambda environment variables (customer managed key user permissions)"
  }

  update {
    if_set     = "layers"
    attributes = ["layers"]
    actions    = ["lambda:GetLayerVersion"]
    source     = "AWS docs: Lambda Developer Guide, Adding layers to functions"
  }

  update {
    if_set     = "publish"
    attributes = [
      "architectures",
      "capacity_provider_config",
      "code_sha256",
      "dead_letter_config",
      "description",
      "durable_config",
      "environment",
      "ephemeral_storage",
      "file_system_config",
      "filename",
      "handler",
      "image_config",
      "image_uri",
      "kms_key_arn",
      "layers",
      "logging_config",
      "memory_size",
      "publish",
      "publish_to",
      "role",
      "runtime",
      "s3_bucket",
      "s3_key",
      "s3_object_version",
      "snap_start",
      "source_code_hash",
      "source_kms_key_arn",
      "timeout",
      "tracing_config",
      "vpc_config",
    ]
    actions    = ["lambda:GetFunctionConfiguration", "lambda:PublishVersion"]
    source     = "resourceFunctionUpdate (PublishVersion when publish and code/config/publish changed; waitFunctionConfigurationUpdated)"
  }

  update {
    if_set     = "s3_bucket"
    attributes = [
      "architectures",
      "code_sha256",
      "filename",
      "image_uri",
      "s3_bucket",
      "s3_key",
      "s3_object_version",
      "source_code_hash",
      "source_kms_key_arn",
    ]
    actions    = ["s3:GetObject"]
    resource   = "arn:${partition}:s3:::${s3_bucket}/${s3_key}"
    source     = "AWS docs: Lambda API permissions reference (UpdateFunctionCode from S3)"
  }

  update {
    if_set     = "s3_object_version"
    attributes = [
      "architectures",
      "code_sha256",
      "filename",
      "image_uri",
      "s3_bucket",
      "s3_key",
      "s3_object_version",
      "source_code_hash",
      "source_kms_key_arn",
    ]
    actions    = ["s3:GetObjectVersion"]
    resource   = "arn:${partition}:s3:::${s3_bucket}/${s3_key}"
    source     = "AWS docs: Lambda API permissions reference (UpdateFunctionCode from a versioned S3 object)"
  }

  update {
    if_set     = "vpc_config"
    attributes = ["vpc_config"]
    actions    = ["ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcs"]
    source     = "AWS docs: Lambda Developer Guide, Giving Lambda functions access to a VPC (user permissions)"
  }

  delete {
    if_set  = "durable_config"
    actions = [
      "lambda:GetDurableExecution",
      "lambda:ListDurableExecutionsByFunction",
      "lambda:StopDurableExecution",
    ]
    source  = "stopDurableExecutions (before DeleteFunction)"
    note    = "ListDurableExecutionsByFunction finds running executions and GetDurableExecution polls each until stopped, before DeleteFunction"
  }

  delete {
    if_set  = "replace_security_groups_on_destroy"
    actions = [
      "ec2:DescribeSecurityGroups",
      "ec2:DescribeSubnets",
      "ec2:DescribeVpcs",
      "lambda:UpdateFunctionConfiguration",
    ]
    source  = "replaceSecurityGroupsOnDestroy (FindSecurityGroupByNameAndVPCID, UpdateFunctionConfiguration VpcConfig); AWS docs: Lambda Developer Guide, Giving Lambda functions access to a VPC (user permissions)"
    note    = "DescribeSecurityGroups finds the VPC default security group; the EC2 Describe calls are the caller permissions AWS documents for changing a function VPC configuration"
  }

  delete {
    unless_set = "skip_destroy"
    actions    = ["lambda:DeleteFunction"]
    source     = "resourceFunctionDelete (skipped when skip_destroy; waitFunctionDeleted polls GetFunction)"
  }

  pass_role {
    attribute = "role"
    service   = "lambda.amazonaws.com"
    source    = "CreateFunction / UpdateFunctionConfiguration Role (execution role)"
  }
}

resource "aws_lambda_function_event_invoke_config" {
  service           = "lambda"
  source            = "terraform-provider-aws (file version as stored in the code index, store id 2360052301) internal/service/lambda/function_event_invoke_config.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "the calls act on the function (function:<name>), or with a qualifier on the qualified ARN function:<name>:<qualifier>, left at the function pattern; function_name may also be an ARN"

  read {
    if_set  = "qualifier"
    actions = ["lambda:GetFunctionEventInvokeConfig"]
    source  = "resourceFunctionEventInvokeConfigRead (findFunctionEventInvokeConfigByTwoPartKey: GetFunctionEventInvokeConfig)"
    note    = "a qualifier makes the call act on the qualified ARN function:<name>:<qualifier>, which a `resource` template cannot have the shape of: the function pattern covers it"
  }

  read {
    unless_set = "qualifier"
    actions    = ["lambda:GetFunctionEventInvokeConfig"]
    resource   = "arn:${partition}:lambda:${region}:${account}:function:${function_name}"
    source     = "resourceFunctionEventInvokeConfigRead (findFunctionEventInvokeConfigByTwoPartKey: GetFunctionEventInvokeConfig)"
  }

  create {
    if_set  = "qualifier"
    actions = ["lambda:PutFunctionEventInvokeConfig"]
    source  = "resourceFunctionEventInvokeConfigCreate (PutFunctionEventInvokeConfig, retried on destination validation errors)"
    note    = "a qualifier makes the call act on the qualified ARN function:<name>:<qualifier>, which a `resource` template cannot have the shape of: the function pattern covers it"
  }

  create {
    unless_set = "qualifier"
    actions    = ["lambda:PutFunctionEventInvokeConfig"]
    resource   = "arn:${partition}:lambda:${region}:${account}:function:${function_name}"
    source     = "resourceFunctionEventInvokeConfigCreate (PutFunctionEventInvokeConfig, retried on destination validation errors)"
  }

  update {
    if_set     = "qualifier"
    attributes = ["destination_config", "maximum_event_age_in_seconds", "maximum_retry_attempts"]
    actions    = ["lambda:PutFunctionEventInvokeConfig"]
    source     = "resourceFunctionEventInvokeConfigUpdate (PutFunctionEventInvokeConfig with the whole configuration)"
    note       = "a qualifier makes the call act on the qualified ARN function:<name>:<qualifier>, which a `resource` template cannot have the shape of: the function pattern covers it"
  }

  update {
    unless_set = "qualifier"
    attributes = ["destination_config", "maximum_event_age_in_seconds", "maximum_retry_attempts"]
    actions    = ["lambda:PutFunctionEventInvokeConfig"]
    resource   = "arn:${partition}:lambda:${region}:${account}:function:${function_name}"
    source     = "resourceFunctionEventInvokeConfigUpdate (PutFunctionEventInvokeConfig with the whole configuration)"
  }

  delete {
    if_set  = "qualifier"
    actions = ["lambda:DeleteFunctionEventInvokeConfig"]
    source  = "resourceFunctionEventInvokeConfigDelete (DeleteFunctionEventInvokeConfig)"
    note    = "a qualifier makes the call act on the qualified ARN function:<name>:<qualifier>, which a `resource` template cannot have the shape of: the function pattern covers it"
  }

  delete {
    unless_set = "qualifier"
    actions    = ["lambda:DeleteFunctionEventInvokeConfig"]
    resource   = "arn:${partition}:lambda:${region}:${account}:function:${function_name}"
    source     = "resourceFunctionEventInvokeConfigDelete (DeleteFunctionEventInvokeConfig)"
  }
}

resource "aws_lambda_function_url" {
  service           = "lambda"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/lambda/function_url.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "function_name may also be given as a function ARN (or name:qualifier): the template then embeds it and the emitted ARN is wrong; with a qualifier the calls act on the qualified ARN function:<name>:<qualifier>, left at the function pattern"

  read {
    if_set  = "qualifier"
    actions = ["lambda:GetFunctionUrlConfig"]
    source  = "resourceFunctionURLRead (findFunctionURLByTwoPartKey -> GetFunctionUrlConfig)"
    note    = "a qualifier makes the call act on the qualified ARN function:<name>:<qualifier>, which a `resource` template cannot have the shape of: the function pattern covers it"
  }

  read {
    unless_set = "qualifier"
    actions    = ["lambda:GetFunctionUrlConfig"]
    resource   = "arn:${partition}:lambda:${region}:${account}:function:${function_name}"
    source     = "resourceFunctionURLRead (findFunctionURLByTwoPartKey -> GetFunctionUrlConfig)"
  }

  create {
    if_set  = "qualifier"
    actions = ["lambda:CreateFunctionUrlConfig"]
    source  = "resourceFunctionURLCreate (CreateFunctionUrlConfig)"
    note    = "a qualifier makes the call act on the qualified ARN function:<name>:<qualifier>, which a `resource` template cannot have the shape of: the function pattern covers it"
  }

  create {
    unless_set = "qualifier"
    actions    = ["lambda:CreateFunctionUrlConfig"]
    resource   = "arn:${partition}:lambda:${region}:${account}:function:${function_name}"
    source     = "resourceFunctionURLCreate (CreateFunctionUrlConfig)"
  }

  create {
    if_equals = ["authorization_type", "NONE"]
    actions   = ["lambda:AddPermission"]
    source    = "resourceFunctionURLCreate (AddPermission FunctionURLAllowPublicAccess when authorization_type is NONE)"
    note      = "not scoped to the function: with a qualifier AddPermission acts on the qualified ARN, and this block's condition cannot also test qualifier, so the function pattern"
  }

  update {
    if_set     = "qualifier"
    attributes = ["authorization_type", "cors", "invoke_mode"]
    actions    = ["lambda:UpdateFunctionUrlConfig"]
    source     = "resourceFunctionURLUpdate (UpdateFunctionUrlConfig)"
    note       = "a qualifier makes the call act on the qualified ARN function:<name>:<qualifier>, which a `resource` template cannot have the shape of: the function pattern covers it"
  }

  update {
    unless_set = "qualifier"
    attributes = ["authorization_type", "cors", "invoke_mode"]
    actions    = ["lambda:UpdateFunctionUrlConfig"]
    resource   = "arn:${partition}:lambda:${region}:${account}:function:${function_name}"
    source     = "resourceFunctionURLUpdate (UpdateFunctionUrlConfig)"
  }

  delete {
    if_set  = "qualifier"
    actions = ["lambda:DeleteFunctionUrlConfig"]
    source  = "resourceFunctionURLDelete (DeleteFunctionUrlConfig)"
    note    = "a qualifier makes the call act on the qualified ARN function:<name>:<qualifier>, which a `resource` template cannot have the shape of: the function pattern covers it"
  }

  delete {
    unless_set = "qualifier"
    actions    = ["lambda:DeleteFunctionUrlConfig"]
    resource   = "arn:${partition}:lambda:${region}:${account}:function:${function_name}"
    source     = "resourceFunctionURLDelete (DeleteFunctionUrlConfig)"
  }
}

resource "aws_lambda_layer_version" {
  service           = "lambda"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/lambda/layer_version.go"
  arn               = "arn:${partition}:lambda:${region}:${account}:layer:${layer_name}:${version}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["lambda:GetLayerVersion"]
    source  = "resourceLayerVersionRead (findLayerVersionByTwoPartKey -> GetLayerVersion)"
  }

  create {
    actions  = ["lambda:PublishLayerVersion"]
    resource = "arn:${partition}:lambda:${region}:${account}:layer:${layer_name}"
    source   = "resourceLayerVersionCreate (PublishLayerVersion)"
  }

  create {
    if_set   = "s3_bucket"
    actions  = ["s3:GetObject"]
    resource = "arn:${partition}:s3:::${s3_bucket}/${s3_key}"
    source   = "AWS docs: Lambda API permissions reference (s3:GetObject on the layer archive when Content.S3Bucket/S3Key are given); pike attributes.s3_bucket"
  }

  create {
    if_set   = "s3_object_version"
    actions  = ["s3:GetObjectVersion"]
    resource = "arn:${partition}:s3:::${s3_bucket}/${s3_key}"
    source   = "AWS docs: Lambda API permissions reference (versioned layer archive object); pike attributes.s3_bucket"
  }

  update {
    attributes = ["skip_destroy"]
    actions    = []
    source     = "no API call (used by Delete only)"
  }

  delete {
    unless_set = "skip_destroy"
    actions    = ["lambda:DeleteLayerVersion"]
    source     = "resourceLayerVersionDelete (DeleteLayerVersion; skipped when skip_destroy)"
  }
}

resource "aws_lambda_permission" {
  service           = "lambda"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/lambda/permission.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "function_name may also be given as a function ARN (or name:qualifier): the template then embeds it and the emitted ARN is wrong; with a qualifier the calls act on the qualified ARN function:<name>:<qualifier>, left at the function pattern"

  read {
    if_set  = "qualifier"
    actions = ["lambda:GetPolicy"]
    source  = "resourcePermissionRead (GetPolicy)"
    note    = "a qualifier makes the call act on the qualified ARN function:<name>:<qualifier>, which a `resource` template cannot have the shape of: the function pattern covers it"
  }

  read {
    unless_set = "qualifier"
    actions    = ["lambda:GetPolicy"]
    resource   = "arn:${partition}:lambda:${region}:${account}:function:${function_name}"
    source     = "resourcePermissionRead (GetPolicy)"
  }

  create {
    if_set  = "qualifier"
    actions = ["lambda:AddPermission"]
    source  = "resourcePermissionCreate (AddPermission; waits with GetPolicy)"
    note    = "a qualifier makes the call act on the qualified ARN function:<name>:<qualifier>, which a `resource` template cannot have the shape of: the function pattern covers it"
  }

  create {
    unless_set = "qualifier"
    actions    = ["lambda:AddPermission"]
    resource   = "arn:${partition}:lambda:${region}:${account}:function:${function_name}"
    source     = "resourcePermissionCreate (AddPermission; waits with GetPolicy)"
  }

  delete {
    if_set  = "qualifier"
    actions = ["lambda:RemovePermission"]
    source  = "resourcePermissionDelete (RemovePermission; waits with GetPolicy)"
    note    = "a qualifier makes the call act on the qualified ARN function:<name>:<qualifier>, which a `resource` template cannot have the shape of: the function pattern covers it"
  }

  delete {
    unless_set = "qualifier"
    actions    = ["lambda:RemovePermission"]
    resource   = "arn:${partition}:lambda:${region}:${account}:function:${function_name}"
    source     = "resourcePermissionDelete (RemovePermission; waits with GetPolicy)"
  }
}

data "aws_lambda_function" {
  service           = "lambda"
  source            = "terraform-provider-aws 0105d2191ae7e43ba37ba011b916843eddf361ed internal/service/lambda/function_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["lambda:GetFunction", "lambda:GetFunctionCodeSigningConfig", "lambda:ListTags"]
    source  = "dataSourceFunctionRead (findFunction, GetFunctionCodeSigningConfig; tags from GetFunction need lambda:ListTags per AWS docs)"
  }

  read {
    unless_set = "qualifier"
    actions    = ["lambda:ListVersionsByFunction"]
    source     = "dataSourceFunctionRead (findLatestFunctionVersionByName when no qualifier)"
  }
}
