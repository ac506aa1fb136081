# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_vpclattice_access_log_subscription" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.resourceAccessLogSubscriptionCreate, vpclattice.resourceAccessLogSubscriptionRead, vpclattice.resourceAccessLogSubscriptionUpdate, vpclattice.resourceAccessLogSubscriptionDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:CreateAccessLogSubscription, vpc-lattice:DeleteAccessLogSubscription, vpc-lattice:GetAccessLogSubscription, vpc-lattice:ListTagsForResource, vpc-lattice:TagResource, vpc-lattice:UntagResource"

  read {
    actions = ["vpc-lattice:GetAccessLogSubscription", "vpc-lattice:ListTagsForResource"]
    source  = "vpclattice.resourceAccessLogSubscriptionRead + vpclattice.(*servicePackage).ListTags"
  }

  create {
    actions = ["vpc-lattice:CreateAccessLogSubscription", "vpc-lattice:GetAccessLogSubscription"]
    source  = "vpclattice.resourceAccessLogSubscriptionCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "vpclattice.resourceAccessLogSubscriptionUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["vpc-lattice:TagResource", "vpc-lattice:UntagResource"]
    source     = "vpclattice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["vpc-lattice:DeleteAccessLogSubscription"]
    source  = "vpclattice.resourceAccessLogSubscriptionDelete"
  }
}

resource "aws_vpclattice_auth_policy" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.resourceAuthPolicyPut, vpclattice.resourceAuthPolicyRead, vpclattice.resourceAuthPolicyDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:DeleteAuthPolicy, vpc-lattice:GetAuthPolicy, vpc-lattice:PutAuthPolicy"

  read {
    actions = ["vpc-lattice:GetAuthPolicy"]
    source  = "vpclattice.resourceAuthPolicyRead"
  }

  create {
    actions = ["vpc-lattice:GetAuthPolicy", "vpc-lattice:PutAuthPolicy"]
    source  = "vpclattice.resourceAuthPolicyPut"
  }

  update {
    attributes = []
    actions    = ["vpc-lattice:PutAuthPolicy"]
    source     = "vpclattice.resourceAuthPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["vpc-lattice:DeleteAuthPolicy"]
    source  = "vpclattice.resourceAuthPolicyDelete"
  }
}

resource "aws_vpclattice_domain_verification" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.(*domainVerificationResource).Create, vpclattice.(*domainVerificationResource).Read, vpclattice.(*domainVerificationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:DeleteDomainVerification, vpc-lattice:GetDomainVerification, vpc-lattice:ListTagsForResource, vpc-lattice:StartDomainVerification, vpc-lattice:TagResource, vpc-lattice:UntagResource"

  read {
    actions = ["vpc-lattice:GetDomainVerification", "vpc-lattice:ListTagsForResource"]
    source  = "vpclattice.(*domainVerificationResource).Read + vpclattice.(*servicePackage).ListTags"
  }

  create {
    actions = ["vpc-lattice:GetDomainVerification", "vpc-lattice:StartDomainVerification"]
    source  = "vpclattice.(*domainVerificationResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["vpc-lattice:TagResource", "vpc-lattice:UntagResource"]
    source     = "vpclattice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["vpc-lattice:DeleteDomainVerification"]
    source  = "vpclattice.(*domainVerificationResource).Delete"
  }
}

resource "aws_vpclattice_listener" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.resourceListenerCreate, vpclattice.resourceListenerRead, vpclattice.resourceListenerUpdate, vpclattice.resourceListenerDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:CreateListener, vpc-lattice:DeleteListener, vpc-lattice:GetListener, vpc-lattice:ListTagsForResource, vpc-lattice:TagResource, vpc-lattice:UntagResource, vpc-lattice:UpdateListener"

  read {
    actions = ["vpc-lattice:GetListener", "vpc-lattice:ListTagsForResource"]
    source  = "vpclattice.resourceListenerRead + vpclattice.(*servicePackage).ListTags"
  }

  create {
    actions = ["vpc-lattice:CreateListener", "vpc-lattice:GetListener"]
    source  = "vpclattice.resourceListenerCreate"
  }

  update {
    attributes = []
    actions    = ["vpc-lattice:UpdateListener"]
    source     = "vpclattice.resourceListenerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["vpc-lattice:TagResource", "vpc-lattice:UntagResource"]
    source     = "vpclattice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["vpc-lattice:DeleteListener"]
    source  = "vpclattice.resourceListenerDelete"
  }
}

resource "aws_vpclattice_listener_rule" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.resourceListenerRuleCreate, vpclattice.resourceListenerRuleRead, vpclattice.resourceListenerRuleUpdate, vpclattice.resourceListenerRuleDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:CreateRule, vpc-lattice:DeleteRule, vpc-lattice:GetRule, vpc-lattice:ListTagsForResource, vpc-lattice:TagResource, vpc-lattice:UntagResource, vpc-lattice:UpdateRule"

  read {
    actions = ["vpc-lattice:GetRule", "vpc-lattice:ListTagsForResource"]
    source  = "vpclattice.resourceListenerRuleRead + vpclattice.(*servicePackage).ListTags"
  }

  create {
    actions = ["vpc-lattice:CreateRule", "vpc-lattice:GetRule"]
    source  = "vpclattice.resourceListenerRuleCreate"
  }

  update {
    attributes = []
    actions    = ["vpc-lattice:UpdateRule"]
    source     = "vpclattice.resourceListenerRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["vpc-lattice:TagResource", "vpc-lattice:UntagResource"]
    source     = "vpclattice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["vpc-lattice:DeleteRule"]
    source  = "vpclattice.resourceListenerRuleDelete"
  }
}

resource "aws_vpclattice_resource_configuration" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.(*resourceConfigurationResource).Create, vpclattice.(*resourceConfigurationResource).Read, vpclattice.(*resourceConfigurationResource).Update, vpclattice.(*resourceConfigurationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:CreateResourceConfiguration, vpc-lattice:DeleteResourceConfiguration, vpc-lattice:GetResourceConfiguration, vpc-lattice:ListTagsForResource, vpc-lattice:TagResource, vpc-lattice:UntagResource, vpc-lattice:UpdateResourceConfiguration"

  read {
    actions = ["vpc-lattice:GetResourceConfiguration", "vpc-lattice:ListTagsForResource"]
    source  = "vpclattice.(*resourceConfigurationResource).Read + vpclattice.(*servicePackage).ListTags"
  }

  create {
    actions = ["vpc-lattice:CreateResourceConfiguration", "vpc-lattice:GetResourceConfiguration"]
    source  = "vpclattice.(*resourceConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["vpc-lattice:UpdateResourceConfiguration"]
    source     = "vpclattice.(*resourceConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["vpc-lattice:TagResource", "vpc-lattice:UntagResource"]
    source     = "vpclattice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["vpc-lattice:DeleteResourceConfiguration", "vpc-lattice:GetResourceConfiguration"]
    source  = "vpclattice.(*resourceConfigurationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpclattice_resource_gateway" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.(*resourceGatewayResource).Create, vpclattice.(*resourceGatewayResource).Read, vpclattice.(*resourceGatewayResource).Update, vpclattice.(*resourceGatewayResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:CreateResourceGateway, vpc-lattice:DeleteResourceGateway, vpc-lattice:GetResourceGateway, vpc-lattice:ListTagsForResource, vpc-lattice:TagResource, vpc-lattice:UntagResource, vpc-lattice:UpdateResourceGateway"

  read {
    actions = ["vpc-lattice:GetResourceGateway", "vpc-lattice:ListTagsForResource"]
    source  = "vpclattice.(*resourceGatewayResource).Read + vpclattice.(*servicePackage).ListTags"
  }

  create {
    actions = ["vpc-lattice:CreateResourceGateway", "vpc-lattice:GetResourceGateway"]
    source  = "vpclattice.(*resourceGatewayResource).Create"
  }

  update {
    attributes = []
    actions    = ["vpc-lattice:UpdateResourceGateway"]
    source     = "vpclattice.(*resourceGatewayResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["vpc-lattice:TagResource", "vpc-lattice:UntagResource"]
    source     = "vpclattice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["vpc-lattice:DeleteResourceGateway", "vpc-lattice:GetResourceGateway"]
    source  = "vpclattice.(*resourceGatewayResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpclattice_resource_policy" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.resourceResourcePolicyPut, vpclattice.resourceResourcePolicyRead, vpclattice.resourceResourcePolicyDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:DeleteResourcePolicy, vpc-lattice:GetResourcePolicy, vpc-lattice:PutResourcePolicy"

  read {
    actions = ["vpc-lattice:GetResourcePolicy"]
    source  = "vpclattice.resourceResourcePolicyRead"
  }

  create {
    actions = ["vpc-lattice:GetResourcePolicy", "vpc-lattice:PutResourcePolicy"]
    source  = "vpclattice.resourceResourcePolicyPut"
  }

  update {
    attributes = []
    actions    = ["vpc-lattice:PutResourcePolicy"]
    source     = "vpclattice.resourceResourcePolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["vpc-lattice:DeleteResourcePolicy"]
    source  = "vpclattice.resourceResourcePolicyDelete"
  }
}

resource "aws_vpclattice_service" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.resourceServiceCreate, vpclattice.resourceServiceRead, vpclattice.resourceServiceUpdate, vpclattice.resourceServiceDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:CreateService, vpc-lattice:DeleteService, vpc-lattice:GetService, vpc-lattice:ListTagsForResource, vpc-lattice:TagResource, vpc-lattice:UntagResource, vpc-lattice:UpdateService"

  read {
    actions = ["vpc-lattice:GetService", "vpc-lattice:ListTagsForResource"]
    source  = "vpclattice.resourceServiceRead + vpclattice.(*servicePackage).ListTags"
  }

  create {
    actions = ["vpc-lattice:CreateService", "vpc-lattice:GetService"]
    source  = "vpclattice.resourceServiceCreate"
  }

  update {
    attributes = []
    actions    = ["vpc-lattice:UpdateService"]
    source     = "vpclattice.resourceServiceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["vpc-lattice:TagResource", "vpc-lattice:UntagResource"]
    source     = "vpclattice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["vpc-lattice:DeleteService", "vpc-lattice:GetService"]
    source  = "vpclattice.resourceServiceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpclattice_service_network" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.resourceServiceNetworkCreate, vpclattice.resourceServiceNetworkRead, vpclattice.resourceServiceNetworkUpdate, vpclattice.resourceServiceNetworkDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:CreateServiceNetwork, vpc-lattice:DeleteServiceNetwork, vpc-lattice:GetServiceNetwork, vpc-lattice:ListTagsForResource, vpc-lattice:TagResource, vpc-lattice:UntagResource, vpc-lattice:UpdateServiceNetwork"

  read {
    actions = ["vpc-lattice:GetServiceNetwork", "vpc-lattice:ListTagsForResource"]
    source  = "vpclattice.resourceServiceNetworkRead + vpclattice.(*servicePackage).ListTags"
  }

  create {
    actions = ["vpc-lattice:CreateServiceNetwork", "vpc-lattice:GetServiceNetwork"]
    source  = "vpclattice.resourceServiceNetworkCreate"
  }

  update {
    attributes = []
    actions    = ["vpc-lattice:UpdateServiceNetwork"]
    source     = "vpclattice.resourceServiceNetworkUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["vpc-lattice:TagResource", "vpc-lattice:UntagResource"]
    source     = "vpclattice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["vpc-lattice:DeleteServiceNetwork"]
    source  = "vpclattice.resourceServiceNetworkDelete"
  }
}

resource "aws_vpclattice_service_network_resource_association" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.(*serviceNetworkResourceAssociationResource).Create, vpclattice.(*serviceNetworkResourceAssociationResource).Read, vpclattice.(*serviceNetworkResourceAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:CreateServiceNetworkResourceAssociation, vpc-lattice:DeleteServiceNetworkResourceAssociation, vpc-lattice:GetServiceNetworkResourceAssociation, vpc-lattice:ListTagsForResource, vpc-lattice:TagResource, vpc-lattice:UntagResource"

  read {
    actions = [
      "vpc-lattice:GetServiceNetworkResourceAssociation",
      "vpc-lattice:ListTagsForResource",
    ]
    source  = "vpclattice.(*serviceNetworkResourceAssociationResource).Read + vpclattice.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "vpc-lattice:CreateServiceNetworkResourceAssociation",
      "vpc-lattice:GetServiceNetworkResourceAssociation",
    ]
    source  = "vpclattice.(*serviceNetworkResourceAssociationResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["vpc-lattice:TagResource", "vpc-lattice:UntagResource"]
    source     = "vpclattice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "vpc-lattice:DeleteServiceNetworkResourceAssociation",
      "vpc-lattice:GetServiceNetworkResourceAssociation",
    ]
    source  = "vpclattice.(*serviceNetworkResourceAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpclattice_service_network_service_association" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.resourceServiceNetworkServiceAssociationCreate, vpclattice.resourceServiceNetworkServiceAssociationRead, vpclattice.resourceServiceNetworkServiceAssociationUpdate, vpclattice.resourceServiceNetworkServiceAssociationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:CreateServiceNetworkServiceAssociation, vpc-lattice:DeleteServiceNetworkServiceAssociation, vpc-lattice:GetServiceNetworkServiceAssociation, vpc-lattice:ListTagsForResource, vpc-lattice:TagResource, vpc-lattice:UntagResource"

  read {
    actions = ["vpc-lattice:GetServiceNetworkServiceAssociation", "vpc-lattice:ListTagsForResource"]
    source  = "vpclattice.resourceServiceNetworkServiceAssociationRead + vpclattice.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "vpc-lattice:CreateServiceNetworkServiceAssociation",
      "vpc-lattice:GetServiceNetworkServiceAssociation",
    ]
    source  = "vpclattice.resourceServiceNetworkServiceAssociationCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "vpclattice.resourceServiceNetworkServiceAssociationUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["vpc-lattice:TagResource", "vpc-lattice:UntagResource"]
    source     = "vpclattice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "vpc-lattice:DeleteServiceNetworkServiceAssociation",
      "vpc-lattice:GetServiceNetworkServiceAssociation",
    ]
    source  = "vpclattice.resourceServiceNetworkServiceAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpclattice_service_network_vpc_association" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.resourceServiceNetworkVPCAssociationCreate, vpclattice.resourceServiceNetworkVPCAssociationRead, vpclattice.resourceServiceNetworkVPCAssociationUpdate, vpclattice.resourceServiceNetworkVPCAssociationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:CreateServiceNetworkVpcAssociation, vpc-lattice:DeleteServiceNetworkVpcAssociation, vpc-lattice:GetServiceNetworkVpcAssociation, vpc-lattice:ListTagsForResource, vpc-lattice:TagResource, vpc-lattice:UntagResource, vpc-lattice:UpdateServiceNetworkVpcAssociation"

  read {
    actions = ["vpc-lattice:GetServiceNetworkVpcAssociation", "vpc-lattice:ListTagsForResource"]
    source  = "vpclattice.resourceServiceNetworkVPCAssociationRead + vpclattice.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "vpc-lattice:CreateServiceNetworkVpcAssociation",
      "vpc-lattice:GetServiceNetworkVpcAssociation",
    ]
    source  = "vpclattice.resourceServiceNetworkVPCAssociationCreate"
  }

  update {
    attributes = []
    actions    = ["vpc-lattice:UpdateServiceNetworkVpcAssociation"]
    source     = "vpclattice.resourceServiceNetworkVPCAssociationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["vpc-lattice:TagResource", "vpc-lattice:UntagResource"]
    source     = "vpclattice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "vpc-lattice:DeleteServiceNetworkVpcAssociation",
      "vpc-lattice:GetServiceNetworkVpcAssociation",
    ]
    source  = "vpclattice.resourceServiceNetworkVPCAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpclattice_target_group" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.resourceTargetGroupCreate, vpclattice.resourceTargetGroupRead, vpclattice.resourceTargetGroupUpdate, vpclattice.resourceTargetGroupDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:CreateTargetGroup, vpc-lattice:DeleteTargetGroup, vpc-lattice:GetTargetGroup, vpc-lattice:ListTagsForResource, vpc-lattice:TagResource, vpc-lattice:UntagResource, vpc-lattice:UpdateTargetGroup"

  read {
    actions = ["vpc-lattice:GetTargetGroup", "vpc-lattice:ListTagsForResource"]
    source  = "vpclattice.resourceTargetGroupRead + vpclattice.(*servicePackage).ListTags"
  }

  create {
    actions = ["vpc-lattice:CreateTargetGroup", "vpc-lattice:GetTargetGroup"]
    source  = "vpclattice.resourceTargetGroupCreate"
  }

  update {
    attributes = []
    actions    = ["vpc-lattice:UpdateTargetGroup"]
    source     = "vpclattice.resourceTargetGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["vpc-lattice:TagResource", "vpc-lattice:UntagResource"]
    source     = "vpclattice.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["vpc-lattice:DeleteTargetGroup", "vpc-lattice:GetTargetGroup"]
    source  = "vpclattice.resourceTargetGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_vpclattice_target_group_attachment" {
  service = "vpc-lattice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (vpclattice.resourceTargetGroupAttachmentCreate, vpclattice.resourceTargetGroupAttachmentRead, vpclattice.resourceTargetGroupAttachmentDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: vpc-lattice:DeregisterTargets, vpc-lattice:ListTargets, vpc-lattice:RegisterTargets"

  read {
    actions = ["vpc-lattice:ListTargets"]
    source  = "vpclattice.resourceTargetGroupAttachmentRead"
  }

  create {
    actions = ["vpc-lattice:ListTargets", "vpc-lattice:RegisterTargets"]
    source  = "vpclattice.resourceTargetGroupAttachmentCreate"
  }

  delete {
    actions = ["vpc-lattice:DeregisterTargets", "vpc-lattice:ListTargets"]
    source  = "vpclattice.resourceTargetGroupAttachmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_vpclattice_auth_policy" {
  service = "vpc-lattice"
  source  = "import: pike data/vpc-lattice/aws_vpclattice_auth_policy.json"

  read {
    actions = ["vpc-lattice:GetAuthPolicy"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpclattice_listener" {
  service = "vpc-lattice"
  source  = "import: pike data/vpc-lattice/aws_vpclattice_listener.json"

  read {
    actions = ["vpc-lattice:GetListener"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpclattice_resource_policy" {
  service = "vpc-lattice"
  source  = "import: pike data/vpc-lattice/aws_vpclattice_resource_policy.json"

  read {
    actions = ["vpc-lattice:GetResourcePolicy"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpclattice_service" {
  service = "vpc-lattice"
  source  = "import: pike data/vpc-lattice/aws_vpclattice_service.json"

  read {
    actions = ["vpc-lattice:ListServices"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_vpclattice_service_network" {
  service = "vpc-lattice"
  source  = "import: pike data/vpc-lattice/aws_vpclattice_service_network.json"

  read {
    actions = ["vpc-lattice:GetServiceNetwork"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
