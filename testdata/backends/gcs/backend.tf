terraform {
  backend "gcs" {
    bucket = "acme-tf-state"
    prefix = "terraform/state"
  }
}
