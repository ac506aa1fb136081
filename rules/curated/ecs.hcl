# Amazon ECS (IAM prefix ecs): hand-curated rules for clusters, services, capacity providers and task definitions.

resource "aws_ecs_capacity_provider" {
  service           = "ecs"
  source            = "terraform-provider-aws 00946284020053b82745d449178fd739d836a232 internal/service/ecs/capacity_provider.go; terraform-provider-aws v6.60.0 provider-model call_patterns (create)"
  arn               = "arn:${partition}:ecs:${region}:${account}:capacity-provider/${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ecs:DescribeCapacityProviders"]
    source  = "resourceCapacityProviderRead (findCapacityProviderByARN: DescribeCapacityProviders Include=TAGS; tags from the response)"
  }

  create {
    actions = ["ecs:CreateCapacityProvider"]
    source  = "resourceCapacityProviderCreate (CreateCapacityProvider with tags)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ecs:TagResource"]
    source  = "AWS docs: ECS Developer Guide, tagging authorization (tag on create is authorized as ecs:TagResource with ecs:CreateAction)"
  }

  update {
    attributes = ["auto_scaling_group_provider", "managed_instances_provider"]
    actions    = ["ecs:UpdateCapacityProvider"]
    source     = "resourceCapacityProviderUpdate (HasChangesExcept(tags) -> UpdateCapacityProvider; waitCapacityProviderUpdated polls DescribeCapacityProviders)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ecs:TagResource", "ecs:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["ecs:DeleteCapacityProvider"]
    source  = "resourceCapacityProviderDelete (DeleteCapacityProvider; waitCapacityProviderDeleted polls DescribeCapacityProviders)"
  }

  pass_role {
    attribute = "managed_instances_provider.infrastructure_role_arn"
    service   = "ecs.amazonaws.com"
    source    = "CreateCapacityProvider/UpdateCapacityProvider ManagedInstancesProvider.InfrastructureRoleArn; AWS docs: ECS Developer Guide, Amazon ECS infrastructure IAM role (iam:PassRole)"
  }

  pass_role {
    attribute = "managed_instances_provider.instance_launch_template.ec2_instance_profile_arn"
    service   = "ec2.amazonaws.com"
    source    = "CreateCapacityProvider InstanceLaunchTemplate.Ec2InstanceProfileArn; AWS docs: ECS Developer Guide, Amazon ECS Managed Instances instance profile (iam:PassRole on the profile's role)"
    note      = "the attribute holds an instance profile ARN; iam:PassRole is checked on the profile's role"
  }
}

resource "aws_ecs_cluster" {
  service           = "ecs"
  source            = "terraform-provider-aws 00a35305dc1b297a6fcdecdfbba33f1e63c3da39 internal/service/ecs/cluster.go"
  arn               = "arn:${partition}:ecs:${region}:${account}:cluster/${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = ["ecs:DescribeClusters"]
    source  = "resourceClusterRead (findClusterByNameOrARN: DescribeClusters Include=TAGS,CONFIGURATIONS,SETTINGS; tags from the response)"
  }

  create {
    actions = ["ecs:CreateCluster"]
    source  = "resourceClusterCreate (retryClusterCreate: CreateCluster with tags; waitClusterAvailable polls DescribeClusters)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ecs:TagResource"]
    source  = "AWS docs: ECS Developer Guide, tagging authorization (tag on create is authorized as ecs:TagResource with ecs:CreateAction); resourceClusterCreate createTags fallback for partitions without tag-on-create"
  }

  update {
    attributes = ["configuration", "service_connect_defaults", "setting"]
    actions    = ["ecs:UpdateCluster"]
    source     = "resourceClusterUpdate (UpdateCluster; waitClusterAvailable polls DescribeClusters)"
  }

  update {
    attributes = ["configuration", "service_connect_defaults", "setting", "tags"]
    actions    = ["ecs:ListTagsForResource"]
    source     = "capture: realrun aws_ecs_cluster tags and update (hashicorp/aws 5.100.0, 2026-11-21)"
    note       = "provider 5.100.0 lists the cluster's tags in every update, of the tags or of a setting (denied without it)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ecs:TagResource", "ecs:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["ecs:DeleteCluster"]
    source  = "resourceClusterDelete (DeleteCluster retried while services/tasks/instances remain; waitClusterDeleted polls DescribeClusters)"
  }
}

resource "aws_ecs_service" {
  service           = "ecs"
  source            = "terraform-provider-aws v5 internal/service/ecs/service.go (stored file id 36906019375, delete/update/create-retry part); terraform-provider-aws v6.60.0 provider-model call_patterns (resourceServiceCreate/Read/Update/Delete)"
  provider_versions = "5.100.0, 6.x"
  note              = "no arn template: the id is the service ARN and cluster may hold a name or an ARN; ECS registers targets for load_balancer through its service-linked role, so the caller needs no elasticloadbalancing action"

  read {
    actions = ["ecs:DescribeServices"]
    source  = "resourceServiceRead (findServiceByID: DescribeServices Include=TAGS; tags from the response)"
  }

  create {
    actions = ["ecs:CreateService"]
    source  = "resourceServiceCreate (serviceCreateWithRetry: CreateService with tags; waitServiceActive/waitServiceStable poll DescribeServices)"
  }

  create {
    if_set  = "sigint_rollback"
    actions = [
      "ecs:DescribeServiceDeployments",
      "ecs:ListServiceDeployments",
      "ecs:StopServiceDeployment",
    ]
    source  = "provider-model v6.60.0 resourceServiceCreate (ListServiceDeployments, DescribeServiceDeployments, StopServiceDeployment: roll back the deployment when the wait for steady state is interrupted)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ecs:TagResource"]
    source  = "AWS docs: ECS Developer Guide, tagging authorization (tag on create is authorized as ecs:TagResource with ecs:CreateAction)"
  }

  update {
    attributes = [
      "alarms",
      "availability_zone_rebalancing",
      "capacity_provider_strategy",
      "deployment_circuit_breaker",
      "deployment_configuration",
      "deployment_controller",
      "deployment_maximum_percent",
      "deployment_minimum_healthy_percent",
      "desired_count",
      "enable_ecs_managed_tags",
      "enable_execute_command",
      "force_new_deployment",
      "health_check_grace_period_seconds",
      "load_balancer",
      "network_configuration",
      "ordered_placement_strategy",
      "placement_constraints",
      "platform_version",
      "propagate_tags",
      "service_connect_configuration",
      "service_registries",
      "task_definition",
      "triggers",
      "volume_configuration",
      "vpc_lattice_configurations",
    ]
    actions    = ["ecs:UpdateService"]
    source     = "resourceServiceUpdate (UpdateService, retried for IAM/ELB eventual consistency; waitServiceActive/waitServiceStable poll DescribeServices)"
  }

  update {
    attributes = ["force_delete", "sigint_rollback", "timeouts", "wait_for_steady_state"]
    actions    = []
    source     = "no API call (read by Create/Update/Delete waits only)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ecs:TagResource", "ecs:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    if_set     = "sigint_rollback"
    attributes = ["task_definition"]
    actions    = [
      "ecs:DescribeServiceDeployments",
      "ecs:ListServiceDeployments",
      "ecs:StopServiceDeployment",
    ]
    source     = "provider-model v6.60.0 resourceServiceUpdate (deployment rollback when the steady-state wait is interrupted)"
  }

  delete {
    actions = ["ecs:DeleteService", "ecs:UpdateService"]
    source  = "resourceServiceDelete (findServiceNoTagsByID; UpdateService DesiredCount=0 to drain unless DAEMON or already draining; DeleteService; waitServiceInactive polls DescribeServices)"
  }

  pass_role {
    attribute = "iam_role"
    service   = "ecs.amazonaws.com"
    source    = "CreateService Role (legacy load balancer role); AWS docs: ECS Developer Guide, service-linked role / iam:PassRole for the service role"
  }

  pass_role {
    attribute = "service_connect_configuration.service.tls.role_arn"
    service   = "ecs.amazonaws.com"
    source    = "CreateService/UpdateService ServiceConnectTlsConfiguration.RoleArn; AWS docs: ECS infrastructure IAM role (iam:PassRole)"
  }

  pass_role {
    attribute = "volume_configuration.managed_ebs_volume.role_arn"
    service   = "ecs.amazonaws.com"
    source    = "CreateService/UpdateService ServiceManagedEBSVolumeConfiguration.RoleArn; AWS docs: ECS infrastructure IAM role (iam:PassRole)"
  }

  pass_role {
    attribute = "vpc_lattice_configurations.role_arn"
    service   = "ecs.amazonaws.com"
    source    = "CreateService/UpdateService VpcLatticeConfiguration.RoleArn; AWS docs: ECS infrastructure IAM role (iam:PassRole)"
  }
}

resource "aws_ecs_task_definition" {
  service           = "ecs"
  source            = "terraform-provider-aws 04fc21d56d73cb67a9bbef2aedcffe8fbfd07286 internal/service/ecs/task_definition.go (update/delete/read part); terraform-provider-aws v6.60.0 provider-model call_patterns (create)"
  arn               = "arn:${partition}:ecs:${region}:${account}:task-definition/${family}:${revision}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "only RegisterTaskDefinition and the tag actions take a resource (Describe/DeregisterTaskDefinition take none); before create the revision is unknown, so task-definition/<family>:*"

  read {
    actions = ["ecs:DescribeTaskDefinition"]
    source  = "resourceTaskDefinitionRead (DescribeTaskDefinition Include=TAGS; tags from the response)"
  }

  create {
    actions = ["ecs:RegisterTaskDefinition"]
    source  = "resourceTaskDefinitionCreate (RegisterTaskDefinition with tags)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ecs:TagResource"]
    source  = "AWS docs: ECS Developer Guide, tagging authorization (tag on create is authorized as ecs:TagResource with ecs:CreateAction)"
  }

  update {
    attributes = ["skip_destroy", "track_latest"]
    actions    = []
    source     = "no API call (read by Delete / plan-time only)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ecs:TagResource", "ecs:UntagResource"]
    source     = "resourceTaskDefinitionUpdate (UpdateTags only; every other argument is ForceNew)"
  }

  delete {
    unless_set = "skip_destroy"
    actions    = ["ecs:DeregisterTaskDefinition"]
    source     = "resourceTaskDefinitionDelete (skipped when skip_destroy)"
  }

  pass_role {
    attribute = "execution_role_arn"
    service   = "ecs-tasks.amazonaws.com"
    source    = "RegisterTaskDefinition ExecutionRoleArn"
  }

  pass_role {
    attribute = "task_role_arn"
    service   = "ecs-tasks.amazonaws.com"
    source    = "RegisterTaskDefinition TaskRoleArn"
  }
}
