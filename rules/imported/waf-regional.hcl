# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_wafregional_byte_match_set" {
  service = "waf-regional"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafregional.resourceByteMatchSetCreate, wafregional.resourceByteMatchSetRead, wafregional.resourceByteMatchSetUpdate, wafregional.resourceByteMatchSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf-regional:GetByteMatchSet"]
    source  = "wafregional.resourceByteMatchSetRead"
  }

  create {
    actions = [
      "waf-regional:CreateByteMatchSet",
      "waf-regional:GetByteMatchSet",
      "waf-regional:GetChangeToken",
      "waf-regional:UpdateByteMatchSet",
    ]
    source  = "wafregional.resourceByteMatchSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf-regional:UpdateByteMatchSet"]
    source     = "wafregional.resourceByteMatchSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "waf-regional:DeleteByteMatchSet",
      "waf-regional:GetChangeToken",
      "waf-regional:UpdateByteMatchSet",
    ]
    source  = "wafregional.resourceByteMatchSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_wafregional_geo_match_set" {
  service = "waf-regional"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafregional.resourceGeoMatchSetCreate, wafregional.resourceGeoMatchSetRead, wafregional.resourceGeoMatchSetUpdate, wafregional.resourceGeoMatchSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf-regional:GetGeoMatchSet"]
    source  = "wafregional.resourceGeoMatchSetRead"
  }

  create {
    actions = [
      "waf-regional:CreateGeoMatchSet",
      "waf-regional:GetChangeToken",
      "waf-regional:GetGeoMatchSet",
      "waf-regional:UpdateGeoMatchSet",
    ]
    source  = "wafregional.resourceGeoMatchSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf-regional:UpdateGeoMatchSet"]
    source     = "wafregional.resourceGeoMatchSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "waf-regional:DeleteGeoMatchSet",
      "waf-regional:GetChangeToken",
      "waf-regional:UpdateGeoMatchSet",
    ]
    source  = "wafregional.resourceGeoMatchSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_wafregional_ipset" {
  service = "waf-regional"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafregional.resourceIPSetCreate, wafregional.resourceIPSetRead, wafregional.resourceIPSetUpdate, wafregional.resourceIPSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf-regional:GetIPSet"]
    source  = "wafregional.resourceIPSetRead"
  }

  create {
    actions = [
      "waf-regional:CreateIPSet",
      "waf-regional:GetChangeToken",
      "waf-regional:GetIPSet",
      "waf-regional:UpdateIPSet",
    ]
    source  = "wafregional.resourceIPSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf-regional:UpdateIPSet"]
    source     = "wafregional.resourceIPSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "waf-regional:DeleteIPSet",
      "waf-regional:GetChangeToken",
      "waf-regional:UpdateIPSet",
    ]
    source  = "wafregional.resourceIPSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_wafregional_rate_based_rule" {
  service = "waf-regional"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafregional.resourceRateBasedRuleCreate, wafregional.resourceRateBasedRuleRead, wafregional.resourceRateBasedRuleUpdate, wafregional.resourceRateBasedRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf-regional:GetRateBasedRule", "waf-regional:ListTagsForResource"]
    source  = "wafregional.resourceRateBasedRuleRead + wafregional.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "waf-regional:CreateRateBasedRule",
      "waf-regional:GetChangeToken",
      "waf-regional:GetRateBasedRule",
      "waf-regional:UpdateRateBasedRule",
    ]
    source  = "wafregional.resourceRateBasedRuleCreate"
  }

  update {
    attributes = []
    actions    = ["waf-regional:UpdateRateBasedRule"]
    source     = "wafregional.resourceRateBasedRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["waf-regional:TagResource", "waf-regional:UntagResource"]
    source     = "wafregional.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "waf-regional:DeleteRateBasedRule",
      "waf-regional:GetChangeToken",
      "waf-regional:UpdateRateBasedRule",
    ]
    source  = "wafregional.resourceRateBasedRuleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_wafregional_regex_match_set" {
  service = "waf-regional"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafregional.resourceRegexMatchSetCreate, wafregional.resourceRegexMatchSetRead, wafregional.resourceRegexMatchSetUpdate, wafregional.resourceRegexMatchSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf-regional:GetRegexMatchSet"]
    source  = "wafregional.resourceRegexMatchSetRead"
  }

  create {
    actions = [
      "waf-regional:CreateRegexMatchSet",
      "waf-regional:GetChangeToken",
      "waf-regional:GetRegexMatchSet",
      "waf-regional:UpdateRegexMatchSet",
    ]
    source  = "wafregional.resourceRegexMatchSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf-regional:UpdateRegexMatchSet"]
    source     = "wafregional.resourceRegexMatchSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "waf-regional:DeleteRegexMatchSet",
      "waf-regional:GetChangeToken",
      "waf-regional:UpdateRegexMatchSet",
    ]
    source  = "wafregional.resourceRegexMatchSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_wafregional_regex_pattern_set" {
  service = "waf-regional"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafregional.resourceRegexPatternSetCreate, wafregional.resourceRegexPatternSetRead, wafregional.resourceRegexPatternSetUpdate, wafregional.resourceRegexPatternSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf-regional:GetRegexPatternSet"]
    source  = "wafregional.resourceRegexPatternSetRead"
  }

  create {
    actions = [
      "waf-regional:CreateRegexPatternSet",
      "waf-regional:GetChangeToken",
      "waf-regional:GetRegexPatternSet",
      "waf-regional:UpdateRegexPatternSet",
    ]
    source  = "wafregional.resourceRegexPatternSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf-regional:UpdateRegexPatternSet"]
    source     = "wafregional.resourceRegexPatternSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "waf-regional:DeleteRegexPatternSet",
      "waf-regional:GetChangeToken",
      "waf-regional:UpdateRegexPatternSet",
    ]
    source  = "wafregional.resourceRegexPatternSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_wafregional_rule" {
  service = "waf-regional"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafregional.resourceRuleCreate, wafregional.resourceRuleRead, wafregional.resourceRuleUpdate, wafregional.resourceRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf-regional:GetRule", "waf-regional:ListTagsForResource"]
    source  = "wafregional.resourceRuleRead + wafregional.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "waf-regional:CreateRule",
      "waf-regional:GetChangeToken",
      "waf-regional:GetRule",
      "waf-regional:UpdateRule",
    ]
    source  = "wafregional.resourceRuleCreate"
  }

  update {
    attributes = []
    actions    = ["waf-regional:UpdateRule"]
    source     = "wafregional.resourceRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["waf-regional:TagResource", "waf-regional:UntagResource"]
    source     = "wafregional.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["waf-regional:DeleteRule", "waf-regional:GetChangeToken", "waf-regional:UpdateRule"]
    source  = "wafregional.resourceRuleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_wafregional_rule_group" {
  service = "waf-regional"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafregional.resourceRuleGroupCreate, wafregional.resourceRuleGroupRead, wafregional.resourceRuleGroupUpdate, wafregional.resourceRuleGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "waf-regional:GetRuleGroup",
      "waf-regional:ListActivatedRulesInRuleGroup",
      "waf-regional:ListTagsForResource",
    ]
    source  = "wafregional.resourceRuleGroupRead + wafregional.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "waf-regional:CreateRuleGroup",
      "waf-regional:GetChangeToken",
      "waf-regional:GetRuleGroup",
      "waf-regional:ListActivatedRulesInRuleGroup",
      "waf-regional:UpdateRuleGroup",
    ]
    source  = "wafregional.resourceRuleGroupCreate"
  }

  update {
    attributes = []
    actions    = ["waf-regional:UpdateRuleGroup"]
    source     = "wafregional.resourceRuleGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["waf-regional:TagResource", "waf-regional:UntagResource"]
    source     = "wafregional.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "waf-regional:DeleteRuleGroup",
      "waf-regional:GetChangeToken",
      "waf-regional:UpdateRuleGroup",
    ]
    source  = "wafregional.resourceRuleGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_wafregional_size_constraint_set" {
  service = "waf-regional"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafregional.resourceSizeConstraintSetCreate, wafregional.resourceSizeConstraintSetRead, wafregional.resourceSizeConstraintSetUpdate, wafregional.resourceSizeConstraintSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf-regional:GetSizeConstraintSet"]
    source  = "wafregional.resourceSizeConstraintSetRead"
  }

  create {
    actions = [
      "waf-regional:CreateSizeConstraintSet",
      "waf-regional:GetChangeToken",
      "waf-regional:GetSizeConstraintSet",
      "waf-regional:UpdateSizeConstraintSet",
    ]
    source  = "wafregional.resourceSizeConstraintSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf-regional:UpdateSizeConstraintSet"]
    source     = "wafregional.resourceSizeConstraintSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "waf-regional:DeleteSizeConstraintSet",
      "waf-regional:GetChangeToken",
      "waf-regional:UpdateSizeConstraintSet",
    ]
    source  = "wafregional.resourceSizeConstraintSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_wafregional_sql_injection_match_set" {
  service = "waf-regional"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafregional.resourceSQLInjectionMatchSetCreate, wafregional.resourceSQLInjectionMatchSetRead, wafregional.resourceSQLInjectionMatchSetUpdate, wafregional.resourceSQLInjectionMatchSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf-regional:GetSqlInjectionMatchSet"]
    source  = "wafregional.resourceSQLInjectionMatchSetRead"
  }

  create {
    actions = [
      "waf-regional:CreateSqlInjectionMatchSet",
      "waf-regional:GetChangeToken",
      "waf-regional:GetSqlInjectionMatchSet",
      "waf-regional:UpdateSqlInjectionMatchSet",
    ]
    source  = "wafregional.resourceSQLInjectionMatchSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf-regional:UpdateSqlInjectionMatchSet"]
    source     = "wafregional.resourceSQLInjectionMatchSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "waf-regional:DeleteSqlInjectionMatchSet",
      "waf-regional:GetChangeToken",
      "waf-regional:UpdateSqlInjectionMatchSet",
    ]
    source  = "wafregional.resourceSQLInjectionMatchSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_wafregional_web_acl" {
  service = "waf-regional"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafregional.resourceWebACLCreate, wafregional.resourceWebACLRead, wafregional.resourceWebACLUpdate, wafregional.resourceWebACLDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "waf-regional:GetLoggingConfiguration",
      "waf-regional:GetWebACL",
      "waf-regional:ListTagsForResource",
    ]
    source  = "wafregional.resourceWebACLRead + wafregional.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "iam:CreateServiceLinkedRole",
      "waf-regional:CreateWebACL",
      "waf-regional:GetChangeToken",
      "waf-regional:GetLoggingConfiguration",
      "waf-regional:GetWebACL",
      "waf-regional:PutLoggingConfiguration",
      "waf-regional:UpdateWebACL",
    ]
    source  = "wafregional.resourceWebACLCreate"
  }

  update {
    attributes = []
    actions    = [
      "iam:CreateServiceLinkedRole",
      "waf-regional:DeleteLoggingConfiguration",
      "waf-regional:PutLoggingConfiguration",
      "waf-regional:UpdateWebACL",
    ]
    source     = "wafregional.resourceWebACLUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["waf-regional:TagResource", "waf-regional:UntagResource"]
    source     = "wafregional.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "waf-regional:DeleteWebACL",
      "waf-regional:GetChangeToken",
      "waf-regional:UpdateWebACL",
    ]
    source  = "wafregional.resourceWebACLDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_wafregional_web_acl_association" {
  service = "waf-regional"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafregional.resourceWebACLAssociationCreate, wafregional.resourceWebACLAssociationRead, wafregional.resourceWebACLAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf-regional:GetWebACLForResource"]
    source  = "wafregional.resourceWebACLAssociationRead"
  }

  create {
    actions = ["waf-regional:AssociateWebACL"]
    source  = "wafregional.resourceWebACLAssociationCreate"
  }

  delete {
    actions = ["waf-regional:DisassociateWebACL"]
    source  = "wafregional.resourceWebACLAssociationDelete"
  }
}

resource "aws_wafregional_xss_match_set" {
  service = "waf-regional"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (wafregional.resourceXSSMatchSetCreate, wafregional.resourceXSSMatchSetRead, wafregional.resourceXSSMatchSetUpdate, wafregional.resourceXSSMatchSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf-regional:GetXssMatchSet"]
    source  = "wafregional.resourceXSSMatchSetRead"
  }

  create {
    actions = [
      "waf-regional:CreateXssMatchSet",
      "waf-regional:GetChangeToken",
      "waf-regional:GetXssMatchSet",
      "waf-regional:UpdateXssMatchSet",
    ]
    source  = "wafregional.resourceXSSMatchSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf-regional:UpdateXssMatchSet"]
    source     = "wafregional.resourceXSSMatchSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "waf-regional:DeleteXssMatchSet",
      "waf-regional:GetChangeToken",
      "waf-regional:UpdateXssMatchSet",
    ]
    source  = "wafregional.resourceXSSMatchSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_wafregional_ipset" {
  service = "waf-regional"
  source  = "import: pike data/wafregional/aws_wafregional_ipset.json"

  read {
    actions = ["waf-regional:ListIPSets"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_wafregional_rate_based_rule" {
  service = "waf-regional"
  source  = "import: pike data/wafregional/aws_wafregional_rate_based_rule.json"

  read {
    actions = ["waf-regional:ListRateBasedRules"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_wafregional_rule" {
  service = "waf-regional"
  source  = "import: pike data/wafregional/aws_wafregional_rule.json"

  read {
    actions = ["waf-regional:ListRules"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_wafregional_subscribed_rule_group" {
  service = "waf-regional"
  source  = "import: pike data/wafregional/aws_wafregional_subscribed_rule_group.json"

  read {
    actions = ["waf-regional:ListSubscribedRuleGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_wafregional_web_acl" {
  service = "waf-regional"
  source  = "import: pike data/wafregional/aws_wafregional_web_acl.json"

  read {
    actions = ["waf-regional:ListWebACLs"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
