# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_evidently_feature" {
  service = "evidently"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (evidently.resourceFeatureCreate (no call-graph entry), evidently.resourceFeatureRead (no call-graph entry), evidently.resourceFeatureUpdate (no call-graph entry), evidently.resourceFeatureDelete (no call-graph entry)) + iamlive-map 2022-08-19 + pike resource/evidently/aws_evidently_feature.json for create, delete, read, update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create evidently.resourceFeatureCreate (no call-graph entry), delete evidently.resourceFeatureDelete (no call-graph entry), read evidently.resourceFeatureRead (no call-graph entry), update evidently.(*servicePackage).UpdateTags (no call-graph entry), update evidently.resourceFeatureUpdate (no call-graph entry)"

  read {
    actions = ["evidently:GetFeature", "evidently:ListTagsForResource"]
    source  = "import: pike resource/evidently/aws_evidently_feature.json (read re-phased from Pike's lists: the call graph has no entry for evidently.resourceFeatureRead)"
  }

  create {
    actions = ["evidently:CreateFeature", "evidently:TagResource"]
    source  = "import: pike resource/evidently/aws_evidently_feature.json (create re-phased from Pike's lists: the call graph has no entry for evidently.resourceFeatureCreate)"
  }

  update {
    attributes = []
    actions    = ["evidently:TagResource", "evidently:UpdateFeature"]
    source     = "import: pike resource/evidently/aws_evidently_feature.json (update re-phased from Pike's lists: the call graph has no entry for evidently.resourceFeatureUpdate)"
  }

  delete {
    actions = ["evidently:DeleteFeature", "evidently:UntagResource"]
    source  = "import: pike resource/evidently/aws_evidently_feature.json (delete re-phased from Pike's lists: the call graph has no entry for evidently.resourceFeatureDelete)"
  }
}

resource "aws_evidently_launch" {
  service = "evidently"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (evidently.resourceLaunchCreate (no call-graph entry), evidently.resourceLaunchRead (no call-graph entry), evidently.resourceLaunchUpdate (no call-graph entry), evidently.resourceLaunchDelete (no call-graph entry)) + iamlive-map 2022-08-19 + pike resource/evidently/aws_evidently_launch.json for create, delete, read, update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create evidently.resourceLaunchCreate (no call-graph entry), delete evidently.resourceLaunchDelete (no call-graph entry), read evidently.resourceLaunchRead (no call-graph entry), update evidently.(*servicePackage).UpdateTags (no call-graph entry), update evidently.resourceLaunchUpdate (no call-graph entry); pike case fixed: evidently:UnTagResource -> evidently:UntagResource"

  read {
    actions = ["evidently:GetLaunch", "evidently:ListTagsForResource"]
    source  = "import: pike resource/evidently/aws_evidently_launch.json (read re-phased from Pike's lists: the call graph has no entry for evidently.resourceLaunchRead)"
  }

  create {
    actions = ["evidently:CreateLaunch", "evidently:StartLaunch", "evidently:TagResource"]
    source  = "import: pike resource/evidently/aws_evidently_launch.json (create re-phased from Pike's lists: the call graph has no entry for evidently.resourceLaunchCreate)"
  }

  update {
    attributes = []
    actions    = ["evidently:StopLaunch", "evidently:TagResource", "evidently:UpdateLaunch"]
    source     = "import: pike resource/evidently/aws_evidently_launch.json (update re-phased from Pike's lists: the call graph has no entry for evidently.resourceLaunchUpdate)"
  }

  delete {
    actions = ["evidently:DeleteLaunch", "evidently:StopLaunch", "evidently:UntagResource"]
    source  = "import: pike resource/evidently/aws_evidently_launch.json (delete re-phased from Pike's lists: the call graph has no entry for evidently.resourceLaunchDelete)"
  }
}

resource "aws_evidently_project" {
  service = "evidently"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (evidently.resourceProjectCreate (no call-graph entry), evidently.resourceProjectRead (no call-graph entry), evidently.resourceProjectUpdate (no call-graph entry), evidently.resourceProjectDelete (no call-graph entry)) + iamlive-map 2022-08-19 + pike resource/evidently/aws_evidently_project.json for create, delete, read, update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create evidently.resourceProjectCreate (no call-graph entry), delete evidently.resourceProjectDelete (no call-graph entry), read evidently.resourceProjectRead (no call-graph entry), update evidently.(*servicePackage).UpdateTags (no call-graph entry), update evidently.resourceProjectUpdate (no call-graph entry)"

  read {
    actions = [
      "appconfig:GetEnvironment",
      "evidently:GetProject",
      "evidently:ListTagsForResource",
      "iam:GetRole",
      "logs:DescribeLogGroups",
      "logs:DescribeResourcePolicies",
      "logs:GetLogDelivery",
      "logs:ListLogDeliveries",
      "s3:GetBucketPolicy",
    ]
    source  = "import: pike resource/evidently/aws_evidently_project.json (read re-phased from Pike's lists: the call graph has no entry for evidently.resourceProjectRead)"
  }

  create {
    actions = [
      "appconfig:CreateConfigurationProfile",
      "appconfig:CreateExtensionAssociation",
      "appconfig:CreateHostedConfigurationVersion",
      "appconfig:TagResource",
      "evidently:CreateProject",
      "evidently:TagResource",
      "iam:CreateServiceLinkedRole",
      "logs:CreateLogDelivery",
      "s3:PutBucketPolicy",
    ]
    source  = "import: pike resource/evidently/aws_evidently_project.json (create re-phased from Pike's lists: the call graph has no entry for evidently.resourceProjectCreate)"
  }

  update {
    attributes = []
    actions    = [
      "appconfig:CreateConfigurationProfile",
      "appconfig:CreateHostedConfigurationVersion",
      "appconfig:TagResource",
      "evidently:TagResource",
      "evidently:UpdateProject",
      "evidently:UpdateProjectDataDelivery",
      "logs:UpdateLogDelivery",
      "s3:PutBucketPolicy",
    ]
    source     = "import: pike resource/evidently/aws_evidently_project.json (update re-phased from Pike's lists: the call graph has no entry for evidently.resourceProjectUpdate)"
  }

  delete {
    actions = [
      "appconfig:DeleteConfigurationProfile",
      "appconfig:DeleteExtensionAssociation",
      "appconfig:DeleteHostedConfigurationVersion",
      "evidently:DeleteProject",
      "evidently:UntagResource",
      "logs:DeleteLogDelivery",
    ]
    source  = "import: pike resource/evidently/aws_evidently_project.json (delete re-phased from Pike's lists: the call graph has no entry for evidently.resourceProjectDelete)"
  }
}

resource "aws_evidently_segment" {
  service = "evidently"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (evidently.resourceSegmentCreate (no call-graph entry), evidently.resourceSegmentRead (no call-graph entry), evidently.resourceSegmentUpdate (no call-graph entry), evidently.resourceSegmentDelete (no call-graph entry)) + iamlive-map 2022-08-19 + pike resource/evidently/aws_evidently_segment.json for create, delete, read, update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create evidently.resourceSegmentCreate (no call-graph entry), delete evidently.resourceSegmentDelete (no call-graph entry), read evidently.resourceSegmentRead (no call-graph entry), update evidently.(*servicePackage).UpdateTags (no call-graph entry), update evidently.resourceSegmentUpdate (no call-graph entry)"

  read {
    actions = ["evidently:GetSegment", "evidently:ListTagsForResource"]
    source  = "import: pike resource/evidently/aws_evidently_segment.json (read re-phased from Pike's lists: the call graph has no entry for evidently.resourceSegmentRead)"
  }

  create {
    actions = ["evidently:CreateSegment", "evidently:TagResource"]
    source  = "import: pike resource/evidently/aws_evidently_segment.json (create re-phased from Pike's lists: the call graph has no entry for evidently.resourceSegmentCreate)"
  }

  update {
    attributes = []
    actions    = ["evidently:TagResource"]
    source     = "import: pike resource/evidently/aws_evidently_segment.json (update re-phased from Pike's lists: the call graph has no entry for evidently.resourceSegmentUpdate)"
  }

  delete {
    actions = ["evidently:DeleteSegment", "evidently:GetSegment", "evidently:UntagResource"]
    source  = "import: pike resource/evidently/aws_evidently_segment.json (delete re-phased from Pike's lists: the call graph has no entry for evidently.resourceSegmentDelete)"
    note    = "read-only calls Pike lists for destroy (finders/waiters before or after the delete)"
  }
}
