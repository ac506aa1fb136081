# Types hashicorp/aws 6.0.0 removed (rules/provider/removed-in-6.0.0.txt, rules/provider/v6-changes.md): v5-only rules, kept so plans
# made with 5.x still predict them; the imported baseline (provider model v6.60.0) has none of them.

resource "aws_opsworks_application" {
  service           = "opsworks"
  source            = "pike-mapping resource/opsworks/aws_opsworks_application.json (iamlive capture; the handlers of this type were not read)"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it"

  read {
    actions = ["opsworks:DescribeApps"]
  }

  create {
    actions = ["opsworks:CreateApp"]
  }

  update {
    attributes = []
    actions    = ["opsworks:UpdateApp"]
    source     = "UpdateApp (pike-mapping modify)"
  }

  delete {
    actions = ["opsworks:DeleteApp"]
  }
}

resource "aws_opsworks_custom_layer" {
  service           = "opsworks"
  source            = "terraform-provider-aws v5.x internal/service/opsworks/layers.go (store id 1382756712: opsworksLayerType Create/Read/Update/Delete, shared by every layer type); pike-mapping resource/opsworks/aws_opsworks_custom_layer.json"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it; OpsWorks authorizes layer actions on the stack"

  read {
    actions = [
      "opsworks:DescribeElasticLoadBalancers",
      "opsworks:DescribeLayers",
      "opsworks:DescribeLoadBasedAutoScaling",
      "opsworks:ListTags",
    ]
    source  = "Read (FindLayerByID, findElasticLoadBalancerByLayerID, findLoadBasedAutoScalingConfigurationByLayerID); tags listed by ListTags (pike-mapping)"
  }

  create {
    actions = ["opsworks:CreateLayer"]
    source  = "Create (CreateLayer)"
  }

  create {
    if_set  = "elastic_load_balancer"
    actions = ["opsworks:AttachElasticLoadBalancer"]
    source  = "Create (AttachElasticLoadBalancer)"
  }

  create {
    if_set  = "load_based_auto_scaling"
    actions = ["opsworks:SetLoadBasedAutoScaling"]
    source  = "Create (SetLoadBasedAutoScaling)"
  }

  create {
    if_set  = "tags"
    actions = ["opsworks:DescribeLayers", "opsworks:TagResource"]
    source  = "Create (FindLayerByID for the layer ARN, then updateTags: TagResource)"
  }

  update {
    attributes = [
      "auto_assign_elastic_ips",
      "auto_assign_public_ips",
      "auto_healing",
      "cloudwatch_configuration",
      "custom_configure_recipes",
      "custom_deploy_recipes",
      "custom_instance_profile_arn",
      "custom_json",
      "custom_security_group_ids",
      "custom_setup_recipes",
      "custom_shutdown_recipes",
      "custom_undeploy_recipes",
      "drain_elb_on_shutdown",
      "ebs_volume",
      "install_updates_on_boot",
      "instance_shutdown_timeout",
      "name",
      "short_name",
      "system_packages",
      "use_ebs_optimized_instances",
    ]
    actions    = ["opsworks:UpdateLayer"]
    source     = "Update (HasChangesExcept(elastic_load_balancer, load_based_auto_scaling, tags) -> UpdateLayer); a layer type's own attributes are not named, so they fall back to every update block"
  }

  update {
    attributes = ["elastic_load_balancer"]
    actions    = ["opsworks:AttachElasticLoadBalancer", "opsworks:DetachElasticLoadBalancer"]
    source     = "Update (DetachElasticLoadBalancer of the old, AttachElasticLoadBalancer of the new)"
  }

  update {
    attributes = ["load_based_auto_scaling"]
    actions    = ["opsworks:SetLoadBasedAutoScaling"]
    source     = "Update (SetLoadBasedAutoScaling)"
  }

  update {
    attributes = ["tags"]
    actions    = ["opsworks:TagResource", "opsworks:UntagResource"]
    source     = "transparent tagging: updateTags (tags_gen.go)"
  }

  delete {
    actions = ["opsworks:DeleteLayer"]
    source  = "Delete (DeleteLayer)"
  }
}

resource "aws_opsworks_ecs_cluster_layer" {
  service           = "opsworks"
  source            = "terraform-provider-aws v5.x internal/service/opsworks/layers.go (store id 1382756712: opsworksLayerType Create/Read/Update/Delete, shared by every layer type); pike-mapping resource/opsworks/aws_opsworks_ecs_cluster_layer.json"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it; OpsWorks authorizes layer actions on the stack"

  read {
    actions = [
      "opsworks:DescribeElasticLoadBalancers",
      "opsworks:DescribeLayers",
      "opsworks:DescribeLoadBasedAutoScaling",
      "opsworks:ListTags",
    ]
    source  = "Read (FindLayerByID, findElasticLoadBalancerByLayerID, findLoadBasedAutoScalingConfigurationByLayerID); tags listed by ListTags (pike-mapping)"
  }

  create {
    actions = ["opsworks:CreateLayer"]
    source  = "Create (CreateLayer)"
  }

  create {
    if_set  = "ecs_cluster_arn"
    actions = ["opsworks:RegisterEcsCluster"]
    source  = "Create (RegisterEcsCluster before CreateLayer)"
  }

  create {
    if_set  = "elastic_load_balancer"
    actions = ["opsworks:AttachElasticLoadBalancer"]
    source  = "Create (AttachElasticLoadBalancer)"
  }

  create {
    if_set  = "load_based_auto_scaling"
    actions = ["opsworks:SetLoadBasedAutoScaling"]
    source  = "Create (SetLoadBasedAutoScaling)"
  }

  create {
    if_set  = "tags"
    actions = ["opsworks:DescribeLayers", "opsworks:TagResource"]
    source  = "Create (FindLayerByID for the layer ARN, then updateTags: TagResource)"
  }

  update {
    attributes = [
      "auto_assign_elastic_ips",
      "auto_assign_public_ips",
      "auto_healing",
      "cloudwatch_configuration",
      "custom_configure_recipes",
      "custom_deploy_recipes",
      "custom_instance_profile_arn",
      "custom_json",
      "custom_security_group_ids",
      "custom_setup_recipes",
      "custom_shutdown_recipes",
      "custom_undeploy_recipes",
      "drain_elb_on_shutdown",
      "ebs_volume",
      "install_updates_on_boot",
      "instance_shutdown_timeout",
      "name",
      "short_name",
      "system_packages",
      "use_ebs_optimized_instances",
    ]
    actions    = ["opsworks:UpdateLayer"]
    source     = "Update (HasChangesExcept(elastic_load_balancer, load_based_auto_scaling, tags) -> UpdateLayer); a layer type's own attributes are not named, so they fall back to every update block"
  }

  update {
    attributes = ["elastic_load_balancer"]
    actions    = ["opsworks:AttachElasticLoadBalancer", "opsworks:DetachElasticLoadBalancer"]
    source     = "Update (DetachElasticLoadBalancer of the old, AttachElasticLoadBalancer of the new)"
  }

  update {
    attributes = ["load_based_auto_scaling"]
    actions    = ["opsworks:SetLoadBasedAutoScaling"]
    source     = "Update (SetLoadBasedAutoScaling)"
  }

  update {
    attributes = ["tags"]
    actions    = ["opsworks:TagResource", "opsworks:UntagResource"]
    source     = "transparent tagging: updateTags (tags_gen.go)"
  }

  delete {
    actions = ["opsworks:DeleteLayer"]
    source  = "Delete (DeleteLayer)"
  }

  delete {
    if_set  = "ecs_cluster_arn"
    actions = ["opsworks:DeregisterEcsCluster"]
    source  = "Delete (DeregisterEcsCluster)"
  }
}

resource "aws_opsworks_ganglia_layer" {
  service           = "opsworks"
  source            = "terraform-provider-aws v5.x internal/service/opsworks/layers.go (store id 1382756712: opsworksLayerType Create/Read/Update/Delete, shared by every layer type); pike-mapping resource/opsworks/aws_opsworks_ganglia_layer.json"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it; OpsWorks authorizes layer actions on the stack"

  read {
    actions = [
      "opsworks:DescribeElasticLoadBalancers",
      "opsworks:DescribeLayers",
      "opsworks:DescribeLoadBasedAutoScaling",
      "opsworks:ListTags",
    ]
    source  = "Read (FindLayerByID, findElasticLoadBalancerByLayerID, findLoadBasedAutoScalingConfigurationByLayerID); tags listed by ListTags (pike-mapping)"
  }

  create {
    actions = ["opsworks:CreateLayer"]
    source  = "Create (CreateLayer)"
  }

  create {
    if_set  = "elastic_load_balancer"
    actions = ["opsworks:AttachElasticLoadBalancer"]
    source  = "Create (AttachElasticLoadBalancer)"
  }

  create {
    if_set  = "load_based_auto_scaling"
    actions = ["opsworks:SetLoadBasedAutoScaling"]
    source  = "Create (SetLoadBasedAutoScaling)"
  }

  create {
    if_set  = "tags"
    actions = ["opsworks:DescribeLayers", "opsworks:TagResource"]
    source  = "Create (FindLayerByID for the layer ARN, then updateTags: TagResource)"
  }

  update {
    attributes = [
      "auto_assign_elastic_ips",
      "auto_assign_public_ips",
      "auto_healing",
      "cloudwatch_configuration",
      "custom_configure_recipes",
      "custom_deploy_recipes",
      "custom_instance_profile_arn",
      "custom_json",
      "custom_security_group_ids",
      "custom_setup_recipes",
      "custom_shutdown_recipes",
      "custom_undeploy_recipes",
      "drain_elb_on_shutdown",
      "ebs_volume",
      "install_updates_on_boot",
      "instance_shutdown_timeout",
      "name",
      "short_name",
      "system_packages",
      "use_ebs_optimized_instances",
    ]
    actions    = ["opsworks:UpdateLayer"]
    source     = "Update (HasChangesExcept(elastic_load_balancer, load_based_auto_scaling, tags) -> UpdateLayer); a layer type's own attributes are not named, so they fall back to every update block"
  }

  update {
    attributes = ["elastic_load_balancer"]
    actions    = ["opsworks:AttachElasticLoadBalancer", "opsworks:DetachElasticLoadBalancer"]
    source     = "Update (DetachElasticLoadBalancer of the old, AttachElasticLoadBalancer of the new)"
  }

  update {
    attributes = ["load_based_auto_scaling"]
    actions    = ["opsworks:SetLoadBasedAutoScaling"]
    source     = "Update (SetLoadBasedAutoScaling)"
  }

  update {
    attributes = ["tags"]
    actions    = ["opsworks:TagResource", "opsworks:UntagResource"]
    source     = "transparent tagging: updateTags (tags_gen.go)"
  }

  delete {
    actions = ["opsworks:DeleteLayer"]
    source  = "Delete (DeleteLayer)"
  }
}

resource "aws_opsworks_haproxy_layer" {
  service           = "opsworks"
  source            = "terraform-provider-aws v5.x internal/service/opsworks/layers.go (store id 1382756712: opsworksLayerType Create/Read/Update/Delete, shared by every layer type); pike-mapping resource/opsworks/aws_opsworks_haproxy_layer.json"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it; OpsWorks authorizes layer actions on the stack"

  read {
    actions = [
      "opsworks:DescribeElasticLoadBalancers",
      "opsworks:DescribeLayers",
      "opsworks:DescribeLoadBasedAutoScaling",
      "opsworks:ListTags",
    ]
    source  = "Read (FindLayerByID, findElasticLoadBalancerByLayerID, findLoadBasedAutoScalingConfigurationByLayerID); tags listed by ListTags (pike-mapping)"
  }

  create {
    actions = ["opsworks:CreateLayer"]
    source  = "Create (CreateLayer)"
  }

  create {
    if_set  = "elastic_load_balancer"
    actions = ["opsworks:AttachElasticLoadBalancer"]
    source  = "Create (AttachElasticLoadBalancer)"
  }

  create {
    if_set  = "load_based_auto_scaling"
    actions = ["opsworks:SetLoadBasedAutoScaling"]
    source  = "Create (SetLoadBasedAutoScaling)"
  }

  create {
    if_set  = "tags"
    actions = ["opsworks:DescribeLayers", "opsworks:TagResource"]
    source  = "Create (FindLayerByID for the layer ARN, then updateTags: TagResource)"
  }

  update {
    attributes = [
      "auto_assign_elastic_ips",
      "auto_assign_public_ips",
      "auto_healing",
      "cloudwatch_configuration",
      "custom_configure_recipes",
      "custom_deploy_recipes",
      "custom_instance_profile_arn",
      "custom_json",
      "custom_security_group_ids",
      "custom_setup_recipes",
      "custom_shutdown_recipes",
      "custom_undeploy_recipes",
      "drain_elb_on_shutdown",
      "ebs_volume",
      "install_updates_on_boot",
      "instance_shutdown_timeout",
      "name",
      "short_name",
      "system_packages",
      "use_ebs_optimized_instances",
    ]
    actions    = ["opsworks:UpdateLayer"]
    source     = "Update (HasChangesExcept(elastic_load_balancer, load_based_auto_scaling, tags) -> UpdateLayer); a layer type's own attributes are not named, so they fall back to every update block"
  }

  update {
    attributes = ["elastic_load_balancer"]
    actions    = ["opsworks:AttachElasticLoadBalancer", "opsworks:DetachElasticLoadBalancer"]
    source     = "Update (DetachElasticLoadBalancer of the old, AttachElasticLoadBalancer of the new)"
  }

  update {
    attributes = ["load_based_auto_scaling"]
    actions    = ["opsworks:SetLoadBasedAutoScaling"]
    source     = "Update (SetLoadBasedAutoScaling)"
  }

  update {
    attributes = ["tags"]
    actions    = ["opsworks:TagResource", "opsworks:UntagResource"]
    source     = "transparent tagging: updateTags (tags_gen.go)"
  }

  delete {
    actions = ["opsworks:DeleteLayer"]
    source  = "Delete (DeleteLayer)"
  }
}

resource "aws_opsworks_instance" {
  service           = "opsworks"
  source            = "pike-mapping resource/opsworks/aws_opsworks_instance.json (iamlive capture; the handlers of this type were not read)"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it"

  read {
    actions = ["opsworks:DescribeInstances", "opsworks:ListTags"]
  }

  create {
    actions = ["opsworks:CreateInstance", "opsworks:DescribeInstances", "opsworks:StartInstance"]
    note    = "beyond pike's list: the instance is started when `state` is running (its default), and created-state polls describe it"
  }

  update {
    attributes = [
      "agent_version",
      "ami_id",
      "architecture",
      "auto_scaling_type",
      "hostname",
      "install_updates_on_boot",
      "instance_profile_arn",
      "instance_type",
      "layer_ids",
      "os",
      "ssh_key_name",
      "state",
    ]
    actions    = ["opsworks:StartInstance", "opsworks:StopInstance", "opsworks:UpdateInstance"]
    source     = "UpdateInstance; state changes start or stop the instance (StartInstance/StopInstance, IAM reference)"
  }

  update {
    attributes = ["tags"]
    actions    = ["opsworks:TagResource", "opsworks:UntagResource"]
    source     = "transparent tagging"
  }

  delete {
    actions = ["opsworks:DeleteInstance", "opsworks:StopInstance"]
    note    = "beyond pike's list: a running instance is stopped before it can be deleted (OpsWorks refuses to delete an online instance)"
  }
}

resource "aws_opsworks_java_app_layer" {
  service           = "opsworks"
  source            = "terraform-provider-aws v5.x internal/service/opsworks/layers.go (store id 1382756712: opsworksLayerType Create/Read/Update/Delete, shared by every layer type); pike-mapping resource/opsworks/aws_opsworks_java_app_layer.json"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it; OpsWorks authorizes layer actions on the stack"

  read {
    actions = [
      "opsworks:DescribeElasticLoadBalancers",
      "opsworks:DescribeLayers",
      "opsworks:DescribeLoadBasedAutoScaling",
      "opsworks:ListTags",
    ]
    source  = "Read (FindLayerByID, findElasticLoadBalancerByLayerID, findLoadBasedAutoScalingConfigurationByLayerID); tags listed by ListTags (pike-mapping)"
  }

  create {
    actions = ["opsworks:CreateLayer"]
    source  = "Create (CreateLayer)"
  }

  create {
    if_set  = "elastic_load_balancer"
    actions = ["opsworks:AttachElasticLoadBalancer"]
    source  = "Create (AttachElasticLoadBalancer)"
  }

  create {
    if_set  = "load_based_auto_scaling"
    actions = ["opsworks:SetLoadBasedAutoScaling"]
    source  = "Create (SetLoadBasedAutoScaling)"
  }

  create {
    if_set  = "tags"
    actions = ["opsworks:DescribeLayers", "opsworks:TagResource"]
    source  = "Create (FindLayerByID for the layer ARN, then updateTags: TagResource)"
  }

  update {
    attributes = [
      "auto_assign_elastic_ips",
      "auto_assign_public_ips",
      "auto_healing",
      "cloudwatch_configuration",
      "custom_configure_recipes",
      "custom_deploy_recipes",
      "custom_instance_profile_arn",
      "custom_json",
      "custom_security_group_ids",
      "custom_setup_recipes",
      "custom_shutdown_recipes",
      "custom_undeploy_recipes",
      "drain_elb_on_shutdown",
      "ebs_volume",
      "install_updates_on_boot",
      "instance_shutdown_timeout",
      "name",
      "short_name",
      "system_packages",
      "use_ebs_optimized_instances",
    ]
    actions    = ["opsworks:UpdateLayer"]
    source     = "Update (HasChangesExcept(elastic_load_balancer, load_based_auto_scaling, tags) -> UpdateLayer); a layer type's own attributes are not named, so they fall back to every update block"
  }

  update {
    attributes = ["elastic_load_balancer"]
    actions    = ["opsworks:AttachElasticLoadBalancer", "opsworks:DetachElasticLoadBalancer"]
    source     = "Update (DetachElasticLoadBalancer of the old, AttachElasticLoadBalancer of the new)"
  }

  update {
    attributes = ["load_based_auto_scaling"]
    actions    = ["opsworks:SetLoadBasedAutoScaling"]
    source     = "Update (SetLoadBasedAutoScaling)"
  }

  update {
    attributes = ["tags"]
    actions    = ["opsworks:TagResource", "opsworks:UntagResource"]
    source     = "transparent tagging: updateTags (tags_gen.go)"
  }

  delete {
    actions = ["opsworks:DeleteLayer"]
    source  = "Delete (DeleteLayer)"
  }
}

resource "aws_opsworks_memcached_layer" {
  service           = "opsworks"
  source            = "terraform-provider-aws v5.x internal/service/opsworks/layers.go (store id 1382756712: opsworksLayerType Create/Read/Update/Delete, shared by every layer type); pike-mapping resource/opsworks/aws_opsworks_memcached_layer.json"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it; OpsWorks authorizes layer actions on the stack"

  read {
    actions = [
      "opsworks:DescribeElasticLoadBalancers",
      "opsworks:DescribeLayers",
      "opsworks:DescribeLoadBasedAutoScaling",
      "opsworks:ListTags",
    ]
    source  = "Read (FindLayerByID, findElasticLoadBalancerByLayerID, findLoadBasedAutoScalingConfigurationByLayerID); tags listed by ListTags (pike-mapping)"
  }

  create {
    actions = ["opsworks:CreateLayer"]
    source  = "Create (CreateLayer)"
  }

  create {
    if_set  = "elastic_load_balancer"
    actions = ["opsworks:AttachElasticLoadBalancer"]
    source  = "Create (AttachElasticLoadBalancer)"
  }

  create {
    if_set  = "load_based_auto_scaling"
    actions = ["opsworks:SetLoadBasedAutoScaling"]
    source  = "Create (SetLoadBasedAutoScaling)"
  }

  create {
    if_set  = "tags"
    actions = ["opsworks:DescribeLayers", "opsworks:TagResource"]
    source  = "Create (FindLayerByID for the layer ARN, then updateTags: TagResource)"
  }

  update {
    attributes = [
      "auto_assign_elastic_ips",
      "auto_assign_public_ips",
      "auto_healing",
      "cloudwatch_configuration",
      "custom_configure_recipes",
      "custom_deploy_recipes",
      "custom_instance_profile_arn",
      "custom_json",
      "custom_security_group_ids",
      "custom_setup_recipes",
      "custom_shutdown_recipes",
      "custom_undeploy_recipes",
      "drain_elb_on_shutdown",
      "ebs_volume",
      "install_updates_on_boot",
      "instance_shutdown_timeout",
      "name",
      "short_name",
      "system_packages",
      "use_ebs_optimized_instances",
    ]
    actions    = ["opsworks:UpdateLayer"]
    source     = "Update (HasChangesExcept(elastic_load_balancer, load_based_auto_scaling, tags) -> UpdateLayer); a layer type's own attributes are not named, so they fall back to every update block"
  }

  update {
    attributes = ["elastic_load_balancer"]
    actions    = ["opsworks:AttachElasticLoadBalancer", "opsworks:DetachElasticLoadBalancer"]
    source     = "Update (DetachElasticLoadBalancer of the old, AttachElasticLoadBalancer of the new)"
  }

  update {
    attributes = ["load_based_auto_scaling"]
    actions    = ["opsworks:SetLoadBasedAutoScaling"]
    source     = "Update (SetLoadBasedAutoScaling)"
  }

  update {
    attributes = ["tags"]
    actions    = ["opsworks:TagResource", "opsworks:UntagResource"]
    source     = "transparent tagging: updateTags (tags_gen.go)"
  }

  delete {
    actions = ["opsworks:DeleteLayer"]
    source  = "Delete (DeleteLayer)"
  }
}

resource "aws_opsworks_mysql_layer" {
  service           = "opsworks"
  source            = "terraform-provider-aws v5.x internal/service/opsworks/layers.go (store id 1382756712: opsworksLayerType Create/Read/Update/Delete, shared by every layer type); pike-mapping resource/opsworks/aws_opsworks_mysql_layer.json"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it; OpsWorks authorizes layer actions on the stack"

  read {
    actions = [
      "opsworks:DescribeElasticLoadBalancers",
      "opsworks:DescribeLayers",
      "opsworks:DescribeLoadBasedAutoScaling",
      "opsworks:ListTags",
    ]
    source  = "Read (FindLayerByID, findElasticLoadBalancerByLayerID, findLoadBasedAutoScalingConfigurationByLayerID); tags listed by ListTags (pike-mapping)"
  }

  create {
    actions = ["opsworks:CreateLayer"]
    source  = "Create (CreateLayer)"
  }

  create {
    if_set  = "elastic_load_balancer"
    actions = ["opsworks:AttachElasticLoadBalancer"]
    source  = "Create (AttachElasticLoadBalancer)"
  }

  create {
    if_set  = "load_based_auto_scaling"
    actions = ["opsworks:SetLoadBasedAutoScaling"]
    source  = "Create (SetLoadBasedAutoScaling)"
  }

  create {
    if_set  = "tags"
    actions = ["opsworks:DescribeLayers", "opsworks:TagResource"]
    source  = "Create (FindLayerByID for the layer ARN, then updateTags: TagResource)"
  }

  update {
    attributes = [
      "auto_assign_elastic_ips",
      "auto_assign_public_ips",
      "auto_healing",
      "cloudwatch_configuration",
      "custom_configure_recipes",
      "custom_deploy_recipes",
      "custom_instance_profile_arn",
      "custom_json",
      "custom_security_group_ids",
      "custom_setup_recipes",
      "custom_shutdown_recipes",
      "custom_undeploy_recipes",
      "drain_elb_on_shutdown",
      "ebs_volume",
      "install_updates_on_boot",
      "instance_shutdown_timeout",
      "name",
      "short_name",
      "system_packages",
      "use_ebs_optimized_instances",
    ]
    actions    = ["opsworks:UpdateLayer"]
    source     = "Update (HasChangesExcept(elastic_load_balancer, load_based_auto_scaling, tags) -> UpdateLayer); a layer type's own attributes are not named, so they fall back to every update block"
  }

  update {
    attributes = ["elastic_load_balancer"]
    actions    = ["opsworks:AttachElasticLoadBalancer", "opsworks:DetachElasticLoadBalancer"]
    source     = "Update (DetachElasticLoadBalancer of the old, AttachElasticLoadBalancer of the new)"
  }

  update {
    attributes = ["load_based_auto_scaling"]
    actions    = ["opsworks:SetLoadBasedAutoScaling"]
    source     = "Update (SetLoadBasedAutoScaling)"
  }

  update {
    attributes = ["tags"]
    actions    = ["opsworks:TagResource", "opsworks:UntagResource"]
    source     = "transparent tagging: updateTags (tags_gen.go)"
  }

  delete {
    actions = ["opsworks:DeleteLayer"]
    source  = "Delete (DeleteLayer)"
  }
}

resource "aws_opsworks_nodejs_app_layer" {
  service           = "opsworks"
  source            = "terraform-provider-aws v5.x internal/service/opsworks/layers.go (store id 1382756712: opsworksLayerType Create/Read/Update/Delete, shared by every layer type); pike-mapping resource/opsworks/aws_opsworks_nodejs_app_layer.json"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it; OpsWorks authorizes layer actions on the stack"

  read {
    actions = [
      "opsworks:DescribeElasticLoadBalancers",
      "opsworks:DescribeLayers",
      "opsworks:DescribeLoadBasedAutoScaling",
      "opsworks:ListTags",
    ]
    source  = "Read (FindLayerByID, findElasticLoadBalancerByLayerID, findLoadBasedAutoScalingConfigurationByLayerID); tags listed by ListTags (pike-mapping)"
  }

  create {
    actions = ["opsworks:CreateLayer"]
    source  = "Create (CreateLayer)"
  }

  create {
    if_set  = "elastic_load_balancer"
    actions = ["opsworks:AttachElasticLoadBalancer"]
    source  = "Create (AttachElasticLoadBalancer)"
  }

  create {
    if_set  = "load_based_auto_scaling"
    actions = ["opsworks:SetLoadBasedAutoScaling"]
    source  = "Create (SetLoadBasedAutoScaling)"
  }

  create {
    if_set  = "tags"
    actions = ["opsworks:DescribeLayers", "opsworks:TagResource"]
    source  = "Create (FindLayerByID for the layer ARN, then updateTags: TagResource)"
  }

  update {
    attributes = [
      "auto_assign_elastic_ips",
      "auto_assign_public_ips",
      "auto_healing",
      "cloudwatch_configuration",
      "custom_configure_recipes",
      "custom_deploy_recipes",
      "custom_instance_profile_arn",
      "custom_json",
      "custom_security_group_ids",
      "custom_setup_recipes",
      "custom_shutdown_recipes",
      "custom_undeploy_recipes",
      "drain_elb_on_shutdown",
      "ebs_volume",
      "install_updates_on_boot",
      "instance_shutdown_timeout",
      "name",
      "short_name",
      "system_packages",
      "use_ebs_optimized_instances",
    ]
    actions    = ["opsworks:UpdateLayer"]
    source     = "Update (HasChangesExcept(elastic_load_balancer, load_based_auto_scaling, tags) -> UpdateLayer); a layer type's own attributes are not named, so they fall back to every update block"
  }

  update {
    attributes = ["elastic_load_balancer"]
    actions    = ["opsworks:AttachElasticLoadBalancer", "opsworks:DetachElasticLoadBalancer"]
    source     = "Update (DetachElasticLoadBalancer of the old, AttachElasticLoadBalancer of the new)"
  }

  update {
    attributes = ["load_based_auto_scaling"]
    actions    = ["opsworks:SetLoadBasedAutoScaling"]
    source     = "Update (SetLoadBasedAutoScaling)"
  }

  update {
    attributes = ["tags"]
    actions    = ["opsworks:TagResource", "opsworks:UntagResource"]
    source     = "transparent tagging: updateTags (tags_gen.go)"
  }

  delete {
    actions = ["opsworks:DeleteLayer"]
    source  = "Delete (DeleteLayer)"
  }
}

resource "aws_opsworks_permission" {
  service           = "opsworks"
  source            = "pike-mapping resource/opsworks/aws_opsworks_permission.json (iamlive capture; the handlers of this type were not read)"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it"

  read {
    actions = ["opsworks:DescribePermissions"]
  }

  create {
    actions = ["opsworks:SetPermission"]
  }

  update {
    attributes = []
    actions    = ["opsworks:SetPermission"]
    source     = "SetPermission (pike-mapping)"
  }

  delete {
    actions = ["opsworks:SetPermission"]
  }
}

resource "aws_opsworks_php_app_layer" {
  service           = "opsworks"
  source            = "terraform-provider-aws v5.x internal/service/opsworks/layers.go (store id 1382756712: opsworksLayerType Create/Read/Update/Delete, shared by every layer type); pike-mapping resource/opsworks/aws_opsworks_php_app_layer.json"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it; OpsWorks authorizes layer actions on the stack"

  read {
    actions = [
      "opsworks:DescribeElasticLoadBalancers",
      "opsworks:DescribeLayers",
      "opsworks:DescribeLoadBasedAutoScaling",
      "opsworks:ListTags",
    ]
    source  = "Read (FindLayerByID, findElasticLoadBalancerByLayerID, findLoadBasedAutoScalingConfigurationByLayerID); tags listed by ListTags (pike-mapping)"
  }

  create {
    actions = ["opsworks:CreateLayer"]
    source  = "Create (CreateLayer)"
  }

  create {
    if_set  = "elastic_load_balancer"
    actions = ["opsworks:AttachElasticLoadBalancer"]
    source  = "Create (AttachElasticLoadBalancer)"
  }

  create {
    if_set  = "load_based_auto_scaling"
    actions = ["opsworks:SetLoadBasedAutoScaling"]
    source  = "Create (SetLoadBasedAutoScaling)"
  }

  create {
    if_set  = "tags"
    actions = ["opsworks:DescribeLayers", "opsworks:TagResource"]
    source  = "Create (FindLayerByID for the layer ARN, then updateTags: TagResource)"
  }

  update {
    attributes = [
      "auto_assign_elastic_ips",
      "auto_assign_public_ips",
      "auto_healing",
      "cloudwatch_configuration",
      "custom_configure_recipes",
      "custom_deploy_recipes",
      "custom_instance_profile_arn",
      "custom_json",
      "custom_security_group_ids",
      "custom_setup_recipes",
      "custom_shutdown_recipes",
      "custom_undeploy_recipes",
      "drain_elb_on_shutdown",
      "ebs_volume",
      "install_updates_on_boot",
      "instance_shutdown_timeout",
      "name",
      "short_name",
      "system_packages",
      "use_ebs_optimized_instances",
    ]
    actions    = ["opsworks:UpdateLayer"]
    source     = "Update (HasChangesExcept(elastic_load_balancer, load_based_auto_scaling, tags) -> UpdateLayer); a layer type's own attributes are not named, so they fall back to every update block"
  }

  update {
    attributes = ["elastic_load_balancer"]
    actions    = ["opsworks:AttachElasticLoadBalancer", "opsworks:DetachElasticLoadBalancer"]
    source     = "Update (DetachElasticLoadBalancer of the old, AttachElasticLoadBalancer of the new)"
  }

  update {
    attributes = ["load_based_auto_scaling"]
    actions    = ["opsworks:SetLoadBasedAutoScaling"]
    source     = "Update (SetLoadBasedAutoScaling)"
  }

  update {
    attributes = ["tags"]
    actions    = ["opsworks:TagResource", "opsworks:UntagResource"]
    source     = "transparent tagging: updateTags (tags_gen.go)"
  }

  delete {
    actions = ["opsworks:DeleteLayer"]
    source  = "Delete (DeleteLayer)"
  }
}

resource "aws_opsworks_rails_app_layer" {
  service           = "opsworks"
  source            = "terraform-provider-aws v5.x internal/service/opsworks/layers.go (store id 1382756712: opsworksLayerType Create/Read/Update/Delete, shared by every layer type); pike-mapping resource/opsworks/aws_opsworks_rails_app_layer.json"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it; OpsWorks authorizes layer actions on the stack"

  read {
    actions = [
      "opsworks:DescribeElasticLoadBalancers",
      "opsworks:DescribeLayers",
      "opsworks:DescribeLoadBasedAutoScaling",
      "opsworks:ListTags",
    ]
    source  = "Read (FindLayerByID, findElasticLoadBalancerByLayerID, findLoadBasedAutoScalingConfigurationByLayerID); tags listed by ListTags (pike-mapping)"
  }

  create {
    actions = ["opsworks:CreateLayer"]
    source  = "Create (CreateLayer)"
  }

  create {
    if_set  = "elastic_load_balancer"
    actions = ["opsworks:AttachElasticLoadBalancer"]
    source  = "Create (AttachElasticLoadBalancer)"
  }

  create {
    if_set  = "load_based_auto_scaling"
    actions = ["opsworks:SetLoadBasedAutoScaling"]
    source  = "Create (SetLoadBasedAutoScaling)"
  }

  create {
    if_set  = "tags"
    actions = ["opsworks:DescribeLayers", "opsworks:TagResource"]
    source  = "Create (FindLayerByID for the layer ARN, then updateTags: TagResource)"
  }

  update {
    attributes = [
      "auto_assign_elastic_ips",
      "auto_assign_public_ips",
      "auto_healing",
      "cloudwatch_configuration",
      "custom_configure_recipes",
      "custom_deploy_recipes",
      "custom_instance_profile_arn",
      "custom_json",
      "custom_security_group_ids",
      "custom_setup_recipes",
      "custom_shutdown_recipes",
      "custom_undeploy_recipes",
      "drain_elb_on_shutdown",
      "ebs_volume",
      "install_updates_on_boot",
      "instance_shutdown_timeout",
      "name",
      "short_name",
      "system_packages",
      "use_ebs_optimized_instances",
    ]
    actions    = ["opsworks:UpdateLayer"]
    source     = "Update (HasChangesExcept(elastic_load_balancer, load_based_auto_scaling, tags) -> UpdateLayer); a layer type's own attributes are not named, so they fall back to every update block"
  }

  update {
    attributes = ["elastic_load_balancer"]
    actions    = ["opsworks:AttachElasticLoadBalancer", "opsworks:DetachElasticLoadBalancer"]
    source     = "Update (DetachElasticLoadBalancer of the old, AttachElasticLoadBalancer of the new)"
  }

  update {
    attributes = ["load_based_auto_scaling"]
    actions    = ["opsworks:SetLoadBasedAutoScaling"]
    source     = "Update (SetLoadBasedAutoScaling)"
  }

  update {
    attributes = ["tags"]
    actions    = ["opsworks:TagResource", "opsworks:UntagResource"]
    source     = "transparent tagging: updateTags (tags_gen.go)"
  }

  delete {
    actions = ["opsworks:DeleteLayer"]
    source  = "Delete (DeleteLayer)"
  }
}

resource "aws_opsworks_rds_db_instance" {
  service           = "opsworks"
  source            = "pike-mapping resource/opsworks/aws_opsworks_rds_db_instance.json (iamlive capture; the handlers of this type were not read)"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it"

  read {
    actions = ["opsworks:DescribeRdsDbInstances"]
  }

  create {
    actions = ["opsworks:RegisterRdsDbInstance"]
  }

  update {
    attributes = []
    actions    = ["opsworks:UpdateRdsDbInstance"]
    source     = "UpdateRdsDbInstance (pike-mapping)"
  }

  delete {
    actions = ["opsworks:DeregisterRdsDbInstance"]
  }
}

resource "aws_opsworks_stack" {
  service           = "opsworks"
  source            = "terraform-provider-aws internal/service/opsworks/stack.go (store id 10133734283, commit 04c79849dbe7fbe76c3054b364357bcdaade9ac5: resourceStackCreate/Read/Update/Delete); pike-mapping resource/opsworks/aws_opsworks_stack.json"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it"

  read {
    actions = ["opsworks:DescribeStacks", "opsworks:ListTags"]
    source  = "resourceStackRead (DescribeStacks, ListTags)"
  }

  create {
    actions = ["opsworks:CreateStack", "opsworks:UpdateStack"]
    source  = "resourceStackCreate (CreateStack, then resourceStackUpdate: UpdateStack)"
  }

  create {
    if_set  = "tags"
    actions = ["opsworks:TagResource"]
    source  = "resourceStackUpdate (UpdateTags after create)"
  }

  update {
    attributes = []
    actions    = ["opsworks:UpdateStack"]
    source     = "resourceStackUpdate (UpdateStack)"
  }

  update {
    attributes = ["tags"]
    actions    = ["opsworks:TagResource", "opsworks:UntagResource", "opsworks:UpdateStack"]
    source     = "resourceStackUpdate: UpdateStack is sent on every update in the version read, then UpdateTags"
  }

  delete {
    actions = ["opsworks:DeleteStack"]
    source  = "resourceStackDelete (DeleteStack)"
  }

  pass_role {
    attribute = "default_instance_profile_arn"
    service   = "ec2.amazonaws.com"
    source    = "CreateStack/UpdateStack DefaultInstanceProfileArn"
    note      = "the attribute holds an instance profile ARN; iam:PassRole is checked on the profile's role"
  }

  pass_role {
    attribute = "service_role_arn"
    service   = "opsworks.amazonaws.com"
    source    = "CreateStack/UpdateStack ServiceRoleArn (AWS docs: OpsWorks Stacks, allowing OpsWorks Stacks to act on your behalf)"
  }
}

resource "aws_opsworks_static_web_layer" {
  service           = "opsworks"
  source            = "terraform-provider-aws v5.x internal/service/opsworks/layers.go (store id 1382756712: opsworksLayerType Create/Read/Update/Delete, shared by every layer type); pike-mapping resource/opsworks/aws_opsworks_static_web_layer.json"
  arn               = "arn:${partition}:opsworks:${region}:${account}:stack/${stack_id}/"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it; OpsWorks authorizes layer actions on the stack"

  read {
    actions = [
      "opsworks:DescribeElasticLoadBalancers",
      "opsworks:DescribeLayers",
      "opsworks:DescribeLoadBasedAutoScaling",
      "opsworks:ListTags",
    ]
    source  = "Read (FindLayerByID, findElasticLoadBalancerByLayerID, findLoadBasedAutoScalingConfigurationByLayerID); tags listed by ListTags (pike-mapping)"
  }

  create {
    actions = ["opsworks:CreateLayer"]
    source  = "Create (CreateLayer)"
  }

  create {
    if_set  = "elastic_load_balancer"
    actions = ["opsworks:AttachElasticLoadBalancer"]
    source  = "Create (AttachElasticLoadBalancer)"
  }

  create {
    if_set  = "load_based_auto_scaling"
    actions = ["opsworks:SetLoadBasedAutoScaling"]
    source  = "Create (SetLoadBasedAutoScaling)"
  }

  create {
    if_set  = "tags"
    actions = ["opsworks:DescribeLayers", "opsworks:TagResource"]
    source  = "Create (FindLayerByID for the layer ARN, then updateTags: TagResource)"
  }

  update {
    attributes = [
      "auto_assign_elastic_ips",
      "auto_assign_public_ips",
      "auto_healing",
      "cloudwatch_configuration",
      "custom_configure_recipes",
      "custom_deploy_recipes",
      "custom_instance_profile_arn",
      "custom_json",
      "custom_security_group_ids",
      "custom_setup_recipes",
      "custom_shutdown_recipes",
      "custom_undeploy_recipes",
      "drain_elb_on_shutdown",
      "ebs_volume",
      "install_updates_on_boot",
      "instance_shutdown_timeout",
      "name",
      "short_name",
      "system_packages",
      "use_ebs_optimized_instances",
    ]
    actions    = ["opsworks:UpdateLayer"]
    source     = "Update (HasChangesExcept(elastic_load_balancer, load_based_auto_scaling, tags) -> UpdateLayer); a layer type's own attributes are not named, so they fall back to every update block"
  }

  update {
    attributes = ["elastic_load_balancer"]
    actions    = ["opsworks:AttachElasticLoadBalancer", "opsworks:DetachElasticLoadBalancer"]
    source     = "Update (DetachElasticLoadBalancer of the old, AttachElasticLoadBalancer of the new)"
  }

  update {
    attributes = ["load_based_auto_scaling"]
    actions    = ["opsworks:SetLoadBasedAutoScaling"]
    source     = "Update (SetLoadBasedAutoScaling)"
  }

  update {
    attributes = ["tags"]
    actions    = ["opsworks:TagResource", "opsworks:UntagResource"]
    source     = "transparent tagging: updateTags (tags_gen.go)"
  }

  delete {
    actions = ["opsworks:DeleteLayer"]
    source  = "Delete (DeleteLayer)"
  }
}

resource "aws_opsworks_user_profile" {
  service           = "opsworks"
  source            = "pike-mapping resource/opsworks/aws_opsworks_user_profile.json (iamlive capture; the handlers of this type were not read)"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it"

  read {
    actions = ["opsworks:DescribeUserProfiles"]
  }

  create {
    actions = ["opsworks:CreateUserProfile"]
  }

  update {
    attributes = []
    actions    = ["opsworks:UpdateUserProfile"]
    source     = "UpdateUserProfile (pike-mapping)"
  }

  delete {
    actions = ["opsworks:DeleteUserProfile"]
  }
}

resource "aws_simpledb_domain" {
  service           = "sdb"
  source            = "pike-mapping resource/sdb/aws_simpledb_domain.json; iamlive-map sdb (CreateDomain, DomainMetadata, DeleteDomain on the domain)"
  arn               = "arn:${partition}:sdb:${region}:${account}:domain/${name}"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it; the name forces replacement, so there is no update call"

  read {
    actions = ["sdb:DomainMetadata"]
  }

  create {
    actions = ["sdb:CreateDomain"]
  }

  delete {
    actions = ["sdb:DeleteDomain"]
  }
}

resource "aws_worklink_fleet" {
  service           = "worklink"
  source            = "terraform-provider-aws internal/service/worklink/fleet.go (store id 254134076, commit 7348a903ab13a5060738546394df91223f87d080: resourceFleetRead/Update/Delete, update* helpers)"
  arn               = "arn:${partition}:worklink::${account}:fleet/${name}"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it"

  read {
    actions = [
      "worklink:DescribeAuditStreamConfiguration",
      "worklink:DescribeCompanyNetworkConfiguration",
      "worklink:DescribeDevicePolicyConfiguration",
      "worklink:DescribeFleetMetadata",
      "worklink:DescribeIdentityProviderConfiguration",
    ]
    source  = "resourceFleetRead"
  }

  create {
    actions = ["worklink:CreateFleet"]
    source  = "resourceFleetCreate (CreateFleet)"
  }

  create {
    if_set  = "audit_stream_arn"
    actions = ["worklink:UpdateAuditStreamConfiguration"]
    source  = "updateAuditStreamConfiguration (skipped on a new fleet without audit_stream_arn)"
  }

  create {
    if_set  = "device_ca_certificate"
    actions = ["worklink:UpdateDevicePolicyConfiguration"]
    source  = "updateDevicePolicyConfiguration"
  }

  create {
    if_set  = "identity_provider"
    actions = ["worklink:UpdateIdentityProviderConfiguration"]
    source  = "updateIdentityProviderConfiguration"
  }

  create {
    if_set  = "network"
    actions = ["worklink:UpdateCompanyNetworkConfiguration"]
    source  = "updateCompanyNetworkConfiguration"
  }

  update {
    attributes = ["audit_stream_arn"]
    actions    = ["worklink:UpdateAuditStreamConfiguration"]
    source     = "resourceFleetUpdate: updateAuditStreamConfiguration"
  }

  update {
    attributes = ["device_ca_certificate"]
    actions    = ["worklink:UpdateDevicePolicyConfiguration"]
    source     = "resourceFleetUpdate: updateDevicePolicyConfiguration"
  }

  update {
    attributes = ["display_name", "optimize_for_end_user_location"]
    actions    = ["worklink:UpdateFleetMetadata"]
    source     = "resourceFleetUpdate: UpdateFleetMetadata"
  }

  update {
    attributes = ["identity_provider"]
    actions    = ["worklink:UpdateIdentityProviderConfiguration"]
    source     = "resourceFleetUpdate: updateIdentityProviderConfiguration"
  }

  update {
    attributes = ["network"]
    actions    = ["worklink:UpdateCompanyNetworkConfiguration"]
    source     = "resourceFleetUpdate: updateCompanyNetworkConfiguration"
  }

  delete {
    actions = ["worklink:DeleteFleet", "worklink:DescribeFleetMetadata"]
    source  = "resourceFleetDelete (DeleteFleet, FleetStateRefresh polls DescribeFleetMetadata)"
    note    = "DescribeFleetMetadata is the deletion waiter's poll"
  }
}

resource "aws_worklink_website_certificate_authority_association" {
  service           = "worklink"
  source            = "IAM reference: worklink website certificate authority actions (AssociateWebsiteCertificateAuthority, DescribeWebsiteCertificateAuthority, DisassociateWebsiteCertificateAuthority); the handlers of internal/service/worklink/website_certificate_authority_association.go were not read"
  provider_versions = "5.x"
  note              = "v5-only: hashicorp/aws 6.0.0 removed this type (rules/provider/v6-changes.md); kept so 5.x plans still predict it; every argument forces replacement, so there is no update call"

  read {
    actions = ["worklink:DescribeWebsiteCertificateAuthority"]
  }

  create {
    actions = ["worklink:AssociateWebsiteCertificateAuthority"]
  }

  delete {
    actions = ["worklink:DisassociateWebsiteCertificateAuthority"]
  }
}
