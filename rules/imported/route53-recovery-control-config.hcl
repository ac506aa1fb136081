# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_route53recoverycontrolconfig_cluster" {
  service = "route53-recovery-control-config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53recoverycontrolconfig.resourceClusterCreate, route53recoverycontrolconfig.resourceClusterRead, route53recoverycontrolconfig.resourceClusterUpdate, route53recoverycontrolconfig.resourceClusterDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: route53-recovery-control-config:UntagResource; not in iamlive-map, identical IAM name used: route53-recovery-control-config:UpdateCluster"

  read {
    actions = [
      "route53-recovery-control-config:DescribeCluster",
      "route53-recovery-control-config:ListTagsForResource",
    ]
    source  = "route53recoverycontrolconfig.resourceClusterRead + route53recoverycontrolconfig.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "route53-recovery-control-config:CreateCluster",
      "route53-recovery-control-config:DescribeCluster",
    ]
    source  = "route53recoverycontrolconfig.resourceClusterCreate"
  }

  create {
    if_set  = "tags"
    actions = ["route53-recovery-control-config:TagResource"]
    source  = "route53recoverycontrolconfig.resourceClusterCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["route53-recovery-control-config:UpdateCluster"]
    source     = "route53recoverycontrolconfig.resourceClusterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = [
      "route53-recovery-control-config:TagResource",
      "route53-recovery-control-config:UntagResource",
    ]
    source     = "route53recoverycontrolconfig.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "route53-recovery-control-config:DeleteCluster",
      "route53-recovery-control-config:DescribeCluster",
    ]
    source  = "route53recoverycontrolconfig.resourceClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53recoverycontrolconfig_control_panel" {
  service = "route53-recovery-control-config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53recoverycontrolconfig.resourceControlPanelCreate, route53recoverycontrolconfig.resourceControlPanelRead, route53recoverycontrolconfig.resourceControlPanelUpdate, route53recoverycontrolconfig.resourceControlPanelDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: route53-recovery-control-config:UntagResource"

  read {
    actions = [
      "route53-recovery-control-config:DescribeControlPanel",
      "route53-recovery-control-config:ListTagsForResource",
    ]
    source  = "route53recoverycontrolconfig.resourceControlPanelRead + route53recoverycontrolconfig.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "route53-recovery-control-config:CreateControlPanel",
      "route53-recovery-control-config:DescribeControlPanel",
    ]
    source  = "route53recoverycontrolconfig.resourceControlPanelCreate"
  }

  create {
    if_set  = "tags"
    actions = ["route53-recovery-control-config:TagResource"]
    source  = "route53recoverycontrolconfig.resourceControlPanelCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["route53-recovery-control-config:UpdateControlPanel"]
    source     = "route53recoverycontrolconfig.resourceControlPanelUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = [
      "route53-recovery-control-config:TagResource",
      "route53-recovery-control-config:UntagResource",
    ]
    source     = "route53recoverycontrolconfig.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "route53-recovery-control-config:DeleteControlPanel",
      "route53-recovery-control-config:DescribeControlPanel",
    ]
    source  = "route53recoverycontrolconfig.resourceControlPanelDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53recoverycontrolconfig_routing_control" {
  service = "route53-recovery-control-config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53recoverycontrolconfig.resourceRoutingControlCreate, route53recoverycontrolconfig.resourceRoutingControlRead, route53recoverycontrolconfig.resourceRoutingControlUpdate, route53recoverycontrolconfig.resourceRoutingControlDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["route53-recovery-control-config:DescribeRoutingControl"]
    source  = "route53recoverycontrolconfig.resourceRoutingControlRead"
  }

  create {
    actions = [
      "route53-recovery-control-config:CreateRoutingControl",
      "route53-recovery-control-config:DescribeRoutingControl",
    ]
    source  = "route53recoverycontrolconfig.resourceRoutingControlCreate"
  }

  update {
    attributes = []
    actions    = ["route53-recovery-control-config:UpdateRoutingControl"]
    source     = "route53recoverycontrolconfig.resourceRoutingControlUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "route53-recovery-control-config:DeleteRoutingControl",
      "route53-recovery-control-config:DescribeRoutingControl",
    ]
    source  = "route53recoverycontrolconfig.resourceRoutingControlDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_route53recoverycontrolconfig_safety_rule" {
  service = "route53-recovery-control-config"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (route53recoverycontrolconfig.resourceSafetyRuleCreate, route53recoverycontrolconfig.resourceSafetyRuleRead, route53recoverycontrolconfig.resourceSafetyRuleUpdate, route53recoverycontrolconfig.resourceSafetyRuleDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: route53-recovery-control-config:UntagResource"

  read {
    actions = [
      "route53-recovery-control-config:DescribeSafetyRule",
      "route53-recovery-control-config:ListTagsForResource",
    ]
    source  = "route53recoverycontrolconfig.resourceSafetyRuleRead + route53recoverycontrolconfig.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "route53-recovery-control-config:CreateSafetyRule",
      "route53-recovery-control-config:DescribeSafetyRule",
    ]
    source  = "route53recoverycontrolconfig.resourceSafetyRuleCreate"
  }

  create {
    if_set  = "tags"
    actions = ["route53-recovery-control-config:TagResource"]
    source  = "route53recoverycontrolconfig.resourceSafetyRuleCreate: the create handler itself reaches the tagging calls of UpdateTags (TagResource)"
  }

  update {
    attributes = []
    actions    = ["route53-recovery-control-config:UpdateSafetyRule"]
    source     = "route53recoverycontrolconfig.resourceSafetyRuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = [
      "route53-recovery-control-config:TagResource",
      "route53-recovery-control-config:UntagResource",
    ]
    source     = "route53recoverycontrolconfig.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "route53-recovery-control-config:DeleteSafetyRule",
      "route53-recovery-control-config:DescribeSafetyRule",
    ]
    source  = "route53recoverycontrolconfig.resourceSafetyRuleDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
