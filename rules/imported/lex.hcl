# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_lex_bot" {
  service = "lex"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lexmodels.resourceBotCreate, lexmodels.resourceBotRead, lexmodels.resourceBotUpdate, lexmodels.resourceBotDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lex:GetBot", "lex:GetBotVersions"]
    source  = "lexmodels.resourceBotRead"
  }

  create {
    actions = ["lex:GetBot", "lex:GetBotVersions", "lex:PutBot"]
    source  = "lexmodels.resourceBotCreate"
  }

  update {
    attributes = []
    actions    = ["lex:PutBot"]
    source     = "lexmodels.resourceBotUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lex:DeleteBot", "lex:GetBot"]
    source  = "lexmodels.resourceBotDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lex_bot_alias" {
  service = "lex"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lexmodels.resourceBotAliasCreate, lexmodels.resourceBotAliasRead, lexmodels.resourceBotAliasUpdate, lexmodels.resourceBotAliasDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by lex-models.PutBotAlias (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["lex:GetBotAlias"]
    source  = "lexmodels.resourceBotAliasRead"
  }

  create {
    actions = ["lex:GetBotAlias", "lex:PutBotAlias"]
    source  = "lexmodels.resourceBotAliasCreate"
  }

  update {
    attributes = []
    actions    = ["lex:PutBotAlias"]
    source     = "lexmodels.resourceBotAliasUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lex:DeleteBotAlias", "lex:GetBotAlias"]
    source  = "lexmodels.resourceBotAliasDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lex_intent" {
  service = "lex"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lexmodels.resourceIntentCreate, lexmodels.resourceIntentRead, lexmodels.resourceIntentUpdate, lexmodels.resourceIntentDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by lex-models.PutIntent (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["lex:GetIntent", "lex:GetIntentVersions"]
    source  = "lexmodels.resourceIntentRead"
  }

  create {
    actions = ["lex:GetIntent", "lex:GetIntentVersions", "lex:PutIntent"]
    source  = "lexmodels.resourceIntentCreate"
  }

  update {
    attributes = []
    actions    = ["lex:PutIntent"]
    source     = "lexmodels.resourceIntentUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lex:DeleteIntent", "lex:GetIntentVersions"]
    source  = "lexmodels.resourceIntentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lex_slot_type" {
  service = "lex"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lexmodels.resourceSlotTypeCreate, lexmodels.resourceSlotTypeRead, lexmodels.resourceSlotTypeUpdate, lexmodels.resourceSlotTypeDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lex:GetSlotType", "lex:GetSlotTypeVersions"]
    source  = "lexmodels.resourceSlotTypeRead"
  }

  create {
    actions = ["lex:GetSlotType", "lex:GetSlotTypeVersions", "lex:PutSlotType"]
    source  = "lexmodels.resourceSlotTypeCreate"
  }

  update {
    attributes = []
    actions    = ["lex:PutSlotType"]
    source     = "lexmodels.resourceSlotTypeUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lex:DeleteSlotType", "lex:GetSlotType"]
    source  = "lexmodels.resourceSlotTypeDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lexv2models_bot" {
  service = "lex"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lexv2models.(*botResource).Create, lexv2models.(*botResource).Read, lexv2models.(*botResource).Update, lexv2models.(*botResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["lex:DescribeBot", "lex:ListTagsForResource"]
    source  = "lexv2models.(*botResource).Read + lexv2models.(*servicePackage).ListTags"
  }

  create {
    actions = ["lex:DescribeBot", "lex:PutBot"]
    source  = "lexv2models.(*botResource).Create"
  }

  update {
    attributes = []
    actions    = ["lex:PutBot"]
    source     = "lexv2models.(*botResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["lex:TagResource", "lex:UntagResource"]
    source     = "lexv2models.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["lex:DeleteBot", "lex:DescribeBot"]
    source  = "lexv2models.(*botResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lexv2models_bot_locale" {
  service = "lex"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lexv2models.(*botLocaleResource).Create, lexv2models.(*botLocaleResource).Read, lexv2models.(*botLocaleResource).Update, lexv2models.(*botLocaleResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["lex:DescribeBotLocale"]
    source  = "lexv2models.(*botLocaleResource).Read"
  }

  create {
    actions = ["lex:CreateBotLocale", "lex:DescribeBotLocale"]
    source  = "lexv2models.(*botLocaleResource).Create"
  }

  update {
    attributes = []
    actions    = ["lex:UpdateBotLocale"]
    source     = "lexv2models.(*botLocaleResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lex:DeleteBotLocale", "lex:DescribeBotLocale"]
    source  = "lexv2models.(*botLocaleResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lexv2models_bot_version" {
  service = "lex"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lexv2models.(*botVersionResource).Create, lexv2models.(*botVersionResource).Read, lexv2models.(*botVersionResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["lex:DescribeBotVersion"]
    source  = "lexv2models.(*botVersionResource).Read"
  }

  create {
    actions = ["lex:CreateBotVersion", "lex:DescribeBotVersion"]
    source  = "lexv2models.(*botVersionResource).Create"
  }

  delete {
    actions = ["lex:DeleteBotVersion", "lex:DescribeBotVersion"]
    source  = "lexv2models.(*botVersionResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lexv2models_intent" {
  service = "lex"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lexv2models.(*intentResource).Create, lexv2models.(*intentResource).Read, lexv2models.(*intentResource).Update, lexv2models.(*intentResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["lex:GetIntent"]
    source  = "lexv2models.(*intentResource).Read"
  }

  create {
    actions = ["lex:GetIntent", "lex:PutIntent"]
    source  = "lexv2models.(*intentResource).Create"
  }

  update {
    attributes = []
    actions    = ["lex:PutIntent"]
    source     = "lexv2models.(*intentResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lex:DeleteIntent", "lex:GetIntent"]
    source  = "lexv2models.(*intentResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lexv2models_slot" {
  service = "lex"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lexv2models.(*slotResource).Create, lexv2models.(*slotResource).Read, lexv2models.(*slotResource).Update, lexv2models.(*slotResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["lex:DescribeSlot"]
    source  = "lexv2models.(*slotResource).Read"
  }

  create {
    actions = ["lex:CreateSlot"]
    source  = "lexv2models.(*slotResource).Create"
  }

  update {
    attributes = []
    actions    = ["lex:UpdateSlot"]
    source     = "lexv2models.(*slotResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lex:DeleteSlot"]
    source  = "lexv2models.(*slotResource).Delete"
  }
}

resource "aws_lexv2models_slot_type" {
  service = "lex"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lexv2models.(*slotTypeResource).Create, lexv2models.(*slotTypeResource).Read, lexv2models.(*slotTypeResource).Update, lexv2models.(*slotTypeResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["lex:GetSlotType"]
    source  = "lexv2models.(*slotTypeResource).Read"
  }

  create {
    actions = ["lex:PutSlotType"]
    source  = "lexv2models.(*slotTypeResource).Create"
  }

  update {
    attributes = []
    actions    = ["lex:PutSlotType"]
    source     = "lexv2models.(*slotTypeResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lex:DeleteSlotType"]
    source  = "lexv2models.(*slotTypeResource).Delete"
  }
}

data "aws_lex_bot" {
  service = "lex"
  source  = "import: pike data/lex/aws_lex_bot.json"

  read {
    actions = ["lex:GetBot"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lex_bot_alias" {
  service = "lex"
  source  = "import: pike data/lex/aws_lex_bot_alias.json"

  read {
    actions = ["lex:GetBotAlias"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lex_intent" {
  service = "lex"
  source  = "import: pike data/lex/aws_lex_intent.json"

  read {
    actions = ["lex:GetIntent"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lex_slot_type" {
  service = "lex"
  source  = "import: pike data/lex/aws_lex_slot_type.json"

  read {
    actions = ["lex:GetSlotType"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
