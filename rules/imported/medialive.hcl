# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_medialive_channel" {
  service = "medialive"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (medialive.resourceChannelCreate, medialive.resourceChannelRead, medialive.resourceChannelUpdate, medialive.resourceChannelDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by medialive.CreateChannel, medialive.UpdateChannel (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["medialive:DescribeChannel", "medialive:ListTagsForResource"]
    source  = "medialive.resourceChannelRead + medialive.(*servicePackage).ListTags"
  }

  create {
    actions = ["medialive:CreateChannel", "medialive:DescribeChannel", "medialive:StartChannel"]
    source  = "medialive.resourceChannelCreate"
  }

  update {
    attributes = []
    actions    = ["medialive:StartChannel", "medialive:StopChannel", "medialive:UpdateChannel"]
    source     = "medialive.resourceChannelUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["medialive:CreateTags", "medialive:DeleteTags"]
    source     = "medialive.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["medialive:DeleteChannel", "medialive:DescribeChannel", "medialive:StopChannel"]
    source  = "medialive.resourceChannelDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_medialive_input" {
  service = "medialive"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (medialive.resourceInputCreate, medialive.resourceInputRead, medialive.resourceInputUpdate, medialive.resourceInputDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by medialive.CreateInput, medialive.UpdateInput (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["medialive:DescribeInput", "medialive:ListTagsForResource"]
    source  = "medialive.resourceInputRead + medialive.(*servicePackage).ListTags"
  }

  create {
    actions = ["medialive:CreateInput", "medialive:DescribeInput"]
    source  = "medialive.resourceInputCreate"
  }

  update {
    attributes = []
    actions    = ["medialive:UpdateInput"]
    source     = "medialive.resourceInputUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["medialive:CreateTags", "medialive:DeleteTags"]
    source     = "medialive.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["medialive:DeleteInput", "medialive:DescribeInput"]
    source  = "medialive.resourceInputDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_medialive_input_security_group" {
  service = "medialive"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (medialive.resourceInputSecurityGroupCreate, medialive.resourceInputSecurityGroupRead, medialive.resourceInputSecurityGroupUpdate, medialive.resourceInputSecurityGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["medialive:DescribeInputSecurityGroup", "medialive:ListTagsForResource"]
    source  = "medialive.resourceInputSecurityGroupRead + medialive.(*servicePackage).ListTags"
  }

  create {
    actions = ["medialive:CreateInputSecurityGroup", "medialive:DescribeInputSecurityGroup"]
    source  = "medialive.resourceInputSecurityGroupCreate"
  }

  update {
    attributes = []
    actions    = ["medialive:UpdateInputSecurityGroup"]
    source     = "medialive.resourceInputSecurityGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["medialive:CreateTags", "medialive:DeleteTags"]
    source     = "medialive.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["medialive:DeleteInputSecurityGroup", "medialive:DescribeInputSecurityGroup"]
    source  = "medialive.resourceInputSecurityGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_medialive_multiplex" {
  service = "medialive"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (medialive.resourceMultiplexCreate, medialive.resourceMultiplexRead, medialive.resourceMultiplexUpdate, medialive.resourceMultiplexDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["medialive:DescribeMultiplex", "medialive:ListTagsForResource"]
    source  = "medialive.resourceMultiplexRead + medialive.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "medialive:CreateMultiplex",
      "medialive:DescribeMultiplex",
      "medialive:StartMultiplex",
    ]
    source  = "medialive.resourceMultiplexCreate"
  }

  update {
    attributes = []
    actions    = [
      "medialive:StartMultiplex",
      "medialive:StopMultiplex",
      "medialive:UpdateMultiplex",
    ]
    source     = "medialive.resourceMultiplexUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["medialive:CreateTags", "medialive:DeleteTags"]
    source     = "medialive.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "medialive:DeleteMultiplex",
      "medialive:DescribeMultiplex",
      "medialive:StopMultiplex",
    ]
    source  = "medialive.resourceMultiplexDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_medialive_multiplex_program" {
  service = "medialive"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (medialive.(*multiplexProgramResource).Create, medialive.(*multiplexProgramResource).Read, medialive.(*multiplexProgramResource).Update, medialive.(*multiplexProgramResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["medialive:DescribeMultiplexProgram"]
    source  = "medialive.(*multiplexProgramResource).Read"
  }

  create {
    actions = ["medialive:CreateMultiplexProgram", "medialive:DescribeMultiplexProgram"]
    source  = "medialive.(*multiplexProgramResource).Create"
  }

  update {
    attributes = []
    actions    = ["medialive:UpdateMultiplexProgram"]
    source     = "medialive.(*multiplexProgramResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["medialive:DeleteMultiplexProgram"]
    source  = "medialive.(*multiplexProgramResource).Delete"
  }
}

data "aws_medialive_input" {
  service = "medialive"
  source  = "import: pike data/medialive/aws_medialive_input.json"

  read {
    actions = ["medialive:DescribeInput"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
