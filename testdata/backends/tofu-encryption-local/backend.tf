# OpenTofu state encryption needs AWS KMS even when the state itself stays local; the key is
# an alias and its region comes from the key provider.
terraform {
  encryption {
    key_provider "aws_kms" "state" {
      kms_key_id = "alias/tofu-state"
      region     = "us-east-2"
      key_spec   = "AES_256"
    }

    method "aes_gcm" "kms" {
      keys = key_provider.aws_kms.state
    }

    state {
      method   = method.aes_gcm.kms
      enforced = true
    }
  }
}
