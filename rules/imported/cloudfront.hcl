# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cloudfront_anycast_ip_list" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.(*anycastIPListResource).Create, cloudfront.(*anycastIPListResource).Read, cloudfront.(*anycastIPListResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudfront:CreateAnycastIpList, cloudfront:DeleteAnycastIpList, cloudfront:GetAnycastIpList"

  read {
    actions = ["cloudfront:GetAnycastIpList", "cloudfront:ListTagsForResource"]
    source  = "cloudfront.(*anycastIPListResource).Read + cloudfront.(*servicePackage).ListTags"
  }

  create {
    actions = ["cloudfront:CreateAnycastIpList", "cloudfront:GetAnycastIpList"]
    source  = "cloudfront.(*anycastIPListResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudfront:TagResource", "cloudfront:UntagResource"]
    source     = "cloudfront.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cloudfront:DeleteAnycastIpList", "cloudfront:GetAnycastIpList"]
    source  = "cloudfront.(*anycastIPListResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudfront_connection_function" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.(*connectionFunctionResource).Create, cloudfront.(*connectionFunctionResource).Read, cloudfront.(*connectionFunctionResource).Update, cloudfront.(*connectionFunctionResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudfront:CreateConnectionFunction, cloudfront:DeleteConnectionFunction, cloudfront:DescribeConnectionFunction, cloudfront:GetConnectionFunction, cloudfront:PublishConnectionFunction, cloudfront:UpdateConnectionFunction"

  read {
    actions = [
      "cloudfront:DescribeConnectionFunction",
      "cloudfront:GetConnectionFunction",
      "cloudfront:ListTagsForResource",
    ]
    source  = "cloudfront.(*connectionFunctionResource).Read + cloudfront.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "cloudfront:CreateConnectionFunction",
      "cloudfront:DescribeConnectionFunction",
      "cloudfront:PublishConnectionFunction",
    ]
    source  = "cloudfront.(*connectionFunctionResource).Create"
  }

  update {
    attributes = []
    actions    = ["cloudfront:PublishConnectionFunction", "cloudfront:UpdateConnectionFunction"]
    source     = "cloudfront.(*connectionFunctionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudfront:TagResource", "cloudfront:UntagResource"]
    source     = "cloudfront.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cloudfront:DeleteConnectionFunction"]
    source  = "cloudfront.(*connectionFunctionResource).Delete"
  }
}

resource "aws_cloudfront_connection_group" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.(*connectionGroupResource).Create, cloudfront.(*connectionGroupResource).Read, cloudfront.(*connectionGroupResource).Update, cloudfront.(*connectionGroupResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudfront:CreateConnectionGroup, cloudfront:DeleteConnectionGroup, cloudfront:GetConnectionGroup, cloudfront:UpdateConnectionGroup"

  read {
    actions = ["cloudfront:GetConnectionGroup", "cloudfront:ListTagsForResource"]
    source  = "cloudfront.(*connectionGroupResource).Read + cloudfront.(*servicePackage).ListTags"
  }

  create {
    actions = ["cloudfront:CreateConnectionGroup", "cloudfront:GetConnectionGroup"]
    source  = "cloudfront.(*connectionGroupResource).Create"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdateConnectionGroup"]
    source     = "cloudfront.(*connectionGroupResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudfront:TagResource", "cloudfront:UntagResource"]
    source     = "cloudfront.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "cloudfront:DeleteConnectionGroup",
      "cloudfront:GetConnectionGroup",
      "cloudfront:UpdateConnectionGroup",
    ]
    source  = "cloudfront.(*connectionGroupResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudfront_continuous_deployment_policy" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.(*continuousDeploymentPolicyResource).Create, cloudfront.(*continuousDeploymentPolicyResource).Read, cloudfront.(*continuousDeploymentPolicyResource).Update, cloudfront.(*continuousDeploymentPolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudfront:CreateContinuousDeploymentPolicy, cloudfront:DeleteContinuousDeploymentPolicy, cloudfront:GetContinuousDeploymentPolicy, cloudfront:UpdateContinuousDeploymentPolicy"

  read {
    actions = ["cloudfront:GetContinuousDeploymentPolicy"]
    source  = "cloudfront.(*continuousDeploymentPolicyResource).Read"
  }

  create {
    actions = ["cloudfront:CreateContinuousDeploymentPolicy"]
    source  = "cloudfront.(*continuousDeploymentPolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdateContinuousDeploymentPolicy"]
    source     = "cloudfront.(*continuousDeploymentPolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "cloudfront:DeleteContinuousDeploymentPolicy",
      "cloudfront:GetContinuousDeploymentPolicy",
    ]
    source  = "cloudfront.(*continuousDeploymentPolicyResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudfront_distribution_tenant" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.(*distributionTenantResource).Create, cloudfront.(*distributionTenantResource).Read, cloudfront.(*distributionTenantResource).Update, cloudfront.(*distributionTenantResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudfront:CreateDistributionTenant, cloudfront:DeleteDistributionTenant, cloudfront:GetDistributionTenant, cloudfront:GetManagedCertificateDetails, cloudfront:UpdateDistributionTenant"

  read {
    actions = ["cloudfront:GetDistributionTenant", "cloudfront:ListTagsForResource"]
    source  = "cloudfront.(*distributionTenantResource).Read + cloudfront.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "cloudfront:CreateDistributionTenant",
      "cloudfront:GetDistributionTenant",
      "cloudfront:GetManagedCertificateDetails",
      "cloudfront:UpdateDistributionTenant",
    ]
    source  = "cloudfront.(*distributionTenantResource).Create"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdateDistributionTenant"]
    source     = "cloudfront.(*distributionTenantResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudfront:TagResource", "cloudfront:UntagResource"]
    source     = "cloudfront.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "cloudfront:DeleteDistributionTenant",
      "cloudfront:GetDistributionTenant",
      "cloudfront:UpdateDistributionTenant",
    ]
    source  = "cloudfront.(*distributionTenantResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudfront_field_level_encryption_config" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.resourceFieldLevelEncryptionConfigCreate, cloudfront.resourceFieldLevelEncryptionConfigRead, cloudfront.resourceFieldLevelEncryptionConfigUpdate, cloudfront.resourceFieldLevelEncryptionConfigDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudfront:GetFieldLevelEncryptionConfig"]
    source  = "cloudfront.resourceFieldLevelEncryptionConfigRead"
  }

  create {
    actions = [
      "cloudfront:CreateFieldLevelEncryptionConfig",
      "cloudfront:GetFieldLevelEncryptionConfig",
    ]
    source  = "cloudfront.resourceFieldLevelEncryptionConfigCreate"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdateFieldLevelEncryptionConfig"]
    source     = "cloudfront.resourceFieldLevelEncryptionConfigUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cloudfront:DeleteFieldLevelEncryptionConfig"]
    source  = "cloudfront.resourceFieldLevelEncryptionConfigDelete"
  }
}

resource "aws_cloudfront_field_level_encryption_profile" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.resourceFieldLevelEncryptionProfileCreate, cloudfront.resourceFieldLevelEncryptionProfileRead, cloudfront.resourceFieldLevelEncryptionProfileUpdate, cloudfront.resourceFieldLevelEncryptionProfileDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudfront:GetFieldLevelEncryptionProfile"]
    source  = "cloudfront.resourceFieldLevelEncryptionProfileRead"
  }

  create {
    actions = [
      "cloudfront:CreateFieldLevelEncryptionProfile",
      "cloudfront:GetFieldLevelEncryptionProfile",
    ]
    source  = "cloudfront.resourceFieldLevelEncryptionProfileCreate"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdateFieldLevelEncryptionProfile"]
    source     = "cloudfront.resourceFieldLevelEncryptionProfileUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cloudfront:DeleteFieldLevelEncryptionProfile"]
    source  = "cloudfront.resourceFieldLevelEncryptionProfileDelete"
  }
}

resource "aws_cloudfront_key_group" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.resourceKeyGroupCreate, cloudfront.resourceKeyGroupRead, cloudfront.resourceKeyGroupUpdate, cloudfront.resourceKeyGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudfront:GetKeyGroup"]
    source  = "cloudfront.resourceKeyGroupRead"
  }

  create {
    actions = ["cloudfront:CreateKeyGroup", "cloudfront:GetKeyGroup"]
    source  = "cloudfront.resourceKeyGroupCreate"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdateKeyGroup"]
    source     = "cloudfront.resourceKeyGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cloudfront:DeleteKeyGroup"]
    source  = "cloudfront.resourceKeyGroupDelete"
  }
}

resource "aws_cloudfront_key_value_store" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.(*keyValueStoreResource).Create, cloudfront.(*keyValueStoreResource).Read, cloudfront.(*keyValueStoreResource).Update, cloudfront.(*keyValueStoreResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudfront:CreateKeyValueStore, cloudfront:DeleteKeyValueStore, cloudfront:DescribeKeyValueStore, cloudfront:UpdateKeyValueStore"

  read {
    actions = ["cloudfront:DescribeKeyValueStore", "cloudfront:ListTagsForResource"]
    source  = "cloudfront.(*keyValueStoreResource).Read + cloudfront.(*servicePackage).ListTags"
  }

  create {
    actions = ["cloudfront:CreateKeyValueStore", "cloudfront:DescribeKeyValueStore"]
    source  = "cloudfront.(*keyValueStoreResource).Create"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdateKeyValueStore"]
    source     = "cloudfront.(*keyValueStoreResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudfront:TagResource", "cloudfront:UntagResource"]
    source     = "cloudfront.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cloudfront:DeleteKeyValueStore"]
    source  = "cloudfront.(*keyValueStoreResource).Delete"
  }
}

resource "aws_cloudfront_monitoring_subscription" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.resourceMonitoringSubscriptionCreate, cloudfront.resourceMonitoringSubscriptionRead, cloudfront.resourceMonitoringSubscriptionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudfront:GetMonitoringSubscription"]
    source  = "cloudfront.resourceMonitoringSubscriptionRead"
  }

  create {
    actions = ["cloudfront:CreateMonitoringSubscription", "cloudfront:GetMonitoringSubscription"]
    source  = "cloudfront.resourceMonitoringSubscriptionCreate"
  }

  update {
    attributes = []
    actions    = ["cloudfront:CreateMonitoringSubscription"]
    source     = "cloudfront.resourceMonitoringSubscriptionCreate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cloudfront:DeleteMonitoringSubscription"]
    source  = "cloudfront.resourceMonitoringSubscriptionDelete"
  }
}

resource "aws_cloudfront_multitenant_distribution" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.(*multiTenantDistributionResource).Create, cloudfront.(*multiTenantDistributionResource).Read, cloudfront.(*multiTenantDistributionResource).Update, cloudfront.(*multiTenantDistributionResource).Delete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create cloudfront.CreateDistributionWithTags"

  read {
    actions = ["cloudfront:GetDistribution", "cloudfront:ListTagsForResource"]
    source  = "cloudfront.(*multiTenantDistributionResource).Read + cloudfront.(*servicePackage).ListTags"
  }

  create {
    actions = ["cloudfront:GetDistribution"]
    source  = "cloudfront.(*multiTenantDistributionResource).Create"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdateDistribution"]
    source     = "cloudfront.(*multiTenantDistributionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudfront:TagResource", "cloudfront:UntagResource"]
    source     = "cloudfront.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "cloudfront:DeleteDistribution",
      "cloudfront:GetDistribution",
      "cloudfront:UpdateDistribution",
    ]
    source  = "cloudfront.(*multiTenantDistributionResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudfront_origin_request_policy" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.resourceOriginRequestPolicyCreate, cloudfront.resourceOriginRequestPolicyRead, cloudfront.resourceOriginRequestPolicyUpdate, cloudfront.resourceOriginRequestPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudfront:GetOriginRequestPolicy"]
    source  = "cloudfront.resourceOriginRequestPolicyRead"
  }

  create {
    actions = ["cloudfront:CreateOriginRequestPolicy", "cloudfront:GetOriginRequestPolicy"]
    source  = "cloudfront.resourceOriginRequestPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdateOriginRequestPolicy"]
    source     = "cloudfront.resourceOriginRequestPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cloudfront:DeleteOriginRequestPolicy"]
    source  = "cloudfront.resourceOriginRequestPolicyDelete"
  }
}

resource "aws_cloudfront_public_key" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.resourcePublicKeyCreate, cloudfront.resourcePublicKeyRead, cloudfront.resourcePublicKeyUpdate, cloudfront.resourcePublicKeyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudfront:GetPublicKey"]
    source  = "cloudfront.resourcePublicKeyRead"
  }

  create {
    actions = ["cloudfront:CreatePublicKey", "cloudfront:GetPublicKey"]
    source  = "cloudfront.resourcePublicKeyCreate"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdatePublicKey"]
    source     = "cloudfront.resourcePublicKeyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cloudfront:DeletePublicKey"]
    source  = "cloudfront.resourcePublicKeyDelete"
  }
}

resource "aws_cloudfront_realtime_log_config" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.resourceRealtimeLogConfigCreate, cloudfront.resourceRealtimeLogConfigRead, cloudfront.resourceRealtimeLogConfigUpdate, cloudfront.resourceRealtimeLogConfigDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudfront:GetRealtimeLogConfig"]
    source  = "cloudfront.resourceRealtimeLogConfigRead"
  }

  create {
    actions = ["cloudfront:CreateRealtimeLogConfig", "cloudfront:GetRealtimeLogConfig"]
    source  = "cloudfront.resourceRealtimeLogConfigCreate"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdateRealtimeLogConfig"]
    source     = "cloudfront.resourceRealtimeLogConfigUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cloudfront:DeleteRealtimeLogConfig"]
    source  = "cloudfront.resourceRealtimeLogConfigDelete"
  }
}

resource "aws_cloudfront_response_headers_policy" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.resourceResponseHeadersPolicyCreate, cloudfront.resourceResponseHeadersPolicyRead, cloudfront.resourceResponseHeadersPolicyUpdate, cloudfront.resourceResponseHeadersPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudfront:GetResponseHeadersPolicy"]
    source  = "cloudfront.resourceResponseHeadersPolicyRead"
  }

  create {
    actions = ["cloudfront:CreateResponseHeadersPolicy", "cloudfront:GetResponseHeadersPolicy"]
    source  = "cloudfront.resourceResponseHeadersPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdateResponseHeadersPolicy"]
    source     = "cloudfront.resourceResponseHeadersPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["cloudfront:DeleteResponseHeadersPolicy"]
    source  = "cloudfront.resourceResponseHeadersPolicyDelete"
  }
}

resource "aws_cloudfront_trust_store" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.(*trustStoreResource).Create, cloudfront.(*trustStoreResource).Read, cloudfront.(*trustStoreResource).Update, cloudfront.(*trustStoreResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudfront:CreateTrustStore, cloudfront:DeleteTrustStore, cloudfront:GetTrustStore, cloudfront:UpdateTrustStore"

  read {
    actions = ["cloudfront:GetTrustStore", "cloudfront:ListTagsForResource"]
    source  = "cloudfront.(*trustStoreResource).Read + cloudfront.(*servicePackage).ListTags"
  }

  create {
    actions = ["cloudfront:CreateTrustStore", "cloudfront:GetTrustStore"]
    source  = "cloudfront.(*trustStoreResource).Create"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdateTrustStore"]
    source     = "cloudfront.(*trustStoreResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudfront:TagResource", "cloudfront:UntagResource"]
    source     = "cloudfront.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cloudfront:DeleteTrustStore", "cloudfront:GetTrustStore"]
    source  = "cloudfront.(*trustStoreResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudfront_vpc_origin" {
  service = "cloudfront"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfront.(*vpcOriginResource).Create, cloudfront.(*vpcOriginResource).Read, cloudfront.(*vpcOriginResource).Update, cloudfront.(*vpcOriginResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudfront:CreateVpcOrigin, cloudfront:DeleteVpcOrigin, cloudfront:GetVpcOrigin, cloudfront:UpdateVpcOrigin"

  read {
    actions = ["cloudfront:GetVpcOrigin", "cloudfront:ListTagsForResource"]
    source  = "cloudfront.(*vpcOriginResource).Read + cloudfront.(*servicePackage).ListTags"
  }

  create {
    actions = ["cloudfront:CreateVpcOrigin", "cloudfront:GetVpcOrigin"]
    source  = "cloudfront.(*vpcOriginResource).Create"
  }

  update {
    attributes = []
    actions    = ["cloudfront:UpdateVpcOrigin"]
    source     = "cloudfront.(*vpcOriginResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudfront:TagResource", "cloudfront:UntagResource"]
    source     = "cloudfront.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["cloudfront:DeleteVpcOrigin", "cloudfront:GetVpcOrigin"]
    source  = "cloudfront.(*vpcOriginResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_cloudfront_cache_policy" {
  service = "cloudfront"
  source  = "import: pike data/cloudfront/aws_cloudfront_cache_policy.json"

  read {
    actions = ["cloudfront:ListCachePolicies"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudfront_distribution" {
  service = "cloudfront"
  source  = "import: pike data/cloudfront/aws_cloudfront_distribution.json"

  read {
    actions = ["cloudfront:GetDistribution"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudfront_function" {
  service = "cloudfront"
  source  = "import: pike data/cloudfront/aws_cloudfront_function.json"

  read {
    actions = ["cloudfront:DescribeFunction"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudfront_origin_access_control" {
  service = "cloudfront"
  source  = "import: pike data/cloudfront/aws_cloudfront_origin_access_control.json"

  read {
    actions = ["cloudfront:GetOriginAccessControl"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudfront_origin_access_identities" {
  service = "cloudfront"
  source  = "import: pike data/cloudfront/aws_cloudfront_origin_access_identities.json"

  read {
    actions = ["cloudfront:ListCloudFrontOriginAccessIdentities"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudfront_origin_access_identity" {
  service = "cloudfront"
  source  = "import: pike data/cloudfront/aws_cloudfront_origin_access_identity.json"

  read {
    actions = ["cloudfront:GetCloudFrontOriginAccessIdentity"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudfront_origin_request_policy" {
  service = "cloudfront"
  source  = "import: pike data/cloudfront/aws_cloudfront_origin_request_policy.json"

  read {
    actions = ["cloudfront:ListOriginRequestPolicies"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudfront_realtime_log_config" {
  service = "cloudfront"
  source  = "import: pike data/cloudfront/aws_cloudfront_realtime_log_config.json"

  read {
    actions = ["cloudfront:GetRealtimeLogConfig"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_cloudfront_response_headers_policy" {
  service = "cloudfront"
  source  = "import: pike data/cloudfront/aws_cloudfront_response_headers_policy.json"

  read {
    actions = ["cloudfront:ListResponseHeadersPolicies"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
