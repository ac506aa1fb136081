# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_transcribe_language_model" {
  service = "transcribe"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transcribe.resourceLanguageModelCreate, transcribe.resourceLanguageModelRead, transcribe.resourceLanguageModelUpdate, transcribe.resourceLanguageModelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["transcribe:DescribeLanguageModel", "transcribe:ListTagsForResource"]
    source  = "transcribe.resourceLanguageModelRead + transcribe.(*servicePackage).ListTags"
  }

  create {
    actions = ["s3:GetObject", "transcribe:CreateLanguageModel", "transcribe:DescribeLanguageModel"]
    source  = "transcribe.resourceLanguageModelCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "transcribe.resourceLanguageModelUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["transcribe:TagResource", "transcribe:UntagResource"]
    source     = "transcribe.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["transcribe:DeleteLanguageModel"]
    source  = "transcribe.resourceLanguageModelDelete"
  }
}

resource "aws_transcribe_medical_vocabulary" {
  service = "transcribe"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transcribe.resourceMedicalVocabularyCreate, transcribe.resourceMedicalVocabularyRead, transcribe.resourceMedicalVocabularyUpdate, transcribe.resourceMedicalVocabularyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["transcribe:GetMedicalVocabulary", "transcribe:ListTagsForResource"]
    source  = "transcribe.resourceMedicalVocabularyRead + transcribe.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "s3:GetObject",
      "transcribe:CreateMedicalVocabulary",
      "transcribe:GetMedicalVocabulary",
    ]
    source  = "transcribe.resourceMedicalVocabularyCreate"
  }

  update {
    attributes = []
    actions    = ["transcribe:UpdateMedicalVocabulary"]
    source     = "transcribe.resourceMedicalVocabularyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["transcribe:TagResource", "transcribe:UntagResource"]
    source     = "transcribe.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["transcribe:DeleteMedicalVocabulary", "transcribe:GetMedicalVocabulary"]
    source  = "transcribe.resourceMedicalVocabularyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_transcribe_vocabulary" {
  service = "transcribe"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transcribe.resourceVocabularyCreate, transcribe.resourceVocabularyRead, transcribe.resourceVocabularyUpdate, transcribe.resourceVocabularyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["transcribe:GetVocabulary", "transcribe:ListTagsForResource"]
    source  = "transcribe.resourceVocabularyRead + transcribe.(*servicePackage).ListTags"
  }

  create {
    actions = ["s3:GetObject", "transcribe:CreateVocabulary", "transcribe:GetVocabulary"]
    source  = "transcribe.resourceVocabularyCreate"
  }

  update {
    attributes = []
    actions    = ["transcribe:UpdateVocabulary"]
    source     = "transcribe.resourceVocabularyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["transcribe:TagResource", "transcribe:UntagResource"]
    source     = "transcribe.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["transcribe:DeleteVocabulary", "transcribe:GetVocabulary"]
    source  = "transcribe.resourceVocabularyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_transcribe_vocabulary_filter" {
  service = "transcribe"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transcribe.resourceVocabularyFilterCreate, transcribe.resourceVocabularyFilterRead, transcribe.resourceVocabularyFilterUpdate, transcribe.resourceVocabularyFilterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["transcribe:GetVocabularyFilter", "transcribe:ListTagsForResource"]
    source  = "transcribe.resourceVocabularyFilterRead + transcribe.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "s3:GetObject",
      "transcribe:CreateVocabularyFilter",
      "transcribe:GetVocabularyFilter",
    ]
    source  = "transcribe.resourceVocabularyFilterCreate"
  }

  update {
    attributes = []
    actions    = ["transcribe:UpdateVocabularyFilter"]
    source     = "transcribe.resourceVocabularyFilterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["transcribe:TagResource", "transcribe:UntagResource"]
    source     = "transcribe.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["transcribe:DeleteVocabularyFilter"]
    source  = "transcribe.resourceVocabularyFilterDelete"
  }
}
