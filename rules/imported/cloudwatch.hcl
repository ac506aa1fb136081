# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cloudwatch_alarm_mute_rule" {
  service = "cloudwatch"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudwatch.(*alarmMuteRuleResource).Create, cloudwatch.(*alarmMuteRuleResource).Read, cloudwatch.(*alarmMuteRuleResource).Update, cloudwatch.(*alarmMuteRuleResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudwatch:DeleteAlarmMuteRule, cloudwatch:GetAlarmMuteRule, cloudwatch:PutAlarmMuteRule"

  read {
    actions = ["cloudwatch:GetAlarmMuteRule", "cloudwatch:ListTagsForResource"]
    source  = "cloudwatch.(*alarmMuteRuleResource).Read + cloudwatch.(*servicePackage).ListTags"
  }

  create {
    actions = ["cloudwatch:GetAlarmMuteRule", "cloudwatch:PutAlarmMuteRule"]
    source  = "cloudwatch.(*alarmMuteRuleResource).Create"
  }

  update {
    attributes = []
    actions    = ["cloudwatch:PutAlarmMuteRule"]
    source     = "cloudwatch.(*alarmMuteRuleResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudwatch:TagResource", "cloudwatch:UntagResource"]
    source     = "cloudwatch.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cloudwatch:DeleteAlarmMuteRule"]
    source  = "cloudwatch.(*alarmMuteRuleResource).Delete"
  }
}

resource "aws_cloudwatch_contributor_insight_rule" {
  service = "cloudwatch"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudwatch.(*contributorInsightRuleResource).Create, cloudwatch.(*contributorInsightRuleResource).Read, cloudwatch.(*contributorInsightRuleResource).Update, cloudwatch.(*contributorInsightRuleResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudwatch:DescribeInsightRules", "cloudwatch:ListTagsForResource"]
    source  = "cloudwatch.(*contributorInsightRuleResource).Read + cloudwatch.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "cloudwatch:DisableInsightRules",
      "cloudwatch:EnableInsightRules",
      "cloudwatch:PutInsightRule",
    ]
    source  = "cloudwatch.(*contributorInsightRuleResource).Create"
  }

  update {
    attributes = []
    actions    = [
      "cloudwatch:DisableInsightRules",
      "cloudwatch:EnableInsightRules",
      "cloudwatch:PutInsightRule",
    ]
    source     = "cloudwatch.(*contributorInsightRuleResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudwatch:TagResource", "cloudwatch:UntagResource"]
    source     = "cloudwatch.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cloudwatch:DeleteInsightRules"]
    source  = "cloudwatch.(*contributorInsightRuleResource).Delete"
  }
}

resource "aws_cloudwatch_contributor_managed_insight_rule" {
  service = "cloudwatch"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudwatch.(*contributorManagedInsightRuleResource).Create, cloudwatch.(*contributorManagedInsightRuleResource).Read, cloudwatch.(*contributorManagedInsightRuleResource).Update, cloudwatch.(*contributorManagedInsightRuleResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudwatch:ListManagedInsightRules, cloudwatch:PutManagedInsightRules"

  read {
    actions = ["cloudwatch:ListManagedInsightRules", "cloudwatch:ListTagsForResource"]
    source  = "cloudwatch.(*contributorManagedInsightRuleResource).Read + cloudwatch.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "cloudwatch:DisableInsightRules",
      "cloudwatch:EnableInsightRules",
      "cloudwatch:ListManagedInsightRules",
      "cloudwatch:PutManagedInsightRules",
    ]
    source  = "cloudwatch.(*contributorManagedInsightRuleResource).Create"
  }

  update {
    attributes = []
    actions    = ["cloudwatch:DisableInsightRules", "cloudwatch:EnableInsightRules"]
    source     = "cloudwatch.(*contributorManagedInsightRuleResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudwatch:TagResource", "cloudwatch:UntagResource"]
    source     = "cloudwatch.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cloudwatch:DeleteInsightRules"]
    source  = "cloudwatch.(*contributorManagedInsightRuleResource).Delete"
  }
}

resource "aws_cloudwatch_metric_stream" {
  service = "cloudwatch"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudwatch.resourceMetricStreamCreate, cloudwatch.resourceMetricStreamRead, cloudwatch.resourceMetricStreamUpdate, cloudwatch.resourceMetricStreamDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: cloudwatch:UntagResource"

  read {
    actions = ["cloudwatch:GetMetricStream", "cloudwatch:ListTagsForResource"]
    source  = "cloudwatch.resourceMetricStreamRead + cloudwatch.(*servicePackage).ListTags"
  }

  create {
    actions = ["cloudwatch:GetMetricStream", "cloudwatch:PutMetricStream"]
    source  = "cloudwatch.resourceMetricStreamCreate"
  }

  create {
    if_set  = "tags"
    actions = ["cloudwatch:TagResource"]
    source  = "cloudwatch.resourceMetricStreamCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["cloudwatch:PutMetricStream"]
    source     = "cloudwatch.resourceMetricStreamUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudwatch:TagResource", "cloudwatch:UntagResource"]
    source     = "cloudwatch.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cloudwatch:DeleteMetricStream", "cloudwatch:GetMetricStream"]
    source  = "cloudwatch.resourceMetricStreamDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudwatch_otel_enrichment" {
  service = "cloudwatch"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudwatch.(*otelEnrichmentResource).Create, cloudwatch.(*otelEnrichmentResource).Read, cloudwatch.(*otelEnrichmentResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudwatch:GetOTelEnrichment, cloudwatch:StartOTelEnrichment, cloudwatch:StopOTelEnrichment"

  read {
    actions = ["cloudwatch:GetOTelEnrichment"]
    source  = "cloudwatch.(*otelEnrichmentResource).Read"
  }

  create {
    actions = ["cloudwatch:GetOTelEnrichment", "cloudwatch:StartOTelEnrichment"]
    source  = "cloudwatch.(*otelEnrichmentResource).Create"
  }

  delete {
    actions = ["cloudwatch:GetOTelEnrichment", "cloudwatch:StopOTelEnrichment"]
    source  = "cloudwatch.(*otelEnrichmentResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_cloudwatch_contributor_managed_insight_rules" {
  service = "cloudwatch"
  source  = "import: pike data/cloudwatch/aws_cloudwatch_contributor_managed_insight_rules.json"

  read {
    actions = ["cloudwatch:ListManagedInsightRules"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
