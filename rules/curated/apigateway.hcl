# Amazon API Gateway (IAM prefix apigateway; actions are HTTP verbs on resource paths): hand-curated rules for REST (v1) and HTTP/WebSocket (v2) API types.

resource "aws_api_gateway_account" {
  service           = "apigateway"
  source            = "terraform-provider-aws 184cd1ad3c7b2185df644212ded9cd0be2521594 internal/service/apigateway/account.go; v6.60.0 provider-model call_patterns ((*accountResource) Create/Read/Update/Delete)"
  arn               = "arn:${partition}:apigateway:${region}::/account"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["apigateway:GET"]
    source  = "Read (GetAccount = GET /account)"
  }

  create {
    actions = ["apigateway:PATCH"]
    source  = "Create (UpdateAccount = PATCH /account, /cloudwatchRoleArn; retried on IAM eventual consistency)"
  }

  update {
    attributes = ["cloudwatch_role_arn"]
    actions    = ["apigateway:PATCH"]
    source     = "Update (UpdateAccount = PATCH /account)"
  }

  update {
    attributes = ["reset_on_delete"]
    actions    = []
    source     = "no API call (used by Delete only)"
  }

  delete {
    unless_equals = ["reset_on_delete", "false"]
    actions       = ["apigateway:PATCH"]
    source        = "Delete (UpdateAccount resetting cloudwatchRoleArn): 6.x always (reset_on_delete removed; v6.60.0 provider-model (*accountResource).Delete calls UpdateAccount); 5.x when reset_on_delete is true"
    note          = "holds in 6.x plans (no reset_on_delete) and in 5.x unless reset_on_delete is explicitly false; a 5.x plan that leaves it unset gets one PATCH more than 5.x makes"
  }

  pass_role {
    attribute = "cloudwatch_role_arn"
    service   = "apigateway.amazonaws.com"
    source    = "UpdateAccount /cloudwatchRoleArn (AWS docs: API Gateway CloudWatch logging role, iam:PassRole)"
  }
}

resource "aws_api_gateway_api_key" {
  service           = "apigateway"
  source            = "terraform-provider-aws 050ac11163cab8cdae5936a7f40b0e528ff780df internal/service/apigateway/api_key.go"
  arn               = "arn:${partition}:apigateway:${region}::/apikeys/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceAPIKeyRead (FindAPIKeyByID: GetApiKey = GET /apikeys/{id}, includeValue; tags from its output)"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "resourceAPIKeyCreate (CreateApiKey = POST /apikeys, tags sent in the request)"
  }

  update {
    attributes = ["description", "enabled"]
    actions    = ["apigateway:PATCH"]
    source     = "resourceAPIKeyUpdate (HasChangesExcept(tags, tags_all) -> UpdateApiKey = PATCH /apikeys/{id}, /enabled and /description patch operations)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apigateway:DELETE", "apigateway:PUT"]
    source     = "transparent tagging UpdateTags (TagResource = PUT /tags, UntagResource = DELETE /tags)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceAPIKeyDelete (DeleteApiKey = DELETE /apikeys/{id})"
  }
}

resource "aws_api_gateway_base_path_mapping" {
  service           = "apigateway"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/apigateway/base_path_mapping.go"
  arn               = "arn:${partition}:apigateway:${region}::/domainnames/${domain_name}/basepathmappings/${base_path}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceBasePathMappingRead (GetBasePathMapping)"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "resourceBasePathMappingCreate (CreateBasePathMapping = POST /domainnames/{name}/basepathmappings)"
  }

  update {
    attributes = ["api_id", "base_path", "stage_name"]
    actions    = ["apigateway:PATCH"]
    source     = "resourceBasePathMappingUpdate (UpdateBasePathMapping)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceBasePathMappingDelete (DeleteBasePathMapping)"
  }
}

resource "aws_api_gateway_deployment" {
  service           = "apigateway"
  source            = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/apigateway/deployment.go"
  arn               = "arn:${partition}:apigateway:${region}::/restapis/${rest_api_id}/deployments/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceDeploymentRead (GetDeployment)"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "resourceDeploymentCreate (CreateDeployment)"
  }

  update {
    attributes = ["description"]
    actions    = ["apigateway:PATCH"]
    source     = "resourceDeploymentUpdate (UpdateDeployment /description)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceDeploymentDelete (DeleteDeployment)"
  }

  delete {
    if_set   = "stage_name"
    actions  = ["apigateway:DELETE", "apigateway:GET"]
    resource = "arn:${partition}:apigateway:${region}::/restapis/${rest_api_id}/stages/${stage_name}"
    source   = "5.x resourceDeploymentDelete (store id 4176045441): findStageByTwoPartKey (GetStage), DeleteStage when the stage still points at this deployment"
    note     = "5.x only: 6.0.0 removed stage_name (the stage is an aws_api_gateway_stage), so the block never holds in a 6.x plan; GetStage is the read that decides whether the stage goes"
  }
}

resource "aws_api_gateway_domain_name" {
  service           = "apigateway"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/apigateway/domain_name.go"
  arn               = "arn:${partition}:apigateway:${region}::/domainnames/${domain_name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceDomainNameRead (GetDomainName; tags from the GetDomainName output)"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "resourceDomainNameCreate (CreateDomainName = POST /domainnames, tags sent in the request)"
  }

  create {
    if_set  = "mutual_tls_authentication"
    actions = ["apigateway:AddCertificateToDomain"]
    source  = "IAM reference: apigateway:AddCertificateToDomain (additional authorization for adding mutual TLS certificates to a domain name)"
  }

  create {
    if_set  = "policy"
    actions = ["apigateway:UpdateDomainNamePolicy"]
    source  = "IAM reference: apigateway:UpdateDomainNamePolicy (policy of a private custom domain name)"
  }

  update {
    attributes = [
      "certificate_arn",
      "certificate_name",
      "endpoint_configuration",
      "ownership_verification_certificate_arn",
      "regional_certificate_arn",
      "regional_certificate_name",
      "routing_mode",
      "security_policy",
    ]
    actions    = ["apigateway:PATCH"]
    source     = "resourceDomainNameUpdate (UpdateDomainName patch operations)"
  }

  update {
    attributes = ["mutual_tls_authentication"]
    actions    = [
      "apigateway:AddCertificateToDomain",
      "apigateway:PATCH",
      "apigateway:RemoveCertificateFromDomain",
    ]
    source     = "resourceDomainNameUpdate (UpdateDomainName /mutualTlsAuthentication); IAM reference: apigateway:AddCertificateToDomain, apigateway:RemoveCertificateFromDomain"
  }

  update {
    attributes = ["policy"]
    actions    = ["apigateway:PATCH", "apigateway:UpdateDomainNamePolicy"]
    source     = "resourceDomainNameUpdate (UpdateDomainName /policy); IAM reference: apigateway:UpdateDomainNamePolicy"
  }

  update {
    attributes = ["tags"]
    actions    = ["apigateway:DELETE", "apigateway:PUT"]
    source     = "transparent tagging UpdateTags (TagResource = PUT /tags, UntagResource = DELETE /tags)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceDomainNameDelete (DeleteDomainName)"
  }
}

resource "aws_api_gateway_integration" {
  service           = "apigateway"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/apigateway/integration.go"
  arn               = "arn:${partition}:apigateway:${region}::/restapis/${rest_api_id}/resources/${resource_id}/methods/${http_method}/integration"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceIntegrationRead (GetIntegration)"
  }

  create {
    actions = ["apigateway:PUT"]
    source  = "resourceIntegrationCreate (PutIntegration = PUT .../methods/{http_method}/integration)"
  }

  update {
    attributes = [
      "cache_key_parameters",
      "cache_namespace",
      "connection_id",
      "connection_type",
      "content_handling",
      "credentials",
      "integration_http_method",
      "integration_target",
      "passthrough_behavior",
      "request_parameters",
      "request_templates",
      "response_transfer_mode",
      "timeout_milliseconds",
      "tls_config",
      "type",
      "uri",
    ]
    actions    = ["apigateway:PATCH"]
    source     = "resourceIntegrationUpdate (UpdateIntegration patch operations)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceIntegrationDelete (DeleteIntegration)"
  }

  pass_role {
    attribute = "credentials"
    service   = "apigateway.amazonaws.com"
    source    = "AWS docs: API Gateway integration credentials role requires iam:PassRole"
  }
}

resource "aws_api_gateway_method" {
  service           = "apigateway"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/apigateway/method.go"
  arn               = "arn:${partition}:apigateway:${region}::/restapis/${rest_api_id}/resources/${resource_id}/methods/${http_method}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceMethodRead (GetMethod)"
  }

  create {
    actions = ["apigateway:PUT"]
    source  = "resourceMethodCreate (PutMethod = PUT .../methods/{http_method})"
  }

  update {
    attributes = [
      "api_key_required",
      "authorization",
      "authorization_scopes",
      "authorizer_id",
      "operation_name",
      "request_models",
      "request_parameters",
      "request_validator_id",
    ]
    actions    = ["apigateway:PATCH"]
    source     = "resourceMethodUpdate (UpdateMethod patch operations)"
    note       = "The provider-model also lists GetIntegration/UpdateIntegration under resourceMethodUpdate; both map to GET/PATCH already covered here"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceMethodDelete (DeleteMethod)"
  }
}

resource "aws_api_gateway_method_settings" {
  service           = "apigateway"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/apigateway/method_settings.go"
  arn               = "arn:${partition}:apigateway:${region}::/restapis/${rest_api_id}/stages/${stage_name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceMethodSettingsRead (GetStage, methodSettings of the stage)"
  }

  create {
    actions = ["apigateway:PATCH"]
    source  = "resourceMethodSettingsUpdate used as Create (UpdateStage patch /{method_path}/...)"
  }

  update {
    attributes = ["settings"]
    actions    = ["apigateway:PATCH"]
    source     = "resourceMethodSettingsUpdate (UpdateStage)"
  }

  delete {
    actions = ["apigateway:PATCH"]
    source  = "resourceMethodSettingsDelete (UpdateStage remove /{method_path})"
  }
}

resource "aws_api_gateway_resource" {
  service           = "apigateway"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/apigateway/resource.go"
  arn               = "arn:${partition}:apigateway:${region}::/restapis/${rest_api_id}/resources/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceResourceRead (GetResource)"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "resourceResourceCreate (CreateResource = POST /restapis/{id}/resources/{parent_id})"
  }

  update {
    attributes = ["parent_id", "path_part"]
    actions    = ["apigateway:PATCH"]
    source     = "resourceResourceUpdate (UpdateResource /parentId, /pathPart)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceResourceDelete (DeleteResource)"
  }
}

resource "aws_api_gateway_rest_api" {
  service           = "apigateway"
  source            = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/apigateway/rest_api.go"
  arn               = "arn:${partition}:apigateway:${region}::/restapis/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceRestAPIRead (GetRestApi, GetResources for root_resource_id; tags from GetRestApi output)"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "resourceRestAPICreate (CreateRestApi with tags)"
  }

  create {
    if_set  = "body"
    actions = ["apigateway:PATCH", "apigateway:PUT"]
    source  = "resourceRestAPICreate (PutRestApi, then UpdateRestApi to reapply configured values)"
  }

  create {
    if_set  = "policy"
    actions = ["apigateway:UpdateRestApiPolicy"]
    source  = "AWS docs: Service Authorization Reference, apigateway:UpdateRestApiPolicy (setting a REST API resource policy)"
  }

  update {
    attributes = [
      "api_key_source",
      "binary_media_types",
      "description",
      "disable_execute_api_endpoint",
      "endpoint_configuration",
      "minimum_compression_size",
      "name",
    ]
    actions    = ["apigateway:PATCH"]
    source     = "resourceRestAPIUpdate (UpdateRestApi patch operations)"
  }

  update {
    attributes = ["body", "parameters"]
    actions    = ["apigateway:PATCH", "apigateway:PUT"]
    source     = "resourceRestAPIUpdate (PutRestApi, then UpdateRestApi)"
  }

  update {
    attributes = ["fail_on_warnings", "put_rest_api_mode"]
    actions    = []
    source     = "no API call unless body or parameters change"
  }

  update {
    attributes = ["policy"]
    actions    = ["apigateway:PATCH", "apigateway:UpdateRestApiPolicy"]
    source     = "resourceRestAPIUpdate (UpdateRestApi /policy); AWS docs: apigateway:UpdateRestApiPolicy"
  }

  update {
    attributes = ["tags"]
    actions    = ["apigateway:DELETE", "apigateway:PUT"]
    source     = "transparent tagging UpdateTags (TagResource = PUT /tags, UntagResource = DELETE /tags)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceRestAPIDelete (DeleteRestApi)"
  }
}

resource "aws_api_gateway_stage" {
  service           = "apigateway"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/apigateway/stage.go"
  arn               = "arn:${partition}:apigateway:${region}::/restapis/${rest_api_id}/stages/${stage_name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceStageRead (GetStage; tags from the GetStage output)"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "resourceStageCreate (CreateStage = POST /restapis/{id}/stages, tags sent in the request; waits for the cache cluster with GetStage)"
  }

  create {
    if_set  = "access_log_settings"
    actions = ["apigateway:PATCH"]
    source  = "resourceStageCreate: settings CreateStage cannot take are applied with UpdateStage"
  }

  create {
    if_set  = "client_certificate_id"
    actions = ["apigateway:PATCH"]
    source  = "resourceStageCreate: settings CreateStage cannot take are applied with UpdateStage"
  }

  update {
    attributes = [
      "access_log_settings",
      "cache_cluster_enabled",
      "cache_cluster_size",
      "canary_settings",
      "client_certificate_id",
      "deployment_id",
      "description",
      "documentation_version",
      "variables",
      "xray_tracing_enabled",
    ]
    actions    = ["apigateway:PATCH"]
    source     = "resourceStageUpdate (UpdateStage patch operations; waits for the cache cluster with GetStage)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apigateway:DELETE", "apigateway:PUT"]
    source     = "transparent tagging UpdateTags (TagResource = PUT /tags, UntagResource = DELETE /tags)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceStageDelete (DeleteStage)"
  }
}

resource "aws_api_gateway_usage_plan" {
  service           = "apigateway"
  source            = "terraform-provider-aws (file version as stored in the code index, store id 3059141087) internal/service/apigateway/usage_plan.go"
  arn               = "arn:${partition}:apigateway:${region}::/usageplans/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceUsagePlanRead (FindUsagePlanByID: GetUsagePlan = GET /usageplans/{id}; tags from its output)"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "resourceUsagePlanCreate (CreateUsagePlan = POST /usageplans, tags, api_stages, quota and throttle sent in the request)"
  }

  create {
    if_set  = "product_code"
    actions = ["apigateway:PATCH"]
    source  = "resourceUsagePlanCreate (UpdateUsagePlan = PATCH /usageplans/{id} adds /productCode, which CreateUsagePlan cannot take)"
  }

  update {
    attributes = [
      "api_stages",
      "description",
      "name",
      "product_code",
      "quota_settings",
      "throttle_settings",
    ]
    actions    = ["apigateway:PATCH"]
    source     = "resourceUsagePlanUpdate (HasChangesExcept(tags, tags_all) -> UpdateUsagePlan = PATCH /usageplans/{id} patch operations)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apigateway:DELETE", "apigateway:PUT"]
    source     = "transparent tagging UpdateTags (TagResource = PUT /tags, UntagResource = DELETE /tags)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceUsagePlanDelete (DeleteUsagePlan = DELETE /usageplans/{id})"
  }

  delete {
    if_set  = "api_stages"
    actions = ["apigateway:PATCH"]
    source  = "resourceUsagePlanDelete (UpdateUsagePlan = PATCH /usageplans/{id} removes every /apiStages entry before DeleteUsagePlan)"
  }
}

resource "aws_apigatewayv2_api" {
  service           = "apigateway"
  source            = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/apigatewayv2/api.go"
  arn               = "arn:${partition}:apigateway:${region}::/apis/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceAPIRead (GetApi; tags from GetApi output via setTagsOut)"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "resourceAPICreate (CreateApi, tags sent in CreateApi)"
  }

  create {
    if_set  = "body"
    actions = ["apigateway:DELETE", "apigateway:PATCH", "apigateway:PUT"]
    source  = "reimportOpenAPIDefinition (ReimportApi, DeleteCorsConfiguration, UpdateApi)"
  }

  update {
    attributes = [
      "api_key_selection_expression",
      "description",
      "disable_execute_api_endpoint",
      "ip_address_type",
      "name",
      "route_selection_expression",
      "version",
    ]
    actions    = ["apigateway:PATCH"]
    source     = "resourceAPIUpdate (UpdateApi)"
  }

  update {
    attributes = ["body"]
    actions    = ["apigateway:DELETE", "apigateway:PATCH", "apigateway:PUT"]
    source     = "reimportOpenAPIDefinition (ReimportApi, DeleteCorsConfiguration, UpdateApi)"
  }

  update {
    attributes = ["cors_configuration"]
    actions    = ["apigateway:DELETE", "apigateway:PATCH"]
    source     = "resourceAPIUpdate (DeleteCorsConfiguration when removed, else UpdateApi)"
  }

  update {
    attributes = ["fail_on_warnings"]
    actions    = []
    source     = "no API call unless body changes"
  }

  update {
    attributes = ["tags"]
    actions    = ["apigateway:DELETE", "apigateway:POST"]
    source     = "transparent tagging UpdateTags (TagResource = POST /v2/tags, UntagResource = DELETE /v2/tags)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceAPIDelete (DeleteApi)"
  }

  pass_role {
    attribute = "credentials_arn"
    service   = "apigateway.amazonaws.com"
    source    = "AWS docs: API Gateway integration credentials role requires iam:PassRole"
  }
}

resource "aws_apigatewayv2_domain_name" {
  service           = "apigateway"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/apigatewayv2/domain_name.go"
  arn               = "arn:${partition}:apigateway:${region}::/domainnames/${domain_name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceDomainNameRead (GetDomainName; tags from the GetDomainName output)"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "resourceDomainNameCreate (CreateDomainName = POST /v2/domainnames, tags sent in the request; waits with GetDomainName)"
  }

  create {
    if_set  = "mutual_tls_authentication"
    actions = ["apigateway:AddCertificateToDomain"]
    source  = "IAM reference: apigateway:AddCertificateToDomain (additional authorization for adding mutual TLS certificates to a domain name)"
  }

  update {
    attributes = ["domain_name_configuration", "routing_mode"]
    actions    = ["apigateway:PATCH"]
    source     = "resourceDomainNameUpdate (UpdateDomainName; waits with GetDomainName)"
  }

  update {
    attributes = ["mutual_tls_authentication"]
    actions    = [
      "apigateway:AddCertificateToDomain",
      "apigateway:PATCH",
      "apigateway:RemoveCertificateFromDomain",
    ]
    source     = "resourceDomainNameUpdate (UpdateDomainName MutualTlsAuthentication); IAM reference: apigateway:AddCertificateToDomain, apigateway:RemoveCertificateFromDomain"
  }

  update {
    attributes = ["tags"]
    actions    = ["apigateway:DELETE", "apigateway:POST"]
    source     = "transparent tagging UpdateTags (TagResource = POST /v2/tags, UntagResource = DELETE /v2/tags)"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceDomainNameDelete (DeleteDomainName)"
  }
}

resource "aws_apigatewayv2_integration" {
  service           = "apigateway"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/apigatewayv2/integration.go"
  arn               = "arn:${partition}:apigateway:${region}::/apis/${api_id}/integrations/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceIntegrationRead (GetIntegration)"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "resourceIntegrationCreate (CreateIntegration)"
  }

  update {
    attributes = [
      "connection_id",
      "connection_type",
      "content_handling_strategy",
      "credentials_arn",
      "description",
      "integration_method",
      "integration_subtype",
      "integration_uri",
      "passthrough_behavior",
      "payload_format_version",
      "request_parameters",
      "request_templates",
      "response_parameters",
      "template_selection_expression",
      "timeout_milliseconds",
      "tls_config",
    ]
    actions    = ["apigateway:PATCH"]
    source     = "resourceIntegrationUpdate (UpdateIntegration)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceIntegrationDelete (DeleteIntegration)"
  }

  pass_role {
    attribute = "credentials_arn"
    service   = "apigateway.amazonaws.com"
    source    = "AWS docs: API Gateway integration credentials role requires iam:PassRole"
  }
}

resource "aws_apigatewayv2_route" {
  service           = "apigateway"
  source            = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/apigatewayv2/route.go"
  arn               = "arn:${partition}:apigateway:${region}::/apis/${api_id}/routes/${id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceRouteRead (GetRoute)"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "resourceRouteCreate (CreateRoute)"
  }

  update {
    attributes = [
      "api_key_required",
      "authorization_scopes",
      "authorization_type",
      "authorizer_id",
      "model_selection_expression",
      "operation_name",
      "request_models",
      "route_key",
      "route_response_selection_expression",
      "target",
    ]
    actions    = ["apigateway:PATCH"]
    source     = "resourceRouteUpdate (UpdateRoute)"
  }

  update {
    attributes = ["request_parameter"]
    actions    = ["apigateway:DELETE", "apigateway:PATCH"]
    source     = "resourceRouteUpdate (DeleteRouteRequestParameter for removed keys, then UpdateRoute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceRouteDelete (DeleteRoute)"
  }
}

resource "aws_apigatewayv2_stage" {
  service           = "apigateway"
  source            = "terraform-provider-aws 02f6d2d9fb6028a483e4c2b92d7e2432ff0b9127 internal/service/apigatewayv2/stage.go"
  arn               = "arn:${partition}:apigateway:${region}::/apis/${api_id}/stages/${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["apigateway:GET"]
    source  = "resourceStageRead (GetStage, GetApi; tags from GetStage output)"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "resourceStageCreate (GetApi, CreateStage with tags)"
  }

  update {
    attributes = [
      "access_log_settings",
      "auto_deploy",
      "client_certificate_id",
      "default_route_settings",
      "deployment_id",
      "description",
      "stage_variables",
    ]
    actions    = ["apigateway:PATCH"]
    source     = "resourceStageUpdate (GetApi, UpdateStage)"
  }

  update {
    attributes = ["route_settings"]
    actions    = ["apigateway:DELETE", "apigateway:PATCH"]
    source     = "resourceStageUpdate (DeleteRouteSettings for removed route keys, then UpdateStage)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apigateway:DELETE", "apigateway:POST"]
    source     = "transparent tagging UpdateTags (TagResource = POST /v2/tags, UntagResource = DELETE /v2/tags)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "resourceStageDelete (DeleteStage)"
  }
}
