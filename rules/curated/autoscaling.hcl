# Amazon EC2 Auto Scaling resources (service "autoscaling"), curated from terraform-provider-aws source.

resource "aws_launch_configuration" {
  service = "autoscaling"
  source  = "terraform-provider-aws stored version (index id 2140753526) internal/service/autoscaling/launch_configuration.go"
  arn     = "${arn}"
  note    = "every argument is ForceNew; there is no update handler"

  read {
    actions = ["autoscaling:DescribeLaunchConfigurations", "ec2:DescribeImages"]
    source  = "resourceLaunchConfigurationRead: findLaunchConfigurationByName, findImageRootDeviceName (ec2)"
  }

  create {
    actions = ["autoscaling:CreateLaunchConfiguration", "ec2:DescribeImages"]
    source  = "resourceLaunchConfigurationCreate: findImageRootDeviceName, CreateLaunchConfiguration"
  }

  delete {
    actions = ["autoscaling:DeleteLaunchConfiguration"]
    source  = "resourceLaunchConfigurationDelete"
  }

  pass_role {
    attribute = "iam_instance_profile"
    service   = "ec2.amazonaws.com"
    source    = "AWS docs: Amazon EC2 Auto Scaling, IAM role for applications on EC2 instances (iam:PassRole to create a launch configuration with an instance profile)"
    note      = "the attribute holds the instance profile name or ARN; iam:PassRole is checked on the profile's role"
  }
}
