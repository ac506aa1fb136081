# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_codestarnotifications_notification_rule" {
  service = "codestar-notifications"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codestarnotifications.resourceNotificationRuleCreate, codestarnotifications.resourceNotificationRuleRead, codestarnotifications.resourceNotificationRuleUpdate, codestarnotifications.resourceNotificationRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "codestar-notifications:DescribeNotificationRule",
      "codestar-notifications:ListTagsForResource",
    ]
    source  = "codestarnotifications.resourceNotificationRuleRead + codestarnotifications.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "codestar-notifications:CreateNotificationRule",
      "codestar-notifications:DescribeNotificationRule",
    ]
    source  = "codestarnotifications.resourceNotificationRuleCreate"
  }

  update {
    attributes = []
    actions    = [
      "codestar-notifications:DeleteTarget",
      "codestar-notifications:UpdateNotificationRule",
    ]
    source     = "codestarnotifications.resourceNotificationRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["codestar-notifications:TagResource", "codestar-notifications:UntagResource"]
    source     = "codestarnotifications.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "codestar-notifications:DeleteNotificationRule",
      "codestar-notifications:DeleteTarget",
    ]
    source  = "codestarnotifications.resourceNotificationRuleDelete"
  }
}
