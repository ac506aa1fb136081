# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_kendra_data_source" {
  service = "kendra"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kendra.resourceDataSourceCreate, kendra.resourceDataSourceRead, kendra.resourceDataSourceUpdate, kendra.resourceDataSourceDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by kendra.CreateDataSource, kendra.UpdateDataSource (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["kendra:DescribeDataSource", "kendra:ListTagsForResource"]
    source  = "kendra.resourceDataSourceRead + kendra.(*servicePackage).ListTags"
  }

  create {
    actions = ["kendra:CreateDataSource", "kendra:DescribeDataSource"]
    source  = "kendra.resourceDataSourceCreate"
  }

  update {
    attributes = []
    actions    = ["kendra:UpdateDataSource"]
    source     = "kendra.resourceDataSourceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kendra:TagResource", "kendra:UntagResource"]
    source     = "kendra.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kendra:DeleteDataSource", "kendra:DescribeDataSource"]
    source  = "kendra.resourceDataSourceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_kendra_experience" {
  service = "kendra"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kendra.resourceExperienceCreate, kendra.resourceExperienceRead, kendra.resourceExperienceUpdate, kendra.resourceExperienceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["kendra:DescribeExperience"]
    source  = "kendra.resourceExperienceRead"
  }

  create {
    actions = ["kendra:CreateExperience", "kendra:DescribeExperience"]
    source  = "kendra.resourceExperienceCreate"
  }

  update {
    attributes = []
    actions    = ["kendra:UpdateExperience"]
    source     = "kendra.resourceExperienceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["kendra:DeleteExperience", "kendra:DescribeExperience"]
    source  = "kendra.resourceExperienceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_kendra_faq" {
  service = "kendra"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kendra.resourceFaqCreate, kendra.resourceFaqRead, kendra.resourceFaqUpdate, kendra.resourceFaqDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by kendra.CreateFaq (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["kendra:DescribeFaq", "kendra:ListTagsForResource"]
    source  = "kendra.resourceFaqRead + kendra.(*servicePackage).ListTags"
  }

  create {
    actions = ["kendra:CreateFaq", "kendra:DescribeFaq"]
    source  = "kendra.resourceFaqCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "kendra.resourceFaqUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kendra:TagResource", "kendra:UntagResource"]
    source     = "kendra.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kendra:DeleteFaq", "kendra:DescribeFaq"]
    source  = "kendra.resourceFaqDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_kendra_index" {
  service = "kendra"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kendra.resourceIndexCreate, kendra.resourceIndexRead, kendra.resourceIndexUpdate, kendra.resourceIndexDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by kendra.CreateIndex, kendra.UpdateIndex (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["kendra:DescribeIndex", "kendra:ListTagsForResource"]
    source  = "kendra.resourceIndexRead + kendra.(*servicePackage).ListTags"
  }

  create {
    actions = ["kendra:CreateIndex", "kendra:DescribeIndex", "kendra:UpdateIndex"]
    source  = "kendra.resourceIndexCreate"
  }

  update {
    attributes = []
    actions    = ["kendra:UpdateIndex"]
    source     = "kendra.resourceIndexUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kendra:TagResource", "kendra:UntagResource"]
    source     = "kendra.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kendra:DeleteIndex", "kendra:DescribeIndex"]
    source  = "kendra.resourceIndexDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_kendra_query_suggestions_block_list" {
  service = "kendra"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kendra.resourceQuerySuggestionsBlockListCreate, kendra.resourceQuerySuggestionsBlockListRead, kendra.resourceQuerySuggestionsBlockListUpdate, kendra.resourceQuerySuggestionsBlockListDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["kendra:DescribeQuerySuggestionsBlockList", "kendra:ListTagsForResource"]
    source  = "kendra.resourceQuerySuggestionsBlockListRead + kendra.(*servicePackage).ListTags"
  }

  create {
    actions = ["kendra:CreateQuerySuggestionsBlockList", "kendra:DescribeQuerySuggestionsBlockList"]
    source  = "kendra.resourceQuerySuggestionsBlockListCreate"
  }

  update {
    attributes = []
    actions    = ["kendra:UpdateQuerySuggestionsBlockList"]
    source     = "kendra.resourceQuerySuggestionsBlockListUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kendra:TagResource", "kendra:UntagResource"]
    source     = "kendra.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kendra:DeleteQuerySuggestionsBlockList", "kendra:DescribeQuerySuggestionsBlockList"]
    source  = "kendra.resourceQuerySuggestionsBlockListDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_kendra_thesaurus" {
  service = "kendra"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kendra.resourceThesaurusCreate, kendra.resourceThesaurusRead, kendra.resourceThesaurusUpdate, kendra.resourceThesaurusDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["kendra:DescribeThesaurus", "kendra:ListTagsForResource"]
    source  = "kendra.resourceThesaurusRead + kendra.(*servicePackage).ListTags"
  }

  create {
    actions = ["kendra:CreateThesaurus", "kendra:DescribeThesaurus"]
    source  = "kendra.resourceThesaurusCreate"
  }

  update {
    attributes = []
    actions    = ["kendra:UpdateThesaurus"]
    source     = "kendra.resourceThesaurusUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kendra:TagResource", "kendra:UntagResource"]
    source     = "kendra.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kendra:DeleteThesaurus", "kendra:DescribeThesaurus"]
    source  = "kendra.resourceThesaurusDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_kendra_experience" {
  service = "kendra"
  source  = "import: pike data/kendra/aws_kendra_experience.json"

  read {
    actions = ["kendra:DescribeExperience"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_kendra_faq" {
  service = "kendra"
  source  = "import: pike data/kendra/aws_kendra_faq.json"

  read {
    actions = ["kendra:DescribeFaq"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_kendra_index" {
  service = "kendra"
  source  = "import: pike data/kendra/aws_kendra_index.json"

  read {
    actions = ["kendra:DescribeIndex"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_kendra_query_suggestions_block_list" {
  service = "kendra"
  source  = "import: pike data/kendra/aws_kendra_query_suggestions_block_list.json"

  read {
    actions = ["kendra:DescribeQuerySuggestionsBlockList"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_kendra_thesaurus" {
  service = "kendra"
  source  = "import: pike data/kendra/aws_kendra_thesaurus.json"

  read {
    actions = ["kendra:DescribeThesaurus"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
