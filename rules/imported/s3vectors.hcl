# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_s3vectors_index" {
  service = "s3vectors"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3vectors.(*indexResource).Create, s3vectors.(*indexResource).Read, s3vectors.(*indexResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3vectors:CreateIndex, s3vectors:DeleteIndex, s3vectors:GetIndex, s3vectors:ListTagsForResource, s3vectors:TagResource, s3vectors:UntagResource"

  read {
    actions = ["s3vectors:GetIndex", "s3vectors:ListTagsForResource"]
    source  = "s3vectors.(*indexResource).Read + s3vectors.(*servicePackage).ListTags"
  }

  create {
    actions = ["s3vectors:CreateIndex", "s3vectors:GetIndex"]
    source  = "s3vectors.(*indexResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["s3vectors:TagResource", "s3vectors:UntagResource"]
    source     = "s3vectors.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["s3vectors:DeleteIndex"]
    source  = "s3vectors.(*indexResource).Delete"
  }
}

resource "aws_s3vectors_vector_bucket" {
  service = "s3vectors"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3vectors.(*vectorBucketResource).Create, s3vectors.(*vectorBucketResource).Read, s3vectors.(*vectorBucketResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3vectors:CreateVectorBucket, s3vectors:DeleteIndex, s3vectors:DeleteVectorBucket, s3vectors:GetVectorBucket, s3vectors:ListIndexes, s3vectors:ListTagsForResource, s3vectors:TagResource, s3vectors:UntagResource"

  read {
    actions = ["s3vectors:GetVectorBucket", "s3vectors:ListTagsForResource"]
    source  = "s3vectors.(*vectorBucketResource).Read + s3vectors.(*servicePackage).ListTags"
  }

  create {
    actions = ["s3vectors:CreateVectorBucket", "s3vectors:GetVectorBucket"]
    source  = "s3vectors.(*vectorBucketResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["s3vectors:TagResource", "s3vectors:UntagResource"]
    source     = "s3vectors.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["s3vectors:DeleteIndex", "s3vectors:DeleteVectorBucket", "s3vectors:ListIndexes"]
    source  = "s3vectors.(*vectorBucketResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_s3vectors_vector_bucket_policy" {
  service = "s3vectors"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3vectors.(*vectorBucketPolicyResource).Create, s3vectors.(*vectorBucketPolicyResource).Read, s3vectors.(*vectorBucketPolicyResource).Update, s3vectors.(*vectorBucketPolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: s3vectors:DeleteVectorBucketPolicy, s3vectors:GetVectorBucketPolicy, s3vectors:PutVectorBucketPolicy"

  read {
    actions = ["s3vectors:GetVectorBucketPolicy"]
    source  = "s3vectors.(*vectorBucketPolicyResource).Read"
  }

  create {
    actions = ["s3vectors:PutVectorBucketPolicy"]
    source  = "s3vectors.(*vectorBucketPolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["s3vectors:PutVectorBucketPolicy"]
    source     = "s3vectors.(*vectorBucketPolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["s3vectors:DeleteVectorBucketPolicy"]
    source  = "s3vectors.(*vectorBucketPolicyResource).Delete"
  }
}
