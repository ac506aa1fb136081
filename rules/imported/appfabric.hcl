# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_appfabric_app_authorization" {
  service = "appfabric"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appfabric.(*appAuthorizationResource).Create, appfabric.(*appAuthorizationResource).Read, appfabric.(*appAuthorizationResource).Update, appfabric.(*appAuthorizationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: appfabric:CreateAppAuthorization, appfabric:DeleteAppAuthorization, appfabric:GetAppAuthorization, appfabric:ListTagsForResource, appfabric:TagResource, appfabric:UntagResource, appfabric:UpdateAppAuthorization"

  read {
    actions = ["appfabric:GetAppAuthorization", "appfabric:ListTagsForResource"]
    source  = "appfabric.(*appAuthorizationResource).Read + appfabric.(*servicePackage).ListTags"
  }

  create {
    actions = ["appfabric:CreateAppAuthorization", "appfabric:GetAppAuthorization"]
    source  = "appfabric.(*appAuthorizationResource).Create"
  }

  update {
    attributes = []
    actions    = ["appfabric:UpdateAppAuthorization"]
    source     = "appfabric.(*appAuthorizationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appfabric:TagResource", "appfabric:UntagResource"]
    source     = "appfabric.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appfabric:DeleteAppAuthorization", "appfabric:GetAppAuthorization"]
    source  = "appfabric.(*appAuthorizationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_appfabric_app_authorization_connection" {
  service = "appfabric"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appfabric.(*appAuthorizationConnectionResource).Create, appfabric.(*appAuthorizationConnectionResource).Read) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: appfabric:ConnectAppAuthorization, appfabric:GetAppAuthorization"

  read {
    actions = ["appfabric:GetAppAuthorization"]
    source  = "appfabric.(*appAuthorizationConnectionResource).Read"
  }

  create {
    actions = ["appfabric:ConnectAppAuthorization", "appfabric:GetAppAuthorization"]
    source  = "appfabric.(*appAuthorizationConnectionResource).Create"
  }
}

resource "aws_appfabric_app_bundle" {
  service = "appfabric"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appfabric.(*appBundleResource).Create, appfabric.(*appBundleResource).Read, appfabric.(*appBundleResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: appfabric:CreateAppBundle, appfabric:DeleteAppBundle, appfabric:GetAppBundle, appfabric:ListTagsForResource, appfabric:TagResource, appfabric:UntagResource"

  read {
    actions = ["appfabric:GetAppBundle", "appfabric:ListTagsForResource"]
    source  = "appfabric.(*appBundleResource).Read + appfabric.(*servicePackage).ListTags"
  }

  create {
    actions = ["appfabric:CreateAppBundle"]
    source  = "appfabric.(*appBundleResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["appfabric:TagResource", "appfabric:UntagResource"]
    source     = "appfabric.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appfabric:DeleteAppBundle"]
    source  = "appfabric.(*appBundleResource).Delete"
  }
}

resource "aws_appfabric_ingestion" {
  service = "appfabric"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appfabric.(*ingestionResource).Create, appfabric.(*ingestionResource).Read, appfabric.(*ingestionResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: appfabric:CreateIngestion, appfabric:DeleteIngestion, appfabric:GetIngestion, appfabric:ListTagsForResource, appfabric:TagResource, appfabric:UntagResource"

  read {
    actions = ["appfabric:GetIngestion", "appfabric:ListTagsForResource"]
    source  = "appfabric.(*ingestionResource).Read + appfabric.(*servicePackage).ListTags"
  }

  create {
    actions = ["appfabric:CreateIngestion"]
    source  = "appfabric.(*ingestionResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["appfabric:TagResource", "appfabric:UntagResource"]
    source     = "appfabric.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appfabric:DeleteIngestion"]
    source  = "appfabric.(*ingestionResource).Delete"
  }
}

resource "aws_appfabric_ingestion_destination" {
  service = "appfabric"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appfabric.(*ingestionDestinationResource).Create, appfabric.(*ingestionDestinationResource).Read, appfabric.(*ingestionDestinationResource).Update, appfabric.(*ingestionDestinationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: appfabric:CreateIngestionDestination, appfabric:DeleteIngestionDestination, appfabric:GetIngestionDestination, appfabric:ListTagsForResource, appfabric:TagResource, appfabric:UntagResource, appfabric:UpdateIngestionDestination"

  read {
    actions = ["appfabric:GetIngestionDestination", "appfabric:ListTagsForResource"]
    source  = "appfabric.(*ingestionDestinationResource).Read + appfabric.(*servicePackage).ListTags"
  }

  create {
    actions = ["appfabric:CreateIngestionDestination", "appfabric:GetIngestionDestination"]
    source  = "appfabric.(*ingestionDestinationResource).Create"
  }

  update {
    attributes = []
    actions    = ["appfabric:UpdateIngestionDestination"]
    source     = "appfabric.(*ingestionDestinationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appfabric:TagResource", "appfabric:UntagResource"]
    source     = "appfabric.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appfabric:DeleteIngestionDestination", "appfabric:GetIngestionDestination"]
    source  = "appfabric.(*ingestionDestinationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
