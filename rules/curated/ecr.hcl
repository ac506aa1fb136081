# Amazon ECR (IAM prefix ecr): hand-curated rules for private repositories and their policies.

resource "aws_ecr_lifecycle_policy" {
  service           = "ecr"
  source            = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/ecr/lifecycle_policy.go"
  arn               = "arn:${partition}:ecr:${region}:${account}:repository/${repository}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ecr:GetLifecyclePolicy"]
    source  = "resourceLifecyclePolicyRead (findLifecyclePolicyByRepositoryName)"
  }

  create {
    actions = ["ecr:PutLifecyclePolicy"]
    source  = "resourceLifecyclePolicyCreate"
  }

  delete {
    actions = ["ecr:DeleteLifecyclePolicy"]
    source  = "resourceLifecyclePolicyDelete"
  }
}

resource "aws_ecr_repository" {
  service           = "ecr"
  source            = "terraform-provider-aws 0072eea2d6046230a1fb7717741c17fd2122175e internal/service/ecr/repository.go"
  arn               = "arn:${partition}:ecr:${region}:${account}:repository/${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ecr:DescribeRepositories", "ecr:ListTagsForResource"]
    source  = "resourceRepositoryRead (DescribeRepositories, ListTags)"
  }

  create {
    actions = ["ecr:CreateRepository"]
    source  = "resourceRepositoryCreate (CreateRepository with tags, image scanning and encryption configuration)"
  }

  create {
    if_set  = "encryption_configuration.kms_key"
    actions = ["kms:CreateGrant", "kms:DescribeKey"]
    source  = "AWS docs: ECR User Guide, Encryption at rest (ECR calls DescribeKey and CreateGrant with the caller's permissions)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ecr:TagResource"]
    source  = "AWS docs: ECR User Guide, Using Tag-Based Access Control (tag on create is authorized as ecr:TagResource)"
  }

  update {
    attributes = ["force_delete", "timeouts"]
    actions    = []
    source     = "no API call (read by Delete)"
  }

  update {
    attributes = ["image_scanning_configuration"]
    actions    = ["ecr:PutImageScanningConfiguration"]
    source     = "resourceRepositoryUpdateImageScanningConfiguration"
  }

  update {
    attributes = ["image_tag_mutability", "image_tag_mutability_exclusion_filter"]
    actions    = ["ecr:PutImageTagMutability"]
    source     = "resourceRepositoryUpdateImageTagMutability"
  }

  update {
    attributes = ["tags"]
    actions    = ["ecr:TagResource", "ecr:UntagResource"]
    source     = "UpdateTags"
  }

  delete {
    actions = ["ecr:DeleteRepository"]
    source  = "resourceRepositoryDelete (DeleteRepository with Force = force_delete; waits with DescribeRepositories)"
  }

  delete {
    if_set  = "encryption_configuration.kms_key"
    actions = ["kms:RetireGrant"]
    source  = "AWS docs: ECR User Guide, Encryption at rest (grants retired when the repository is deleted)"
  }
}

resource "aws_ecr_repository_policy" {
  service           = "ecr"
  source            = "terraform-provider-aws 004b82babcaf4d20bbc12b4e19caea237c681216 internal/service/ecr/repository_policy.go"
  arn               = "arn:${partition}:ecr:${region}:${account}:repository/${repository}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ecr:GetRepositoryPolicy"]
    source  = "resourceRepositoryPolicyRead (findRepositoryPolicyByRepositoryName)"
  }

  create {
    actions = ["ecr:SetRepositoryPolicy"]
    source  = "resourceRepositoryPolicyPut"
  }

  update {
    attributes = ["policy"]
    actions    = ["ecr:SetRepositoryPolicy"]
    source     = "resourceRepositoryPolicyPut"
  }

  delete {
    actions = ["ecr:DeleteRepositoryPolicy"]
    source  = "resourceRepositoryPolicyDelete"
  }
}
