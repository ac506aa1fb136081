# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

data "aws_s3_directory_buckets" {
  service = "s3express"
  source  = "import: pike data/s3express/aws_s3_directory_buckets.json"

  read {
    actions = ["s3express:ListAllMyDirectoryBuckets"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
