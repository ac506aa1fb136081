terraform {
  backend "s3" {
    key = "init/terraform.tfstate"
  }
}
