# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

data "aws_kinesis_firehose_delivery_stream" {
  service = "firehose"
  source  = "import: pike data/kinesis/aws_kinesis_firehose_delivery_stream.json"

  read {
    actions = ["firehose:DescribeDeliveryStream"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
