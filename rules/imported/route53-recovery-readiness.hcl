# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_route53recoveryreadiness_cell" {
  service = "route53-recovery-readiness"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53recoveryreadiness.resourceCellCreate, route53recoveryreadiness.resourceCellRead, route53recoveryreadiness.resourceCellUpdate, route53recoveryreadiness.resourceCellDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: route53-recovery-readiness:UntagResource"

  read {
    actions = [
      "route53-recovery-readiness:GetCell",
      "route53-recovery-readiness:ListTagsForResources",
    ]
    source  = "route53recoveryreadiness.resourceCellRead + route53recoveryreadiness.(*servicePackage).ListTags"
  }

  create {
    actions = ["route53-recovery-readiness:CreateCell", "route53-recovery-readiness:GetCell"]
    source  = "route53recoveryreadiness.resourceCellCreate"
  }

  create {
    if_set  = "tags"
    actions = ["route53-recovery-readiness:TagResource"]
    source  = "route53recoveryreadiness.resourceCellCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["route53-recovery-readiness:UpdateCell"]
    source     = "route53recoveryreadiness.resourceCellUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = [
      "route53-recovery-readiness:TagResource",
      "route53-recovery-readiness:UntagResource",
    ]
    source     = "route53recoveryreadiness.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["route53-recovery-readiness:DeleteCell", "route53-recovery-readiness:GetCell"]
    source  = "route53recoveryreadiness.resourceCellDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53recoveryreadiness_readiness_check" {
  service = "route53-recovery-readiness"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53recoveryreadiness.resourceReadinessCheckCreate, route53recoveryreadiness.resourceReadinessCheckRead, route53recoveryreadiness.resourceReadinessCheckUpdate, route53recoveryreadiness.resourceReadinessCheckDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: route53-recovery-readiness:UntagResource"

  read {
    actions = [
      "route53-recovery-readiness:GetReadinessCheck",
      "route53-recovery-readiness:ListTagsForResources",
    ]
    source  = "route53recoveryreadiness.resourceReadinessCheckRead + route53recoveryreadiness.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "route53-recovery-readiness:CreateReadinessCheck",
      "route53-recovery-readiness:GetReadinessCheck",
    ]
    source  = "route53recoveryreadiness.resourceReadinessCheckCreate"
  }

  create {
    if_set  = "tags"
    actions = ["route53-recovery-readiness:TagResource"]
    source  = "route53recoveryreadiness.resourceReadinessCheckCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["route53-recovery-readiness:UpdateReadinessCheck"]
    source     = "route53recoveryreadiness.resourceReadinessCheckUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = [
      "route53-recovery-readiness:TagResource",
      "route53-recovery-readiness:UntagResource",
    ]
    source     = "route53recoveryreadiness.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "route53-recovery-readiness:DeleteReadinessCheck",
      "route53-recovery-readiness:GetReadinessCheck",
    ]
    source  = "route53recoveryreadiness.resourceReadinessCheckDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53recoveryreadiness_recovery_group" {
  service = "route53-recovery-readiness"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53recoveryreadiness.resourceRecoveryGroupCreate, route53recoveryreadiness.resourceRecoveryGroupRead, route53recoveryreadiness.resourceRecoveryGroupUpdate, route53recoveryreadiness.resourceRecoveryGroupDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: route53-recovery-readiness:UntagResource"

  read {
    actions = [
      "route53-recovery-readiness:GetRecoveryGroup",
      "route53-recovery-readiness:ListTagsForResources",
    ]
    source  = "route53recoveryreadiness.resourceRecoveryGroupRead + route53recoveryreadiness.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "route53-recovery-readiness:CreateRecoveryGroup",
      "route53-recovery-readiness:GetRecoveryGroup",
    ]
    source  = "route53recoveryreadiness.resourceRecoveryGroupCreate"
  }

  create {
    if_set  = "tags"
    actions = ["route53-recovery-readiness:TagResource"]
    source  = "route53recoveryreadiness.resourceRecoveryGroupCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["route53-recovery-readiness:UpdateRecoveryGroup"]
    source     = "route53recoveryreadiness.resourceRecoveryGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = [
      "route53-recovery-readiness:TagResource",
      "route53-recovery-readiness:UntagResource",
    ]
    source     = "route53recoveryreadiness.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "route53-recovery-readiness:DeleteRecoveryGroup",
      "route53-recovery-readiness:GetRecoveryGroup",
    ]
    source  = "route53recoveryreadiness.resourceRecoveryGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53recoveryreadiness_resource_set" {
  service = "route53-recovery-readiness"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53recoveryreadiness.resourceResourceSetCreate, route53recoveryreadiness.resourceResourceSetRead, route53recoveryreadiness.resourceResourceSetUpdate, route53recoveryreadiness.resourceResourceSetDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: route53-recovery-readiness:UntagResource"

  read {
    actions = [
      "route53-recovery-readiness:GetResourceSet",
      "route53-recovery-readiness:ListTagsForResources",
    ]
    source  = "route53recoveryreadiness.resourceResourceSetRead + route53recoveryreadiness.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "route53-recovery-readiness:CreateResourceSet",
      "route53-recovery-readiness:GetResourceSet",
    ]
    source  = "route53recoveryreadiness.resourceResourceSetCreate"
  }

  create {
    if_set  = "tags"
    actions = ["route53-recovery-readiness:TagResource"]
    source  = "route53recoveryreadiness.resourceResourceSetCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["route53-recovery-readiness:UpdateResourceSet"]
    source     = "route53recoveryreadiness.resourceResourceSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = [
      "route53-recovery-readiness:TagResource",
      "route53-recovery-readiness:UntagResource",
    ]
    source     = "route53recoveryreadiness.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "route53-recovery-readiness:DeleteResourceSet",
      "route53-recovery-readiness:GetResourceSet",
    ]
    source  = "route53recoveryreadiness.resourceResourceSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
