# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_opensearchserverless_access_policy" {
  service = "aoss"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearchserverless.(*accessPolicyResource).Create, opensearchserverless.(*accessPolicyResource).Read, opensearchserverless.(*accessPolicyResource).Update, opensearchserverless.(*accessPolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: aoss:CreateAccessPolicy, aoss:DeleteAccessPolicy, aoss:GetAccessPolicy, aoss:UpdateAccessPolicy"

  read {
    actions = ["aoss:GetAccessPolicy"]
    source  = "opensearchserverless.(*accessPolicyResource).Read"
  }

  create {
    actions = ["aoss:CreateAccessPolicy"]
    source  = "opensearchserverless.(*accessPolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["aoss:UpdateAccessPolicy"]
    source     = "opensearchserverless.(*accessPolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["aoss:DeleteAccessPolicy"]
    source  = "opensearchserverless.(*accessPolicyResource).Delete"
  }
}

resource "aws_opensearchserverless_collection" {
  service = "aoss"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearchserverless.(*collectionResource).Create, opensearchserverless.(*collectionResource).Read, opensearchserverless.(*collectionResource).Update, opensearchserverless.(*collectionResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: aoss:BatchGetCollection, aoss:CreateCollection, aoss:DeleteCollection, aoss:ListTagsForResource, aoss:TagResource, aoss:UntagResource, aoss:UpdateCollection"

  read {
    actions = ["aoss:BatchGetCollection", "aoss:ListTagsForResource"]
    source  = "opensearchserverless.(*collectionResource).Read + opensearchserverless.(*servicePackage).ListTags"
  }

  create {
    actions = ["aoss:BatchGetCollection", "aoss:CreateCollection"]
    source  = "opensearchserverless.(*collectionResource).Create"
  }

  update {
    attributes = []
    actions    = ["aoss:UpdateCollection"]
    source     = "opensearchserverless.(*collectionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["aoss:TagResource", "aoss:UntagResource"]
    source     = "opensearchserverless.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["aoss:BatchGetCollection", "aoss:DeleteCollection"]
    source  = "opensearchserverless.(*collectionResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_opensearchserverless_collection_group" {
  service = "aoss"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearchserverless.(*collectionGroupResource).Create, opensearchserverless.(*collectionGroupResource).Read, opensearchserverless.(*collectionGroupResource).Update, opensearchserverless.(*collectionGroupResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: aoss:BatchGetCollectionGroup, aoss:CreateCollectionGroup, aoss:DeleteCollectionGroup, aoss:ListTagsForResource, aoss:TagResource, aoss:UntagResource, aoss:UpdateCollectionGroup"

  read {
    actions = ["aoss:BatchGetCollectionGroup", "aoss:ListTagsForResource"]
    source  = "opensearchserverless.(*collectionGroupResource).Read + opensearchserverless.(*servicePackage).ListTags"
  }

  create {
    actions = ["aoss:CreateCollectionGroup"]
    source  = "opensearchserverless.(*collectionGroupResource).Create"
  }

  update {
    attributes = []
    actions    = ["aoss:UpdateCollectionGroup"]
    source     = "opensearchserverless.(*collectionGroupResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["aoss:TagResource", "aoss:UntagResource"]
    source     = "opensearchserverless.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["aoss:DeleteCollectionGroup"]
    source  = "opensearchserverless.(*collectionGroupResource).Delete"
  }
}

resource "aws_opensearchserverless_lifecycle_policy" {
  service = "aoss"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearchserverless.(*lifecyclePolicyResource).Create, opensearchserverless.(*lifecyclePolicyResource).Read, opensearchserverless.(*lifecyclePolicyResource).Update, opensearchserverless.(*lifecyclePolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: aoss:BatchGetLifecyclePolicy, aoss:CreateLifecyclePolicy, aoss:DeleteLifecyclePolicy, aoss:UpdateLifecyclePolicy"

  read {
    actions = ["aoss:BatchGetLifecyclePolicy"]
    source  = "opensearchserverless.(*lifecyclePolicyResource).Read"
  }

  create {
    actions = ["aoss:CreateLifecyclePolicy"]
    source  = "opensearchserverless.(*lifecyclePolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["aoss:UpdateLifecyclePolicy"]
    source     = "opensearchserverless.(*lifecyclePolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["aoss:DeleteLifecyclePolicy"]
    source  = "opensearchserverless.(*lifecyclePolicyResource).Delete"
  }
}

resource "aws_opensearchserverless_security_config" {
  service = "aoss"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearchserverless.(*securityConfigResource).Create, opensearchserverless.(*securityConfigResource).Read, opensearchserverless.(*securityConfigResource).Update, opensearchserverless.(*securityConfigResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: aoss:CreateSecurityConfig, aoss:DeleteSecurityConfig, aoss:GetSecurityConfig, aoss:UpdateSecurityConfig"

  read {
    actions = ["aoss:GetSecurityConfig"]
    source  = "opensearchserverless.(*securityConfigResource).Read"
  }

  create {
    actions = ["aoss:CreateSecurityConfig"]
    source  = "opensearchserverless.(*securityConfigResource).Create"
  }

  update {
    attributes = []
    actions    = ["aoss:UpdateSecurityConfig"]
    source     = "opensearchserverless.(*securityConfigResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["aoss:DeleteSecurityConfig"]
    source  = "opensearchserverless.(*securityConfigResource).Delete"
  }
}

resource "aws_opensearchserverless_security_policy" {
  service = "aoss"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearchserverless.(*securityPolicyResource).Create, opensearchserverless.(*securityPolicyResource).Read, opensearchserverless.(*securityPolicyResource).Update, opensearchserverless.(*securityPolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: aoss:CreateSecurityPolicy, aoss:DeleteSecurityPolicy, aoss:GetSecurityPolicy, aoss:UpdateSecurityPolicy"

  read {
    actions = ["aoss:GetSecurityPolicy"]
    source  = "opensearchserverless.(*securityPolicyResource).Read"
  }

  create {
    actions = ["aoss:CreateSecurityPolicy"]
    source  = "opensearchserverless.(*securityPolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["aoss:UpdateSecurityPolicy"]
    source     = "opensearchserverless.(*securityPolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["aoss:DeleteSecurityPolicy"]
    source  = "opensearchserverless.(*securityPolicyResource).Delete"
  }
}

resource "aws_opensearchserverless_vpc_endpoint" {
  service = "aoss"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearchserverless.(*vpcEndpointResource).Create, opensearchserverless.(*vpcEndpointResource).Read, opensearchserverless.(*vpcEndpointResource).Update, opensearchserverless.(*vpcEndpointResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: aoss:BatchGetVpcEndpoint, aoss:CreateVpcEndpoint, aoss:DeleteVpcEndpoint, aoss:UpdateVpcEndpoint"

  read {
    actions = ["aoss:BatchGetVpcEndpoint"]
    source  = "opensearchserverless.(*vpcEndpointResource).Read"
  }

  create {
    actions = ["aoss:BatchGetVpcEndpoint", "aoss:CreateVpcEndpoint"]
    source  = "opensearchserverless.(*vpcEndpointResource).Create"
  }

  update {
    attributes = []
    actions    = ["aoss:UpdateVpcEndpoint"]
    source     = "opensearchserverless.(*vpcEndpointResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["aoss:BatchGetVpcEndpoint", "aoss:DeleteVpcEndpoint"]
    source  = "opensearchserverless.(*vpcEndpointResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_opensearchserverless_access_policy" {
  service = "aoss"
  source  = "import: pike data/aoss/aws_opensearchserverless_access_policy.json"

  read {
    actions = ["aoss:GetAccessPolicy"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_opensearchserverless_collection" {
  service = "aoss"
  source  = "import: pike data/aoss/aws_opensearchserverless_collection.json"

  read {
    actions = ["aoss:ListCollections"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_opensearchserverless_collection_group" {
  service = "aoss"
  source  = "import: pike data/aoss/aws_opensearchserverless_collection_group.json"

  read {
    actions = ["aoss:BatchGetCollectionGroup"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_opensearchserverless_collection_groups" {
  service = "aoss"
  source  = "import: pike data/aoss/aws_opensearchserverless_collection_groups.json"

  read {
    actions = ["aoss:ListCollectionGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_opensearchserverless_lifecycle_policy" {
  service = "aoss"
  source  = "import: pike data/aoss/aws_opensearchserverless_lifecycle_policy.json"

  read {
    actions = ["aoss:BatchGetLifecyclePolicy"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_opensearchserverless_security_config" {
  service = "aoss"
  source  = "import: pike data/aoss/aws_opensearchserverless_security_config.json"

  read {
    actions = ["aoss:GetSecurityConfig"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_opensearchserverless_security_policy" {
  service = "aoss"
  source  = "import: pike data/aoss/aws_opensearchserverless_security_policy.json"

  read {
    actions = ["aoss:GetSecurityPolicy"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_opensearchserverless_vpc_endpoint" {
  service = "aoss"
  source  = "import: pike data/aoss/aws_opensearchserverless_vpc_endpoint.json"

  read {
    actions = ["aoss:ListVpcEndpoints"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
