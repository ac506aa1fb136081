# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_xray_encryption_config" {
  service = "xray"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (xray.resourceEncryptionPutConfig, xray.resourceEncryptionConfigRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["xray:GetEncryptionConfig"]
    source  = "xray.resourceEncryptionConfigRead"
  }

  create {
    actions = ["xray:GetEncryptionConfig", "xray:PutEncryptionConfig"]
    source  = "xray.resourceEncryptionPutConfig"
  }

  update {
    attributes = []
    actions    = ["xray:PutEncryptionConfig"]
    source     = "xray.resourceEncryptionPutConfig"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_xray_group" {
  service = "xray"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (xray.resourceGroupCreate, xray.resourceGroupRead, xray.resourceGroupUpdate, xray.resourceGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["xray:GetGroup", "xray:ListTagsForResource"]
    source  = "xray.resourceGroupRead + xray.(*servicePackage).ListTags"
  }

  create {
    actions = ["xray:CreateGroup", "xray:GetGroup"]
    source  = "xray.resourceGroupCreate"
  }

  update {
    attributes = []
    actions    = ["xray:UpdateGroup"]
    source     = "xray.resourceGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["xray:TagResource", "xray:UntagResource"]
    source     = "xray.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["xray:DeleteGroup"]
    source  = "xray.resourceGroupDelete"
  }
}

resource "aws_xray_indexing_rule" {
  service = "xray"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (xray.(*indexingRuleResource).Create, xray.(*indexingRuleResource).Read, xray.(*indexingRuleResource).Update) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: xray:GetIndexingRules, xray:UpdateIndexingRule"

  read {
    actions = ["xray:GetIndexingRules"]
    source  = "xray.(*indexingRuleResource).Read"
  }

  create {
    actions = ["xray:UpdateIndexingRule"]
    source  = "xray.(*indexingRuleResource).Create"
  }

  update {
    attributes = []
    actions    = ["xray:UpdateIndexingRule"]
    source     = "xray.(*indexingRuleResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_xray_resource_policy" {
  service = "xray"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (xray.(*resourcePolicyResource).Create, xray.(*resourcePolicyResource).Read, xray.(*resourcePolicyResource).Update, xray.(*resourcePolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: xray:DeleteResourcePolicy, xray:ListResourcePolicies, xray:PutResourcePolicy"

  read {
    actions = ["xray:ListResourcePolicies"]
    source  = "xray.(*resourcePolicyResource).Read"
  }

  create {
    actions = ["xray:ListResourcePolicies", "xray:PutResourcePolicy"]
    source  = "xray.(*resourcePolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["xray:PutResourcePolicy"]
    source     = "xray.(*resourcePolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["xray:DeleteResourcePolicy", "xray:ListResourcePolicies"]
    source  = "xray.(*resourcePolicyResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_xray_sampling_rule" {
  service = "xray"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (xray.resourceSamplingRuleCreate, xray.resourceSamplingRuleRead, xray.resourceSamplingRuleUpdate, xray.resourceSamplingRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["xray:GetSamplingRules", "xray:ListTagsForResource"]
    source  = "xray.resourceSamplingRuleRead + xray.(*servicePackage).ListTags"
  }

  create {
    actions = ["xray:CreateSamplingRule", "xray:GetSamplingRules"]
    source  = "xray.resourceSamplingRuleCreate"
  }

  update {
    attributes = []
    actions    = ["xray:UpdateSamplingRule"]
    source     = "xray.resourceSamplingRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["xray:TagResource", "xray:UntagResource"]
    source     = "xray.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["xray:DeleteSamplingRule"]
    source  = "xray.resourceSamplingRuleDelete"
  }
}

resource "aws_xray_trace_segment_destination" {
  service = "xray"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (xray.(*traceSegmentDestinationResource).Create, xray.(*traceSegmentDestinationResource).Read, xray.(*traceSegmentDestinationResource).Update) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: xray:GetTraceSegmentDestination, xray:UpdateTraceSegmentDestination"

  read {
    actions = ["xray:GetTraceSegmentDestination"]
    source  = "xray.(*traceSegmentDestinationResource).Read"
  }

  create {
    actions = ["xray:GetTraceSegmentDestination", "xray:UpdateTraceSegmentDestination"]
    source  = "xray.(*traceSegmentDestinationResource).Create"
  }

  update {
    attributes = []
    actions    = ["xray:UpdateTraceSegmentDestination"]
    source     = "xray.(*traceSegmentDestinationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}
