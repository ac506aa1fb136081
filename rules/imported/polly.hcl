# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

data "aws_polly_voices" {
  service = "polly"
  source  = "import: pike data/polly/aws_polly_voices.json"

  read {
    actions = ["polly:DescribeVoices"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
