# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_elasticsearch_domain" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticsearch.resourceDomainCreate, elasticsearch.resourceDomainRead, elasticsearch.resourceDomainUpdate, elasticsearch.resourceDomainDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by es.CreateElasticsearchDomain, es.UpdateElasticsearchDomainConfig (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = [
      "es:DescribeElasticsearchDomain",
      "es:DescribeElasticsearchDomainConfig",
      "es:ListTags",
    ]
    source  = "elasticsearch.resourceDomainRead + elasticsearch.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "es:CreateElasticsearchDomain",
      "es:DescribeElasticsearchDomain",
      "es:DescribeElasticsearchDomainConfig",
      "es:UpdateElasticsearchDomainConfig",
    ]
    source  = "elasticsearch.resourceDomainCreate"
  }

  update {
    attributes = []
    actions    = ["es:UpdateElasticsearchDomainConfig", "es:UpgradeElasticsearchDomain"]
    source     = "elasticsearch.resourceDomainUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["es:AddTags", "es:RemoveTags"]
    source     = "elasticsearch.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["es:DeleteElasticsearchDomain", "es:DescribeElasticsearchDomain"]
    source  = "elasticsearch.resourceDomainDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_elasticsearch_domain_policy" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticsearch.resourceDomainPolicyUpsert, elasticsearch.resourceDomainPolicyRead, elasticsearch.resourceDomainPolicyDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by es.UpdateElasticsearchDomainConfig (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["es:DescribeElasticsearchDomain"]
    source  = "elasticsearch.resourceDomainPolicyRead"
  }

  create {
    actions = ["es:DescribeElasticsearchDomain", "es:UpdateElasticsearchDomainConfig"]
    source  = "elasticsearch.resourceDomainPolicyUpsert"
  }

  update {
    attributes = []
    actions    = ["es:UpdateElasticsearchDomainConfig"]
    source     = "elasticsearch.resourceDomainPolicyUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["es:DescribeElasticsearchDomain", "es:UpdateElasticsearchDomainConfig"]
    source  = "elasticsearch.resourceDomainPolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_elasticsearch_domain_saml_options" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticsearch.resourceDomainSAMLOptionsPut, elasticsearch.resourceDomainSAMLOptionsRead, elasticsearch.resourceDomainSAMLOptionsDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by es.UpdateElasticsearchDomainConfig (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["es:DescribeElasticsearchDomain"]
    source  = "elasticsearch.resourceDomainSAMLOptionsRead"
  }

  create {
    actions = ["es:DescribeElasticsearchDomain", "es:UpdateElasticsearchDomainConfig"]
    source  = "elasticsearch.resourceDomainSAMLOptionsPut"
  }

  update {
    attributes = []
    actions    = ["es:UpdateElasticsearchDomainConfig"]
    source     = "elasticsearch.resourceDomainSAMLOptionsPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["es:DescribeElasticsearchDomain", "es:UpdateElasticsearchDomainConfig"]
    source  = "elasticsearch.resourceDomainSAMLOptionsDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_elasticsearch_vpc_endpoint" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticsearch.resourceVPCEndpointCreate, elasticsearch.resourceVPCEndpointRead, elasticsearch.resourceVPCEndpointUpdate, elasticsearch.resourceVPCEndpointDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: es:CreateVpcEndpoint, es:DeleteVpcEndpoint, es:DescribeVpcEndpoints, es:UpdateVpcEndpoint"

  read {
    actions = ["es:DescribeVpcEndpoints"]
    source  = "elasticsearch.resourceVPCEndpointRead"
  }

  create {
    actions = ["es:CreateVpcEndpoint", "es:DescribeVpcEndpoints"]
    source  = "elasticsearch.resourceVPCEndpointCreate"
  }

  update {
    attributes = []
    actions    = ["es:UpdateVpcEndpoint"]
    source     = "elasticsearch.resourceVPCEndpointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["es:DeleteVpcEndpoint", "es:DescribeVpcEndpoints"]
    source  = "elasticsearch.resourceVPCEndpointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_opensearch_application" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearch.(*applicationResource).Create, opensearch.(*applicationResource).Read, opensearch.(*applicationResource).Update, opensearch.(*applicationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: es:CreateApplication, es:DeleteApplication, es:GetApplication, es:UpdateApplication"

  read {
    actions = ["es:GetApplication", "es:ListTags"]
    source  = "opensearch.(*applicationResource).Read + opensearch.(*servicePackage).ListTags"
  }

  create {
    actions = ["es:CreateApplication", "es:GetApplication"]
    source  = "opensearch.(*applicationResource).Create"
  }

  update {
    attributes = []
    actions    = ["es:UpdateApplication"]
    source     = "opensearch.(*applicationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["es:AddTags", "es:RemoveTags"]
    source     = "opensearch.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["es:DeleteApplication", "es:GetApplication"]
    source  = "opensearch.(*applicationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_opensearch_authorize_vpc_endpoint_access" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearch.(*authorizeVPCEndpointAccessResource).Create, opensearch.(*authorizeVPCEndpointAccessResource).Read, opensearch.(*authorizeVPCEndpointAccessResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: es:AuthorizeVpcEndpointAccess, es:ListVpcEndpointAccess, es:RevokeVpcEndpointAccess"

  read {
    actions = ["es:ListVpcEndpointAccess"]
    source  = "opensearch.(*authorizeVPCEndpointAccessResource).Read"
  }

  create {
    actions = ["es:AuthorizeVpcEndpointAccess"]
    source  = "opensearch.(*authorizeVPCEndpointAccessResource).Create"
  }

  delete {
    actions = ["es:RevokeVpcEndpointAccess"]
    source  = "opensearch.(*authorizeVPCEndpointAccessResource).Delete"
  }
}

resource "aws_opensearch_domain" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearch.resourceDomainCreate, opensearch.resourceDomainRead, opensearch.resourceDomainUpdate, opensearch.resourceDomainDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["es:DescribeDomain", "es:DescribeDomainConfig", "es:ListTags"]
    source  = "opensearch.resourceDomainRead + opensearch.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "es:CreateDomain",
      "es:DescribeDomain",
      "es:DescribeDomainConfig",
      "es:UpdateDomainConfig",
    ]
    source  = "opensearch.resourceDomainCreate"
  }

  update {
    attributes = []
    actions    = ["es:UpdateDomainConfig", "es:UpgradeDomain"]
    source     = "opensearch.resourceDomainUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["es:AddTags", "es:RemoveTags"]
    source     = "opensearch.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["es:DeleteDomain", "es:DescribeDomain", "es:DescribeDomainConfig"]
    source  = "opensearch.resourceDomainDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_opensearch_domain_policy" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearch.resourceDomainPolicyUpsert, opensearch.resourceDomainPolicyRead, opensearch.resourceDomainPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["es:DescribeDomain"]
    source  = "opensearch.resourceDomainPolicyRead"
  }

  create {
    actions = ["es:DescribeDomain", "es:UpdateDomainConfig"]
    source  = "opensearch.resourceDomainPolicyUpsert"
  }

  update {
    attributes = []
    actions    = ["es:UpdateDomainConfig"]
    source     = "opensearch.resourceDomainPolicyUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["es:DescribeDomain", "es:UpdateDomainConfig"]
    source  = "opensearch.resourceDomainPolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_opensearch_domain_saml_options" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearch.resourceDomainSAMLOptionsPut, opensearch.resourceDomainSAMLOptionsRead, opensearch.resourceDomainSAMLOptionsDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["es:DescribeDomain"]
    source  = "opensearch.resourceDomainSAMLOptionsRead"
  }

  create {
    actions = ["es:DescribeDomain", "es:UpdateDomainConfig"]
    source  = "opensearch.resourceDomainSAMLOptionsPut"
  }

  update {
    attributes = []
    actions    = ["es:UpdateDomainConfig"]
    source     = "opensearch.resourceDomainSAMLOptionsPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["es:DescribeDomain", "es:UpdateDomainConfig"]
    source  = "opensearch.resourceDomainSAMLOptionsDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_opensearch_inbound_connection_accepter" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearch.resourceInboundConnectionAccepterCreate, opensearch.resourceInboundConnectionRead, opensearch.resourceInboundConnectionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["es:DescribeInboundConnections"]
    source  = "opensearch.resourceInboundConnectionRead"
  }

  create {
    actions = ["es:AcceptInboundConnection", "es:DescribeInboundConnections"]
    source  = "opensearch.resourceInboundConnectionAccepterCreate"
  }

  delete {
    actions = [
      "es:DeleteInboundConnection",
      "es:DescribeInboundConnections",
      "es:RejectInboundConnection",
    ]
    source  = "opensearch.resourceInboundConnectionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_opensearch_outbound_connection" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearch.resourceOutboundConnectionCreate, opensearch.resourceOutboundConnectionRead, opensearch.resourceOutboundConnectionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["es:DescribeOutboundConnections"]
    source  = "opensearch.resourceOutboundConnectionRead"
  }

  create {
    actions = [
      "es:AcceptInboundConnection",
      "es:CreateOutboundConnection",
      "es:DescribeInboundConnections",
      "es:DescribeOutboundConnections",
    ]
    source  = "opensearch.resourceOutboundConnectionCreate"
  }

  delete {
    actions = ["es:DeleteOutboundConnection", "es:DescribeOutboundConnections"]
    source  = "opensearch.resourceOutboundConnectionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_opensearch_package" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearch.resourcePackageCreate, opensearch.resourcePackageRead, opensearch.resourcePackageUpdate, opensearch.resourcePackageDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["es:DescribePackages"]
    source  = "opensearch.resourcePackageRead"
  }

  create {
    actions = ["es:CreatePackage", "es:DescribePackages"]
    source  = "opensearch.resourcePackageCreate"
  }

  update {
    attributes = []
    actions    = ["es:UpdatePackage"]
    source     = "opensearch.resourcePackageUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["es:DeletePackage"]
    source  = "opensearch.resourcePackageDelete"
  }
}

resource "aws_opensearch_package_association" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearch.resourcePackageAssociationCreate, opensearch.resourcePackageAssociationRead, opensearch.resourcePackageAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["es:ListPackagesForDomain"]
    source  = "opensearch.resourcePackageAssociationRead"
  }

  create {
    actions = ["es:AssociatePackage", "es:ListPackagesForDomain"]
    source  = "opensearch.resourcePackageAssociationCreate"
  }

  delete {
    actions = ["es:DissociatePackage", "es:ListPackagesForDomain"]
    source  = "opensearch.resourcePackageAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_opensearch_vpc_endpoint" {
  service = "es"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (opensearch.resourceVPCEndpointCreate, opensearch.resourceVPCEndpointRead, opensearch.resourceVPCEndpointUpdate, opensearch.resourceVPCEndpointDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: es:CreateVpcEndpoint, es:DeleteVpcEndpoint, es:DescribeVpcEndpoints, es:UpdateVpcEndpoint"

  read {
    actions = ["es:DescribeVpcEndpoints"]
    source  = "opensearch.resourceVPCEndpointRead"
  }

  create {
    actions = ["es:CreateVpcEndpoint", "es:DescribeVpcEndpoints"]
    source  = "opensearch.resourceVPCEndpointCreate"
  }

  update {
    attributes = []
    actions    = ["es:UpdateVpcEndpoint"]
    source     = "opensearch.resourceVPCEndpointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["es:DeleteVpcEndpoint", "es:DescribeVpcEndpoints"]
    source  = "opensearch.resourceVPCEndpointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
