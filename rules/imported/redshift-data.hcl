# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_redshiftdata_statement" {
  service = "redshift-data"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (redshiftdata.resourceStatementCreate, redshiftdata.resourceStatementRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["redshift-data:DescribeStatement"]
    source  = "redshiftdata.resourceStatementRead"
  }

  create {
    actions = ["redshift-data:DescribeStatement", "redshift-data:ExecuteStatement"]
    source  = "redshiftdata.resourceStatementCreate"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}
