# OpenTofu 1.7+ state encryption with an AWS KMS key provider, on an S3 backend.
terraform {
  backend "s3" {
    bucket       = "acme-tofu-state"
    key          = "app/terraform.tfstate"
    region       = "eu-west-1"
    use_lockfile = true
  }

  encryption {
    key_provider "aws_kms" "state" {
      kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
      region     = "eu-west-1"
      key_spec   = "AES_256"
    }

    method "aes_gcm" "kms" {
      keys = key_provider.aws_kms.state
    }

    state {
      method = method.aes_gcm.kms
    }

    plan {
      method = method.aes_gcm.kms
    }
  }
}
