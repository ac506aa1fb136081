# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_signer_signing_job" {
  service = "signer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (signer.resourceSigningJobCreate, signer.resourceSigningJobRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["signer:DescribeSigningJob"]
    source  = "signer.resourceSigningJobRead"
  }

  create {
    actions = ["signer:DescribeSigningJob", "signer:StartSigningJob"]
    source  = "signer.resourceSigningJobCreate"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_signer_signing_profile" {
  service = "signer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (signer.resourceSigningProfileCreate, signer.resourceSigningProfileRead, signer.resourceSigningProfileUpdate, signer.resourceSigningProfileDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["signer:GetSigningProfile", "signer:ListTagsForResource"]
    source  = "signer.resourceSigningProfileRead + signer.(*servicePackage).ListTags"
  }

  create {
    actions = ["signer:GetSigningProfile", "signer:PutSigningProfile"]
    source  = "signer.resourceSigningProfileCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "signer.resourceSigningProfileUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["signer:TagResource", "signer:UntagResource"]
    source     = "signer.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["signer:CancelSigningProfile"]
    source  = "signer.resourceSigningProfileDelete"
  }
}

resource "aws_signer_signing_profile_permission" {
  service = "signer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (signer.resourceSigningProfilePermissionCreate, signer.resourceSigningProfilePermissionRead, signer.resourceSigningProfilePermissionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["signer:ListProfilePermissions"]
    source  = "signer.resourceSigningProfilePermissionRead"
  }

  create {
    actions = ["signer:AddProfilePermission", "signer:ListProfilePermissions"]
    source  = "signer.resourceSigningProfilePermissionCreate"
  }

  delete {
    actions = ["signer:ListProfilePermissions", "signer:RemoveProfilePermission"]
    source  = "signer.resourceSigningProfilePermissionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_signer_signing_job" {
  service = "signer"
  source  = "import: pike data/signer/aws_signer_signing_job.json"
  note    = "pike case fixed: Signer:DescribeSigningJob -> signer:DescribeSigningJob"

  read {
    actions = ["signer:DescribeSigningJob"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_signer_signing_profile" {
  service = "signer"
  source  = "import: pike data/signer/aws_signer_signing_profile.json"
  note    = "pike case fixed: Signer:GetSigningProfile -> signer:GetSigningProfile"

  read {
    actions = ["signer:GetSigningProfile"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
