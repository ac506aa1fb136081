# AWS Secrets Manager (IAM prefix secretsmanager): hand-curated rules for aws_secretsmanager_secret and its data source.

resource "aws_secretsmanager_secret" {
  service           = "secretsmanager"
  source            = "terraform-provider-aws 00c21cedec069dd27093b175baf15bac6d4b30fe internal/service/secretsmanager/secret.go"
  arn               = "${arn}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "the secret ARN ends in a random 6-character suffix: refresh, update and delete use the `arn` attribute; before create it is unknown and the secret pattern is used (secret:<name>-* would be exact, but a template with a literal `-*` does not have the IAM template's shape, so the engine and lint reject it)"

  read {
    actions = ["secretsmanager:DescribeSecret", "secretsmanager:GetResourcePolicy"]
    source  = "resourceSecretRead (findSecretByID, findSecretPolicyByID; tags from DescribeSecret output)"
  }

  create {
    actions = ["secretsmanager:CreateSecret"]
    source  = "resourceSecretCreate (CreateSecret with tags, kms_key_id, AddReplicaRegions)"
  }

  create {
    if_set  = "policy"
    actions = ["secretsmanager:PutResourcePolicy"]
    source  = "resourceSecretCreate (putSecretPolicy)"
  }

  create {
    if_set  = "replica"
    actions = ["secretsmanager:ReplicateSecretToRegions"]
    source  = "AWS docs: Secrets Manager API Reference CreateSecret (AddReplicaRegions requires secretsmanager:ReplicateSecretToRegions)"
  }

  create {
    if_set  = "tags_all"
    actions = ["secretsmanager:TagResource"]
    source  = "AWS docs: Secrets Manager API Reference CreateSecret (tags require secretsmanager:TagResource)"
  }

  update {
    attributes = ["description", "kms_key_id"]
    actions    = ["secretsmanager:UpdateSecret"]
    source     = "resourceSecretUpdate (UpdateSecret)"
  }

  update {
    attributes = ["force_overwrite_replica_secret", "recovery_window_in_days"]
    actions    = []
    source     = "no API call (read by Update of replica / by Delete)"
  }

  update {
    attributes = ["policy"]
    actions    = ["secretsmanager:DeleteResourcePolicy", "secretsmanager:PutResourcePolicy"]
    source     = "resourceSecretUpdate (putSecretPolicy, or deleteSecretPolicy when emptied)"
  }

  update {
    attributes = ["replica"]
    actions    = [
      "secretsmanager:RemoveRegionsFromReplication",
      "secretsmanager:ReplicateSecretToRegions",
    ]
    source     = "resourceSecretUpdate (removeSecretReplicas, addSecretReplicas)"
  }

  update {
    attributes = ["tags"]
    actions    = ["secretsmanager:TagResource", "secretsmanager:UntagResource"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["secretsmanager:DeleteSecret"]
    source  = "resourceSecretDelete (DeleteSecret; waits with DescribeSecret)"
  }

  delete {
    if_set  = "replica"
    actions = ["secretsmanager:RemoveRegionsFromReplication"]
    source  = "resourceSecretDelete (removeSecretReplicas first)"
  }
}

resource "aws_secretsmanager_secret_policy" {
  service           = "secretsmanager"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/secretsmanager/secret_policy.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions  = ["secretsmanager:GetResourcePolicy"]
    resource = "${secret_arn}"
    source   = "resourceSecretPolicyRead (findSecretPolicyByID -> GetResourcePolicy)"
  }

  create {
    actions  = ["secretsmanager:PutResourcePolicy"]
    resource = "${secret_arn}"
    source   = "resourceSecretPolicyCreate (PutResourcePolicy with BlockPublicPolicy; retried on IAM eventual consistency; waits with GetResourcePolicy)"
  }

  update {
    attributes = ["block_public_policy", "policy"]
    actions    = ["secretsmanager:PutResourcePolicy"]
    resource   = "${secret_arn}"
    source     = "resourceSecretPolicyUpdate (PutResourcePolicy)"
  }

  delete {
    actions  = ["secretsmanager:DeleteResourcePolicy"]
    resource = "${secret_arn}"
    source   = "resourceSecretPolicyDelete (DeleteResourcePolicy; waits with GetResourcePolicy)"
  }
}

resource "aws_secretsmanager_secret_version" {
  service           = "secretsmanager"
  source            = "terraform-provider-aws 0042e8ea0de293c6cd8b003f89f7f4d2fb5fcf31 internal/service/secretsmanager/secret_version.go"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "secret_id is the secret's ARN or name: an ARN scopes every call, a name falls back to the secret pattern"

  read {
    actions  = ["secretsmanager:GetSecretValue"]
    resource = "${secret_id}"
    source   = "resourceSecretVersionRead (findSecretVersionByTwoPartKey -> GetSecretValue with VersionId)"
    note     = "A secret encrypted with a customer managed key also needs kms:Decrypt on that key (AWS docs: Secrets Manager, secret encryption and decryption); the key is not an argument of this resource"
  }

  create {
    actions  = ["secretsmanager:PutSecretValue"]
    resource = "${secret_id}"
    source   = "resourceSecretVersionCreate (PutSecretValue; RetryWhenNotFound polls GetSecretValue)"
    note     = "A secret encrypted with a customer managed key also needs kms:GenerateDataKey on that key (AWS docs: Secrets Manager, secret encryption and decryption)"
  }

  update {
    attributes = ["version_stages"]
    actions    = ["secretsmanager:ListSecretVersionIds", "secretsmanager:UpdateSecretVersionStage"]
    resource   = "${secret_id}"
    source     = "resourceSecretVersionUpdate (UpdateSecretVersionStage per added/removed stage; ListSecretVersionIds to find the AWSCURRENT version when AWSCURRENT is added)"
  }

  delete {
    if_set   = "version_stages"
    actions  = ["secretsmanager:UpdateSecretVersionStage"]
    resource = "${secret_id}"
    source   = "resourceSecretVersionDelete (UpdateSecretVersionStage RemoveFromVersionId for each stage but AWSCURRENT; RetryUntilNotFound polls GetSecretValue)"
  }
}

data "aws_secretsmanager_secret" {
  service           = "secretsmanager"
  source            = "terraform-provider-aws 0413c661ec1b94f3033c98f3fbd1e8c1b2725589 internal/service/secretsmanager/secret_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["secretsmanager:DescribeSecret", "secretsmanager:GetResourcePolicy"]
    source  = "dataSourceSecretRead (findSecretByID, findSecretPolicyByID; tags from DescribeSecret output)"
  }
}
