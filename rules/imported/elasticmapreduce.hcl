# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_emr_block_public_access_configuration" {
  service = "elasticmapreduce"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (emr.resourceBlockPublicAccessConfigurationCreate, emr.resourceBlockPublicAccessConfigurationRead, emr.resourceBlockPublicAccessConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticmapreduce:GetBlockPublicAccessConfiguration"]
    source  = "emr.resourceBlockPublicAccessConfigurationRead"
  }

  create {
    actions = [
      "elasticmapreduce:GetBlockPublicAccessConfiguration",
      "elasticmapreduce:PutBlockPublicAccessConfiguration",
    ]
    source  = "emr.resourceBlockPublicAccessConfigurationCreate"
  }

  delete {
    actions = ["elasticmapreduce:PutBlockPublicAccessConfiguration"]
    source  = "emr.resourceBlockPublicAccessConfigurationDelete"
  }
}

resource "aws_emr_cluster" {
  service = "elasticmapreduce"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (emr.resourceClusterCreate, emr.resourceClusterRead, emr.resourceClusterUpdate, emr.resourceClusterDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by emr.RunJobFlow (not imported: a curated pass_role block names the role attribute); not in iamlive-map, identical IAM name used: elasticmapreduce:SetUnhealthyNodeReplacement"

  read {
    actions = [
      "elasticmapreduce:DescribeCluster",
      "elasticmapreduce:GetAutoTerminationPolicy",
      "elasticmapreduce:ListBootstrapActions",
      "elasticmapreduce:ListInstanceFleets",
      "elasticmapreduce:ListInstanceGroups",
      "elasticmapreduce:ListSteps",
    ]
    source  = "emr.resourceClusterRead"
  }

  create {
    actions = [
      "elasticmapreduce:DescribeCluster",
      "elasticmapreduce:GetAutoTerminationPolicy",
      "elasticmapreduce:ListBootstrapActions",
      "elasticmapreduce:ListInstanceFleets",
      "elasticmapreduce:ListInstanceGroups",
      "elasticmapreduce:ListSteps",
      "elasticmapreduce:RunJobFlow",
      "elasticmapreduce:SetTerminationProtection",
    ]
    source  = "emr.resourceClusterCreate"
  }

  update {
    attributes = []
    actions    = [
      "elasticmapreduce:ModifyCluster",
      "elasticmapreduce:ModifyInstanceGroups",
      "elasticmapreduce:PutAutoScalingPolicy",
      "elasticmapreduce:PutAutoTerminationPolicy",
      "elasticmapreduce:RemoveAutoScalingPolicy",
      "elasticmapreduce:RemoveAutoTerminationPolicy",
      "elasticmapreduce:SetTerminationProtection",
      "elasticmapreduce:SetUnhealthyNodeReplacement",
      "elasticmapreduce:SetVisibleToAllUsers",
    ]
    source     = "emr.resourceClusterUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticmapreduce:AddTags", "elasticmapreduce:RemoveTags"]
    source     = "emr.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["elasticmapreduce:DescribeCluster", "elasticmapreduce:TerminateJobFlows"]
    source  = "emr.resourceClusterDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_emr_instance_fleet" {
  service = "elasticmapreduce"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (emr.resourceInstanceFleetCreate, emr.resourceInstanceFleetRead, emr.resourceInstanceFleetUpdate, emr.resourceInstanceFleetDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticmapreduce:ListInstanceFleets"]
    source  = "emr.resourceInstanceFleetRead"
  }

  create {
    actions = ["elasticmapreduce:AddInstanceFleet", "elasticmapreduce:ListInstanceFleets"]
    source  = "emr.resourceInstanceFleetCreate"
  }

  update {
    attributes = []
    actions    = ["elasticmapreduce:ModifyInstanceFleet"]
    source     = "emr.resourceInstanceFleetUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["elasticmapreduce:ModifyInstanceFleet"]
    source  = "emr.resourceInstanceFleetDelete"
  }
}

resource "aws_emr_instance_group" {
  service = "elasticmapreduce"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (emr.resourceInstanceGroupCreate, emr.resourceInstanceGroupRead, emr.resourceInstanceGroupUpdate, emr.resourceInstanceGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticmapreduce:ListInstanceGroups"]
    source  = "emr.resourceInstanceGroupRead"
  }

  create {
    actions = ["elasticmapreduce:AddInstanceGroups", "elasticmapreduce:ListInstanceGroups"]
    source  = "emr.resourceInstanceGroupCreate"
  }

  update {
    attributes = []
    actions    = ["elasticmapreduce:ModifyInstanceGroups", "elasticmapreduce:PutAutoScalingPolicy"]
    source     = "emr.resourceInstanceGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["elasticmapreduce:ModifyInstanceGroups"]
    source  = "emr.resourceInstanceGroupDelete"
  }
}

resource "aws_emr_managed_scaling_policy" {
  service = "elasticmapreduce"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (emr.resourceManagedScalingPolicyCreate, emr.resourceManagedScalingPolicyRead, emr.resourceManagedScalingPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticmapreduce:GetManagedScalingPolicy"]
    source  = "emr.resourceManagedScalingPolicyRead"
  }

  create {
    actions = ["elasticmapreduce:PutManagedScalingPolicy"]
    source  = "emr.resourceManagedScalingPolicyCreate"
  }

  delete {
    actions = ["elasticmapreduce:RemoveManagedScalingPolicy"]
    source  = "emr.resourceManagedScalingPolicyDelete"
  }
}

resource "aws_emr_security_configuration" {
  service = "elasticmapreduce"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (emr.resourceSecurityConfigurationCreate, emr.resourceSecurityConfigurationRead, emr.resourceSecurityConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticmapreduce:DescribeSecurityConfiguration"]
    source  = "emr.resourceSecurityConfigurationRead"
  }

  create {
    actions = [
      "elasticmapreduce:CreateSecurityConfiguration",
      "elasticmapreduce:DescribeSecurityConfiguration",
    ]
    source  = "emr.resourceSecurityConfigurationCreate"
  }

  delete {
    actions = ["elasticmapreduce:DeleteSecurityConfiguration"]
    source  = "emr.resourceSecurityConfigurationDelete"
  }
}

resource "aws_emr_studio" {
  service = "elasticmapreduce"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (emr.resourceStudioCreate, emr.resourceStudioRead, emr.resourceStudioUpdate, emr.resourceStudioDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticmapreduce:DescribeStudio"]
    source  = "emr.resourceStudioRead"
  }

  create {
    actions = ["elasticmapreduce:CreateStudio", "elasticmapreduce:DescribeStudio"]
    source  = "emr.resourceStudioCreate"
  }

  update {
    attributes = []
    actions    = ["elasticmapreduce:UpdateStudio"]
    source     = "emr.resourceStudioUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticmapreduce:AddTags", "elasticmapreduce:RemoveTags"]
    source     = "emr.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["elasticmapreduce:DeleteStudio"]
    source  = "emr.resourceStudioDelete"
  }
}

resource "aws_emr_studio_session_mapping" {
  service = "elasticmapreduce"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (emr.resourceStudioSessionMappingCreate, emr.resourceStudioSessionMappingRead, emr.resourceStudioSessionMappingUpdate, emr.resourceStudioSessionMappingDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["elasticmapreduce:GetStudioSessionMapping"]
    source  = "emr.resourceStudioSessionMappingRead"
  }

  create {
    actions = [
      "elasticmapreduce:CreateStudioSessionMapping",
      "elasticmapreduce:GetStudioSessionMapping",
    ]
    source  = "emr.resourceStudioSessionMappingCreate"
  }

  update {
    attributes = []
    actions    = ["elasticmapreduce:UpdateStudioSessionMapping"]
    source     = "emr.resourceStudioSessionMappingUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["elasticmapreduce:DeleteStudioSessionMapping"]
    source  = "emr.resourceStudioSessionMappingDelete"
  }
}

data "aws_emr_release_labels" {
  service = "elasticmapreduce"
  source  = "import: pike data/elasticmapreduce/aws_emr_release_labels.json"

  read {
    actions = ["elasticmapreduce:ListReleaseLabels"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_emr_supported_instance_types" {
  service = "elasticmapreduce"
  source  = "import: pike data/elasticmapreduce/aws_emr_supported_instance_types.json"

  read {
    actions = ["elasticmapreduce:ListSupportedInstanceTypes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
