# AWS Systems Manager (IAM prefix ssm): hand-curated rules for Parameter Store parameters.

resource "aws_ssm_document" {
  service           = "ssm"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/ssm/document.go; pike-mapping resource/ssm/aws_ssm_document.json"
  arn               = "arn:${partition}:ssm:${region}:${account}:document/${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"

  read {
    actions = [
      "ssm:DescribeDocument",
      "ssm:DescribeDocumentPermission",
      "ssm:GetDocument",
      "ssm:ListTagsForResource",
    ]
    source  = "resourceDocumentRead (findDocumentByName -> DescribeDocument, GetDocument for content, DescribeDocumentPermission for permissions); tags via transparent tagging ListTags"
  }

  create {
    actions = ["ssm:CreateDocument"]
    source  = "resourceDocumentCreate (CreateDocument with tags; waitDocumentActive polls DescribeDocument)"
  }

  create {
    if_set  = "attachments_source"
    actions = ["s3:GetObject"]
    source  = "pike-mapping resource/ssm/aws_ssm_document.json (s3:GetObject captured for document attachments in S3)"
  }

  create {
    if_set  = "permissions"
    actions = ["ssm:ModifyDocumentPermission"]
    source  = "resourceDocumentCreate (ModifyDocumentPermission AccountIdsToAdd)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ssm:AddTagsToResource"]
    source  = "transparent tagging: Tags in CreateDocument are authorized by ssm:AddTagsToResource (AWS docs: Systems Manager, tagging resources)"
  }

  update {
    attributes = ["attachments_source", "content", "document_format", "target_type", "version_name"]
    actions    = ["ssm:UpdateDocument", "ssm:UpdateDocumentDefaultVersion"]
    source     = "resourceDocumentUpdate (UpdateDocument, then UpdateDocumentDefaultVersion to the new version; waitDocumentActive)"
  }

  update {
    attributes = ["permissions"]
    actions    = ["ssm:ModifyDocumentPermission"]
    source     = "resourceDocumentUpdate (ModifyDocumentPermission add/remove account ids)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ssm:AddTagsToResource", "ssm:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    if_set     = "attachments_source"
    attributes = ["attachments_source"]
    actions    = ["s3:GetObject"]
    source     = "pike-mapping resource/ssm/aws_ssm_document.json"
  }

  delete {
    actions = ["ssm:DeleteDocument"]
    source  = "resourceDocumentDelete (DeleteDocument; waitDocumentDeleted polls DescribeDocument)"
  }

  delete {
    if_set  = "permissions"
    actions = ["ssm:ModifyDocumentPermission"]
    source  = "resourceDocumentDelete (ModifyDocumentPermission AccountIdsToRemove before DeleteDocument)"
  }
}

resource "aws_ssm_parameter" {
  service           = "ssm"
  source            = "terraform-provider-aws 0073593e7d6993ba482409f4dc35438daaa79bb3 internal/service/ssm/parameter.go"
  arn               = "arn:${partition}:ssm:${region}:${account}:parameter/${name}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "a name starting with `/` fills `parameter/${name}` without doubling the slash; key_id scopes the KMS actions when it is a key ARN (a key id or alias falls back to the key pattern)"

  read {
    actions = ["ssm:DescribeParameters", "ssm:GetParameter", "ssm:ListTagsForResource"]
    source  = "resourceParameterRead (findParameterByName WithDecryption, findParameterMetadataByName); tags via transparent tagging (@Tags) ListTags (ListTagsForResource)"
  }

  read {
    if_set   = "key_id"
    actions  = ["kms:Decrypt"]
    resource = "${key_id}"
    source   = "findParameterByName(WithDecryption=true) for SecureString; AWS docs: KMS Developer Guide, How AWS Systems Manager Parameter Store uses AWS KMS (standard SecureString: Encrypt/Decrypt; advanced: GenerateDataKey)"
  }

  create {
    actions = ["ssm:PutParameter"]
    source  = "resourceParameterCreate (PutParameter; Tags sent when Overwrite is false)"
  }

  create {
    if_set   = "key_id"
    actions  = ["kms:Encrypt", "kms:GenerateDataKey"]
    resource = "${key_id}"
    source   = "PutParameter SecureString with KeyId; AWS docs: KMS Developer Guide, How AWS Systems Manager Parameter Store uses AWS KMS (standard SecureString: Encrypt/Decrypt; advanced: GenerateDataKey)"
  }

  create {
    if_set  = "tags_all"
    actions = ["ssm:AddTagsToResource"]
    source  = "resourceParameterCreate (createTags when overwrite is set; tag-on-create authorization)"
  }

  update {
    attributes = [
      "allowed_pattern",
      "data_type",
      "description",
      "insecure_value",
      "key_id",
      "tier",
      "type",
      "value",
      "value_wo_version",
    ]
    actions    = ["ssm:PutParameter"]
    source     = "resourceParameterUpdate (PutParameter Overwrite=true)"
  }

  update {
    attributes = ["overwrite"]
    actions    = []
    source     = "no API call (HasChangesExcept overwrite)"
  }

  update {
    attributes = ["tags"]
    actions    = ["ssm:AddTagsToResource", "ssm:RemoveTagsFromResource"]
    source     = "transparent tagging UpdateTags"
  }

  update {
    if_set     = "key_id"
    attributes = [
      "allowed_pattern",
      "data_type",
      "description",
      "insecure_value",
      "key_id",
      "tier",
      "type",
      "value",
      "value_wo_version",
    ]
    actions    = ["kms:Encrypt", "kms:GenerateDataKey"]
    resource   = "${key_id}"
    source     = "PutParameter SecureString with KeyId; AWS docs: KMS Developer Guide, How AWS Systems Manager Parameter Store uses AWS KMS (standard SecureString: Encrypt/Decrypt; advanced: GenerateDataKey)"
  }

  delete {
    actions = ["ssm:DeleteParameter"]
    source  = "resourceParameterDelete"
  }
}

data "aws_ssm_parameter" {
  service           = "ssm"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/ssm/parameter_data_source.go"
  provider_versions = "5.100.0, 6.x"

  read {
    actions = ["ssm:GetParameter"]
    source  = "dataSourceParameterRead (GetParameter)"
  }

  read {
    if_set  = "with_decryption"
    actions = ["kms:Decrypt"]
    source  = "GetParameter WithDecryption (default true) for SecureString; AWS docs: KMS Developer Guide, How AWS Systems Manager Parameter Store uses AWS KMS (standard SecureString: Encrypt/Decrypt; advanced: GenerateDataKey)"
  }
}
