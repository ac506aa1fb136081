# Ephemeral resources (Terraform 1.10+ `ephemeral` blocks): opened by `terraform plan` and again
# by `terraform apply`, never stored. One entry per ephemeral type of hashicorp/aws 5.100.0
# (`terraform providers schema -json`), read from its `internal/service/*/*_ephemeral.go` Open.
# The plan JSON shows neither their arguments nor their values (only references to them), so
# templates fall back to the IAM patterns.

ephemeral "aws_cognito_identity_openid_token_for_developer_identity" {
  service           = "cognito-identity"
  source            = "terraform-provider-aws internal/service/cognitoidentity/openid_token_for_developer_identity_ephemeral.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["cognito-identity:GetOpenIdTokenForDeveloperIdentity"]
    source  = "Open (GetOpenIdTokenForDeveloperIdentity)"
  }
}

ephemeral "aws_eks_cluster_auth" {
  service           = "sts"
  source            = "terraform-provider-aws 1659a41ac096c3abf7b98b9f66e94e857cb7addc internal/service/eks/cluster_auth_ephemeral.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = []
    source  = "Open: generator.GetWithSTS presigns an STS GetCallerIdentity request locally into the token; nothing is sent (and GetCallerIdentity needs no IAM permission)"
  }
}

ephemeral "aws_kms_secrets" {
  service           = "kms"
  source            = "terraform-provider-aws 3279a24b0fbf892fd6f31215f75eab4573f5063e internal/service/kms/secrets_ephemeral.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["kms:Decrypt"]
    source  = "Open (Decrypt for each secret block)"
  }
}

ephemeral "aws_lambda_invocation" {
  service           = "lambda"
  source            = "terraform-provider-aws internal/service/lambda/invocation_ephemeral.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["lambda:InvokeFunction"]
    source  = "Open (Invoke)"
  }
}

ephemeral "aws_secretsmanager_random_password" {
  service           = "secretsmanager"
  source            = "terraform-provider-aws bcc7028908c9615c8fcc4431c537d1d179e36366 internal/service/secretsmanager/random_password_ephemeral.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["secretsmanager:GetRandomPassword"]
    source  = "Open (GetRandomPassword)"
  }
}

ephemeral "aws_secretsmanager_secret_version" {
  service           = "secretsmanager"
  source            = "terraform-provider-aws 15e4ee5f32a1193f02a7862ec848fe92a45fb8f1 internal/service/secretsmanager/secret_version_ephemeral.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["secretsmanager:GetSecretValue"]
    source  = "Open (findSecretVersion -> GetSecretValue)"
    note    = "A secret encrypted with a customer managed key also needs kms:Decrypt on that key (AWS docs: Secrets Manager, secret encryption and decryption); the key is not an argument"
  }
}

ephemeral "aws_ssm_parameter" {
  service           = "ssm"
  source            = "terraform-provider-aws 13adc2a2af1d3ce27ac209d83dc92a7a3701a891 internal/service/ssm/parameter_ephemeral.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ssm:GetParameter"]
    source  = "Open (findParameterByName -> GetParameter)"
  }

  read {
    if_set  = "with_decryption"
    actions = ["kms:Decrypt"]
    source  = "GetParameter WithDecryption (default true, as the data source) for SecureString; AWS docs: KMS Developer Guide, How AWS Systems Manager Parameter Store uses AWS KMS"
  }
}
