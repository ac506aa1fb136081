# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_shield_application_layer_automatic_response" {
  service = "shield"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (shield.(*applicationLayerAutomaticResponseResource).Create, shield.(*applicationLayerAutomaticResponseResource).Read, shield.(*applicationLayerAutomaticResponseResource).Update, shield.(*applicationLayerAutomaticResponseResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["shield:DescribeProtection"]
    source  = "shield.(*applicationLayerAutomaticResponseResource).Read"
  }

  create {
    actions = [
      "cloudfront:GetDistribution",
      "iam:CreateServiceLinkedRole",
      "iam:GetRole",
      "shield:DescribeProtection",
      "shield:EnableApplicationLayerAutomaticResponse",
    ]
    source  = "shield.(*applicationLayerAutomaticResponseResource).Create"
  }

  update {
    attributes = []
    actions    = ["shield:UpdateApplicationLayerAutomaticResponse"]
    source     = "shield.(*applicationLayerAutomaticResponseResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["shield:DescribeProtection", "shield:DisableApplicationLayerAutomaticResponse"]
    source  = "shield.(*applicationLayerAutomaticResponseResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_shield_drt_access_log_bucket_association" {
  service = "shield"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (shield.(*drtAccessLogBucketAssociationResource).Create, shield.(*drtAccessLogBucketAssociationResource).Read, shield.(*drtAccessLogBucketAssociationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["shield:DescribeDRTAccess"]
    source  = "shield.(*drtAccessLogBucketAssociationResource).Read"
  }

  create {
    actions = ["shield:AssociateDRTLogBucket", "shield:DescribeDRTAccess"]
    source  = "shield.(*drtAccessLogBucketAssociationResource).Create"
  }

  delete {
    actions = [
      "s3:DeleteBucketPolicy",
      "shield:DescribeDRTAccess",
      "shield:DisassociateDRTLogBucket",
    ]
    source  = "shield.(*drtAccessLogBucketAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_shield_drt_access_role_arn_association" {
  service = "shield"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (shield.(*drtAccessRoleARNAssociationResource).Create, shield.(*drtAccessRoleARNAssociationResource).Read, shield.(*drtAccessRoleARNAssociationResource).Update, shield.(*drtAccessRoleARNAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by shield.AssociateDRTRole (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["shield:DescribeDRTAccess"]
    source  = "shield.(*drtAccessRoleARNAssociationResource).Read"
  }

  create {
    actions = ["iam:GetRole", "shield:AssociateDRTRole", "shield:DescribeDRTAccess"]
    source  = "shield.(*drtAccessRoleARNAssociationResource).Create"
  }

  update {
    attributes = []
    actions    = ["shield:AssociateDRTRole"]
    source     = "shield.(*drtAccessRoleARNAssociationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["shield:DescribeDRTAccess", "shield:DisassociateDRTRole"]
    source  = "shield.(*drtAccessRoleARNAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_shield_proactive_engagement" {
  service = "shield"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (shield.(*proactiveEngagementResource).Create, shield.(*proactiveEngagementResource).Read, shield.(*proactiveEngagementResource).Update, shield.(*proactiveEngagementResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["shield:DescribeEmergencyContactSettings", "shield:DescribeSubscription"]
    source  = "shield.(*proactiveEngagementResource).Read"
  }

  create {
    actions = [
      "shield:AssociateProactiveEngagementDetails",
      "shield:DisableProactiveEngagement",
      "shield:EnableProactiveEngagement",
      "shield:UpdateEmergencyContactSettings",
    ]
    source  = "shield.(*proactiveEngagementResource).Create"
  }

  update {
    attributes = []
    actions    = [
      "shield:DisableProactiveEngagement",
      "shield:EnableProactiveEngagement",
      "shield:UpdateEmergencyContactSettings",
    ]
    source     = "shield.(*proactiveEngagementResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["shield:DisableProactiveEngagement", "shield:UpdateEmergencyContactSettings"]
    source  = "shield.(*proactiveEngagementResource).Delete"
  }
}

resource "aws_shield_protection" {
  service = "shield"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (shield.resourceProtectionCreate, shield.resourceProtectionRead, shield.resourceProtectionUpdate, shield.resourceProtectionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["shield:DescribeProtection", "shield:ListTagsForResource"]
    source  = "shield.resourceProtectionRead + shield.(*servicePackage).ListTags"
  }

  create {
    actions = ["shield:CreateProtection", "shield:DescribeProtection"]
    source  = "shield.resourceProtectionCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "shield.resourceProtectionUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["shield:TagResource", "shield:UntagResource"]
    source     = "shield.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["shield:DeleteProtection"]
    source  = "shield.resourceProtectionDelete"
  }
}

resource "aws_shield_protection_group" {
  service = "shield"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (shield.resourceProtectionGroupCreate, shield.resourceProtectionGroupRead, shield.resourceProtectionGroupUpdate, shield.resourceProtectionGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["shield:DescribeProtectionGroup", "shield:ListTagsForResource"]
    source  = "shield.resourceProtectionGroupRead + shield.(*servicePackage).ListTags"
  }

  create {
    actions = ["shield:CreateProtectionGroup", "shield:DescribeProtectionGroup"]
    source  = "shield.resourceProtectionGroupCreate"
  }

  update {
    attributes = []
    actions    = ["shield:UpdateProtectionGroup"]
    source     = "shield.resourceProtectionGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["shield:TagResource", "shield:UntagResource"]
    source     = "shield.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["shield:DeleteProtectionGroup"]
    source  = "shield.resourceProtectionGroupDelete"
  }
}

resource "aws_shield_protection_health_check_association" {
  service = "shield"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (shield.ResourceProtectionHealthCheckAssociationCreate, shield.ResourceProtectionHealthCheckAssociationRead, shield.ResourceProtectionHealthCheckAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["shield:DescribeProtection"]
    source  = "shield.ResourceProtectionHealthCheckAssociationRead"
  }

  create {
    actions = ["route53:GetHealthCheck", "shield:AssociateHealthCheck", "shield:DescribeProtection"]
    source  = "shield.ResourceProtectionHealthCheckAssociationCreate"
  }

  delete {
    actions = ["shield:DisassociateHealthCheck"]
    source  = "shield.ResourceProtectionHealthCheckAssociationDelete"
  }
}

resource "aws_shield_subscription" {
  service = "shield"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (shield.(*subscriptionResource).Create, shield.(*subscriptionResource).Read, shield.(*subscriptionResource).Update, shield.(*subscriptionResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["shield:DescribeSubscription"]
    source  = "shield.(*subscriptionResource).Read"
  }

  create {
    actions = ["shield:CreateSubscription"]
    source  = "shield.(*subscriptionResource).Create"
  }

  update {
    attributes = []
    actions    = ["shield:UpdateSubscription"]
    source     = "shield.(*subscriptionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["shield:UpdateSubscription"]
    source  = "shield.(*subscriptionResource).Delete"
  }
}

data "aws_shield_protection" {
  service = "shield"
  source  = "import: pike data/shield/aws_shield_protection.json"

  read {
    actions = ["shield:DescribeProtection"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
