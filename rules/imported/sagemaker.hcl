# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_sagemaker_algorithm" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.(*algorithmResource).Create, sagemaker.(*algorithmResource).Read, sagemaker.(*algorithmResource).Delete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateAlgorithm (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sagemaker:DescribeAlgorithm", "sagemaker:ListTags"]
    source  = "sagemaker.(*algorithmResource).Read + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateAlgorithm", "sagemaker:DescribeAlgorithm"]
    source  = "sagemaker.(*algorithmResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteAlgorithm", "sagemaker:DescribeAlgorithm"]
    source  = "sagemaker.(*algorithmResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_app" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceAppCreate, sagemaker.resourceAppRead, sagemaker.resourceAppUpdate, sagemaker.resourceAppDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:DescribeApp", "sagemaker:ListApps", "sagemaker:ListTags"]
    source  = "sagemaker.resourceAppRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateApp", "sagemaker:DescribeApp", "sagemaker:ListApps"]
    source  = "sagemaker.resourceAppCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "sagemaker.resourceAppUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteApp", "sagemaker:DescribeApp", "sagemaker:ListApps"]
    source  = "sagemaker.resourceAppDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_app_image_config" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceAppImageConfigCreate, sagemaker.resourceAppImageConfigRead, sagemaker.resourceAppImageConfigUpdate, sagemaker.resourceAppImageConfigDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:DescribeAppImageConfig", "sagemaker:ListTags"]
    source  = "sagemaker.resourceAppImageConfigRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateAppImageConfig", "sagemaker:DescribeAppImageConfig"]
    source  = "sagemaker.resourceAppImageConfigCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateAppImageConfig"]
    source     = "sagemaker.resourceAppImageConfigUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteAppImageConfig"]
    source  = "sagemaker.resourceAppImageConfigDelete"
  }
}

resource "aws_sagemaker_code_repository" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceCodeRepositoryCreate, sagemaker.resourceCodeRepositoryRead, sagemaker.resourceCodeRepositoryUpdate, sagemaker.resourceCodeRepositoryDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:DescribeCodeRepository", "sagemaker:ListTags"]
    source  = "sagemaker.resourceCodeRepositoryRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateCodeRepository", "sagemaker:DescribeCodeRepository"]
    source  = "sagemaker.resourceCodeRepositoryCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateCodeRepository"]
    source     = "sagemaker.resourceCodeRepositoryUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteCodeRepository"]
    source  = "sagemaker.resourceCodeRepositoryDelete"
  }
}

resource "aws_sagemaker_data_quality_job_definition" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceDataQualityJobDefinitionCreate, sagemaker.resourceDataQualityJobDefinitionRead, sagemaker.resourceDataQualityJobDefinitionUpdate, sagemaker.resourceDataQualityJobDefinitionDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateDataQualityJobDefinition (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sagemaker:DescribeDataQualityJobDefinition", "sagemaker:ListTags"]
    source  = "sagemaker.resourceDataQualityJobDefinitionRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "sagemaker:CreateDataQualityJobDefinition",
      "sagemaker:DescribeDataQualityJobDefinition",
    ]
    source  = "sagemaker.resourceDataQualityJobDefinitionCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "sagemaker.resourceDataQualityJobDefinitionUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteDataQualityJobDefinition"]
    source  = "sagemaker.resourceDataQualityJobDefinitionDelete"
  }
}

resource "aws_sagemaker_device" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceDeviceCreate, sagemaker.resourceDeviceRead, sagemaker.resourceDeviceUpdate, sagemaker.resourceDeviceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:DescribeDevice"]
    source  = "sagemaker.resourceDeviceRead"
  }

  create {
    actions = ["sagemaker:DescribeDevice", "sagemaker:RegisterDevices"]
    source  = "sagemaker.resourceDeviceCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateDevices"]
    source     = "sagemaker.resourceDeviceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["sagemaker:DeregisterDevices"]
    source  = "sagemaker.resourceDeviceDelete"
  }
}

resource "aws_sagemaker_device_fleet" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceDeviceFleetCreate, sagemaker.resourceDeviceFleetRead, sagemaker.resourceDeviceFleetUpdate, sagemaker.resourceDeviceFleetDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateDeviceFleet (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sagemaker:DescribeDeviceFleet", "sagemaker:ListTags"]
    source  = "sagemaker.resourceDeviceFleetRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateDeviceFleet", "sagemaker:DescribeDeviceFleet"]
    source  = "sagemaker.resourceDeviceFleetCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateDeviceFleet"]
    source     = "sagemaker.resourceDeviceFleetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteDeviceFleet"]
    source  = "sagemaker.resourceDeviceFleetDelete"
  }
}

resource "aws_sagemaker_domain" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceDomainCreate, sagemaker.resourceDomainRead, sagemaker.resourceDomainUpdate, sagemaker.resourceDomainDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateDomain, sagemaker.UpdateDomain (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sagemaker:DescribeDomain", "sagemaker:ListTags"]
    source  = "sagemaker.resourceDomainRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["iam:CreateServiceLinkedRole", "sagemaker:CreateDomain", "sagemaker:DescribeDomain"]
    source  = "sagemaker.resourceDomainCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateDomain"]
    source     = "sagemaker.resourceDomainUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteDomain", "sagemaker:DescribeDomain"]
    source  = "sagemaker.resourceDomainDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_endpoint" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceEndpointCreate, sagemaker.resourceEndpointRead, sagemaker.resourceEndpointUpdate, sagemaker.resourceEndpointDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: sagemaker:DeleteEndpoint"

  read {
    actions = ["sagemaker:DescribeEndpoint", "sagemaker:ListTags"]
    source  = "sagemaker.resourceEndpointRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateEndpoint", "sagemaker:DescribeEndpoint"]
    source  = "sagemaker.resourceEndpointCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateEndpoint"]
    source     = "sagemaker.resourceEndpointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteEndpoint", "sagemaker:DescribeEndpoint"]
    source  = "sagemaker.resourceEndpointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_endpoint_configuration" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceEndpointConfigurationCreate, sagemaker.resourceEndpointConfigurationRead, sagemaker.resourceEndpointConfigurationUpdate, sagemaker.resourceEndpointConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:DescribeEndpointConfig", "sagemaker:ListTags"]
    source  = "sagemaker.resourceEndpointConfigurationRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateEndpointConfig", "sagemaker:DescribeEndpointConfig"]
    source  = "sagemaker.resourceEndpointConfigurationCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "sagemaker.resourceEndpointConfigurationUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteEndpointConfig"]
    source  = "sagemaker.resourceEndpointConfigurationDelete"
  }
}

resource "aws_sagemaker_feature_group" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceFeatureGroupCreate, sagemaker.resourceFeatureGroupRead, sagemaker.resourceFeatureGroupUpdate, sagemaker.resourceFeatureGroupDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateFeatureGroup (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sagemaker:DescribeFeatureGroup", "sagemaker:ListTags"]
    source  = "sagemaker.resourceFeatureGroupRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateFeatureGroup", "sagemaker:DescribeFeatureGroup"]
    source  = "sagemaker.resourceFeatureGroupCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateFeatureGroup"]
    source     = "sagemaker.resourceFeatureGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteFeatureGroup", "sagemaker:DescribeFeatureGroup"]
    source  = "sagemaker.resourceFeatureGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_flow_definition" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceFlowDefinitionCreate, sagemaker.resourceFlowDefinitionRead, sagemaker.resourceFlowDefinitionUpdate, sagemaker.resourceFlowDefinitionDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateFlowDefinition (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sagemaker:DescribeFlowDefinition", "sagemaker:ListTags"]
    source  = "sagemaker.resourceFlowDefinitionRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateFlowDefinition", "sagemaker:DescribeFlowDefinition"]
    source  = "sagemaker.resourceFlowDefinitionCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "sagemaker.resourceFlowDefinitionUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteFlowDefinition", "sagemaker:DescribeFlowDefinition"]
    source  = "sagemaker.resourceFlowDefinitionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_hub" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceHubCreate, sagemaker.resourceHubRead, sagemaker.resourceHubUpdate, sagemaker.resourceHubDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sagemaker:CreateHub, sagemaker:DeleteHub, sagemaker:DescribeHub, sagemaker:UpdateHub"

  read {
    actions = ["sagemaker:DescribeHub", "sagemaker:ListTags"]
    source  = "sagemaker.resourceHubRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateHub", "sagemaker:DescribeHub"]
    source  = "sagemaker.resourceHubCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateHub"]
    source     = "sagemaker.resourceHubUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteHub", "sagemaker:DescribeHub"]
    source  = "sagemaker.resourceHubDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_hub_content_reference" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.(*hubContentReferenceResource).Create, sagemaker.(*hubContentReferenceResource).Read, sagemaker.(*hubContentReferenceResource).Update, sagemaker.(*hubContentReferenceResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sagemaker:CreateHubContentReference, sagemaker:DeleteHubContentReference, sagemaker:DescribeHubContent, sagemaker:UpdateHubContentReference"

  read {
    actions = ["sagemaker:DescribeHubContent", "sagemaker:ListTags"]
    source  = "sagemaker.(*hubContentReferenceResource).Read + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateHubContentReference", "sagemaker:DescribeHubContent"]
    source  = "sagemaker.(*hubContentReferenceResource).Create"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateHubContentReference"]
    source     = "sagemaker.(*hubContentReferenceResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteHubContentReference", "sagemaker:DescribeHubContent"]
    source  = "sagemaker.(*hubContentReferenceResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_human_task_ui" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceHumanTaskUICreate, sagemaker.resourceHumanTaskUIRead, sagemaker.resourceHumanTaskUIUpdate, sagemaker.resourceHumanTaskUIDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:DescribeHumanTaskUi", "sagemaker:ListTags"]
    source  = "sagemaker.resourceHumanTaskUIRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateHumanTaskUi", "sagemaker:DescribeHumanTaskUi"]
    source  = "sagemaker.resourceHumanTaskUICreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "sagemaker.resourceHumanTaskUIUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteHumanTaskUi"]
    source  = "sagemaker.resourceHumanTaskUIDelete"
  }
}

resource "aws_sagemaker_hyper_parameter_tuning_job" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.(*hyperParameterTuningJobResource).Create, sagemaker.(*hyperParameterTuningJobResource).Read, sagemaker.(*hyperParameterTuningJobResource).Delete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateHyperParameterTuningJob (not imported: a curated pass_role block names the role attribute); not in iamlive-map, identical IAM name used: sagemaker:DeleteHyperParameterTuningJob"

  read {
    actions = ["sagemaker:DescribeHyperParameterTuningJob", "sagemaker:ListTags"]
    source  = "sagemaker.(*hyperParameterTuningJobResource).Read + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "sagemaker:CreateHyperParameterTuningJob",
      "sagemaker:DescribeHyperParameterTuningJob",
    ]
    source  = "sagemaker.(*hyperParameterTuningJobResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "sagemaker:DeleteHyperParameterTuningJob",
      "sagemaker:DescribeHyperParameterTuningJob",
      "sagemaker:StopHyperParameterTuningJob",
    ]
    source  = "sagemaker.(*hyperParameterTuningJobResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_image" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceImageCreate, sagemaker.resourceImageRead, sagemaker.resourceImageUpdate, sagemaker.resourceImageDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateImage, sagemaker.UpdateImage (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sagemaker:DescribeImage", "sagemaker:ListTags"]
    source  = "sagemaker.resourceImageRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateImage", "sagemaker:DescribeImage"]
    source  = "sagemaker.resourceImageCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateImage"]
    source     = "sagemaker.resourceImageUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteImage", "sagemaker:DescribeImage"]
    source  = "sagemaker.resourceImageDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_image_version" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceImageVersionCreate, sagemaker.resourceImageVersionRead, sagemaker.resourceImageVersionUpdate, sagemaker.resourceImageVersionDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sagemaker:ListAliases, sagemaker:UpdateImageVersion"

  read {
    actions = ["sagemaker:DescribeImageVersion", "sagemaker:ListAliases"]
    source  = "sagemaker.resourceImageVersionRead"
  }

  create {
    actions = [
      "sagemaker:CreateImageVersion",
      "sagemaker:DescribeImageVersion",
      "sagemaker:ListAliases",
    ]
    source  = "sagemaker.resourceImageVersionCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateImageVersion"]
    source     = "sagemaker.resourceImageVersionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["sagemaker:DeleteImageVersion", "sagemaker:DescribeImageVersion"]
    source  = "sagemaker.resourceImageVersionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_labeling_job" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.(*labelingJobResource).Create, sagemaker.(*labelingJobResource).Read, sagemaker.(*labelingJobResource).Delete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateLabelingJob (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sagemaker:DescribeLabelingJob", "sagemaker:ListTags"]
    source  = "sagemaker.(*labelingJobResource).Read + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateLabelingJob", "sagemaker:DescribeLabelingJob"]
    source  = "sagemaker.(*labelingJobResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:StopLabelingJob"]
    source  = "sagemaker.(*labelingJobResource).Delete"
  }
}

resource "aws_sagemaker_mlflow_app" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.(*mlflowAppResource).Create, sagemaker.(*mlflowAppResource).Read, sagemaker.(*mlflowAppResource).Update, sagemaker.(*mlflowAppResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sagemaker:CreateMlflowApp, sagemaker:DeleteMlflowApp, sagemaker:DescribeMlflowApp, sagemaker:UpdateMlflowApp"

  read {
    actions = ["sagemaker:DescribeMlflowApp", "sagemaker:ListTags"]
    source  = "sagemaker.(*mlflowAppResource).Read + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateMlflowApp", "sagemaker:DescribeMlflowApp"]
    source  = "sagemaker.(*mlflowAppResource).Create"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateMlflowApp"]
    source     = "sagemaker.(*mlflowAppResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteMlflowApp", "sagemaker:DescribeMlflowApp"]
    source  = "sagemaker.(*mlflowAppResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_mlflow_tracking_server" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceMlflowTrackingServerCreate, sagemaker.resourceMlflowTrackingServerRead, sagemaker.resourceMlflowTrackingServerUpdate, sagemaker.resourceMlflowTrackingServerDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sagemaker:CreateMlflowTrackingServer, sagemaker:DeleteMlflowTrackingServer, sagemaker:DescribeMlflowTrackingServer, sagemaker:UpdateMlflowTrackingServer"

  read {
    actions = ["sagemaker:DescribeMlflowTrackingServer", "sagemaker:ListTags"]
    source  = "sagemaker.resourceMlflowTrackingServerRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateMlflowTrackingServer", "sagemaker:DescribeMlflowTrackingServer"]
    source  = "sagemaker.resourceMlflowTrackingServerCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateMlflowTrackingServer"]
    source     = "sagemaker.resourceMlflowTrackingServerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteMlflowTrackingServer", "sagemaker:DescribeMlflowTrackingServer"]
    source  = "sagemaker.resourceMlflowTrackingServerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_model" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceModelCreate, sagemaker.resourceModelRead, sagemaker.resourceModelUpdate, sagemaker.resourceModelDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateModel (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sagemaker:DescribeModel", "sagemaker:ListTags"]
    source  = "sagemaker.resourceModelRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateModel", "sagemaker:DescribeModel"]
    source  = "sagemaker.resourceModelCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "sagemaker.resourceModelUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteModel"]
    source  = "sagemaker.resourceModelDelete"
  }
}

resource "aws_sagemaker_model_card" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.(*modelCardResource).Create, sagemaker.(*modelCardResource).Read, sagemaker.(*modelCardResource).Update, sagemaker.(*modelCardResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sagemaker:CreateModelCard, sagemaker:DeleteModelCard, sagemaker:DescribeModelCard, sagemaker:UpdateModelCard"

  read {
    actions = ["sagemaker:DescribeModelCard", "sagemaker:ListTags"]
    source  = "sagemaker.(*modelCardResource).Read + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateModelCard"]
    source  = "sagemaker.(*modelCardResource).Create"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateModelCard"]
    source     = "sagemaker.(*modelCardResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteModelCard", "sagemaker:DescribeModelCard"]
    source  = "sagemaker.(*modelCardResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_model_card_export_job" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.(*modelCardExportJobResource).Create, sagemaker.(*modelCardExportJobResource).Read) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sagemaker:CreateModelCardExportJob, sagemaker:DescribeModelCardExportJob"

  read {
    actions = ["sagemaker:DescribeModelCardExportJob"]
    source  = "sagemaker.(*modelCardExportJobResource).Read"
  }

  create {
    actions = ["sagemaker:CreateModelCardExportJob", "sagemaker:DescribeModelCardExportJob"]
    source  = "sagemaker.(*modelCardExportJobResource).Create"
  }
}

resource "aws_sagemaker_model_package_group" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceModelPackageGroupCreate, sagemaker.resourceModelPackageGroupRead, sagemaker.resourceModelPackageGroupUpdate, sagemaker.resourceModelPackageGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:DescribeModelPackageGroup", "sagemaker:ListTags"]
    source  = "sagemaker.resourceModelPackageGroupRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateModelPackageGroup", "sagemaker:DescribeModelPackageGroup"]
    source  = "sagemaker.resourceModelPackageGroupCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "sagemaker.resourceModelPackageGroupUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteModelPackageGroup", "sagemaker:DescribeModelPackageGroup"]
    source  = "sagemaker.resourceModelPackageGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_model_package_group_policy" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceModelPackageGroupPolicyPut, sagemaker.resourceModelPackageGroupPolicyRead, sagemaker.resourceModelPackageGroupPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:GetModelPackageGroupPolicy"]
    source  = "sagemaker.resourceModelPackageGroupPolicyRead"
  }

  create {
    actions = ["sagemaker:GetModelPackageGroupPolicy", "sagemaker:PutModelPackageGroupPolicy"]
    source  = "sagemaker.resourceModelPackageGroupPolicyPut"
  }

  update {
    attributes = []
    actions    = ["sagemaker:PutModelPackageGroupPolicy"]
    source     = "sagemaker.resourceModelPackageGroupPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["sagemaker:DeleteModelPackageGroupPolicy"]
    source  = "sagemaker.resourceModelPackageGroupPolicyDelete"
  }
}

resource "aws_sagemaker_monitoring_schedule" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceMonitoringScheduleCreate, sagemaker.resourceMonitoringScheduleRead, sagemaker.resourceMonitoringScheduleUpdate, sagemaker.resourceMonitoringScheduleDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateMonitoringSchedule, sagemaker.UpdateMonitoringSchedule (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sagemaker:DescribeMonitoringSchedule", "sagemaker:ListTags"]
    source  = "sagemaker.resourceMonitoringScheduleRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateMonitoringSchedule", "sagemaker:DescribeMonitoringSchedule"]
    source  = "sagemaker.resourceMonitoringScheduleCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateMonitoringSchedule"]
    source     = "sagemaker.resourceMonitoringScheduleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteMonitoringSchedule", "sagemaker:DescribeMonitoringSchedule"]
    source  = "sagemaker.resourceMonitoringScheduleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_notebook_instance" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceNotebookInstanceCreate, sagemaker.resourceNotebookInstanceRead, sagemaker.resourceNotebookInstanceUpdate, sagemaker.resourceNotebookInstanceDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateNotebookInstance, sagemaker.UpdateNotebookInstance (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sagemaker:DescribeNotebookInstance", "sagemaker:ListTags"]
    source  = "sagemaker.resourceNotebookInstanceRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateNotebookInstance", "sagemaker:DescribeNotebookInstance"]
    source  = "sagemaker.resourceNotebookInstanceCreate"
  }

  update {
    attributes = []
    actions    = [
      "sagemaker:StartNotebookInstance",
      "sagemaker:StopNotebookInstance",
      "sagemaker:UpdateNotebookInstance",
    ]
    source     = "sagemaker.resourceNotebookInstanceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "sagemaker:DeleteNotebookInstance",
      "sagemaker:DescribeNotebookInstance",
      "sagemaker:StopNotebookInstance",
    ]
    source  = "sagemaker.resourceNotebookInstanceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_notebook_instance_lifecycle_configuration" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceNotebookInstanceLifeCycleConfigurationCreate, sagemaker.resourceNotebookInstanceLifeCycleConfigurationRead, sagemaker.resourceNotebookInstanceLifeCycleConfigurationUpdate, sagemaker.resourceNotebookInstanceLifeCycleConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:DescribeNotebookInstanceLifecycleConfig", "sagemaker:ListTags"]
    source  = "sagemaker.resourceNotebookInstanceLifeCycleConfigurationRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "sagemaker:CreateNotebookInstanceLifecycleConfig",
      "sagemaker:DescribeNotebookInstanceLifecycleConfig",
    ]
    source  = "sagemaker.resourceNotebookInstanceLifeCycleConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateNotebookInstanceLifecycleConfig"]
    source     = "sagemaker.resourceNotebookInstanceLifeCycleConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteNotebookInstanceLifecycleConfig"]
    source  = "sagemaker.resourceNotebookInstanceLifeCycleConfigurationDelete"
  }
}

resource "aws_sagemaker_pipeline" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourcePipelineCreate, sagemaker.resourcePipelineRead, sagemaker.resourcePipelineUpdate, sagemaker.resourcePipelineDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreatePipeline, sagemaker.UpdatePipeline (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sagemaker:DescribePipeline", "sagemaker:ListTags"]
    source  = "sagemaker.resourcePipelineRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreatePipeline", "sagemaker:DescribePipeline"]
    source  = "sagemaker.resourcePipelineCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdatePipeline"]
    source     = "sagemaker.resourcePipelineUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeletePipeline"]
    source  = "sagemaker.resourcePipelineDelete"
  }
}

resource "aws_sagemaker_project" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceProjectCreate, sagemaker.resourceProjectRead, sagemaker.resourceProjectUpdate, sagemaker.resourceProjectDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:DescribeProject", "sagemaker:ListTags"]
    source  = "sagemaker.resourceProjectRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateProject", "sagemaker:DescribeProject"]
    source  = "sagemaker.resourceProjectCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateProject"]
    source     = "sagemaker.resourceProjectUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteProject", "sagemaker:DescribeProject"]
    source  = "sagemaker.resourceProjectDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_servicecatalog_portfolio_status" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceServicecatalogPortfolioStatusPut, sagemaker.resourceServicecatalogPortfolioStatusRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:GetSagemakerServicecatalogPortfolioStatus"]
    source  = "sagemaker.resourceServicecatalogPortfolioStatusRead"
  }

  create {
    actions = [
      "sagemaker:DisableSagemakerServicecatalogPortfolio",
      "sagemaker:EnableSagemakerServicecatalogPortfolio",
      "sagemaker:GetSagemakerServicecatalogPortfolioStatus",
    ]
    source  = "sagemaker.resourceServicecatalogPortfolioStatusPut"
  }

  update {
    attributes = []
    actions    = [
      "sagemaker:DisableSagemakerServicecatalogPortfolio",
      "sagemaker:EnableSagemakerServicecatalogPortfolio",
    ]
    source     = "sagemaker.resourceServicecatalogPortfolioStatusPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_sagemaker_space" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceSpaceCreate, sagemaker.resourceSpaceRead, sagemaker.resourceSpaceUpdate, sagemaker.resourceSpaceDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sagemaker:CreateSpace, sagemaker:DeleteSpace, sagemaker:DescribeSpace, sagemaker:UpdateSpace"

  read {
    actions = ["sagemaker:DescribeSpace", "sagemaker:ListTags"]
    source  = "sagemaker.resourceSpaceRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateSpace", "sagemaker:DescribeSpace"]
    source  = "sagemaker.resourceSpaceCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateSpace"]
    source     = "sagemaker.resourceSpaceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteSpace", "sagemaker:DescribeSpace"]
    source  = "sagemaker.resourceSpaceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_studio_lifecycle_config" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceStudioLifecycleConfigCreate, sagemaker.resourceStudioLifecycleConfigRead, sagemaker.resourceStudioLifecycleConfigUpdate, sagemaker.resourceStudioLifecycleConfigDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:DescribeStudioLifecycleConfig", "sagemaker:ListTags"]
    source  = "sagemaker.resourceStudioLifecycleConfigRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateStudioLifecycleConfig", "sagemaker:DescribeStudioLifecycleConfig"]
    source  = "sagemaker.resourceStudioLifecycleConfigCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "sagemaker.resourceStudioLifecycleConfigUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteStudioLifecycleConfig"]
    source  = "sagemaker.resourceStudioLifecycleConfigDelete"
  }
}

resource "aws_sagemaker_training_job" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.(*resourceTrainingJob).Create, sagemaker.(*resourceTrainingJob).Read, sagemaker.(*resourceTrainingJob).Update, sagemaker.(*resourceTrainingJob).Delete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateTrainingJob (not imported: a curated pass_role block names the role attribute); not in iamlive-map, identical IAM name used: sagemaker:DeleteTrainingJob"

  read {
    actions = ["sagemaker:DescribeTrainingJob", "sagemaker:ListTags"]
    source  = "sagemaker.(*resourceTrainingJob).Read + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateTrainingJob", "sagemaker:DescribeTrainingJob"]
    source  = "sagemaker.(*resourceTrainingJob).Create"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateTrainingJob"]
    source     = "sagemaker.(*resourceTrainingJob).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "sagemaker:DeleteModelPackage",
      "sagemaker:DeleteTrainingJob",
      "sagemaker:DescribeTrainingJob",
      "sagemaker:ListModelPackages",
      "sagemaker:StopTrainingJob",
    ]
    source  = "sagemaker.(*resourceTrainingJob).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_user_profile" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceUserProfileCreate, sagemaker.resourceUserProfileRead, sagemaker.resourceUserProfileUpdate, sagemaker.resourceUserProfileDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sagemaker.CreateUserProfile, sagemaker.UpdateUserProfile (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["sagemaker:DescribeUserProfile", "sagemaker:ListTags"]
    source  = "sagemaker.resourceUserProfileRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateUserProfile", "sagemaker:DescribeUserProfile"]
    source  = "sagemaker.resourceUserProfileCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateUserProfile"]
    source     = "sagemaker.resourceUserProfileUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteUserProfile", "sagemaker:DescribeUserProfile"]
    source  = "sagemaker.resourceUserProfileDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_workforce" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceWorkforceCreate, sagemaker.resourceWorkforceRead, sagemaker.resourceWorkforceUpdate, sagemaker.resourceWorkforceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:DescribeWorkforce"]
    source  = "sagemaker.resourceWorkforceRead"
  }

  create {
    actions = ["sagemaker:CreateWorkforce", "sagemaker:DescribeWorkforce"]
    source  = "sagemaker.resourceWorkforceCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateWorkforce"]
    source     = "sagemaker.resourceWorkforceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["sagemaker:DeleteWorkforce", "sagemaker:DescribeWorkforce"]
    source  = "sagemaker.resourceWorkforceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_sagemaker_workteam" {
  service = "sagemaker"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sagemaker.resourceWorkteamCreate, sagemaker.resourceWorkteamRead, sagemaker.resourceWorkteamUpdate, sagemaker.resourceWorkteamDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["sagemaker:DescribeWorkteam", "sagemaker:ListTags"]
    source  = "sagemaker.resourceWorkteamRead + sagemaker.(*servicePackage).ListTags"
  }

  create {
    actions = ["sagemaker:CreateWorkteam", "sagemaker:DescribeWorkteam"]
    source  = "sagemaker.resourceWorkteamCreate"
  }

  update {
    attributes = []
    actions    = ["sagemaker:UpdateWorkteam"]
    source     = "sagemaker.resourceWorkteamUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sagemaker:AddTags", "sagemaker:DeleteTags"]
    source     = "sagemaker.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sagemaker:DeleteWorkteam"]
    source  = "sagemaker.resourceWorkteamDelete"
  }
}
