# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_redshiftserverless_custom_domain_association" {
  service = "redshift-serverless"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshiftserverless.(*customDomainAssociationResource).Create, redshiftserverless.(*customDomainAssociationResource).Read, redshiftserverless.(*customDomainAssociationResource).Update, redshiftserverless.(*customDomainAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: redshift-serverless:CreateCustomDomainAssociation, redshift-serverless:DeleteCustomDomainAssociation, redshift-serverless:GetCustomDomainAssociation, redshift-serverless:UpdateCustomDomainAssociation"

  read {
    actions = ["redshift-serverless:GetCustomDomainAssociation"]
    source  = "redshiftserverless.(*customDomainAssociationResource).Read"
  }

  create {
    actions = ["redshift-serverless:CreateCustomDomainAssociation"]
    source  = "redshiftserverless.(*customDomainAssociationResource).Create"
  }

  update {
    attributes = []
    actions    = ["redshift-serverless:UpdateCustomDomainAssociation"]
    source     = "redshiftserverless.(*customDomainAssociationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["redshift-serverless:DeleteCustomDomainAssociation"]
    source  = "redshiftserverless.(*customDomainAssociationResource).Delete"
  }
}

resource "aws_redshiftserverless_endpoint_access" {
  service = "redshift-serverless"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshiftserverless.resourceEndpointAccessCreate, redshiftserverless.resourceEndpointAccessRead, redshiftserverless.resourceEndpointAccessUpdate, redshiftserverless.resourceEndpointAccessDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: redshift-serverless:CreateEndpointAccess, redshift-serverless:DeleteEndpointAccess, redshift-serverless:GetEndpointAccess, redshift-serverless:UpdateEndpointAccess"

  read {
    actions = ["redshift-serverless:GetEndpointAccess"]
    source  = "redshiftserverless.resourceEndpointAccessRead"
  }

  create {
    actions = ["redshift-serverless:CreateEndpointAccess", "redshift-serverless:GetEndpointAccess"]
    source  = "redshiftserverless.resourceEndpointAccessCreate"
  }

  update {
    attributes = []
    actions    = ["redshift-serverless:UpdateEndpointAccess"]
    source     = "redshiftserverless.resourceEndpointAccessUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["redshift-serverless:DeleteEndpointAccess", "redshift-serverless:GetEndpointAccess"]
    source  = "redshiftserverless.resourceEndpointAccessDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_redshiftserverless_namespace" {
  service = "redshift-serverless"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshiftserverless.resourceNamespaceCreate, redshiftserverless.resourceNamespaceRead, redshiftserverless.resourceNamespaceUpdate, redshiftserverless.resourceNamespaceDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: redshift-serverless:CreateNamespace, redshift-serverless:DeleteNamespace, redshift-serverless:GetNamespace, redshift-serverless:ListTagsForResource, redshift-serverless:TagResource, redshift-serverless:UntagResource, redshift-serverless:UpdateNamespace"

  read {
    actions = ["redshift-serverless:GetNamespace", "redshift-serverless:ListTagsForResource"]
    source  = "redshiftserverless.resourceNamespaceRead + redshiftserverless.(*servicePackage).ListTags"
  }

  create {
    actions = ["redshift-serverless:CreateNamespace", "redshift-serverless:GetNamespace"]
    source  = "redshiftserverless.resourceNamespaceCreate"
  }

  update {
    attributes = []
    actions    = ["redshift-serverless:UpdateNamespace"]
    source     = "redshiftserverless.resourceNamespaceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift-serverless:TagResource", "redshift-serverless:UntagResource"]
    source     = "redshiftserverless.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["redshift-serverless:DeleteNamespace", "redshift-serverless:GetNamespace"]
    source  = "redshiftserverless.resourceNamespaceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_redshiftserverless_resource_policy" {
  service = "redshift-serverless"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshiftserverless.resourceResourcePolicyPut, redshiftserverless.resourceResourcePolicyRead, redshiftserverless.resourceResourcePolicyDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: redshift-serverless:DeleteResourcePolicy, redshift-serverless:GetResourcePolicy, redshift-serverless:PutResourcePolicy"

  read {
    actions = ["redshift-serverless:GetResourcePolicy"]
    source  = "redshiftserverless.resourceResourcePolicyRead"
  }

  create {
    actions = ["redshift-serverless:GetResourcePolicy", "redshift-serverless:PutResourcePolicy"]
    source  = "redshiftserverless.resourceResourcePolicyPut"
  }

  update {
    attributes = []
    actions    = ["redshift-serverless:PutResourcePolicy"]
    source     = "redshiftserverless.resourceResourcePolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["redshift-serverless:DeleteResourcePolicy"]
    source  = "redshiftserverless.resourceResourcePolicyDelete"
  }
}

resource "aws_redshiftserverless_snapshot" {
  service = "redshift-serverless"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshiftserverless.resourceSnapshotCreate, redshiftserverless.resourceSnapshotRead, redshiftserverless.resourceSnapshotUpdate, redshiftserverless.resourceSnapshotDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: redshift-serverless:CreateSnapshot, redshift-serverless:DeleteSnapshot, redshift-serverless:GetSnapshot, redshift-serverless:UpdateSnapshot"

  read {
    actions = ["redshift-serverless:GetSnapshot"]
    source  = "redshiftserverless.resourceSnapshotRead"
  }

  create {
    actions = ["redshift-serverless:CreateSnapshot", "redshift-serverless:GetSnapshot"]
    source  = "redshiftserverless.resourceSnapshotCreate"
  }

  update {
    attributes = []
    actions    = ["redshift-serverless:UpdateSnapshot"]
    source     = "redshiftserverless.resourceSnapshotUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["redshift-serverless:DeleteSnapshot", "redshift-serverless:GetSnapshot"]
    source  = "redshiftserverless.resourceSnapshotDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_redshiftserverless_usage_limit" {
  service = "redshift-serverless"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshiftserverless.resourceUsageLimitCreate, redshiftserverless.resourceUsageLimitRead, redshiftserverless.resourceUsageLimitUpdate, redshiftserverless.resourceUsageLimitDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: redshift-serverless:CreateUsageLimit, redshift-serverless:DeleteUsageLimit, redshift-serverless:GetUsageLimit, redshift-serverless:UpdateUsageLimit"

  read {
    actions = ["redshift-serverless:GetUsageLimit"]
    source  = "redshiftserverless.resourceUsageLimitRead"
  }

  create {
    actions = ["redshift-serverless:CreateUsageLimit", "redshift-serverless:GetUsageLimit"]
    source  = "redshiftserverless.resourceUsageLimitCreate"
  }

  update {
    attributes = []
    actions    = ["redshift-serverless:UpdateUsageLimit"]
    source     = "redshiftserverless.resourceUsageLimitUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["redshift-serverless:DeleteUsageLimit"]
    source  = "redshiftserverless.resourceUsageLimitDelete"
  }
}

resource "aws_redshiftserverless_workgroup" {
  service = "redshift-serverless"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshiftserverless.resourceWorkgroupCreate, redshiftserverless.resourceWorkgroupRead, redshiftserverless.resourceWorkgroupUpdate, redshiftserverless.resourceWorkgroupDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: redshift-serverless:CreateWorkgroup, redshift-serverless:DeleteWorkgroup, redshift-serverless:GetWorkgroup, redshift-serverless:ListTagsForResource, redshift-serverless:TagResource, redshift-serverless:UntagResource, redshift-serverless:UpdateWorkgroup"

  read {
    actions = ["redshift-serverless:GetWorkgroup", "redshift-serverless:ListTagsForResource"]
    source  = "redshiftserverless.resourceWorkgroupRead + redshiftserverless.(*servicePackage).ListTags"
  }

  create {
    actions = ["redshift-serverless:CreateWorkgroup", "redshift-serverless:GetWorkgroup"]
    source  = "redshiftserverless.resourceWorkgroupCreate"
  }

  update {
    attributes = []
    actions    = ["redshift-serverless:UpdateWorkgroup"]
    source     = "redshiftserverless.resourceWorkgroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["redshift-serverless:TagResource", "redshift-serverless:UntagResource"]
    source     = "redshiftserverless.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["redshift-serverless:DeleteWorkgroup", "redshift-serverless:GetWorkgroup"]
    source  = "redshiftserverless.resourceWorkgroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_redshiftserverless_namespace" {
  service = "redshift-serverless"
  source  = "import: pike data/redshift-serverless/aws_redshiftserverless_namespace.json"

  read {
    actions = ["redshift-serverless:ListNamespaces"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_redshiftserverless_workgroup" {
  service = "redshift-serverless"
  source  = "import: pike data/redshift-serverless/aws_redshiftserverless_workgroup.json"

  read {
    actions = ["redshift-serverless:ListWorkgroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
