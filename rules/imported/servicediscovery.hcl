# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_service_discovery_instance" {
  service = "servicediscovery"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicediscovery.resourceInstancePut, servicediscovery.resourceInstanceRead, servicediscovery.resourceInstanceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicediscovery:GetInstance"]
    source  = "servicediscovery.resourceInstanceRead"
  }

  create {
    actions = [
      "servicediscovery:GetInstance",
      "servicediscovery:GetOperation",
      "servicediscovery:RegisterInstance",
    ]
    source  = "servicediscovery.resourceInstancePut"
  }

  update {
    attributes = []
    actions    = ["servicediscovery:RegisterInstance"]
    source     = "servicediscovery.resourceInstancePut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["servicediscovery:DeregisterInstance", "servicediscovery:GetOperation"]
    source  = "servicediscovery.resourceInstanceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_service_discovery_public_dns_namespace" {
  service = "servicediscovery"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicediscovery.resourcePublicDNSNamespaceCreate, servicediscovery.resourcePublicDNSNamespaceRead, servicediscovery.resourcePublicDNSNamespaceUpdate, servicediscovery.resourcePublicDNSNamespaceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicediscovery:GetNamespace", "servicediscovery:ListTagsForResource"]
    source  = "servicediscovery.resourcePublicDNSNamespaceRead + servicediscovery.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "servicediscovery:CreatePublicDnsNamespace",
      "servicediscovery:GetNamespace",
      "servicediscovery:GetOperation",
    ]
    source  = "servicediscovery.resourcePublicDNSNamespaceCreate"
  }

  update {
    attributes = []
    actions    = ["servicediscovery:UpdatePublicDnsNamespace"]
    source     = "servicediscovery.resourcePublicDNSNamespaceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["servicediscovery:TagResource", "servicediscovery:UntagResource"]
    source     = "servicediscovery.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["servicediscovery:DeleteNamespace", "servicediscovery:GetOperation"]
    source  = "servicediscovery.resourcePublicDNSNamespaceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_service_discovery_dns_namespace" {
  service = "servicediscovery"
  source  = "import: pike data/servicediscovery/aws_service_discovery_dns_namespace.json"

  read {
    actions = ["servicediscovery:ListNamespaces"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_service_discovery_http_namespace" {
  service = "servicediscovery"
  source  = "import: pike data/servicediscovery/aws_service_discovery_http_namespace.json"

  read {
    actions = ["servicediscovery:ListNamespaces"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_service_discovery_service" {
  service = "servicediscovery"
  source  = "import: pike data/servicediscovery/aws_service_discovery_service.json"

  read {
    actions = ["servicediscovery:ListServices"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
