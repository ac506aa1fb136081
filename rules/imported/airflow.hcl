# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_mwaa_environment" {
  service = "airflow"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (mwaa.resourceEnvironmentCreate, mwaa.resourceEnvironmentRead, mwaa.resourceEnvironmentUpdate, mwaa.resourceEnvironmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["airflow:GetEnvironment"]
    source  = "mwaa.resourceEnvironmentRead"
  }

  create {
    actions = ["airflow:CreateEnvironment", "airflow:GetEnvironment"]
    source  = "mwaa.resourceEnvironmentCreate"
  }

  update {
    attributes = []
    actions    = ["airflow:UpdateEnvironment"]
    source     = "mwaa.resourceEnvironmentUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["airflow:TagResource", "airflow:UntagResource"]
    source     = "mwaa.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["airflow:DeleteEnvironment", "airflow:GetEnvironment"]
    source  = "mwaa.resourceEnvironmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
