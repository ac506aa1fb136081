# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_gamelift_alias" {
  service = "gamelift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (gamelift.resourceAliasCreate, gamelift.resourceAliasRead, gamelift.resourceAliasUpdate, gamelift.resourceAliasDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["gamelift:DescribeAlias", "gamelift:ListTagsForResource"]
    source  = "gamelift.resourceAliasRead + gamelift.(*servicePackage).ListTags"
  }

  create {
    actions = ["gamelift:CreateAlias", "gamelift:DescribeAlias"]
    source  = "gamelift.resourceAliasCreate"
  }

  update {
    attributes = []
    actions    = ["gamelift:UpdateAlias"]
    source     = "gamelift.resourceAliasUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["gamelift:TagResource", "gamelift:UntagResource"]
    source     = "gamelift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["gamelift:DeleteAlias"]
    source  = "gamelift.resourceAliasDelete"
  }
}

resource "aws_gamelift_build" {
  service = "gamelift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (gamelift.resourceBuildCreate, gamelift.resourceBuildRead, gamelift.resourceBuildUpdate, gamelift.resourceBuildDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by gamelift.CreateBuild (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["gamelift:DescribeBuild", "gamelift:ListTagsForResource"]
    source  = "gamelift.resourceBuildRead + gamelift.(*servicePackage).ListTags"
  }

  create {
    actions = ["gamelift:CreateBuild", "gamelift:DescribeBuild"]
    source  = "gamelift.resourceBuildCreate"
  }

  update {
    attributes = []
    actions    = ["gamelift:UpdateBuild"]
    source     = "gamelift.resourceBuildUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["gamelift:TagResource", "gamelift:UntagResource"]
    source     = "gamelift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["gamelift:DeleteBuild"]
    source  = "gamelift.resourceBuildDelete"
  }
}

resource "aws_gamelift_fleet" {
  service = "gamelift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (gamelift.resourceFleetCreate, gamelift.resourceFleetRead, gamelift.resourceFleetUpdate, gamelift.resourceFleetDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by gamelift.CreateFleet (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = [
      "gamelift:DescribeFleetAttributes",
      "gamelift:DescribeFleetPortSettings",
      "gamelift:ListTagsForResource",
    ]
    source  = "gamelift.resourceFleetRead + gamelift.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "gamelift:CreateFleet",
      "gamelift:DescribeFleetAttributes",
      "gamelift:DescribeFleetEvents",
      "gamelift:DescribeFleetPortSettings",
    ]
    source  = "gamelift.resourceFleetCreate"
  }

  update {
    attributes = []
    actions    = [
      "gamelift:UpdateFleetAttributes",
      "gamelift:UpdateFleetPortSettings",
      "gamelift:UpdateRuntimeConfiguration",
    ]
    source     = "gamelift.resourceFleetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["gamelift:TagResource", "gamelift:UntagResource"]
    source     = "gamelift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "gamelift:DeleteFleet",
      "gamelift:DescribeFleetAttributes",
      "gamelift:DescribeFleetEvents",
    ]
    source  = "gamelift.resourceFleetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_gamelift_game_server_group" {
  service = "gamelift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (gamelift.resourceGameServerGroupCreate, gamelift.resourceGameServerGroupRead, gamelift.resourceGameServerGroupUpdate, gamelift.resourceGameServerGroupDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by gamelift.CreateGameServerGroup, gamelift.UpdateGameServerGroup (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["gamelift:DescribeGameServerGroup", "gamelift:ListTagsForResource"]
    source  = "gamelift.resourceGameServerGroupRead + gamelift.(*servicePackage).ListTags"
  }

  create {
    actions = ["gamelift:CreateGameServerGroup", "gamelift:DescribeGameServerGroup"]
    source  = "gamelift.resourceGameServerGroupCreate"
  }

  update {
    attributes = []
    actions    = ["gamelift:UpdateGameServerGroup"]
    source     = "gamelift.resourceGameServerGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["gamelift:TagResource", "gamelift:UntagResource"]
    source     = "gamelift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["gamelift:DeleteGameServerGroup", "gamelift:DescribeGameServerGroup"]
    source  = "gamelift.resourceGameServerGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_gamelift_game_session_queue" {
  service = "gamelift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (gamelift.resourceGameSessionQueueCreate, gamelift.resourceGameSessionQueueRead, gamelift.resourceGameSessionQueueUpdate, gamelift.resourceGameSessionQueueDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["gamelift:DescribeGameSessionQueues", "gamelift:ListTagsForResource"]
    source  = "gamelift.resourceGameSessionQueueRead + gamelift.(*servicePackage).ListTags"
  }

  create {
    actions = ["gamelift:CreateGameSessionQueue", "gamelift:DescribeGameSessionQueues"]
    source  = "gamelift.resourceGameSessionQueueCreate"
  }

  update {
    attributes = []
    actions    = ["gamelift:UpdateGameSessionQueue"]
    source     = "gamelift.resourceGameSessionQueueUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["gamelift:TagResource", "gamelift:UntagResource"]
    source     = "gamelift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["gamelift:DeleteGameSessionQueue", "gamelift:DescribeGameSessionQueues"]
    source  = "gamelift.resourceGameSessionQueueDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_gamelift_script" {
  service = "gamelift"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (gamelift.resourceScriptCreate, gamelift.resourceScriptRead, gamelift.resourceScriptUpdate, gamelift.resourceScriptDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by gamelift.CreateScript, gamelift.UpdateScript (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["gamelift:DescribeScript", "gamelift:ListTagsForResource"]
    source  = "gamelift.resourceScriptRead + gamelift.(*servicePackage).ListTags"
  }

  create {
    actions = ["gamelift:CreateScript", "gamelift:DescribeScript"]
    source  = "gamelift.resourceScriptCreate"
  }

  update {
    attributes = []
    actions    = ["gamelift:UpdateScript"]
    source     = "gamelift.resourceScriptUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["gamelift:TagResource", "gamelift:UntagResource"]
    source     = "gamelift.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["gamelift:DeleteScript"]
    source  = "gamelift.resourceScriptDelete"
  }
}
