# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_pinpointsmsvoicev2_configuration_set" {
  service = "sms-voice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpointsmsvoicev2.(*configurationSetResource).Create, pinpointsmsvoicev2.(*configurationSetResource).Read, pinpointsmsvoicev2.(*configurationSetResource).Update, pinpointsmsvoicev2.(*configurationSetResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sms-voice:DeleteDefaultMessageType, sms-voice:DeleteDefaultSenderId, sms-voice:DescribeConfigurationSets, sms-voice:ListTagsForResource, sms-voice:SetDefaultMessageType, sms-voice:SetDefaultSenderId, sms-voice:TagResource, sms-voice:UntagResource"

  read {
    actions = ["sms-voice:DescribeConfigurationSets", "sms-voice:ListTagsForResource"]
    source  = "pinpointsmsvoicev2.(*configurationSetResource).Read + pinpointsmsvoicev2.(*servicePackage).ListTags"
  }

  create {
    actions = ["sms-voice:CreateConfigurationSet"]
    source  = "pinpointsmsvoicev2.(*configurationSetResource).Create"
  }

  update {
    attributes = []
    actions    = [
      "sms-voice:DeleteDefaultMessageType",
      "sms-voice:DeleteDefaultSenderId",
      "sms-voice:SetDefaultMessageType",
      "sms-voice:SetDefaultSenderId",
    ]
    source     = "pinpointsmsvoicev2.(*configurationSetResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sms-voice:TagResource", "sms-voice:UntagResource"]
    source     = "pinpointsmsvoicev2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sms-voice:DeleteConfigurationSet"]
    source  = "pinpointsmsvoicev2.(*configurationSetResource).Delete"
  }
}

resource "aws_pinpointsmsvoicev2_event_destination" {
  service = "sms-voice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpointsmsvoicev2.(*eventDestinationResource).Create, pinpointsmsvoicev2.(*eventDestinationResource).Read, pinpointsmsvoicev2.(*eventDestinationResource).Update, pinpointsmsvoicev2.(*eventDestinationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sms-voice:CreateEventDestination, sms-voice:DeleteEventDestination, sms-voice:DescribeConfigurationSets, sms-voice:UpdateEventDestination"

  read {
    actions = ["sms-voice:DescribeConfigurationSets"]
    source  = "pinpointsmsvoicev2.(*eventDestinationResource).Read"
  }

  create {
    actions = ["sms-voice:CreateEventDestination", "sms-voice:UpdateEventDestination"]
    source  = "pinpointsmsvoicev2.(*eventDestinationResource).Create"
  }

  update {
    attributes = []
    actions    = ["sms-voice:UpdateEventDestination"]
    source     = "pinpointsmsvoicev2.(*eventDestinationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["sms-voice:DeleteEventDestination"]
    source  = "pinpointsmsvoicev2.(*eventDestinationResource).Delete"
  }
}

resource "aws_pinpointsmsvoicev2_opt_out_list" {
  service = "sms-voice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpointsmsvoicev2.(*optOutListResource).Create, pinpointsmsvoicev2.(*optOutListResource).Read, pinpointsmsvoicev2.(*optOutListResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sms-voice:CreateOptOutList, sms-voice:DeleteOptOutList, sms-voice:DescribeOptOutLists, sms-voice:ListTagsForResource, sms-voice:TagResource, sms-voice:UntagResource"

  read {
    actions = ["sms-voice:DescribeOptOutLists", "sms-voice:ListTagsForResource"]
    source  = "pinpointsmsvoicev2.(*optOutListResource).Read + pinpointsmsvoicev2.(*servicePackage).ListTags"
  }

  create {
    actions = ["sms-voice:CreateOptOutList"]
    source  = "pinpointsmsvoicev2.(*optOutListResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["sms-voice:TagResource", "sms-voice:UntagResource"]
    source     = "pinpointsmsvoicev2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sms-voice:DeleteOptOutList"]
    source  = "pinpointsmsvoicev2.(*optOutListResource).Delete"
  }
}

resource "aws_pinpointsmsvoicev2_phone_number" {
  service = "sms-voice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpointsmsvoicev2.(*phoneNumberResource).Create, pinpointsmsvoicev2.(*phoneNumberResource).Read, pinpointsmsvoicev2.(*phoneNumberResource).Update, pinpointsmsvoicev2.(*phoneNumberResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sms-voice:DescribePhoneNumbers, sms-voice:DisassociateOriginationIdentity, sms-voice:ListTagsForResource, sms-voice:ReleasePhoneNumber, sms-voice:RequestPhoneNumber, sms-voice:TagResource, sms-voice:UntagResource, sms-voice:UpdatePhoneNumber"

  read {
    actions = ["sms-voice:DescribePhoneNumbers", "sms-voice:ListTagsForResource"]
    source  = "pinpointsmsvoicev2.(*phoneNumberResource).Read + pinpointsmsvoicev2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "sms-voice:DescribePhoneNumbers",
      "sms-voice:RequestPhoneNumber",
      "sms-voice:UpdatePhoneNumber",
    ]
    source  = "pinpointsmsvoicev2.(*phoneNumberResource).Create"
  }

  update {
    attributes = []
    actions    = ["sms-voice:UpdatePhoneNumber"]
    source     = "pinpointsmsvoicev2.(*phoneNumberResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sms-voice:TagResource", "sms-voice:UntagResource"]
    source     = "pinpointsmsvoicev2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "sms-voice:DescribePhoneNumbers",
      "sms-voice:DisassociateOriginationIdentity",
      "sms-voice:ReleasePhoneNumber",
    ]
    source  = "pinpointsmsvoicev2.(*phoneNumberResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_pinpointsmsvoicev2_pool" {
  service = "sms-voice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpointsmsvoicev2.(*poolResource).Create, pinpointsmsvoicev2.(*poolResource).Read, pinpointsmsvoicev2.(*poolResource).Update, pinpointsmsvoicev2.(*poolResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sms-voice:AssociateOriginationIdentity, sms-voice:CreatePool, sms-voice:DeletePool, sms-voice:DescribePhoneNumbers, sms-voice:DescribePools, sms-voice:DescribeSenderIds, sms-voice:DisassociateOriginationIdentity, sms-voice:ListPoolOriginationIdentities, sms-voice:ListTagsForResource, sms-voice:TagResource, sms-voice:UntagResource, sms-voice:UpdatePool"

  read {
    actions = [
      "sms-voice:DescribePools",
      "sms-voice:ListPoolOriginationIdentities",
      "sms-voice:ListTagsForResource",
    ]
    source  = "pinpointsmsvoicev2.(*poolResource).Read + pinpointsmsvoicev2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "sms-voice:AssociateOriginationIdentity",
      "sms-voice:CreatePool",
      "sms-voice:DescribePhoneNumbers",
      "sms-voice:DescribePools",
      "sms-voice:DescribeSenderIds",
      "sms-voice:ListPoolOriginationIdentities",
      "sms-voice:UpdatePool",
    ]
    source  = "pinpointsmsvoicev2.(*poolResource).Create"
  }

  update {
    attributes = []
    actions    = [
      "sms-voice:AssociateOriginationIdentity",
      "sms-voice:DisassociateOriginationIdentity",
      "sms-voice:UpdatePool",
    ]
    source     = "pinpointsmsvoicev2.(*poolResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sms-voice:TagResource", "sms-voice:UntagResource"]
    source     = "pinpointsmsvoicev2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sms-voice:DeletePool", "sms-voice:DescribePools"]
    source  = "pinpointsmsvoicev2.(*poolResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_pinpointsmsvoicev2_resource_policy" {
  service = "sms-voice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpointsmsvoicev2.(*resourcePolicyResource).Create, pinpointsmsvoicev2.(*resourcePolicyResource).Read, pinpointsmsvoicev2.(*resourcePolicyResource).Update, pinpointsmsvoicev2.(*resourcePolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sms-voice:DeleteResourcePolicy, sms-voice:GetResourcePolicy, sms-voice:PutResourcePolicy"

  read {
    actions = ["sms-voice:GetResourcePolicy"]
    source  = "pinpointsmsvoicev2.(*resourcePolicyResource).Read"
  }

  create {
    actions = ["sms-voice:GetResourcePolicy", "sms-voice:PutResourcePolicy"]
    source  = "pinpointsmsvoicev2.(*resourcePolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["sms-voice:PutResourcePolicy"]
    source     = "pinpointsmsvoicev2.(*resourcePolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["sms-voice:DeleteResourcePolicy", "sms-voice:GetResourcePolicy"]
    source  = "pinpointsmsvoicev2.(*resourcePolicyResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_pinpointsmsvoicev2_sender_id" {
  service = "sms-voice"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpointsmsvoicev2.(*senderIDResource).Create, pinpointsmsvoicev2.(*senderIDResource).Read, pinpointsmsvoicev2.(*senderIDResource).Update, pinpointsmsvoicev2.(*senderIDResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: sms-voice:DescribeSenderIds, sms-voice:ListTagsForResource, sms-voice:ReleaseSenderId, sms-voice:RequestSenderId, sms-voice:TagResource, sms-voice:UntagResource, sms-voice:UpdateSenderId"

  read {
    actions = ["sms-voice:DescribeSenderIds", "sms-voice:ListTagsForResource"]
    source  = "pinpointsmsvoicev2.(*senderIDResource).Read + pinpointsmsvoicev2.(*servicePackage).ListTags"
  }

  create {
    actions = ["sms-voice:RequestSenderId"]
    source  = "pinpointsmsvoicev2.(*senderIDResource).Create"
  }

  update {
    attributes = []
    actions    = ["sms-voice:UpdateSenderId"]
    source     = "pinpointsmsvoicev2.(*senderIDResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["sms-voice:TagResource", "sms-voice:UntagResource"]
    source     = "pinpointsmsvoicev2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["sms-voice:ReleaseSenderId"]
    source  = "pinpointsmsvoicev2.(*senderIDResource).Delete"
  }
}
