# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_codegurureviewer_repository_association" {
  service = "codeguru-reviewer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codegurureviewer.resourceRepositoryAssociationCreate, codegurureviewer.resourceRepositoryAssociationRead, codegurureviewer.resourceRepositoryAssociationUpdate, codegurureviewer.resourceRepositoryAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "codeguru-reviewer:DescribeRepositoryAssociation",
      "codeguru-reviewer:ListTagsForResource",
    ]
    source  = "codegurureviewer.resourceRepositoryAssociationRead + codegurureviewer.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "codecommit:ListRepositories",
      "codecommit:TagResource",
      "codeguru-reviewer:AssociateRepository",
      "codeguru-reviewer:DescribeRepositoryAssociation",
      "events:PutRule",
      "events:PutTargets",
      "iam:CreateServiceLinkedRole",
      "s3:CreateBucket",
      "s3:ListBucket",
      "s3:PutBucketPolicy",
      "s3:PutLifecycleConfiguration",
    ]
    source  = "codegurureviewer.resourceRepositoryAssociationCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "codegurureviewer.resourceRepositoryAssociationUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["codeguru-reviewer:TagResource", "codeguru-reviewer:UnTagResource"]
    source     = "codegurureviewer.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "codecommit:UntagResource",
      "codeguru-reviewer:DescribeRepositoryAssociation",
      "codeguru-reviewer:DisassociateRepository",
    ]
    source  = "codegurureviewer.resourceRepositoryAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
