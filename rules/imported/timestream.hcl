# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_timestreamquery_scheduled_query" {
  service = "timestream"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (timestreamquery.(*scheduledQueryResource).Create, timestreamquery.(*scheduledQueryResource).Read, timestreamquery.(*scheduledQueryResource).Update, timestreamquery.(*scheduledQueryResource).Delete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by timestream-query.CreateScheduledQuery (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["timestream:DescribeScheduledQuery", "timestream:ListTagsForResource"]
    source  = "timestreamquery.(*scheduledQueryResource).Read + timestreamquery.(*servicePackage).ListTags"
  }

  create {
    actions = ["timestream:CreateScheduledQuery", "timestream:DescribeScheduledQuery"]
    source  = "timestreamquery.(*scheduledQueryResource).Create"
  }

  update {
    attributes = []
    actions    = ["timestream:UpdateScheduledQuery"]
    source     = "timestreamquery.(*scheduledQueryResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["timestream:TagResource", "timestream:UntagResource"]
    source     = "timestreamquery.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["timestream:DeleteScheduledQuery", "timestream:DescribeScheduledQuery"]
    source  = "timestreamquery.(*scheduledQueryResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_timestreamwrite_database" {
  service = "timestream"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (timestreamwrite.resourceDatabaseCreate, timestreamwrite.resourceDatabaseRead, timestreamwrite.resourceDatabaseUpdate, timestreamwrite.resourceDatabaseDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["timestream:DescribeDatabase", "timestream:ListTagsForResource"]
    source  = "timestreamwrite.resourceDatabaseRead + timestreamwrite.(*servicePackage).ListTags"
  }

  create {
    actions = ["timestream:CreateDatabase", "timestream:DescribeDatabase"]
    source  = "timestreamwrite.resourceDatabaseCreate"
  }

  update {
    attributes = []
    actions    = ["timestream:UpdateDatabase"]
    source     = "timestreamwrite.resourceDatabaseUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["timestream:TagResource", "timestream:UntagResource"]
    source     = "timestreamwrite.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["timestream:DeleteDatabase"]
    source  = "timestreamwrite.resourceDatabaseDelete"
  }
}

resource "aws_timestreamwrite_table" {
  service = "timestream"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (timestreamwrite.resourceTableCreate, timestreamwrite.resourceTableRead, timestreamwrite.resourceTableUpdate, timestreamwrite.resourceTableDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["timestream:DescribeTable", "timestream:ListTagsForResource"]
    source  = "timestreamwrite.resourceTableRead + timestreamwrite.(*servicePackage).ListTags"
  }

  create {
    actions = ["timestream:CreateTable", "timestream:DescribeTable"]
    source  = "timestreamwrite.resourceTableCreate"
  }

  update {
    attributes = []
    actions    = ["timestream:UpdateTable"]
    source     = "timestreamwrite.resourceTableUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["timestream:TagResource", "timestream:UntagResource"]
    source     = "timestreamwrite.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["timestream:DeleteTable"]
    source  = "timestreamwrite.resourceTableDelete"
  }
}

data "aws_timestreamwrite_database" {
  service = "timestream"
  source  = "import: pike data/timestream/aws_timestreamwrite_database.json"

  read {
    actions = ["timestream:DescribeDatabase", "timestream:DescribeEndpoints"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_timestreamwrite_table" {
  service = "timestream"
  source  = "import: pike data/timestream/aws_timestreamwrite_table.json"

  read {
    actions = ["timestream:DescribeEndpoints", "timestream:DescribeTable"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
