# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_api_gateway_authorizer" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.resourceAuthorizerCreate, apigateway.resourceAuthorizerRead, apigateway.resourceAuthorizerUpdate, apigateway.resourceAuthorizerDelete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create apigateway.CreateAuthorizer"

  read {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceAuthorizerRead"
  }

  create {
    actions = ["apigateway:GET", "apigateway:PATCH"]
    source  = "apigateway.resourceAuthorizerCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigateway.resourceAuthorizerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigateway.resourceAuthorizerDelete"
  }
}

resource "aws_api_gateway_client_certificate" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.resourceClientCertificateCreate, apigateway.resourceClientCertificateRead, apigateway.resourceClientCertificateUpdate, apigateway.resourceClientCertificateDelete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update apigateway.TagResource"

  read {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceClientCertificateRead + apigateway.(*servicePackage).ListTags"
  }

  create {
    actions = ["apigateway:GET", "apigateway:POST"]
    source  = "apigateway.resourceClientCertificateCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigateway.resourceClientCertificateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apigateway:DELETE"]
    source     = "apigateway.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigateway.resourceClientCertificateDelete"
  }
}

resource "aws_api_gateway_documentation_part" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.resourceDocumentationPartCreate, apigateway.resourceDocumentationPartRead, apigateway.resourceDocumentationPartUpdate, apigateway.resourceDocumentationPartDelete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create apigateway.CreateDocumentationPart"

  read {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceDocumentationPartRead"
  }

  create {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceDocumentationPartCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigateway.resourceDocumentationPartUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigateway.resourceDocumentationPartDelete"
  }
}

resource "aws_api_gateway_documentation_version" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.resourceDocumentationVersionCreate, apigateway.resourceDocumentationVersionRead, apigateway.resourceDocumentationVersionUpdate, apigateway.resourceDocumentationVersionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceDocumentationVersionRead"
  }

  create {
    actions = ["apigateway:GET", "apigateway:POST"]
    source  = "apigateway.resourceDocumentationVersionCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigateway.resourceDocumentationVersionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigateway.resourceDocumentationVersionDelete"
  }
}

resource "aws_api_gateway_domain_name_access_association" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.(*domainNameAccessAssociationResource).Create, apigateway.(*domainNameAccessAssociationResource).Read, apigateway.(*domainNameAccessAssociationResource).Delete) + iamlive-map 2022-08-19 + pike resource/apigateway/aws_api_gateway_domain_name_access_association.json for create, delete, read"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create apigateway.CreateDomainNameAccessAssociation, delete apigateway.DeleteDomainNameAccessAssociation, read apigateway.GetDomainNameAccessAssociations, update apigateway.TagResource"

  read {
    actions = ["apigateway:GET"]
    source  = "import: pike resource/apigateway/aws_api_gateway_domain_name_access_association.json (read re-phased from Pike's lists: no operation of apigateway.(*domainNameAccessAssociationResource).Read resolves to an IAM action) + apigateway.(*servicePackage).ListTags"
  }

  create {
    actions = ["apigateway:DELETE", "apigateway:POST"]
    source  = "import: pike resource/apigateway/aws_api_gateway_domain_name_access_association.json (create re-phased from Pike's lists: no operation of apigateway.(*domainNameAccessAssociationResource).Create resolves to an IAM action)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apigateway:DELETE"]
    source     = "apigateway.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["apigateway:DELETE", "apigateway:GET"]
    source  = "import: pike resource/apigateway/aws_api_gateway_domain_name_access_association.json (delete re-phased from Pike's lists: no operation of apigateway.(*domainNameAccessAssociationResource).Delete resolves to an IAM action)"
    note    = "read-only calls Pike lists for destroy (finders/waiters before or after the delete)"
  }
}

resource "aws_api_gateway_gateway_response" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.resourceGatewayResponsePut, apigateway.resourceGatewayResponseRead, apigateway.resourceGatewayResponseDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceGatewayResponseRead"
  }

  create {
    actions = ["apigateway:GET", "apigateway:PUT"]
    source  = "apigateway.resourceGatewayResponsePut"
  }

  update {
    attributes = []
    actions    = ["apigateway:PUT"]
    source     = "apigateway.resourceGatewayResponsePut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigateway.resourceGatewayResponseDelete"
  }
}

resource "aws_api_gateway_integration_response" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.resourceIntegrationResponsePut, apigateway.resourceIntegrationResponseRead, apigateway.resourceIntegrationResponseDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceIntegrationResponseRead"
  }

  create {
    actions = ["apigateway:GET", "apigateway:PUT"]
    source  = "apigateway.resourceIntegrationResponsePut"
  }

  update {
    attributes = []
    actions    = ["apigateway:PUT"]
    source     = "apigateway.resourceIntegrationResponsePut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigateway.resourceIntegrationResponseDelete"
  }
}

resource "aws_api_gateway_method_response" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.resourceMethodResponseCreate, apigateway.resourceMethodResponseRead, apigateway.resourceMethodResponseUpdate, apigateway.resourceMethodResponseDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceMethodResponseRead"
  }

  create {
    actions = ["apigateway:PUT"]
    source  = "apigateway.resourceMethodResponseCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigateway.resourceMethodResponseUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigateway.resourceMethodResponseDelete"
  }
}

resource "aws_api_gateway_model" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.resourceModelCreate, apigateway.resourceModelRead, apigateway.resourceModelUpdate, apigateway.resourceModelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceModelRead"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "apigateway.resourceModelCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigateway.resourceModelUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigateway.resourceModelDelete"
  }
}

resource "aws_api_gateway_request_validator" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.resourceRequestValidatorCreate, apigateway.resourceRequestValidatorRead, apigateway.resourceRequestValidatorUpdate, apigateway.resourceRequestValidatorDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceRequestValidatorRead"
  }

  create {
    actions = ["apigateway:POST"]
    source  = "apigateway.resourceRequestValidatorCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigateway.resourceRequestValidatorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigateway.resourceRequestValidatorDelete"
  }
}

resource "aws_api_gateway_rest_api_policy" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.resourceRestAPIPolicyPut, apigateway.resourceRestAPIPolicyRead, apigateway.resourceRestAPIPolicyDelete) + iamlive-map 2022-08-19 + pike resource/apigateway/aws_api_gateway_rest_api_policy.json for delete"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create apigateway.UpdateRestApi, delete apigateway.UpdateRestApi, update apigateway.UpdateRestApi"

  read {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceRestAPIPolicyRead"
  }

  create {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceRestAPIPolicyPut"
  }

  update {
    attributes = []
    actions    = []
    source     = "apigateway.resourceRestAPIPolicyPut"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "import: pike resource/apigateway/aws_api_gateway_rest_api_policy.json (delete re-phased from Pike's lists: no operation of apigateway.resourceRestAPIPolicyDelete resolves to an IAM action)"
  }
}

resource "aws_api_gateway_rest_api_put" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.(*restAPIPutResource).Create, apigateway.(*restAPIPutResource).Read) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create apigateway.PutRestApi"

  read {
    actions = ["apigateway:GET"]
    source  = "apigateway.(*restAPIPutResource).Read"
  }

  create {
    actions = ["apigateway:GET"]
    source  = "apigateway.(*restAPIPutResource).Create"
  }
}

resource "aws_api_gateway_usage_plan_key" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.resourceUsagePlanKeyCreate, apigateway.resourceUsagePlanKeyRead, apigateway.resourceUsagePlanKeyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceUsagePlanKeyRead"
  }

  create {
    actions = ["apigateway:GET", "apigateway:POST"]
    source  = "apigateway.resourceUsagePlanKeyCreate"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigateway.resourceUsagePlanKeyDelete"
  }
}

resource "aws_api_gateway_vpc_link" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigateway.resourceVPCLinkCreate, apigateway.resourceVPCLinkRead, apigateway.resourceVPCLinkUpdate, apigateway.resourceVPCLinkDelete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update apigateway.TagResource"

  read {
    actions = ["apigateway:GET"]
    source  = "apigateway.resourceVPCLinkRead + apigateway.(*servicePackage).ListTags"
  }

  create {
    actions = ["apigateway:GET", "apigateway:POST"]
    source  = "apigateway.resourceVPCLinkCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigateway.resourceVPCLinkUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apigateway:DELETE"]
    source     = "apigateway.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["apigateway:DELETE", "apigateway:GET"]
    source  = "apigateway.resourceVPCLinkDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_apigatewayv2_api_mapping" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigatewayv2.resourceAPIMappingCreate, apigatewayv2.resourceAPIMappingRead, apigatewayv2.resourceAPIMappingUpdate, apigatewayv2.resourceAPIMappingDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apigateway:GET"]
    source  = "apigatewayv2.resourceAPIMappingRead"
  }

  create {
    actions = ["apigateway:GET", "apigateway:POST"]
    source  = "apigatewayv2.resourceAPIMappingCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigatewayv2.resourceAPIMappingUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigatewayv2.resourceAPIMappingDelete"
  }
}

resource "aws_apigatewayv2_authorizer" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigatewayv2.resourceAuthorizerCreate, apigatewayv2.resourceAuthorizerRead, apigatewayv2.resourceAuthorizerUpdate, apigatewayv2.resourceAuthorizerDelete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create apigatewayv2.CreateAuthorizer"

  read {
    actions = ["apigateway:GET"]
    source  = "apigatewayv2.resourceAuthorizerRead"
  }

  create {
    actions = ["apigateway:GET"]
    source  = "apigatewayv2.resourceAuthorizerCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigatewayv2.resourceAuthorizerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigatewayv2.resourceAuthorizerDelete"
  }
}

resource "aws_apigatewayv2_deployment" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigatewayv2.resourceDeploymentCreate, apigatewayv2.resourceDeploymentRead, apigatewayv2.resourceDeploymentUpdate, apigatewayv2.resourceDeploymentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apigateway:GET"]
    source  = "apigatewayv2.resourceDeploymentRead"
  }

  create {
    actions = ["apigateway:GET", "apigateway:POST"]
    source  = "apigatewayv2.resourceDeploymentCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigatewayv2.resourceDeploymentUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigatewayv2.resourceDeploymentDelete"
  }
}

resource "aws_apigatewayv2_integration_response" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigatewayv2.resourceIntegrationResponseCreate, apigatewayv2.resourceIntegrationResponseRead, apigatewayv2.resourceIntegrationResponseUpdate, apigatewayv2.resourceIntegrationResponseDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apigateway:GET"]
    source  = "apigatewayv2.resourceIntegrationResponseRead"
  }

  create {
    actions = ["apigateway:GET", "apigateway:POST"]
    source  = "apigatewayv2.resourceIntegrationResponseCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigatewayv2.resourceIntegrationResponseUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigatewayv2.resourceIntegrationResponseDelete"
  }
}

resource "aws_apigatewayv2_model" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigatewayv2.resourceModelCreate, apigatewayv2.resourceModelRead, apigatewayv2.resourceModelUpdate, apigatewayv2.resourceModelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apigateway:GET"]
    source  = "apigatewayv2.resourceModelRead"
  }

  create {
    actions = ["apigateway:GET", "apigateway:POST"]
    source  = "apigatewayv2.resourceModelCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigatewayv2.resourceModelUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigatewayv2.resourceModelDelete"
  }
}

resource "aws_apigatewayv2_route_response" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigatewayv2.resourceRouteResponseCreate, apigatewayv2.resourceRouteResponseRead, apigatewayv2.resourceRouteResponseUpdate, apigatewayv2.resourceRouteResponseDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apigateway:GET"]
    source  = "apigatewayv2.resourceRouteResponseRead"
  }

  create {
    actions = ["apigateway:GET", "apigateway:POST"]
    source  = "apigatewayv2.resourceRouteResponseCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigatewayv2.resourceRouteResponseUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["apigateway:DELETE"]
    source  = "apigatewayv2.resourceRouteResponseDelete"
  }
}

resource "aws_apigatewayv2_routing_rule" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigatewayv2.(*routingRuleResource).Create, apigatewayv2.(*routingRuleResource).Read, apigatewayv2.(*routingRuleResource).Update, apigatewayv2.(*routingRuleResource).Delete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update apigatewayv2.PutRoutingRule; not in iamlive-map, identical IAM name used: apigateway:CreateRoutingRule, apigateway:DeleteRoutingRule, apigateway:GetRoutingRule"

  read {
    actions = ["apigateway:GetRoutingRule"]
    source  = "apigatewayv2.(*routingRuleResource).Read"
  }

  create {
    actions = ["apigateway:CreateRoutingRule"]
    source  = "apigatewayv2.(*routingRuleResource).Create"
  }

  delete {
    actions = ["apigateway:DeleteRoutingRule"]
    source  = "apigatewayv2.(*routingRuleResource).Delete"
  }
}

resource "aws_apigatewayv2_vpc_link" {
  service = "apigateway"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apigatewayv2.resourceVPCLinkCreate, apigatewayv2.resourceVPCLinkRead, apigatewayv2.resourceVPCLinkUpdate, apigatewayv2.resourceVPCLinkDelete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create apigatewayv2.CreateVpcLink"

  read {
    actions = ["apigateway:GET"]
    source  = "apigatewayv2.resourceVPCLinkRead + apigatewayv2.(*servicePackage).ListTags"
  }

  create {
    actions = ["apigateway:GET"]
    source  = "apigatewayv2.resourceVPCLinkCreate"
  }

  update {
    attributes = []
    actions    = ["apigateway:PATCH"]
    source     = "apigatewayv2.resourceVPCLinkUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apigateway:DELETE", "apigateway:POST"]
    source     = "apigatewayv2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["apigateway:DELETE", "apigateway:GET"]
    source  = "apigatewayv2.resourceVPCLinkDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_api_gateway" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_api_gateway.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_api_gateway_api_key" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_api_gateway_api_key.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_api_gateway_api_keys" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_api_gateway_api_keys.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_api_gateway_authorizer" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_api_gateway_authorizer.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_api_gateway_authorizers" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_api_gateway_authorizers.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_api_gateway_domain_name" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_api_gateway_domain_name.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_api_gateway_export" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_api_gateway_export.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_api_gateway_resource" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_api_gateway_resource.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_api_gateway_rest_api" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_api_gateway_rest_api.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_api_gateway_sdk" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_api_gateway_sdk.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_api_gateway_vpc_link" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_api_gateway_vpc_link.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_apigateway_api_keys" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_apigateway_api_keys.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_apigatewayv2_api" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_apigatewayv2_api.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_apigatewayv2_apis" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_apigatewayv2_apis.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_apigatewayv2_export" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_apigatewayv2_export.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_apigatewayv2_vpc_link" {
  service = "apigateway"
  source  = "import: pike data/apigateway/aws_apigatewayv2_vpc_link.json"

  read {
    actions = ["apigateway:GET"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
