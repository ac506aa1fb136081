# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_sfn_alias" {
  service = "states"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (sfn.resourceAliasCreate, sfn.resourceAliasRead, sfn.resourceAliasUpdate, sfn.resourceAliasDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: states:CreateStateMachineAlias, states:DeleteStateMachineAlias, states:DescribeStateMachineAlias, states:UpdateStateMachineAlias"

  read {
    actions = ["states:DescribeStateMachineAlias"]
    source  = "sfn.resourceAliasRead"
  }

  create {
    actions = ["states:CreateStateMachineAlias", "states:DescribeStateMachineAlias"]
    source  = "sfn.resourceAliasCreate"
  }

  update {
    attributes = []
    actions    = ["states:UpdateStateMachineAlias"]
    source     = "sfn.resourceAliasUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["states:DeleteStateMachineAlias"]
    source  = "sfn.resourceAliasDelete"
  }
}

data "aws_sfn_activity" {
  service = "states"
  source  = "import: pike data/states/aws_sfn_activity.json"

  read {
    actions = ["states:ListActivities"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_sfn_alias" {
  service = "states"
  source  = "import: pike data/states/aws_sfn_alias.json"

  read {
    actions = ["states:ListStateMachineAliases"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_sfn_state_machine" {
  service = "states"
  source  = "import: pike data/states/aws_sfn_state_machine.json"

  read {
    actions = ["states:DescribeStateMachine", "states:ListStateMachines"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_sfn_state_machine_versions" {
  service = "states"
  source  = "import: pike data/states/aws_sfn_state_machine_versions.json"

  read {
    actions = ["states:ListStateMachineVersions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
