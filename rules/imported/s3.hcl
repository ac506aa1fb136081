# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_s3_access_point" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.resourceAccessPointCreate, s3control.resourceAccessPointRead, s3control.resourceAccessPointUpdate, s3control.resourceAccessPointDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map gives only another service's action; the operation's own identically named action (needed for a target outside that service) is kept too: s3:CreateAccessPoint (iamlive: s3-outposts:CreateAccessPoint), s3:DeleteAccessPoint (iamlive: s3-outposts:DeleteAccessPoint), s3:DeleteAccessPointPolicy (iamlive: s3-outposts:DeleteAccessPointPolicy), s3:GetAccessPoint (iamlive: s3-outposts:GetAccessPoint), s3:GetAccessPointPolicy (iamlive: s3-outposts:GetAccessPointPolicy), s3:PutAccessPointPolicy (iamlive: s3-outposts:PutAccessPointPolicy); not in iamlive-map, identical IAM name used: s3:ListTagsForResource, s3:TagResource, s3:UntagResource"

  read {
    actions = [
      "s3-outposts:GetAccessPoint",
      "s3-outposts:GetAccessPointPolicy",
      "s3:GetAccessPoint",
      "s3:GetAccessPointPolicy",
      "s3:GetAccessPointPolicyStatus",
      "s3:ListTagsForResource",
    ]
    source  = "s3control.resourceAccessPointRead + s3control.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "s3-outposts:CreateAccessPoint",
      "s3-outposts:GetAccessPoint",
      "s3-outposts:GetAccessPointPolicy",
      "s3-outposts:PutAccessPointPolicy",
      "s3:CreateAccessPoint",
      "s3:GetAccessPoint",
      "s3:GetAccessPointPolicy",
      "s3:GetAccessPointPolicyStatus",
      "s3:PutAccessPointPolicy",
    ]
    source  = "s3control.resourceAccessPointCreate"
  }

  update {
    attributes = []
    actions    = [
      "s3-outposts:DeleteAccessPointPolicy",
      "s3-outposts:PutAccessPointPolicy",
      "s3:DeleteAccessPointPolicy",
      "s3:PutAccessPointPolicy",
    ]
    source     = "s3control.resourceAccessPointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["s3:TagResource", "s3:UntagResource"]
    source     = "s3control.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["s3-outposts:DeleteAccessPoint", "s3:DeleteAccessPoint"]
    source  = "s3control.resourceAccessPointDelete"
  }
}

resource "aws_s3_account_public_access_block" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.resourceAccountPublicAccessBlockCreate, s3control.resourceAccountPublicAccessBlockRead, s3control.resourceAccountPublicAccessBlockUpdate, s3control.resourceAccountPublicAccessBlockDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["s3:GetAccountPublicAccessBlock"]
    source  = "s3control.resourceAccountPublicAccessBlockRead"
  }

  create {
    actions = ["s3:GetAccountPublicAccessBlock", "s3:PutAccountPublicAccessBlock"]
    source  = "s3control.resourceAccountPublicAccessBlockCreate"
  }

  update {
    attributes = []
    actions    = ["s3:PutAccountPublicAccessBlock"]
    source     = "s3control.resourceAccountPublicAccessBlockUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3:GetAccountPublicAccessBlock", "s3:PutAccountPublicAccessBlock"]
    source  = "s3control.resourceAccountPublicAccessBlockDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3_bucket_abac" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3.(*resourceBucketABAC).Create, s3.(*resourceBucketABAC).Read, s3.(*resourceBucketABAC).Update, s3.(*resourceBucketABAC).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3:GetBucketAbac, s3:PutBucketAbac"

  read {
    actions = ["s3:GetBucketAbac"]
    source  = "s3.(*resourceBucketABAC).Read"
  }

  create {
    actions = ["s3:PutBucketAbac"]
    source  = "s3.(*resourceBucketABAC).Create"
  }

  update {
    attributes = []
    actions    = ["s3:PutBucketAbac"]
    source     = "s3.(*resourceBucketABAC).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3:PutBucketAbac"]
    source  = "s3.(*resourceBucketABAC).Delete"
  }
}

resource "aws_s3_bucket_accelerate_configuration" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3.resourceBucketAccelerateConfigurationCreate, s3.resourceBucketAccelerateConfigurationRead, s3.resourceBucketAccelerateConfigurationUpdate, s3.resourceBucketAccelerateConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["s3:GetAccelerateConfiguration"]
    source  = "s3.resourceBucketAccelerateConfigurationRead"
  }

  create {
    actions = ["s3:GetAccelerateConfiguration", "s3:PutAccelerateConfiguration"]
    source  = "s3.resourceBucketAccelerateConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["s3:PutAccelerateConfiguration"]
    source     = "s3.resourceBucketAccelerateConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3:PutAccelerateConfiguration"]
    source  = "s3.resourceBucketAccelerateConfigurationDelete"
  }
}

resource "aws_s3_bucket_analytics_configuration" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3.resourceBucketAnalyticsConfigurationPut, s3.resourceBucketAnalyticsConfigurationRead, s3.resourceBucketAnalyticsConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["s3:GetAnalyticsConfiguration"]
    source  = "s3.resourceBucketAnalyticsConfigurationRead"
  }

  create {
    actions = ["s3:GetAnalyticsConfiguration", "s3:PutAnalyticsConfiguration"]
    source  = "s3.resourceBucketAnalyticsConfigurationPut"
  }

  update {
    attributes = []
    actions    = ["s3:PutAnalyticsConfiguration"]
    source     = "s3.resourceBucketAnalyticsConfigurationPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3:GetAnalyticsConfiguration", "s3:PutAnalyticsConfiguration"]
    source  = "s3.resourceBucketAnalyticsConfigurationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3_bucket_intelligent_tiering_configuration" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3.resourceBucketIntelligentTieringConfigurationPut, s3.resourceBucketIntelligentTieringConfigurationRead, s3.resourceBucketIntelligentTieringConfigurationDelete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete s3.DeleteBucketIntelligentTieringConfiguration"

  read {
    actions = ["s3:GetIntelligentTieringConfiguration"]
    source  = "s3.resourceBucketIntelligentTieringConfigurationRead"
  }

  create {
    actions = ["s3:GetIntelligentTieringConfiguration", "s3:PutIntelligentTieringConfiguration"]
    source  = "s3.resourceBucketIntelligentTieringConfigurationPut"
  }

  update {
    attributes = []
    actions    = ["s3:PutIntelligentTieringConfiguration"]
    source     = "s3.resourceBucketIntelligentTieringConfigurationPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3:GetIntelligentTieringConfiguration"]
    source  = "s3.resourceBucketIntelligentTieringConfigurationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3_bucket_inventory" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3.resourceBucketInventoryPut, s3.resourceBucketInventoryRead, s3.resourceBucketInventoryDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["s3:GetInventoryConfiguration"]
    source  = "s3.resourceBucketInventoryRead"
  }

  create {
    actions = ["s3:GetInventoryConfiguration", "s3:PutInventoryConfiguration"]
    source  = "s3.resourceBucketInventoryPut"
  }

  update {
    attributes = []
    actions    = ["s3:PutInventoryConfiguration"]
    source     = "s3.resourceBucketInventoryPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3:GetInventoryConfiguration", "s3:PutInventoryConfiguration"]
    source  = "s3.resourceBucketInventoryDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3_bucket_metadata_configuration" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3.(*bucketMetadataConfigurationResource).Create, s3.(*bucketMetadataConfigurationResource).Read, s3.(*bucketMetadataConfigurationResource).Update, s3.(*bucketMetadataConfigurationResource).Delete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create s3.CreateBucketMetadataConfiguration, create s3.GetBucketMetadataConfiguration, delete s3.DeleteBucketMetadataConfiguration, delete s3.GetBucketMetadataConfiguration, read s3.GetBucketMetadataConfiguration, update s3.GetBucketMetadataConfiguration; not in iamlive-map, identical IAM name used: s3:UpdateBucketMetadataInventoryTableConfiguration, s3:UpdateBucketMetadataJournalTableConfiguration"

  update {
    attributes = []
    actions    = [
      "s3:UpdateBucketMetadataInventoryTableConfiguration",
      "s3:UpdateBucketMetadataJournalTableConfiguration",
    ]
    source     = "s3.(*bucketMetadataConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_s3_bucket_metric" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3.resourceBucketMetricPut, s3.resourceBucketMetricRead, s3.resourceBucketMetricDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["s3:GetMetricsConfiguration"]
    source  = "s3.resourceBucketMetricRead"
  }

  create {
    actions = ["s3:GetMetricsConfiguration", "s3:PutMetricsConfiguration"]
    source  = "s3.resourceBucketMetricPut"
  }

  update {
    attributes = []
    actions    = ["s3:PutMetricsConfiguration"]
    source     = "s3.resourceBucketMetricPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3:GetMetricsConfiguration", "s3:PutMetricsConfiguration"]
    source  = "s3.resourceBucketMetricDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3_bucket_object_lock_configuration" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3.resourceBucketObjectLockConfigurationCreate, s3.resourceBucketObjectLockConfigurationRead, s3.resourceBucketObjectLockConfigurationUpdate, s3.resourceBucketObjectLockConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["s3:GetBucketObjectLockConfiguration"]
    source  = "s3.resourceBucketObjectLockConfigurationRead"
  }

  create {
    actions = ["s3:GetBucketObjectLockConfiguration", "s3:PutBucketObjectLockConfiguration"]
    source  = "s3.resourceBucketObjectLockConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["s3:PutBucketObjectLockConfiguration"]
    source     = "s3.resourceBucketObjectLockConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3:PutBucketObjectLockConfiguration"]
    source  = "s3.resourceBucketObjectLockConfigurationDelete"
  }
}

resource "aws_s3_bucket_replication_configuration" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3.resourceBucketReplicationConfigurationCreate, s3.resourceBucketReplicationConfigurationRead, s3.resourceBucketReplicationConfigurationUpdate, s3.resourceBucketReplicationConfigurationDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by s3.DeleteBucketReplication, s3.PutBucketReplication (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["s3:GetReplicationConfiguration"]
    source  = "s3.resourceBucketReplicationConfigurationRead"
  }

  create {
    actions = ["s3:GetReplicationConfiguration", "s3:PutReplicationConfiguration"]
    source  = "s3.resourceBucketReplicationConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["s3:PutReplicationConfiguration"]
    source     = "s3.resourceBucketReplicationConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3:GetReplicationConfiguration", "s3:PutReplicationConfiguration"]
    source  = "s3.resourceBucketReplicationConfigurationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3_bucket_request_payment_configuration" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3.resourceBucketRequestPaymentConfigurationCreate, s3.resourceBucketRequestPaymentConfigurationRead, s3.resourceBucketRequestPaymentConfigurationUpdate, s3.resourceBucketRequestPaymentConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["s3:GetBucketRequestPayment"]
    source  = "s3.resourceBucketRequestPaymentConfigurationRead"
  }

  create {
    actions = ["s3:GetBucketRequestPayment", "s3:PutBucketRequestPayment"]
    source  = "s3.resourceBucketRequestPaymentConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["s3:PutBucketRequestPayment"]
    source     = "s3.resourceBucketRequestPaymentConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3:PutBucketRequestPayment"]
    source  = "s3.resourceBucketRequestPaymentConfigurationDelete"
  }
}

resource "aws_s3_directory_bucket" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3.(*directoryBucketResource).Create, s3.(*directoryBucketResource).Read, s3.(*directoryBucketResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["s3:GetBucketTagging", "s3:ListBucket"]
    source  = "s3.(*directoryBucketResource).Read + s3.(*servicePackage).ListTags (only its operations naming `Bucket`, the crud map's tag resource type `DirectoryBucket`)"
  }

  create {
    actions = ["s3:CreateBucket"]
    source  = "s3.(*directoryBucketResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["s3:GetBucketTagging", "s3:PutBucketTagging"]
    source     = "s3.(*servicePackage).UpdateTags (only its operations naming `Bucket`, the crud map's tag resource type `DirectoryBucket`)"
  }

  delete {
    actions = ["s3:DeleteBucket", "s3:ListBucket"]
    source  = "s3.(*directoryBucketResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3_object_copy" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3.resourceObjectCopyCreate, s3.resourceObjectCopyRead, s3.resourceObjectCopyUpdate, s3.resourceObjectCopyDelete) + iamlive-map 2022-08-19"
  note    = "s3.(*servicePackage).UpdateTags: no operation names the crud map's tag resource type `ObjectCopy`, so all its operations are kept"

  read {
    actions = ["s3:GetBucketTagging", "s3:GetObject", "s3:GetObjectTagging", "s3:GetObjectVersion"]
    source  = "s3.resourceObjectCopyRead + s3.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "s3:GetObject",
      "s3:GetObjectTagging",
      "s3:GetObjectVersion",
      "s3:ListBucket",
      "s3:PutObject",
      "s3:PutObjectAcl",
      "s3:PutObjectTagging",
    ]
    source  = "s3.resourceObjectCopyCreate"
  }

  update {
    attributes = []
    actions    = ["s3:PutObject", "s3:PutObjectAcl"]
    source     = "s3.resourceObjectCopyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = [
      "s3:DeleteObjectTagging",
      "s3:GetBucketTagging",
      "s3:GetObjectTagging",
      "s3:PutBucketTagging",
      "s3:PutObjectTagging",
    ]
    source     = "s3.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "s3:DeleteObject",
      "s3:GetObject",
      "s3:GetObjectVersion",
      "s3:ListBucketVersions",
      "s3:PutObjectLegalHold",
    ]
    source  = "s3.resourceObjectCopyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3control_access_grant" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.(*accessGrantResource).Create, s3control.(*accessGrantResource).Read, s3control.(*accessGrantResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3:CreateAccessGrant, s3:DeleteAccessGrant, s3:GetAccessGrant, s3:ListTagsForResource, s3:TagResource, s3:UntagResource"

  read {
    actions = ["s3:GetAccessGrant", "s3:ListTagsForResource"]
    source  = "s3control.(*accessGrantResource).Read + s3control.(*servicePackage).ListTags"
  }

  create {
    actions = ["s3:CreateAccessGrant"]
    source  = "s3control.(*accessGrantResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["s3:TagResource", "s3:UntagResource"]
    source     = "s3control.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["s3:DeleteAccessGrant"]
    source  = "s3control.(*accessGrantResource).Delete"
  }
}

resource "aws_s3control_access_grants_instance" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.(*accessGrantsInstanceResource).Create, s3control.(*accessGrantsInstanceResource).Read, s3control.(*accessGrantsInstanceResource).Update, s3control.(*accessGrantsInstanceResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3:AssociateAccessGrantsIdentityCenter, s3:CreateAccessGrantsInstance, s3:DeleteAccessGrantsInstance, s3:DissociateAccessGrantsIdentityCenter, s3:GetAccessGrantsInstance, s3:ListTagsForResource, s3:TagResource, s3:UntagResource"

  read {
    actions = ["s3:GetAccessGrantsInstance", "s3:ListTagsForResource"]
    source  = "s3control.(*accessGrantsInstanceResource).Read + s3control.(*servicePackage).ListTags"
  }

  create {
    actions = ["s3:CreateAccessGrantsInstance"]
    source  = "s3control.(*accessGrantsInstanceResource).Create"
  }

  update {
    attributes = []
    actions    = [
      "s3:AssociateAccessGrantsIdentityCenter",
      "s3:DissociateAccessGrantsIdentityCenter",
    ]
    source     = "s3control.(*accessGrantsInstanceResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["s3:TagResource", "s3:UntagResource"]
    source     = "s3control.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["s3:DeleteAccessGrantsInstance", "s3:DissociateAccessGrantsIdentityCenter"]
    source  = "s3control.(*accessGrantsInstanceResource).Delete"
  }
}

resource "aws_s3control_access_grants_instance_resource_policy" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.(*accessGrantsInstanceResourcePolicyResource).Create, s3control.(*accessGrantsInstanceResourcePolicyResource).Read, s3control.(*accessGrantsInstanceResourcePolicyResource).Update, s3control.(*accessGrantsInstanceResourcePolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3:DeleteAccessGrantsInstanceResourcePolicy, s3:GetAccessGrantsInstanceResourcePolicy, s3:PutAccessGrantsInstanceResourcePolicy"

  read {
    actions = ["s3:GetAccessGrantsInstanceResourcePolicy"]
    source  = "s3control.(*accessGrantsInstanceResourcePolicyResource).Read"
  }

  create {
    actions = ["s3:PutAccessGrantsInstanceResourcePolicy"]
    source  = "s3control.(*accessGrantsInstanceResourcePolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["s3:PutAccessGrantsInstanceResourcePolicy"]
    source     = "s3control.(*accessGrantsInstanceResourcePolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3:DeleteAccessGrantsInstanceResourcePolicy"]
    source  = "s3control.(*accessGrantsInstanceResourcePolicyResource).Delete"
  }
}

resource "aws_s3control_access_grants_location" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.(*accessGrantsLocationResource).Create, s3control.(*accessGrantsLocationResource).Read, s3control.(*accessGrantsLocationResource).Update, s3control.(*accessGrantsLocationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3:CreateAccessGrantsLocation, s3:DeleteAccessGrantsLocation, s3:GetAccessGrantsLocation, s3:ListTagsForResource, s3:TagResource, s3:UntagResource, s3:UpdateAccessGrantsLocation"

  read {
    actions = ["s3:GetAccessGrantsLocation", "s3:ListTagsForResource"]
    source  = "s3control.(*accessGrantsLocationResource).Read + s3control.(*servicePackage).ListTags"
  }

  create {
    actions = ["s3:CreateAccessGrantsLocation"]
    source  = "s3control.(*accessGrantsLocationResource).Create"
  }

  update {
    attributes = []
    actions    = ["s3:UpdateAccessGrantsLocation"]
    source     = "s3control.(*accessGrantsLocationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["s3:TagResource", "s3:UntagResource"]
    source     = "s3control.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["s3:DeleteAccessGrantsLocation"]
    source  = "s3control.(*accessGrantsLocationResource).Delete"
  }
}

resource "aws_s3control_access_point_policy" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.resourceAccessPointPolicyCreate, s3control.resourceAccessPointPolicyRead, s3control.resourceAccessPointPolicyUpdate, s3control.resourceAccessPointPolicyDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map gives only another service's action; the operation's own identically named action (needed for a target outside that service) is kept too: s3:DeleteAccessPointPolicy (iamlive: s3-outposts:DeleteAccessPointPolicy), s3:GetAccessPointPolicy (iamlive: s3-outposts:GetAccessPointPolicy), s3:PutAccessPointPolicy (iamlive: s3-outposts:PutAccessPointPolicy)"

  read {
    actions = [
      "s3-outposts:GetAccessPointPolicy",
      "s3:GetAccessPointPolicy",
      "s3:GetAccessPointPolicyStatus",
    ]
    source  = "s3control.resourceAccessPointPolicyRead"
  }

  create {
    actions = [
      "s3-outposts:GetAccessPointPolicy",
      "s3-outposts:PutAccessPointPolicy",
      "s3:GetAccessPointPolicy",
      "s3:GetAccessPointPolicyStatus",
      "s3:PutAccessPointPolicy",
    ]
    source  = "s3control.resourceAccessPointPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["s3-outposts:PutAccessPointPolicy", "s3:PutAccessPointPolicy"]
    source     = "s3control.resourceAccessPointPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3-outposts:DeleteAccessPointPolicy", "s3:DeleteAccessPointPolicy"]
    source  = "s3control.resourceAccessPointPolicyDelete"
  }
}

resource "aws_s3control_bucket" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.resourceBucketCreate, s3control.resourceBucketRead, s3control.resourceBucketUpdate, s3control.resourceBucketDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map gives only another service's action; the operation's own identically named action (needed for a target outside that service) is kept too: s3:CreateBucket (iamlive: s3-outposts:CreateBucket), s3:DeleteBucket (iamlive: s3-outposts:DeleteBucket), s3:GetBucketTagging (iamlive: s3-outposts:GetBucketTagging), s3:PutBucketTagging (iamlive: s3-outposts:PutBucketTagging); not in iamlive-map, identical IAM name used: s3:ListTagsForResource, s3:TagResource, s3:UntagResource"

  read {
    actions = [
      "s3-outposts:GetBucket",
      "s3-outposts:GetBucketTagging",
      "s3:GetBucketTagging",
      "s3:ListTagsForResource",
    ]
    source  = "s3control.resourceBucketRead + s3control.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "s3-outposts:CreateBucket",
      "s3-outposts:GetBucket",
      "s3-outposts:GetBucketTagging",
      "s3-outposts:PutBucketTagging",
      "s3:CreateBucket",
      "s3:GetBucketTagging",
      "s3:PutBucketTagging",
    ]
    source  = "s3control.resourceBucketCreate"
  }

  update {
    attributes = []
    actions    = ["s3-outposts:PutBucketTagging", "s3:PutBucketTagging"]
    source     = "s3control.resourceBucketUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["s3:TagResource", "s3:UntagResource"]
    source     = "s3control.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["s3-outposts:DeleteBucket", "s3:DeleteBucket"]
    source  = "s3control.resourceBucketDelete"
  }
}

resource "aws_s3control_bucket_policy" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.resourceBucketPolicyCreate, s3control.resourceBucketPolicyRead, s3control.resourceBucketPolicyUpdate, s3control.resourceBucketPolicyDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map gives only another service's action; the operation's own identically named action (needed for a target outside that service) is kept too: s3:DeleteBucketPolicy (iamlive: s3-outposts:DeleteBucketPolicy), s3:GetBucketPolicy (iamlive: s3-outposts:GetBucketPolicy), s3:PutBucketPolicy (iamlive: s3-outposts:PutBucketPolicy)"

  read {
    actions = ["s3-outposts:GetBucketPolicy", "s3:GetBucketPolicy"]
    source  = "s3control.resourceBucketPolicyRead"
  }

  create {
    actions = [
      "s3-outposts:GetBucketPolicy",
      "s3-outposts:PutBucketPolicy",
      "s3:GetBucketPolicy",
      "s3:PutBucketPolicy",
    ]
    source  = "s3control.resourceBucketPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["s3-outposts:PutBucketPolicy", "s3:PutBucketPolicy"]
    source     = "s3control.resourceBucketPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3-outposts:DeleteBucketPolicy", "s3:DeleteBucketPolicy"]
    source  = "s3control.resourceBucketPolicyDelete"
  }
}

resource "aws_s3control_multi_region_access_point" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.resourceMultiRegionAccessPointCreate, s3control.resourceMultiRegionAccessPointRead, s3control.resourceMultiRegionAccessPointDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["s3:GetMultiRegionAccessPoint"]
    source  = "s3control.resourceMultiRegionAccessPointRead"
  }

  create {
    actions = [
      "s3:CreateMultiRegionAccessPoint",
      "s3:DescribeMultiRegionAccessPointOperation",
      "s3:GetMultiRegionAccessPoint",
    ]
    source  = "s3control.resourceMultiRegionAccessPointCreate"
  }

  delete {
    actions = ["s3:DeleteMultiRegionAccessPoint", "s3:DescribeMultiRegionAccessPointOperation"]
    source  = "s3control.resourceMultiRegionAccessPointDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3control_multi_region_access_point_policy" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.resourceMultiRegionAccessPointPolicyCreate, s3control.resourceMultiRegionAccessPointPolicyRead, s3control.resourceMultiRegionAccessPointPolicyUpdate, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["s3:GetMultiRegionAccessPointPolicy"]
    source  = "s3control.resourceMultiRegionAccessPointPolicyRead"
  }

  create {
    actions = [
      "s3:DescribeMultiRegionAccessPointOperation",
      "s3:GetMultiRegionAccessPointPolicy",
      "s3:PutMultiRegionAccessPointPolicy",
    ]
    source  = "s3control.resourceMultiRegionAccessPointPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["s3:PutMultiRegionAccessPointPolicy"]
    source     = "s3control.resourceMultiRegionAccessPointPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_s3control_multi_region_access_point_routes" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.(*multiRegionAccessPointRoutesResource).Create, s3control.(*multiRegionAccessPointRoutesResource).Read, s3control.(*multiRegionAccessPointRoutesResource).Update) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3:GetMultiRegionAccessPointRoutes, s3:SubmitMultiRegionAccessPointRoutes"

  read {
    actions = ["s3:GetMultiRegionAccessPointRoutes"]
    source  = "s3control.(*multiRegionAccessPointRoutesResource).Read"
  }

  create {
    actions = ["s3:GetMultiRegionAccessPointRoutes", "s3:SubmitMultiRegionAccessPointRoutes"]
    source  = "s3control.(*multiRegionAccessPointRoutesResource).Create"
  }

  update {
    attributes = []
    actions    = ["s3:SubmitMultiRegionAccessPointRoutes"]
    source     = "s3control.(*multiRegionAccessPointRoutesResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_s3control_object_lambda_access_point" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.resourceObjectLambdaAccessPointCreate, s3control.resourceObjectLambdaAccessPointRead, s3control.resourceObjectLambdaAccessPointUpdate, s3control.resourceObjectLambdaAccessPointDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["s3:GetAccessPointConfigurationForObjectLambda", "s3:GetAccessPointForObjectLambda"]
    source  = "s3control.resourceObjectLambdaAccessPointRead"
  }

  create {
    actions = [
      "s3:CreateAccessPointForObjectLambda",
      "s3:GetAccessPointConfigurationForObjectLambda",
      "s3:GetAccessPointForObjectLambda",
    ]
    source  = "s3control.resourceObjectLambdaAccessPointCreate"
  }

  update {
    attributes = []
    actions    = ["s3:PutAccessPointConfigurationForObjectLambda"]
    source     = "s3control.resourceObjectLambdaAccessPointUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3:DeleteAccessPointForObjectLambda"]
    source  = "s3control.resourceObjectLambdaAccessPointDelete"
  }
}

resource "aws_s3control_object_lambda_access_point_policy" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.resourceObjectLambdaAccessPointPolicyCreate, s3control.resourceObjectLambdaAccessPointPolicyRead, s3control.resourceObjectLambdaAccessPointPolicyUpdate, s3control.resourceObjectLambdaAccessPointPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "s3:GetAccessPointPolicyForObjectLambda",
      "s3:GetAccessPointPolicyStatusForObjectLambda",
    ]
    source  = "s3control.resourceObjectLambdaAccessPointPolicyRead"
  }

  create {
    actions = [
      "s3:GetAccessPointPolicyForObjectLambda",
      "s3:GetAccessPointPolicyStatusForObjectLambda",
      "s3:PutAccessPointPolicyForObjectLambda",
    ]
    source  = "s3control.resourceObjectLambdaAccessPointPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["s3:PutAccessPointPolicyForObjectLambda"]
    source     = "s3control.resourceObjectLambdaAccessPointPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3:DeleteAccessPointPolicyForObjectLambda"]
    source  = "s3control.resourceObjectLambdaAccessPointPolicyDelete"
  }
}

resource "aws_s3control_storage_lens_configuration" {
  service = "s3"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.resourceStorageLensConfigurationCreate, s3control.resourceStorageLensConfigurationRead, s3control.resourceStorageLensConfigurationUpdate, s3control.resourceStorageLensConfigurationDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3:ListTagsForResource, s3:TagResource, s3:UntagResource"

  read {
    actions = [
      "s3:GetStorageLensConfiguration",
      "s3:GetStorageLensConfigurationTagging",
      "s3:ListTagsForResource",
    ]
    source  = "s3control.resourceStorageLensConfigurationRead + s3control.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "s3:GetStorageLensConfiguration",
      "s3:GetStorageLensConfigurationTagging",
      "s3:PutStorageLensConfiguration",
    ]
    source  = "s3control.resourceStorageLensConfigurationCreate"
  }

  update {
    attributes = []
    actions    = [
      "s3:DeleteStorageLensConfigurationTagging",
      "s3:PutStorageLensConfiguration",
      "s3:PutStorageLensConfigurationTagging",
    ]
    source     = "s3control.resourceStorageLensConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["s3:TagResource", "s3:UntagResource"]
    source     = "s3control.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["s3:DeleteStorageLensConfiguration"]
    source  = "s3control.resourceStorageLensConfigurationDelete"
  }
}

data "aws_s3_access_point" {
  service = "s3"
  source  = "import: pike data/s3/aws_s3_access_point.json"

  read {
    actions = ["s3:ListAccessPoints"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_s3_account_public_access_block" {
  service = "s3"
  source  = "import: pike data/s3/aws_s3_account_public_access_block.json"

  read {
    actions = ["s3:GetAccountPublicAccessBlock"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_s3_bucket_policy" {
  service = "s3"
  source  = "import: pike data/s3/aws_s3_bucket_policy.json"

  read {
    actions = ["s3:GetBucketPolicy"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_s3_objects" {
  service = "s3"
  source  = "import: pike data/s3/aws_s3_objects.json"

  read {
    actions = ["s3:ListBucket"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_s3control_access_points" {
  service = "s3"
  source  = "import: pike data/s3/aws_s3control_access_points.json"

  read {
    actions = ["s3:ListAccessPoints"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_s3control_multi_region_access_point" {
  service = "s3"
  source  = "import: pike data/s3/aws_s3control_multi_region_access_point.json"

  read {
    actions = ["s3:GetMultiRegionAccessPoint"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_s3control_multi_region_access_points" {
  service = "s3"
  source  = "import: pike data/s3/aws_s3control_multi_region_access_points.json"

  read {
    actions = ["s3:ListMultiRegionAccessPoints"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
