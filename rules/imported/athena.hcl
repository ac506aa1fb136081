# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_athena_capacity_reservation" {
  service = "athena"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (athena.(*capacityReservationResource).Create, athena.(*capacityReservationResource).Read, athena.(*capacityReservationResource).Update, athena.(*capacityReservationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: athena:CancelCapacityReservation, athena:CreateCapacityReservation, athena:DeleteCapacityReservation, athena:GetCapacityReservation, athena:UpdateCapacityReservation"

  read {
    actions = ["athena:GetCapacityReservation", "athena:ListTagsForResource"]
    source  = "athena.(*capacityReservationResource).Read + athena.(*servicePackage).ListTags"
  }

  create {
    actions = ["athena:CreateCapacityReservation", "athena:GetCapacityReservation"]
    source  = "athena.(*capacityReservationResource).Create"
  }

  update {
    attributes = []
    actions    = ["athena:UpdateCapacityReservation"]
    source     = "athena.(*capacityReservationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["athena:TagResource", "athena:UntagResource"]
    source     = "athena.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "athena:CancelCapacityReservation",
      "athena:DeleteCapacityReservation",
      "athena:GetCapacityReservation",
    ]
    source  = "athena.(*capacityReservationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_athena_data_catalog" {
  service = "athena"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (athena.resourceDataCatalogCreate, athena.resourceDataCatalogRead, athena.resourceDataCatalogUpdate, athena.resourceDataCatalogDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["athena:GetDataCatalog", "athena:ListTagsForResource"]
    source  = "athena.resourceDataCatalogRead + athena.(*servicePackage).ListTags"
  }

  create {
    actions = ["athena:CreateDataCatalog", "athena:GetDataCatalog"]
    source  = "athena.resourceDataCatalogCreate"
  }

  update {
    attributes = []
    actions    = ["athena:UpdateDataCatalog"]
    source     = "athena.resourceDataCatalogUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["athena:TagResource", "athena:UntagResource"]
    source     = "athena.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["athena:DeleteDataCatalog"]
    source  = "athena.resourceDataCatalogDelete"
  }
}

resource "aws_athena_database" {
  service = "athena"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (athena.resourceDatabaseCreate, athena.resourceDatabaseRead, schema.NoopContext, athena.resourceDatabaseDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["athena:GetDatabase"]
    source  = "athena.resourceDatabaseRead"
  }

  create {
    actions = [
      "athena:GetDatabase",
      "athena:GetQueryExecution",
      "athena:GetQueryResults",
      "athena:StartQueryExecution",
    ]
    source  = "athena.resourceDatabaseCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "schema.NoopContext"
    note       = "the provider's update is schema.NoopContext: it makes no call"
  }

  delete {
    actions = ["athena:GetQueryExecution", "athena:GetQueryResults", "athena:StartQueryExecution"]
    source  = "athena.resourceDatabaseDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_athena_named_query" {
  service = "athena"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (athena.resourceNamedQueryCreate, athena.resourceNamedQueryRead, athena.resourceNamedQueryDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["athena:GetNamedQuery"]
    source  = "athena.resourceNamedQueryRead"
  }

  create {
    actions = ["athena:CreateNamedQuery", "athena:GetNamedQuery"]
    source  = "athena.resourceNamedQueryCreate"
  }

  delete {
    actions = ["athena:DeleteNamedQuery"]
    source  = "athena.resourceNamedQueryDelete"
  }
}

resource "aws_athena_prepared_statement" {
  service = "athena"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (athena.resourcePreparedStatementCreate, athena.resourcePreparedStatementRead, athena.resourcePreparedStatementUpdate, athena.resourcePreparedStatementDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["athena:GetPreparedStatement"]
    source  = "athena.resourcePreparedStatementRead"
  }

  create {
    actions = ["athena:CreatePreparedStatement", "athena:GetPreparedStatement"]
    source  = "athena.resourcePreparedStatementCreate"
  }

  update {
    attributes = []
    actions    = ["athena:UpdatePreparedStatement"]
    source     = "athena.resourcePreparedStatementUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["athena:DeletePreparedStatement"]
    source  = "athena.resourcePreparedStatementDelete"
  }
}

data "aws_athena_named_query" {
  service = "athena"
  source  = "import: pike data/athena/aws_athena_named_query.json"

  read {
    actions = ["athena:ListNamedQueries"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
