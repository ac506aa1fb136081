# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

data "aws_msk_topic" {
  service = "kafka-cluster"
  source  = "import: pike data/kafka-cluster/aws_msk_topic.json"
  note    = "Pike lists these non-read actions for the data source, which makes them while reading: kafka-cluster:Connect"

  read {
    actions = ["kafka-cluster:Connect"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
