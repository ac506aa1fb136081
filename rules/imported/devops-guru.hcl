# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_devopsguru_event_sources_config" {
  service = "devops-guru"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (devopsguru.(*eventSourcesConfigResource).Create, devopsguru.(*eventSourcesConfigResource).Read, devopsguru.(*eventSourcesConfigResource).Update (no call-graph entry), devopsguru.(*eventSourcesConfigResource).Delete) + iamlive-map 2022-08-19 + pike resource/devops-guru/aws_devopsguru_event_sources_config.json for update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update devopsguru.(*eventSourcesConfigResource).Update (no call-graph entry)"

  read {
    actions = ["devops-guru:DescribeEventSourcesConfig"]
    source  = "devopsguru.(*eventSourcesConfigResource).Read"
  }

  create {
    actions = ["devops-guru:UpdateEventSourcesConfig"]
    source  = "devopsguru.(*eventSourcesConfigResource).Create"
  }

  update {
    attributes = []
    actions    = ["devops-guru:UpdateEventSourcesConfig"]
    source     = "import: pike resource/devops-guru/aws_devopsguru_event_sources_config.json (update re-phased from Pike's lists: the call graph has no entry for devopsguru.(*eventSourcesConfigResource).Update)"
  }

  delete {
    actions = ["devops-guru:UpdateEventSourcesConfig"]
    source  = "devopsguru.(*eventSourcesConfigResource).Delete"
  }
}

resource "aws_devopsguru_notification_channel" {
  service = "devops-guru"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (devopsguru.(*notificationChannelResource).Create, devopsguru.(*notificationChannelResource).Read, devopsguru.(*notificationChannelResource).Update (no call-graph entry), devopsguru.(*notificationChannelResource).Delete) + iamlive-map 2022-08-19 + pike resource/devops-guru/aws_devopsguru_notification_channel.json for update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update devopsguru.(*notificationChannelResource).Update (no call-graph entry); pike `sns:Publish sns:GetTopicAttributes` split into 2 actions"

  read {
    actions = ["devops-guru:ListNotificationChannels"]
    source  = "devopsguru.(*notificationChannelResource).Read"
  }

  create {
    actions = ["devops-guru:AddNotificationChannel", "sns:GetTopicAttributes"]
    source  = "devopsguru.(*notificationChannelResource).Create"
  }

  update {
    attributes = []
    actions    = ["sns:SetTopicAttributes"]
    source     = "import: pike resource/devops-guru/aws_devopsguru_notification_channel.json (update re-phased from Pike's lists: the call graph has no entry for devopsguru.(*notificationChannelResource).Update)"
  }

  delete {
    actions = ["devops-guru:RemoveNotificationChannel", "sns:GetTopicAttributes"]
    source  = "devopsguru.(*notificationChannelResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_devopsguru_resource_collection" {
  service = "devops-guru"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (devopsguru.(*resourceCollectionResource).Create, devopsguru.(*resourceCollectionResource).Read, devopsguru.(*resourceCollectionResource).Update (no call-graph entry), devopsguru.(*resourceCollectionResource).Delete) + iamlive-map 2022-08-19 + pike resource/devops-guru/aws_devopsguru_resource_collection.json for update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update devopsguru.(*resourceCollectionResource).Update (no call-graph entry)"

  read {
    actions = ["devops-guru:GetResourceCollection"]
    source  = "devopsguru.(*resourceCollectionResource).Read"
  }

  create {
    actions = ["devops-guru:UpdateResourceCollection"]
    source  = "devopsguru.(*resourceCollectionResource).Create"
  }

  update {
    attributes = []
    actions    = ["devops-guru:UpdateResourceCollection"]
    source     = "import: pike resource/devops-guru/aws_devopsguru_resource_collection.json (update re-phased from Pike's lists: the call graph has no entry for devopsguru.(*resourceCollectionResource).Update)"
  }

  delete {
    actions = ["devops-guru:UpdateResourceCollection"]
    source  = "devopsguru.(*resourceCollectionResource).Delete"
  }
}

resource "aws_devopsguru_service_integration" {
  service = "devops-guru"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (devopsguru.(*serviceIntegrationResource).Create, devopsguru.(*serviceIntegrationResource).Read, devopsguru.(*serviceIntegrationResource).Update, devopsguru.(*serviceIntegrationResource).Delete (no call-graph entry)) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): delete devopsguru.(*serviceIntegrationResource).Delete (no call-graph entry)"

  read {
    actions = ["devops-guru:DescribeServiceIntegration"]
    source  = "devopsguru.(*serviceIntegrationResource).Read"
  }

  create {
    actions = ["devops-guru:DescribeServiceIntegration", "devops-guru:UpdateServiceIntegration"]
    source  = "devopsguru.(*serviceIntegrationResource).Create"
  }

  update {
    attributes = []
    actions    = ["devops-guru:UpdateServiceIntegration"]
    source     = "devopsguru.(*serviceIntegrationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

data "aws_devopsguru_notification_channel" {
  service = "devops-guru"
  source  = "import: pike data/devopsguru/aws_devopsguru_notification_channel.json"

  read {
    actions = [
      "devops-guru:DescribeResourceCollectionHealth",
      "devops-guru:ListNotificationChannels",
    ]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_devopsguru_resource_collection" {
  service = "devops-guru"
  source  = "import: pike data/devopsguru/aws_devopsguru_resource_collection.json"

  read {
    actions = ["devops-guru:GetResourceCollection"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
