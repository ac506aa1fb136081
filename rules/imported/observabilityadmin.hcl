# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_observabilityadmin_centralization_rule_for_organization" {
  service = "observabilityadmin"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (observabilityadmin.(*centralizationRuleForOrganizationResource).Create, observabilityadmin.(*centralizationRuleForOrganizationResource).Read, observabilityadmin.(*centralizationRuleForOrganizationResource).Update, observabilityadmin.(*centralizationRuleForOrganizationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: observabilityadmin:CreateCentralizationRuleForOrganization, observabilityadmin:DeleteCentralizationRuleForOrganization, observabilityadmin:GetCentralizationRuleForOrganization, observabilityadmin:ListTagsForResource, observabilityadmin:TagResource, observabilityadmin:UntagResource, observabilityadmin:UpdateCentralizationRuleForOrganization"

  read {
    actions = [
      "observabilityadmin:GetCentralizationRuleForOrganization",
      "observabilityadmin:ListTagsForResource",
    ]
    source  = "observabilityadmin.(*centralizationRuleForOrganizationResource).Read + observabilityadmin.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "observabilityadmin:CreateCentralizationRuleForOrganization",
      "observabilityadmin:GetCentralizationRuleForOrganization",
    ]
    source  = "observabilityadmin.(*centralizationRuleForOrganizationResource).Create"
  }

  update {
    attributes = []
    actions    = ["observabilityadmin:UpdateCentralizationRuleForOrganization"]
    source     = "observabilityadmin.(*centralizationRuleForOrganizationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["observabilityadmin:TagResource", "observabilityadmin:UntagResource"]
    source     = "observabilityadmin.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["observabilityadmin:DeleteCentralizationRuleForOrganization"]
    source  = "observabilityadmin.(*centralizationRuleForOrganizationResource).Delete"
  }
}

resource "aws_observabilityadmin_s3_table_integration" {
  service = "observabilityadmin"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (observabilityadmin.(*s3TableIntegrationResource).Create, observabilityadmin.(*s3TableIntegrationResource).Read, observabilityadmin.(*s3TableIntegrationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: observabilityadmin:CreateS3TableIntegration, observabilityadmin:DeleteS3TableIntegration, observabilityadmin:GetS3TableIntegration, observabilityadmin:ListTagsForResource, observabilityadmin:TagResource, observabilityadmin:UntagResource"

  read {
    actions = ["observabilityadmin:GetS3TableIntegration", "observabilityadmin:ListTagsForResource"]
    source  = "observabilityadmin.(*s3TableIntegrationResource).Read + observabilityadmin.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "observabilityadmin:CreateS3TableIntegration",
      "observabilityadmin:GetS3TableIntegration",
    ]
    source  = "observabilityadmin.(*s3TableIntegrationResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["observabilityadmin:TagResource", "observabilityadmin:UntagResource"]
    source     = "observabilityadmin.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "observabilityadmin:DeleteS3TableIntegration",
      "observabilityadmin:GetS3TableIntegration",
    ]
    source  = "observabilityadmin.(*s3TableIntegrationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_observabilityadmin_telemetry_evaluation" {
  service = "observabilityadmin"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (observabilityadmin.(*telemetryEvaluationResource).Create, observabilityadmin.(*telemetryEvaluationResource).Read (no call-graph entry), observabilityadmin.(*telemetryEvaluationResource).Delete (no call-graph entry)) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete observabilityadmin.(*telemetryEvaluationResource).Delete (no call-graph entry), read observabilityadmin.(*telemetryEvaluationResource).Read (no call-graph entry); not in iamlive-map, identical IAM name used: observabilityadmin:StartTelemetryEvaluation"

  create {
    actions = ["observabilityadmin:StartTelemetryEvaluation"]
    source  = "observabilityadmin.(*telemetryEvaluationResource).Create"
  }
}

resource "aws_observabilityadmin_telemetry_evaluation_for_organization" {
  service = "observabilityadmin"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (observabilityadmin.(*telemetryEvaluationForOrganizationResource).Create, observabilityadmin.(*telemetryEvaluationForOrganizationResource).Read (no call-graph entry), observabilityadmin.(*telemetryEvaluationForOrganizationResource).Delete (no call-graph entry)) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete observabilityadmin.(*telemetryEvaluationForOrganizationResource).Delete (no call-graph entry), read observabilityadmin.(*telemetryEvaluationForOrganizationResource).Read (no call-graph entry); not in iamlive-map, identical IAM name used: observabilityadmin:StartTelemetryEvaluationForOrganization"

  create {
    actions = ["observabilityadmin:StartTelemetryEvaluationForOrganization"]
    source  = "observabilityadmin.(*telemetryEvaluationForOrganizationResource).Create"
  }
}

resource "aws_observabilityadmin_telemetry_pipeline" {
  service = "observabilityadmin"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (observabilityadmin.(*telemetryPipelineResource).Create, observabilityadmin.(*telemetryPipelineResource).Read, observabilityadmin.(*telemetryPipelineResource).Update, observabilityadmin.(*telemetryPipelineResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: observabilityadmin:CreateTelemetryPipeline, observabilityadmin:DeleteTelemetryPipeline, observabilityadmin:GetTelemetryPipeline, observabilityadmin:ListTagsForResource, observabilityadmin:TagResource, observabilityadmin:UntagResource, observabilityadmin:UpdateTelemetryPipeline"

  read {
    actions = ["observabilityadmin:GetTelemetryPipeline", "observabilityadmin:ListTagsForResource"]
    source  = "observabilityadmin.(*telemetryPipelineResource).Read + observabilityadmin.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "observabilityadmin:CreateTelemetryPipeline",
      "observabilityadmin:GetTelemetryPipeline",
    ]
    source  = "observabilityadmin.(*telemetryPipelineResource).Create"
  }

  update {
    attributes = []
    actions    = ["observabilityadmin:UpdateTelemetryPipeline"]
    source     = "observabilityadmin.(*telemetryPipelineResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["observabilityadmin:TagResource", "observabilityadmin:UntagResource"]
    source     = "observabilityadmin.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "observabilityadmin:DeleteTelemetryPipeline",
      "observabilityadmin:GetTelemetryPipeline",
    ]
    source  = "observabilityadmin.(*telemetryPipelineResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_observabilityadmin_telemetry_rule" {
  service = "observabilityadmin"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (observabilityadmin.(*telemetryRuleResource).Create, observabilityadmin.(*telemetryRuleResource).Read, observabilityadmin.(*telemetryRuleResource).Update, observabilityadmin.(*telemetryRuleResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: observabilityadmin:CreateTelemetryRule, observabilityadmin:DeleteTelemetryRule, observabilityadmin:GetTelemetryRule, observabilityadmin:ListTagsForResource, observabilityadmin:TagResource, observabilityadmin:UntagResource, observabilityadmin:UpdateTelemetryRule"

  read {
    actions = ["observabilityadmin:GetTelemetryRule", "observabilityadmin:ListTagsForResource"]
    source  = "observabilityadmin.(*telemetryRuleResource).Read + observabilityadmin.(*servicePackage).ListTags"
  }

  create {
    actions = ["observabilityadmin:CreateTelemetryRule", "observabilityadmin:GetTelemetryRule"]
    source  = "observabilityadmin.(*telemetryRuleResource).Create"
  }

  update {
    attributes = []
    actions    = ["observabilityadmin:UpdateTelemetryRule"]
    source     = "observabilityadmin.(*telemetryRuleResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["observabilityadmin:TagResource", "observabilityadmin:UntagResource"]
    source     = "observabilityadmin.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["observabilityadmin:DeleteTelemetryRule"]
    source  = "observabilityadmin.(*telemetryRuleResource).Delete"
  }
}

resource "aws_observabilityadmin_telemetry_rule_for_organization" {
  service = "observabilityadmin"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (observabilityadmin.(*telemetryRuleForOrganizationResource).Create, observabilityadmin.(*telemetryRuleForOrganizationResource).Read, observabilityadmin.(*telemetryRuleForOrganizationResource).Update, observabilityadmin.(*telemetryRuleForOrganizationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: observabilityadmin:CreateTelemetryRuleForOrganization, observabilityadmin:DeleteTelemetryRuleForOrganization, observabilityadmin:GetTelemetryRuleForOrganization, observabilityadmin:ListTagsForResource, observabilityadmin:TagResource, observabilityadmin:UntagResource, observabilityadmin:UpdateTelemetryRuleForOrganization"

  read {
    actions = [
      "observabilityadmin:GetTelemetryRuleForOrganization",
      "observabilityadmin:ListTagsForResource",
    ]
    source  = "observabilityadmin.(*telemetryRuleForOrganizationResource).Read + observabilityadmin.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "observabilityadmin:CreateTelemetryRuleForOrganization",
      "observabilityadmin:GetTelemetryRuleForOrganization",
    ]
    source  = "observabilityadmin.(*telemetryRuleForOrganizationResource).Create"
  }

  update {
    attributes = []
    actions    = ["observabilityadmin:UpdateTelemetryRuleForOrganization"]
    source     = "observabilityadmin.(*telemetryRuleForOrganizationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["observabilityadmin:TagResource", "observabilityadmin:UntagResource"]
    source     = "observabilityadmin.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["observabilityadmin:DeleteTelemetryRuleForOrganization"]
    source  = "observabilityadmin.(*telemetryRuleForOrganizationResource).Delete"
  }
}
