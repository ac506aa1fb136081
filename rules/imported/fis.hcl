# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_fis_experiment_template" {
  service = "fis"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fis.resourceExperimentTemplateCreate, fis.resourceExperimentTemplateRead, fis.resourceExperimentTemplateUpdate, fis.resourceExperimentTemplateDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["fis:GetExperimentTemplate", "fis:ListTagsForResource"]
    source  = "fis.resourceExperimentTemplateRead + fis.(*servicePackage).ListTags"
  }

  create {
    actions = ["fis:CreateExperimentTemplate", "fis:GetExperimentTemplate"]
    source  = "fis.resourceExperimentTemplateCreate"
  }

  update {
    attributes = []
    actions    = ["fis:UpdateExperimentTemplate"]
    source     = "fis.resourceExperimentTemplateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["fis:TagResource", "fis:UntagResource"]
    source     = "fis.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["fis:DeleteExperimentTemplate"]
    source  = "fis.resourceExperimentTemplateDelete"
  }
}

resource "aws_fis_target_account_configuration" {
  service = "fis"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (fis.(*resourceTargetAccountConfiguration).Create, fis.(*resourceTargetAccountConfiguration).Read, fis.(*resourceTargetAccountConfiguration).Update, fis.(*resourceTargetAccountConfiguration).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: fis:CreateTargetAccountConfiguration, fis:DeleteTargetAccountConfiguration, fis:GetTargetAccountConfiguration, fis:UpdateTargetAccountConfiguration"

  read {
    actions = ["fis:GetTargetAccountConfiguration"]
    source  = "fis.(*resourceTargetAccountConfiguration).Read"
  }

  create {
    actions = ["fis:CreateTargetAccountConfiguration"]
    source  = "fis.(*resourceTargetAccountConfiguration).Create"
  }

  update {
    attributes = []
    actions    = ["fis:UpdateTargetAccountConfiguration"]
    source     = "fis.(*resourceTargetAccountConfiguration).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["fis:DeleteTargetAccountConfiguration"]
    source  = "fis.(*resourceTargetAccountConfiguration).Delete"
  }
}

data "aws_fis_experiment_templates" {
  service = "fis"
  source  = "import: pike data/fis/aws_fis_experiment_templates.json"

  read {
    actions = ["fis:ListExperimentTemplates"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
