# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_notifications_channel_association" {
  service = "notifications"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (notifications.(*channelAssociationResource).Create, notifications.(*channelAssociationResource).Read, notifications.(*channelAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: notifications:AssociateChannel, notifications:DisassociateChannel, notifications:ListChannels"

  read {
    actions = ["notifications:ListChannels"]
    source  = "notifications.(*channelAssociationResource).Read"
  }

  create {
    actions = ["notifications:AssociateChannel"]
    source  = "notifications.(*channelAssociationResource).Create"
  }

  delete {
    actions = ["notifications:DisassociateChannel"]
    source  = "notifications.(*channelAssociationResource).Delete"
  }
}

resource "aws_notifications_event_rule" {
  service = "notifications"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (notifications.(*eventRuleResource).Create, notifications.(*eventRuleResource).Read, notifications.(*eventRuleResource).Update, notifications.(*eventRuleResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: notifications:CreateEventRule, notifications:DeleteEventRule, notifications:GetEventRule, notifications:UpdateEventRule"

  read {
    actions = ["notifications:GetEventRule"]
    source  = "notifications.(*eventRuleResource).Read"
  }

  create {
    actions = ["notifications:CreateEventRule", "notifications:GetEventRule"]
    source  = "notifications.(*eventRuleResource).Create"
  }

  update {
    attributes = []
    actions    = ["notifications:UpdateEventRule"]
    source     = "notifications.(*eventRuleResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["notifications:DeleteEventRule", "notifications:GetEventRule"]
    source  = "notifications.(*eventRuleResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_notifications_managed_notification_account_contact_association" {
  service = "notifications"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (notifications.(*managedNotificationAccountContactAssociationResource).Create, notifications.(*managedNotificationAccountContactAssociationResource).Read, notifications.(*managedNotificationAccountContactAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: notifications:AssociateManagedNotificationAccountContact, notifications:DisassociateManagedNotificationAccountContact, notifications:ListManagedNotificationChannelAssociations"

  read {
    actions = ["notifications:ListManagedNotificationChannelAssociations"]
    source  = "notifications.(*managedNotificationAccountContactAssociationResource).Read"
  }

  create {
    actions = ["notifications:AssociateManagedNotificationAccountContact"]
    source  = "notifications.(*managedNotificationAccountContactAssociationResource).Create"
  }

  delete {
    actions = ["notifications:DisassociateManagedNotificationAccountContact"]
    source  = "notifications.(*managedNotificationAccountContactAssociationResource).Delete"
  }
}

resource "aws_notifications_managed_notification_additional_channel_association" {
  service = "notifications"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (notifications.(*managedNotificationAdditionalChannelAssociationResource).Create, notifications.(*managedNotificationAdditionalChannelAssociationResource).Read, notifications.(*managedNotificationAdditionalChannelAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: notifications:AssociateManagedNotificationAdditionalChannel, notifications:DisassociateManagedNotificationAdditionalChannel, notifications:ListManagedNotificationChannelAssociations"

  read {
    actions = ["notifications:ListManagedNotificationChannelAssociations"]
    source  = "notifications.(*managedNotificationAdditionalChannelAssociationResource).Read"
  }

  create {
    actions = ["notifications:AssociateManagedNotificationAdditionalChannel"]
    source  = "notifications.(*managedNotificationAdditionalChannelAssociationResource).Create"
  }

  delete {
    actions = ["notifications:DisassociateManagedNotificationAdditionalChannel"]
    source  = "notifications.(*managedNotificationAdditionalChannelAssociationResource).Delete"
  }
}

resource "aws_notifications_notification_configuration" {
  service = "notifications"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (notifications.(*notificationConfigurationResource).Create, notifications.(*notificationConfigurationResource).Read, notifications.(*notificationConfigurationResource).Update, notifications.(*notificationConfigurationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: notifications:CreateNotificationConfiguration, notifications:DeleteNotificationConfiguration, notifications:GetNotificationConfiguration, notifications:ListTagsForResource, notifications:TagResource, notifications:UntagResource, notifications:UpdateNotificationConfiguration"

  read {
    actions = ["notifications:GetNotificationConfiguration", "notifications:ListTagsForResource"]
    source  = "notifications.(*notificationConfigurationResource).Read + notifications.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "notifications:CreateNotificationConfiguration",
      "notifications:GetNotificationConfiguration",
    ]
    source  = "notifications.(*notificationConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["notifications:UpdateNotificationConfiguration"]
    source     = "notifications.(*notificationConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["notifications:TagResource", "notifications:UntagResource"]
    source     = "notifications.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "notifications:DeleteNotificationConfiguration",
      "notifications:GetNotificationConfiguration",
    ]
    source  = "notifications.(*notificationConfigurationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_notifications_notification_hub" {
  service = "notifications"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (notifications.(*notificationHubResource).Create, notifications.(*notificationHubResource).Read, notifications.(*notificationHubResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: notifications:DeregisterNotificationHub, notifications:ListNotificationHubs, notifications:RegisterNotificationHub"

  read {
    actions = ["notifications:ListNotificationHubs"]
    source  = "notifications.(*notificationHubResource).Read"
  }

  create {
    actions = ["notifications:ListNotificationHubs", "notifications:RegisterNotificationHub"]
    source  = "notifications.(*notificationHubResource).Create"
  }

  delete {
    actions = ["notifications:DeregisterNotificationHub", "notifications:ListNotificationHubs"]
    source  = "notifications.(*notificationHubResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_notifications_organizational_unit_association" {
  service = "notifications"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (notifications.(*organizationalUnitAssociationResource).Create, notifications.(*organizationalUnitAssociationResource).Read, notifications.(*organizationalUnitAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: notifications:AssociateOrganizationalUnit, notifications:DisassociateOrganizationalUnit, notifications:ListOrganizationalUnits"

  read {
    actions = ["notifications:ListOrganizationalUnits"]
    source  = "notifications.(*organizationalUnitAssociationResource).Read"
  }

  create {
    actions = ["notifications:AssociateOrganizationalUnit"]
    source  = "notifications.(*organizationalUnitAssociationResource).Create"
  }

  delete {
    actions = ["notifications:DisassociateOrganizationalUnit"]
    source  = "notifications.(*organizationalUnitAssociationResource).Delete"
  }
}

resource "aws_notifications_organizations_access" {
  service = "notifications"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (notifications.(*organizationsAccessResource).Create, notifications.(*organizationsAccessResource).Read, notifications.(*organizationsAccessResource).Update, notifications.(*organizationsAccessResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: notifications:DisableNotificationsAccessForOrganization, notifications:EnableNotificationsAccessForOrganization, notifications:GetNotificationsAccessForOrganization"

  read {
    actions = ["notifications:GetNotificationsAccessForOrganization"]
    source  = "notifications.(*organizationsAccessResource).Read"
  }

  create {
    actions = [
      "notifications:DisableNotificationsAccessForOrganization",
      "notifications:EnableNotificationsAccessForOrganization",
      "notifications:GetNotificationsAccessForOrganization",
    ]
    source  = "notifications.(*organizationsAccessResource).Create"
  }

  update {
    attributes = []
    actions    = [
      "notifications:DisableNotificationsAccessForOrganization",
      "notifications:EnableNotificationsAccessForOrganization",
    ]
    source     = "notifications.(*organizationsAccessResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "notifications:DisableNotificationsAccessForOrganization",
      "notifications:GetNotificationsAccessForOrganization",
    ]
    source  = "notifications.(*organizationsAccessResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
