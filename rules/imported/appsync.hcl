# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_appsync_api" {
  service = "appsync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appsync.(*apiResource).Create, appsync.(*apiResource).Read, appsync.(*apiResource).Update, appsync.(*apiResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: appsync:CreateApi, appsync:DeleteApi, appsync:GetApi, appsync:UpdateApi"

  read {
    actions = ["appsync:GetApi", "appsync:ListTagsForResource"]
    source  = "appsync.(*apiResource).Read + appsync.(*servicePackage).ListTags"
  }

  create {
    actions = ["appsync:CreateApi"]
    source  = "appsync.(*apiResource).Create"
  }

  update {
    attributes = []
    actions    = ["appsync:UpdateApi"]
    source     = "appsync.(*apiResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appsync:TagResource", "appsync:UntagResource"]
    source     = "appsync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appsync:DeleteApi"]
    source  = "appsync.(*apiResource).Delete"
  }
}

resource "aws_appsync_api_cache" {
  service = "appsync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appsync.resourceAPICacheCreate, appsync.resourceAPICacheRead, appsync.resourceAPICacheUpdate, appsync.resourceAPICacheDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appsync:GetApiCache"]
    source  = "appsync.resourceAPICacheRead"
  }

  create {
    actions = ["appsync:CreateApiCache", "appsync:GetApiCache"]
    source  = "appsync.resourceAPICacheCreate"
  }

  update {
    attributes = []
    actions    = ["appsync:UpdateApiCache"]
    source     = "appsync.resourceAPICacheUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["appsync:DeleteApiCache", "appsync:GetApiCache"]
    source  = "appsync.resourceAPICacheDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_appsync_api_key" {
  service = "appsync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appsync.resourceAPIKeyCreate, appsync.resourceAPIKeyRead, appsync.resourceAPIKeyUpdate, appsync.resourceAPIKeyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appsync:ListApiKeys"]
    source  = "appsync.resourceAPIKeyRead"
  }

  create {
    actions = ["appsync:CreateApiKey", "appsync:ListApiKeys"]
    source  = "appsync.resourceAPIKeyCreate"
  }

  update {
    attributes = []
    actions    = ["appsync:UpdateApiKey"]
    source     = "appsync.resourceAPIKeyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["appsync:DeleteApiKey"]
    source  = "appsync.resourceAPIKeyDelete"
  }
}

resource "aws_appsync_channel_namespace" {
  service = "appsync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appsync.(*channelNamespaceResource).Create, appsync.(*channelNamespaceResource).Read, appsync.(*channelNamespaceResource).Update, appsync.(*channelNamespaceResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: appsync:CreateChannelNamespace, appsync:DeleteChannelNamespace, appsync:GetChannelNamespace, appsync:UpdateChannelNamespace"

  read {
    actions = ["appsync:GetChannelNamespace", "appsync:ListTagsForResource"]
    source  = "appsync.(*channelNamespaceResource).Read + appsync.(*servicePackage).ListTags"
  }

  create {
    actions = ["appsync:CreateChannelNamespace"]
    source  = "appsync.(*channelNamespaceResource).Create"
  }

  update {
    attributes = []
    actions    = ["appsync:UpdateChannelNamespace"]
    source     = "appsync.(*channelNamespaceResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appsync:TagResource", "appsync:UntagResource"]
    source     = "appsync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appsync:DeleteChannelNamespace"]
    source  = "appsync.(*channelNamespaceResource).Delete"
  }
}

resource "aws_appsync_datasource" {
  service = "appsync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appsync.resourceDataSourceCreate, appsync.resourceDataSourceRead, appsync.resourceDataSourceUpdate, appsync.resourceDataSourceDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by appsync.CreateDataSource, appsync.UpdateDataSource (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["appsync:GetDataSource"]
    source  = "appsync.resourceDataSourceRead"
  }

  create {
    actions = ["appsync:CreateDataSource", "appsync:GetDataSource"]
    source  = "appsync.resourceDataSourceCreate"
  }

  update {
    attributes = []
    actions    = ["appsync:UpdateDataSource"]
    source     = "appsync.resourceDataSourceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["appsync:DeleteDataSource"]
    source  = "appsync.resourceDataSourceDelete"
  }
}

resource "aws_appsync_domain_name" {
  service = "appsync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appsync.resourceDomainNameCreate, appsync.resourceDomainNameRead, appsync.resourceDomainNameUpdate, appsync.resourceDomainNameDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appsync:GetDomainName"]
    source  = "appsync.resourceDomainNameRead"
  }

  create {
    actions = ["appsync:CreateDomainName", "appsync:GetDomainName"]
    source  = "appsync.resourceDomainNameCreate"
  }

  update {
    attributes = []
    actions    = ["appsync:UpdateDomainName"]
    source     = "appsync.resourceDomainNameUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["appsync:DeleteDomainName"]
    source  = "appsync.resourceDomainNameDelete"
  }
}

resource "aws_appsync_domain_name_api_association" {
  service = "appsync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appsync.resourceDomainNameAPIAssociationCreate, appsync.resourceDomainNameAPIAssociationRead, appsync.resourceDomainNameAPIAssociationUpdate, appsync.resourceDomainNameAPIAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appsync:GetApiAssociation"]
    source  = "appsync.resourceDomainNameAPIAssociationRead"
  }

  create {
    actions = ["appsync:AssociateApi", "appsync:GetApiAssociation"]
    source  = "appsync.resourceDomainNameAPIAssociationCreate"
  }

  update {
    attributes = []
    actions    = ["appsync:AssociateApi"]
    source     = "appsync.resourceDomainNameAPIAssociationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["appsync:DisassociateApi", "appsync:GetApiAssociation"]
    source  = "appsync.resourceDomainNameAPIAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_appsync_function" {
  service = "appsync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appsync.resourceFunctionCreate, appsync.resourceFunctionRead, appsync.resourceFunctionUpdate, appsync.resourceFunctionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appsync:GetFunction"]
    source  = "appsync.resourceFunctionRead"
  }

  create {
    actions = ["appsync:CreateFunction", "appsync:GetFunction"]
    source  = "appsync.resourceFunctionCreate"
  }

  update {
    attributes = []
    actions    = ["appsync:UpdateFunction"]
    source     = "appsync.resourceFunctionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["appsync:DeleteFunction"]
    source  = "appsync.resourceFunctionDelete"
  }
}

resource "aws_appsync_graphql_api" {
  service = "appsync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appsync.resourceGraphQLAPICreate, appsync.resourceGraphQLAPIRead, appsync.resourceGraphQLAPIUpdate, appsync.resourceGraphQLAPIDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by appsync.CreateGraphqlApi, appsync.UpdateGraphqlApi (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["appsync:GetGraphqlApi", "appsync:ListTagsForResource"]
    source  = "appsync.resourceGraphQLAPIRead + appsync.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "appsync:CreateGraphqlApi",
      "appsync:GetGraphqlApi",
      "appsync:GetSchemaCreationStatus",
      "appsync:StartSchemaCreation",
      "iam:CreateServiceLinkedRole",
    ]
    source  = "appsync.resourceGraphQLAPICreate"
  }

  update {
    attributes = []
    actions    = [
      "appsync:StartSchemaCreation",
      "appsync:UpdateGraphqlApi",
      "iam:CreateServiceLinkedRole",
    ]
    source     = "appsync.resourceGraphQLAPIUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appsync:TagResource", "appsync:UntagResource"]
    source     = "appsync.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appsync:DeleteGraphqlApi"]
    source  = "appsync.resourceGraphQLAPIDelete"
  }
}

resource "aws_appsync_resolver" {
  service = "appsync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appsync.resourceResolverCreate, appsync.resourceResolverRead, appsync.resourceResolverUpdate, appsync.resourceResolverDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appsync:GetResolver"]
    source  = "appsync.resourceResolverRead"
  }

  create {
    actions = ["appsync:CreateResolver", "appsync:GetResolver"]
    source  = "appsync.resourceResolverCreate"
  }

  update {
    attributes = []
    actions    = ["appsync:UpdateResolver"]
    source     = "appsync.resourceResolverUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["appsync:DeleteResolver"]
    source  = "appsync.resourceResolverDelete"
  }
}

resource "aws_appsync_source_api_association" {
  service = "appsync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appsync.(*sourceAPIAssociationResource).Create, appsync.(*sourceAPIAssociationResource).Read, appsync.(*sourceAPIAssociationResource).Update, appsync.(*sourceAPIAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: appsync:AssociateSourceGraphqlApi, appsync:DisassociateSourceGraphqlApi, appsync:GetSourceApiAssociation, appsync:UpdateSourceApiAssociation"

  read {
    actions = ["appsync:GetSourceApiAssociation"]
    source  = "appsync.(*sourceAPIAssociationResource).Read"
  }

  create {
    actions = ["appsync:AssociateSourceGraphqlApi", "appsync:GetSourceApiAssociation"]
    source  = "appsync.(*sourceAPIAssociationResource).Create"
  }

  update {
    attributes = []
    actions    = ["appsync:UpdateSourceApiAssociation"]
    source     = "appsync.(*sourceAPIAssociationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["appsync:DisassociateSourceGraphqlApi", "appsync:GetSourceApiAssociation"]
    source  = "appsync.(*sourceAPIAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_appsync_type" {
  service = "appsync"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appsync.resourceTypeCreate, appsync.resourceTypeRead, appsync.resourceTypeUpdate, appsync.resourceTypeDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appsync:GetType"]
    source  = "appsync.resourceTypeRead"
  }

  create {
    actions = ["appsync:CreateType", "appsync:GetType"]
    source  = "appsync.resourceTypeCreate"
  }

  update {
    attributes = []
    actions    = ["appsync:UpdateType"]
    source     = "appsync.resourceTypeUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["appsync:DeleteType"]
    source  = "appsync.resourceTypeDelete"
  }
}
