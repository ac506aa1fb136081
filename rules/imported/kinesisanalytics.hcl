# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_kinesis_analytics_application" {
  service = "kinesisanalytics"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kinesisanalytics.resourceApplicationCreate, kinesisanalytics.resourceApplicationRead, kinesisanalytics.resourceApplicationUpdate, kinesisanalytics.resourceApplicationDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by kinesisanalytics.AddApplicationCloudWatchLoggingOption, kinesisanalytics.AddApplicationInput, kinesisanalytics.AddApplicationInputProcessingConfiguration, kinesisanalytics.AddApplicationOutput (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["kinesisanalytics:DescribeApplication", "kinesisanalytics:ListTagsForResource"]
    source  = "kinesisanalytics.resourceApplicationRead + kinesisanalytics.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "kinesisanalytics:AddApplicationReferenceDataSource",
      "kinesisanalytics:CreateApplication",
      "kinesisanalytics:DescribeApplication",
      "kinesisanalytics:StartApplication",
    ]
    source  = "kinesisanalytics.resourceApplicationCreate"
  }

  update {
    attributes = []
    actions    = [
      "kinesisanalytics:AddApplicationCloudWatchLoggingOption",
      "kinesisanalytics:AddApplicationInput",
      "kinesisanalytics:AddApplicationInputProcessingConfiguration",
      "kinesisanalytics:AddApplicationOutput",
      "kinesisanalytics:AddApplicationReferenceDataSource",
      "kinesisanalytics:DeleteApplicationCloudWatchLoggingOption",
      "kinesisanalytics:DeleteApplicationInputProcessingConfiguration",
      "kinesisanalytics:DeleteApplicationOutput",
      "kinesisanalytics:DeleteApplicationReferenceDataSource",
      "kinesisanalytics:StartApplication",
      "kinesisanalytics:StopApplication",
      "kinesisanalytics:UpdateApplication",
    ]
    source     = "kinesisanalytics.resourceApplicationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kinesisanalytics:TagResource", "kinesisanalytics:UntagResource"]
    source     = "kinesisanalytics.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kinesisanalytics:DeleteApplication", "kinesisanalytics:DescribeApplication"]
    source  = "kinesisanalytics.resourceApplicationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_kinesisanalyticsv2_application" {
  service = "kinesisanalytics"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kinesisanalyticsv2.resourceApplicationCreate, kinesisanalyticsv2.resourceApplicationRead, kinesisanalyticsv2.resourceApplicationUpdate, kinesisanalyticsv2.resourceApplicationDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by kinesisanalyticsv2.AddApplicationReferenceDataSource (not imported: a curated pass_role block names the role attribute); not in iamlive-map, identical IAM name used: kinesisanalytics:DescribeApplicationOperation"

  read {
    actions = ["kinesisanalytics:DescribeApplication", "kinesisanalytics:ListTagsForResource"]
    source  = "kinesisanalyticsv2.resourceApplicationRead + kinesisanalyticsv2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "kinesisanalytics:CreateApplication",
      "kinesisanalytics:DescribeApplication",
      "kinesisanalytics:DescribeApplicationOperation",
      "kinesisanalytics:StartApplication",
    ]
    source  = "kinesisanalyticsv2.resourceApplicationCreate"
  }

  update {
    attributes = []
    actions    = [
      "kinesisanalytics:AddApplicationCloudWatchLoggingOption",
      "kinesisanalytics:AddApplicationInput",
      "kinesisanalytics:AddApplicationInputProcessingConfiguration",
      "kinesisanalytics:AddApplicationOutput",
      "kinesisanalytics:AddApplicationReferenceDataSource",
      "kinesisanalytics:AddApplicationVpcConfiguration",
      "kinesisanalytics:DeleteApplicationCloudWatchLoggingOption",
      "kinesisanalytics:DeleteApplicationInputProcessingConfiguration",
      "kinesisanalytics:DeleteApplicationOutput",
      "kinesisanalytics:DeleteApplicationReferenceDataSource",
      "kinesisanalytics:DeleteApplicationVpcConfiguration",
      "kinesisanalytics:StartApplication",
      "kinesisanalytics:StopApplication",
      "kinesisanalytics:UpdateApplication",
    ]
    source     = "kinesisanalyticsv2.resourceApplicationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kinesisanalytics:TagResource", "kinesisanalytics:UntagResource"]
    source     = "kinesisanalyticsv2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kinesisanalytics:DeleteApplication", "kinesisanalytics:DescribeApplication"]
    source  = "kinesisanalyticsv2.resourceApplicationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_kinesisanalyticsv2_application_snapshot" {
  service = "kinesisanalytics"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kinesisanalyticsv2.resourceApplicationSnapshotCreate, kinesisanalyticsv2.resourceApplicationSnapshotRead, kinesisanalyticsv2.resourceApplicationSnapshotDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["kinesisanalytics:DescribeApplicationSnapshot"]
    source  = "kinesisanalyticsv2.resourceApplicationSnapshotRead"
  }

  create {
    actions = [
      "kinesisanalytics:CreateApplicationSnapshot",
      "kinesisanalytics:DescribeApplicationSnapshot",
    ]
    source  = "kinesisanalyticsv2.resourceApplicationSnapshotCreate"
  }

  delete {
    actions = [
      "kinesisanalytics:DeleteApplicationSnapshot",
      "kinesisanalytics:DescribeApplicationSnapshot",
    ]
    source  = "kinesisanalyticsv2.resourceApplicationSnapshotDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
