# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_appstream_directory_config" {
  service = "appstream"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appstream.resourceDirectoryConfigCreate, appstream.resourceDirectoryConfigRead, appstream.resourceDirectoryConfigUpdate, appstream.resourceDirectoryConfigDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appstream:DescribeDirectoryConfigs"]
    source  = "appstream.resourceDirectoryConfigRead"
  }

  create {
    actions = ["appstream:CreateDirectoryConfig", "appstream:DescribeDirectoryConfigs"]
    source  = "appstream.resourceDirectoryConfigCreate"
  }

  update {
    attributes = []
    actions    = ["appstream:UpdateDirectoryConfig"]
    source     = "appstream.resourceDirectoryConfigUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["appstream:DeleteDirectoryConfig"]
    source  = "appstream.resourceDirectoryConfigDelete"
  }
}

resource "aws_appstream_fleet" {
  service = "appstream"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appstream.resourceFleetCreate, appstream.resourceFleetRead, appstream.resourceFleetUpdate, appstream.resourceFleetDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by appstream.CreateFleet, appstream.UpdateFleet (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["appstream:DescribeFleets", "appstream:ListTagsForResource"]
    source  = "appstream.resourceFleetRead + appstream.(*servicePackage).ListTags"
  }

  create {
    actions = ["appstream:CreateFleet", "appstream:DescribeFleets", "appstream:StartFleet"]
    source  = "appstream.resourceFleetCreate"
  }

  update {
    attributes = []
    actions    = ["appstream:StartFleet", "appstream:StopFleet", "appstream:UpdateFleet"]
    source     = "appstream.resourceFleetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appstream:TagResource", "appstream:UntagResource"]
    source     = "appstream.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appstream:DeleteFleet", "appstream:DescribeFleets", "appstream:StopFleet"]
    source  = "appstream.resourceFleetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_appstream_fleet_stack_association" {
  service = "appstream"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appstream.resourceFleetStackAssociationCreate, appstream.resourceFleetStackAssociationRead, appstream.resourceFleetStackAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appstream:ListAssociatedStacks"]
    source  = "appstream.resourceFleetStackAssociationRead"
  }

  create {
    actions = ["appstream:AssociateFleet", "appstream:ListAssociatedStacks"]
    source  = "appstream.resourceFleetStackAssociationCreate"
  }

  delete {
    actions = ["appstream:DisassociateFleet"]
    source  = "appstream.resourceFleetStackAssociationDelete"
  }
}

resource "aws_appstream_image_builder" {
  service = "appstream"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appstream.resourceImageBuilderCreate, appstream.resourceImageBuilderRead, appstream.resourceImageBuilderUpdate, appstream.resourceImageBuilderDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by appstream.CreateImageBuilder (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["appstream:DescribeImageBuilders", "appstream:ListTagsForResource"]
    source  = "appstream.resourceImageBuilderRead + appstream.(*servicePackage).ListTags"
  }

  create {
    actions = ["appstream:CreateImageBuilder", "appstream:DescribeImageBuilders"]
    source  = "appstream.resourceImageBuilderCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "appstream.resourceImageBuilderUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appstream:TagResource", "appstream:UntagResource"]
    source     = "appstream.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appstream:DeleteImageBuilder", "appstream:DescribeImageBuilders"]
    source  = "appstream.resourceImageBuilderDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_appstream_stack" {
  service = "appstream"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appstream.resourceStackCreate, appstream.resourceStackRead, appstream.resourceStackUpdate, appstream.resourceStackDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appstream:DescribeStacks", "appstream:ListTagsForResource"]
    source  = "appstream.resourceStackRead + appstream.(*servicePackage).ListTags"
  }

  create {
    actions = ["appstream:CreateStack", "appstream:DescribeStacks"]
    source  = "appstream.resourceStackCreate"
  }

  update {
    attributes = []
    actions    = ["appstream:UpdateStack"]
    source     = "appstream.resourceStackUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["appstream:TagResource", "appstream:UntagResource"]
    source     = "appstream.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["appstream:DeleteStack", "appstream:DescribeStacks"]
    source  = "appstream.resourceStackDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_appstream_user" {
  service = "appstream"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appstream.resourceUserCreate, appstream.resourceUserRead, appstream.resourceUserUpdate, appstream.resourceUserDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appstream:DescribeUsers"]
    source  = "appstream.resourceUserRead"
  }

  create {
    actions = ["appstream:CreateUser", "appstream:DescribeUsers", "appstream:DisableUser"]
    source  = "appstream.resourceUserCreate"
  }

  update {
    attributes = []
    actions    = ["appstream:DisableUser", "appstream:EnableUser"]
    source     = "appstream.resourceUserUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["appstream:DeleteUser"]
    source  = "appstream.resourceUserDelete"
  }
}

resource "aws_appstream_user_stack_association" {
  service = "appstream"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (appstream.resourceUserStackAssociationCreate, appstream.resourceUserStackAssociationRead, schema.NoopContext, appstream.resourceUserStackAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["appstream:DescribeUserStackAssociations"]
    source  = "appstream.resourceUserStackAssociationRead"
  }

  create {
    actions = ["appstream:BatchAssociateUserStack", "appstream:DescribeUserStackAssociations"]
    source  = "appstream.resourceUserStackAssociationCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "schema.NoopContext"
    note       = "the provider's update is schema.NoopContext: it makes no call"
  }

  delete {
    actions = ["appstream:BatchDisassociateUserStack"]
    source  = "appstream.resourceUserStackAssociationDelete"
  }
}

data "aws_appstream_image" {
  service = "appstream"
  source  = "import: pike data/appstream/aws_appstream_image.json"

  read {
    actions = ["appstream:DescribeImages"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
