# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_secretsmanager_secret_rotation" {
  service = "secretsmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (secretsmanager.resourceSecretRotationCreate, secretsmanager.resourceSecretRotationRead, secretsmanager.resourceSecretRotationUpdate, secretsmanager.resourceSecretRotationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["secretsmanager:DescribeSecret"]
    source  = "secretsmanager.resourceSecretRotationRead"
  }

  create {
    actions = ["secretsmanager:DescribeSecret", "secretsmanager:RotateSecret"]
    source  = "secretsmanager.resourceSecretRotationCreate"
  }

  update {
    attributes = []
    actions    = ["secretsmanager:RotateSecret"]
    source     = "secretsmanager.resourceSecretRotationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["secretsmanager:CancelRotateSecret"]
    source  = "secretsmanager.resourceSecretRotationDelete"
  }
}

resource "aws_secretsmanager_tag" {
  service = "secretsmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (secretsmanager.resourceTagCreate, secretsmanager.resourceTagRead, secretsmanager.resourceTagUpdate, secretsmanager.resourceTagDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: secretsmanager:UntagResource"

  read {
    actions = ["secretsmanager:DescribeSecret"]
    source  = "secretsmanager.resourceTagRead"
  }

  create {
    actions = ["secretsmanager:DescribeSecret", "secretsmanager:TagResource"]
    source  = "secretsmanager.resourceTagCreate"
  }

  update {
    attributes = []
    actions    = ["secretsmanager:TagResource", "secretsmanager:UntagResource"]
    source     = "secretsmanager.resourceTagUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["secretsmanager:TagResource", "secretsmanager:UntagResource"]
    source  = "secretsmanager.resourceTagDelete"
  }
}

data "aws_secretsmanager_random_password" {
  service = "secretsmanager"
  source  = "import: pike data/secretsmanager/aws_secretsmanager_random_password.json"

  read {
    actions = ["secretsmanager:GetRandomPassword"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_secretsmanager_secret_rotation" {
  service = "secretsmanager"
  source  = "import: pike data/secretsmanager/aws_secretsmanager_secret_rotation.json"

  read {
    actions = ["secretsmanager:DescribeSecret"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_secretsmanager_secret_version" {
  service = "secretsmanager"
  source  = "import: pike data/secretsmanager/aws_secretsmanager_secret_version.json"

  read {
    actions = ["secretsmanager:GetSecretValue"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_secretsmanager_secret_versions" {
  service = "secretsmanager"
  source  = "import: pike data/secretsmanager/aws_secretsmanager_secret_versions.json"

  read {
    actions = ["secretsmanager:ListSecretVersionIds"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_secretsmanager_secrets" {
  service = "secretsmanager"
  source  = "import: pike data/secretsmanager/aws_secretsmanager_secrets.json"

  read {
    actions = ["secretsmanager:ListSecrets"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
