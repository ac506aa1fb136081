# AWS KMS (IAM prefix kms): hand-curated rules for keys, aliases and the aws_kms_key data source.

resource "aws_kms_alias" {
  service  = "kms"
  source   = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/kms/alias.go"
  arn      = "arn:${partition}:kms:${region}:${account}:${name}"
  verified = "capture: provider 5.100.0"

  read {
    actions = ["kms:ListAliases"]
    source  = "resourceAliasRead (findAliasByName pages ListAliases)"
  }

  create {
    actions = ["kms:CreateAlias"]
    source  = "resourceAliasCreate (CreateAlias; authorized on both the alias and the target key)"
  }

  update {
    attributes = ["target_key_id"]
    actions    = ["kms:UpdateAlias"]
    source     = "resourceAliasUpdate (UpdateAlias)"
  }

  delete {
    actions = ["kms:DeleteAlias"]
    source  = "resourceAliasDelete (DeleteAlias)"
  }
}

resource "aws_kms_key" {
  service  = "kms"
  source   = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/kms/key.go"
  arn      = "arn:${partition}:kms:${region}:${account}:key/${key_id}"
  verified = "capture: provider 5.100.0"

  read {
    actions = [
      "kms:DescribeKey",
      "kms:GetKeyPolicy",
      "kms:GetKeyRotationStatus",
      "kms:ListResourceTags",
    ]
    source  = "resourceKeyRead (findKeyInfo: DescribeKey, GetKeyPolicy, GetKeyRotationStatus, listTags)"
  }

  create {
    actions = ["kms:CreateKey"]
    source  = "resourceKeyCreate (CreateKey with policy and tags; propagation waiters use read calls)"
  }

  create {
    if_set  = "enable_key_rotation"
    actions = ["kms:EnableKeyRotation"]
    source  = "resourceKeyCreate (updateKeyRotationEnabled when enable_key_rotation)"
  }

  create {
    if_set  = "tags_all"
    actions = ["kms:TagResource"]
    source  = "AWS docs: KMS API Reference CreateKey (Tags parameter requires kms:TagResource)"
  }

  create {
    unless_set = "is_enabled"
    actions    = ["kms:DisableKey"]
    source     = "resourceKeyCreate (updateKeyEnabled when is_enabled = false)"
  }

  update {
    attributes = ["bypass_policy_lockout_safety_check", "deletion_window_in_days"]
    actions    = []
    source     = "no API call (bypass flag is sent only with a policy change; deletion window read by Delete)"
  }

  update {
    attributes = ["description"]
    actions    = ["kms:UpdateKeyDescription"]
    source     = "resourceKeyUpdate (updateKeyDescription)"
  }

  update {
    attributes = ["enable_key_rotation", "rotation_period_in_days"]
    actions    = ["kms:DisableKeyRotation", "kms:EnableKeyRotation"]
    source     = "resourceKeyUpdate (updateKeyRotationEnabled)"
  }

  update {
    attributes = ["is_enabled"]
    actions    = ["kms:DisableKey", "kms:EnableKey"]
    source     = "resourceKeyUpdate (updateKeyEnabled)"
  }

  update {
    attributes = ["policy"]
    actions    = ["kms:PutKeyPolicy"]
    source     = "resourceKeyUpdate (updateKeyPolicy)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kms:TagResource", "kms:UntagResource"]
    source     = "transparent tagging UpdateTags (waitTagsPropagated uses ListResourceTags)"
  }

  delete {
    actions = ["kms:ScheduleKeyDeletion"]
    source  = "resourceKeyDelete (ScheduleKeyDeletion; waitKeyDeleted polls DescribeKey)"
  }
}

data "aws_kms_key" {
  service = "kms"
  source  = "terraform-provider-aws 01f431114674c27cf790fafb67ac274bf8f765e1 internal/service/kms/key_data_source.go"

  read {
    actions = ["kms:DescribeKey"]
    source  = "dataSourceKeyRead (findKey: DescribeKey)"
  }
}
