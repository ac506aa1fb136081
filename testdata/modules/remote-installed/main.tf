# A module calling a registry module that `terraform init` installed: it is read from
# .terraform/modules (a small stand-in here), and local sources inside it resolve relative
# to where it was installed.

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
  name    = "installed"
  cidr    = "10.0.0.0/16"
}
