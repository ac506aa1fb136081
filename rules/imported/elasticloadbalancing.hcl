# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_app_cookie_stickiness_policy" {
  service = "elasticloadbalancing"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elb.resourceAppCookieStickinessPolicyCreate, elb.resourceAppCookieStickinessPolicyRead, elb.resourceAppCookieStickinessPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "elasticloadbalancing:DescribeLoadBalancerPolicies",
      "elasticloadbalancing:DescribeLoadBalancers",
    ]
    source  = "elb.resourceAppCookieStickinessPolicyRead"
  }

  create {
    actions = [
      "elasticloadbalancing:CreateAppCookieStickinessPolicy",
      "elasticloadbalancing:DescribeLoadBalancerPolicies",
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:SetLoadBalancerPoliciesOfListener",
    ]
    source  = "elb.resourceAppCookieStickinessPolicyCreate"
  }

  delete {
    actions = [
      "elasticloadbalancing:DeleteLoadBalancerPolicy",
      "elasticloadbalancing:SetLoadBalancerPoliciesOfListener",
    ]
    source  = "elb.resourceAppCookieStickinessPolicyDelete"
  }
}

resource "aws_elb_attachment" {
  service = "elasticloadbalancing"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elb.resourceAttachmentCreate, elb.resourceAttachmentRead, elb.resourceAttachmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticloadbalancing:DescribeLoadBalancers"]
    source  = "elb.resourceAttachmentRead"
  }

  create {
    actions = ["elasticloadbalancing:RegisterInstancesWithLoadBalancer"]
    source  = "elb.resourceAttachmentCreate"
  }

  delete {
    actions = ["elasticloadbalancing:DeregisterInstancesFromLoadBalancer"]
    source  = "elb.resourceAttachmentDelete"
  }
}

resource "aws_lb_cookie_stickiness_policy" {
  service = "elasticloadbalancing"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elb.resourceCookieStickinessPolicyCreate, elb.resourceCookieStickinessPolicyRead, elb.resourceCookieStickinessPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "elasticloadbalancing:DescribeLoadBalancerPolicies",
      "elasticloadbalancing:DescribeLoadBalancers",
    ]
    source  = "elb.resourceCookieStickinessPolicyRead"
  }

  create {
    actions = [
      "elasticloadbalancing:CreateLBCookieStickinessPolicy",
      "elasticloadbalancing:DescribeLoadBalancerPolicies",
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:SetLoadBalancerPoliciesOfListener",
    ]
    source  = "elb.resourceCookieStickinessPolicyCreate"
  }

  delete {
    actions = [
      "elasticloadbalancing:DeleteLoadBalancerPolicy",
      "elasticloadbalancing:SetLoadBalancerPoliciesOfListener",
    ]
    source  = "elb.resourceCookieStickinessPolicyDelete"
  }
}

resource "aws_lb_listener_certificate" {
  service = "elasticloadbalancing"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elbv2.resourceListenerCertificateCreate, elbv2.resourceListenerCertificateRead, elbv2.resourceListenerCertificateDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticloadbalancing:DescribeListenerCertificates"]
    source  = "elbv2.resourceListenerCertificateRead"
  }

  create {
    actions = [
      "elasticloadbalancing:AddListenerCertificates",
      "elasticloadbalancing:DescribeListenerCertificates",
    ]
    source  = "elbv2.resourceListenerCertificateCreate"
  }

  delete {
    actions = ["elasticloadbalancing:RemoveListenerCertificates"]
    source  = "elbv2.resourceListenerCertificateDelete"
  }
}

resource "aws_lb_ssl_negotiation_policy" {
  service = "elasticloadbalancing"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elb.resourceSSLNegotiationPolicyCreate, elb.resourceSSLNegotiationPolicyRead, elb.resourceSSLNegotiationPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "elasticloadbalancing:DescribeLoadBalancerPolicies",
      "elasticloadbalancing:DescribeLoadBalancers",
    ]
    source  = "elb.resourceSSLNegotiationPolicyRead"
  }

  create {
    actions = [
      "elasticloadbalancing:CreateLoadBalancerPolicy",
      "elasticloadbalancing:DescribeLoadBalancerPolicies",
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:SetLoadBalancerPoliciesOfListener",
    ]
    source  = "elb.resourceSSLNegotiationPolicyCreate"
  }

  delete {
    actions = [
      "elasticloadbalancing:DeleteLoadBalancerPolicy",
      "elasticloadbalancing:SetLoadBalancerPoliciesOfListener",
    ]
    source  = "elb.resourceSSLNegotiationPolicyDelete"
  }
}

resource "aws_lb_trust_store" {
  service = "elasticloadbalancing"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elbv2.resourceTrustStoreCreate, elbv2.resourceTrustStoreRead, elbv2.resourceTrustStoreUpdate, elbv2.resourceTrustStoreDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: elasticloadbalancing:RemoveTags; not in iamlive-map, identical IAM name used: elasticloadbalancing:CreateTrustStore, elasticloadbalancing:DeleteTrustStore, elasticloadbalancing:DescribeTrustStoreAssociations, elasticloadbalancing:DescribeTrustStores, elasticloadbalancing:ModifyTrustStore"

  read {
    actions = ["elasticloadbalancing:DescribeTags", "elasticloadbalancing:DescribeTrustStores"]
    source  = "elbv2.resourceTrustStoreRead + elbv2.(*servicePackage).ListTags"
  }

  create {
    actions = ["elasticloadbalancing:CreateTrustStore", "elasticloadbalancing:DescribeTrustStores"]
    source  = "elbv2.resourceTrustStoreCreate"
  }

  create {
    if_set  = "tags"
    actions = ["elasticloadbalancing:AddTags"]
    source  = "elbv2.resourceTrustStoreCreate: the create handler itself reaches the tagging calls of UpdateTags (AddTags)"
  }

  update {
    attributes = []
    actions    = ["elasticloadbalancing:ModifyTrustStore"]
    source     = "elbv2.resourceTrustStoreUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
    source     = "elbv2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "elasticloadbalancing:DeleteTrustStore",
      "elasticloadbalancing:DescribeTrustStoreAssociations",
    ]
    source  = "elbv2.resourceTrustStoreDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_lb_trust_store_revocation" {
  service = "elasticloadbalancing"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elbv2.resourceTrustStoreRevocationCreate, elbv2.resourceTrustStoreRevocationRead, elbv2.resourceTrustStoreRevocationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: elasticloadbalancing:AddTrustStoreRevocations, elasticloadbalancing:DescribeTrustStoreRevocations, elasticloadbalancing:RemoveTrustStoreRevocations"

  read {
    actions = ["elasticloadbalancing:DescribeTrustStoreRevocations"]
    source  = "elbv2.resourceTrustStoreRevocationRead"
  }

  create {
    actions = [
      "elasticloadbalancing:AddTrustStoreRevocations",
      "elasticloadbalancing:DescribeTrustStoreRevocations",
    ]
    source  = "elbv2.resourceTrustStoreRevocationCreate"
  }

  delete {
    actions = ["elasticloadbalancing:RemoveTrustStoreRevocations"]
    source  = "elbv2.resourceTrustStoreRevocationDelete"
  }
}

resource "aws_load_balancer_backend_server_policy" {
  service = "elasticloadbalancing"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elb.resourceBackendServerPolicySet, elb.resourceBackendServerPolicyRead, elb.resourceBackendServerPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticloadbalancing:DescribeLoadBalancers"]
    source  = "elb.resourceBackendServerPolicyRead"
  }

  create {
    actions = [
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer",
    ]
    source  = "elb.resourceBackendServerPolicySet"
  }

  update {
    attributes = []
    actions    = ["elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer"]
    source     = "elb.resourceBackendServerPolicySet"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer"]
    source  = "elb.resourceBackendServerPolicyDelete"
  }
}

resource "aws_load_balancer_listener_policy" {
  service = "elasticloadbalancing"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elb.resourceListenerPolicySet, elb.resourceListenerPolicyRead, elb.resourceListenerPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticloadbalancing:DescribeLoadBalancers"]
    source  = "elb.resourceListenerPolicyRead"
  }

  create {
    actions = [
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:SetLoadBalancerPoliciesOfListener",
    ]
    source  = "elb.resourceListenerPolicySet"
  }

  update {
    attributes = []
    actions    = ["elasticloadbalancing:SetLoadBalancerPoliciesOfListener"]
    source     = "elb.resourceListenerPolicySet"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["elasticloadbalancing:SetLoadBalancerPoliciesOfListener"]
    source  = "elb.resourceListenerPolicyDelete"
  }
}

resource "aws_load_balancer_policy" {
  service = "elasticloadbalancing"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elb.resourcePolicyCreate, elb.resourcePolicyRead, elb.resourcePolicyUpdate, elb.resourcePolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticloadbalancing:DescribeLoadBalancerPolicies"]
    source  = "elb.resourcePolicyRead"
  }

  create {
    actions = [
      "elasticloadbalancing:CreateLoadBalancerPolicy",
      "elasticloadbalancing:DescribeLoadBalancerPolicies",
    ]
    source  = "elb.resourcePolicyCreate"
  }

  update {
    attributes = []
    actions    = [
      "elasticloadbalancing:CreateLoadBalancerPolicy",
      "elasticloadbalancing:DeleteLoadBalancerPolicy",
      "elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer",
      "elasticloadbalancing:SetLoadBalancerPoliciesOfListener",
    ]
    source     = "elb.resourcePolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "elasticloadbalancing:DeleteLoadBalancerPolicy",
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer",
      "elasticloadbalancing:SetLoadBalancerPoliciesOfListener",
    ]
    source  = "elb.resourcePolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_proxy_protocol_policy" {
  service = "elasticloadbalancing"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elb.resourceProxyProtocolPolicyCreate, elb.resourceProxyProtocolPolicyRead, elb.resourceProxyProtocolPolicyUpdate, elb.resourceProxyProtocolPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticloadbalancing:DescribeLoadBalancers"]
    source  = "elb.resourceProxyProtocolPolicyRead"
  }

  create {
    actions = [
      "elasticloadbalancing:CreateLoadBalancerPolicy",
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer",
    ]
    source  = "elb.resourceProxyProtocolPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer"]
    source     = "elb.resourceProxyProtocolPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "elasticloadbalancing:DeleteLoadBalancerPolicy",
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:SetLoadBalancerPoliciesForBackendServer",
    ]
    source  = "elb.resourceProxyProtocolPolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_alb_trust_store" {
  service = "elasticloadbalancing"
  source  = "import: pike data/elasticloadbalancing/aws_alb_trust_store.json"

  read {
    actions = ["elasticloadbalancing:DescribeTrustStores"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_elb" {
  service = "elasticloadbalancing"
  source  = "import: pike data/elasticloadbalancing/aws_elb.json"

  read {
    actions = ["elasticloadbalancing:DescribeLoadBalancers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lb" {
  service = "elasticloadbalancing"
  source  = "import: pike data/elasticloadbalancing/aws_lb.json"

  read {
    actions = ["elasticloadbalancing:DescribeLoadBalancers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lb_listener" {
  service = "elasticloadbalancing"
  source  = "import: pike data/elasticloadbalancing/aws_lb_listener.json"

  read {
    actions = ["elasticloadbalancing:DescribeListeners"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lb_listener_rule" {
  service = "elasticloadbalancing"
  source  = "import: pike data/elasticloadbalancing/aws_lb_listener_rule.json"

  read {
    actions = ["elasticloadbalancing:DescribeRules"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lb_target_group" {
  service = "elasticloadbalancing"
  source  = "import: pike data/elasticloadbalancing/aws_lb_target_group.json"

  read {
    actions = ["elasticloadbalancing:DescribeTargetGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lb_trust_store" {
  service = "elasticloadbalancing"
  source  = "import: pike data/elasticloadbalancing/aws_lb_trust_store.json"

  read {
    actions = ["elasticloadbalancing:DescribeTrustStores"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lbs" {
  service = "elasticloadbalancing"
  source  = "import: pike data/elasticloadbalancing/aws_lbs.json"

  read {
    actions = ["elasticloadbalancing:DescribeLoadBalancers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
