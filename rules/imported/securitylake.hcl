# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_securitylake_aws_log_source" {
  service = "securitylake"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securitylake.(*awsLogSourceResource).Create, securitylake.(*awsLogSourceResource).Read, securitylake.(*awsLogSourceResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: securitylake:CreateAwsLogSource, securitylake:DeleteAwsLogSource, securitylake:ListLogSources"

  read {
    actions = ["securitylake:ListLogSources"]
    source  = "securitylake.(*awsLogSourceResource).Read"
  }

  create {
    actions = ["securitylake:CreateAwsLogSource", "securitylake:ListLogSources"]
    source  = "securitylake.(*awsLogSourceResource).Create"
  }

  delete {
    actions = ["securitylake:DeleteAwsLogSource", "securitylake:ListLogSources"]
    source  = "securitylake.(*awsLogSourceResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_securitylake_custom_log_source" {
  service = "securitylake"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securitylake.(*customLogSourceResource).Create, securitylake.(*customLogSourceResource).Read, securitylake.(*customLogSourceResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: securitylake:CreateCustomLogSource, securitylake:DeleteCustomLogSource, securitylake:ListLogSources"

  read {
    actions = ["securitylake:ListLogSources"]
    source  = "securitylake.(*customLogSourceResource).Read"
  }

  create {
    actions = ["securitylake:CreateCustomLogSource"]
    source  = "securitylake.(*customLogSourceResource).Create"
  }

  delete {
    actions = ["securitylake:DeleteCustomLogSource"]
    source  = "securitylake.(*customLogSourceResource).Delete"
  }
}

resource "aws_securitylake_data_lake" {
  service = "securitylake"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securitylake.(*dataLakeResource).Create, securitylake.(*dataLakeResource).Read, securitylake.(*dataLakeResource).Update, securitylake.(*dataLakeResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: securitylake:CreateDataLake, securitylake:DeleteDataLake, securitylake:ListDataLakes, securitylake:ListTagsForResource, securitylake:TagResource, securitylake:UntagResource, securitylake:UpdateDataLake"

  read {
    actions = ["securitylake:ListDataLakes", "securitylake:ListTagsForResource"]
    source  = "securitylake.(*dataLakeResource).Read + securitylake.(*servicePackage).ListTags"
  }

  create {
    actions = ["securitylake:CreateDataLake", "securitylake:ListDataLakes"]
    source  = "securitylake.(*dataLakeResource).Create"
  }

  update {
    attributes = []
    actions    = ["securitylake:UpdateDataLake"]
    source     = "securitylake.(*dataLakeResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["securitylake:TagResource", "securitylake:UntagResource"]
    source     = "securitylake.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["securitylake:DeleteDataLake", "securitylake:ListDataLakes"]
    source  = "securitylake.(*dataLakeResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_securitylake_subscriber" {
  service = "securitylake"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securitylake.(*subscriberResource).Create, securitylake.(*subscriberResource).Read, securitylake.(*subscriberResource).Update, securitylake.(*subscriberResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: securitylake:CreateSubscriber, securitylake:DeleteSubscriber, securitylake:GetSubscriber, securitylake:ListTagsForResource, securitylake:TagResource, securitylake:UntagResource, securitylake:UpdateSubscriber"

  read {
    actions = ["securitylake:GetSubscriber", "securitylake:ListTagsForResource"]
    source  = "securitylake.(*subscriberResource).Read + securitylake.(*servicePackage).ListTags"
  }

  create {
    actions = ["securitylake:CreateSubscriber", "securitylake:GetSubscriber"]
    source  = "securitylake.(*subscriberResource).Create"
  }

  update {
    attributes = []
    actions    = ["securitylake:UpdateSubscriber"]
    source     = "securitylake.(*subscriberResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["securitylake:TagResource", "securitylake:UntagResource"]
    source     = "securitylake.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["securitylake:DeleteSubscriber", "securitylake:GetSubscriber"]
    source  = "securitylake.(*subscriberResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_securitylake_subscriber_notification" {
  service = "securitylake"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (securitylake.(*subscriberNotificationResource).Create, securitylake.(*subscriberNotificationResource).Read, securitylake.(*subscriberNotificationResource).Update, securitylake.(*subscriberNotificationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: securitylake:CreateSubscriberNotification, securitylake:DeleteSubscriberNotification, securitylake:GetSubscriber, securitylake:UpdateSubscriberNotification"

  read {
    actions = ["securitylake:GetSubscriber"]
    source  = "securitylake.(*subscriberNotificationResource).Read"
  }

  create {
    actions = ["securitylake:CreateSubscriberNotification"]
    source  = "securitylake.(*subscriberNotificationResource).Create"
  }

  update {
    attributes = []
    actions    = ["securitylake:UpdateSubscriberNotification"]
    source     = "securitylake.(*subscriberNotificationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["securitylake:DeleteSubscriberNotification"]
    source  = "securitylake.(*subscriberNotificationResource).Delete"
  }
}
