# Data sources of terraform-provider-aws that had no rule (no Pike or provider-model source): hand-curated from the provider source; many make no AWS call at all.

data "aws_ami_ids" {
  service           = "ec2"
  source            = "terraform-provider-aws 0446658c36abd4bc6c400973dea2062591d16fc6 internal/service/ec2/ec2_ami_ids_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeImages"]
    source  = "dataSourceAMIIDsRead: findImages (DescribeImages)"
  }
}

data "aws_apprunner_hosted_zone_id" {
  service           = "apprunner"
  source            = "terraform-provider-aws 06df6bd5149a127126c777b81b0a79ed56514087 internal/service/apprunner/hosted_zone_id_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "Read: looks the region up in the built-in hostedZoneIDPerRegionMap; no AWS call"
  }
}

data "aws_arcregionswitch_plan" {
  service           = "arc-region-switch"
  source            = "terraform-provider-aws 0079be1bd522e3503ec6b483b7cf02a6af4e887e internal/service/arcregionswitch/plan_data_source.go"
  provider_versions = "6.x"

  read {
    actions = ["arc-region-switch:GetPlan", "arc-region-switch:ListRoute53HealthChecks"]
    source  = "Read: findPlanByARN (GetPlan) and findRoute53HealthChecks (ListRoute53HealthChecks); operations per the plan resource's call graph in provider-model v6.60.0"
  }
}

data "aws_arcregionswitch_route53_health_checks" {
  service           = "arc-region-switch"
  source            = "terraform-provider-aws 08d382620aa79c5ec99a78026b2ecde3ae82f92a internal/service/arcregionswitch/route53_health_checks_data_source.go"
  provider_versions = "6.x"

  read {
    actions = ["arc-region-switch:ListRoute53HealthChecks"]
    source  = "Read: findRoute53HealthChecksByARN (ListRoute53HealthChecks)"
  }
}

data "aws_arn" {
  service           = "iam"
  source            = "terraform-provider-aws 000e31884b013b6f47838ebdaaac8cbf437107f3 internal/service/meta/arn_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "Read: parses the given ARN into its parts; no AWS call"
  }
}

data "aws_billing_service_account" {
  service           = "billing"
  source            = "terraform-provider-aws 0b56699fb7e5e8603c2626de62ee73022b789954 internal/service/meta/billing_service_account_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "Read: builds the ARN from the constant billing account 386209384616 and the partition; no AWS call"
  }
}

data "aws_canonical_user_id" {
  service           = "s3"
  source            = "terraform-provider-aws 02910eecbfa1411d578bf5491f9c7b448a93d237 internal/service/s3/canonical_user_id_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["s3:ListAllMyBuckets"]
    source  = "dataSourceCanonicalUserIDRead: ListBuckets for its Owner (IAM action s3:ListAllMyBuckets)"
  }
}

data "aws_cloudfront_connection_group" {
  service           = "cloudfront"
  source            = "terraform-provider-aws 0392321f87675265978509bebc7443f1bc7d331f internal/service/cloudfront/connection_group_data_source.go"
  provider_versions = "6.x"

  read {
    actions = ["cloudfront:ListTagsForResource"]
    source  = "@Tags(identifierAttribute=arn): the data source tagging interceptor lists tags (ListTagsForResource)"
  }

  read {
    if_set  = "id"
    actions = ["cloudfront:GetConnectionGroup"]
    source  = "Read: findConnectionGroupByID (GetConnectionGroup) when id is given"
    note    = "id and routing_endpoint are exactly-one-of but also computed, so after a read both count as set and both lookups are predicted"
  }

  read {
    if_set  = "routing_endpoint"
    actions = ["cloudfront:GetConnectionGroupByRoutingEndpoint"]
    source  = "Read: findConnectionGroupByRoutingEndpoint (GetConnectionGroupByRoutingEndpoint) when routing_endpoint is given"
  }
}

data "aws_cloudfront_distribution_tenant" {
  service           = "cloudfront"
  source            = "terraform-provider-aws 0392321f87675265978509bebc7443f1bc7d331f internal/service/cloudfront/distribution_tenant_data_source.go"
  provider_versions = "6.x"

  read {
    actions = ["cloudfront:ListTagsForResource"]
    source  = "@Tags(identifierAttribute=arn): the data source tagging interceptor lists tags (ListTagsForResource)"
  }

  read {
    if_set  = "domain"
    actions = ["cloudfront:GetDistributionTenantByDomain"]
    source  = "Read: findDistributionTenantByDomain (GetDistributionTenantByDomain) when domain is given"
  }

  read {
    unless_set = "domain"
    actions    = ["cloudfront:GetDistributionTenant"]
    source     = "Read: findDistributionTenantByIdentifier (GetDistributionTenant) by id, arn or name"
  }
}

data "aws_cloudfront_log_delivery_canonical_user_id" {
  service           = "cloudfront"
  source            = "terraform-provider-aws 01f431114674c27cf790fafb67ac274bf8f765e1 internal/service/cloudfront/log_delivery_canonical_user_id_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "Read: returns a constant canonical user ID (one for the China partition, one otherwise); no AWS call"
  }
}

data "aws_cloudtrail_service_account" {
  service           = "cloudtrail"
  source            = "terraform-provider-aws 01f431114674c27cf790fafb67ac274bf8f765e1 internal/service/cloudtrail/service_account_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "Read: looks the region up in the built-in serviceAccountPerRegionMap; no AWS call"
  }
}

data "aws_cloudwatch_log_data_protection_policy_document" {
  service           = "logs"
  source            = "terraform-provider-aws 13adc2a2af1d3ce27ac209d83dc92a7a3701a891 internal/service/logs/data_protection_policy_document_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "dataSourceDataProtectionPolicyDocumentRead: renders the policy JSON from the configuration; no AWS call"
  }
}

data "aws_codecatalyst_dev_environment" {
  service           = "codecatalyst"
  source            = "terraform-provider-aws 1049654fb0818bacf8518f017816daafa8a8ad8e internal/service/codecatalyst/dev_environment_data_source.go"
  provider_versions = "5.100.0, 6.x"
  note              = "CodeCatalyst dev environment APIs are authorized by a CodeCatalyst bearer token (AWS Builder ID / IAM Identity Center sso-session), not IAM"

  read {
    actions = []
    source  = "dataSourceDevEnvironmentRead: findDevEnvironmentByID (GetDevEnvironment), a CodeCatalyst bearer-token API with no IAM action"
  }
}

data "aws_connect_vocabulary" {
  service           = "connect"
  source            = "terraform-provider-aws 044fb3171c305dd92f19e116512acb37a28a9f85 internal/service/connect/vocabulary_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["connect:DescribeVocabulary"]
    source  = "dataSourceVocabularyRead: DescribeVocabulary (tags come from its output)"
  }

  read {
    if_set  = "name"
    actions = ["connect:SearchVocabularies"]
    source  = "dataSourceGetVocabularySummaryByName: SearchVocabularies when looked up by name"
    note    = "name is also computed, so after a read it counts as set and the search is predicted even for a lookup by vocabulary_id"
  }
}

data "aws_cur_report_definition" {
  service           = "cur"
  source            = "terraform-provider-aws 0620f2a6a126dfcbc4aecbc9a117b0fbea1656ff internal/service/cur/report_definition_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["cur:DescribeReportDefinitions"]
    source  = "dataSourceReportDefinitionRead: findReportDefinitionByName (DescribeReportDefinitions)"
  }
}

data "aws_db_proxy" {
  service           = "rds"
  source            = "terraform-provider-aws 0cf9c601d246925c5c677616856794dcb2b58b45 internal/service/rds/proxy_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["rds:DescribeDBProxies"]
    source  = "dataSourceProxyRead: FindDBProxyByName (DescribeDBProxies)"
  }
}

data "aws_default_tags" {
  service           = "iam"
  source            = "terraform-provider-aws 0413c661ec1b94f3033c98f3fbd1e8c1b2725589 internal/service/meta/default_tags_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "Read: returns the provider's default_tags configuration; no AWS call"
  }
}

data "aws_directory_service_directory" {
  service           = "ds"
  source            = "terraform-provider-aws 0ec25edf43d7b84bdd4d43df77057a2bed9235f5 internal/service/ds/directory_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ds:DescribeDirectories", "ds:ListTagsForResource"]
    source  = "dataSourceDirectoryRead: DescribeDirectories, ListTags (ListTagsForResource)"
  }
}

data "aws_ecr_lifecycle_policy_document" {
  service           = "ecr"
  source            = "terraform-provider-aws 07e0d0b940f57c782f8fcc9ccfd8b19f59383b51 internal/service/ecr/lifecycle_policy_document_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "Read: renders the lifecycle policy JSON from the configuration; no AWS call"
  }
}

data "aws_eks_cluster_auth" {
  service           = "sts"
  source            = "terraform-provider-aws 13adc2a2af1d3ce27ac209d83dc92a7a3701a891 internal/service/eks/cluster_auth_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "dataSourceClusterAuthRead: generator.GetWithSTS presigns an STS GetCallerIdentity request locally into the token; nothing is sent (and GetCallerIdentity needs no IAM permission)"
  }
}

data "aws_elastic_beanstalk_hosted_zone" {
  service           = "elasticbeanstalk"
  source            = "terraform-provider-aws 01f431114674c27cf790fafb67ac274bf8f765e1 internal/service/elasticbeanstalk/hosted_zone_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "dataSourceHostedZoneRead: looks the region up in the built-in hostedZoneIDs map; no AWS call"
  }
}

data "aws_elasticsearch_domain" {
  service           = "es"
  source            = "terraform-provider-aws 0105d2191ae7e43ba37ba011b916843eddf361ed internal/service/elasticsearch/domain_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = [
      "es:DescribeElasticsearchDomain",
      "es:DescribeElasticsearchDomainConfig",
      "es:ListTags",
    ]
    source  = "dataSourceDomainRead: FindDomainByName (DescribeElasticsearchDomain), DescribeElasticsearchDomainConfig, listTags (ListTags)"
  }
}

data "aws_elb_hosted_zone_id" {
  service           = "elasticloadbalancing"
  source            = "terraform-provider-aws 0015017ad4056c21b70ab87f24a39c720202878f internal/service/elb/hosted_zone_id_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "dataSourceHostedZoneIDRead: looks the region up in the built-in HostedZoneIdPerRegionMap; no AWS call"
  }
}

data "aws_elb_service_account" {
  service           = "elasticloadbalancing"
  source            = "terraform-provider-aws 01f431114674c27cf790fafb67ac274bf8f765e1 internal/service/elb/service_account_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "dataSourceServiceAccountRead: looks the region up in the built-in accountIDPerRegionMap; no AWS call"
  }
}

data "aws_ip_ranges" {
  service           = "iam"
  source            = "terraform-provider-aws 13adc2a2af1d3ce27ac209d83dc92a7a3701a891 internal/service/meta/ip_ranges_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "Read: plain HTTP GET of https://ip-ranges.amazonaws.com/ip-ranges.json (or url); no signed AWS API call, no IAM permission"
  }
}

data "aws_kms_secret" {
  service           = "kms"
  source            = "terraform-provider-aws 041251d1d78a0177f23eea63bbbc8c57b0c79244 internal/service/kms/secret_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "removed data source: Read returns an error pointing to aws_kms_secrets; no AWS call"
  }
}

data "aws_lb_hosted_zone_id" {
  service           = "elasticloadbalancing"
  source            = "terraform-provider-aws 01c08000ddb14181b5bd19201d8fca311dc570e4 internal/service/elbv2/hosted_zone_id_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "dataSourceHostedZoneIDRead: looks the region up in the built-in ALB/NLB hosted zone maps; no AWS call"
  }
}

data "aws_networkmanager_core_network_policy_document" {
  service           = "networkmanager"
  source            = "terraform-provider-aws 01c08000ddb14181b5bd19201d8fca311dc570e4 internal/service/networkmanager/core_network_policy_document_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "dataSourceCoreNetworkPolicyDocumentRead: renders the policy JSON from the configuration; no AWS call"
  }
}

data "aws_opensearch_domain" {
  service           = "es"
  source            = "terraform-provider-aws 08fe6b01ea7b06a7a07d6309fdf78b6e7f0169b9 internal/service/opensearch/domain_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["es:DescribeDomain", "es:DescribeDomainConfig", "es:ListTags"]
    source  = "dataSourceDomainRead: FindDomainByName (DescribeDomain), DescribeDomainConfig, listTags (ListTags); OpenSearch Service's IAM prefix is es"
  }
}

data "aws_organizations_entity_path" {
  service           = "organizations"
  source            = "terraform-provider-aws 20e0a28a948035664fd03c63109a1fcfc2e3e87f internal/service/organizations/entity_path_data_source.go"
  provider_versions = "6.x"

  read {
    actions = ["organizations:DescribeOrganization", "organizations:ListParents"]
    source  = "Read: findParent (ListParents) for each level up to the root, then findOrganization (DescribeOrganization)"
  }
}

data "aws_pricing_product" {
  service           = "pricing"
  source            = "terraform-provider-aws 07e0d0b940f57c782f8fcc9ccfd8b19f59383b51 internal/service/pricing/product_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["pricing:GetProducts"]
    source  = "dataSourceProductRead: GetProducts"
  }
}

data "aws_quicksight_data_set" {
  service           = "quicksight"
  source            = "terraform-provider-aws 095f4fc2243955f411154d7aa7323c903e1b2664 internal/service/quicksight/data_set_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = [
      "quicksight:DescribeDataSet",
      "quicksight:DescribeDataSetPermissions",
      "quicksight:ListTagsForResource",
    ]
    source  = "dataSourceDataSetRead: findDataSetByTwoPartKey (DescribeDataSet), listTags (ListTagsForResource), findDataSetPermissionsByTwoPartKey (DescribeDataSetPermissions)"
  }
}

data "aws_redshift_service_account" {
  service           = "redshift"
  source            = "terraform-provider-aws 06df6bd5149a127126c777b81b0a79ed56514087 internal/service/redshift/service_account_data_source.go"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this data source (rules/provider/v6-changes.md); kept so 5.x plans still resolve it"

  read {
    actions = []
    source  = "dataSourceServiceAccountRead: looks the region up in the built-in ServiceAccountPerRegionMap; no AWS call"
  }
}

data "aws_redshiftserverless_credentials" {
  service           = "redshift-serverless"
  source            = "terraform-provider-aws 0be71beb458ad8875e0acc5c91519c0ceeb214aa internal/service/redshiftserverless/credentials_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["redshift-serverless:GetCredentials"]
    source  = "dataSourceCredentialsRead: GetCredentials"
  }
}

data "aws_route53_traffic_policy_document" {
  service           = "route53"
  source            = "terraform-provider-aws 0620f2a6a126dfcbc4aecbc9a117b0fbea1656ff internal/service/route53/traffic_policy_document_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "dataSourceTrafficPolicyDocumentRead: renders the traffic policy JSON from the configuration; no AWS call"
  }
}

data "aws_s3_bucket_object" {
  service           = "s3"
  source            = "terraform-provider-aws 01606926a0c0ab9174aec440f976a48b0baee722 internal/service/s3/bucket_object_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["s3:GetObject", "s3:GetObjectTagging", "s3:GetObjectVersion"]
    source  = "dataSourceBucketObjectRead: findObject (HeadObject, IAM s3:GetObject, s3:GetObjectVersion with a VersionId) and, for text content types, GetObject with HeadObject's VersionId (set for any object in a versioned bucket); @Tags(identifierAttribute=arn, resourceType=BucketObject) lists tags (GetObjectTagging)"
  }
}

data "aws_s3_bucket_object_lock_configuration" {
  service           = "s3"
  source            = "terraform-provider-aws 14c697d096ea04a8693ff045d6bb521cdcd1e934 internal/service/s3/bucket_object_lock_configuration_data_source.go"
  provider_versions = "6.x"

  read {
    actions = ["s3:GetBucketObjectLockConfiguration"]
    source  = "Read: findObjectLockConfiguration (GetObjectLockConfiguration; IAM action s3:GetBucketObjectLockConfiguration)"
  }
}

data "aws_s3_bucket_objects" {
  service           = "s3"
  source            = "terraform-provider-aws 050ac11163cab8cdae5936a7f40b0e528ff780df internal/service/s3/bucket_objects_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["s3:ListBucket"]
    source  = "dataSourceBucketObjectsRead: ListObjectsV2 pages (IAM action s3:ListBucket)"
  }
}

data "aws_s3_bucket_replication_configuration" {
  service           = "s3"
  source            = "terraform-provider-aws 24bb7ba17075ab9f7b15cde03d420785cc43ad57 internal/service/s3/bucket_replication_configuration_data_source.go"
  provider_versions = "6.x"

  read {
    actions = ["s3:GetReplicationConfiguration"]
    source  = "Read: findReplicationConfiguration (GetBucketReplication; IAM action s3:GetReplicationConfiguration)"
  }
}

data "aws_sagemaker_prebuilt_ecr_image" {
  service           = "sagemaker"
  source            = "terraform-provider-aws 01c08000ddb14181b5bd19201d8fca311dc570e4 internal/service/sagemaker/prebuilt_ecr_image_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "dataSourcePrebuiltECRImageRead: looks the registry up in built-in per-region maps and formats the path; no AWS call"
  }
}

data "aws_service" {
  service           = "iam"
  source            = "terraform-provider-aws 0043f7b93aef2f60f3a2fcca75595a35b8c730fe internal/service/meta/service_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "Read: derives names from the arguments and the SDK's built-in endpoints partitions; no AWS call"
  }
}

data "aws_service_principal" {
  service           = "iam"
  source            = "terraform-provider-aws 2121ce77b821f5cf1aa353b5216d487505a9d78d internal/service/meta/service_principal_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "Read: builds the service principal name from the service name and the region's partition; no AWS call"
  }
}

data "aws_sesv2_email_identity_mail_from_attributes" {
  service           = "ses"
  source            = "terraform-provider-aws 1a30c77221a8e01fb38f377a1305ac42c83b6d33 internal/service/sesv2/email_identity_mail_from_attributes_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ses:GetEmailIdentity"]
    source  = "Read: FindEmailIdentityByID (SES v2 GetEmailIdentity; IAM prefix ses)"
  }
}

data "aws_ssmcontacts_contact" {
  service           = "ssm-contacts"
  source            = "terraform-provider-aws 1049654fb0818bacf8518f017816daafa8a8ad8e internal/service/ssmcontacts/contact_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ssm-contacts:GetContact", "ssm-contacts:ListTagsForResource"]
    source  = "Read: findContactByID (GetContact), listTags (ListTagsForResource)"
  }
}

data "aws_ssmcontacts_contact_channel" {
  service           = "ssm-contacts"
  source            = "terraform-provider-aws 24337513ae0a3750d08ea013f5f6cc2fcb8f76ea internal/service/ssmcontacts/contact_channel_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ssm-contacts:GetContactChannel"]
    source  = "dataSourceContactChannelRead: findContactChannelByID (GetContactChannel)"
  }
}

data "aws_ssmcontacts_plan" {
  service           = "ssm-contacts"
  source            = "terraform-provider-aws 20e0a28a948035664fd03c63109a1fcfc2e3e87f internal/service/ssmcontacts/plan_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ssm-contacts:GetContact"]
    source  = "dataSourcePlanRead: findContactByID (GetContact)"
  }
}

data "aws_ssmincidents_response_plan" {
  service           = "ssm-incidents"
  source            = "terraform-provider-aws 1049654fb0818bacf8518f017816daafa8a8ad8e internal/service/ssmincidents/response_plan_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ssm-incidents:GetResponsePlan", "ssm-incidents:ListTagsForResource"]
    source  = "dataSourceResponsePlanRead: FindResponsePlanByID (GetResponsePlan), listTags (ListTagsForResource)"
  }
}

data "aws_ssoadmin_application" {
  service           = "sso"
  source            = "terraform-provider-aws 013f1736b90439e5a19567a87d3e5cd11858c420 internal/service/ssoadmin/application_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["sso:DescribeApplication"]
    source  = "Read: findApplicationByID (SSO Admin DescribeApplication; IAM prefix sso)"
  }
}

data "aws_storagegateway_local_disk" {
  service           = "storagegateway"
  source            = "terraform-provider-aws 07bbd8479916fced7b6307298528a8731a69af69 internal/service/storagegateway/local_disk_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["storagegateway:ListLocalDisks"]
    source  = "dataSourceLocalDiskRead: ListLocalDisks, filtered by disk_node/disk_path"
  }
}

data "aws_vpc_ipam_preview_next_cidr" {
  service           = "ec2"
  source            = "terraform-provider-aws 263b95b6e01b1c607e2ffc530840741d6cc3c2d3 internal/service/ec2/ipam_preview_next_cidr_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:AllocateIpamPoolCidr"]
    source  = "dataSourceIPAMPreviewNextCIDRRead: AllocateIpamPoolCidr with PreviewNextCidr=true (a preview still needs the allocate permission)"
  }
}

data "aws_vpc_peering_connection" {
  service           = "ec2"
  source            = "terraform-provider-aws 3e71acd32de702c9510973002085830940dd6ed7 internal/service/ec2/vpc_peering_connection_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeVpcPeeringConnections"]
    source  = "dataSourceVPCPeeringConnectionRead: DescribeVpcPeeringConnections (tags from its output)"
  }
}

data "aws_vpc_peering_connections" {
  service           = "ec2"
  source            = "terraform-provider-aws 0593466d96e383de3f75587805537f6e590ebf4e internal/service/ec2/vpc_peering_connections_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ec2:DescribeVpcPeeringConnections"]
    source  = "dataSourceVPCPeeringConnectionsRead: FindVPCPeeringConnections (DescribeVpcPeeringConnections)"
  }
}
