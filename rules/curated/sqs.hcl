# Amazon SQS (IAM prefix sqs): hand-curated rules for aws_sqs_queue and the aws_sqs_queue data source.

resource "aws_sqs_queue" {
  service           = "sqs"
  source            = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/sqs/queue.go"
  arn               = "arn:${partition}:sqs:${region}:${account}:${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["sqs:GetQueueAttributes", "sqs:ListQueueTags"]
    source  = "resourceQueueRead (findQueueAttributesByURL); tags via transparent tagging ListTags (ListQueueTags)"
  }

  create {
    actions = ["sqs:CreateQueue"]
    source  = "resourceQueueCreate; waitQueueAttributesPropagated polls GetQueueAttributes (read)"
  }

  create {
    if_set  = "tags_all"
    actions = ["sqs:TagQueue"]
    source  = "AWS docs: SQS API Reference CreateQueue (tag on create needs sqs:TagQueue); resourceQueueCreate createTags fallback"
  }

  update {
    attributes = [
      "content_based_deduplication",
      "deduplication_scope",
      "delay_seconds",
      "fifo_throughput_limit",
      "kms_data_key_reuse_period_seconds",
      "kms_master_key_id",
      "max_message_size",
      "message_retention_seconds",
      "receive_wait_time_seconds",
      "sqs_managed_sse_enabled",
      "visibility_timeout_seconds",
    ]
    actions    = ["sqs:SetQueueAttributes"]
    source     = "resourceQueueUpdate (SetQueueAttributes, waitQueueAttributesPropagated)"
  }

  update {
    attributes = ["policy"]
    actions    = ["sqs:SetQueueAttributes"]
    source     = "resourceQueueUpdate (Policy queue attribute)"
  }

  update {
    attributes = ["redrive_allow_policy", "redrive_policy"]
    actions    = ["sqs:SetQueueAttributes"]
    source     = "resourceQueueUpdate (RedrivePolicy / RedriveAllowPolicy queue attributes)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sqs:TagQueue", "sqs:UntagQueue"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = ["sqs:DeleteQueue"]
    source  = "resourceQueueDelete; waitQueueDeleted polls GetQueueAttributes (read)"
  }
}

resource "aws_sqs_queue_policy" {
  service           = "sqs"
  source            = "terraform-provider-aws internal/service/sqs/queue_policy.go + attribute_funcs.go (queueAttributeHandler Upsert/Read/Delete, called through function values the provider-model misses); pike-mapping resource/sqs/aws_sqs_queue_policy.json"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "not scoped: the queue is given by queue_url (https://sqs.<region>.amazonaws.com/<account>/<name>), which no ARN template can be built from, so the actions stay at the queue pattern"

  read {
    actions = ["sqs:GetQueueAttributes"]
    source  = "queueAttributeHandler.Read (findQueueAttributeByTwoPartKey -> GetQueueAttributes Policy)"
  }

  create {
    actions = ["sqs:SetQueueAttributes"]
    source  = "queueAttributeHandler.Upsert (SetQueueAttributes Policy; waitQueueAttributesPropagated polls GetQueueAttributes)"
  }

  update {
    attributes = ["policy"]
    actions    = ["sqs:SetQueueAttributes"]
    source     = "queueAttributeHandler.Upsert (SetQueueAttributes Policy)"
  }

  delete {
    actions = ["sqs:SetQueueAttributes"]
    source  = "queueAttributeHandler.Delete (SetQueueAttributes Policy = \"\"; waits with GetQueueAttributes)"
  }
}

resource "aws_sqs_queue_redrive_policy" {
  service           = "sqs"
  source            = "terraform-provider-aws internal/service/sqs/queue_redrive_policy.go + attribute_funcs.go (queueAttributeHandler Upsert/Read/Delete, called through function values the provider-model misses); pike-mapping resource/sqs/aws_sqs_queue_redrive_policy.json"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "not scoped: the queue is given by queue_url (https://sqs.<region>.amazonaws.com/<account>/<name>), which no ARN template can be built from, so the actions stay at the queue pattern"

  read {
    actions = ["sqs:GetQueueAttributes"]
    source  = "queueAttributeHandler.Read (GetQueueAttributes RedrivePolicy)"
  }

  create {
    actions = ["sqs:SetQueueAttributes"]
    source  = "queueAttributeHandler.Upsert (SetQueueAttributes RedrivePolicy; waitQueueAttributesPropagated polls GetQueueAttributes)"
  }

  update {
    attributes = ["redrive_policy"]
    actions    = ["sqs:SetQueueAttributes"]
    source     = "queueAttributeHandler.Upsert (SetQueueAttributes RedrivePolicy)"
  }

  delete {
    actions = ["sqs:SetQueueAttributes"]
    source  = "queueAttributeHandler.Delete (SetQueueAttributes RedrivePolicy = \"\")"
  }
}

data "aws_sqs_queue" {
  service           = "sqs"
  source            = "terraform-provider-aws 0148137dc6fb802b97b74036846777ab15c0f9ad internal/service/sqs/queue_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ListQueueTags"]
    source  = "dataSourceQueueRead (GetQueueUrl, GetQueueAttributes, ListTags)"
  }
}
