# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_accessanalyzer_analyzer" {
  service = "access-analyzer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (accessanalyzer.resourceAnalyzerCreate, accessanalyzer.resourceAnalyzerRead, accessanalyzer.resourceAnalyzerUpdate, accessanalyzer.resourceAnalyzerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["access-analyzer:GetAnalyzer", "access-analyzer:ListTagsForResource"]
    source  = "accessanalyzer.resourceAnalyzerRead + accessanalyzer.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "access-analyzer:CreateAnalyzer",
      "access-analyzer:GetAnalyzer",
      "iam:CreateServiceLinkedRole",
    ]
    source  = "accessanalyzer.resourceAnalyzerCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "accessanalyzer.resourceAnalyzerUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["access-analyzer:TagResource", "access-analyzer:UntagResource"]
    source     = "accessanalyzer.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["access-analyzer:DeleteAnalyzer"]
    source  = "accessanalyzer.resourceAnalyzerDelete"
  }
}

resource "aws_accessanalyzer_archive_rule" {
  service = "access-analyzer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (accessanalyzer.resourceArchiveRuleCreate, accessanalyzer.resourceArchiveRuleRead, accessanalyzer.resourceArchiveRuleUpdate, accessanalyzer.resourceArchiveRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["access-analyzer:GetArchiveRule"]
    source  = "accessanalyzer.resourceArchiveRuleRead"
  }

  create {
    actions = ["access-analyzer:CreateArchiveRule", "access-analyzer:GetArchiveRule"]
    source  = "accessanalyzer.resourceArchiveRuleCreate"
  }

  update {
    attributes = []
    actions    = ["access-analyzer:UpdateArchiveRule"]
    source     = "accessanalyzer.resourceArchiveRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["access-analyzer:DeleteArchiveRule"]
    source  = "accessanalyzer.resourceArchiveRuleDelete"
  }
}
