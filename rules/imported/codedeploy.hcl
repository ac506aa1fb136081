# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_codedeploy_app" {
  service = "codedeploy"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (deploy.resourceAppCreate, deploy.resourceAppRead, deploy.resourceUpdate, deploy.resourceAppDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codedeploy:GetApplication", "codedeploy:ListTagsForResource"]
    source  = "deploy.resourceAppRead + deploy.(*servicePackage).ListTags"
  }

  create {
    actions = ["codedeploy:CreateApplication", "codedeploy:GetApplication"]
    source  = "deploy.resourceAppCreate"
  }

  update {
    attributes = []
    actions    = ["codedeploy:UpdateApplication"]
    source     = "deploy.resourceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["codedeploy:TagResource", "codedeploy:UntagResource"]
    source     = "deploy.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["codedeploy:DeleteApplication"]
    source  = "deploy.resourceAppDelete"
  }
}

resource "aws_codedeploy_deployment_config" {
  service = "codedeploy"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (deploy.resourceDeploymentConfigCreate, deploy.resourceDeploymentConfigRead, deploy.resourceDeploymentConfigDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codedeploy:GetDeploymentConfig"]
    source  = "deploy.resourceDeploymentConfigRead"
  }

  create {
    actions = ["codedeploy:CreateDeploymentConfig", "codedeploy:GetDeploymentConfig"]
    source  = "deploy.resourceDeploymentConfigCreate"
  }

  delete {
    actions = ["codedeploy:DeleteDeploymentConfig"]
    source  = "deploy.resourceDeploymentConfigDelete"
  }
}

resource "aws_codedeploy_deployment_group" {
  service = "codedeploy"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (deploy.resourceDeploymentGroupCreate, deploy.resourceDeploymentGroupRead, deploy.resourceDeploymentGroupUpdate, deploy.resourceDeploymentGroupDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by codedeploy.CreateDeploymentGroup, codedeploy.UpdateDeploymentGroup (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["codedeploy:GetDeploymentGroup", "codedeploy:ListTagsForResource"]
    source  = "deploy.resourceDeploymentGroupRead + deploy.(*servicePackage).ListTags"
  }

  create {
    actions = ["codedeploy:CreateDeploymentGroup", "codedeploy:GetDeploymentGroup"]
    source  = "deploy.resourceDeploymentGroupCreate"
  }

  update {
    attributes = []
    actions    = ["codedeploy:UpdateDeploymentGroup"]
    source     = "deploy.resourceDeploymentGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["codedeploy:TagResource", "codedeploy:UntagResource"]
    source     = "deploy.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["codedeploy:DeleteDeploymentGroup"]
    source  = "deploy.resourceDeploymentGroupDelete"
  }
}
