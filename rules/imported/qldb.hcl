# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_qldb_ledger" {
  service = "qldb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (qldb.resourceLedgerCreate (no call-graph entry), qldb.resourceLedgerRead (no call-graph entry), qldb.resourceLedgerUpdate (no call-graph entry), qldb.resourceLedgerDelete (no call-graph entry)) + iamlive-map 2022-08-19 + pike resource/qldb/aws_qldb_ledger.json for create, delete, read, update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create qldb.resourceLedgerCreate (no call-graph entry), delete qldb.resourceLedgerDelete (no call-graph entry), read qldb.(*servicePackage).ListTags (no call-graph entry), read qldb.resourceLedgerRead (no call-graph entry), update qldb.(*servicePackage).UpdateTags (no call-graph entry), update qldb.resourceLedgerUpdate (no call-graph entry)"

  read {
    actions = ["qldb:DescribeLedger", "qldb:ListTagsForResource"]
    source  = "import: pike resource/qldb/aws_qldb_ledger.json (read re-phased from Pike's lists: the call graph has no entry for qldb.resourceLedgerRead)"
  }

  create {
    actions = ["qldb:CreateLedger", "qldb:TagResource"]
    source  = "import: pike resource/qldb/aws_qldb_ledger.json (create re-phased from Pike's lists: the call graph has no entry for qldb.resourceLedgerCreate)"
  }

  update {
    attributes = []
    actions    = ["qldb:TagResource", "qldb:UpdateLedger"]
    source     = "import: pike resource/qldb/aws_qldb_ledger.json (update re-phased from Pike's lists: the call graph has no entry for qldb.resourceLedgerUpdate)"
  }

  delete {
    actions = ["qldb:DeleteLedger", "qldb:UntagResource"]
    source  = "import: pike resource/qldb/aws_qldb_ledger.json (delete re-phased from Pike's lists: the call graph has no entry for qldb.resourceLedgerDelete)"
  }
}

resource "aws_qldb_stream" {
  service = "qldb"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (qldb.resourceStreamCreate (no call-graph entry), qldb.resourceStreamRead (no call-graph entry), qldb.resourceStreamUpdate (no call-graph entry), qldb.resourceStreamDelete (no call-graph entry)) + iamlive-map 2022-08-19 + pike resource/qldb/aws_qldb_stream.json for create, delete, read, update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create qldb.resourceStreamCreate (no call-graph entry), delete qldb.resourceStreamDelete (no call-graph entry), read qldb.(*servicePackage).ListTags (no call-graph entry), read qldb.resourceStreamRead (no call-graph entry), update qldb.(*servicePackage).UpdateTags (no call-graph entry), update qldb.resourceStreamUpdate (no call-graph entry)"

  read {
    actions = ["qldb:DescribeJournalKinesisStream", "qldb:ListTagsForResource"]
    source  = "import: pike resource/qldb/aws_qldb_stream.json (read re-phased from Pike's lists: the call graph has no entry for qldb.resourceStreamRead)"
  }

  create {
    actions = ["iam:PassRole", "qldb:StreamJournalToKinesis", "qldb:TagResource"]
    source  = "import: pike resource/qldb/aws_qldb_stream.json (create re-phased from Pike's lists: the call graph has no entry for qldb.resourceStreamCreate)"
  }

  update {
    attributes = []
    actions    = ["qldb:TagResource"]
    source     = "import: pike resource/qldb/aws_qldb_stream.json (update re-phased from Pike's lists: the call graph has no entry for qldb.resourceStreamUpdate)"
  }

  delete {
    actions = [
      "qldb:CancelJournalKinesisStream",
      "qldb:DescribeJournalKinesisStream",
      "qldb:UntagResource",
    ]
    source  = "import: pike resource/qldb/aws_qldb_stream.json (delete re-phased from Pike's lists: the call graph has no entry for qldb.resourceStreamDelete)"
    note    = "read-only calls Pike lists for destroy (finders/waiters before or after the delete)"
  }
}

data "aws_qldb_ledger" {
  service = "qldb"
  source  = "import: pike data/qldb/aws_qldb_ledger.json"

  read {
    actions = ["qldb:DescribeLedger"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
