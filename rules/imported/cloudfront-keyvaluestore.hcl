# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_cloudfrontkeyvaluestore_key" {
  service = "cloudfront-keyvaluestore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfrontkeyvaluestore.(*keyResource).Create, cloudfrontkeyvaluestore.(*keyResource).Read, cloudfrontkeyvaluestore.(*keyResource).Update, cloudfrontkeyvaluestore.(*keyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudfront-keyvaluestore:DeleteKey, cloudfront-keyvaluestore:DescribeKeyValueStore, cloudfront-keyvaluestore:GetKey, cloudfront-keyvaluestore:PutKey"

  read {
    actions = ["cloudfront-keyvaluestore:GetKey"]
    source  = "cloudfrontkeyvaluestore.(*keyResource).Read"
  }

  create {
    actions = ["cloudfront-keyvaluestore:DescribeKeyValueStore", "cloudfront-keyvaluestore:PutKey"]
    source  = "cloudfrontkeyvaluestore.(*keyResource).Create"
  }

  update {
    attributes = []
    actions    = ["cloudfront-keyvaluestore:PutKey"]
    source     = "cloudfrontkeyvaluestore.(*keyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "cloudfront-keyvaluestore:DeleteKey",
      "cloudfront-keyvaluestore:DescribeKeyValueStore",
    ]
    source  = "cloudfrontkeyvaluestore.(*keyResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_cloudfrontkeyvaluestore_keys_exclusive" {
  service = "cloudfront-keyvaluestore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (cloudfrontkeyvaluestore.(*keysExclusiveResource).Create, cloudfrontkeyvaluestore.(*keysExclusiveResource).Read, cloudfrontkeyvaluestore.(*keysExclusiveResource).Update) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: cloudfront-keyvaluestore:DescribeKeyValueStore, cloudfront-keyvaluestore:ListKeys, cloudfront-keyvaluestore:UpdateKeys"

  read {
    actions = [
      "cloudfront-keyvaluestore:DescribeKeyValueStore",
      "cloudfront-keyvaluestore:ListKeys",
    ]
    source  = "cloudfrontkeyvaluestore.(*keysExclusiveResource).Read"
  }

  create {
    actions = [
      "cloudfront-keyvaluestore:DescribeKeyValueStore",
      "cloudfront-keyvaluestore:ListKeys",
      "cloudfront-keyvaluestore:UpdateKeys",
    ]
    source  = "cloudfrontkeyvaluestore.(*keysExclusiveResource).Create"
  }

  update {
    attributes = []
    actions    = ["cloudfront-keyvaluestore:UpdateKeys"]
    source     = "cloudfrontkeyvaluestore.(*keysExclusiveResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}
