# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_pinpoint_adm_channel" {
  service = "mobiletargeting"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpoint.resourceADMChannelUpsert, pinpoint.resourceADMChannelRead, pinpoint.resourceADMChannelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["mobiletargeting:GetAdmChannel"]
    source  = "pinpoint.resourceADMChannelRead"
  }

  create {
    actions = ["mobiletargeting:GetAdmChannel", "mobiletargeting:UpdateAdmChannel"]
    source  = "pinpoint.resourceADMChannelUpsert"
  }

  update {
    attributes = []
    actions    = ["mobiletargeting:UpdateAdmChannel"]
    source     = "pinpoint.resourceADMChannelUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["mobiletargeting:DeleteAdmChannel"]
    source  = "pinpoint.resourceADMChannelDelete"
  }
}

resource "aws_pinpoint_apns_channel" {
  service = "mobiletargeting"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpoint.resourceAPNSChannelUpsert, pinpoint.resourceAPNSChannelRead, pinpoint.resourceAPNSChannelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["mobiletargeting:GetApnsChannel"]
    source  = "pinpoint.resourceAPNSChannelRead"
  }

  create {
    actions = ["mobiletargeting:GetApnsChannel", "mobiletargeting:UpdateApnsChannel"]
    source  = "pinpoint.resourceAPNSChannelUpsert"
  }

  update {
    attributes = []
    actions    = ["mobiletargeting:UpdateApnsChannel"]
    source     = "pinpoint.resourceAPNSChannelUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["mobiletargeting:DeleteApnsChannel"]
    source  = "pinpoint.resourceAPNSChannelDelete"
  }
}

resource "aws_pinpoint_apns_sandbox_channel" {
  service = "mobiletargeting"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpoint.resourceAPNSSandboxChannelUpsert, pinpoint.resourceAPNSSandboxChannelRead, pinpoint.resourceAPNSSandboxChannelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["mobiletargeting:GetApnsSandboxChannel"]
    source  = "pinpoint.resourceAPNSSandboxChannelRead"
  }

  create {
    actions = ["mobiletargeting:GetApnsSandboxChannel", "mobiletargeting:UpdateApnsSandboxChannel"]
    source  = "pinpoint.resourceAPNSSandboxChannelUpsert"
  }

  update {
    attributes = []
    actions    = ["mobiletargeting:UpdateApnsSandboxChannel"]
    source     = "pinpoint.resourceAPNSSandboxChannelUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["mobiletargeting:DeleteApnsSandboxChannel"]
    source  = "pinpoint.resourceAPNSSandboxChannelDelete"
  }
}

resource "aws_pinpoint_apns_voip_channel" {
  service = "mobiletargeting"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpoint.resourceAPNSVoIPChannelUpsert, pinpoint.resourceAPNSVoIPChannelRead, pinpoint.resourceAPNSVoIPChannelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["mobiletargeting:GetApnsVoipChannel"]
    source  = "pinpoint.resourceAPNSVoIPChannelRead"
  }

  create {
    actions = ["mobiletargeting:GetApnsVoipChannel", "mobiletargeting:UpdateApnsVoipChannel"]
    source  = "pinpoint.resourceAPNSVoIPChannelUpsert"
  }

  update {
    attributes = []
    actions    = ["mobiletargeting:UpdateApnsVoipChannel"]
    source     = "pinpoint.resourceAPNSVoIPChannelUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["mobiletargeting:DeleteApnsVoipChannel"]
    source  = "pinpoint.resourceAPNSVoIPChannelDelete"
  }
}

resource "aws_pinpoint_apns_voip_sandbox_channel" {
  service = "mobiletargeting"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpoint.resourceAPNSVoIPSandboxChannelUpsert, pinpoint.resourceAPNSVoIPSandboxChannelRead, pinpoint.resourceAPNSVoIPSandboxChannelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["mobiletargeting:GetApnsVoipSandboxChannel"]
    source  = "pinpoint.resourceAPNSVoIPSandboxChannelRead"
  }

  create {
    actions = [
      "mobiletargeting:GetApnsVoipSandboxChannel",
      "mobiletargeting:UpdateApnsVoipSandboxChannel",
    ]
    source  = "pinpoint.resourceAPNSVoIPSandboxChannelUpsert"
  }

  update {
    attributes = []
    actions    = ["mobiletargeting:UpdateApnsVoipSandboxChannel"]
    source     = "pinpoint.resourceAPNSVoIPSandboxChannelUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["mobiletargeting:DeleteApnsVoipSandboxChannel"]
    source  = "pinpoint.resourceAPNSVoIPSandboxChannelDelete"
  }
}

resource "aws_pinpoint_app" {
  service = "mobiletargeting"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpoint.resourceAppCreate, pinpoint.resourceAppRead, pinpoint.resourceAppUpdate, pinpoint.resourceAppDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "mobiletargeting:GetApp",
      "mobiletargeting:GetApplicationSettings",
      "mobiletargeting:ListTagsForResource",
    ]
    source  = "pinpoint.resourceAppRead + pinpoint.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "mobiletargeting:CreateApp",
      "mobiletargeting:GetApp",
      "mobiletargeting:GetApplicationSettings",
      "mobiletargeting:UpdateApplicationSettings",
    ]
    source  = "pinpoint.resourceAppCreate"
  }

  update {
    attributes = []
    actions    = ["mobiletargeting:UpdateApplicationSettings"]
    source     = "pinpoint.resourceAppUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["mobiletargeting:TagResource", "mobiletargeting:UntagResource"]
    source     = "pinpoint.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["mobiletargeting:DeleteApp"]
    source  = "pinpoint.resourceAppDelete"
  }
}

resource "aws_pinpoint_baidu_channel" {
  service = "mobiletargeting"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpoint.resourceBaiduChannelUpsert, pinpoint.resourceBaiduChannelRead, pinpoint.resourceBaiduChannelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["mobiletargeting:GetBaiduChannel"]
    source  = "pinpoint.resourceBaiduChannelRead"
  }

  create {
    actions = ["mobiletargeting:GetBaiduChannel", "mobiletargeting:UpdateBaiduChannel"]
    source  = "pinpoint.resourceBaiduChannelUpsert"
  }

  update {
    attributes = []
    actions    = ["mobiletargeting:UpdateBaiduChannel"]
    source     = "pinpoint.resourceBaiduChannelUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["mobiletargeting:DeleteBaiduChannel"]
    source  = "pinpoint.resourceBaiduChannelDelete"
  }
}

resource "aws_pinpoint_email_channel" {
  service = "mobiletargeting"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpoint.resourceEmailChannelUpsert, pinpoint.resourceEmailChannelRead, pinpoint.resourceEmailChannelDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by pinpoint.UpdateEmailChannel (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["mobiletargeting:GetEmailChannel"]
    source  = "pinpoint.resourceEmailChannelRead"
  }

  create {
    actions = ["mobiletargeting:GetEmailChannel", "mobiletargeting:UpdateEmailChannel"]
    source  = "pinpoint.resourceEmailChannelUpsert"
  }

  update {
    attributes = []
    actions    = ["mobiletargeting:UpdateEmailChannel"]
    source     = "pinpoint.resourceEmailChannelUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["mobiletargeting:DeleteEmailChannel"]
    source  = "pinpoint.resourceEmailChannelDelete"
  }
}

resource "aws_pinpoint_email_template" {
  service = "mobiletargeting"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpoint.(*emailTemplateResource).Create, pinpoint.(*emailTemplateResource).Read, pinpoint.(*emailTemplateResource).Update, pinpoint.(*emailTemplateResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["mobiletargeting:GetEmailTemplate", "mobiletargeting:ListTagsForResource"]
    source  = "pinpoint.(*emailTemplateResource).Read + pinpoint.(*servicePackage).ListTags"
  }

  create {
    actions = ["mobiletargeting:CreateEmailTemplate"]
    source  = "pinpoint.(*emailTemplateResource).Create"
  }

  update {
    attributes = []
    actions    = ["mobiletargeting:UpdateEmailTemplate"]
    source     = "pinpoint.(*emailTemplateResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["mobiletargeting:TagResource", "mobiletargeting:UntagResource"]
    source     = "pinpoint.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["mobiletargeting:DeleteEmailTemplate"]
    source  = "pinpoint.(*emailTemplateResource).Delete"
  }
}

resource "aws_pinpoint_event_stream" {
  service = "mobiletargeting"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpoint.resourceEventStreamUpsert, pinpoint.resourceEventStreamRead, pinpoint.resourceEventStreamDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by pinpoint.PutEventStream (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["mobiletargeting:GetEventStream"]
    source  = "pinpoint.resourceEventStreamRead"
  }

  create {
    actions = ["mobiletargeting:GetEventStream", "mobiletargeting:PutEventStream"]
    source  = "pinpoint.resourceEventStreamUpsert"
  }

  update {
    attributes = []
    actions    = ["mobiletargeting:PutEventStream"]
    source     = "pinpoint.resourceEventStreamUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["mobiletargeting:DeleteEventStream"]
    source  = "pinpoint.resourceEventStreamDelete"
  }
}

resource "aws_pinpoint_gcm_channel" {
  service = "mobiletargeting"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpoint.resourceGCMChannelUpsert, pinpoint.resourceGCMChannelRead, pinpoint.resourceGCMChannelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["mobiletargeting:GetGcmChannel"]
    source  = "pinpoint.resourceGCMChannelRead"
  }

  create {
    actions = ["mobiletargeting:GetGcmChannel", "mobiletargeting:UpdateGcmChannel"]
    source  = "pinpoint.resourceGCMChannelUpsert"
  }

  update {
    attributes = []
    actions    = ["mobiletargeting:UpdateGcmChannel"]
    source     = "pinpoint.resourceGCMChannelUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["mobiletargeting:DeleteGcmChannel"]
    source  = "pinpoint.resourceGCMChannelDelete"
  }
}

resource "aws_pinpoint_sms_channel" {
  service = "mobiletargeting"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pinpoint.resourceSMSChannelUpsert, pinpoint.resourceSMSChannelRead, pinpoint.resourceSMSChannelDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["mobiletargeting:GetSmsChannel"]
    source  = "pinpoint.resourceSMSChannelRead"
  }

  create {
    actions = ["mobiletargeting:GetSmsChannel", "mobiletargeting:UpdateSmsChannel"]
    source  = "pinpoint.resourceSMSChannelUpsert"
  }

  update {
    attributes = []
    actions    = ["mobiletargeting:UpdateSmsChannel"]
    source     = "pinpoint.resourceSMSChannelUpsert"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["mobiletargeting:DeleteSmsChannel"]
    source  = "pinpoint.resourceSMSChannelDelete"
  }
}
