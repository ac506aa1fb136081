# Elastic Load Balancing (v2 and Classic) resources (service "elasticloadbalancing"), curated from terraform-provider-aws source.

resource "aws_alb" {
  service = "elasticloadbalancing"
  source  = "terraform-provider-aws af55dfb90500e80afb9d9ba64a76024e500c948a internal/service/elbv2/load_balancer.go (aws_alb is the alias of aws_lb)"
  arn     = "${arn}"
  note    = "provider-model v6.60.0 also lists DescribeCapacityReservation (read), ModifyCapacityReservation and ModifyIpPools (update) for attributes added after the version read"

  read {
    actions = [
      "elasticloadbalancing:DescribeLoadBalancerAttributes",
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:DescribeTags",
    ]
    source  = "resourceLoadBalancerRead: FindLoadBalancerByARN; flattenResource: DescribeLoadBalancerAttributes, ListTags (DescribeTags)"
  }

  create {
    actions = [
      "elasticloadbalancing:CreateLoadBalancer",
      "elasticloadbalancing:ModifyLoadBalancerAttributes",
    ]
    source  = "resourceLoadBalancerCreate: CreateLoadBalancer, waitLoadBalancerActive; resourceLoadBalancerUpdate (called by create) always sets deletion_protection etc. on a new LB"
  }

  create {
    if_set  = "ip_address_type"
    actions = ["elasticloadbalancing:SetIpAddressType"]
    source  = "resourceLoadBalancerUpdate (called by create): HasChange(ip_address_type)"
  }

  create {
    if_set  = "security_groups"
    actions = ["elasticloadbalancing:SetSecurityGroups"]
    source  = "resourceLoadBalancerUpdate (called by create): HasChange(security_groups)"
  }

  create {
    if_set  = "tags"
    actions = ["elasticloadbalancing:AddTags"]
    source  = "AWS docs: Elastic Load Balancing, tagging on create needs elasticloadbalancing:AddTags (condition key elasticloadbalancing:CreateAction); resourceLoadBalancerCreate passes Tags to CreateLoadBalancer"
  }

  update {
    attributes = [
      "access_logs",
      "desync_mitigation_mode",
      "drop_invalid_header_fields",
      "enable_cross_zone_load_balancing",
      "enable_deletion_protection",
      "enable_http2",
      "enable_waf_fail_open",
      "idle_timeout",
    ]
    actions    = ["elasticloadbalancing:ModifyLoadBalancerAttributes"]
    source     = "resourceLoadBalancerUpdate: ModifyLoadBalancerAttributes"
  }

  update {
    attributes = ["ip_address_type"]
    actions    = ["elasticloadbalancing:SetIpAddressType"]
    source     = "resourceLoadBalancerUpdate"
  }

  update {
    attributes = ["security_groups"]
    actions    = ["elasticloadbalancing:SetSecurityGroups"]
    source     = "resourceLoadBalancerUpdate"
  }

  update {
    attributes = ["subnets"]
    actions    = ["elasticloadbalancing:SetSubnets"]
    source     = "resourceLoadBalancerUpdate (network LBs: subnet changes are ForceNew)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
    source     = "resourceLoadBalancerUpdate: UpdateTags (AddTags/RemoveTags)"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = ["elasticloadbalancing:DeleteLoadBalancer"]
    source  = "resourceLoadBalancerDelete"
    note    = "cleanupALBNetworkInterfaces / waitForNLBNetworkInterfacesToDetach (ec2:DescribeNetworkInterfaces, DetachNetworkInterface, DeleteNetworkInterface) only log failures, so they are not required"
  }
}

resource "aws_alb_listener" {
  service = "elasticloadbalancing"
  source  = "terraform-provider-aws stored version (index id 2388045155) internal/service/elbv2/listener.go (aws_alb_listener is the alias of aws_lb_listener)"
  arn     = "${arn}"
  note    = "provider-model v6.60.0 also lists DescribeListenerAttributes/ModifyListenerAttributes for listener attributes added after the version read"

  read {
    actions = ["elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeTags"]
    source  = "resourceListenerRead: findListenerByARN; transparent tagging lists tags (ListTags -> DescribeTags)"
  }

  create {
    actions = ["elasticloadbalancing:CreateListener"]
    source  = "resourceListenerCreate: retryListenerCreate, RetryWhenNotFound (DescribeListeners)"
  }

  create {
    if_set  = "default_action.authenticate_cognito"
    actions = ["cognito-idp:DescribeUserPoolClient"]
    source  = "AWS docs: Authenticate users using an Application Load Balancer (authenticate-cognito needs cognito-idp:DescribeUserPoolClient)"
  }

  create {
    if_set  = "tags"
    actions = ["elasticloadbalancing:AddTags"]
    source  = "AWS docs: Elastic Load Balancing, tagging on create needs elasticloadbalancing:AddTags (condition key elasticloadbalancing:CreateAction); resourceListenerCreate passes Tags (createTags after create where unsupported)"
  }

  update {
    attributes = [
      "alpn_policy",
      "certificate_arn",
      "default_action",
      "mutual_authentication",
      "port",
      "protocol",
      "ssl_policy",
    ]
    actions    = ["elasticloadbalancing:ModifyListener"]
    source     = "resourceListenerUpdate: any change except tags -> ModifyListener"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
    source     = "transparent tagging: UpdateTags (AddTags/RemoveTags)"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  update {
    if_set     = "default_action.authenticate_cognito"
    attributes = ["default_action"]
    actions    = ["cognito-idp:DescribeUserPoolClient"]
    source     = "AWS docs: Authenticate users using an Application Load Balancer"
  }

  delete {
    actions = ["elasticloadbalancing:DeleteListener"]
    source  = "resourceListenerDelete"
  }
}

resource "aws_alb_target_group" {
  service = "elasticloadbalancing"
  source  = "terraform-provider-aws stored version (index id 1349870850) internal/service/elbv2/target_group.go (aws_alb_target_group is the alias of aws_lb_target_group)"
  arn     = "${arn}"

  read {
    actions = [
      "elasticloadbalancing:DescribeTags",
      "elasticloadbalancing:DescribeTargetGroupAttributes",
      "elasticloadbalancing:DescribeTargetGroups",
    ]
    source  = "resourceTargetGroupRead: findTargetGroupByARN, findTargetGroupAttributesByARN; transparent tagging lists tags (DescribeTags)"
  }

  create {
    actions = [
      "elasticloadbalancing:CreateTargetGroup",
      "elasticloadbalancing:ModifyTargetGroupAttributes",
    ]
    source  = "resourceTargetGroupCreate: CreateTargetGroup, then ModifyTargetGroupAttributes with stickiness/target_failover/... and targetGroupAttributes.expand"
    note    = "ModifyTargetGroupAttributes is skipped only when no attribute applies (e.g. lambda targets with defaults)"
  }

  create {
    if_set  = "tags"
    actions = ["elasticloadbalancing:AddTags"]
    source  = "AWS docs: Elastic Load Balancing, tagging on create needs elasticloadbalancing:AddTags (condition key elasticloadbalancing:CreateAction); resourceTargetGroupCreate passes Tags"
  }

  update {
    attributes = [
      "connection_termination",
      "deregistration_delay",
      "lambda_multi_value_headers_enabled",
      "load_balancing_algorithm_type",
      "load_balancing_anomaly_mitigation",
      "load_balancing_cross_zone_enabled",
      "preserve_client_ip",
      "proxy_protocol_v2",
      "slow_start",
      "stickiness",
      "target_failover",
      "target_group_health",
      "target_health_state",
    ]
    actions    = ["elasticloadbalancing:ModifyTargetGroupAttributes"]
    source     = "resourceTargetGroupUpdate: ModifyTargetGroupAttributes"
  }

  update {
    attributes = ["health_check"]
    actions    = ["elasticloadbalancing:ModifyTargetGroup"]
    source     = "resourceTargetGroupUpdate"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
    source     = "transparent tagging: UpdateTags (AddTags/RemoveTags)"
  }

  delete {
    actions = ["elasticloadbalancing:DeleteTargetGroup"]
    source  = "resourceTargetGroupDelete (retries while in use by a listener)"
  }
}

resource "aws_elb" {
  service = "elasticloadbalancing"
  source  = "terraform-provider-aws stored version (index id 2097958990) internal/service/elb/load_balancer.go"
  arn     = "arn:${partition}:elasticloadbalancing:${region}:${account}:loadbalancer/${id}"

  read {
    actions = [
      "ec2:DescribeSecurityGroups",
      "elasticloadbalancing:DescribeLoadBalancerAttributes",
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:DescribeTags",
    ]
    source  = "resourceLoadBalancerRead: findLoadBalancerByName, findLoadBalancerAttributesByName, FindSecurityGroupByNameAndVPCIDAndOwnerID (VPC ELBs); transparent tagging lists tags (DescribeTags)"
  }

  create {
    actions = [
      "elasticloadbalancing:CreateLoadBalancer",
      "elasticloadbalancing:CreateLoadBalancerListeners",
      "elasticloadbalancing:ModifyLoadBalancerAttributes",
    ]
    source  = "resourceLoadBalancerCreate: CreateLoadBalancer, then resourceLoadBalancerUpdate: listener, cross_zone_load_balancing/idle_timeout and connection_draining all differ from the empty prior state"
  }

  create {
    if_set  = "availability_zones"
    actions = ["elasticloadbalancing:EnableAvailabilityZonesForLoadBalancer"]
    source  = "resourceLoadBalancerUpdate (called by create)"
  }

  create {
    if_set  = "health_check"
    actions = ["elasticloadbalancing:ConfigureHealthCheck"]
    source  = "resourceLoadBalancerUpdate (called by create)"
  }

  create {
    if_set  = "instances"
    actions = ["elasticloadbalancing:RegisterInstancesWithLoadBalancer"]
    source  = "resourceLoadBalancerUpdate (called by create)"
  }

  create {
    if_set  = "security_groups"
    actions = ["elasticloadbalancing:ApplySecurityGroupsToLoadBalancer"]
    source  = "resourceLoadBalancerUpdate (called by create)"
  }

  create {
    if_set  = "subnets"
    actions = ["elasticloadbalancing:AttachLoadBalancerToSubnets"]
    source  = "resourceLoadBalancerUpdate (called by create)"
  }

  create {
    if_set  = "tags"
    actions = ["elasticloadbalancing:AddTags"]
    source  = "AWS docs: Elastic Load Balancing, tagging on create needs elasticloadbalancing:AddTags (condition key elasticloadbalancing:CreateAction); resourceLoadBalancerCreate passes Tags"
  }

  update {
    attributes = [
      "access_logs",
      "connection_draining",
      "connection_draining_timeout",
      "cross_zone_load_balancing",
      "desync_mitigation_mode",
      "idle_timeout",
    ]
    actions    = ["elasticloadbalancing:ModifyLoadBalancerAttributes"]
    source     = "resourceLoadBalancerUpdate"
  }

  update {
    attributes = ["availability_zones"]
    actions    = [
      "elasticloadbalancing:DisableAvailabilityZonesForLoadBalancer",
      "elasticloadbalancing:EnableAvailabilityZonesForLoadBalancer",
    ]
    source     = "resourceLoadBalancerUpdate"
  }

  update {
    attributes = ["health_check"]
    actions    = ["elasticloadbalancing:ConfigureHealthCheck"]
    source     = "resourceLoadBalancerUpdate"
  }

  update {
    attributes = ["instances"]
    actions    = [
      "elasticloadbalancing:DeregisterInstancesFromLoadBalancer",
      "elasticloadbalancing:RegisterInstancesWithLoadBalancer",
    ]
    source     = "resourceLoadBalancerUpdate"
  }

  update {
    attributes = ["listener"]
    actions    = [
      "elasticloadbalancing:CreateLoadBalancerListeners",
      "elasticloadbalancing:DeleteLoadBalancerListeners",
    ]
    source     = "resourceLoadBalancerUpdate"
  }

  update {
    attributes = ["security_groups"]
    actions    = ["elasticloadbalancing:ApplySecurityGroupsToLoadBalancer"]
    source     = "resourceLoadBalancerUpdate"
  }

  update {
    attributes = ["subnets"]
    actions    = [
      "elasticloadbalancing:AttachLoadBalancerToSubnets",
      "elasticloadbalancing:DetachLoadBalancerFromSubnets",
    ]
    source     = "resourceLoadBalancerUpdate"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
    source     = "transparent tagging: UpdateTags (AddTags/RemoveTags)"
  }

  delete {
    actions = ["elasticloadbalancing:DeleteLoadBalancer"]
    source  = "resourceLoadBalancerDelete"
    note    = "deleteNetworkInterfaces (ec2) failures only produce a warning, so its EC2 calls are not required"
  }
}

resource "aws_lb" {
  service = "elasticloadbalancing"
  source  = "terraform-provider-aws af55dfb90500e80afb9d9ba64a76024e500c948a internal/service/elbv2/load_balancer.go"
  arn     = "${arn}"
  note    = "provider-model v6.60.0 also lists DescribeCapacityReservation (read), ModifyCapacityReservation and ModifyIpPools (update) for attributes added after the version read"

  read {
    actions = [
      "elasticloadbalancing:DescribeLoadBalancerAttributes",
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:DescribeTags",
    ]
    source  = "resourceLoadBalancerRead: FindLoadBalancerByARN; flattenResource: DescribeLoadBalancerAttributes, ListTags (DescribeTags)"
  }

  create {
    actions = [
      "elasticloadbalancing:CreateLoadBalancer",
      "elasticloadbalancing:ModifyLoadBalancerAttributes",
    ]
    source  = "resourceLoadBalancerCreate: CreateLoadBalancer, waitLoadBalancerActive; resourceLoadBalancerUpdate (called by create) always sets deletion_protection etc. on a new LB"
  }

  create {
    if_set  = "ip_address_type"
    actions = ["elasticloadbalancing:SetIpAddressType"]
    source  = "resourceLoadBalancerUpdate (called by create): HasChange(ip_address_type)"
  }

  create {
    if_set  = "security_groups"
    actions = ["elasticloadbalancing:SetSecurityGroups"]
    source  = "resourceLoadBalancerUpdate (called by create): HasChange(security_groups)"
  }

  create {
    if_set  = "tags"
    actions = ["elasticloadbalancing:AddTags"]
    source  = "AWS docs: Elastic Load Balancing, tagging on create needs elasticloadbalancing:AddTags (condition key elasticloadbalancing:CreateAction); resourceLoadBalancerCreate passes Tags to CreateLoadBalancer"
  }

  update {
    attributes = [
      "access_logs",
      "desync_mitigation_mode",
      "drop_invalid_header_fields",
      "enable_cross_zone_load_balancing",
      "enable_deletion_protection",
      "enable_http2",
      "enable_waf_fail_open",
      "idle_timeout",
    ]
    actions    = ["elasticloadbalancing:ModifyLoadBalancerAttributes"]
    source     = "resourceLoadBalancerUpdate: ModifyLoadBalancerAttributes"
  }

  update {
    attributes = ["ip_address_type"]
    actions    = ["elasticloadbalancing:SetIpAddressType"]
    source     = "resourceLoadBalancerUpdate"
  }

  update {
    attributes = ["security_groups"]
    actions    = ["elasticloadbalancing:SetSecurityGroups"]
    source     = "resourceLoadBalancerUpdate"
  }

  update {
    attributes = ["subnets"]
    actions    = ["elasticloadbalancing:SetSubnets"]
    source     = "resourceLoadBalancerUpdate (network LBs: subnet changes are ForceNew)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
    source     = "resourceLoadBalancerUpdate: UpdateTags (AddTags/RemoveTags)"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = ["elasticloadbalancing:DeleteLoadBalancer"]
    source  = "resourceLoadBalancerDelete"
    note    = "cleanupALBNetworkInterfaces / waitForNLBNetworkInterfacesToDetach (ec2:DescribeNetworkInterfaces, DetachNetworkInterface, DeleteNetworkInterface) only log failures, so they are not required"
  }
}

resource "aws_lb_listener" {
  service = "elasticloadbalancing"
  source  = "terraform-provider-aws stored version (index id 2388045155) internal/service/elbv2/listener.go"
  arn     = "${arn}"
  note    = "provider-model v6.60.0 also lists DescribeListenerAttributes/ModifyListenerAttributes for listener attributes added after the version read"

  read {
    actions = ["elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeTags"]
    source  = "resourceListenerRead: findListenerByARN; transparent tagging lists tags (ListTags -> DescribeTags)"
  }

  create {
    actions = ["elasticloadbalancing:CreateListener"]
    source  = "resourceListenerCreate: retryListenerCreate, RetryWhenNotFound (DescribeListeners)"
  }

  create {
    if_set  = "default_action.authenticate_cognito"
    actions = ["cognito-idp:DescribeUserPoolClient"]
    source  = "AWS docs: Authenticate users using an Application Load Balancer (authenticate-cognito needs cognito-idp:DescribeUserPoolClient)"
  }

  create {
    if_set  = "tags"
    actions = ["elasticloadbalancing:AddTags"]
    source  = "AWS docs: Elastic Load Balancing, tagging on create needs elasticloadbalancing:AddTags (condition key elasticloadbalancing:CreateAction); resourceListenerCreate passes Tags (createTags after create where unsupported)"
  }

  update {
    attributes = [
      "alpn_policy",
      "certificate_arn",
      "default_action",
      "mutual_authentication",
      "port",
      "protocol",
      "ssl_policy",
    ]
    actions    = ["elasticloadbalancing:ModifyListener"]
    source     = "resourceListenerUpdate: any change except tags -> ModifyListener"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
    source     = "transparent tagging: UpdateTags (AddTags/RemoveTags)"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  update {
    if_set     = "default_action.authenticate_cognito"
    attributes = ["default_action"]
    actions    = ["cognito-idp:DescribeUserPoolClient"]
    source     = "AWS docs: Authenticate users using an Application Load Balancer"
  }

  delete {
    actions = ["elasticloadbalancing:DeleteListener"]
    source  = "resourceListenerDelete"
  }
}

resource "aws_lb_listener_rule" {
  service = "elasticloadbalancing"
  source  = "terraform-provider-aws stored version (index id 2058983980) internal/service/elbv2/listener_rule.go (v5 handlers; cross-checked with 032c4f076a6cb8e54a85cb60f237cb80ab18b36b, a v6 version that only adds the transform argument)"
  arn     = "${arn}"

  read {
    actions = ["elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTags"]
    source  = "resourceListenerRuleRead: findListenerRuleByARN; transparent tagging lists tags (ListTags -> DescribeTags)"
  }

  create {
    actions  = ["elasticloadbalancing:CreateRule"]
    resource = "${listener_arn}"
    source   = "resourceListenerRuleCreate: retryListenerRuleCreate"
    note     = "CreateRule is authorized on the listener (its only resource type), not on the rule it creates"
  }

  create {
    if_set  = "action.authenticate_cognito"
    actions = ["cognito-idp:DescribeUserPoolClient"]
    source  = "AWS docs: Authenticate users using an Application Load Balancer (authenticate-cognito needs cognito-idp:DescribeUserPoolClient)"
  }

  create {
    if_set  = "tags_all"
    actions = ["elasticloadbalancing:AddTags"]
    source  = "AWS docs: Elastic Load Balancing, tagging on create needs elasticloadbalancing:AddTags (condition key elasticloadbalancing:CreateAction); resourceListenerRuleCreate passes Tags to CreateRule (createTags after create where unsupported)"
  }

  create {
    unless_set = "priority"
    actions    = ["elasticloadbalancing:DescribeRules"]
    source     = "retryListenerRuleCreate: highestListenerRulePriority (DescribeRules of the listener) when no priority is set"
  }

  update {
    attributes = ["action", "condition"]
    actions    = ["elasticloadbalancing:ModifyRule"]
    source     = "resourceListenerRuleUpdate: ModifyRule with the changed actions and/or conditions"
  }

  update {
    attributes = ["priority"]
    actions    = ["elasticloadbalancing:SetRulePriorities"]
    source     = "resourceListenerRuleUpdate: SetRulePriorities"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
    source     = "transparent tagging: UpdateTags (AddTags/RemoveTags)"
  }

  update {
    if_set     = "action.authenticate_cognito"
    attributes = ["action"]
    actions    = ["cognito-idp:DescribeUserPoolClient"]
    source     = "AWS docs: Authenticate users using an Application Load Balancer"
  }

  delete {
    actions = ["elasticloadbalancing:DeleteRule"]
    source  = "resourceListenerRuleDelete"
  }
}

resource "aws_lb_target_group" {
  service = "elasticloadbalancing"
  source  = "terraform-provider-aws stored version (index id 1349870850) internal/service/elbv2/target_group.go"
  arn     = "${arn}"

  read {
    actions = [
      "elasticloadbalancing:DescribeTags",
      "elasticloadbalancing:DescribeTargetGroupAttributes",
      "elasticloadbalancing:DescribeTargetGroups",
    ]
    source  = "resourceTargetGroupRead: findTargetGroupByARN, findTargetGroupAttributesByARN; transparent tagging lists tags (DescribeTags)"
  }

  create {
    actions = [
      "elasticloadbalancing:CreateTargetGroup",
      "elasticloadbalancing:ModifyTargetGroupAttributes",
    ]
    source  = "resourceTargetGroupCreate: CreateTargetGroup, then ModifyTargetGroupAttributes with stickiness/target_failover/... and targetGroupAttributes.expand"
    note    = "ModifyTargetGroupAttributes is skipped only when no attribute applies (e.g. lambda targets with defaults)"
  }

  create {
    if_set  = "tags"
    actions = ["elasticloadbalancing:AddTags"]
    source  = "AWS docs: Elastic Load Balancing, tagging on create needs elasticloadbalancing:AddTags (condition key elasticloadbalancing:CreateAction); resourceTargetGroupCreate passes Tags"
  }

  update {
    attributes = [
      "connection_termination",
      "deregistration_delay",
      "lambda_multi_value_headers_enabled",
      "load_balancing_algorithm_type",
      "load_balancing_anomaly_mitigation",
      "load_balancing_cross_zone_enabled",
      "preserve_client_ip",
      "proxy_protocol_v2",
      "slow_start",
      "stickiness",
      "target_failover",
      "target_group_health",
      "target_health_state",
    ]
    actions    = ["elasticloadbalancing:ModifyTargetGroupAttributes"]
    source     = "resourceTargetGroupUpdate: ModifyTargetGroupAttributes"
  }

  update {
    attributes = ["health_check"]
    actions    = ["elasticloadbalancing:ModifyTargetGroup"]
    source     = "resourceTargetGroupUpdate"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
    source     = "transparent tagging: UpdateTags (AddTags/RemoveTags)"
  }

  delete {
    actions = ["elasticloadbalancing:DeleteTargetGroup"]
    source  = "resourceTargetGroupDelete (retries while in use by a listener)"
  }
}

resource "aws_lb_target_group_attachment" {
  service = "elasticloadbalancing"
  source  = "terraform-provider-aws 07e0d0b940f57c782f8fcc9ccfd8b19f59383b51 internal/service/elbv2/target_group_attachment.go"
  note    = "no Update handler: every argument is ForceNew"

  read {
    actions = ["elasticloadbalancing:DescribeTargetHealth"]
    source  = "resourceAttachmentRead: findTargetHealthDescription"
    note    = "resourceAttachmentCreate does not read back: DescribeTargetHealth is made on refresh only"
  }

  create {
    actions  = ["elasticloadbalancing:RegisterTargets"]
    resource = "${target_group_arn}"
    source   = "resourceAttachmentCreate: RegisterTargets (retried on InvalidTargetException)"
  }

  delete {
    actions  = ["elasticloadbalancing:DeregisterTargets"]
    resource = "${target_group_arn}"
    source   = "resourceAttachmentDelete"
  }
}
