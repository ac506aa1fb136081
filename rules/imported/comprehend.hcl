# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_comprehend_document_classifier" {
  service = "comprehend"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (comprehend.resourceDocumentClassifierCreate, comprehend.resourceDocumentClassifierRead, comprehend.resourceDocumentClassifierUpdate, comprehend.resourceDocumentClassifierDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by comprehend.CreateDocumentClassifier (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["comprehend:DescribeDocumentClassifier", "comprehend:ListTagsForResource"]
    source  = "comprehend.resourceDocumentClassifierRead + comprehend.(*servicePackage).ListTags"
  }

  create {
    actions = ["comprehend:CreateDocumentClassifier", "comprehend:DescribeDocumentClassifier"]
    source  = "comprehend.resourceDocumentClassifierCreate"
  }

  update {
    attributes = []
    actions    = ["comprehend:CreateDocumentClassifier"]
    source     = "comprehend.resourceDocumentClassifierUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["comprehend:TagResource", "comprehend:UntagResource"]
    source     = "comprehend.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "comprehend:DeleteDocumentClassifier",
      "comprehend:DescribeDocumentClassifier",
      "comprehend:ListDocumentClassifiers",
      "comprehend:StopTrainingDocumentClassifier",
    ]
    source  = "comprehend.resourceDocumentClassifierDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_comprehend_entity_recognizer" {
  service = "comprehend"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (comprehend.resourceEntityRecognizerCreate, comprehend.resourceEntityRecognizerRead, comprehend.resourceEntityRecognizerUpdate, comprehend.resourceEntityRecognizerDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by comprehend.CreateEntityRecognizer (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["comprehend:DescribeEntityRecognizer", "comprehend:ListTagsForResource"]
    source  = "comprehend.resourceEntityRecognizerRead + comprehend.(*servicePackage).ListTags"
  }

  create {
    actions = ["comprehend:CreateEntityRecognizer", "comprehend:DescribeEntityRecognizer"]
    source  = "comprehend.resourceEntityRecognizerCreate"
  }

  update {
    attributes = []
    actions    = ["comprehend:CreateEntityRecognizer"]
    source     = "comprehend.resourceEntityRecognizerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["comprehend:TagResource", "comprehend:UntagResource"]
    source     = "comprehend.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "comprehend:DeleteEntityRecognizer",
      "comprehend:DescribeEntityRecognizer",
      "comprehend:ListEntityRecognizers",
      "comprehend:StopTrainingEntityRecognizer",
    ]
    source  = "comprehend.resourceEntityRecognizerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
