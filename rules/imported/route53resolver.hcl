# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_route53_resolver_config" {
  service = "route53resolver"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53resolver.resourceConfigCreate, route53resolver.resourceConfigRead, route53resolver.resourceConfigUpdate, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpcs", "route53resolver:ListResolverConfigs"]
    source  = "route53resolver.resourceConfigRead"
  }

  create {
    actions = [
      "ec2:DescribeVpcs",
      "route53resolver:ListResolverConfigs",
      "route53resolver:UpdateResolverConfig",
    ]
    source  = "route53resolver.resourceConfigCreate"
  }

  update {
    attributes = []
    actions    = ["route53resolver:UpdateResolverConfig"]
    source     = "route53resolver.resourceConfigUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_route53_resolver_dnssec_config" {
  service = "route53resolver"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53resolver.resourceDNSSECConfigCreate, route53resolver.resourceDNSSECConfigRead, route53resolver.resourceDNSSECConfigDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53resolver:ListResolverDnssecConfigs"]
    source  = "route53resolver.resourceDNSSECConfigRead"
  }

  create {
    actions = [
      "route53resolver:ListResolverDnssecConfigs",
      "route53resolver:UpdateResolverDnssecConfig",
    ]
    source  = "route53resolver.resourceDNSSECConfigCreate"
  }

  delete {
    actions = [
      "route53resolver:ListResolverDnssecConfigs",
      "route53resolver:UpdateResolverDnssecConfig",
    ]
    source  = "route53resolver.resourceDNSSECConfigDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53_resolver_endpoint" {
  service = "route53resolver"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53resolver.resourceEndpointCreate, route53resolver.resourceEndpointRead, route53resolver.resourceEndpointUpdate, route53resolver.resourceEndpointDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "route53resolver:GetResolverEndpoint",
      "route53resolver:ListResolverEndpointIpAddresses",
      "route53resolver:ListTagsForResource",
    ]
    source  = "route53resolver.resourceEndpointRead + route53resolver.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "route53resolver:CreateResolverEndpoint",
      "route53resolver:GetResolverEndpoint",
      "route53resolver:ListResolverEndpointIpAddresses",
    ]
    source  = "route53resolver.resourceEndpointCreate"
  }

  update {
    attributes = []
    actions    = [
      "route53resolver:AssociateResolverEndpointIpAddress",
      "route53resolver:DisassociateResolverEndpointIpAddress",
      "route53resolver:UpdateResolverEndpoint",
    ]
    source     = "route53resolver.resourceEndpointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["route53resolver:TagResource", "route53resolver:UntagResource"]
    source     = "route53resolver.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["route53resolver:DeleteResolverEndpoint", "route53resolver:GetResolverEndpoint"]
    source  = "route53resolver.resourceEndpointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53_resolver_firewall_config" {
  service = "route53resolver"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53resolver.resourceFirewallConfigCreate, route53resolver.resourceFirewallConfigRead, route53resolver.resourceFirewallConfigUpdate, route53resolver.resourceFirewallConfigDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ec2:DescribeVpcs", "route53resolver:ListFirewallConfigs"]
    source  = "route53resolver.resourceFirewallConfigRead"
  }

  create {
    actions = [
      "ec2:DescribeVpcs",
      "route53resolver:ListFirewallConfigs",
      "route53resolver:UpdateFirewallConfig",
    ]
    source  = "route53resolver.resourceFirewallConfigCreate"
  }

  update {
    attributes = []
    actions    = ["route53resolver:UpdateFirewallConfig"]
    source     = "route53resolver.resourceFirewallConfigUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ec2:DescribeVpcs", "route53resolver:UpdateFirewallConfig"]
    source  = "route53resolver.resourceFirewallConfigDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53_resolver_firewall_domain_list" {
  service = "route53resolver"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53resolver.resourceFirewallDomainListCreate, route53resolver.resourceFirewallDomainListRead, route53resolver.resourceFirewallDomainListUpdate, route53resolver.resourceFirewallDomainListDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "route53resolver:GetFirewallDomainList",
      "route53resolver:ListFirewallDomains",
      "route53resolver:ListTagsForResource",
    ]
    source  = "route53resolver.resourceFirewallDomainListRead + route53resolver.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "route53resolver:CreateFirewallDomainList",
      "route53resolver:GetFirewallDomainList",
      "route53resolver:ListFirewallDomains",
      "route53resolver:UpdateFirewallDomains",
    ]
    source  = "route53resolver.resourceFirewallDomainListCreate"
  }

  update {
    attributes = []
    actions    = ["route53resolver:UpdateFirewallDomains"]
    source     = "route53resolver.resourceFirewallDomainListUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["route53resolver:TagResource", "route53resolver:UntagResource"]
    source     = "route53resolver.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["route53resolver:DeleteFirewallDomainList", "route53resolver:GetFirewallDomainList"]
    source  = "route53resolver.resourceFirewallDomainListDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53_resolver_firewall_rule" {
  service = "route53resolver"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53resolver.resourceFirewallRuleCreate, route53resolver.resourceFirewallRuleRead, route53resolver.resourceFirewallRuleUpdate, route53resolver.resourceFirewallRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53resolver:ListFirewallRules"]
    source  = "route53resolver.resourceFirewallRuleRead"
  }

  create {
    actions = ["route53resolver:CreateFirewallRule", "route53resolver:ListFirewallRules"]
    source  = "route53resolver.resourceFirewallRuleCreate"
  }

  update {
    attributes = []
    actions    = ["route53resolver:UpdateFirewallRule"]
    source     = "route53resolver.resourceFirewallRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["route53resolver:DeleteFirewallRule"]
    source  = "route53resolver.resourceFirewallRuleDelete"
  }
}

resource "aws_route53_resolver_firewall_rule_group" {
  service = "route53resolver"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53resolver.resourceFirewallRuleGroupCreate, route53resolver.resourceFirewallRuleGroupRead, route53resolver.resourceFirewallRuleGroupUpdate, route53resolver.resourceFirewallRuleGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53resolver:GetFirewallRuleGroup", "route53resolver:ListTagsForResource"]
    source  = "route53resolver.resourceFirewallRuleGroupRead + route53resolver.(*servicePackage).ListTags"
  }

  create {
    actions = ["route53resolver:CreateFirewallRuleGroup", "route53resolver:GetFirewallRuleGroup"]
    source  = "route53resolver.resourceFirewallRuleGroupCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "route53resolver.resourceFirewallRuleGroupUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["route53resolver:TagResource", "route53resolver:UntagResource"]
    source     = "route53resolver.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["route53resolver:DeleteFirewallRuleGroup"]
    source  = "route53resolver.resourceFirewallRuleGroupDelete"
  }
}

resource "aws_route53_resolver_firewall_rule_group_association" {
  service = "route53resolver"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53resolver.resourceFirewallRuleGroupAssociationCreate, route53resolver.resourceFirewallRuleGroupAssociationRead, route53resolver.resourceFirewallRuleGroupAssociationUpdate, route53resolver.resourceFirewallRuleGroupAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "route53resolver:GetFirewallRuleGroupAssociation",
      "route53resolver:ListTagsForResource",
    ]
    source  = "route53resolver.resourceFirewallRuleGroupAssociationRead + route53resolver.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:DescribeVpcs",
      "route53resolver:AssociateFirewallRuleGroup",
      "route53resolver:GetFirewallRuleGroupAssociation",
    ]
    source  = "route53resolver.resourceFirewallRuleGroupAssociationCreate"
  }

  update {
    attributes = []
    actions    = ["route53resolver:UpdateFirewallRuleGroupAssociation"]
    source     = "route53resolver.resourceFirewallRuleGroupAssociationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["route53resolver:TagResource", "route53resolver:UntagResource"]
    source     = "route53resolver.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "route53resolver:DisassociateFirewallRuleGroup",
      "route53resolver:GetFirewallRuleGroupAssociation",
    ]
    source  = "route53resolver.resourceFirewallRuleGroupAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53_resolver_query_log_config" {
  service = "route53resolver"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53resolver.resourceQueryLogConfigCreate, route53resolver.resourceQueryLogConfigRead, route53resolver.resourceQueryLogConfigUpdate, route53resolver.resourceQueryLogConfigDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53resolver:GetResolverQueryLogConfig", "route53resolver:ListTagsForResource"]
    source  = "route53resolver.resourceQueryLogConfigRead + route53resolver.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "route53resolver:CreateResolverQueryLogConfig",
      "route53resolver:GetResolverQueryLogConfig",
    ]
    source  = "route53resolver.resourceQueryLogConfigCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "route53resolver.resourceQueryLogConfigUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["route53resolver:TagResource", "route53resolver:UntagResource"]
    source     = "route53resolver.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "route53resolver:DeleteResolverQueryLogConfig",
      "route53resolver:GetResolverQueryLogConfig",
    ]
    source  = "route53resolver.resourceQueryLogConfigDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53_resolver_query_log_config_association" {
  service = "route53resolver"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53resolver.resourceQueryLogConfigAssociationCreate, route53resolver.resourceQueryLogConfigAssociationRead, route53resolver.resourceQueryLogConfigAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53resolver:GetResolverQueryLogConfigAssociation"]
    source  = "route53resolver.resourceQueryLogConfigAssociationRead"
  }

  create {
    actions = [
      "route53resolver:AssociateResolverQueryLogConfig",
      "route53resolver:GetResolverQueryLogConfigAssociation",
    ]
    source  = "route53resolver.resourceQueryLogConfigAssociationCreate"
  }

  delete {
    actions = [
      "route53resolver:DisassociateResolverQueryLogConfig",
      "route53resolver:GetResolverQueryLogConfigAssociation",
    ]
    source  = "route53resolver.resourceQueryLogConfigAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53_resolver_rule" {
  service = "route53resolver"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53resolver.resourceRuleCreate, route53resolver.resourceRuleRead, route53resolver.resourceRuleUpdate, route53resolver.resourceRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53resolver:GetResolverRule", "route53resolver:ListTagsForResource"]
    source  = "route53resolver.resourceRuleRead + route53resolver.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "route53resolver:CreateResolverRule",
      "route53resolver:GetResolverRule",
      "route53resolver:ListTagsForResource",
    ]
    source  = "route53resolver.resourceRuleCreate"
  }

  update {
    attributes = []
    actions    = ["route53resolver:UpdateResolverRule"]
    source     = "route53resolver.resourceRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["route53resolver:TagResource", "route53resolver:UntagResource"]
    source     = "route53resolver.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["route53resolver:DeleteResolverRule", "route53resolver:GetResolverRule"]
    source  = "route53resolver.resourceRuleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53_resolver_rule_association" {
  service = "route53resolver"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53resolver.resourceRuleAssociationCreate, route53resolver.resourceRuleAssociationRead, route53resolver.resourceRuleAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53resolver:GetResolverRuleAssociation"]
    source  = "route53resolver.resourceRuleAssociationRead"
  }

  create {
    actions = [
      "route53resolver:AssociateResolverRule",
      "route53resolver:GetResolverRuleAssociation",
    ]
    source  = "route53resolver.resourceRuleAssociationCreate"
  }

  delete {
    actions = [
      "route53resolver:DisassociateResolverRule",
      "route53resolver:GetResolverRuleAssociation",
    ]
    source  = "route53resolver.resourceRuleAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_route53_resolver_endpoint" {
  service = "route53resolver"
  source  = "import: pike data/route53resolver/aws_route53_resolver_endpoint.json"

  read {
    actions = ["route53resolver:ListResolverEndpoints"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_route53_resolver_firewall_config" {
  service = "route53resolver"
  source  = "import: pike data/route53/aws_route53_resolver_firewall_config.json"

  read {
    actions = ["route53resolver:GetFirewallConfig"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_route53_resolver_firewall_domain_list" {
  service = "route53resolver"
  source  = "import: pike data/route53/aws_route53_resolver_firewall_domain_list.json"

  read {
    actions = ["route53resolver:GetFirewallDomainList"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_route53_resolver_firewall_rule_group" {
  service = "route53resolver"
  source  = "import: pike data/route53/aws_route53_resolver_firewall_rule_group.json"

  read {
    actions = ["route53resolver:GetFirewallRuleGroup"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_route53_resolver_firewall_rule_group_association" {
  service = "route53resolver"
  source  = "import: pike data/route53/aws_route53_resolver_firewall_rule_group_association.json"

  read {
    actions = ["route53resolver:GetFirewallRuleGroupAssociation"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_route53_resolver_firewall_rules" {
  service = "route53resolver"
  source  = "import: pike data/route53/aws_route53_resolver_firewall_rules.json"

  read {
    actions = ["route53resolver:ListFirewallRules"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_route53_resolver_query_log_config" {
  service = "route53resolver"
  source  = "import: pike data/route53resolver/aws_route53_resolver_query_log_config.json"

  read {
    actions = ["ec2:DescribeVpcs", "route53resolver:ListResolverQueryLogConfigs"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_route53_resolver_rule" {
  service = "route53resolver"
  source  = "import: pike data/route53/aws_route53_resolver_rule.json"

  read {
    actions = ["route53resolver:ListResolverRules"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_route53_resolver_rules" {
  service = "route53resolver"
  source  = "import: pike data/route53resolver/aws_route53_resolver_rules.json"

  read {
    actions = ["route53resolver:ListResolverRules"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
