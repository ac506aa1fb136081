# Elastic Load Balancing (v2 and Classic) resources (service "elasticloadbalancing"), curated from terraform-provider-aws source.

resource "aws_elb" {
  service           = "elasticloadbalancing"
  source            = "terraform-provider-aws stored version (index id 2097958990) internal/service/elb/load_balancer.go"
  arn               = "arn:${partition}:elasticloadbalancing:${region}:${account}:loadbalancer/${id}"
  provider_versions = "5.100.0, 6.x"

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
  service           = "elasticloadbalancing"
  source            = "terraform-provider-aws 00edc94be7a89c4c485415cdec27094875f61bfc internal/service/elbv2/load_balancer.go (handlers unchanged from 5.100.0: its schema matches `terraform providers schema` of 5.100.0 but for the v6 region/identity; calls checked with captures of provider 5.100.0)"
  arn               = "${arn}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = [
      "elasticloadbalancing:DescribeLoadBalancerAttributes",
      "elasticloadbalancing:DescribeLoadBalancers",
      "elasticloadbalancing:DescribeTags",
    ]
    source  = "resourceLoadBalancerRead: findLoadBalancerByARN, findLoadBalancerAttributesByARN; transparent tagging lists tags (DescribeTags)"
  }

  read {
    unless_equals = ["load_balancer_type", "gateway"]
    actions       = ["elasticloadbalancing:DescribeCapacityReservation"]
    source        = "resourceLoadBalancerRead: findCapacityReservationByARN for application and network load balancers (minimum_load_balancer_capacity, provider 5.99.0+); capture: provider 5.100.0, on every read of an ALB"
    note          = "the provider ignores AccessDenied (and InvalidAction) here and leaves minimum_load_balancer_capacity empty: a denial does not fail the apply, it loses the drift detection of that argument"
  }

  create {
    actions = [
      "elasticloadbalancing:CreateLoadBalancer",
      "elasticloadbalancing:ModifyLoadBalancerAttributes",
    ]
    source  = "resourceLoadBalancerCreate: findLoadBalancer by name, CreateLoadBalancer (security groups, subnets, IP address type, IPAM pools and tags in the request), waitLoadBalancerActive, then modifyLoadBalancerAttributes with access_logs/connection_logs and every loadBalancerAttributes entry of the type; capture: provider 5.100.0"
  }

  create {
    if_set  = "enforce_security_group_inbound_rules_on_private_link_traffic"
    actions = ["elasticloadbalancing:SetSecurityGroups"]
    source  = "resourceLoadBalancerCreate: SetSecurityGroups when the argument is set on a network load balancer"
  }

  create {
    if_set  = "minimum_load_balancer_capacity"
    actions = [
      "elasticloadbalancing:DescribeCapacityReservation",
      "elasticloadbalancing:ModifyCapacityReservation",
    ]
    source  = "resourceLoadBalancerCreate: modifyCapacityReservation, waitCapacityReservationProvisioned"
  }

  create {
    if_set  = "tags"
    actions = ["elasticloadbalancing:AddTags"]
    source  = "AWS docs: Elastic Load Balancing, tagging on create needs elasticloadbalancing:AddTags (condition key elasticloadbalancing:CreateAction); resourceLoadBalancerCreate passes Tags to CreateLoadBalancer"
  }

  update {
    attributes = [
      "access_logs",
      "client_keep_alive",
      "connection_logs",
      "desync_mitigation_mode",
      "dns_record_client_routing_policy",
      "drop_invalid_header_fields",
      "enable_cross_zone_load_balancing",
      "enable_deletion_protection",
      "enable_http2",
      "enable_tls_version_and_cipher_suite_headers",
      "enable_waf_fail_open",
      "enable_xff_client_port",
      "enable_zonal_shift",
      "idle_timeout",
      "preserve_host_header",
      "xff_header_processing_mode",
    ]
    actions    = ["elasticloadbalancing:ModifyLoadBalancerAttributes"]
    source     = "resourceLoadBalancerUpdate: modifyLoadBalancerAttributes with the changed access_logs/connection_logs and loadBalancerAttributes entries; capture: provider 5.100.0 (idle_timeout)"
  }

  update {
    attributes = ["enforce_security_group_inbound_rules_on_private_link_traffic", "security_groups"]
    actions    = ["elasticloadbalancing:SetSecurityGroups"]
    source     = "resourceLoadBalancerUpdate: HasChanges(enforce_security_group_inbound_rules_on_private_link_traffic, security_groups) -> SetSecurityGroups"
  }

  update {
    attributes = ["ip_address_type"]
    actions    = ["elasticloadbalancing:SetIpAddressType"]
    source     = "resourceLoadBalancerUpdate: SetIpAddressType"
  }

  update {
    attributes = ["ipam_pools"]
    actions    = ["elasticloadbalancing:ModifyIpPools"]
    source     = "resourceLoadBalancerUpdate: ModifyIpPools"
  }

  update {
    attributes = ["minimum_load_balancer_capacity"]
    actions    = [
      "elasticloadbalancing:DescribeCapacityReservation",
      "elasticloadbalancing:ModifyCapacityReservation",
    ]
    source     = "resourceLoadBalancerUpdate: modifyCapacityReservation, waitCapacityReservationProvisioned"
  }

  update {
    attributes = ["subnet_mapping", "subnets"]
    actions    = ["elasticloadbalancing:SetSubnets"]
    source     = "resourceLoadBalancerUpdate: HasChanges(subnet_mapping, subnets) -> SetSubnets (the changes customizeDiffLoadBalancerNLB/ALB do not make ForceNew)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
    source     = "transparent tagging: UpdateTags (AddTags/RemoveTags); capture: provider 5.100.0"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = ["ec2:DescribeNetworkInterfaces", "elasticloadbalancing:DeleteLoadBalancer"]
    source  = "resourceLoadBalancerDelete: DeleteLoadBalancer, then waitForALBNetworkInterfacesToDetach and waitForNLBNetworkInterfacesToDetach (FindNetworkInterfacesByAttachmentInstanceOwnerIDAndDescription)"
    note    = "the two waits only log their errors, so a denied ec2:DescribeNetworkInterfaces does not fail the destroy; it is made on every delete"
  }

  delete {
    if_set   = "ipam_pools"
    actions  = ["ec2:GetIpamPoolAllocations"]
    resource = "arn:${partition}:ec2::${account}:ipam-pool/${ipam_pools.ipv4_ipam_pool_id}"
    source   = "waitForALBNetworkInterfacesToDetach: FindIPAMPoolAllocationsByIPAMPoolIDAndResourceID for attached ENIs when an IPv4 IPAM pool is set"
    note     = "the delete waits (up to 35 minutes) for the load balancer's IPAM pool allocations to be released; errors are only logged"
  }
}

resource "aws_lb_listener" {
  service           = "elasticloadbalancing"
  source            = "terraform-provider-aws stored version (index id 4164048996) internal/service/elbv2/listener.go (schema identical to `terraform providers schema` of 5.100.0; create-time listener attributes checked with captures of provider 5.100.0)"
  arn               = "${arn}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeTags"]
    source  = "resourceListenerRead: findListenerByARN; transparent tagging lists tags (ListTags -> DescribeTags)"
  }

  read {
    unless_equals = ["protocol", "TLS"]
    actions       = ["elasticloadbalancing:DescribeListenerAttributes"]
    source        = "resourceListenerRead: findListenerAttributesByARN unless the listener's protocol is TLS; capture: provider 5.100.0, on every read of an HTTP listener"
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

  create {
    if_set  = "tcp_idle_timeout_seconds"
    actions = ["elasticloadbalancing:ModifyListenerAttributes"]
    source  = "resourceListenerCreate: modifyListenerAttributes (tcp.idle_timeout.seconds, TCP and GENEVE listeners)"
  }

  create {
    if_equals = ["protocol", "HTTP"]
    actions   = ["elasticloadbalancing:ModifyListenerAttributes"]
    source    = "resourceListenerCreate: modifyListenerAttributes with the configured listener attributes of the protocol (routing_http_response_*); capture: provider 5.100.0 (an explicit routing_http_response_server_enabled = false makes it, a listener that sets none does not)"
    note      = "predicted for every HTTP listener: an explicit routing_http_response_server_enabled = false (the usual hardening) is not visible to if_set, and an unset one is unknown in the plan"
  }

  create {
    if_equals = ["protocol", "HTTPS"]
    actions   = ["elasticloadbalancing:ModifyListenerAttributes"]
    source    = "resourceListenerCreate: modifyListenerAttributes with the configured listener attributes of the protocol (routing_http_request_*, routing_http_response_*)"
    note      = "predicted for every HTTPS listener, as for HTTP"
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
    source     = "resourceListenerUpdate: HasChangesExcept(tags, tags_all, listener attributes) -> ModifyListener; capture: provider 5.100.0 (default_action)"
  }

  update {
    attributes = [
      "routing_http_request_x_amzn_mtls_clientcert_header_name",
      "routing_http_request_x_amzn_mtls_clientcert_issuer_header_name",
      "routing_http_request_x_amzn_mtls_clientcert_leaf_header_name",
      "routing_http_request_x_amzn_mtls_clientcert_serial_number_header_name",
      "routing_http_request_x_amzn_mtls_clientcert_subject_header_name",
      "routing_http_request_x_amzn_mtls_clientcert_validity_header_name",
      "routing_http_request_x_amzn_tls_cipher_suite_header_name",
      "routing_http_request_x_amzn_tls_version_header_name",
      "routing_http_response_access_control_allow_credentials_header_value",
      "routing_http_response_access_control_allow_headers_header_value",
      "routing_http_response_access_control_allow_methods_header_value",
      "routing_http_response_access_control_allow_origin_header_value",
      "routing_http_response_access_control_expose_headers_header_value",
      "routing_http_response_access_control_max_age_header_value",
      "routing_http_response_content_security_policy_header_value",
      "routing_http_response_server_enabled",
      "routing_http_response_strict_transport_security_header_value",
      "routing_http_response_x_content_type_options_header_value",
      "routing_http_response_x_frame_options_header_value",
      "tcp_idle_timeout_seconds",
    ]
    actions    = ["elasticloadbalancing:ModifyListenerAttributes"]
    source     = "resourceListenerUpdate: HasChanges(listener attributes) -> modifyListenerAttributes"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
    source     = "transparent tagging: UpdateTags (AddTags/RemoveTags); capture: provider 5.100.0"
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
  service           = "elasticloadbalancing"
  source            = "terraform-provider-aws stored version (index id 2058983980) internal/service/elbv2/listener_rule.go (v5 handlers; cross-checked with 032c4f076a6cb8e54a85cb60f237cb80ab18b36b, a v6 version that only adds the transform argument)"
  arn               = "${arn}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

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
  service           = "elasticloadbalancing"
  source            = "terraform-provider-aws 013cfb4cddc9c44a28f34abad0c11768bcdb9b85 internal/service/elbv2/target_group.go (handlers identical to the 5.x stored version, index id 1349870850; schema matches 5.100.0's)"
  arn               = "${arn}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

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
    source  = "resourceTargetGroupCreate: findTargetGroupByName, CreateTargetGroup, then ModifyTargetGroupAttributes with stickiness/target_failover/... and targetGroupAttributes.expand; capture: provider 5.100.0"
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
    source     = "resourceTargetGroupUpdate: ModifyTargetGroupAttributes with the changed attributes; capture: provider 5.100.0 (deregistration_delay)"
  }

  update {
    attributes = ["health_check"]
    actions    = ["elasticloadbalancing:ModifyTargetGroup"]
    source     = "resourceTargetGroupUpdate: HasChange(health_check) -> ModifyTargetGroup"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"]
    source     = "transparent tagging: UpdateTags (AddTags/RemoveTags); capture: provider 5.100.0"
  }

  update {
    unless_set = "target_group_health.dns_failover.minimum_healthy_targets_count"
    attributes = ["health_check", "tags"]
    actions    = ["elasticloadbalancing:ModifyTargetGroupAttributes"]
    source     = "resourceTargetGroupUpdate: d.HasChange(target_group_health) for instance/ip targets -> ModifyTargetGroupAttributes (target_group_health.*); capture: provider 5.100.0, tags-only change of a target group read from moto (its DescribeTargetGroupAttributes omits target_group_health.*)"
    note       = "whenever the stored target_group_health values are empty (the API did not return them), the SDK's apply-time diff fills in the schema defaults (off, off, 1, off) and sees a change the plan does not show, so any update also sends those defaults"
  }

  delete {
    actions = ["elasticloadbalancing:DeleteTargetGroup"]
    source  = "resourceTargetGroupDelete (retries while in use by a listener)"
  }
}

resource "aws_lb_target_group_attachment" {
  service           = "elasticloadbalancing"
  source            = "terraform-provider-aws 07e0d0b940f57c782f8fcc9ccfd8b19f59383b51 internal/service/elbv2/target_group_attachment.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "no Update handler: every argument is ForceNew"

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
