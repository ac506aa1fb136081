# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_ssm_activation" {
  service = "ssm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssm.resourceActivationCreate, ssm.resourceActivationRead, ssm.resourceActivationDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by ssm.CreateActivation (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["ssm:DescribeActivations", "ssm:ListTagsForResource"]
    source  = "ssm.resourceActivationRead + ssm.(*servicePackage).ListTags"
  }

  create {
    actions = ["ssm:CreateActivation", "ssm:DescribeActivations"]
    source  = "ssm.resourceActivationCreate"
  }

  update {
    attributes = ["tags"]
    actions    = ["ssm:AddTagsToResource", "ssm:RemoveTagsFromResource"]
    source     = "ssm.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ssm:DeleteActivation"]
    source  = "ssm.resourceActivationDelete"
  }
}

resource "aws_ssm_association" {
  service = "ssm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssm.resourceAssociationCreate, ssm.resourceAssociationRead, ssm.resourceAssociationUpdate, ssm.resourceAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ssm:DescribeActivations", "ssm:DescribeAssociation", "ssm:ListTagsForResource"]
    source  = "ssm.resourceAssociationRead + ssm.(*servicePackage).ListTags"
  }

  create {
    actions = ["ssm:CreateAssociation", "ssm:DescribeAssociation"]
    source  = "ssm.resourceAssociationCreate"
  }

  update {
    attributes = []
    actions    = ["ssm:UpdateAssociation"]
    source     = "ssm.resourceAssociationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ssm:AddTagsToResource", "ssm:RemoveTagsFromResource"]
    source     = "ssm.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ssm:DeleteAssociation"]
    source  = "ssm.resourceAssociationDelete"
  }
}

resource "aws_ssm_default_patch_baseline" {
  service = "ssm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssm.resourceDefaultPatchBaselineCreate, ssm.resourceDefaultPatchBaselineRead, ssm.resourceDefaultPatchBaselineDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ssm:GetDefaultPatchBaseline"]
    source  = "ssm.resourceDefaultPatchBaselineRead"
  }

  create {
    actions = [
      "ssm:GetDefaultPatchBaseline",
      "ssm:GetPatchBaseline",
      "ssm:RegisterDefaultPatchBaseline",
    ]
    source  = "ssm.resourceDefaultPatchBaselineCreate"
  }

  delete {
    actions = ["ssm:RegisterDefaultPatchBaseline"]
    source  = "ssm.resourceDefaultPatchBaselineDelete"
  }
}

resource "aws_ssm_maintenance_window" {
  service = "ssm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssm.resourceMaintenanceWindowCreate, ssm.resourceMaintenanceWindowRead, ssm.resourceMaintenanceWindowUpdate, ssm.resourceMaintenanceWindowDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ssm:DescribeActivations", "ssm:GetMaintenanceWindow", "ssm:ListTagsForResource"]
    source  = "ssm.resourceMaintenanceWindowRead + ssm.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ssm:CreateMaintenanceWindow",
      "ssm:GetMaintenanceWindow",
      "ssm:UpdateMaintenanceWindow",
    ]
    source  = "ssm.resourceMaintenanceWindowCreate"
  }

  update {
    attributes = []
    actions    = ["ssm:UpdateMaintenanceWindow"]
    source     = "ssm.resourceMaintenanceWindowUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ssm:AddTagsToResource", "ssm:RemoveTagsFromResource"]
    source     = "ssm.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ssm:DeleteMaintenanceWindow"]
    source  = "ssm.resourceMaintenanceWindowDelete"
  }
}

resource "aws_ssm_maintenance_window_target" {
  service = "ssm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssm.resourceMaintenanceWindowTargetCreate, ssm.resourceMaintenanceWindowTargetRead, ssm.resourceMaintenanceWindowTargetUpdate, ssm.resourceMaintenanceWindowTargetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ssm:DescribeMaintenanceWindowTargets"]
    source  = "ssm.resourceMaintenanceWindowTargetRead"
  }

  create {
    actions = ["ssm:DescribeMaintenanceWindowTargets", "ssm:RegisterTargetWithMaintenanceWindow"]
    source  = "ssm.resourceMaintenanceWindowTargetCreate"
  }

  update {
    attributes = []
    actions    = ["ssm:UpdateMaintenanceWindowTarget"]
    source     = "ssm.resourceMaintenanceWindowTargetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ssm:DeregisterTargetFromMaintenanceWindow"]
    source  = "ssm.resourceMaintenanceWindowTargetDelete"
  }
}

resource "aws_ssm_maintenance_window_task" {
  service = "ssm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssm.resourceMaintenanceWindowTaskCreate, ssm.resourceMaintenanceWindowTaskRead, ssm.resourceMaintenanceWindowTaskUpdate, ssm.resourceMaintenanceWindowTaskDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by ssm.RegisterTaskWithMaintenanceWindow, ssm.UpdateMaintenanceWindowTask (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["ssm:GetMaintenanceWindowTask"]
    source  = "ssm.resourceMaintenanceWindowTaskRead"
  }

  create {
    actions = ["ssm:GetMaintenanceWindowTask", "ssm:RegisterTaskWithMaintenanceWindow"]
    source  = "ssm.resourceMaintenanceWindowTaskCreate"
  }

  update {
    attributes = []
    actions    = ["ssm:UpdateMaintenanceWindowTask"]
    source     = "ssm.resourceMaintenanceWindowTaskUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ssm:DeregisterTaskFromMaintenanceWindow"]
    source  = "ssm.resourceMaintenanceWindowTaskDelete"
  }
}

resource "aws_ssm_patch_baseline" {
  service = "ssm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssm.resourcePatchBaselineCreate, ssm.resourcePatchBaselineRead, ssm.resourcePatchBaselineUpdate, ssm.resourcePatchBaselineDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ssm:DescribeActivations", "ssm:GetPatchBaseline", "ssm:ListTagsForResource"]
    source  = "ssm.resourcePatchBaselineRead + ssm.(*servicePackage).ListTags"
  }

  create {
    actions = ["ssm:CreatePatchBaseline", "ssm:GetPatchBaseline"]
    source  = "ssm.resourcePatchBaselineCreate"
  }

  update {
    attributes = []
    actions    = ["ssm:UpdatePatchBaseline"]
    source     = "ssm.resourcePatchBaselineUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ssm:AddTagsToResource", "ssm:RemoveTagsFromResource"]
    source     = "ssm.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["ssm:DeletePatchBaseline", "ssm:RegisterDefaultPatchBaseline"]
    source  = "ssm.resourcePatchBaselineDelete"
  }
}

resource "aws_ssm_patch_group" {
  service = "ssm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssm.resourcePatchGroupCreate, ssm.resourcePatchGroupRead, ssm.resourcePatchGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ssm:DescribePatchGroups"]
    source  = "ssm.resourcePatchGroupRead"
  }

  create {
    actions = ["ssm:DescribePatchGroups", "ssm:RegisterPatchBaselineForPatchGroup"]
    source  = "ssm.resourcePatchGroupCreate"
  }

  delete {
    actions = ["ssm:DeregisterPatchBaselineForPatchGroup"]
    source  = "ssm.resourcePatchGroupDelete"
  }
}

resource "aws_ssm_resource_data_sync" {
  service = "ssm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssm.resourceResourceDataSyncCreate, ssm.resourceResourceDataSyncRead, ssm.resourceResourceDataSyncDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ssm:ListResourceDataSync"]
    source  = "ssm.resourceResourceDataSyncRead"
  }

  create {
    actions = ["ssm:CreateResourceDataSync", "ssm:ListResourceDataSync"]
    source  = "ssm.resourceResourceDataSyncCreate"
  }

  delete {
    actions = ["ssm:DeleteResourceDataSync"]
    source  = "ssm.resourceResourceDataSyncDelete"
  }
}

resource "aws_ssm_service_setting" {
  service = "ssm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (ssm.resourceServiceSettingUpdate, ssm.resourceServiceSettingRead, ssm.resourceServiceSettingDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["ssm:GetServiceSetting"]
    source  = "ssm.resourceServiceSettingRead"
  }

  create {
    actions = ["ssm:GetServiceSetting", "ssm:UpdateServiceSetting"]
    source  = "ssm.resourceServiceSettingUpdate"
  }

  update {
    attributes = []
    actions    = ["ssm:UpdateServiceSetting"]
    source     = "ssm.resourceServiceSettingUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["ssm:GetServiceSetting", "ssm:ResetServiceSetting"]
    source  = "ssm.resourceServiceSettingDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_ssm_document" {
  service = "ssm"
  source  = "import: pike data/ssm/aws_ssm_document.json"

  read {
    actions = ["ssm:GetDocument"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ssm_instances" {
  service = "ssm"
  source  = "import: pike data/ssm/aws_ssm_instances.json"

  read {
    actions = ["ssm:DescribeInstanceInformation"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ssm_maintenance_windows" {
  service = "ssm"
  source  = "import: pike data/ssm/aws_ssm_maintenance_windows.json"

  read {
    actions = ["ssm:DescribeMaintenanceWindows"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ssm_parameters_by_path" {
  service = "ssm"
  source  = "import: pike data/ssm/aws_ssm_parameters_by_path.json"

  read {
    actions = ["ssm:GetParametersByPath"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ssm_patch_baseline" {
  service = "ssm"
  source  = "import: pike data/ssm/aws_ssm_patch_baseline.json"

  read {
    actions = ["ssm:DescribePatchBaselines"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_ssm_patch_baselines" {
  service = "ssm"
  source  = "import: pike data/ssm/aws_ssm_patch_baselines.json"

  read {
    actions = ["ssm:DescribePatchBaselines"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
