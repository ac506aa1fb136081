# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_prometheus_alert_manager_definition" {
  service = "aps"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amp.resourceAlertManagerDefinitionCreate, amp.resourceAlertManagerDefinitionRead, amp.resourceAlertManagerDefinitionUpdate, amp.resourceAlertManagerDefinitionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["aps:DescribeAlertManagerDefinition"]
    source  = "amp.resourceAlertManagerDefinitionRead"
  }

  create {
    actions = ["aps:CreateAlertManagerDefinition", "aps:DescribeAlertManagerDefinition"]
    source  = "amp.resourceAlertManagerDefinitionCreate"
  }

  update {
    attributes = []
    actions    = ["aps:PutAlertManagerDefinition"]
    source     = "amp.resourceAlertManagerDefinitionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["aps:DeleteAlertManagerDefinition", "aps:DescribeAlertManagerDefinition"]
    source  = "amp.resourceAlertManagerDefinitionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_prometheus_anomaly_detector" {
  service = "aps"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amp.(*anomalyDetectorResource).Create, amp.(*anomalyDetectorResource).Read, amp.(*anomalyDetectorResource).Update, amp.(*anomalyDetectorResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: aps:CreateAnomalyDetector, aps:DeleteAnomalyDetector, aps:DescribeAnomalyDetector, aps:PutAnomalyDetector"

  read {
    actions = ["aps:DescribeAnomalyDetector", "aps:ListTagsForResource"]
    source  = "amp.(*anomalyDetectorResource).Read + amp.(*servicePackage).ListTags"
  }

  create {
    actions = ["aps:CreateAnomalyDetector", "aps:DescribeAnomalyDetector"]
    source  = "amp.(*anomalyDetectorResource).Create"
  }

  update {
    attributes = []
    actions    = ["aps:PutAnomalyDetector"]
    source     = "amp.(*anomalyDetectorResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["aps:TagResource", "aps:UntagResource"]
    source     = "amp.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["aps:DeleteAnomalyDetector", "aps:DescribeAnomalyDetector"]
    source  = "amp.(*anomalyDetectorResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_prometheus_query_logging_configuration" {
  service = "aps"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amp.(*queryLoggingConfigurationResource).Create, amp.(*queryLoggingConfigurationResource).Read, amp.(*queryLoggingConfigurationResource).Update, amp.(*queryLoggingConfigurationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: aps:CreateQueryLoggingConfiguration, aps:DeleteQueryLoggingConfiguration, aps:DescribeQueryLoggingConfiguration, aps:UpdateQueryLoggingConfiguration"

  read {
    actions = ["aps:DescribeQueryLoggingConfiguration"]
    source  = "amp.(*queryLoggingConfigurationResource).Read"
  }

  create {
    actions = ["aps:CreateQueryLoggingConfiguration", "aps:DescribeQueryLoggingConfiguration"]
    source  = "amp.(*queryLoggingConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["aps:UpdateQueryLoggingConfiguration"]
    source     = "amp.(*queryLoggingConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["aps:DeleteQueryLoggingConfiguration", "aps:DescribeQueryLoggingConfiguration"]
    source  = "amp.(*queryLoggingConfigurationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_prometheus_resource_policy" {
  service = "aps"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amp.(*resourcePolicyResource).Create, amp.(*resourcePolicyResource).Read, amp.(*resourcePolicyResource).Update, amp.(*resourcePolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: aps:DeleteResourcePolicy, aps:DescribeResourcePolicy, aps:PutResourcePolicy"

  read {
    actions = ["aps:DescribeResourcePolicy"]
    source  = "amp.(*resourcePolicyResource).Read"
  }

  create {
    actions = ["aps:DescribeResourcePolicy", "aps:PutResourcePolicy"]
    source  = "amp.(*resourcePolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["aps:PutResourcePolicy"]
    source     = "amp.(*resourcePolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["aps:DeleteResourcePolicy", "aps:DescribeResourcePolicy"]
    source  = "amp.(*resourcePolicyResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_prometheus_rule_group_namespace" {
  service = "aps"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amp.resourceRuleGroupNamespaceCreate, amp.resourceRuleGroupNamespaceRead, amp.resourceRuleGroupNamespaceUpdate, amp.resourceRuleGroupNamespaceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["aps:DescribeRuleGroupsNamespace", "aps:ListTagsForResource"]
    source  = "amp.resourceRuleGroupNamespaceRead + amp.(*servicePackage).ListTags"
  }

  create {
    actions = ["aps:CreateRuleGroupsNamespace", "aps:DescribeRuleGroupsNamespace"]
    source  = "amp.resourceRuleGroupNamespaceCreate"
  }

  update {
    attributes = []
    actions    = ["aps:PutRuleGroupsNamespace"]
    source     = "amp.resourceRuleGroupNamespaceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["aps:TagResource", "aps:UntagResource"]
    source     = "amp.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["aps:DeleteRuleGroupsNamespace", "aps:DescribeRuleGroupsNamespace"]
    source  = "amp.resourceRuleGroupNamespaceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_prometheus_scraper" {
  service = "aps"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amp.(*scraperResource).Create, amp.(*scraperResource).Read, amp.(*scraperResource).Update, amp.(*scraperResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: aps:CreateScraper, aps:DeleteScraper, aps:DescribeScraper, aps:UpdateScraper"

  read {
    actions = ["aps:DescribeScraper", "aps:ListTagsForResource"]
    source  = "amp.(*scraperResource).Read + amp.(*servicePackage).ListTags"
  }

  create {
    actions = ["aps:CreateScraper", "aps:DescribeScraper"]
    source  = "amp.(*scraperResource).Create"
  }

  update {
    attributes = []
    actions    = ["aps:UpdateScraper"]
    source     = "amp.(*scraperResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["aps:TagResource", "aps:UntagResource"]
    source     = "amp.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["aps:DeleteScraper", "aps:DescribeScraper"]
    source  = "amp.(*scraperResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_prometheus_scraper_logging_configuration" {
  service = "aps"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amp.(*scraperLoggingConfigurationResource).Create, amp.(*scraperLoggingConfigurationResource).Read, amp.(*scraperLoggingConfigurationResource).Update, amp.(*scraperLoggingConfigurationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: aps:DeleteScraperLoggingConfiguration, aps:DescribeScraperLoggingConfiguration, aps:UpdateScraperLoggingConfiguration"

  read {
    actions = ["aps:DescribeScraperLoggingConfiguration"]
    source  = "amp.(*scraperLoggingConfigurationResource).Read"
  }

  create {
    actions = ["aps:DescribeScraperLoggingConfiguration", "aps:UpdateScraperLoggingConfiguration"]
    source  = "amp.(*scraperLoggingConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["aps:UpdateScraperLoggingConfiguration"]
    source     = "amp.(*scraperLoggingConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["aps:DeleteScraperLoggingConfiguration", "aps:DescribeScraperLoggingConfiguration"]
    source  = "amp.(*scraperLoggingConfigurationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_prometheus_workspace" {
  service = "aps"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amp.resourceWorkspaceCreate, amp.resourceWorkspaceRead, amp.resourceWorkspaceUpdate, amp.resourceWorkspaceDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "aps:DescribeLoggingConfiguration",
      "aps:DescribeWorkspace",
      "aps:ListTagsForResource",
    ]
    source  = "amp.resourceWorkspaceRead + amp.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "aps:CreateLoggingConfiguration",
      "aps:CreateWorkspace",
      "aps:DescribeLoggingConfiguration",
      "aps:DescribeWorkspace",
    ]
    source  = "amp.resourceWorkspaceCreate"
  }

  update {
    attributes = []
    actions    = [
      "aps:CreateLoggingConfiguration",
      "aps:DeleteLoggingConfiguration",
      "aps:UpdateLoggingConfiguration",
      "aps:UpdateWorkspaceAlias",
    ]
    source     = "amp.resourceWorkspaceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["aps:TagResource", "aps:UntagResource"]
    source     = "amp.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["aps:DeleteWorkspace", "aps:DescribeWorkspace"]
    source  = "amp.resourceWorkspaceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_prometheus_workspace_configuration" {
  service = "aps"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (amp.(*workspaceConfigurationResource).Create, amp.(*workspaceConfigurationResource).Read, amp.(*workspaceConfigurationResource).Update) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: aps:DescribeWorkspaceConfiguration, aps:UpdateWorkspaceConfiguration"

  read {
    actions = ["aps:DescribeWorkspaceConfiguration"]
    source  = "amp.(*workspaceConfigurationResource).Read"
  }

  create {
    actions = ["aps:DescribeWorkspaceConfiguration", "aps:UpdateWorkspaceConfiguration"]
    source  = "amp.(*workspaceConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["aps:UpdateWorkspaceConfiguration"]
    source     = "amp.(*workspaceConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

data "aws_prometheus_default_scraper_configuration" {
  service = "aps"
  source  = "import: pike data/aps/aws_prometheus_default_scraper_configuration.json"

  read {
    actions = ["aps:GetDefaultScraperConfiguration"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_prometheus_workspace" {
  service = "aps"
  source  = "import: pike data/aps/aws_prometheus_workspace.json + data/prometheus/aws_prometheus_workspace.json"

  read {
    actions = ["aps:DescribeWorkspace"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_prometheus_workspaces" {
  service = "aps"
  source  = "import: pike data/prometheus/aws_prometheus_workspaces.json"

  read {
    actions = ["aps:ListWorkspaces"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
