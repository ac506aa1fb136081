# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_eks_access_entry" {
  service = "eks"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (eks.resourceAccessEntryCreate, eks.resourceAccessEntryRead, eks.resourceAccessEntryUpdate, eks.resourceAccessEntryDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: eks:CreateAccessEntry, eks:DeleteAccessEntry, eks:DescribeAccessEntry, eks:UpdateAccessEntry"

  read {
    actions = ["eks:DescribeAccessEntry", "eks:ListTagsForResource"]
    source  = "eks.resourceAccessEntryRead + eks.(*servicePackage).ListTags"
  }

  create {
    actions = ["eks:CreateAccessEntry", "eks:DescribeAccessEntry"]
    source  = "eks.resourceAccessEntryCreate"
  }

  update {
    attributes = []
    actions    = ["eks:UpdateAccessEntry"]
    source     = "eks.resourceAccessEntryUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["eks:TagResource", "eks:UntagResource"]
    source     = "eks.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["eks:DeleteAccessEntry"]
    source  = "eks.resourceAccessEntryDelete"
  }
}

resource "aws_eks_access_policy_association" {
  service = "eks"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (eks.resourceAccessPolicyAssociationCreate, eks.resourceAccessPolicyAssociationRead, eks.resourceAccessPolicyAssociationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: eks:AssociateAccessPolicy, eks:DisassociateAccessPolicy, eks:ListAssociatedAccessPolicies"

  read {
    actions = ["eks:ListAssociatedAccessPolicies"]
    source  = "eks.resourceAccessPolicyAssociationRead"
  }

  create {
    actions = ["eks:AssociateAccessPolicy", "eks:ListAssociatedAccessPolicies"]
    source  = "eks.resourceAccessPolicyAssociationCreate"
  }

  delete {
    actions = ["eks:DisassociateAccessPolicy"]
    source  = "eks.resourceAccessPolicyAssociationDelete"
  }
}

resource "aws_eks_capability" {
  service = "eks"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (eks.(*capabilityResource).Create, eks.(*capabilityResource).Read, eks.(*capabilityResource).Update, eks.(*capabilityResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: eks:CreateCapability, eks:DeleteCapability, eks:DescribeCapability, eks:UpdateCapability"

  read {
    actions = ["eks:DescribeCapability", "eks:ListTagsForResource"]
    source  = "eks.(*capabilityResource).Read + eks.(*servicePackage).ListTags"
  }

  create {
    actions = ["eks:CreateCapability", "eks:DescribeCapability"]
    source  = "eks.(*capabilityResource).Create"
  }

  update {
    attributes = []
    actions    = ["eks:UpdateCapability"]
    source     = "eks.(*capabilityResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["eks:TagResource", "eks:UntagResource"]
    source     = "eks.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["eks:DeleteCapability", "eks:DescribeCapability"]
    source  = "eks.(*capabilityResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_eks_identity_provider_config" {
  service = "eks"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (eks.resourceIdentityProviderConfigCreate, eks.resourceIdentityProviderConfigRead, eks.resourceIdentityProviderConfigUpdate, eks.resourceIdentityProviderConfigDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["eks:DescribeIdentityProviderConfig", "eks:ListTagsForResource"]
    source  = "eks.resourceIdentityProviderConfigRead + eks.(*servicePackage).ListTags"
  }

  create {
    actions = ["eks:AssociateIdentityProviderConfig", "eks:DescribeIdentityProviderConfig"]
    source  = "eks.resourceIdentityProviderConfigCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "eks.resourceIdentityProviderConfigUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["eks:TagResource", "eks:UntagResource"]
    source     = "eks.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["eks:DescribeIdentityProviderConfig", "eks:DisassociateIdentityProviderConfig"]
    source  = "eks.resourceIdentityProviderConfigDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_eks_pod_identity_association" {
  service = "eks"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (eks.(*podIdentityAssociationResource).Create, eks.(*podIdentityAssociationResource).Read, eks.(*podIdentityAssociationResource).Update, eks.(*podIdentityAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: eks:CreatePodIdentityAssociation, eks:DeletePodIdentityAssociation, eks:DescribePodIdentityAssociation, eks:UpdatePodIdentityAssociation"

  read {
    actions = ["eks:DescribePodIdentityAssociation", "eks:ListTagsForResource"]
    source  = "eks.(*podIdentityAssociationResource).Read + eks.(*servicePackage).ListTags"
  }

  create {
    actions = ["eks:CreatePodIdentityAssociation"]
    source  = "eks.(*podIdentityAssociationResource).Create"
  }

  update {
    attributes = []
    actions    = ["eks:UpdatePodIdentityAssociation"]
    source     = "eks.(*podIdentityAssociationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["eks:TagResource", "eks:UntagResource"]
    source     = "eks.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["eks:DeletePodIdentityAssociation"]
    source  = "eks.(*podIdentityAssociationResource).Delete"
  }
}

data "aws_eks_access_entry" {
  service = "eks"
  source  = "import: pike data/eks/aws_eks_access_entry.json"

  read {
    actions = ["eks:DescribeAccessEntry"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_eks_addon" {
  service = "eks"
  source  = "import: pike data/eks/aws_eks_addon.json"

  read {
    actions = ["eks:DescribeAddon"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_eks_addon_version" {
  service = "eks"
  source  = "import: pike data/eks/aws_eks_addon_version.json"

  read {
    actions = ["eks:DescribeAddonVersions", "eks:ListAddons"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_eks_cluster_versions" {
  service = "eks"
  source  = "import: pike data/eks/aws_eks_cluster_versions.json"

  read {
    actions = ["eks:DescribeClusterVersions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_eks_clusters" {
  service = "eks"
  source  = "import: pike data/eks/aws_eks_clusters.json"

  read {
    actions = ["eks:ListClusters"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_eks_node_group" {
  service = "eks"
  source  = "import: pike data/eks/aws_eks_node_group.json"

  read {
    actions = ["eks:DescribeNodegroup"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_eks_node_groups" {
  service = "eks"
  source  = "import: pike data/eks/aws_eks_node_groups.json"

  read {
    actions = ["eks:ListNodegroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
