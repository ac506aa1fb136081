# AWS CodeCommit (IAM prefix codecommit): hand-curated rules for repositories.

resource "aws_codecommit_repository" {
  service           = "codecommit"
  source            = "terraform-provider-aws (file version as stored in the code index, store id 1647227940) internal/service/codecommit/repository.go"
  arn               = "arn:${partition}:codecommit:${region}:${account}:${repository_name}"
  provider_versions = "5.100.0, 6.x"
  note              = "tags are sent in CreateRepository; no source found that this also needs codecommit:TagResource, nor KMS permissions of the caller for kms_key_id"

  read {
    actions = ["codecommit:GetRepository", "codecommit:ListTagsForResource"]
    source  = "resourceRepositoryRead (findRepositoryByName: GetRepository); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags (ListTagsForResource)"
  }

  create {
    actions = ["codecommit:CreateRepository"]
    source  = "resourceRepositoryCreate (CreateRepository with tags, kms_key_id and description)"
  }

  create {
    if_set  = "default_branch"
    actions = ["codecommit:ListBranches", "codecommit:UpdateDefaultBranch"]
    source  = "resourceRepositoryCreate: updateRepositoryDefaultBranch (ListBranches; UpdateDefaultBranch only when the repository has branches)"
  }

  update {
    attributes = ["default_branch"]
    actions    = ["codecommit:ListBranches", "codecommit:UpdateDefaultBranch"]
    source     = "resourceRepositoryUpdate: updateRepositoryDefaultBranch (ListBranches; UpdateDefaultBranch only when the repository has branches)"
  }

  update {
    attributes = ["description"]
    actions    = ["codecommit:UpdateRepositoryDescription"]
    source     = "resourceRepositoryUpdate (UpdateRepositoryDescription)"
  }

  update {
    attributes = ["kms_key_id"]
    actions    = ["codecommit:UpdateRepositoryEncryptionKey"]
    source     = "resourceRepositoryUpdate (UpdateRepositoryEncryptionKey)"
  }

  update {
    attributes = ["repository_name"]
    actions    = ["codecommit:UpdateRepositoryName"]
    source     = "resourceRepositoryUpdate (UpdateRepositoryName; the new name becomes the ID)"
    note       = "UpdateRepositoryName names the old repository (OldName), while the ARN template is filled with the new name"
  }

  update {
    attributes = ["tags"]
    actions    = ["codecommit:TagResource", "codecommit:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["codecommit:DeleteRepository"]
    source  = "resourceRepositoryDelete (DeleteRepository)"
  }
}
