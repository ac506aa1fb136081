# AWS Backup (IAM prefix backup): hand-curated rules for backup vaults and plans.

resource "aws_backup_plan" {
  service           = "backup"
  source            = "terraform-provider-aws 01f431114674c27cf790fafb67ac274bf8f765e1 internal/service/backup/plan.go"
  arn               = "arn:${partition}:backup:${region}:${account}:backup-plan:${id}"
  provider_versions = "5.100.0, 6.x"
  note              = "create, tags and destroy proven by capture (provider 5.100.0); update unproven: moto 5.2.1 does not implement UpdateBackupPlan"

  read {
    actions = ["backup:GetBackupPlan", "backup:ListTags"]
    source  = "resourcePlanRead (findPlanByID: GetBackupPlan); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags"
  }

  create {
    actions = ["backup:CreateBackupPlan"]
    source  = "resourcePlanCreate (CreateBackupPlan with BackupPlanTags)"
  }

  update {
    attributes = ["advanced_backup_setting", "rule"]
    actions    = ["backup:UpdateBackupPlan"]
    source     = "resourcePlanUpdate (UpdateBackupPlan with the whole plan)"
  }

  update {
    attributes = ["tags"]
    actions    = ["backup:TagResource", "backup:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["backup:DeleteBackupPlan"]
    source  = "resourcePlanDelete (DeleteBackupPlan, retried while selections are being deleted)"
  }
}

resource "aws_backup_vault" {
  service           = "backup"
  source            = "terraform-provider-aws 050ac11163cab8cdae5936a7f40b0e528ff780df internal/service/backup/vault.go; the stored aws-sdk-go-v2 version (findBackupVaultByName) makes the same calls"
  arn               = "arn:${partition}:backup:${region}:${account}:backup-vault:${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["backup:DescribeBackupVault", "backup:ListTags"]
    source  = "resourceVaultRead (findVaultByName: DescribeBackupVault); tags via transparent tagging (@Tags identifierAttribute=arn) ListTags"
  }

  create {
    actions = ["backup-storage:MountCapsule", "backup:CreateBackupVault"]
    source  = "resourceVaultCreate (CreateBackupVault with BackupVaultTags); AWS docs: AWS Backup Developer Guide, Backup vault creation and deletion, Required permissions (backup:CreateBackupVault, backup-storage:MountCapsule)"
    note    = "backup-storage:MountCapsule is authorization-only: no call of its own"
  }

  create {
    if_set   = "kms_key_arn"
    actions  = [
      "kms:CreateGrant",
      "kms:Decrypt",
      "kms:DescribeKey",
      "kms:GenerateDataKey",
      "kms:RetireGrant",
    ]
    resource = "${kms_key_arn}"
    source   = "AWS docs: AWS Backup Developer Guide, Backup vault creation and deletion, Required permissions (KMS operations on the vault's encryption key)"
    note     = "authorization-only; kms_key_arn is optional and computed, so a vault on the default key still predicts these at the key pattern"
  }

  update {
    attributes = ["force_destroy", "timeouts"]
    actions    = []
    source     = "resourceVaultUpdate (tags only): no API call (force_destroy is read by Delete)"
  }

  update {
    attributes = ["tags"]
    actions    = ["backup:TagResource", "backup:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["backup:DeleteBackupVault"]
    source  = "resourceVaultDelete (DeleteBackupVault)"
  }

  delete {
    if_set  = "force_destroy"
    actions = [
      "backup:DeleteRecoveryPoint",
      "backup:DescribeRecoveryPoint",
      "backup:ListRecoveryPointsByBackupVault",
    ]
    source  = "resourceVaultDelete (force_destroy: ListRecoveryPointsByBackupVault pages, DeleteRecoveryPoint each, waitRecoveryPointDeleted polls DescribeRecoveryPoint)"
    note    = "the list and describe calls find the recovery points to delete and wait for each deletion"
  }
}
