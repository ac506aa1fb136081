# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_auditmanager_account_registration" {
  service = "auditmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (auditmanager.(*accountRegistrationResource).Create, auditmanager.(*accountRegistrationResource).Read, auditmanager.(*accountRegistrationResource).Update, auditmanager.(*accountRegistrationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["auditmanager:GetAccountStatus"]
    source  = "auditmanager.(*accountRegistrationResource).Read"
  }

  create {
    actions = ["auditmanager:GetAccountStatus", "auditmanager:RegisterAccount"]
    source  = "auditmanager.(*accountRegistrationResource).Create"
  }

  update {
    attributes = []
    actions    = ["auditmanager:RegisterAccount"]
    source     = "auditmanager.(*accountRegistrationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["auditmanager:DeregisterAccount"]
    source  = "auditmanager.(*accountRegistrationResource).Delete"
  }
}

resource "aws_auditmanager_assessment" {
  service = "auditmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (auditmanager.(*assessmentResource).Create, auditmanager.(*assessmentResource).Read, auditmanager.(*assessmentResource).Update, auditmanager.(*assessmentResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["auditmanager:GetAssessment", "auditmanager:ListTagsForResource"]
    source  = "auditmanager.(*assessmentResource).Read + auditmanager.(*servicePackage).ListTags"
  }

  create {
    actions = ["auditmanager:CreateAssessment"]
    source  = "auditmanager.(*assessmentResource).Create"
  }

  update {
    attributes = []
    actions    = ["auditmanager:UpdateAssessment"]
    source     = "auditmanager.(*assessmentResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["auditmanager:TagResource", "auditmanager:UntagResource"]
    source     = "auditmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["auditmanager:DeleteAssessment"]
    source  = "auditmanager.(*assessmentResource).Delete"
  }
}

resource "aws_auditmanager_assessment_delegation" {
  service = "auditmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (auditmanager.(*assessmentDelegationResource).Create, auditmanager.(*assessmentDelegationResource).Read, auditmanager.(*assessmentDelegationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["auditmanager:GetDelegations"]
    source  = "auditmanager.(*assessmentDelegationResource).Read"
  }

  create {
    actions = ["auditmanager:BatchCreateDelegationByAssessment"]
    source  = "auditmanager.(*assessmentDelegationResource).Create"
  }

  delete {
    actions = ["auditmanager:BatchDeleteDelegationByAssessment"]
    source  = "auditmanager.(*assessmentDelegationResource).Delete"
  }
}

resource "aws_auditmanager_assessment_report" {
  service = "auditmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (auditmanager.(*assessmentReportResource).Create, auditmanager.(*assessmentReportResource).Read, auditmanager.(*assessmentReportResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["auditmanager:ListAssessmentReports"]
    source  = "auditmanager.(*assessmentReportResource).Read"
  }

  create {
    actions = ["auditmanager:CreateAssessmentReport"]
    source  = "auditmanager.(*assessmentReportResource).Create"
  }

  delete {
    actions = ["auditmanager:DeleteAssessmentReport"]
    source  = "auditmanager.(*assessmentReportResource).Delete"
  }
}

resource "aws_auditmanager_control" {
  service = "auditmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (auditmanager.(*controlResource).Create, auditmanager.(*controlResource).Read, auditmanager.(*controlResource).Update, auditmanager.(*controlResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["auditmanager:GetControl", "auditmanager:ListTagsForResource"]
    source  = "auditmanager.(*controlResource).Read + auditmanager.(*servicePackage).ListTags"
  }

  create {
    actions = ["auditmanager:CreateControl"]
    source  = "auditmanager.(*controlResource).Create"
  }

  update {
    attributes = []
    actions    = ["auditmanager:UpdateControl"]
    source     = "auditmanager.(*controlResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["auditmanager:TagResource", "auditmanager:UntagResource"]
    source     = "auditmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["auditmanager:DeleteControl"]
    source  = "auditmanager.(*controlResource).Delete"
  }
}

resource "aws_auditmanager_framework" {
  service = "auditmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (auditmanager.(*frameworkResource).Create, auditmanager.(*frameworkResource).Read, auditmanager.(*frameworkResource).Update, auditmanager.(*frameworkResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["auditmanager:GetAssessmentFramework", "auditmanager:ListTagsForResource"]
    source  = "auditmanager.(*frameworkResource).Read + auditmanager.(*servicePackage).ListTags"
  }

  create {
    actions = ["auditmanager:CreateAssessmentFramework"]
    source  = "auditmanager.(*frameworkResource).Create"
  }

  update {
    attributes = []
    actions    = ["auditmanager:UpdateAssessmentFramework"]
    source     = "auditmanager.(*frameworkResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["auditmanager:TagResource", "auditmanager:UntagResource"]
    source     = "auditmanager.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["auditmanager:DeleteAssessmentFramework"]
    source  = "auditmanager.(*frameworkResource).Delete"
  }
}

resource "aws_auditmanager_framework_share" {
  service = "auditmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (auditmanager.(*frameworkShareResource).Create, auditmanager.(*frameworkShareResource).Read, auditmanager.(*frameworkShareResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["auditmanager:ListAssessmentFrameworkShareRequests"]
    source  = "auditmanager.(*frameworkShareResource).Read"
  }

  create {
    actions = ["auditmanager:StartAssessmentFrameworkShare"]
    source  = "auditmanager.(*frameworkShareResource).Create"
  }

  delete {
    actions = [
      "auditmanager:DeleteAssessmentFrameworkShare",
      "auditmanager:ListAssessmentFrameworkShareRequests",
      "auditmanager:UpdateAssessmentFrameworkShare",
    ]
    source  = "auditmanager.(*frameworkShareResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_auditmanager_organization_admin_account_registration" {
  service = "auditmanager"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (auditmanager.(*organizationAdminAccountRegistrationResource).Create, auditmanager.(*organizationAdminAccountRegistrationResource).Read, auditmanager.(*organizationAdminAccountRegistrationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["auditmanager:GetOrganizationAdminAccount"]
    source  = "auditmanager.(*organizationAdminAccountRegistrationResource).Read"
  }

  create {
    actions = ["auditmanager:RegisterOrganizationAdminAccount"]
    source  = "auditmanager.(*organizationAdminAccountRegistrationResource).Create"
  }

  delete {
    actions = ["auditmanager:DeregisterOrganizationAdminAccount"]
    source  = "auditmanager.(*organizationAdminAccountRegistrationResource).Delete"
  }
}

data "aws_auditmanager_control" {
  service = "auditmanager"
  source  = "import: pike data/auditmanager/aws_auditmanager_control.json"

  read {
    actions = ["auditmanager:ListControls"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_auditmanager_framework" {
  service = "auditmanager"
  source  = "import: pike data/auditmanager/aws_auditmanager_framework.json"

  read {
    actions = ["auditmanager:ListAssessmentFrameworks"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
