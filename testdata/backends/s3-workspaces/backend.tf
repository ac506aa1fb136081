terraform {
  backend "s3" {
    bucket               = "acme-terraform-state"
    key                  = "app/terraform.tfstate"
    region               = "eu-west-1"
    workspace_key_prefix = "workspaces"
  }
}
