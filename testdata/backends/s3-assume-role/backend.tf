terraform {
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "app/terraform.tfstate"
    region = "eu-west-1"
    assume_role {
      role_arn = "arn:aws:iam::111122223333:role/terraform-state"
    }
  }
}
