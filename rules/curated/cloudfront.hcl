# Amazon CloudFront (IAM prefix cloudfront): hand-curated rules for distributions, origin access identities and controls, cache policies and functions.

resource "aws_cloudfront_cache_policy" {
  service           = "cloudfront"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/cloudfront/cache_policy.go"
  arn               = "arn:${partition}:cloudfront::${account}:cache-policy/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["cloudfront:GetCachePolicy"]
    source  = "resourceCachePolicyRead (GetCachePolicy)"
  }

  create {
    actions = ["cloudfront:CreateCachePolicy"]
    source  = "resourceCachePolicyCreate (CreateCachePolicy)"
  }

  update {
    attributes = [
      "comment",
      "default_ttl",
      "max_ttl",
      "min_ttl",
      "name",
      "parameters_in_cache_key_and_forwarded_to_origin",
    ]
    actions    = ["cloudfront:UpdateCachePolicy"]
    source     = "resourceCachePolicyUpdate (UpdateCachePolicy with etag)"
  }

  delete {
    actions = ["cloudfront:DeleteCachePolicy"]
    source  = "resourceCachePolicyDelete (DeleteCachePolicy)"
  }
}

resource "aws_cloudfront_distribution" {
  service           = "cloudfront"
  source            = "terraform-provider-aws internal/service/cloudfront/distribution.go (aws-sdk-go-v2 version, read_file id 1924363656; older acde588265bb9030379201e363f9f682879b51bd also read); v6.60.0 provider-model call_patterns"
  arn               = "arn:${partition}:cloudfront::${account}:distribution/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["cloudfront:GetDistribution", "cloudfront:ListTagsForResource"]
    source  = "resourceDistributionRead (findDistributionByID -> GetDistribution); tags via transparent tagging ListTags (ListTagsForResource)"
  }

  create {
    actions = ["cloudfront:CreateDistribution", "cloudfront:TagResource"]
    source  = "resourceDistributionCreate (CreateDistributionWithTags, always; waitDistributionDeployed polls GetDistribution); AWS docs: CloudFront API permissions reference, CreateDistributionWithTags requires cloudfront:CreateDistribution and cloudfront:TagResource"
    note    = "The provider always calls CreateDistributionWithTags (with an empty tag list when no tags are set); AWS documents both actions as required for that API"
  }

  create {
    if_set  = "logging_config"
    actions = ["s3:GetBucketAcl", "s3:PutBucketAcl"]
    source  = "AWS docs: CloudFront API permissions reference (awsdocs/amazon-cloudfront-developer-guide 17ccdfadf2a5cc8672f06b2ea75613dce8020ad0 doc_source/cf-api-permissions-ref.md), CreateDistribution: only if you configure CloudFront to save access logs"
  }

  create {
    if_set   = "web_acl_id"
    actions  = ["wafv2:GetWebACL"]
    resource = "${web_acl_id}"
    source   = "AWS docs: WAF AssociateWebACL API reference (for CloudFront set the web ACL in the distribution config via CreateDistribution/UpdateDistribution); CloudFront rejects with InvalidWebACLId 'Unable to verify read permissions on Web ACL' otherwise (aws/aws-sdk-java#2901)"
    note     = "CloudFront checks that the caller can read the web ACL named in WebACLId; a WAF Classic web ACL id would need waf:GetWebACL instead"
  }

  update {
    attributes = [
      "aliases",
      "anycast_ip_list_id",
      "comment",
      "continuous_deployment_policy_id",
      "custom_error_response",
      "default_cache_behavior",
      "default_root_object",
      "enabled",
      "http_version",
      "is_ipv6_enabled",
      "logging_config",
      "ordered_cache_behavior",
      "origin",
      "origin_group",
      "price_class",
      "restrictions",
      "retain_on_delete",
      "viewer_certificate",
      "wait_for_deployment",
      "web_acl_id",
    ]
    actions    = ["cloudfront:UpdateDistribution"]
    source     = "resourceDistributionUpdate (HasChangesExcept(tags, tags_all) -> UpdateDistribution; distroETag/waitDistributionDeployed poll GetDistribution)"
    note       = "Any non-tag change, including retain_on_delete and wait_for_deployment, makes the provider send UpdateDistribution with the full config"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudfront:TagResource", "cloudfront:UntagResource"]
    source     = "transparent tagging UpdateTags (TagResource/UntagResource)"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  update {
    if_set     = "logging_config"
    attributes = ["logging_config"]
    actions    = ["s3:GetBucketAcl", "s3:PutBucketAcl"]
    source     = "AWS docs: CloudFront API permissions reference, UpdateDistribution: only if you configure CloudFront to save access logs"
  }

  update {
    if_set     = "web_acl_id"
    attributes = ["web_acl_id"]
    actions    = ["wafv2:GetWebACL"]
    resource   = "${web_acl_id}"
    source     = "AWS docs: WAF AssociateWebACL API reference (CloudFront associates through UpdateDistribution); InvalidWebACLId 'Unable to verify read permissions on Web ACL' (aws/aws-sdk-java#2901)"
  }

  delete {
    if_set  = "continuous_deployment_policy_id"
    actions = [
      "cloudfront:GetContinuousDeploymentPolicy",
      "cloudfront:UpdateContinuousDeploymentPolicy",
    ]
    source  = "resourceDistributionDelete: disableContinuousDeploymentPolicy (GetContinuousDeploymentPolicy, UpdateContinuousDeploymentPolicy), then waitDistributionDeployed"
    note    = "GetContinuousDeploymentPolicy fetches the policy config and ETag before disabling the policy"
  }

  delete {
    if_set  = "enabled"
    actions = ["cloudfront:UpdateDistribution"]
    source  = "resourceDistributionDelete: disableDistribution (GetDistribution, UpdateDistribution Enabled=false, waitDistributionDeployed polls GetDistribution)"
    note    = "A distribution must be disabled before DeleteDistribution; the provider skips the update when the live config is already disabled (also done with retain_on_delete)"
  }

  delete {
    unless_set = "retain_on_delete"
    actions    = ["cloudfront:DeleteDistribution"]
    source     = "resourceDistributionDelete: deleteDistribution (distroETag via GetDistribution, DeleteDistribution, waitDistributionDeleted polls GetDistribution); skipped with retain_on_delete"
  }
}

resource "aws_cloudfront_function" {
  service           = "cloudfront"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/cloudfront/function.go"
  arn               = "arn:${partition}:cloudfront::${account}:function/${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = [
      "cloudfront:DescribeFunction",
      "cloudfront:GetFunction",
      "cloudfront:ListTagsForResource",
    ]
    source  = "resourceFunctionRead (DescribeFunction for metadata/etag, GetFunction for code); tags via transparent tagging ListTags"
  }

  create {
    actions = ["cloudfront:CreateFunction"]
    source  = "resourceFunctionCreate (CreateFunction)"
  }

  create {
    if_set  = "publish"
    actions = ["cloudfront:PublishFunction"]
    source  = "resourceFunctionCreate (PublishFunction when publish, default true)"
  }

  create {
    if_set  = "tags_all"
    actions = ["cloudfront:TagResource"]
    source  = "transparent tagging: tags on create need cloudfront:TagResource (AWS docs: CloudFront API permissions reference, actions on tags)"
  }

  update {
    attributes = ["code", "comment", "key_value_store_associations", "runtime"]
    actions    = ["cloudfront:UpdateFunction"]
    source     = "resourceFunctionUpdate (UpdateFunction with etag from DescribeFunction)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cloudfront:TagResource", "cloudfront:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    if_set     = "publish"
    attributes = ["code", "comment", "key_value_store_associations", "publish", "runtime"]
    actions    = ["cloudfront:PublishFunction"]
    source     = "resourceFunctionUpdate (PublishFunction when publish)"
  }

  delete {
    actions = ["cloudfront:DeleteFunction"]
    source  = "resourceFunctionDelete (DeleteFunction with etag from DescribeFunction)"
  }
}

resource "aws_cloudfront_origin_access_control" {
  service           = "cloudfront"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/cloudfront/origin_access_control.go"
  arn               = "arn:${partition}:cloudfront::${account}:origin-access-control/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["cloudfront:GetOriginAccessControl"]
    source  = "resourceOriginAccessControlRead (GetOriginAccessControl)"
  }

  create {
    actions = ["cloudfront:CreateOriginAccessControl"]
    source  = "resourceOriginAccessControlCreate (CreateOriginAccessControl)"
  }

  update {
    attributes = [
      "description",
      "name",
      "origin_access_control_origin_type",
      "signing_behavior",
      "signing_protocol",
    ]
    actions    = ["cloudfront:UpdateOriginAccessControl"]
    source     = "resourceOriginAccessControlUpdate (UpdateOriginAccessControl with etag)"
  }

  delete {
    actions = ["cloudfront:DeleteOriginAccessControl"]
    source  = "resourceOriginAccessControlDelete (DeleteOriginAccessControl)"
  }
}

resource "aws_cloudfront_origin_access_identity" {
  service           = "cloudfront"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/cloudfront/origin_access_identity.go"
  arn               = "arn:${partition}:cloudfront::${account}:origin-access-identity/${id}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["cloudfront:GetCloudFrontOriginAccessIdentity"]
    source  = "resourceOriginAccessIdentityRead (GetCloudFrontOriginAccessIdentity)"
  }

  create {
    actions = ["cloudfront:CreateCloudFrontOriginAccessIdentity"]
    source  = "resourceOriginAccessIdentityCreate (CreateCloudFrontOriginAccessIdentity)"
  }

  update {
    attributes = ["comment"]
    actions    = ["cloudfront:UpdateCloudFrontOriginAccessIdentity"]
    source     = "resourceOriginAccessIdentityUpdate (UpdateCloudFrontOriginAccessIdentity with the stored etag)"
  }

  delete {
    actions = ["cloudfront:DeleteCloudFrontOriginAccessIdentity"]
    source  = "resourceOriginAccessIdentityDelete (DeleteCloudFrontOriginAccessIdentity)"
  }
}
