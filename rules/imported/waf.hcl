# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_waf_byte_match_set" {
  service = "waf"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (waf.resourceByteMatchSetCreate, waf.resourceByteMatchSetRead, waf.resourceByteMatchSetUpdate, waf.resourceByteMatchSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf:GetByteMatchSet"]
    source  = "waf.resourceByteMatchSetRead"
  }

  create {
    actions = [
      "waf:CreateByteMatchSet",
      "waf:GetByteMatchSet",
      "waf:GetChangeToken",
      "waf:UpdateByteMatchSet",
    ]
    source  = "waf.resourceByteMatchSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf:UpdateByteMatchSet"]
    source     = "waf.resourceByteMatchSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["waf:DeleteByteMatchSet", "waf:GetChangeToken", "waf:UpdateByteMatchSet"]
    source  = "waf.resourceByteMatchSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_waf_geo_match_set" {
  service = "waf"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (waf.resourceGeoMatchSetCreate, waf.resourceGeoMatchSetRead, waf.resourceGeoMatchSetUpdate, waf.resourceGeoMatchSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf:GetGeoMatchSet"]
    source  = "waf.resourceGeoMatchSetRead"
  }

  create {
    actions = [
      "waf:CreateGeoMatchSet",
      "waf:GetChangeToken",
      "waf:GetGeoMatchSet",
      "waf:UpdateGeoMatchSet",
    ]
    source  = "waf.resourceGeoMatchSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf:UpdateGeoMatchSet"]
    source     = "waf.resourceGeoMatchSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["waf:DeleteGeoMatchSet", "waf:GetChangeToken", "waf:UpdateGeoMatchSet"]
    source  = "waf.resourceGeoMatchSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_waf_ipset" {
  service = "waf"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (waf.resourceIPSetCreate, waf.resourceIPSetRead, waf.resourceIPSetUpdate, waf.resourceIPSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf:GetIPSet"]
    source  = "waf.resourceIPSetRead"
  }

  create {
    actions = ["waf:CreateIPSet", "waf:GetChangeToken", "waf:GetIPSet", "waf:UpdateIPSet"]
    source  = "waf.resourceIPSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf:UpdateIPSet"]
    source     = "waf.resourceIPSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["waf:DeleteIPSet", "waf:GetChangeToken", "waf:UpdateIPSet"]
    source  = "waf.resourceIPSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_waf_rate_based_rule" {
  service = "waf"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (waf.resourceRateBasedRuleCreate, waf.resourceRateBasedRuleRead, waf.resourceRateBasedRuleUpdate, waf.resourceRateBasedRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf:GetRateBasedRule", "waf:ListTagsForResource"]
    source  = "waf.resourceRateBasedRuleRead + waf.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "waf:CreateRateBasedRule",
      "waf:GetChangeToken",
      "waf:GetRateBasedRule",
      "waf:UpdateRateBasedRule",
    ]
    source  = "waf.resourceRateBasedRuleCreate"
  }

  update {
    attributes = []
    actions    = ["waf:UpdateRateBasedRule"]
    source     = "waf.resourceRateBasedRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["waf:TagResource", "waf:UntagResource"]
    source     = "waf.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["waf:DeleteRateBasedRule", "waf:GetChangeToken", "waf:UpdateRateBasedRule"]
    source  = "waf.resourceRateBasedRuleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_waf_regex_match_set" {
  service = "waf"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (waf.resourceRegexMatchSetCreate, waf.resourceRegexMatchSetRead, waf.resourceRegexMatchSetUpdate, waf.resourceRegexMatchSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf:GetRegexMatchSet"]
    source  = "waf.resourceRegexMatchSetRead"
  }

  create {
    actions = [
      "waf:CreateRegexMatchSet",
      "waf:GetChangeToken",
      "waf:GetRegexMatchSet",
      "waf:UpdateRegexMatchSet",
    ]
    source  = "waf.resourceRegexMatchSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf:UpdateRegexMatchSet"]
    source     = "waf.resourceRegexMatchSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["waf:DeleteRegexMatchSet", "waf:GetChangeToken", "waf:UpdateRegexMatchSet"]
    source  = "waf.resourceRegexMatchSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_waf_regex_pattern_set" {
  service = "waf"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (waf.resourceRegexPatternSetCreate, waf.resourceRegexPatternSetRead, waf.resourceRegexPatternSetUpdate, waf.resourceRegexPatternSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf:GetRegexPatternSet"]
    source  = "waf.resourceRegexPatternSetRead"
  }

  create {
    actions = [
      "waf:CreateRegexPatternSet",
      "waf:GetChangeToken",
      "waf:GetRegexPatternSet",
      "waf:UpdateRegexPatternSet",
    ]
    source  = "waf.resourceRegexPatternSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf:UpdateRegexPatternSet"]
    source     = "waf.resourceRegexPatternSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["waf:DeleteRegexPatternSet", "waf:GetChangeToken", "waf:UpdateRegexPatternSet"]
    source  = "waf.resourceRegexPatternSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_waf_rule" {
  service = "waf"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (waf.resourceRuleCreate, waf.resourceRuleRead, waf.resourceRuleUpdate, waf.resourceRuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf:GetRule", "waf:ListTagsForResource"]
    source  = "waf.resourceRuleRead + waf.(*servicePackage).ListTags"
  }

  create {
    actions = ["waf:CreateRule", "waf:GetChangeToken", "waf:GetRule", "waf:UpdateRule"]
    source  = "waf.resourceRuleCreate"
  }

  update {
    attributes = []
    actions    = ["waf:UpdateRule"]
    source     = "waf.resourceRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["waf:TagResource", "waf:UntagResource"]
    source     = "waf.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["waf:DeleteRule", "waf:GetChangeToken", "waf:UpdateRule"]
    source  = "waf.resourceRuleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_waf_rule_group" {
  service = "waf"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (waf.resourceRuleGroupCreate, waf.resourceRuleGroupRead, waf.resourceRuleGroupUpdate, waf.resourceRuleGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf:GetRuleGroup", "waf:ListActivatedRulesInRuleGroup", "waf:ListTagsForResource"]
    source  = "waf.resourceRuleGroupRead + waf.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "waf:CreateRuleGroup",
      "waf:GetChangeToken",
      "waf:GetRuleGroup",
      "waf:ListActivatedRulesInRuleGroup",
      "waf:UpdateRuleGroup",
    ]
    source  = "waf.resourceRuleGroupCreate"
  }

  update {
    attributes = []
    actions    = ["waf:UpdateRuleGroup"]
    source     = "waf.resourceRuleGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["waf:TagResource", "waf:UntagResource"]
    source     = "waf.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["waf:DeleteRuleGroup", "waf:GetChangeToken", "waf:UpdateRuleGroup"]
    source  = "waf.resourceRuleGroupDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_waf_size_constraint_set" {
  service = "waf"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (waf.resourceSizeConstraintSetCreate, waf.resourceSizeConstraintSetRead, waf.resourceSizeConstraintSetUpdate, waf.resourceSizeConstraintSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf:GetSizeConstraintSet"]
    source  = "waf.resourceSizeConstraintSetRead"
  }

  create {
    actions = [
      "waf:CreateSizeConstraintSet",
      "waf:GetChangeToken",
      "waf:GetSizeConstraintSet",
      "waf:UpdateSizeConstraintSet",
    ]
    source  = "waf.resourceSizeConstraintSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf:UpdateSizeConstraintSet"]
    source     = "waf.resourceSizeConstraintSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["waf:DeleteSizeConstraintSet", "waf:GetChangeToken", "waf:UpdateSizeConstraintSet"]
    source  = "waf.resourceSizeConstraintSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_waf_sql_injection_match_set" {
  service = "waf"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (waf.resourceSQLInjectionMatchSetCreate, waf.resourceSQLInjectionMatchSetRead, waf.resourceSQLInjectionMatchSetUpdate, waf.resourceSQLInjectionMatchSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf:GetSqlInjectionMatchSet"]
    source  = "waf.resourceSQLInjectionMatchSetRead"
  }

  create {
    actions = [
      "waf:CreateSqlInjectionMatchSet",
      "waf:GetChangeToken",
      "waf:GetSqlInjectionMatchSet",
      "waf:UpdateSqlInjectionMatchSet",
    ]
    source  = "waf.resourceSQLInjectionMatchSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf:UpdateSqlInjectionMatchSet"]
    source     = "waf.resourceSQLInjectionMatchSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "waf:DeleteSqlInjectionMatchSet",
      "waf:GetChangeToken",
      "waf:UpdateSqlInjectionMatchSet",
    ]
    source  = "waf.resourceSQLInjectionMatchSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_waf_web_acl" {
  service = "waf"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (waf.resourceWebACLCreate, waf.resourceWebACLRead, waf.resourceWebACLUpdate, waf.resourceWebACLDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf:GetLoggingConfiguration", "waf:GetWebACL", "waf:ListTagsForResource"]
    source  = "waf.resourceWebACLRead + waf.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "iam:CreateServiceLinkedRole",
      "waf:CreateWebACL",
      "waf:GetChangeToken",
      "waf:GetLoggingConfiguration",
      "waf:GetWebACL",
      "waf:PutLoggingConfiguration",
      "waf:UpdateWebACL",
    ]
    source  = "waf.resourceWebACLCreate"
  }

  update {
    attributes = []
    actions    = [
      "iam:CreateServiceLinkedRole",
      "waf:DeleteLoggingConfiguration",
      "waf:PutLoggingConfiguration",
      "waf:UpdateWebACL",
    ]
    source     = "waf.resourceWebACLUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["waf:TagResource", "waf:UntagResource"]
    source     = "waf.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["waf:DeleteWebACL", "waf:GetChangeToken", "waf:UpdateWebACL"]
    source  = "waf.resourceWebACLDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_waf_xss_match_set" {
  service = "waf"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (waf.resourceXSSMatchSetCreate, waf.resourceXSSMatchSetRead, waf.resourceXSSMatchSetUpdate, waf.resourceXSSMatchSetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["waf:GetXssMatchSet"]
    source  = "waf.resourceXSSMatchSetRead"
  }

  create {
    actions = [
      "waf:CreateXssMatchSet",
      "waf:GetChangeToken",
      "waf:GetXssMatchSet",
      "waf:UpdateXssMatchSet",
    ]
    source  = "waf.resourceXSSMatchSetCreate"
  }

  update {
    attributes = []
    actions    = ["waf:UpdateXssMatchSet"]
    source     = "waf.resourceXSSMatchSetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["waf:DeleteXssMatchSet", "waf:GetChangeToken", "waf:UpdateXssMatchSet"]
    source  = "waf.resourceXSSMatchSetDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_waf_ipset" {
  service = "waf"
  source  = "import: pike data/waf/aws_waf_ipset.json"

  read {
    actions = ["waf:ListIPSets"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_waf_rate_based_rule" {
  service = "waf"
  source  = "import: pike data/waf/aws_waf_rate_based_rule.json"

  read {
    actions = ["waf:ListRateBasedRules"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_waf_rule" {
  service = "waf"
  source  = "import: pike data/waf/aws_waf_rule.json"

  read {
    actions = ["waf:ListRules"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_waf_subscribed_rule_group" {
  service = "waf"
  source  = "import: pike data/waf/aws_waf_subscribed_rule_group.json"

  read {
    actions = ["waf:ListSubscribedRuleGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_waf_web_acl" {
  service = "waf"
  source  = "import: pike data/waf/aws_waf_web_acl.json"

  read {
    actions = ["waf:ListWebACLs"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
