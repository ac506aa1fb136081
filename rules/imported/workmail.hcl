# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_workmail_default_domain" {
  service = "workmail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workmail.(*defaultDomainResource).Create, workmail.(*defaultDomainResource).Read, workmail.(*defaultDomainResource).Update) + iamlive-map 2022-08-19"

  read {
    actions = ["workmail:ListMailDomains"]
    source  = "workmail.(*defaultDomainResource).Read"
  }

  create {
    actions = ["workmail:UpdateDefaultMailDomain"]
    source  = "workmail.(*defaultDomainResource).Create"
  }

  update {
    attributes = []
    actions    = ["workmail:UpdateDefaultMailDomain"]
    source     = "workmail.(*defaultDomainResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_workmail_domain" {
  service = "workmail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workmail.(*domainResource).Create, workmail.(*domainResource).Read, workmail.(*domainResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["workmail:GetMailDomain"]
    source  = "workmail.(*domainResource).Read"
  }

  create {
    actions = ["workmail:GetMailDomain", "workmail:RegisterMailDomain"]
    source  = "workmail.(*domainResource).Create"
  }

  delete {
    actions = ["workmail:DeregisterMailDomain"]
    source  = "workmail.(*domainResource).Delete"
  }
}

resource "aws_workmail_group" {
  service = "workmail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workmail.(*groupResource).Create, workmail.(*groupResource).Read, workmail.(*groupResource).Update, workmail.(*groupResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: workmail:UpdateGroup"

  read {
    actions = ["workmail:DescribeGroup"]
    source  = "workmail.(*groupResource).Read"
  }

  create {
    actions = ["workmail:CreateGroup", "workmail:DescribeGroup", "workmail:RegisterToWorkMail"]
    source  = "workmail.(*groupResource).Create"
  }

  update {
    attributes = []
    actions    = ["workmail:UpdateGroup"]
    source     = "workmail.(*groupResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["workmail:DeleteGroup", "workmail:DeregisterFromWorkMail", "workmail:DescribeGroup"]
    source  = "workmail.(*groupResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_workmail_organization" {
  service = "workmail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workmail.(*organizationResource).Create, workmail.(*organizationResource).Read, workmail.(*organizationResource).Update (no call-graph entry), workmail.(*organizationResource).Delete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update workmail.(*organizationResource).Update (no call-graph entry)"

  read {
    actions = ["workmail:DescribeOrganization", "workmail:ListTagsForResource"]
    source  = "workmail.(*organizationResource).Read + workmail.(*servicePackage).ListTags"
  }

  create {
    actions = ["workmail:CreateOrganization", "workmail:DescribeOrganization"]
    source  = "workmail.(*organizationResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["workmail:TagResource", "workmail:UntagResource"]
    source     = "workmail.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["workmail:DeleteOrganization", "workmail:DescribeOrganization"]
    source  = "workmail.(*organizationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_workmail_user" {
  service = "workmail"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (workmail.(*userResource).Create, workmail.(*userResource).Read, workmail.(*userResource).Update, workmail.(*userResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: workmail:UpdateUser"

  read {
    actions = ["workmail:DescribeUser"]
    source  = "workmail.(*userResource).Read"
  }

  create {
    actions = [
      "workmail:CreateUser",
      "workmail:DescribeUser",
      "workmail:RegisterToWorkMail",
      "workmail:UpdateUser",
    ]
    source  = "workmail.(*userResource).Create"
  }

  update {
    attributes = []
    actions    = ["workmail:ResetPassword", "workmail:UpdateUser"]
    source     = "workmail.(*userResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["workmail:DeleteUser", "workmail:DeregisterFromWorkMail", "workmail:DescribeUser"]
    source  = "workmail.(*userResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
