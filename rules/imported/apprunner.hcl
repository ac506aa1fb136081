# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_apprunner_auto_scaling_configuration_version" {
  service = "apprunner"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apprunner.resourceAutoScalingConfigurationCreate, apprunner.resourceAutoScalingConfigurationRead, apprunner.resourceAutoScalingConfigurationUpdate, apprunner.resourceAutoScalingConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apprunner:DescribeAutoScalingConfiguration", "apprunner:ListTagsForResource"]
    source  = "apprunner.resourceAutoScalingConfigurationRead + apprunner.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "apprunner:CreateAutoScalingConfiguration",
      "apprunner:DescribeAutoScalingConfiguration",
    ]
    source  = "apprunner.resourceAutoScalingConfigurationCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "apprunner.resourceAutoScalingConfigurationUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apprunner:TagResource", "apprunner:UntagResource"]
    source     = "apprunner.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "apprunner:DeleteAutoScalingConfiguration",
      "apprunner:DescribeAutoScalingConfiguration",
    ]
    source  = "apprunner.resourceAutoScalingConfigurationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_apprunner_connection" {
  service = "apprunner"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apprunner.resourceConnectionCreate, apprunner.resourceConnectionRead, apprunner.resourceConnectionUpdate, apprunner.resourceConnectionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apprunner:ListConnections", "apprunner:ListTagsForResource"]
    source  = "apprunner.resourceConnectionRead + apprunner.(*servicePackage).ListTags"
  }

  create {
    actions = ["apprunner:CreateConnection", "apprunner:ListConnections"]
    source  = "apprunner.resourceConnectionCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "apprunner.resourceConnectionUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apprunner:TagResource", "apprunner:UntagResource"]
    source     = "apprunner.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["apprunner:DeleteConnection", "apprunner:ListConnections"]
    source  = "apprunner.resourceConnectionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_apprunner_custom_domain_association" {
  service = "apprunner"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apprunner.resourceCustomDomainAssociationCreate, apprunner.resourceCustomDomainAssociationRead, apprunner.resourceCustomDomainAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apprunner:DescribeCustomDomains"]
    source  = "apprunner.resourceCustomDomainAssociationRead"
  }

  create {
    actions = ["apprunner:AssociateCustomDomain", "apprunner:DescribeCustomDomains"]
    source  = "apprunner.resourceCustomDomainAssociationCreate"
  }

  delete {
    actions = ["apprunner:DescribeCustomDomains", "apprunner:DisassociateCustomDomain"]
    source  = "apprunner.resourceCustomDomainAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_apprunner_default_auto_scaling_configuration_version" {
  service = "apprunner"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apprunner.(*defaultAutoScalingConfigurationVersionResource).Create, apprunner.(*defaultAutoScalingConfigurationVersionResource).Read, apprunner.(*defaultAutoScalingConfigurationVersionResource).Update) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: apprunner:UpdateDefaultAutoScalingConfiguration"

  read {
    actions = ["apprunner:ListAutoScalingConfigurations"]
    source  = "apprunner.(*defaultAutoScalingConfigurationVersionResource).Read"
  }

  create {
    actions = ["apprunner:UpdateDefaultAutoScalingConfiguration"]
    source  = "apprunner.(*defaultAutoScalingConfigurationVersionResource).Create"
  }

  update {
    attributes = []
    actions    = ["apprunner:UpdateDefaultAutoScalingConfiguration"]
    source     = "apprunner.(*defaultAutoScalingConfigurationVersionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_apprunner_deployment" {
  service = "apprunner"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apprunner.(*deploymentResource).Create, apprunner.(*deploymentResource).Read) + iamlive-map 2022-08-19"

  read {
    actions = ["apprunner:ListOperations"]
    source  = "apprunner.(*deploymentResource).Read"
  }

  create {
    actions = ["apprunner:ListOperations", "apprunner:StartDeployment"]
    source  = "apprunner.(*deploymentResource).Create"
  }
}

resource "aws_apprunner_observability_configuration" {
  service = "apprunner"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apprunner.resourceObservabilityConfigurationCreate, apprunner.resourceObservabilityConfigurationRead, apprunner.resourceObservabilityConfigurationUpdate, apprunner.resourceObservabilityConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apprunner:DescribeObservabilityConfiguration", "apprunner:ListTagsForResource"]
    source  = "apprunner.resourceObservabilityConfigurationRead + apprunner.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "apprunner:CreateObservabilityConfiguration",
      "apprunner:DescribeObservabilityConfiguration",
    ]
    source  = "apprunner.resourceObservabilityConfigurationCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "apprunner.resourceObservabilityConfigurationUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apprunner:TagResource", "apprunner:UntagResource"]
    source     = "apprunner.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "apprunner:DeleteObservabilityConfiguration",
      "apprunner:DescribeObservabilityConfiguration",
    ]
    source  = "apprunner.resourceObservabilityConfigurationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_apprunner_service" {
  service = "apprunner"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apprunner.resourceServiceCreate, apprunner.resourceServiceRead, apprunner.resourceServiceUpdate, apprunner.resourceServiceDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "apprunner:DescribeCustomDomains",
      "apprunner:DescribeService",
      "apprunner:ListTagsForResource",
    ]
    source  = "apprunner.resourceServiceRead + apprunner.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "apprunner:CreateService",
      "apprunner:DescribeCustomDomains",
      "apprunner:DescribeService",
    ]
    source  = "apprunner.resourceServiceCreate"
  }

  update {
    attributes = []
    actions    = ["apprunner:UpdateService"]
    source     = "apprunner.resourceServiceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apprunner:TagResource", "apprunner:UntagResource"]
    source     = "apprunner.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["apprunner:DeleteService", "apprunner:DescribeService"]
    source  = "apprunner.resourceServiceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_apprunner_vpc_connector" {
  service = "apprunner"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apprunner.resourceVPCConnectorCreate, apprunner.resourceVPCConnectorRead, apprunner.resourceVPCConnectorUpdate, apprunner.resourceVPCConnectorDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["apprunner:DescribeVpcConnector", "apprunner:ListTagsForResource"]
    source  = "apprunner.resourceVPCConnectorRead + apprunner.(*servicePackage).ListTags"
  }

  create {
    actions = ["apprunner:CreateVpcConnector", "apprunner:DescribeVpcConnector"]
    source  = "apprunner.resourceVPCConnectorCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "apprunner.resourceVPCConnectorUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apprunner:TagResource", "apprunner:UntagResource"]
    source     = "apprunner.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["apprunner:DeleteVpcConnector", "apprunner:DescribeVpcConnector"]
    source  = "apprunner.resourceVPCConnectorDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_apprunner_vpc_ingress_connection" {
  service = "apprunner"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (apprunner.resourceVPCIngressConnectionCreate, apprunner.resourceVPCIngressConnectionRead, apprunner.resourceVPCIngressConnectionUpdate, apprunner.resourceVPCIngressConnectionDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: apprunner:CreateVpcIngressConnection, apprunner:DeleteVpcIngressConnection, apprunner:DescribeVpcIngressConnection"

  read {
    actions = ["apprunner:DescribeVpcIngressConnection", "apprunner:ListTagsForResource"]
    source  = "apprunner.resourceVPCIngressConnectionRead + apprunner.(*servicePackage).ListTags"
  }

  create {
    actions = ["apprunner:CreateVpcIngressConnection", "apprunner:DescribeVpcIngressConnection"]
    source  = "apprunner.resourceVPCIngressConnectionCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "apprunner.resourceVPCIngressConnectionUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["apprunner:TagResource", "apprunner:UntagResource"]
    source     = "apprunner.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["apprunner:DeleteVpcIngressConnection", "apprunner:DescribeVpcIngressConnection"]
    source  = "apprunner.resourceVPCIngressConnectionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
