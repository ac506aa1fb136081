# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_notificationscontacts_email_contact" {
  service = "notifications-contacts"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (notificationscontacts.(*emailContactResource).Create, notificationscontacts.(*emailContactResource).Read, notificationscontacts.(*emailContactResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: notifications-contacts:CreateEmailContact, notifications-contacts:DeleteEmailContact, notifications-contacts:GetEmailContact, notifications-contacts:ListTagsForResource, notifications-contacts:SendActivationCode, notifications-contacts:TagResource, notifications-contacts:UntagResource"

  read {
    actions = [
      "notifications-contacts:GetEmailContact",
      "notifications-contacts:ListTagsForResource",
    ]
    source  = "notificationscontacts.(*emailContactResource).Read + notificationscontacts.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "notifications-contacts:CreateEmailContact",
      "notifications-contacts:SendActivationCode",
    ]
    source  = "notificationscontacts.(*emailContactResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["notifications-contacts:TagResource", "notifications-contacts:UntagResource"]
    source     = "notificationscontacts.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["notifications-contacts:DeleteEmailContact"]
    source  = "notificationscontacts.(*emailContactResource).Delete"
  }
}
