# AWS KMS (IAM prefix kms): hand-curated rules for keys, aliases, grants and the aws_kms_key data source.

resource "aws_kms_alias" {
  service           = "kms"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/kms/alias.go"
  arn               = "arn:${partition}:kms:${region}:${account}:${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

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

resource "aws_kms_grant" {
  service           = "kms"
  source            = "terraform-provider-aws 01f431114674c27cf790fafb67ac274bf8f765e1 internal/service/kms/grant.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "every argument forces replacement: there is no update handler. key_id takes a key id or a key ARN; each block is scoped to it when it is an ARN, else to the key pattern"

  read {
    actions  = ["kms:ListGrants"]
    resource = "${key_id}"
    source   = "resourceGrantRead (findGrantByTwoPartKeyWithRetry: ListGrants pages, retried until the grant shows)"
  }

  create {
    actions  = ["kms:CreateGrant"]
    resource = "${key_id}"
    source   = "resourceGrantCreate (CreateGrant, retried on propagation errors)"
  }

  delete {
    if_set   = "retire_on_delete"
    actions  = ["kms:RetireGrant"]
    resource = "${key_id}"
    source   = "resourceGrantDelete (RetireGrant when retire_on_delete; then ListGrants until the grant is gone)"
    note     = "AWS docs: KMS API Reference RetireGrant (permission to retire is determined primarily by the grant's retiring principal)"
  }

  delete {
    unless_set = "retire_on_delete"
    actions    = ["kms:RevokeGrant"]
    resource   = "${key_id}"
    source     = "resourceGrantDelete (RevokeGrant; then ListGrants until the grant is gone)"
  }
}

resource "aws_kms_key" {
  service           = "kms"
  source            = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/kms/key.go"
  arn               = "arn:${partition}:kms:${region}:${account}:key/${key_id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

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
  service           = "kms"
  source            = "terraform-provider-aws 01f431114674c27cf790fafb67ac274bf8f765e1 internal/service/kms/key_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["kms:DescribeKey"]
    source  = "dataSourceKeyRead (findKey: DescribeKey)"
  }
}
