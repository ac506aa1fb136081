# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_inspector_assessment_target" {
  service = "inspector"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (inspector.resourceAssessmentTargetCreate, inspector.resourceAssessmentTargetRead, inspector.resourceAssessmentTargetUpdate, inspector.resourceAssessmentTargetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["inspector:DescribeAssessmentTargets"]
    source  = "inspector.resourceAssessmentTargetRead"
  }

  create {
    actions = ["inspector:CreateAssessmentTarget", "inspector:DescribeAssessmentTargets"]
    source  = "inspector.resourceAssessmentTargetCreate"
  }

  update {
    attributes = []
    actions    = ["inspector:UpdateAssessmentTarget"]
    source     = "inspector.resourceAssessmentTargetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["inspector:DeleteAssessmentTarget"]
    source  = "inspector.resourceAssessmentTargetDelete"
  }
}

resource "aws_inspector_assessment_template" {
  service = "inspector"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (inspector.resourceAssessmentTemplateCreate, inspector.resourceAssessmentTemplateRead, inspector.resourceAssessmentTemplateUpdate, inspector.resourceAssessmentTemplateDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "inspector:DescribeAssessmentTemplates",
      "inspector:ListEventSubscriptions",
      "inspector:ListTagsForResource",
    ]
    source  = "inspector.resourceAssessmentTemplateRead + inspector.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "inspector:CreateAssessmentTemplate",
      "inspector:DescribeAssessmentTemplates",
      "inspector:ListEventSubscriptions",
      "inspector:SubscribeToEvent",
    ]
    source  = "inspector.resourceAssessmentTemplateCreate"
  }

  create {
    if_set  = "tags"
    actions = ["inspector:SetTagsForResource"]
    source  = "inspector.resourceAssessmentTemplateCreate: the create handler itself reaches the tagging calls of UpdateTags (SetTagsForResource)"
  }

  update {
    attributes = []
    actions    = ["inspector:SubscribeToEvent", "inspector:UnsubscribeFromEvent"]
    source     = "inspector.resourceAssessmentTemplateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["inspector:SetTagsForResource"]
    source     = "inspector.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["inspector:DeleteAssessmentTemplate"]
    source  = "inspector.resourceAssessmentTemplateDelete"
  }
}

resource "aws_inspector_resource_group" {
  service = "inspector"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (inspector.resourceResourceGroupCreate, inspector.resourceResourceGroupRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["inspector:DescribeResourceGroups"]
    source  = "inspector.resourceResourceGroupRead"
  }

  create {
    actions = ["inspector:CreateResourceGroup", "inspector:DescribeResourceGroups"]
    source  = "inspector.resourceResourceGroupCreate"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

data "aws_inspector_rules_packages" {
  service = "inspector"
  source  = "import: pike data/inspector/aws_inspector_rules_packages.json"

  read {
    actions = ["inspector:ListRulesPackages"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
