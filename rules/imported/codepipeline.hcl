# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_codepipeline" {
  service = "codepipeline"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codepipeline.resourcePipelineCreate, codepipeline.resourcePipelineRead, codepipeline.resourcePipelineUpdate, codepipeline.resourcePipelineDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by codepipeline.CreatePipeline, codepipeline.UpdatePipeline (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["codepipeline:GetPipeline", "codepipeline:ListTagsForResource"]
    source  = "codepipeline.resourcePipelineRead + codepipeline.(*servicePackage).ListTags"
  }

  create {
    actions = ["codepipeline:CreatePipeline", "codepipeline:GetPipeline"]
    source  = "codepipeline.resourcePipelineCreate"
  }

  update {
    attributes = []
    actions    = ["codepipeline:UpdatePipeline"]
    source     = "codepipeline.resourcePipelineUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["codepipeline:TagResource", "codepipeline:UntagResource"]
    source     = "codepipeline.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["codepipeline:DeletePipeline"]
    source  = "codepipeline.resourcePipelineDelete"
  }
}

resource "aws_codepipeline_custom_action_type" {
  service = "codepipeline"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codepipeline.resourceCustomActionTypeCreate, codepipeline.resourceCustomActionTypeRead, codepipeline.resourceCustomActionTypeUpdate, codepipeline.resourceCustomActionTypeDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codepipeline:ListActionTypes", "codepipeline:ListTagsForResource"]
    source  = "codepipeline.resourceCustomActionTypeRead + codepipeline.(*servicePackage).ListTags"
  }

  create {
    actions = ["codepipeline:CreateCustomActionType", "codepipeline:ListActionTypes"]
    source  = "codepipeline.resourceCustomActionTypeCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "codepipeline.resourceCustomActionTypeUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["codepipeline:TagResource", "codepipeline:UntagResource"]
    source     = "codepipeline.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["codepipeline:DeleteCustomActionType"]
    source  = "codepipeline.resourceCustomActionTypeDelete"
  }
}

resource "aws_codepipeline_webhook" {
  service = "codepipeline"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codepipeline.resourceWebhookCreate, codepipeline.resourceWebhookRead, codepipeline.resourceWebhookUpdate, codepipeline.resourceWebhookDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codepipeline:ListTagsForResource", "codepipeline:ListWebhooks"]
    source  = "codepipeline.resourceWebhookRead + codepipeline.(*servicePackage).ListTags"
  }

  create {
    actions = ["codepipeline:ListWebhooks", "codepipeline:PutWebhook"]
    source  = "codepipeline.resourceWebhookCreate"
  }

  update {
    attributes = []
    actions    = ["codepipeline:PutWebhook"]
    source     = "codepipeline.resourceWebhookUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["codepipeline:TagResource", "codepipeline:UntagResource"]
    source     = "codepipeline.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["codepipeline:DeleteWebhook"]
    source  = "codepipeline.resourceWebhookDelete"
  }
}
