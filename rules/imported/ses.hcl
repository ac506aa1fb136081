# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_mailmanager_ingress_point" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (mailmanager.(*ingressPointResource).Create, mailmanager.(*ingressPointResource).Read, mailmanager.(*ingressPointResource).Update, mailmanager.(*ingressPointResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ses:CreateIngressPoint, ses:DeleteIngressPoint, ses:GetIngressPoint, ses:ListTagsForResource, ses:TagResource, ses:UntagResource, ses:UpdateIngressPoint"

  read {
    actions = ["ses:GetIngressPoint", "ses:ListTagsForResource"]
    source  = "mailmanager.(*ingressPointResource).Read + mailmanager.(*servicePackage).ListTags"
  }

  create {
    actions = ["ses:CreateIngressPoint", "ses:GetIngressPoint"]
    source  = "mailmanager.(*ingressPointResource).Create"
  }

  update {
    attributes = []
    actions    = ["ses:UpdateIngressPoint"]
    source     = "mailmanager.(*ingressPointResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ses:TagResource", "ses:UntagResource"]
    source     = "mailmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ses:DeleteIngressPoint", "ses:GetIngressPoint"]
    source  = "mailmanager.(*ingressPointResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_mailmanager_rule_set" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (mailmanager.(*ruleSetResource).Create, mailmanager.(*ruleSetResource).Read, mailmanager.(*ruleSetResource).Update, mailmanager.(*ruleSetResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ses:CreateRuleSet, ses:DeleteRuleSet, ses:GetRuleSet, ses:ListTagsForResource, ses:TagResource, ses:UntagResource, ses:UpdateRuleSet"

  read {
    actions = ["ses:GetRuleSet", "ses:ListTagsForResource"]
    source  = "mailmanager.(*ruleSetResource).Read + mailmanager.(*servicePackage).ListTags"
  }

  create {
    actions = ["ses:CreateRuleSet", "ses:GetRuleSet"]
    source  = "mailmanager.(*ruleSetResource).Create"
  }

  update {
    attributes = []
    actions    = ["ses:UpdateRuleSet"]
    source     = "mailmanager.(*ruleSetResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ses:TagResource", "ses:UntagResource"]
    source     = "mailmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ses:DeleteRuleSet"]
    source  = "mailmanager.(*ruleSetResource).Delete"
  }
}

resource "aws_mailmanager_traffic_policy" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (mailmanager.(*trafficPolicyResource).Create, mailmanager.(*trafficPolicyResource).Read, mailmanager.(*trafficPolicyResource).Update, mailmanager.(*trafficPolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ses:CreateTrafficPolicy, ses:DeleteTrafficPolicy, ses:GetTrafficPolicy, ses:ListTagsForResource, ses:TagResource, ses:UntagResource, ses:UpdateTrafficPolicy"

  read {
    actions = ["ses:GetTrafficPolicy", "ses:ListTagsForResource"]
    source  = "mailmanager.(*trafficPolicyResource).Read + mailmanager.(*servicePackage).ListTags"
  }

  create {
    actions = ["ses:CreateTrafficPolicy", "ses:GetTrafficPolicy"]
    source  = "mailmanager.(*trafficPolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["ses:UpdateTrafficPolicy"]
    source     = "mailmanager.(*trafficPolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ses:TagResource", "ses:UntagResource"]
    source     = "mailmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ses:DeleteTrafficPolicy"]
    source  = "mailmanager.(*trafficPolicyResource).Delete"
  }
}

resource "aws_ses_active_receipt_rule_set" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceActiveReceiptRuleSetUpdate, ses.resourceActiveReceiptRuleSetRead, ses.resourceActiveReceiptRuleSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:DescribeActiveReceiptRuleSet"]
    source  = "ses.resourceActiveReceiptRuleSetRead"
  }

  create {
    actions = ["ses:DescribeActiveReceiptRuleSet", "ses:SetActiveReceiptRuleSet"]
    source  = "ses.resourceActiveReceiptRuleSetUpdate"
  }

  update {
    attributes = []
    actions    = ["ses:SetActiveReceiptRuleSet"]
    source     = "ses.resourceActiveReceiptRuleSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ses:SetActiveReceiptRuleSet"]
    source  = "ses.resourceActiveReceiptRuleSetDelete"
  }
}

resource "aws_ses_configuration_set" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceConfigurationSetCreate, ses.resourceConfigurationSetRead, ses.resourceConfigurationSetUpdate, ses.resourceConfigurationSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:DescribeConfigurationSet"]
    source  = "ses.resourceConfigurationSetRead"
  }

  create {
    actions = [
      "ses:CreateConfigurationSet",
      "ses:CreateConfigurationSetTrackingOptions",
      "ses:DescribeConfigurationSet",
      "ses:PutConfigurationSetDeliveryOptions",
      "ses:UpdateConfigurationSetReputationMetricsEnabled",
      "ses:UpdateConfigurationSetSendingEnabled",
    ]
    source  = "ses.resourceConfigurationSetCreate"
  }

  update {
    attributes = []
    actions    = [
      "ses:PutConfigurationSetDeliveryOptions",
      "ses:UpdateConfigurationSetReputationMetricsEnabled",
      "ses:UpdateConfigurationSetSendingEnabled",
      "ses:UpdateConfigurationSetTrackingOptions",
    ]
    source     = "ses.resourceConfigurationSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ses:DeleteConfigurationSet"]
    source  = "ses.resourceConfigurationSetDelete"
  }
}

resource "aws_ses_domain_dkim" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceDomainDKIMCreate, ses.resourceDomainDKIMRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetIdentityDkimAttributes"]
    source  = "ses.resourceDomainDKIMRead"
  }

  create {
    actions = ["ses:GetIdentityDkimAttributes", "ses:VerifyDomainDkim"]
    source  = "ses.resourceDomainDKIMCreate"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_ses_domain_identity" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceDomainIdentityCreate, ses.resourceDomainIdentityRead, ses.resourceDomainIdentityDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetIdentityVerificationAttributes"]
    source  = "ses.resourceDomainIdentityRead"
  }

  create {
    actions = ["ses:GetIdentityVerificationAttributes", "ses:VerifyDomainIdentity"]
    source  = "ses.resourceDomainIdentityCreate"
  }

  delete {
    actions = ["ses:DeleteIdentity"]
    source  = "ses.resourceDomainIdentityDelete"
  }
}

resource "aws_ses_domain_identity_verification" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceDomainIdentityVerificationCreate, ses.resourceDomainIdentityVerificationRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetIdentityVerificationAttributes"]
    source  = "ses.resourceDomainIdentityVerificationRead"
  }

  create {
    actions = ["ses:GetIdentityVerificationAttributes"]
    source  = "ses.resourceDomainIdentityVerificationCreate"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_ses_domain_mail_from" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceDomainMailFromSet, ses.resourceDomainMailFromRead, ses.resourceDomainMailFromDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetIdentityMailFromDomainAttributes"]
    source  = "ses.resourceDomainMailFromRead"
  }

  create {
    actions = ["ses:GetIdentityMailFromDomainAttributes", "ses:SetIdentityMailFromDomain"]
    source  = "ses.resourceDomainMailFromSet"
  }

  update {
    attributes = []
    actions    = ["ses:SetIdentityMailFromDomain"]
    source     = "ses.resourceDomainMailFromSet"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ses:SetIdentityMailFromDomain"]
    source  = "ses.resourceDomainMailFromDelete"
  }
}

resource "aws_ses_email_identity" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceEmailIdentityCreate, ses.resourceEmailIdentityRead, ses.resourceEmailIdentityDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetIdentityVerificationAttributes"]
    source  = "ses.resourceEmailIdentityRead"
  }

  create {
    actions = ["ses:GetIdentityVerificationAttributes", "ses:VerifyEmailIdentity"]
    source  = "ses.resourceEmailIdentityCreate"
  }

  delete {
    actions = ["ses:DeleteIdentity"]
    source  = "ses.resourceEmailIdentityDelete"
  }
}

resource "aws_ses_event_destination" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceEventDestinationCreate, ses.resourceEventDestinationRead, ses.resourceEventDestinationDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by ses.CreateConfigurationSetEventDestination (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["ses:DescribeConfigurationSet"]
    source  = "ses.resourceEventDestinationRead"
  }

  create {
    actions = ["ses:CreateConfigurationSetEventDestination", "ses:DescribeConfigurationSet"]
    source  = "ses.resourceEventDestinationCreate"
  }

  delete {
    actions = ["ses:DeleteConfigurationSetEventDestination"]
    source  = "ses.resourceEventDestinationDelete"
  }
}

resource "aws_ses_identity_notification_topic" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceIdentityNotificationTopicSet, ses.resourceIdentityNotificationTopicRead, ses.resourceIdentityNotificationTopicDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetIdentityNotificationAttributes"]
    source  = "ses.resourceIdentityNotificationTopicRead"
  }

  create {
    actions = [
      "ses:GetIdentityNotificationAttributes",
      "ses:SetIdentityHeadersInNotificationsEnabled",
      "ses:SetIdentityNotificationTopic",
    ]
    source  = "ses.resourceIdentityNotificationTopicSet"
  }

  update {
    attributes = []
    actions    = [
      "ses:SetIdentityHeadersInNotificationsEnabled",
      "ses:SetIdentityNotificationTopic",
    ]
    source     = "ses.resourceIdentityNotificationTopicSet"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ses:SetIdentityNotificationTopic"]
    source  = "ses.resourceIdentityNotificationTopicDelete"
  }
}

resource "aws_ses_identity_policy" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceIdentityPolicyCreate, ses.resourceIdentityPolicyRead, ses.resourceIdentityPolicyUpdate, ses.resourceIdentityPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetIdentityPolicies"]
    source  = "ses.resourceIdentityPolicyRead"
  }

  create {
    actions = ["ses:GetIdentityPolicies", "ses:PutIdentityPolicy"]
    source  = "ses.resourceIdentityPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["ses:PutIdentityPolicy"]
    source     = "ses.resourceIdentityPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ses:DeleteIdentityPolicy"]
    source  = "ses.resourceIdentityPolicyDelete"
  }
}

resource "aws_ses_receipt_filter" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceReceiptFilterCreate, ses.resourceReceiptFilterRead, ses.resourceReceiptFilterDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:ListReceiptFilters"]
    source  = "ses.resourceReceiptFilterRead"
  }

  create {
    actions = ["ses:CreateReceiptFilter", "ses:ListReceiptFilters"]
    source  = "ses.resourceReceiptFilterCreate"
  }

  delete {
    actions = ["ses:DeleteReceiptFilter"]
    source  = "ses.resourceReceiptFilterDelete"
  }
}

resource "aws_ses_receipt_rule" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceReceiptRuleCreate, ses.resourceReceiptRuleRead, ses.resourceReceiptRuleUpdate, ses.resourceReceiptRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:DescribeReceiptRule"]
    source  = "ses.resourceReceiptRuleRead"
  }

  create {
    actions = ["ses:CreateReceiptRule", "ses:DescribeReceiptRule"]
    source  = "ses.resourceReceiptRuleCreate"
  }

  update {
    attributes = []
    actions    = ["ses:SetReceiptRulePosition", "ses:UpdateReceiptRule"]
    source     = "ses.resourceReceiptRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ses:DeleteReceiptRule"]
    source  = "ses.resourceReceiptRuleDelete"
  }
}

resource "aws_ses_receipt_rule_set" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceReceiptRuleSetCreate, ses.resourceReceiptRuleSetRead, ses.resourceReceiptRuleSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:DescribeReceiptRuleSet"]
    source  = "ses.resourceReceiptRuleSetRead"
  }

  create {
    actions = ["ses:CreateReceiptRuleSet", "ses:DescribeReceiptRuleSet"]
    source  = "ses.resourceReceiptRuleSetCreate"
  }

  delete {
    actions = ["ses:DeleteReceiptRuleSet"]
    source  = "ses.resourceReceiptRuleSetDelete"
  }
}

resource "aws_ses_template" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ses.resourceTemplateCreate, ses.resourceTemplateRead, ses.resourceTemplateUpdate, ses.resourceTemplateDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetTemplate"]
    source  = "ses.resourceTemplateRead"
  }

  create {
    actions = ["ses:CreateTemplate", "ses:GetTemplate"]
    source  = "ses.resourceTemplateCreate"
  }

  update {
    attributes = []
    actions    = ["ses:UpdateTemplate"]
    source     = "ses.resourceTemplateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ses:DeleteTemplate"]
    source  = "ses.resourceTemplateDelete"
  }
}

resource "aws_sesv2_account_suppression_attributes" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sesv2.(*accountSuppressionAttributesResource).Create, sesv2.(*accountSuppressionAttributesResource).Read, sesv2.(*accountSuppressionAttributesResource).Update) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetAccount"]
    source  = "sesv2.(*accountSuppressionAttributesResource).Read"
  }

  create {
    actions = ["ses:PutAccountSuppressionAttributes"]
    source  = "sesv2.(*accountSuppressionAttributesResource).Create"
  }

  update {
    attributes = []
    actions    = ["ses:PutAccountSuppressionAttributes"]
    source     = "sesv2.(*accountSuppressionAttributesResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_sesv2_account_vdm_attributes" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sesv2.resourceAccountVDMAttributesUpdate, sesv2.resourceAccountVDMAttributesRead, sesv2.resourceAccountVDMAttributesDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ses:PutAccountVdmAttributes"

  read {
    actions = ["ses:GetAccount"]
    source  = "sesv2.resourceAccountVDMAttributesRead"
  }

  create {
    actions = ["ses:GetAccount", "ses:PutAccountVdmAttributes"]
    source  = "sesv2.resourceAccountVDMAttributesUpdate"
  }

  update {
    attributes = []
    actions    = ["ses:PutAccountVdmAttributes"]
    source     = "sesv2.resourceAccountVDMAttributesUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ses:PutAccountVdmAttributes"]
    source  = "sesv2.resourceAccountVDMAttributesDelete"
  }
}

resource "aws_sesv2_configuration_set" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sesv2.resourceConfigurationSetCreate, sesv2.resourceConfigurationSetRead, sesv2.resourceConfigurationSetUpdate, sesv2.resourceConfigurationSetDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ses:PutConfigurationSetVdmOptions"

  read {
    actions = ["ses:GetConfigurationSet", "ses:ListTagsForResource"]
    source  = "sesv2.resourceConfigurationSetRead + sesv2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ses:CreateConfigurationSet", "ses:GetConfigurationSet"]
    source  = "sesv2.resourceConfigurationSetCreate"
  }

  update {
    attributes = []
    actions    = [
      "ses:PutConfigurationSetDeliveryOptions",
      "ses:PutConfigurationSetReputationOptions",
      "ses:PutConfigurationSetSendingOptions",
      "ses:PutConfigurationSetSuppressionOptions",
      "ses:PutConfigurationSetTrackingOptions",
      "ses:PutConfigurationSetVdmOptions",
    ]
    source     = "sesv2.resourceConfigurationSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ses:TagResource", "ses:UntagResource"]
    source     = "sesv2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ses:DeleteConfigurationSet"]
    source  = "sesv2.resourceConfigurationSetDelete"
  }
}

resource "aws_sesv2_configuration_set_event_destination" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sesv2.resourceConfigurationSetEventDestinationCreate, sesv2.resourceConfigurationSetEventDestinationRead, sesv2.resourceConfigurationSetEventDestinationUpdate, sesv2.resourceConfigurationSetEventDestinationDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by sesv2.CreateConfigurationSetEventDestination, sesv2.UpdateConfigurationSetEventDestination (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["ses:GetConfigurationSetEventDestinations"]
    source  = "sesv2.resourceConfigurationSetEventDestinationRead"
  }

  create {
    actions = [
      "ses:CreateConfigurationSetEventDestination",
      "ses:GetConfigurationSetEventDestinations",
    ]
    source  = "sesv2.resourceConfigurationSetEventDestinationCreate"
  }

  update {
    attributes = []
    actions    = ["ses:UpdateConfigurationSetEventDestination"]
    source     = "sesv2.resourceConfigurationSetEventDestinationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ses:DeleteConfigurationSetEventDestination"]
    source  = "sesv2.resourceConfigurationSetEventDestinationDelete"
  }
}

resource "aws_sesv2_contact_list" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sesv2.resourceContactListCreate, sesv2.resourceContactListRead, sesv2.resourceContactListUpdate, sesv2.resourceContactListDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetContactList", "ses:ListTagsForResource"]
    source  = "sesv2.resourceContactListRead + sesv2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ses:CreateContactList", "ses:GetContactList"]
    source  = "sesv2.resourceContactListCreate"
  }

  update {
    attributes = []
    actions    = ["ses:UpdateContactList"]
    source     = "sesv2.resourceContactListUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ses:TagResource", "ses:UntagResource"]
    source     = "sesv2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ses:DeleteContactList"]
    source  = "sesv2.resourceContactListDelete"
  }
}

resource "aws_sesv2_dedicated_ip_assignment" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sesv2.resourceDedicatedIPAssignmentCreate, sesv2.resourceDedicatedIPAssignmentRead, sesv2.resourceDedicatedIPAssignmentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetDedicatedIp"]
    source  = "sesv2.resourceDedicatedIPAssignmentRead"
  }

  create {
    actions = ["ses:GetDedicatedIp", "ses:PutDedicatedIpInPool"]
    source  = "sesv2.resourceDedicatedIPAssignmentCreate"
  }

  delete {
    actions = ["ses:PutDedicatedIpInPool"]
    source  = "sesv2.resourceDedicatedIPAssignmentDelete"
  }
}

resource "aws_sesv2_dedicated_ip_pool" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sesv2.resourceDedicatedIPPoolCreate, sesv2.resourceDedicatedIPPoolRead, sesv2.resourceDedicatedIPPoolUpdate, sesv2.resourceDedicatedIPPoolDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ses:GetDedicatedIpPool"

  read {
    actions = ["ses:GetDedicatedIpPool", "ses:ListTagsForResource"]
    source  = "sesv2.resourceDedicatedIPPoolRead + sesv2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ses:CreateDedicatedIpPool", "ses:GetDedicatedIpPool"]
    source  = "sesv2.resourceDedicatedIPPoolCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "sesv2.resourceDedicatedIPPoolUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ses:TagResource", "ses:UntagResource"]
    source     = "sesv2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ses:DeleteDedicatedIpPool"]
    source  = "sesv2.resourceDedicatedIPPoolDelete"
  }
}

resource "aws_sesv2_email_identity" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sesv2.resourceEmailIdentityCreate, sesv2.resourceEmailIdentityRead, sesv2.resourceEmailIdentityUpdate, sesv2.resourceEmailIdentityDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetEmailIdentity", "ses:ListTagsForResource"]
    source  = "sesv2.resourceEmailIdentityRead + sesv2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ses:CreateEmailIdentity", "ses:GetEmailIdentity"]
    source  = "sesv2.resourceEmailIdentityCreate"
  }

  update {
    attributes = []
    actions    = [
      "ses:PutEmailIdentityConfigurationSetAttributes",
      "ses:PutEmailIdentityDkimSigningAttributes",
    ]
    source     = "sesv2.resourceEmailIdentityUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ses:TagResource", "ses:UntagResource"]
    source     = "sesv2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ses:DeleteEmailIdentity"]
    source  = "sesv2.resourceEmailIdentityDelete"
  }
}

resource "aws_sesv2_email_identity_feedback_attributes" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sesv2.resourceEmailIdentityFeedbackAttributesCreate, sesv2.resourceEmailIdentityFeedbackAttributesRead, sesv2.resourceEmailIdentityFeedbackAttributesUpdate, sesv2.resourceEmailIdentityFeedbackAttributesDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetEmailIdentity"]
    source  = "sesv2.resourceEmailIdentityFeedbackAttributesRead"
  }

  create {
    actions = ["ses:GetEmailIdentity", "ses:PutEmailIdentityFeedbackAttributes"]
    source  = "sesv2.resourceEmailIdentityFeedbackAttributesCreate"
  }

  update {
    attributes = []
    actions    = ["ses:PutEmailIdentityFeedbackAttributes"]
    source     = "sesv2.resourceEmailIdentityFeedbackAttributesUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ses:PutEmailIdentityFeedbackAttributes"]
    source  = "sesv2.resourceEmailIdentityFeedbackAttributesDelete"
  }
}

resource "aws_sesv2_email_identity_mail_from_attributes" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sesv2.resourceEmailIdentityMailFromAttributesCreate, sesv2.resourceEmailIdentityMailFromAttributesRead, sesv2.resourceEmailIdentityMailFromAttributesUpdate, sesv2.resourceEmailIdentityMailFromAttributesDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetEmailIdentity"]
    source  = "sesv2.resourceEmailIdentityMailFromAttributesRead"
  }

  create {
    actions = ["ses:GetEmailIdentity", "ses:PutEmailIdentityMailFromAttributes"]
    source  = "sesv2.resourceEmailIdentityMailFromAttributesCreate"
  }

  update {
    attributes = []
    actions    = ["ses:PutEmailIdentityMailFromAttributes"]
    source     = "sesv2.resourceEmailIdentityMailFromAttributesUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ses:PutEmailIdentityMailFromAttributes"]
    source  = "sesv2.resourceEmailIdentityMailFromAttributesDelete"
  }
}

resource "aws_sesv2_email_identity_policy" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sesv2.resourceEmailIdentityPolicyCreate, sesv2.resourceEmailIdentityPolicyRead, sesv2.resourceEmailIdentityPolicyUpdate, sesv2.resourceEmailIdentityPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ses:GetEmailIdentityPolicies"]
    source  = "sesv2.resourceEmailIdentityPolicyRead"
  }

  create {
    actions = ["ses:CreateEmailIdentityPolicy", "ses:GetEmailIdentityPolicies"]
    source  = "sesv2.resourceEmailIdentityPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["ses:UpdateEmailIdentityPolicy"]
    source     = "sesv2.resourceEmailIdentityPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ses:DeleteEmailIdentityPolicy"]
    source  = "sesv2.resourceEmailIdentityPolicyDelete"
  }
}

resource "aws_sesv2_tenant" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sesv2.(*tenantResource).Create, sesv2.(*tenantResource).Read, sesv2.(*tenantResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ses:CreateTenant, ses:DeleteTenant, ses:GetTenant"

  read {
    actions = ["ses:GetTenant", "ses:ListTagsForResource"]
    source  = "sesv2.(*tenantResource).Read + sesv2.(*servicePackage).ListTags"
  }

  create {
    actions = ["ses:CreateTenant"]
    source  = "sesv2.(*tenantResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["ses:TagResource", "ses:UntagResource"]
    source     = "sesv2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ses:DeleteTenant"]
    source  = "sesv2.(*tenantResource).Delete"
  }
}

resource "aws_sesv2_tenant_resource_association" {
  service = "ses"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sesv2.(*tenantResourceAssociationResource).Create, sesv2.(*tenantResourceAssociationResource).Read, sesv2.(*tenantResourceAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: ses:CreateTenantResourceAssociation, ses:DeleteTenantResourceAssociation, ses:ListTenantResources"

  read {
    actions = ["ses:ListTenantResources"]
    source  = "sesv2.(*tenantResourceAssociationResource).Read"
  }

  create {
    actions = ["ses:CreateTenantResourceAssociation"]
    source  = "sesv2.(*tenantResourceAssociationResource).Create"
  }

  delete {
    actions = ["ses:DeleteTenantResourceAssociation"]
    source  = "sesv2.(*tenantResourceAssociationResource).Delete"
  }
}

data "aws_ses_active_receipt_rule_set" {
  service = "ses"
  source  = "import: pike data/ses/aws_ses_active_receipt_rule_set.json"

  read {
    actions = ["ses:DescribeActiveReceiptRuleSet"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ses_domain_identity" {
  service = "ses"
  source  = "import: pike data/ses/aws_ses_domain_identity.json"

  read {
    actions = ["ses:GetIdentityVerificationAttributes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ses_email_identity" {
  service = "ses"
  source  = "import: pike data/ses/aws_ses_email_identity.json"

  read {
    actions = ["ses:GetIdentityVerificationAttributes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_sesv2_configuration_set" {
  service = "ses"
  source  = "import: pike data/ses/aws_sesv2_configuration_set.json"

  read {
    actions = ["ses:GetConfigurationSet"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_sesv2_dedicated_ip_pool" {
  service = "ses"
  source  = "import: pike data/ses/aws_sesv2_dedicated_ip_pool.json"

  read {
    actions = ["ses:GetDedicatedIpPool"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_sesv2_email_identity" {
  service = "ses"
  source  = "import: pike data/ses/aws_sesv2_email_identity.json"

  read {
    actions = ["ses:GetEmailIdentity"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
