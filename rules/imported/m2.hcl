# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_m2_application" {
  service = "m2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (m2.(*applicationResource).Create, m2.(*applicationResource).Read, m2.(*applicationResource).Update, m2.(*applicationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["m2:GetApplication", "m2:GetApplicationVersion", "m2:ListTagsForResource"]
    source  = "m2.(*applicationResource).Read + m2.(*servicePackage).ListTags"
  }

  create {
    actions = ["m2:CreateApplication", "m2:GetApplication", "s3:GetObject", "s3:ListBucket"]
    source  = "m2.(*applicationResource).Create"
  }

  update {
    attributes = []
    actions    = ["m2:UpdateApplication"]
    source     = "m2.(*applicationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["m2:TagResource", "m2:UntagResource"]
    source     = "m2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "elasticloadbalancing:DeleteListener",
      "elasticloadbalancing:DeleteTargetGroup",
      "m2:DeleteApplication",
      "m2:GetApplication",
    ]
    source  = "m2.(*applicationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_m2_deployment" {
  service = "m2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (m2.(*deploymentResource).Create, m2.(*deploymentResource).Read, m2.(*deploymentResource).Update, m2.(*deploymentResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["m2:GetApplication", "m2:GetDeployment"]
    source  = "m2.(*deploymentResource).Read"
  }

  create {
    actions = [
      "elasticloadbalancing:CreateListener",
      "elasticloadbalancing:CreateTargetGroup",
      "elasticloadbalancing:RegisterTargets",
      "m2:CreateDeployment",
      "m2:GetApplication",
      "m2:GetDeployment",
      "m2:StartApplication",
    ]
    source  = "m2.(*deploymentResource).Create"
  }

  update {
    attributes = []
    actions    = [
      "elasticloadbalancing:CreateListener",
      "elasticloadbalancing:CreateTargetGroup",
      "elasticloadbalancing:RegisterTargets",
      "m2:CreateDeployment",
      "m2:StartApplication",
      "m2:StopApplication",
    ]
    source     = "m2.(*deploymentResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "elasticloadbalancing:DeleteListener",
      "elasticloadbalancing:DeleteTargetGroup",
      "m2:DeleteApplicationFromEnvironment",
      "m2:GetApplication",
      "m2:StopApplication",
    ]
    source  = "m2.(*deploymentResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_m2_environment" {
  service = "m2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (m2.(*environmentResource).Create, m2.(*environmentResource).Read, m2.(*environmentResource).Update, m2.(*environmentResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["m2:GetEnvironment", "m2:ListTagsForResource"]
    source  = "m2.(*environmentResource).Read + m2.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:CreateNetworkInterface",
      "ec2:CreateNetworkInterfacePermission",
      "ec2:DescribeNetworkInterfaces",
      "ec2:DescribeSecurityGroups",
      "ec2:DescribeSubnets",
      "ec2:DescribeVpcAttribute",
      "ec2:DescribeVpcs",
      "ec2:ModifyNetworkInterfaceAttribute",
      "elasticfilesystem:DescribeMountTargets",
      "elasticloadbalancing:CreateLoadBalancer",
      "fsx:DescribeFileSystems",
      "iam:CreateServiceLinkedRole",
      "m2:CreateEnvironment",
      "m2:GetEnvironment",
    ]
    source  = "m2.(*environmentResource).Create"
  }

  update {
    attributes = []
    actions    = ["m2:UpdateEnvironment"]
    source     = "m2.(*environmentResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["m2:TagResource", "m2:UntagResource"]
    source     = "m2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "elasticloadbalancing:DeleteLoadBalancer",
      "m2:DeleteEnvironment",
      "m2:GetEnvironment",
    ]
    source  = "m2.(*environmentResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
