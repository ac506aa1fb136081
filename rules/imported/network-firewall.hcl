# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_networkfirewall_container_association" {
  service = "network-firewall"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkfirewall.(*containerAssociationResource).Create, networkfirewall.(*containerAssociationResource).Read, networkfirewall.(*containerAssociationResource).Update, networkfirewall.(*containerAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: network-firewall:CreateContainerAssociation, network-firewall:DeleteContainerAssociation, network-firewall:DescribeContainerAssociation, network-firewall:UpdateContainerAssociation"

  read {
    actions = [
      "network-firewall:DescribeContainerAssociation",
      "network-firewall:ListTagsForResource",
    ]
    source  = "networkfirewall.(*containerAssociationResource).Read + networkfirewall.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "network-firewall:CreateContainerAssociation",
      "network-firewall:DescribeContainerAssociation",
    ]
    source  = "networkfirewall.(*containerAssociationResource).Create"
  }

  update {
    attributes = []
    actions    = ["network-firewall:UpdateContainerAssociation"]
    source     = "networkfirewall.(*containerAssociationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["network-firewall:TagResource", "network-firewall:UntagResource"]
    source     = "networkfirewall.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "network-firewall:DeleteContainerAssociation",
      "network-firewall:DescribeContainerAssociation",
    ]
    source  = "networkfirewall.(*containerAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkfirewall_firewall" {
  service = "network-firewall"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkfirewall.resourceFirewallCreate, networkfirewall.resourceFirewallRead, networkfirewall.resourceFirewallUpdate, networkfirewall.resourceFirewallDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: network-firewall:AssociateAvailabilityZones, network-firewall:DisassociateAvailabilityZones, network-firewall:UpdateAvailabilityZoneChangeProtection, network-firewall:UpdateFirewallAnalysisSettings"

  read {
    actions = ["network-firewall:DescribeFirewall", "network-firewall:ListTagsForResource"]
    source  = "networkfirewall.resourceFirewallRead + networkfirewall.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "iam:CreateServiceLinkedRole",
      "network-firewall:CreateFirewall",
      "network-firewall:DescribeFirewall",
    ]
    source  = "networkfirewall.resourceFirewallCreate"
  }

  update {
    attributes = []
    actions    = [
      "network-firewall:AssociateAvailabilityZones",
      "network-firewall:AssociateFirewallPolicy",
      "network-firewall:AssociateSubnets",
      "network-firewall:DisassociateAvailabilityZones",
      "network-firewall:DisassociateSubnets",
      "network-firewall:UpdateAvailabilityZoneChangeProtection",
      "network-firewall:UpdateFirewallAnalysisSettings",
      "network-firewall:UpdateFirewallDeleteProtection",
      "network-firewall:UpdateFirewallDescription",
      "network-firewall:UpdateFirewallEncryptionConfiguration",
      "network-firewall:UpdateFirewallPolicyChangeProtection",
      "network-firewall:UpdateSubnetChangeProtection",
    ]
    source     = "networkfirewall.resourceFirewallUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["network-firewall:TagResource", "network-firewall:UntagResource"]
    source     = "networkfirewall.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["network-firewall:DeleteFirewall", "network-firewall:DescribeFirewall"]
    source  = "networkfirewall.resourceFirewallDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkfirewall_firewall_policy" {
  service = "network-firewall"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkfirewall.resourceFirewallPolicyCreate, networkfirewall.resourceFirewallPolicyRead, networkfirewall.resourceFirewallPolicyUpdate, networkfirewall.resourceFirewallPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["network-firewall:DescribeFirewallPolicy", "network-firewall:ListTagsForResource"]
    source  = "networkfirewall.resourceFirewallPolicyRead + networkfirewall.(*servicePackage).ListTags"
  }

  create {
    actions = ["network-firewall:CreateFirewallPolicy", "network-firewall:DescribeFirewallPolicy"]
    source  = "networkfirewall.resourceFirewallPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["network-firewall:UpdateFirewallPolicy"]
    source     = "networkfirewall.resourceFirewallPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["network-firewall:TagResource", "network-firewall:UntagResource"]
    source     = "networkfirewall.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["network-firewall:DeleteFirewallPolicy", "network-firewall:DescribeFirewallPolicy"]
    source  = "networkfirewall.resourceFirewallPolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkfirewall_firewall_transit_gateway_attachment_accepter" {
  service = "network-firewall"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkfirewall.(*firewallTransitGatewayAttachmentAccepterResource).Create, networkfirewall.(*firewallTransitGatewayAttachmentAccepterResource).Read (no call-graph entry), networkfirewall.(*firewallTransitGatewayAttachmentAccepterResource).Delete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): read networkfirewall.(*firewallTransitGatewayAttachmentAccepterResource).Read (no call-graph entry); not in iamlive-map, identical IAM name used: network-firewall:AcceptNetworkFirewallTransitGatewayAttachment, network-firewall:DeleteNetworkFirewallTransitGatewayAttachment"

  create {
    actions = ["network-firewall:AcceptNetworkFirewallTransitGatewayAttachment"]
    source  = "networkfirewall.(*firewallTransitGatewayAttachmentAccepterResource).Create"
  }

  delete {
    actions = ["network-firewall:DeleteNetworkFirewallTransitGatewayAttachment"]
    source  = "networkfirewall.(*firewallTransitGatewayAttachmentAccepterResource).Delete"
  }
}

resource "aws_networkfirewall_logging_configuration" {
  service = "network-firewall"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkfirewall.resourceLoggingConfigurationCreate, networkfirewall.resourceLoggingConfigurationRead, networkfirewall.resourceLoggingConfigurationUpdate, networkfirewall.resourceLoggingConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["network-firewall:DescribeLoggingConfiguration"]
    source  = "networkfirewall.resourceLoggingConfigurationRead"
  }

  create {
    actions = [
      "network-firewall:DescribeLoggingConfiguration",
      "network-firewall:UpdateLoggingConfiguration",
    ]
    source  = "networkfirewall.resourceLoggingConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["network-firewall:UpdateLoggingConfiguration"]
    source     = "networkfirewall.resourceLoggingConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "network-firewall:DescribeLoggingConfiguration",
      "network-firewall:UpdateLoggingConfiguration",
    ]
    source  = "networkfirewall.resourceLoggingConfigurationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkfirewall_resource_policy" {
  service = "network-firewall"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkfirewall.resourceResourcePolicyPut, networkfirewall.resourceResourcePolicyRead, networkfirewall.resourceResourcePolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["network-firewall:DescribeResourcePolicy"]
    source  = "networkfirewall.resourceResourcePolicyRead"
  }

  create {
    actions = ["network-firewall:DescribeResourcePolicy", "network-firewall:PutResourcePolicy"]
    source  = "networkfirewall.resourceResourcePolicyPut"
  }

  update {
    attributes = []
    actions    = ["network-firewall:PutResourcePolicy"]
    source     = "networkfirewall.resourceResourcePolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["network-firewall:DeleteResourcePolicy"]
    source  = "networkfirewall.resourceResourcePolicyDelete"
  }
}

resource "aws_networkfirewall_rule_group" {
  service = "network-firewall"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkfirewall.resourceRuleGroupCreate, networkfirewall.resourceRuleGroupRead, networkfirewall.resourceRuleGroupUpdate, networkfirewall.resourceRuleGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["network-firewall:DescribeRuleGroup", "network-firewall:ListTagsForResource"]
    source  = "networkfirewall.resourceRuleGroupRead + networkfirewall.(*servicePackage).ListTags"
  }

  create {
    actions = ["network-firewall:CreateRuleGroup", "network-firewall:DescribeRuleGroup"]
    source  = "networkfirewall.resourceRuleGroupCreate"
  }

  update {
    attributes = []
    actions    = ["network-firewall:UpdateRuleGroup"]
    source     = "networkfirewall.resourceRuleGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["network-firewall:TagResource", "network-firewall:UntagResource"]
    source     = "networkfirewall.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["network-firewall:DeleteRuleGroup", "network-firewall:DescribeRuleGroup"]
    source  = "networkfirewall.resourceRuleGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkfirewall_tls_inspection_configuration" {
  service = "network-firewall"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkfirewall.(*tlsInspectionConfigurationResource).Create, networkfirewall.(*tlsInspectionConfigurationResource).Read, networkfirewall.(*tlsInspectionConfigurationResource).Update, networkfirewall.(*tlsInspectionConfigurationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: network-firewall:CreateTLSInspectionConfiguration, network-firewall:DeleteTLSInspectionConfiguration, network-firewall:DescribeTLSInspectionConfiguration, network-firewall:UpdateTLSInspectionConfiguration"

  read {
    actions = [
      "network-firewall:DescribeTLSInspectionConfiguration",
      "network-firewall:ListTagsForResource",
    ]
    source  = "networkfirewall.(*tlsInspectionConfigurationResource).Read + networkfirewall.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "network-firewall:CreateTLSInspectionConfiguration",
      "network-firewall:DescribeTLSInspectionConfiguration",
    ]
    source  = "networkfirewall.(*tlsInspectionConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["network-firewall:UpdateTLSInspectionConfiguration"]
    source     = "networkfirewall.(*tlsInspectionConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["network-firewall:TagResource", "network-firewall:UntagResource"]
    source     = "networkfirewall.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "network-firewall:DeleteTLSInspectionConfiguration",
      "network-firewall:DescribeTLSInspectionConfiguration",
    ]
    source  = "networkfirewall.(*tlsInspectionConfigurationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_networkfirewall_vpc_endpoint_association" {
  service = "network-firewall"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (networkfirewall.(*vpcEndpointAssociationResource).Create, networkfirewall.(*vpcEndpointAssociationResource).Read, networkfirewall.(*vpcEndpointAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: network-firewall:CreateVpcEndpointAssociation, network-firewall:DeleteVpcEndpointAssociation, network-firewall:DescribeVpcEndpointAssociation"

  read {
    actions = [
      "network-firewall:DescribeVpcEndpointAssociation",
      "network-firewall:ListTagsForResource",
    ]
    source  = "networkfirewall.(*vpcEndpointAssociationResource).Read + networkfirewall.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "network-firewall:CreateVpcEndpointAssociation",
      "network-firewall:DescribeVpcEndpointAssociation",
    ]
    source  = "networkfirewall.(*vpcEndpointAssociationResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["network-firewall:TagResource", "network-firewall:UntagResource"]
    source     = "networkfirewall.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "network-firewall:DeleteVpcEndpointAssociation",
      "network-firewall:DescribeVpcEndpointAssociation",
    ]
    source  = "networkfirewall.(*vpcEndpointAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_networkfirewall_firewall" {
  service = "network-firewall"
  source  = "import: pike data/network-firewall/aws_networkfirewall_firewall.json"

  read {
    actions = ["network-firewall:DescribeFirewall"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_networkfirewall_firewall_policy" {
  service = "network-firewall"
  source  = "import: pike data/network-firewall/aws_networkfirewall_firewall_policy.json"

  read {
    actions = ["network-firewall:DescribeFirewallPolicy"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_networkfirewall_resource_policy" {
  service = "network-firewall"
  source  = "import: pike data/network-firewall/aws_networkfirewall_resource_policy.json"

  read {
    actions = ["network-firewall:DescribeResourcePolicy"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
