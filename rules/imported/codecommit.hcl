# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_codecommit_approval_rule_template" {
  service = "codecommit"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codecommit.resourceApprovalRuleTemplateCreate, codecommit.resourceApprovalRuleTemplateRead, codecommit.resourceApprovalRuleTemplateUpdate, codecommit.resourceApprovalRuleTemplateDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codecommit:GetApprovalRuleTemplate"]
    source  = "codecommit.resourceApprovalRuleTemplateRead"
  }

  create {
    actions = ["codecommit:CreateApprovalRuleTemplate", "codecommit:GetApprovalRuleTemplate"]
    source  = "codecommit.resourceApprovalRuleTemplateCreate"
  }

  update {
    attributes = []
    actions    = [
      "codecommit:UpdateApprovalRuleTemplateContent",
      "codecommit:UpdateApprovalRuleTemplateDescription",
      "codecommit:UpdateApprovalRuleTemplateName",
    ]
    source     = "codecommit.resourceApprovalRuleTemplateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["codecommit:DeleteApprovalRuleTemplate"]
    source  = "codecommit.resourceApprovalRuleTemplateDelete"
  }
}

resource "aws_codecommit_approval_rule_template_association" {
  service = "codecommit"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codecommit.resourceApprovalRuleTemplateAssociationCreate, codecommit.resourceApprovalRuleTemplateAssociationRead, codecommit.resourceApprovalRuleTemplateAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codecommit:ListRepositoriesForApprovalRuleTemplate"]
    source  = "codecommit.resourceApprovalRuleTemplateAssociationRead"
  }

  create {
    actions = [
      "codecommit:AssociateApprovalRuleTemplateWithRepository",
      "codecommit:ListRepositoriesForApprovalRuleTemplate",
    ]
    source  = "codecommit.resourceApprovalRuleTemplateAssociationCreate"
  }

  delete {
    actions = ["codecommit:DisassociateApprovalRuleTemplateFromRepository"]
    source  = "codecommit.resourceApprovalRuleTemplateAssociationDelete"
  }
}

resource "aws_codecommit_trigger" {
  service = "codecommit"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codecommit.resourceTriggerCreate, codecommit.resourceTriggerRead, codecommit.resourceTriggerDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["codecommit:GetRepositoryTriggers"]
    source  = "codecommit.resourceTriggerRead"
  }

  create {
    actions = ["codecommit:GetRepositoryTriggers", "codecommit:PutRepositoryTriggers"]
    source  = "codecommit.resourceTriggerCreate"
  }

  delete {
    actions = ["codecommit:PutRepositoryTriggers"]
    source  = "codecommit.resourceTriggerDelete"
  }
}

data "aws_codecommit_approval_rule_template" {
  service = "codecommit"
  source  = "import: pike data/codecommit/aws_codecommit_approval_rule_template.json"

  read {
    actions = ["codecommit:GetApprovalRuleTemplate"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_codecommit_repository" {
  service = "codecommit"
  source  = "import: pike data/codecommit/aws_codecommit_repository.json"

  read {
    actions = ["codecommit:GetRepository"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
