# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_wafv2_api_key" {
  service = "wafv2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafv2.(*apiKeyResource).Create, wafv2.(*apiKeyResource).Read, wafv2.(*apiKeyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: wafv2:CreateAPIKey, wafv2:DeleteAPIKey, wafv2:ListAPIKeys"

  read {
    actions = ["wafv2:ListAPIKeys"]
    source  = "wafv2.(*apiKeyResource).Read"
  }

  create {
    actions = ["wafv2:CreateAPIKey"]
    source  = "wafv2.(*apiKeyResource).Create"
  }

  delete {
    actions = ["wafv2:DeleteAPIKey"]
    source  = "wafv2.(*apiKeyResource).Delete"
  }
}

resource "aws_wafv2_ip_set" {
  service = "wafv2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafv2.resourceIPSetCreate, wafv2.resourceIPSetRead, wafv2.resourceIPSetUpdate, wafv2.resourceIPSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["wafv2:GetIPSet", "wafv2:ListTagsForResource"]
    source  = "wafv2.resourceIPSetRead + wafv2.(*servicePackage).ListTags"
  }

  create {
    actions = ["wafv2:CreateIPSet", "wafv2:GetIPSet"]
    source  = "wafv2.resourceIPSetCreate"
  }

  update {
    attributes = []
    actions    = ["wafv2:UpdateIPSet"]
    source     = "wafv2.resourceIPSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["wafv2:TagResource", "wafv2:UntagResource"]
    source     = "wafv2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["wafv2:DeleteIPSet"]
    source  = "wafv2.resourceIPSetDelete"
  }
}

resource "aws_wafv2_regex_pattern_set" {
  service = "wafv2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafv2.resourceRegexPatternSetCreate, wafv2.resourceRegexPatternSetRead, wafv2.resourceRegexPatternSetUpdate, wafv2.resourceRegexPatternSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["wafv2:GetRegexPatternSet", "wafv2:ListTagsForResource"]
    source  = "wafv2.resourceRegexPatternSetRead + wafv2.(*servicePackage).ListTags"
  }

  create {
    actions = ["wafv2:CreateRegexPatternSet", "wafv2:GetRegexPatternSet"]
    source  = "wafv2.resourceRegexPatternSetCreate"
  }

  update {
    attributes = []
    actions    = ["wafv2:UpdateRegexPatternSet"]
    source     = "wafv2.resourceRegexPatternSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["wafv2:TagResource", "wafv2:UntagResource"]
    source     = "wafv2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["wafv2:DeleteRegexPatternSet"]
    source  = "wafv2.resourceRegexPatternSetDelete"
  }
}

resource "aws_wafv2_rule_group" {
  service = "wafv2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafv2.resourceRuleGroupCreate, wafv2.resourceRuleGroupRead, wafv2.resourceRuleGroupUpdate, wafv2.resourceRuleGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["wafv2:GetRuleGroup", "wafv2:ListTagsForResource"]
    source  = "wafv2.resourceRuleGroupRead + wafv2.(*servicePackage).ListTags"
  }

  create {
    actions = ["wafv2:CreateRuleGroup", "wafv2:GetRuleGroup"]
    source  = "wafv2.resourceRuleGroupCreate"
  }

  update {
    attributes = []
    actions    = ["wafv2:UpdateRuleGroup"]
    source     = "wafv2.resourceRuleGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["wafv2:TagResource", "wafv2:UntagResource"]
    source     = "wafv2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["wafv2:DeleteRuleGroup"]
    source  = "wafv2.resourceRuleGroupDelete"
  }
}

resource "aws_wafv2_web_acl" {
  service = "wafv2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafv2.resourceWebACLCreate, wafv2.resourceWebACLRead, wafv2.resourceWebACLUpdate, wafv2.resourceWebACLDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["wafv2:GetWebACL", "wafv2:ListTagsForResource"]
    source  = "wafv2.resourceWebACLRead + wafv2.(*servicePackage).ListTags"
  }

  create {
    actions = ["wafv2:CreateWebACL", "wafv2:GetWebACL"]
    source  = "wafv2.resourceWebACLCreate"
  }

  update {
    attributes = []
    actions    = ["wafv2:UpdateWebACL"]
    source     = "wafv2.resourceWebACLUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["wafv2:TagResource", "wafv2:UntagResource"]
    source     = "wafv2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["wafv2:DeleteWebACL", "wafv2:GetWebACL"]
    source  = "wafv2.resourceWebACLDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_wafv2_web_acl_association" {
  service = "wafv2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafv2.resourceWebACLAssociationCreate, wafv2.resourceWebACLAssociationRead, wafv2.resourceWebACLAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["wafv2:GetWebACLForResource"]
    source  = "wafv2.resourceWebACLAssociationRead"
  }

  create {
    actions = ["wafv2:AssociateWebACL", "wafv2:GetWebACLForResource"]
    source  = "wafv2.resourceWebACLAssociationCreate"
  }

  delete {
    actions = ["wafv2:DisassociateWebACL"]
    source  = "wafv2.resourceWebACLAssociationDelete"
  }
}

resource "aws_wafv2_web_acl_logging_configuration" {
  service = "wafv2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafv2.resourceWebACLLoggingConfigurationPut, wafv2.resourceWebACLLoggingConfigurationRead, wafv2.resourceWebACLLoggingConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["wafv2:GetLoggingConfiguration"]
    source  = "wafv2.resourceWebACLLoggingConfigurationRead"
  }

  create {
    actions = [
      "iam:CreateServiceLinkedRole",
      "wafv2:GetLoggingConfiguration",
      "wafv2:PutLoggingConfiguration",
    ]
    source  = "wafv2.resourceWebACLLoggingConfigurationPut"
  }

  update {
    attributes = []
    actions    = ["iam:CreateServiceLinkedRole", "wafv2:PutLoggingConfiguration"]
    source     = "wafv2.resourceWebACLLoggingConfigurationPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["wafv2:DeleteLoggingConfiguration"]
    source  = "wafv2.resourceWebACLLoggingConfigurationDelete"
  }
}

resource "aws_wafv2_web_acl_rule" {
  service = "wafv2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafv2.(*resourceWebACLRule).Create, wafv2.(*resourceWebACLRule).Read, wafv2.(*resourceWebACLRule).Update, wafv2.(*resourceWebACLRule).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["wafv2:GetWebACL"]
    source  = "wafv2.(*resourceWebACLRule).Read"
  }

  create {
    actions = ["wafv2:GetWebACL", "wafv2:UpdateWebACL"]
    source  = "wafv2.(*resourceWebACLRule).Create"
  }

  update {
    attributes = []
    actions    = ["wafv2:UpdateWebACL"]
    source     = "wafv2.(*resourceWebACLRule).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["wafv2:GetWebACL", "wafv2:UpdateWebACL"]
    source  = "wafv2.(*resourceWebACLRule).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_wafv2_web_acl_rule_group_association" {
  service = "wafv2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafv2.(*resourceWebACLRuleGroupAssociation).Create, wafv2.(*resourceWebACLRuleGroupAssociation).Read, wafv2.(*resourceWebACLRuleGroupAssociation).Update, wafv2.(*resourceWebACLRuleGroupAssociation).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["wafv2:GetWebACL"]
    source  = "wafv2.(*resourceWebACLRuleGroupAssociation).Read"
  }

  create {
    actions = ["wafv2:GetWebACL", "wafv2:UpdateWebACL"]
    source  = "wafv2.(*resourceWebACLRuleGroupAssociation).Create"
  }

  update {
    attributes = []
    actions    = ["wafv2:UpdateWebACL"]
    source     = "wafv2.(*resourceWebACLRuleGroupAssociation).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["wafv2:GetWebACL", "wafv2:UpdateWebACL"]
    source  = "wafv2.(*resourceWebACLRuleGroupAssociation).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_wafv2_ip_set" {
  service = "wafv2"
  source  = "import: pike data/wafv2/aws_wafv2_ip_set.json"

  read {
    actions = ["wafv2:ListIPSets"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_wafv2_managed_rule_group" {
  service = "wafv2"
  source  = "import: pike data/wafv2/aws_wafv2_managed_rule_group.json"

  read {
    actions = ["wafv2:GetRuleGroup"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_wafv2_regex_pattern_set" {
  service = "wafv2"
  source  = "import: pike data/wafv2/aws_wafv2_regex_pattern_set.json"

  read {
    actions = ["wafv2:ListRegexPatternSets"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_wafv2_rule_group" {
  service = "wafv2"
  source  = "import: pike data/wafv2/aws_wafv2_rule_group.json"

  read {
    actions = ["wafv2:ListRuleGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_wafv2_web_acl" {
  service = "wafv2"
  source  = "import: pike data/wafv2/aws_wafv2_web_acl.json"

  read {
    actions = ["wafv2:ListWebACLs"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
