# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_kms_ciphertext" {
  service = "kms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kms.resourceCiphertextCreate, schema.NoopContext) + iamlive-map 2022-08-19"

  create {
    actions = ["kms:Encrypt"]
    source  = "kms.resourceCiphertextCreate"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_kms_custom_key_store" {
  service = "kms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kms.resourceCustomKeyStoreCreate, kms.resourceCustomKeyStoreRead, kms.resourceCustomKeyStoreUpdate, kms.resourceCustomKeyStoreDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["kms:DescribeCustomKeyStores"]
    source  = "kms.resourceCustomKeyStoreRead"
  }

  create {
    actions = [
      "cloudhsm:DescribeClusters",
      "kms:CreateCustomKeyStore",
      "kms:DescribeCustomKeyStores",
    ]
    source  = "kms.resourceCustomKeyStoreCreate"
  }

  update {
    attributes = []
    actions    = ["kms:UpdateCustomKeyStore"]
    source     = "kms.resourceCustomKeyStoreUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["kms:DeleteCustomKeyStore"]
    source  = "kms.resourceCustomKeyStoreDelete"
  }
}

resource "aws_kms_external_key" {
  service = "kms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kms.resourceExternalKeyCreate, kms.resourceExternalKeyRead, kms.resourceExternalKeyUpdate, kms.resourceExternalKeyDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "kms:DescribeKey",
      "kms:GetKeyPolicy",
      "kms:GetKeyRotationStatus",
      "kms:ListResourceTags",
    ]
    source  = "kms.resourceExternalKeyRead + kms.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "kms:CreateKey",
      "kms:DescribeKey",
      "kms:DisableKey",
      "kms:EnableKey",
      "kms:GetKeyPolicy",
      "kms:GetKeyRotationStatus",
      "kms:GetParametersForImport",
      "kms:ImportKeyMaterial",
    ]
    source  = "kms.resourceExternalKeyCreate"
  }

  create {
    if_set  = "tags"
    actions = ["kms:ListResourceTags"]
    source  = "kms.resourceExternalKeyCreate: the create handler itself reaches the tagging calls of UpdateTags (ListResourceTags)"
  }

  update {
    attributes = []
    actions    = [
      "kms:DisableKey",
      "kms:EnableKey",
      "kms:ImportKeyMaterial",
      "kms:PutKeyPolicy",
      "kms:UpdateKeyDescription",
    ]
    source     = "kms.resourceExternalKeyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kms:ListResourceTags", "kms:TagResource", "kms:UntagResource"]
    source     = "kms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kms:DescribeKey", "kms:ScheduleKeyDeletion"]
    source  = "kms.resourceExternalKeyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_kms_key_policy" {
  service = "kms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kms.resourceKeyPolicyCreate, kms.resourceKeyPolicyRead, kms.resourceKeyPolicyUpdate, kms.resourceKeyPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "kms:DescribeKey",
      "kms:GetKeyPolicy",
      "kms:GetKeyRotationStatus",
      "kms:ListResourceTags",
    ]
    source  = "kms.resourceKeyPolicyRead"
  }

  create {
    actions = [
      "kms:DescribeKey",
      "kms:GetKeyPolicy",
      "kms:GetKeyRotationStatus",
      "kms:ListResourceTags",
      "kms:PutKeyPolicy",
    ]
    source  = "kms.resourceKeyPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["kms:PutKeyPolicy"]
    source     = "kms.resourceKeyPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["kms:GetKeyPolicy", "kms:PutKeyPolicy"]
    source  = "kms.resourceKeyPolicyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_kms_replica_external_key" {
  service = "kms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kms.resourceReplicaExternalKeyCreate, kms.resourceReplicaExternalKeyRead, kms.resourceReplicaExternalKeyUpdate, kms.resourceReplicaExternalKeyDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "kms:DescribeKey",
      "kms:GetKeyPolicy",
      "kms:GetKeyRotationStatus",
      "kms:ListResourceTags",
    ]
    source  = "kms.resourceReplicaExternalKeyRead + kms.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "kms:CreateKey",
      "kms:DescribeKey",
      "kms:DisableKey",
      "kms:EnableKey",
      "kms:GetKeyPolicy",
      "kms:GetKeyRotationStatus",
      "kms:GetParametersForImport",
      "kms:ImportKeyMaterial",
      "kms:ReplicateKey",
    ]
    source  = "kms.resourceReplicaExternalKeyCreate"
  }

  create {
    if_set  = "tags"
    actions = ["kms:ListResourceTags"]
    source  = "kms.resourceReplicaExternalKeyCreate: the create handler itself reaches the tagging calls of UpdateTags (ListResourceTags)"
  }

  update {
    attributes = []
    actions    = [
      "kms:DisableKey",
      "kms:EnableKey",
      "kms:ImportKeyMaterial",
      "kms:PutKeyPolicy",
      "kms:UpdateKeyDescription",
    ]
    source     = "kms.resourceReplicaExternalKeyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kms:ListResourceTags", "kms:TagResource", "kms:UntagResource"]
    source     = "kms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kms:DescribeKey", "kms:ScheduleKeyDeletion"]
    source  = "kms.resourceReplicaExternalKeyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_kms_replica_key" {
  service = "kms"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (kms.resourceReplicaKeyCreate, kms.resourceReplicaKeyRead, kms.resourceReplicaKeyUpdate, kms.resourceReplicaKeyDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "kms:DescribeKey",
      "kms:GetKeyPolicy",
      "kms:GetKeyRotationStatus",
      "kms:ListResourceTags",
    ]
    source  = "kms.resourceReplicaKeyRead + kms.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "kms:CreateKey",
      "kms:DescribeKey",
      "kms:DisableKey",
      "kms:EnableKey",
      "kms:GetKeyPolicy",
      "kms:GetKeyRotationStatus",
      "kms:ReplicateKey",
    ]
    source  = "kms.resourceReplicaKeyCreate"
  }

  create {
    if_set  = "tags"
    actions = ["kms:ListResourceTags"]
    source  = "kms.resourceReplicaKeyCreate: the create handler itself reaches the tagging calls of UpdateTags (ListResourceTags)"
  }

  update {
    attributes = []
    actions    = ["kms:DisableKey", "kms:EnableKey", "kms:PutKeyPolicy", "kms:UpdateKeyDescription"]
    source     = "kms.resourceReplicaKeyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["kms:ListResourceTags", "kms:TagResource", "kms:UntagResource"]
    source     = "kms.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["kms:DescribeKey", "kms:ScheduleKeyDeletion"]
    source  = "kms.resourceReplicaKeyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_kms_alias" {
  service = "kms"
  source  = "import: pike data/kms/aws_kms_alias.json"

  read {
    actions = ["kms:ListAliases"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_kms_ciphertext" {
  service = "kms"
  source  = "import: pike data/kms/aws_kms_ciphertext.json"
  note    = "Pike lists these non-read actions for the data source, which makes them while reading: kms:Encrypt"

  read {
    actions = ["kms:Encrypt"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_kms_custom_key_store" {
  service = "kms"
  source  = "import: pike data/kms/aws_kms_custom_key_store.json"

  read {
    actions = ["kms:DescribeCustomKeyStores"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_kms_public_key" {
  service = "kms"
  source  = "import: pike data/kms/aws_kms_public_key.json"

  read {
    actions = ["kms:GetPublicKey"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_kms_secrets" {
  service = "kms"
  source  = "import: pike data/kms/aws_kms_secrets.json"
  note    = "Pike lists these non-read actions for the data source, which makes them while reading: kms:Decrypt"

  read {
    actions = ["kms:Decrypt"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
