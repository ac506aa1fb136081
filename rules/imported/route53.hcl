# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_route53_cidr_collection" {
  service = "route53"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53.(*cidrCollectionResource).Create, route53.(*cidrCollectionResource).Read, route53.(*cidrCollectionResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53:ListCidrCollections"]
    source  = "route53.(*cidrCollectionResource).Read"
  }

  create {
    actions = ["route53:CreateCidrCollection"]
    source  = "route53.(*cidrCollectionResource).Create"
  }

  delete {
    actions = ["route53:DeleteCidrCollection"]
    source  = "route53.(*cidrCollectionResource).Delete"
  }
}

resource "aws_route53_cidr_location" {
  service = "route53"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53.(*cidrLocationResource).Create, route53.(*cidrLocationResource).Read, route53.(*cidrLocationResource).Update, route53.(*cidrLocationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53:ListCidrBlocks"]
    source  = "route53.(*cidrLocationResource).Read"
  }

  create {
    actions = ["route53:ChangeCidrCollection", "route53:ListCidrCollections"]
    source  = "route53.(*cidrLocationResource).Create"
  }

  update {
    attributes = []
    actions    = ["route53:ChangeCidrCollection"]
    source     = "route53.(*cidrLocationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["route53:ChangeCidrCollection", "route53:ListCidrCollections"]
    source  = "route53.(*cidrLocationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53_delegation_set" {
  service = "route53"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53.resourceDelegationSetCreate, route53.resourceDelegationSetRead, route53.resourceDelegationSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53:GetReusableDelegationSet"]
    source  = "route53.resourceDelegationSetRead"
  }

  create {
    actions = ["route53:CreateReusableDelegationSet", "route53:GetReusableDelegationSet"]
    source  = "route53.resourceDelegationSetCreate"
  }

  delete {
    actions = ["route53:DeleteReusableDelegationSet"]
    source  = "route53.resourceDelegationSetDelete"
  }
}

resource "aws_route53_health_check" {
  service = "route53"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53.resourceHealthCheckCreate, route53.resourceHealthCheckRead, route53.resourceHealthCheckUpdate, route53.resourceHealthCheckDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53:GetHealthCheck", "route53:ListTagsForResource"]
    source  = "route53.resourceHealthCheckRead + route53.(*servicePackage).ListTags"
  }

  create {
    actions = ["route53:CreateHealthCheck", "route53:GetHealthCheck"]
    source  = "route53.resourceHealthCheckCreate"
  }

  create {
    if_set  = "tags"
    actions = ["route53:ChangeTagsForResource"]
    source  = "route53.resourceHealthCheckCreate: the create handler itself reaches the tagging calls of UpdateTags (ChangeTagsForResource)"
  }

  update {
    attributes = []
    actions    = ["route53:UpdateHealthCheck"]
    source     = "route53.resourceHealthCheckUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["route53:ChangeTagsForResource"]
    source     = "route53.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["route53:DeleteHealthCheck"]
    source  = "route53.resourceHealthCheckDelete"
  }
}

resource "aws_route53_hosted_zone_dnssec" {
  service = "route53"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53.resourceHostedZoneDNSSECCreate, route53.resourceHostedZoneDNSSECRead, route53.resourceHostedZoneDNSSECUpdate, route53.resourceHostedZoneDNSSECDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53:GetDNSSEC"]
    source  = "route53.resourceHostedZoneDNSSECRead"
  }

  create {
    actions = [
      "route53:DisableHostedZoneDNSSEC",
      "route53:EnableHostedZoneDNSSEC",
      "route53:GetChange",
      "route53:GetDNSSEC",
    ]
    source  = "route53.resourceHostedZoneDNSSECCreate"
  }

  update {
    attributes = []
    actions    = ["route53:DisableHostedZoneDNSSEC", "route53:EnableHostedZoneDNSSEC"]
    source     = "route53.resourceHostedZoneDNSSECUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["route53:DisableHostedZoneDNSSEC", "route53:GetChange"]
    source  = "route53.resourceHostedZoneDNSSECDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53_key_signing_key" {
  service = "route53"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53.resourceKeySigningKeyCreate, route53.resourceKeySigningKeyRead, route53.resourceKeySigningKeyUpdate, route53.resourceKeySigningKeyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53:GetDNSSEC"]
    source  = "route53.resourceKeySigningKeyRead"
  }

  create {
    actions = ["route53:CreateKeySigningKey", "route53:GetChange", "route53:GetDNSSEC"]
    source  = "route53.resourceKeySigningKeyCreate"
  }

  update {
    attributes = []
    actions    = ["route53:ActivateKeySigningKey", "route53:DeactivateKeySigningKey"]
    source     = "route53.resourceKeySigningKeyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "route53:DeactivateKeySigningKey",
      "route53:DeleteKeySigningKey",
      "route53:GetChange",
    ]
    source  = "route53.resourceKeySigningKeyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53_query_log" {
  service = "route53"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53.resourceQueryLogCreate, route53.resourceQueryLogRead, route53.resourceQueryLogDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53:GetQueryLoggingConfig"]
    source  = "route53.resourceQueryLogRead"
  }

  create {
    actions = ["route53:CreateQueryLoggingConfig", "route53:GetQueryLoggingConfig"]
    source  = "route53.resourceQueryLogCreate"
  }

  delete {
    actions = ["route53:DeleteQueryLoggingConfig"]
    source  = "route53.resourceQueryLogDelete"
  }
}

resource "aws_route53_records_exclusive" {
  service = "route53"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53.(*recordsExclusiveResource).Create, route53.(*recordsExclusiveResource).Read, route53.(*recordsExclusiveResource).Update) + iamlive-map 2022-08-19"

  read {
    actions = ["route53:GetHostedZone", "route53:ListResourceRecordSets"]
    source  = "route53.(*recordsExclusiveResource).Read"
  }

  create {
    actions = [
      "route53:ChangeResourceRecordSets",
      "route53:GetChange",
      "route53:GetHostedZone",
      "route53:ListResourceRecordSets",
    ]
    source  = "route53.(*recordsExclusiveResource).Create"
  }

  update {
    attributes = []
    actions    = ["route53:ChangeResourceRecordSets"]
    source     = "route53.(*recordsExclusiveResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_route53_traffic_policy" {
  service = "route53"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53.resourceTrafficPolicyCreate, route53.resourceTrafficPolicyRead, route53.resourceTrafficPolicyUpdate, route53.resourceTrafficPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53:GetTrafficPolicy", "route53:ListTrafficPolicies"]
    source  = "route53.resourceTrafficPolicyRead"
  }

  create {
    actions = [
      "route53:CreateTrafficPolicy",
      "route53:GetTrafficPolicy",
      "route53:ListTrafficPolicies",
    ]
    source  = "route53.resourceTrafficPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["route53:UpdateTrafficPolicyComment"]
    source     = "route53.resourceTrafficPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["route53:DeleteTrafficPolicy", "route53:ListTrafficPolicyVersions"]
    source  = "route53.resourceTrafficPolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53_traffic_policy_instance" {
  service = "route53"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53.resourceTrafficPolicyInstanceCreate, route53.resourceTrafficPolicyInstanceRead, route53.resourceTrafficPolicyInstanceUpdate, route53.resourceTrafficPolicyInstanceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53:GetTrafficPolicyInstance"]
    source  = "route53.resourceTrafficPolicyInstanceRead"
  }

  create {
    actions = ["route53:CreateTrafficPolicyInstance", "route53:GetTrafficPolicyInstance"]
    source  = "route53.resourceTrafficPolicyInstanceCreate"
  }

  update {
    attributes = []
    actions    = ["route53:UpdateTrafficPolicyInstance"]
    source     = "route53.resourceTrafficPolicyInstanceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["route53:DeleteTrafficPolicyInstance", "route53:GetTrafficPolicyInstance"]
    source  = "route53.resourceTrafficPolicyInstanceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53_vpc_association_authorization" {
  service = "route53"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53.resourceVPCAssociationAuthorizationCreate, route53.resourceVPCAssociationAuthorizationRead, route53.resourceVPCAssociationAuthorizationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53:ListVPCAssociationAuthorizations"]
    source  = "route53.resourceVPCAssociationAuthorizationRead"
  }

  create {
    actions = [
      "route53:CreateVPCAssociationAuthorization",
      "route53:ListVPCAssociationAuthorizations",
    ]
    source  = "route53.resourceVPCAssociationAuthorizationCreate"
  }

  delete {
    actions = ["route53:DeleteVPCAssociationAuthorization"]
    source  = "route53.resourceVPCAssociationAuthorizationDelete"
  }
}

resource "aws_route53_zone_association" {
  service = "route53"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53.resourceZoneAssociationCreate, route53.resourceZoneAssociationRead, route53.resourceZoneAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpcs", "route53:ListHostedZonesByVPC"]
    source  = "route53.resourceZoneAssociationRead"
  }

  create {
    actions = [
      "ec2:DescribeVpcs",
      "route53:AssociateVPCWithHostedZone",
      "route53:GetChange",
      "route53:ListHostedZonesByVPC",
    ]
    source  = "route53.resourceZoneAssociationCreate"
  }

  delete {
    actions = ["ec2:DescribeVpcs", "route53:DisassociateVPCFromHostedZone", "route53:GetChange"]
    source  = "route53.resourceZoneAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_route53_delegation_set" {
  service = "route53"
  source  = "import: pike data/route53/aws_route53_delegation_set.json"

  read {
    actions = ["route53:GetReusableDelegationSet"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_route53_records" {
  service = "route53"
  source  = "import: pike data/route53/aws_route53_records.json"

  read {
    actions = ["route53:ListResourceRecordSets"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_route53_zones" {
  service = "route53"
  source  = "import: pike data/route53/aws_route53_zones.json"

  read {
    actions = ["route53:ListHostedZones"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
