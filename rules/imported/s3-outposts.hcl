# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_s3control_bucket_lifecycle_configuration" {
  service = "s3-outposts"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3control.resourceBucketLifecycleConfigurationCreate, s3control.resourceBucketLifecycleConfigurationRead, s3control.resourceBucketLifecycleConfigurationUpdate, s3control.resourceBucketLifecycleConfigurationDelete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete s3control.DeleteBucketLifecycleConfiguration"

  read {
    actions = ["s3-outposts:GetLifecycleConfiguration"]
    source  = "s3control.resourceBucketLifecycleConfigurationRead"
  }

  create {
    actions = ["s3-outposts:GetLifecycleConfiguration", "s3-outposts:PutLifecycleConfiguration"]
    source  = "s3control.resourceBucketLifecycleConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["s3-outposts:PutLifecycleConfiguration"]
    source     = "s3control.resourceBucketLifecycleConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_s3outposts_endpoint" {
  service = "s3-outposts"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (s3outposts.resourceEndpointCreate, s3outposts.resourceEndpointRead, s3outposts.resourceEndpointDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["s3-outposts:ListEndpoints"]
    source  = "s3outposts.resourceEndpointRead"
  }

  create {
    actions = ["s3-outposts:CreateEndpoint", "s3-outposts:ListEndpoints"]
    source  = "s3outposts.resourceEndpointCreate"
  }

  delete {
    actions = ["s3-outposts:DeleteEndpoint"]
    source  = "s3outposts.resourceEndpointDelete"
  }
}
