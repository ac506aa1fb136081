# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_lakeformation_data_cells_filter" {
  service = "lakeformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lakeformation.(*dataCellsFilterResource).Create, lakeformation.(*dataCellsFilterResource).Read, lakeformation.(*dataCellsFilterResource).Update, lakeformation.(*dataCellsFilterResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: lakeformation:GetDataCellsFilter, lakeformation:UpdateDataCellsFilter"

  read {
    actions = ["lakeformation:GetDataCellsFilter"]
    source  = "lakeformation.(*dataCellsFilterResource).Read"
  }

  create {
    actions = ["lakeformation:CreateDataCellsFilter", "lakeformation:GetDataCellsFilter"]
    source  = "lakeformation.(*dataCellsFilterResource).Create"
  }

  update {
    attributes = []
    actions    = ["lakeformation:UpdateDataCellsFilter"]
    source     = "lakeformation.(*dataCellsFilterResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lakeformation:DeleteDataCellsFilter"]
    source  = "lakeformation.(*dataCellsFilterResource).Delete"
  }
}

resource "aws_lakeformation_data_lake_settings" {
  service = "lakeformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lakeformation.resourceDataLakeSettingsCreate, lakeformation.resourceDataLakeSettingsRead, lakeformation.resourceDataLakeSettingsDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lakeformation:GetDataLakeSettings"]
    source  = "lakeformation.resourceDataLakeSettingsRead"
  }

  create {
    actions = ["lakeformation:GetDataLakeSettings", "lakeformation:PutDataLakeSettings"]
    source  = "lakeformation.resourceDataLakeSettingsCreate"
  }

  update {
    attributes = []
    actions    = ["lakeformation:PutDataLakeSettings"]
    source     = "lakeformation.resourceDataLakeSettingsCreate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lakeformation:PutDataLakeSettings"]
    source  = "lakeformation.resourceDataLakeSettingsDelete"
  }
}

resource "aws_lakeformation_identity_center_configuration" {
  service = "lakeformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lakeformation.(*resourceIdentityCenterConfiguration).Create, lakeformation.(*resourceIdentityCenterConfiguration).Read, lakeformation.(*resourceIdentityCenterConfiguration).Update (no call-graph entry), lakeformation.(*resourceIdentityCenterConfiguration).Delete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update lakeformation.(*resourceIdentityCenterConfiguration).Update (no call-graph entry); not in iamlive-map, identical IAM name used: lakeformation:CreateLakeFormationIdentityCenterConfiguration, lakeformation:DeleteLakeFormationIdentityCenterConfiguration, lakeformation:DescribeLakeFormationIdentityCenterConfiguration"

  read {
    actions = ["lakeformation:DescribeLakeFormationIdentityCenterConfiguration"]
    source  = "lakeformation.(*resourceIdentityCenterConfiguration).Read"
  }

  create {
    actions = [
      "lakeformation:CreateLakeFormationIdentityCenterConfiguration",
      "lakeformation:DescribeLakeFormationIdentityCenterConfiguration",
    ]
    source  = "lakeformation.(*resourceIdentityCenterConfiguration).Create"
  }

  delete {
    actions = ["lakeformation:DeleteLakeFormationIdentityCenterConfiguration"]
    source  = "lakeformation.(*resourceIdentityCenterConfiguration).Delete"
  }
}

resource "aws_lakeformation_lf_tag" {
  service = "lakeformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lakeformation.resourceLFTagCreate, lakeformation.resourceLFTagRead, lakeformation.resourceLFTagUpdate, lakeformation.resourceLFTagDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lakeformation:GetLFTag"]
    source  = "lakeformation.resourceLFTagRead"
  }

  create {
    actions = ["lakeformation:CreateLFTag", "lakeformation:GetLFTag", "lakeformation:UpdateLFTag"]
    source  = "lakeformation.resourceLFTagCreate"
  }

  update {
    attributes = []
    actions    = ["lakeformation:UpdateLFTag"]
    source     = "lakeformation.resourceLFTagUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lakeformation:DeleteLFTag"]
    source  = "lakeformation.resourceLFTagDelete"
  }
}

resource "aws_lakeformation_lf_tag_expression" {
  service = "lakeformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lakeformation.(*lfTagExpressionResource).Create, lakeformation.(*lfTagExpressionResource).Read, lakeformation.(*lfTagExpressionResource).Update, lakeformation.(*lfTagExpressionResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: lakeformation:CreateLFTagExpression, lakeformation:DeleteLFTagExpression, lakeformation:GetLFTagExpression, lakeformation:UpdateLFTagExpression"

  read {
    actions = ["lakeformation:GetLFTagExpression"]
    source  = "lakeformation.(*lfTagExpressionResource).Read"
  }

  create {
    actions = ["lakeformation:CreateLFTagExpression"]
    source  = "lakeformation.(*lfTagExpressionResource).Create"
  }

  update {
    attributes = []
    actions    = ["lakeformation:UpdateLFTagExpression"]
    source     = "lakeformation.(*lfTagExpressionResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["lakeformation:DeleteLFTagExpression"]
    source  = "lakeformation.(*lfTagExpressionResource).Delete"
  }
}

resource "aws_lakeformation_opt_in" {
  service = "lakeformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lakeformation.(*optInResource).Create, lakeformation.(*optInResource).Read, lakeformation.(*optInResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: lakeformation:CreateLakeFormationOptIn, lakeformation:DeleteLakeFormationOptIn, lakeformation:ListLakeFormationOptIns"

  read {
    actions = ["lakeformation:ListLakeFormationOptIns"]
    source  = "lakeformation.(*optInResource).Read"
  }

  create {
    actions = ["lakeformation:CreateLakeFormationOptIn", "lakeformation:ListLakeFormationOptIns"]
    source  = "lakeformation.(*optInResource).Create"
  }

  delete {
    actions = ["lakeformation:DeleteLakeFormationOptIn"]
    source  = "lakeformation.(*optInResource).Delete"
  }
}

resource "aws_lakeformation_permissions" {
  service = "lakeformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lakeformation.resourcePermissionsCreate, lakeformation.resourcePermissionsRead, lakeformation.resourcePermissionsDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lakeformation:ListPermissions"]
    source  = "lakeformation.resourcePermissionsRead"
  }

  create {
    actions = ["lakeformation:GrantPermissions", "lakeformation:ListPermissions"]
    source  = "lakeformation.resourcePermissionsCreate"
  }

  delete {
    actions = ["lakeformation:RevokePermissions"]
    source  = "lakeformation.resourcePermissionsDelete"
  }
}

resource "aws_lakeformation_resource" {
  service = "lakeformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lakeformation.resourceResourceCreate, lakeformation.resourceResourceRead, lakeformation.resourceResourceDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by lakeformation.RegisterResource (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["lakeformation:DescribeResource"]
    source  = "lakeformation.resourceResourceRead"
  }

  create {
    actions = ["lakeformation:DescribeResource", "lakeformation:RegisterResource"]
    source  = "lakeformation.resourceResourceCreate"
  }

  delete {
    actions = ["lakeformation:DeregisterResource"]
    source  = "lakeformation.resourceResourceDelete"
  }
}

resource "aws_lakeformation_resource_lf_tag" {
  service = "lakeformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lakeformation.(*resourceLFTagResource).Create, lakeformation.(*resourceLFTagResource).Read, lakeformation.(*resourceLFTagResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["lakeformation:GetResourceLFTags"]
    source  = "lakeformation.(*resourceLFTagResource).Read"
  }

  create {
    actions = ["lakeformation:AddLFTagsToResource", "lakeformation:GetResourceLFTags"]
    source  = "lakeformation.(*resourceLFTagResource).Create"
  }

  delete {
    actions = ["lakeformation:RemoveLFTagsFromResource"]
    source  = "lakeformation.(*resourceLFTagResource).Delete"
  }
}

resource "aws_lakeformation_resource_lf_tags" {
  service = "lakeformation"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (lakeformation.resourceResourceLFTagsCreate, lakeformation.resourceResourceLFTagsRead, lakeformation.resourceResourceLFTagsDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["lakeformation:GetResourceLFTags"]
    source  = "lakeformation.resourceResourceLFTagsRead"
  }

  create {
    actions = ["lakeformation:AddLFTagsToResource", "lakeformation:GetResourceLFTags"]
    source  = "lakeformation.resourceResourceLFTagsCreate"
  }

  delete {
    actions = ["lakeformation:RemoveLFTagsFromResource"]
    source  = "lakeformation.resourceResourceLFTagsDelete"
  }
}

data "aws_lakeformation_data_lake_settings" {
  service = "lakeformation"
  source  = "import: pike data/lakeformation/aws_lakeformation_data_lake_settings.json"

  read {
    actions = ["lakeformation:GetDataLakeSettings"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lakeformation_permissions" {
  service = "lakeformation"
  source  = "import: pike data/lakeformation/aws_lakeformation_permissions.json"

  read {
    actions = ["lakeformation:ListPermissions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_lakeformation_resource" {
  service = "lakeformation"
  source  = "import: pike data/lakeformation/aws_lakeformation_resource.json"

  read {
    actions = ["lakeformation:DescribeResource"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
