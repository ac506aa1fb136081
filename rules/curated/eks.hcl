# Amazon EKS (IAM prefix eks): hand-curated rules for clusters, node groups, add-ons, Fargate profiles and the aws_eks_cluster data source.

resource "aws_eks_addon" {
  service           = "eks"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/eks/addon.go (resourceAddonCreate/Read/Update/Delete)"
  provider_versions = "5.100.0, 6.x"
  note              = "no arn template: the IAM addon ARN ends in a service-generated UUID that is no argument"

  read {
    actions = ["eks:DescribeAddon"]
    source  = "resourceAddonRead (findAddonByTwoPartKey: DescribeAddon; tags from the response)"
  }

  read {
    if_set  = "pod_identity_association"
    actions = ["eks:DescribePodIdentityAssociation"]
    source  = "resourceAddonRead (DescribePodIdentityAssociation for each association the add-on reports)"
  }

  create {
    actions = ["eks:CreateAddon"]
    source  = "resourceAddonCreate (CreateAddon with tags; waitAddonCreated polls DescribeAddon)"
  }

  create {
    if_set  = "tags_all"
    actions = ["eks:TagResource"]
    source  = "pike-mapping eks attributes.tags (iamlive capture); IAM reference: eks:TagResource authorizes tags sent in a Create* request (aws:RequestTag)"
  }

  update {
    attributes = [
      "addon_version",
      "configuration_values",
      "pod_identity_association",
      "resolve_conflicts",
      "resolve_conflicts_on_update",
      "service_account_role_arn",
    ]
    actions    = ["eks:DescribeUpdate", "eks:UpdateAddon"]
    source     = "resourceAddonUpdate (UpdateAddon; waitAddonUpdateSuccessful polls DescribeUpdate)"
  }

  update {
    attributes = ["preserve", "resolve_conflicts_on_create", "timeouts"]
    actions    = []
    source     = "no API call (read by Create/Delete only)"
  }

  update {
    attributes = ["tags"]
    actions    = ["eks:TagResource", "eks:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["eks:DeleteAddon"]
    source  = "resourceAddonDelete (DeleteAddon with Preserve; waitAddonDeleted polls DescribeAddon)"
  }

  pass_role {
    attribute = "pod_identity_association.role_arn"
    service   = "pods.eks.amazonaws.com"
    source    = "CreateAddon/UpdateAddon PodIdentityAssociations RoleArn; AWS docs: EKS User Guide, EKS Pod Identity (iam:PassRole to associate a role)"
    note      = "iam:PassedToService value assumed from the role's trust principal"
  }
}

resource "aws_eks_cluster" {
  service           = "eks"
  source            = "terraform-provider-aws 00555dc5b38f92abbfa230badea0ed0754cea81e internal/service/eks/cluster.go"
  arn               = "arn:${partition}:eks:${region}:${account}:cluster/${name}"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["eks:DescribeCluster"]
    source  = "resourceClusterRead (findClusterByName: DescribeCluster; tags from the response)"
  }

  create {
    actions = ["eks:CreateCluster"]
    source  = "resourceClusterCreate (CreateCluster with tags, retried for IAM propagation; waitClusterCreated polls DescribeCluster)"
  }

  create {
    if_set  = "encryption_config"
    actions = ["kms:CreateGrant", "kms:DescribeKey"]
    source  = "AWS docs: EKS User Guide, Encrypt Kubernetes secrets with KMS on existing clusters (the creating principal needs kms:CreateGrant and kms:DescribeKey on the key); pike-mapping attributes.key_arn"
  }

  create {
    if_set  = "tags_all"
    actions = ["eks:TagResource"]
    source  = "pike-mapping eks attributes.tags (iamlive capture); IAM reference: eks:TagResource authorizes tags sent in a Create* request (aws:RequestTag)"
  }

  update {
    attributes = [
      "access_config",
      "compute_config",
      "deletion_protection",
      "enabled_cluster_log_types",
      "kubernetes_network_config",
      "storage_config",
      "upgrade_policy",
      "vpc_config",
      "zonal_shift_config",
    ]
    actions    = ["eks:DescribeUpdate", "eks:UpdateClusterConfig"]
    source     = "resourceClusterUpdate (UpdateClusterConfig per changed group; updateVPCConfig; waitClusterUpdateSuccessful polls DescribeUpdate)"
  }

  update {
    attributes = ["bootstrap_self_managed_addons", "force_update_version", "timeouts"]
    actions    = []
    source     = "no API call (create-time or plan-time only)"
  }

  update {
    attributes = ["encryption_config"]
    actions    = [
      "eks:AssociateEncryptionConfig",
      "eks:DescribeUpdate",
      "kms:CreateGrant",
      "kms:DescribeKey",
    ]
    source     = "resourceClusterUpdate (AssociateEncryptionConfig when encryption_config is added; waitClusterUpdateSuccessful polls DescribeUpdate); AWS docs: EKS User Guide, Encrypt Kubernetes secrets with KMS on existing clusters"
  }

  update {
    attributes = ["tags"]
    actions    = ["eks:TagResource", "eks:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    attributes = ["version"]
    actions    = ["eks:DescribeUpdate", "eks:UpdateClusterVersion"]
    source     = "resourceClusterUpdate (UpdateClusterVersion first; waitClusterUpdateSuccessful polls DescribeUpdate)"
  }

  delete {
    actions = ["eks:DeleteCluster"]
    source  = "resourceClusterDelete (DeleteCluster retried while an update is in progress; waitClusterDeleted polls DescribeCluster)"
  }

  pass_role {
    attribute = "compute_config.node_role_arn"
    service   = "ec2.amazonaws.com"
    source    = "CreateCluster/UpdateClusterConfig ComputeConfig.NodeRoleArn; AWS docs: EKS User Guide, Amazon EKS Auto Mode node IAM role (trust principal ec2.amazonaws.com)"
    note      = "iam:PassedToService value assumed from the role's trust principal"
  }

  pass_role {
    attribute = "role_arn"
    service   = "eks.amazonaws.com"
    source    = "CreateCluster RoleArn; AWS docs: EKS User Guide, Amazon EKS cluster IAM role (iam:PassRole)"
  }
}

resource "aws_eks_fargate_profile" {
  service           = "eks"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/eks/fargate_profile.go (resourceFargateProfileCreate/Read/Update/Delete)"
  provider_versions = "5.100.0, 6.x"
  note              = "no arn template: the IAM fargateprofile ARN ends in a service-generated UUID that is no argument; every argument but tags is ForceNew"

  read {
    actions = ["eks:DescribeFargateProfile"]
    source  = "resourceFargateProfileRead (findFargateProfileByTwoPartKey: DescribeFargateProfile; tags from the response)"
  }

  create {
    actions = ["eks:CreateFargateProfile"]
    source  = "resourceFargateProfileCreate (CreateFargateProfile with tags, retried for IAM propagation; waitFargateProfileCreated polls DescribeFargateProfile)"
  }

  create {
    if_set  = "tags_all"
    actions = ["eks:TagResource"]
    source  = "pike-mapping eks attributes.tags (iamlive capture); IAM reference: eks:TagResource authorizes tags sent in a Create* request (aws:RequestTag)"
  }

  update {
    attributes = ["tags"]
    actions    = ["eks:TagResource", "eks:UntagResource"]
    source     = "resourceFargateProfileUpdate (tags only, transparent tagging UpdateTags)"
  }

  delete {
    actions = ["eks:DeleteFargateProfile"]
    source  = "resourceFargateProfileDelete (DeleteFargateProfile; waitFargateProfileDeleted polls DescribeFargateProfile)"
  }

  pass_role {
    attribute = "pod_execution_role_arn"
    service   = "eks-fargate-pods.amazonaws.com"
    source    = "CreateFargateProfile PodExecutionRoleArn; AWS docs: EKS User Guide, Amazon EKS Pod execution IAM role (trust principal eks-fargate-pods.amazonaws.com)"
    note      = "iam:PassedToService value assumed from the role's trust principal"
  }
}

resource "aws_eks_node_group" {
  service           = "eks"
  source            = "terraform-provider-aws 012e0a32f0686212f447447fd3d81c3d0ce256ad internal/service/eks/node_group.go (read/update/delete); terraform-provider-aws v6.60.0 provider-model call_patterns (create)"
  provider_versions = "5.100.0, 6.x"
  note              = "no arn template: the IAM nodegroup ARN ends in a service-generated UUID that is no argument; EKS launches the instances through its service-linked role"

  read {
    actions = ["eks:DescribeNodegroup"]
    source  = "resourceNodeGroupRead (findNodegroupByTwoPartKey: DescribeNodegroup; tags from the response)"
  }

  create {
    actions = ["eks:CreateNodegroup"]
    source  = "resourceNodeGroupCreate (CreateNodegroup with tags; waitNodegroupCreated polls DescribeNodegroup)"
  }

  create {
    if_set  = "tags_all"
    actions = ["eks:TagResource"]
    source  = "pike-mapping eks attributes.tags (iamlive capture); IAM reference: eks:TagResource authorizes tags sent in a Create* request (aws:RequestTag)"
  }

  update {
    attributes = ["force_update_version", "timeouts"]
    actions    = []
    source     = "no API call (force_update_version only feeds the next UpdateNodegroupVersion)"
  }

  update {
    attributes = ["labels", "node_repair_config", "scaling_config", "taint", "update_config"]
    actions    = ["eks:DescribeUpdate", "eks:UpdateNodegroupConfig"]
    source     = "resourceNodeGroupUpdate (UpdateNodegroupConfig; waitNodegroupUpdateSuccessful polls DescribeUpdate)"
  }

  update {
    attributes = ["launch_template", "release_version", "version"]
    actions    = ["eks:DescribeUpdate", "eks:UpdateNodegroupVersion"]
    source     = "resourceNodeGroupUpdate (UpdateNodegroupVersion first; waitNodegroupUpdateSuccessful polls DescribeUpdate)"
  }

  update {
    attributes = ["tags"]
    actions    = ["eks:TagResource", "eks:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["eks:DeleteNodegroup"]
    source  = "resourceNodeGroupDelete (DeleteNodegroup; waitNodegroupDeleted polls DescribeNodegroup)"
  }

  pass_role {
    attribute = "node_role_arn"
    service   = "ec2.amazonaws.com"
    source    = "CreateNodegroup NodeRole; AWS docs: EKS User Guide, Amazon EKS node IAM role (trust principal ec2.amazonaws.com)"
    note      = "iam:PassedToService value assumed from the role's trust principal"
  }
}

data "aws_eks_cluster" {
  service           = "eks"
  source            = "terraform-provider-aws 0010044f3e160a5c3b3250cc2c040e7cc0760018 internal/service/eks/cluster_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["eks:DescribeCluster"]
    source  = "dataSourceClusterRead (FindClusterByName: DescribeCluster; tags from the response)"
  }
}
