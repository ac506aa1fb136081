# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_devicefarm_device_pool" {
  service = "devicefarm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (devicefarm.resourceDevicePoolCreate, devicefarm.resourceDevicePoolRead, devicefarm.resourceDevicePoolUpdate, devicefarm.resourceDevicePoolDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: devicefarm:UntagResource"

  read {
    actions = ["devicefarm:GetDevicePool", "devicefarm:ListTagsForResource"]
    source  = "devicefarm.resourceDevicePoolRead + devicefarm.(*servicePackage).ListTags"
  }

  create {
    actions = ["devicefarm:CreateDevicePool", "devicefarm:GetDevicePool"]
    source  = "devicefarm.resourceDevicePoolCreate"
  }

  create {
    if_set  = "tags"
    actions = ["devicefarm:TagResource"]
    source  = "devicefarm.resourceDevicePoolCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["devicefarm:UpdateDevicePool"]
    source     = "devicefarm.resourceDevicePoolUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["devicefarm:TagResource", "devicefarm:UntagResource"]
    source     = "devicefarm.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["devicefarm:DeleteDevicePool"]
    source  = "devicefarm.resourceDevicePoolDelete"
  }
}

resource "aws_devicefarm_instance_profile" {
  service = "devicefarm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (devicefarm.resourceInstanceProfileCreate, devicefarm.resourceInstanceProfileRead, devicefarm.resourceInstanceProfileUpdate, devicefarm.resourceInstanceProfileDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: devicefarm:UntagResource"

  read {
    actions = ["devicefarm:GetInstanceProfile", "devicefarm:ListTagsForResource"]
    source  = "devicefarm.resourceInstanceProfileRead + devicefarm.(*servicePackage).ListTags"
  }

  create {
    actions = ["devicefarm:CreateInstanceProfile", "devicefarm:GetInstanceProfile"]
    source  = "devicefarm.resourceInstanceProfileCreate"
  }

  create {
    if_set  = "tags"
    actions = ["devicefarm:TagResource"]
    source  = "devicefarm.resourceInstanceProfileCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["devicefarm:UpdateInstanceProfile"]
    source     = "devicefarm.resourceInstanceProfileUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["devicefarm:TagResource", "devicefarm:UntagResource"]
    source     = "devicefarm.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["devicefarm:DeleteInstanceProfile"]
    source  = "devicefarm.resourceInstanceProfileDelete"
  }
}

resource "aws_devicefarm_network_profile" {
  service = "devicefarm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (devicefarm.resourceNetworkProfileCreate, devicefarm.resourceNetworkProfileRead, devicefarm.resourceNetworkProfileUpdate, devicefarm.resourceNetworkProfileDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: devicefarm:UntagResource"

  read {
    actions = ["devicefarm:GetNetworkProfile", "devicefarm:ListTagsForResource"]
    source  = "devicefarm.resourceNetworkProfileRead + devicefarm.(*servicePackage).ListTags"
  }

  create {
    actions = ["devicefarm:CreateNetworkProfile", "devicefarm:GetNetworkProfile"]
    source  = "devicefarm.resourceNetworkProfileCreate"
  }

  create {
    if_set  = "tags"
    actions = ["devicefarm:TagResource"]
    source  = "devicefarm.resourceNetworkProfileCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["devicefarm:UpdateNetworkProfile"]
    source     = "devicefarm.resourceNetworkProfileUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["devicefarm:TagResource", "devicefarm:UntagResource"]
    source     = "devicefarm.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["devicefarm:DeleteNetworkProfile"]
    source  = "devicefarm.resourceNetworkProfileDelete"
  }
}

resource "aws_devicefarm_project" {
  service = "devicefarm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (devicefarm.resourceProjectCreate, devicefarm.resourceProjectRead, devicefarm.resourceProjectUpdate, devicefarm.resourceProjectDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: devicefarm:UntagResource"

  read {
    actions = ["devicefarm:GetProject", "devicefarm:ListTagsForResource"]
    source  = "devicefarm.resourceProjectRead + devicefarm.(*servicePackage).ListTags"
  }

  create {
    actions = ["devicefarm:CreateProject", "devicefarm:GetProject"]
    source  = "devicefarm.resourceProjectCreate"
  }

  create {
    if_set  = "tags"
    actions = ["devicefarm:TagResource"]
    source  = "devicefarm.resourceProjectCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["devicefarm:UpdateProject"]
    source     = "devicefarm.resourceProjectUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["devicefarm:TagResource", "devicefarm:UntagResource"]
    source     = "devicefarm.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["devicefarm:DeleteProject"]
    source  = "devicefarm.resourceProjectDelete"
  }
}

resource "aws_devicefarm_test_grid_project" {
  service = "devicefarm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (devicefarm.resourceTestGridProjectCreate, devicefarm.resourceTestGridProjectRead, devicefarm.resourceTestGridProjectUpdate, devicefarm.resourceTestGridProjectDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: devicefarm:UntagResource"

  read {
    actions = ["devicefarm:GetTestGridProject", "devicefarm:ListTagsForResource"]
    source  = "devicefarm.resourceTestGridProjectRead + devicefarm.(*servicePackage).ListTags"
  }

  create {
    actions = ["devicefarm:CreateTestGridProject", "devicefarm:GetTestGridProject"]
    source  = "devicefarm.resourceTestGridProjectCreate"
  }

  create {
    if_set  = "tags"
    actions = ["devicefarm:TagResource"]
    source  = "devicefarm.resourceTestGridProjectCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["devicefarm:UpdateTestGridProject"]
    source     = "devicefarm.resourceTestGridProjectUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["devicefarm:TagResource", "devicefarm:UntagResource"]
    source     = "devicefarm.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["devicefarm:DeleteTestGridProject"]
    source  = "devicefarm.resourceTestGridProjectDelete"
  }
}

resource "aws_devicefarm_upload" {
  service = "devicefarm"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (devicefarm.resourceUploadCreate, devicefarm.resourceUploadRead, devicefarm.resourceUploadUpdate, devicefarm.resourceUploadDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["devicefarm:GetUpload"]
    source  = "devicefarm.resourceUploadRead"
  }

  create {
    actions = ["devicefarm:CreateUpload", "devicefarm:GetUpload"]
    source  = "devicefarm.resourceUploadCreate"
  }

  update {
    attributes = []
    actions    = ["devicefarm:UpdateUpload"]
    source     = "devicefarm.resourceUploadUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["devicefarm:DeleteUpload"]
    source  = "devicefarm.resourceUploadDelete"
  }
}
