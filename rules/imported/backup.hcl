# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_backup_framework" {
  service = "backup"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (backup.resourceFrameworkCreate, backup.resourceFrameworkRead, backup.resourceFrameworkUpdate, backup.resourceFrameworkDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["backup:DescribeFramework", "backup:ListTags"]
    source  = "backup.resourceFrameworkRead + backup.(*servicePackage).ListTags"
  }

  create {
    actions = ["backup:CreateFramework", "backup:DescribeFramework"]
    source  = "backup.resourceFrameworkCreate"
  }

  update {
    attributes = []
    actions    = ["backup:UpdateFramework"]
    source     = "backup.resourceFrameworkUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["backup:TagResource", "backup:UntagResource"]
    source     = "backup.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["backup:DeleteFramework", "backup:DescribeFramework"]
    source  = "backup.resourceFrameworkDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_backup_global_settings" {
  service = "backup"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (backup.resourceGlobalSettingsUpdate, backup.resourceGlobalSettingsRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["backup:DescribeGlobalSettings"]
    source  = "backup.resourceGlobalSettingsRead"
  }

  create {
    actions = ["backup:DescribeGlobalSettings", "backup:UpdateGlobalSettings"]
    source  = "backup.resourceGlobalSettingsUpdate"
  }

  update {
    attributes = []
    actions    = ["backup:UpdateGlobalSettings"]
    source     = "backup.resourceGlobalSettingsUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_backup_logically_air_gapped_vault" {
  service = "backup"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (backup.(*logicallyAirGappedVaultResource).Create, backup.(*logicallyAirGappedVaultResource).Read, backup.(*logicallyAirGappedVaultResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: backup:CreateLogicallyAirGappedBackupVault"

  read {
    actions = ["backup:DescribeBackupVault", "backup:ListTags"]
    source  = "backup.(*logicallyAirGappedVaultResource).Read + backup.(*servicePackage).ListTags"
  }

  create {
    actions = ["backup:CreateLogicallyAirGappedBackupVault", "backup:DescribeBackupVault"]
    source  = "backup.(*logicallyAirGappedVaultResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["backup:TagResource", "backup:UntagResource"]
    source     = "backup.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["backup:DeleteBackupVault"]
    source  = "backup.(*logicallyAirGappedVaultResource).Delete"
  }
}

resource "aws_backup_region_settings" {
  service = "backup"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (backup.resourceRegionSettingsUpdate, backup.resourceRegionSettingsRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["backup:DescribeRegionSettings"]
    source  = "backup.resourceRegionSettingsRead"
  }

  create {
    actions = ["backup:DescribeRegionSettings", "backup:UpdateRegionSettings"]
    source  = "backup.resourceRegionSettingsUpdate"
  }

  update {
    attributes = []
    actions    = ["backup:UpdateRegionSettings"]
    source     = "backup.resourceRegionSettingsUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_backup_report_plan" {
  service = "backup"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (backup.resourceReportPlanCreate, backup.resourceReportPlanRead, backup.resourceReportPlanUpdate, backup.resourceReportPlanDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["backup:DescribeReportPlan", "backup:ListTags"]
    source  = "backup.resourceReportPlanRead + backup.(*servicePackage).ListTags"
  }

  create {
    actions = ["backup:CreateReportPlan", "backup:DescribeReportPlan"]
    source  = "backup.resourceReportPlanCreate"
  }

  update {
    attributes = []
    actions    = ["backup:UpdateReportPlan"]
    source     = "backup.resourceReportPlanUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["backup:TagResource", "backup:UntagResource"]
    source     = "backup.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["backup:DeleteReportPlan", "backup:DescribeReportPlan"]
    source  = "backup.resourceReportPlanDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_backup_restore_testing_plan" {
  service = "backup"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (backup.(*restoreTestingPlanResource).Create, backup.(*restoreTestingPlanResource).Read, backup.(*restoreTestingPlanResource).Update, backup.(*restoreTestingPlanResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: backup:CreateRestoreTestingPlan, backup:DeleteRestoreTestingPlan, backup:GetRestoreTestingPlan, backup:UpdateRestoreTestingPlan"

  read {
    actions = ["backup:GetRestoreTestingPlan", "backup:ListTags"]
    source  = "backup.(*restoreTestingPlanResource).Read + backup.(*servicePackage).ListTags"
  }

  create {
    actions = ["backup:CreateRestoreTestingPlan", "backup:GetRestoreTestingPlan"]
    source  = "backup.(*restoreTestingPlanResource).Create"
  }

  update {
    attributes = []
    actions    = ["backup:UpdateRestoreTestingPlan"]
    source     = "backup.(*restoreTestingPlanResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["backup:TagResource", "backup:UntagResource"]
    source     = "backup.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["backup:DeleteRestoreTestingPlan"]
    source  = "backup.(*restoreTestingPlanResource).Delete"
  }
}

resource "aws_backup_restore_testing_selection" {
  service = "backup"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (backup.(*restoreTestingSelectionResource).Create, backup.(*restoreTestingSelectionResource).Read, backup.(*restoreTestingSelectionResource).Update, backup.(*restoreTestingSelectionResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: backup:CreateRestoreTestingSelection, backup:DeleteRestoreTestingSelection, backup:GetRestoreTestingSelection, backup:UpdateRestoreTestingSelection"

  read {
    actions = ["backup:GetRestoreTestingSelection"]
    source  = "backup.(*restoreTestingSelectionResource).Read"
  }

  create {
    actions = ["backup:CreateRestoreTestingSelection", "backup:GetRestoreTestingSelection"]
    source  = "backup.(*restoreTestingSelectionResource).Create"
  }

  update {
    attributes = []
    actions    = ["backup:UpdateRestoreTestingSelection"]
    source     = "backup.(*restoreTestingSelectionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["backup:DeleteRestoreTestingSelection"]
    source  = "backup.(*restoreTestingSelectionResource).Delete"
  }
}

resource "aws_backup_selection" {
  service = "backup"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (backup.resourceSelectionCreate, backup.resourceSelectionRead, backup.resourceSelectionDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by backup.CreateBackupSelection (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["backup:GetBackupSelection"]
    source  = "backup.resourceSelectionRead"
  }

  create {
    actions = ["backup:CreateBackupSelection", "backup:GetBackupSelection"]
    source  = "backup.resourceSelectionCreate"
  }

  delete {
    actions = ["backup:DeleteBackupSelection"]
    source  = "backup.resourceSelectionDelete"
  }
}

resource "aws_backup_vault_lock_configuration" {
  service = "backup"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (backup.resourceVaultLockConfigurationCreate, backup.resourceVaultLockConfigurationRead, backup.resourceVaultLockConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["backup:DescribeBackupVault"]
    source  = "backup.resourceVaultLockConfigurationRead"
  }

  create {
    actions = ["backup:DescribeBackupVault", "backup:PutBackupVaultLockConfiguration"]
    source  = "backup.resourceVaultLockConfigurationCreate"
  }

  delete {
    actions = ["backup:DeleteBackupVaultLockConfiguration"]
    source  = "backup.resourceVaultLockConfigurationDelete"
  }
}

resource "aws_backup_vault_notifications" {
  service = "backup"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (backup.resourceVaultNotificationsCreate, backup.resourceVaultNotificationsRead, backup.resourceVaultNotificationsDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["backup:GetBackupVaultNotifications"]
    source  = "backup.resourceVaultNotificationsRead"
  }

  create {
    actions = ["backup:GetBackupVaultNotifications", "backup:PutBackupVaultNotifications"]
    source  = "backup.resourceVaultNotificationsCreate"
  }

  delete {
    actions = ["backup:DeleteBackupVaultNotifications"]
    source  = "backup.resourceVaultNotificationsDelete"
  }
}

resource "aws_backup_vault_policy" {
  service = "backup"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (backup.resourceVaultPolicyPut, backup.resourceVaultPolicyRead, backup.resourceVaultPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["backup:GetBackupVaultAccessPolicy"]
    source  = "backup.resourceVaultPolicyRead"
  }

  create {
    actions = ["backup:GetBackupVaultAccessPolicy", "backup:PutBackupVaultAccessPolicy"]
    source  = "backup.resourceVaultPolicyPut"
  }

  update {
    attributes = []
    actions    = ["backup:PutBackupVaultAccessPolicy"]
    source     = "backup.resourceVaultPolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["backup:DeleteBackupVaultAccessPolicy"]
    source  = "backup.resourceVaultPolicyDelete"
  }
}

data "aws_backup_framework" {
  service = "backup"
  source  = "import: pike data/backup/aws_backup_framework.json"
  note    = "pike case fixed: Backup:DescribeFramework -> backup:DescribeFramework"

  read {
    actions = ["backup:DescribeFramework"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_backup_plan" {
  service = "backup"
  source  = "import: pike data/backup/aws_backup_plan.json"
  note    = "pike case fixed: Backup:GetBackupPlan -> backup:GetBackupPlan"

  read {
    actions = ["backup:GetBackupPlan"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_backup_report_plan" {
  service = "backup"
  source  = "import: pike data/backup/aws_backup_report_plan.json"
  note    = "pike case fixed: Backup:DescribeReportPlan -> backup:DescribeReportPlan"

  read {
    actions = ["backup:DescribeReportPlan"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_backup_selection" {
  service = "backup"
  source  = "import: pike data/backup/aws_backup_selection.json"
  note    = "pike case fixed: Backup:GetBackupSelection -> backup:GetBackupSelection"

  read {
    actions = ["backup:GetBackupSelection"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_backup_vault" {
  service = "backup"
  source  = "import: pike data/backup/aws_backup_vault.json"
  note    = "pike case fixed: Backup:DescribeBackupVault -> backup:DescribeBackupVault; pike case fixed: Backup:ListTags -> backup:ListTags"

  read {
    actions = ["backup:DescribeBackupVault", "backup:ListTags"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
