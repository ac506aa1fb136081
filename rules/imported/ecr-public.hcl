# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_ecrpublic_repository" {
  service = "ecr-public"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecrpublic.resourceRepositoryCreate, ecrpublic.resourceRepositoryRead, ecrpublic.resourceRepositoryUpdate, ecrpublic.resourceRepositoryDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "ecr-public:DescribeRepositories",
      "ecr-public:GetRepositoryCatalogData",
      "ecr-public:ListTagsForResource",
    ]
    source  = "ecrpublic.resourceRepositoryRead + ecrpublic.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ecr-public:CreateRepository",
      "ecr-public:DescribeRepositories",
      "ecr-public:GetRepositoryCatalogData",
    ]
    source  = "ecrpublic.resourceRepositoryCreate"
  }

  update {
    attributes = []
    actions    = ["ecr-public:PutRepositoryCatalogData"]
    source     = "ecrpublic.resourceRepositoryUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ecr-public:TagResource", "ecr-public:UntagResource"]
    source     = "ecrpublic.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ecr-public:DeleteRepository", "ecr-public:DescribeRepositories"]
    source  = "ecrpublic.resourceRepositoryDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_ecrpublic_repository_policy" {
  service = "ecr-public"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ecrpublic.resourceRepositoryPolicyPut, ecrpublic.resourceRepositoryPolicyRead, ecrpublic.resourceRepositoryPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ecr-public:GetRepositoryPolicy"]
    source  = "ecrpublic.resourceRepositoryPolicyRead"
  }

  create {
    actions = ["ecr-public:GetRepositoryPolicy", "ecr-public:SetRepositoryPolicy"]
    source  = "ecrpublic.resourceRepositoryPolicyPut"
  }

  update {
    attributes = []
    actions    = ["ecr-public:SetRepositoryPolicy"]
    source     = "ecrpublic.resourceRepositoryPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ecr-public:DeleteRepositoryPolicy"]
    source  = "ecrpublic.resourceRepositoryPolicyDelete"
  }
}

data "aws_ecrpublic_authorization_token" {
  service = "ecr-public"
  source  = "import: pike data/ecr-public/aws_ecrpublic_authorization_token.json"

  read {
    actions = ["ecr-public:GetAuthorizationToken"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ecrpublic_images" {
  service = "ecr-public"
  source  = "import: pike data/ecr-public/aws_ecrpublic_images.json"

  read {
    actions = ["ecr-public:DescribeImages"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
