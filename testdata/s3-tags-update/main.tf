terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
variable "env" { default = "a" }
provider "aws" {
  region                      = "eu-west-1"
  access_key                  = "testing"
  secret_key                  = "testing"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  s3_use_path_style           = true
  endpoints {
    s3  = "http://127.0.0.1:5000"
    sts = "http://127.0.0.1:5000"
    iam = "http://127.0.0.1:5000"
  }
}
resource "aws_s3_bucket" "b" {
  bucket = "iamplan-fixture-bucket"
  tags   = { env = var.env }
}
resource "aws_s3_bucket" "other" {
  bucket = "iamplan-other-bucket"
}
