# Amazon Cognito user pools (IAM prefix cognito-idp): hand-curated rules for user pools, user pool clients and user pool domains.

resource "aws_cognito_user_pool" {
  service           = "cognito-idp"
  source            = "terraform-provider-aws 015edb133ea64d879a0fdd1551d0c8daee7d4995 internal/service/cognitoidp/user_pool.go"
  arn               = "arn:${partition}:cognito-idp:${region}:${account}:userpool/${id}"
  provider_versions = "5.100.0, 6.x"
  note              = "tags are sent in CreateUserPool (UserPoolTags) and read back from DescribeUserPool (setTagsOut), so the transparent tagging layer does not call ListTagsForResource; no source found that CreateUserPool with tags also needs cognito-idp:TagResource. The file read predates user_pool_tier/email_mfa_configuration: a change to an attribute no update block names falls back to every update block"

  read {
    actions = ["cognito-idp:DescribeUserPool", "cognito-idp:GetUserPoolMfaConfig"]
    source  = "resourceUserPoolRead (findUserPoolByID: DescribeUserPool, tags from its output; findUserPoolMFAConfigByID: GetUserPoolMfaConfig)"
  }

  create {
    actions = ["cognito-idp:CreateUserPool"]
    source  = "resourceUserPoolCreate (CreateUserPool with UserPoolTags, retried on SMS role propagation errors)"
  }

  create {
    if_set  = "lambda_config.kms_key_id"
    actions = ["kms:CreateGrant"]
    source  = "pike-mapping resource/cognito-idp/aws_cognito_user_pool.json attributes.kms_key_id (custom sender triggers' KMS key, lambda_config.kms_key_id)"
  }

  create {
    if_set  = "web_authn_configuration"
    actions = ["cognito-idp:SetUserPoolMfaConfig"]
    source  = "resourceUserPoolCreate (SetUserPoolMfaConfig when mfa_configuration is not OFF or web_authn_configuration is set)"
  }

  create {
    unless_equals = ["mfa_configuration", "OFF"]
    actions       = ["cognito-idp:SetUserPoolMfaConfig"]
    source        = "resourceUserPoolCreate (SetUserPoolMfaConfig when mfa_configuration is not OFF or web_authn_configuration is set)"
  }

  update {
    attributes = [
      "account_recovery_setting",
      "admin_create_user_config",
      "auto_verified_attributes",
      "deletion_protection",
      "device_configuration",
      "email_configuration",
      "email_verification_message",
      "email_verification_subject",
      "lambda_config",
      "password_policy",
      "sign_in_policy",
      "sms_authentication_message",
      "sms_configuration",
      "sms_verification_message",
      "user_attribute_update_settings",
      "user_pool_add_ons",
      "verification_message_template",
    ]
    actions    = ["cognito-idp:UpdateUserPool"]
    source     = "resourceUserPoolUpdate (non-MFA changes: UpdateUserPool with the whole configuration)"
  }

  update {
    attributes = [
      "mfa_configuration",
      "sms_authentication_message",
      "sms_configuration",
      "software_token_mfa_configuration",
      "web_authn_configuration",
    ]
    actions    = ["cognito-idp:SetUserPoolMfaConfig"]
    source     = "resourceUserPoolUpdate (MFA changes: SetUserPoolMfaConfig)"
  }

  update {
    attributes = ["schema"]
    actions    = ["cognito-idp:AddCustomAttributes"]
    source     = "resourceUserPoolUpdate (AddCustomAttributes for added schema attributes; modifying or removing one is an error)"
  }

  update {
    attributes = ["tags"]
    actions    = ["cognito-idp:TagResource", "cognito-idp:UntagResource"]
    source     = "transparent tagging UpdateTags (@Tags identifierAttribute=arn; UpdateUserPool does not send UserPoolTags)"
  }

  update {
    if_set     = "lambda_config.kms_key_id"
    attributes = ["lambda_config"]
    actions    = ["kms:CreateGrant"]
    source     = "pike-mapping resource/cognito-idp/aws_cognito_user_pool.json attributes.kms_key_id"
  }

  delete {
    actions = ["cognito-idp:DeleteUserPool"]
    source  = "resourceUserPoolDelete (DeleteUserPool)"
  }

  pass_role {
    attribute  = "sms_configuration.sns_caller_arn"
    attributes = [
      "account_recovery_setting",
      "admin_create_user_config",
      "auto_verified_attributes",
      "deletion_protection",
      "device_configuration",
      "email_configuration",
      "email_verification_message",
      "email_verification_subject",
      "lambda_config",
      "mfa_configuration",
      "password_policy",
      "sign_in_policy",
      "sms_authentication_message",
      "sms_verification_message",
      "software_token_mfa_configuration",
      "user_attribute_update_settings",
      "user_pool_add_ons",
      "verification_message_template",
      "web_authn_configuration",
    ]
    service    = "cognito-idp.amazonaws.com"
    source     = "pike-mapping resource/cognito-idp/aws_cognito_user_pool.json attributes.sms_configuration (iam:PassRole); the SMS role goes in CreateUserPool SmsConfiguration and is resent by every UpdateUserPool and SetUserPoolMfaConfig"
  }
}

resource "aws_cognito_user_pool_client" {
  service           = "cognito-idp"
  source            = "terraform-provider-aws (file version as stored in the code index, store id 2329298327) internal/service/cognitoidp/user_pool_client.go"
  arn               = "arn:${partition}:cognito-idp:${region}:${account}:userpool/${user_pool_id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "a client has no ARN of its own: every call is authorized on its user pool"

  read {
    actions = ["cognito-idp:DescribeUserPoolClient"]
    source  = "(*userPoolClientResource).Read (findUserPoolClientByTwoPartKey: DescribeUserPoolClient)"
  }

  create {
    actions = ["cognito-idp:CreateUserPoolClient"]
    source  = "(*userPoolClientResource).Create (CreateUserPoolClient; the state comes from its output, no read)"
  }

  update {
    attributes = [
      "access_token_validity",
      "allowed_oauth_flows",
      "allowed_oauth_flows_user_pool_client",
      "allowed_oauth_scopes",
      "analytics_configuration",
      "auth_session_validity",
      "callback_urls",
      "default_redirect_uri",
      "enable_propagate_additional_user_context_data",
      "enable_token_revocation",
      "explicit_auth_flows",
      "id_token_validity",
      "logout_urls",
      "name",
      "prevent_user_existence_errors",
      "read_attributes",
      "refresh_token_validity",
      "supported_identity_providers",
      "token_validity_units",
      "write_attributes",
    ]
    actions    = ["cognito-idp:UpdateUserPoolClient"]
    source     = "(*userPoolClientResource).Update (UpdateUserPoolClient with the whole configuration, retried on ConcurrentModificationException)"
  }

  delete {
    actions = ["cognito-idp:DeleteUserPoolClient"]
    source  = "(*userPoolClientResource).Delete (DeleteUserPoolClient)"
  }

  pass_role {
    attribute  = "analytics_configuration.role_arn"
    attributes = [
      "access_token_validity",
      "allowed_oauth_flows",
      "allowed_oauth_flows_user_pool_client",
      "allowed_oauth_scopes",
      "auth_session_validity",
      "callback_urls",
      "default_redirect_uri",
      "enable_propagate_additional_user_context_data",
      "enable_token_revocation",
      "explicit_auth_flows",
      "id_token_validity",
      "logout_urls",
      "name",
      "prevent_user_existence_errors",
      "read_attributes",
      "refresh_token_validity",
      "supported_identity_providers",
      "token_validity_units",
      "write_attributes",
    ]
    service    = "cognito-idp.amazonaws.com"
    source     = "iamlive map: CreateUserPoolClient and UpdateUserPoolClient need iam:PassRole on AnalyticsConfiguration.RoleArn; every UpdateUserPoolClient resends the analytics configuration"
  }
}

resource "aws_cognito_user_pool_domain" {
  service           = "cognito-idp"
  source            = "terraform-provider-aws (file version as stored in the code index, store id 2036541366) internal/service/cognitoidp/user_pool_domain.go"
  arn               = "arn:${partition}:cognito-idp:${region}:${account}:userpool/${user_pool_id}"
  provider_versions = "5.100.0, 6.x"
  verified          = "capture: provider 5.100.0"
  note              = "the domain has no ARN of its own: Create/Update/DeleteUserPoolDomain are authorized on the user pool, DescribeUserPoolDomain takes no resource"

  read {
    actions = ["cognito-idp:DescribeUserPoolDomain"]
    source  = "resourceUserPoolDomainRead (findUserPoolDomain: DescribeUserPoolDomain)"
  }

  create {
    actions = ["cognito-idp:CreateUserPoolDomain"]
    source  = "resourceUserPoolDomainCreate (CreateUserPoolDomain; waitUserPoolDomainCreated polls DescribeUserPoolDomain)"
  }

  create {
    if_set  = "certificate_arn"
    actions = ["cloudfront:UpdateDistribution"]
    source  = "pike-mapping resource/cognito-idp/aws_cognito_user_pool_domain.json apply/modify (cloudfront:updateDistribution, a custom domain's CloudFront distribution)"
  }

  update {
    attributes = ["certificate_arn", "managed_login_version"]
    actions    = ["cognito-idp:UpdateUserPoolDomain"]
    source     = "resourceUserPoolDomainUpdate (UpdateUserPoolDomain; waitUserPoolDomainUpdated polls DescribeUserPoolDomain); managed_login_version (not in the file read, in the 5.100.0 schema): capture realrun aws_cognito_user_pool_domain update (managed_login_version null -> 2 made UpdateUserPoolDomain), hashicorp/aws 5.100.0"
  }

  update {
    if_set     = "certificate_arn"
    attributes = ["certificate_arn"]
    actions    = ["cloudfront:UpdateDistribution"]
    source     = "pike-mapping resource/cognito-idp/aws_cognito_user_pool_domain.json modify (cloudfront:updateDistribution)"
  }

  delete {
    actions = ["cognito-idp:DeleteUserPoolDomain"]
    source  = "resourceUserPoolDomainDelete (DeleteUserPoolDomain; waitUserPoolDomainDeleted polls DescribeUserPoolDomain)"
  }
}
