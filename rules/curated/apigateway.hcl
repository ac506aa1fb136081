# Amazon API Gateway (IAM prefix apigateway; actions are HTTP verbs on resource paths): hand-curated rules for REST (v1) and HTTP/WebSocket (v2) API types.

resource "aws_api_gateway_deployment" {
  service = "apigateway"
  source  = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/apigateway/deployment.go"
  arn     = "arn:${partition}:apigateway:${region}::/restapis/${rest_api_id}/deployments/${id}"

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
}

resource "aws_api_gateway_rest_api" {
  service = "apigateway"
  source  = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/apigateway/rest_api.go"
  arn     = "arn:${partition}:apigateway:${region}::/restapis/${id}"

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

resource "aws_apigatewayv2_api" {
  service = "apigateway"
  source  = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/apigatewayv2/api.go"
  arn     = "arn:${partition}:apigateway:${region}::/apis/${id}"

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

resource "aws_apigatewayv2_integration" {
  service = "apigateway"
  source  = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/apigatewayv2/integration.go"
  arn     = "arn:${partition}:apigateway:${region}::/apis/${api_id}/integrations/${id}"

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
  service = "apigateway"
  source  = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/apigatewayv2/route.go"
  arn     = "arn:${partition}:apigateway:${region}::/apis/${api_id}/routes/${id}"

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
  service = "apigateway"
  source  = "terraform-provider-aws 02f6d2d9fb6028a483e4c2b92d7e2432ff0b9127 internal/service/apigatewayv2/stage.go"
  arn     = "arn:${partition}:apigateway:${region}::/apis/${api_id}/stages/${name}"

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
