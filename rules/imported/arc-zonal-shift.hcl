# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_arczonalshift_autoshift_observer_notification_status" {
  service = "arc-zonal-shift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (arczonalshift.(*autoshiftObserverNotificationStatusResource).Create, arczonalshift.(*autoshiftObserverNotificationStatusResource).Read, arczonalshift.(*autoshiftObserverNotificationStatusResource).Update, arczonalshift.(*autoshiftObserverNotificationStatusResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: arc-zonal-shift:GetAutoshiftObserverNotificationStatus, arc-zonal-shift:UpdateAutoshiftObserverNotificationStatus"

  read {
    actions = ["arc-zonal-shift:GetAutoshiftObserverNotificationStatus"]
    source  = "arczonalshift.(*autoshiftObserverNotificationStatusResource).Read"
  }

  create {
    actions = ["arc-zonal-shift:UpdateAutoshiftObserverNotificationStatus"]
    source  = "arczonalshift.(*autoshiftObserverNotificationStatusResource).Create"
  }

  update {
    attributes = []
    actions    = ["arc-zonal-shift:UpdateAutoshiftObserverNotificationStatus"]
    source     = "arczonalshift.(*autoshiftObserverNotificationStatusResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["arc-zonal-shift:UpdateAutoshiftObserverNotificationStatus"]
    source  = "arczonalshift.(*autoshiftObserverNotificationStatusResource).Delete"
  }
}

resource "aws_arczonalshift_zonal_autoshift_configuration" {
  service = "arc-zonal-shift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (arczonalshift.(*resourceZonalAutoshiftConfiguration).Create, arczonalshift.(*resourceZonalAutoshiftConfiguration).Read, arczonalshift.(*resourceZonalAutoshiftConfiguration).Update, arczonalshift.(*resourceZonalAutoshiftConfiguration).Delete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: arc-zonal-shift:DeletePracticeRunConfiguration; not in iamlive-map, identical IAM name used: arc-zonal-shift:CreatePracticeRunConfiguration, arc-zonal-shift:DeletePracticeRunConfiguration, arc-zonal-shift:GetManagedResource, arc-zonal-shift:UpdatePracticeRunConfiguration, arc-zonal-shift:UpdateZonalAutoshiftConfiguration"

  read {
    actions = ["arc-zonal-shift:GetManagedResource"]
    source  = "arczonalshift.(*resourceZonalAutoshiftConfiguration).Read"
  }

  create {
    actions = [
      "arc-zonal-shift:CreatePracticeRunConfiguration",
      "arc-zonal-shift:UpdateZonalAutoshiftConfiguration",
    ]
    source  = "arczonalshift.(*resourceZonalAutoshiftConfiguration).Create"
  }

  update {
    attributes = []
    actions    = [
      "arc-zonal-shift:UpdatePracticeRunConfiguration",
      "arc-zonal-shift:UpdateZonalAutoshiftConfiguration",
    ]
    source     = "arczonalshift.(*resourceZonalAutoshiftConfiguration).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "arc-zonal-shift:DeletePracticeRunConfiguration",
      "arc-zonal-shift:UpdateZonalAutoshiftConfiguration",
    ]
    source  = "arczonalshift.(*resourceZonalAutoshiftConfiguration).Delete"
  }
}
