# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_sqs_queue_redrive_allow_policy" {
  service = "sqs"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sqs.(*queueAttributeHandler).Upsert-fm, sqs.(*queueAttributeHandler).Read-fm, sqs.(*queueAttributeHandler).Delete-fm) + iamlive-map 2022-08-19"

  read {
    actions = ["sqs:GetQueueAttributes"]
    source  = "sqs.(*queueAttributeHandler).Read-fm"
  }

  create {
    actions = ["sqs:GetQueueAttributes", "sqs:SetQueueAttributes"]
    source  = "sqs.(*queueAttributeHandler).Upsert-fm"
  }

  update {
    attributes = []
    actions    = ["sqs:SetQueueAttributes"]
    source     = "sqs.(*queueAttributeHandler).Upsert-fm"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["sqs:GetQueueAttributes", "sqs:SetQueueAttributes"]
    source  = "sqs.(*queueAttributeHandler).Delete-fm"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_sqs_queues" {
  service = "sqs"
  source  = "import: pike data/sqs/aws_sqs_queues.json"

  read {
    actions = ["sqs:ListQueues"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
