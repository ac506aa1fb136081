# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_bedrockagentcore_agent_runtime" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*agentRuntimeResource).Create, bedrockagentcore.(*agentRuntimeResource).Read, bedrockagentcore.(*agentRuntimeResource).Update, bedrockagentcore.(*agentRuntimeResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateAgentRuntime, bedrock-agentcore:DeleteAgentRuntime, bedrock-agentcore:GetAgentRuntime, bedrock-agentcore:ListTagsForResource, bedrock-agentcore:TagResource, bedrock-agentcore:UntagResource, bedrock-agentcore:UpdateAgentRuntime"

  read {
    actions = ["bedrock-agentcore:GetAgentRuntime", "bedrock-agentcore:ListTagsForResource"]
    source  = "bedrockagentcore.(*agentRuntimeResource).Read + bedrockagentcore.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock-agentcore:CreateAgentRuntime", "bedrock-agentcore:GetAgentRuntime"]
    source  = "bedrockagentcore.(*agentRuntimeResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateAgentRuntime"]
    source     = "bedrockagentcore.(*agentRuntimeResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource"]
    source     = "bedrockagentcore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteAgentRuntime", "bedrock-agentcore:GetAgentRuntime"]
    source  = "bedrockagentcore.(*agentRuntimeResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_agent_runtime_endpoint" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*agentRuntimeEndpointResource).Create, bedrockagentcore.(*agentRuntimeEndpointResource).Read, bedrockagentcore.(*agentRuntimeEndpointResource).Update, bedrockagentcore.(*agentRuntimeEndpointResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateAgentRuntimeEndpoint, bedrock-agentcore:DeleteAgentRuntimeEndpoint, bedrock-agentcore:GetAgentRuntimeEndpoint, bedrock-agentcore:ListTagsForResource, bedrock-agentcore:TagResource, bedrock-agentcore:UntagResource, bedrock-agentcore:UpdateAgentRuntimeEndpoint"

  read {
    actions = ["bedrock-agentcore:GetAgentRuntimeEndpoint", "bedrock-agentcore:ListTagsForResource"]
    source  = "bedrockagentcore.(*agentRuntimeEndpointResource).Read + bedrockagentcore.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "bedrock-agentcore:CreateAgentRuntimeEndpoint",
      "bedrock-agentcore:GetAgentRuntimeEndpoint",
    ]
    source  = "bedrockagentcore.(*agentRuntimeEndpointResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateAgentRuntimeEndpoint"]
    source     = "bedrockagentcore.(*agentRuntimeEndpointResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource"]
    source     = "bedrockagentcore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "bedrock-agentcore:DeleteAgentRuntimeEndpoint",
      "bedrock-agentcore:GetAgentRuntimeEndpoint",
    ]
    source  = "bedrockagentcore.(*agentRuntimeEndpointResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_api_key_credential_provider" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*apiKeyCredentialProviderResource).Create, bedrockagentcore.(*apiKeyCredentialProviderResource).Read, bedrockagentcore.(*apiKeyCredentialProviderResource).Update, bedrockagentcore.(*apiKeyCredentialProviderResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateApiKeyCredentialProvider, bedrock-agentcore:DeleteApiKeyCredentialProvider, bedrock-agentcore:GetApiKeyCredentialProvider, bedrock-agentcore:ListTagsForResource, bedrock-agentcore:TagResource, bedrock-agentcore:UntagResource, bedrock-agentcore:UpdateApiKeyCredentialProvider"

  read {
    actions = [
      "bedrock-agentcore:GetApiKeyCredentialProvider",
      "bedrock-agentcore:ListTagsForResource",
    ]
    source  = "bedrockagentcore.(*apiKeyCredentialProviderResource).Read + bedrockagentcore.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock-agentcore:CreateApiKeyCredentialProvider"]
    source  = "bedrockagentcore.(*apiKeyCredentialProviderResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateApiKeyCredentialProvider"]
    source     = "bedrockagentcore.(*apiKeyCredentialProviderResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource"]
    source     = "bedrockagentcore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteApiKeyCredentialProvider"]
    source  = "bedrockagentcore.(*apiKeyCredentialProviderResource).Delete"
  }
}

resource "aws_bedrockagentcore_browser" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*browserResource).Create, bedrockagentcore.(*browserResource).Read, bedrockagentcore.(*browserResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateBrowser, bedrock-agentcore:DeleteBrowser, bedrock-agentcore:GetBrowser, bedrock-agentcore:ListTagsForResource, bedrock-agentcore:TagResource, bedrock-agentcore:UntagResource"

  read {
    actions = ["bedrock-agentcore:GetBrowser", "bedrock-agentcore:ListTagsForResource"]
    source  = "bedrockagentcore.(*browserResource).Read + bedrockagentcore.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock-agentcore:CreateBrowser", "bedrock-agentcore:GetBrowser"]
    source  = "bedrockagentcore.(*browserResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource"]
    source     = "bedrockagentcore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteBrowser", "bedrock-agentcore:GetBrowser"]
    source  = "bedrockagentcore.(*browserResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_browser_profile" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*browserProfileResource).Create, bedrockagentcore.(*browserProfileResource).Read, bedrockagentcore.(*browserProfileResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateBrowserProfile, bedrock-agentcore:DeleteBrowserProfile, bedrock-agentcore:GetBrowserProfile, bedrock-agentcore:ListTagsForResource, bedrock-agentcore:TagResource, bedrock-agentcore:UntagResource"

  read {
    actions = ["bedrock-agentcore:GetBrowserProfile", "bedrock-agentcore:ListTagsForResource"]
    source  = "bedrockagentcore.(*browserProfileResource).Read + bedrockagentcore.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock-agentcore:CreateBrowserProfile", "bedrock-agentcore:GetBrowserProfile"]
    source  = "bedrockagentcore.(*browserProfileResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource"]
    source     = "bedrockagentcore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteBrowserProfile", "bedrock-agentcore:GetBrowserProfile"]
    source  = "bedrockagentcore.(*browserProfileResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_code_interpreter" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*codeInterpreterResource).Create, bedrockagentcore.(*codeInterpreterResource).Read, bedrockagentcore.(*codeInterpreterResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateCodeInterpreter, bedrock-agentcore:DeleteCodeInterpreter, bedrock-agentcore:GetCodeInterpreter, bedrock-agentcore:ListTagsForResource, bedrock-agentcore:TagResource, bedrock-agentcore:UntagResource"

  read {
    actions = ["bedrock-agentcore:GetCodeInterpreter", "bedrock-agentcore:ListTagsForResource"]
    source  = "bedrockagentcore.(*codeInterpreterResource).Read + bedrockagentcore.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock-agentcore:CreateCodeInterpreter", "bedrock-agentcore:GetCodeInterpreter"]
    source  = "bedrockagentcore.(*codeInterpreterResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource"]
    source     = "bedrockagentcore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteCodeInterpreter", "bedrock-agentcore:GetCodeInterpreter"]
    source  = "bedrockagentcore.(*codeInterpreterResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_evaluator" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*evaluatorResource).Create, bedrockagentcore.(*evaluatorResource).Read, bedrockagentcore.(*evaluatorResource).Update, bedrockagentcore.(*evaluatorResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateEvaluator, bedrock-agentcore:DeleteEvaluator, bedrock-agentcore:GetEvaluator, bedrock-agentcore:ListTagsForResource, bedrock-agentcore:TagResource, bedrock-agentcore:UntagResource, bedrock-agentcore:UpdateEvaluator"

  read {
    actions = ["bedrock-agentcore:GetEvaluator", "bedrock-agentcore:ListTagsForResource"]
    source  = "bedrockagentcore.(*evaluatorResource).Read + bedrockagentcore.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock-agentcore:CreateEvaluator", "bedrock-agentcore:GetEvaluator"]
    source  = "bedrockagentcore.(*evaluatorResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateEvaluator"]
    source     = "bedrockagentcore.(*evaluatorResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource"]
    source     = "bedrockagentcore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteEvaluator", "bedrock-agentcore:GetEvaluator"]
    source  = "bedrockagentcore.(*evaluatorResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_gateway" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*gatewayResource).Create, bedrockagentcore.(*gatewayResource).Read, bedrockagentcore.(*gatewayResource).Update, bedrockagentcore.(*gatewayResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateGateway, bedrock-agentcore:DeleteGateway, bedrock-agentcore:DeleteGatewayTarget, bedrock-agentcore:GetGateway, bedrock-agentcore:GetGatewayTarget, bedrock-agentcore:ListGatewayTargets, bedrock-agentcore:ListTagsForResource, bedrock-agentcore:TagResource, bedrock-agentcore:UntagResource, bedrock-agentcore:UpdateGateway"

  read {
    actions = ["bedrock-agentcore:GetGateway", "bedrock-agentcore:ListTagsForResource"]
    source  = "bedrockagentcore.(*gatewayResource).Read + bedrockagentcore.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock-agentcore:CreateGateway", "bedrock-agentcore:GetGateway"]
    source  = "bedrockagentcore.(*gatewayResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateGateway"]
    source     = "bedrockagentcore.(*gatewayResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource"]
    source     = "bedrockagentcore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "bedrock-agentcore:DeleteGateway",
      "bedrock-agentcore:DeleteGatewayTarget",
      "bedrock-agentcore:GetGateway",
      "bedrock-agentcore:GetGatewayTarget",
      "bedrock-agentcore:ListGatewayTargets",
    ]
    source  = "bedrockagentcore.(*gatewayResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_gateway_rule" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*gatewayRuleResource).Create, bedrockagentcore.(*gatewayRuleResource).Read, bedrockagentcore.(*gatewayRuleResource).Update, bedrockagentcore.(*gatewayRuleResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateGatewayRule, bedrock-agentcore:DeleteGatewayRule, bedrock-agentcore:GetGatewayRule, bedrock-agentcore:UpdateGatewayRule"

  read {
    actions = ["bedrock-agentcore:GetGatewayRule"]
    source  = "bedrockagentcore.(*gatewayRuleResource).Read"
  }

  create {
    actions = ["bedrock-agentcore:CreateGatewayRule", "bedrock-agentcore:GetGatewayRule"]
    source  = "bedrockagentcore.(*gatewayRuleResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateGatewayRule"]
    source     = "bedrockagentcore.(*gatewayRuleResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteGatewayRule", "bedrock-agentcore:GetGatewayRule"]
    source  = "bedrockagentcore.(*gatewayRuleResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_gateway_target" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*gatewayTargetResource).Create, bedrockagentcore.(*gatewayTargetResource).Read, bedrockagentcore.(*gatewayTargetResource).Update, bedrockagentcore.(*gatewayTargetResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateGatewayTarget, bedrock-agentcore:DeleteGatewayTarget, bedrock-agentcore:GetGatewayTarget, bedrock-agentcore:UpdateGatewayTarget"

  read {
    actions = ["bedrock-agentcore:GetGatewayTarget"]
    source  = "bedrockagentcore.(*gatewayTargetResource).Read"
  }

  create {
    actions = ["bedrock-agentcore:CreateGatewayTarget", "bedrock-agentcore:GetGatewayTarget"]
    source  = "bedrockagentcore.(*gatewayTargetResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateGatewayTarget"]
    source     = "bedrockagentcore.(*gatewayTargetResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteGatewayTarget", "bedrock-agentcore:GetGatewayTarget"]
    source  = "bedrockagentcore.(*gatewayTargetResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_harness" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*harnessResource).Create, bedrockagentcore.(*harnessResource).Read, bedrockagentcore.(*harnessResource).Update, bedrockagentcore.(*harnessResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateHarness, bedrock-agentcore:DeleteHarness, bedrock-agentcore:GetHarness, bedrock-agentcore:GetMemory, bedrock-agentcore:ListTagsForResource, bedrock-agentcore:TagResource, bedrock-agentcore:UntagResource, bedrock-agentcore:UpdateHarness"

  read {
    actions = [
      "bedrock-agentcore:GetHarness",
      "bedrock-agentcore:GetMemory",
      "bedrock-agentcore:ListTagsForResource",
    ]
    source  = "bedrockagentcore.(*harnessResource).Read + bedrockagentcore.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "bedrock-agentcore:CreateHarness",
      "bedrock-agentcore:GetHarness",
      "bedrock-agentcore:GetMemory",
    ]
    source  = "bedrockagentcore.(*harnessResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateHarness"]
    source     = "bedrockagentcore.(*harnessResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource"]
    source     = "bedrockagentcore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteHarness", "bedrock-agentcore:GetHarness"]
    source  = "bedrockagentcore.(*harnessResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_memory" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*memoryResource).Create, bedrockagentcore.(*memoryResource).Read, bedrockagentcore.(*memoryResource).Update, bedrockagentcore.(*memoryResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateMemory, bedrock-agentcore:DeleteMemory, bedrock-agentcore:GetMemory, bedrock-agentcore:ListTagsForResource, bedrock-agentcore:TagResource, bedrock-agentcore:UntagResource, bedrock-agentcore:UpdateMemory"

  read {
    actions = ["bedrock-agentcore:GetMemory", "bedrock-agentcore:ListTagsForResource"]
    source  = "bedrockagentcore.(*memoryResource).Read + bedrockagentcore.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock-agentcore:CreateMemory", "bedrock-agentcore:GetMemory"]
    source  = "bedrockagentcore.(*memoryResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateMemory"]
    source     = "bedrockagentcore.(*memoryResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource"]
    source     = "bedrockagentcore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteMemory", "bedrock-agentcore:GetMemory"]
    source  = "bedrockagentcore.(*memoryResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_memory_strategy" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*resourceMemoryStrategy).Create, bedrockagentcore.(*resourceMemoryStrategy).Read, bedrockagentcore.(*resourceMemoryStrategy).Update, bedrockagentcore.(*resourceMemoryStrategy).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:GetMemory, bedrock-agentcore:UpdateMemory"

  read {
    actions = ["bedrock-agentcore:GetMemory"]
    source  = "bedrockagentcore.(*resourceMemoryStrategy).Read"
  }

  create {
    actions = ["bedrock-agentcore:GetMemory", "bedrock-agentcore:UpdateMemory"]
    source  = "bedrockagentcore.(*resourceMemoryStrategy).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateMemory"]
    source     = "bedrockagentcore.(*resourceMemoryStrategy).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["bedrock-agentcore:GetMemory", "bedrock-agentcore:UpdateMemory"]
    source  = "bedrockagentcore.(*resourceMemoryStrategy).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_oauth2_credential_provider" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*oauth2CredentialProviderResource).Create, bedrockagentcore.(*oauth2CredentialProviderResource).Read, bedrockagentcore.(*oauth2CredentialProviderResource).Update, bedrockagentcore.(*oauth2CredentialProviderResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateOauth2CredentialProvider, bedrock-agentcore:DeleteOauth2CredentialProvider, bedrock-agentcore:GetOauth2CredentialProvider, bedrock-agentcore:ListTagsForResource, bedrock-agentcore:TagResource, bedrock-agentcore:UntagResource, bedrock-agentcore:UpdateOauth2CredentialProvider"

  read {
    actions = [
      "bedrock-agentcore:GetOauth2CredentialProvider",
      "bedrock-agentcore:ListTagsForResource",
    ]
    source  = "bedrockagentcore.(*oauth2CredentialProviderResource).Read + bedrockagentcore.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "bedrock-agentcore:CreateOauth2CredentialProvider",
      "bedrock-agentcore:GetOauth2CredentialProvider",
    ]
    source  = "bedrockagentcore.(*oauth2CredentialProviderResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateOauth2CredentialProvider"]
    source     = "bedrockagentcore.(*oauth2CredentialProviderResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource"]
    source     = "bedrockagentcore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteOauth2CredentialProvider"]
    source  = "bedrockagentcore.(*oauth2CredentialProviderResource).Delete"
  }
}

resource "aws_bedrockagentcore_online_evaluation_config" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*onlineEvaluationConfigResource).Create, bedrockagentcore.(*onlineEvaluationConfigResource).Read, bedrockagentcore.(*onlineEvaluationConfigResource).Update, bedrockagentcore.(*onlineEvaluationConfigResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateOnlineEvaluationConfig, bedrock-agentcore:DeleteOnlineEvaluationConfig, bedrock-agentcore:GetOnlineEvaluationConfig, bedrock-agentcore:ListTagsForResource, bedrock-agentcore:TagResource, bedrock-agentcore:UntagResource, bedrock-agentcore:UpdateOnlineEvaluationConfig"

  read {
    actions = [
      "bedrock-agentcore:GetOnlineEvaluationConfig",
      "bedrock-agentcore:ListTagsForResource",
    ]
    source  = "bedrockagentcore.(*onlineEvaluationConfigResource).Read + bedrockagentcore.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "bedrock-agentcore:CreateOnlineEvaluationConfig",
      "bedrock-agentcore:GetOnlineEvaluationConfig",
    ]
    source  = "bedrockagentcore.(*onlineEvaluationConfigResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateOnlineEvaluationConfig"]
    source     = "bedrockagentcore.(*onlineEvaluationConfigResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource"]
    source     = "bedrockagentcore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "bedrock-agentcore:DeleteOnlineEvaluationConfig",
      "bedrock-agentcore:GetOnlineEvaluationConfig",
    ]
    source  = "bedrockagentcore.(*onlineEvaluationConfigResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_policy" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*policyResource).Create, bedrockagentcore.(*policyResource).Read, bedrockagentcore.(*policyResource).Update, bedrockagentcore.(*policyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreatePolicy, bedrock-agentcore:DeletePolicy, bedrock-agentcore:GetPolicy, bedrock-agentcore:UpdatePolicy"

  read {
    actions = ["bedrock-agentcore:GetPolicy"]
    source  = "bedrockagentcore.(*policyResource).Read"
  }

  create {
    actions = ["bedrock-agentcore:CreatePolicy", "bedrock-agentcore:GetPolicy"]
    source  = "bedrockagentcore.(*policyResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdatePolicy"]
    source     = "bedrockagentcore.(*policyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["bedrock-agentcore:DeletePolicy", "bedrock-agentcore:GetPolicy"]
    source  = "bedrockagentcore.(*policyResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_policy_engine" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*policyEngineResource).Create, bedrockagentcore.(*policyEngineResource).Read, bedrockagentcore.(*policyEngineResource).Update, bedrockagentcore.(*policyEngineResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreatePolicyEngine, bedrock-agentcore:DeletePolicyEngine, bedrock-agentcore:GetPolicyEngine, bedrock-agentcore:ListTagsForResource, bedrock-agentcore:TagResource, bedrock-agentcore:UntagResource, bedrock-agentcore:UpdatePolicyEngine"

  read {
    actions = ["bedrock-agentcore:GetPolicyEngine", "bedrock-agentcore:ListTagsForResource"]
    source  = "bedrockagentcore.(*policyEngineResource).Read + bedrockagentcore.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock-agentcore:CreatePolicyEngine", "bedrock-agentcore:GetPolicyEngine"]
    source  = "bedrockagentcore.(*policyEngineResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdatePolicyEngine"]
    source     = "bedrockagentcore.(*policyEngineResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource"]
    source     = "bedrockagentcore.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock-agentcore:DeletePolicyEngine", "bedrock-agentcore:GetPolicyEngine"]
    source  = "bedrockagentcore.(*policyEngineResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_registry" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*registryResource).Create, bedrockagentcore.(*registryResource).Read, bedrockagentcore.(*registryResource).Update, bedrockagentcore.(*registryResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateRegistry, bedrock-agentcore:DeleteRegistry, bedrock-agentcore:GetRegistry, bedrock-agentcore:UpdateRegistry"

  read {
    actions = ["bedrock-agentcore:GetRegistry"]
    source  = "bedrockagentcore.(*registryResource).Read"
  }

  create {
    actions = ["bedrock-agentcore:CreateRegistry", "bedrock-agentcore:GetRegistry"]
    source  = "bedrockagentcore.(*registryResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateRegistry"]
    source     = "bedrockagentcore.(*registryResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteRegistry", "bedrock-agentcore:GetRegistry"]
    source  = "bedrockagentcore.(*registryResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagentcore_resource_policy" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*resourcePolicyResource).Create, bedrockagentcore.(*resourcePolicyResource).Read, bedrockagentcore.(*resourcePolicyResource).Update, bedrockagentcore.(*resourcePolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:DeleteResourcePolicy, bedrock-agentcore:GetResourcePolicy, bedrock-agentcore:PutResourcePolicy"

  read {
    actions = ["bedrock-agentcore:GetResourcePolicy"]
    source  = "bedrockagentcore.(*resourcePolicyResource).Read"
  }

  create {
    actions = ["bedrock-agentcore:PutResourcePolicy"]
    source  = "bedrockagentcore.(*resourcePolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:PutResourcePolicy"]
    source     = "bedrockagentcore.(*resourcePolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteResourcePolicy"]
    source  = "bedrockagentcore.(*resourcePolicyResource).Delete"
  }
}

resource "aws_bedrockagentcore_token_vault_cmk" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*tokenVaultCMKResource).Create, bedrockagentcore.(*tokenVaultCMKResource).Read, bedrockagentcore.(*tokenVaultCMKResource).Update) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:GetTokenVault, bedrock-agentcore:SetTokenVaultCMK"

  read {
    actions = ["bedrock-agentcore:GetTokenVault"]
    source  = "bedrockagentcore.(*tokenVaultCMKResource).Read"
  }

  create {
    actions = ["bedrock-agentcore:SetTokenVaultCMK"]
    source  = "bedrockagentcore.(*tokenVaultCMKResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:SetTokenVaultCMK"]
    source     = "bedrockagentcore.(*tokenVaultCMKResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }
}

resource "aws_bedrockagentcore_workload_identity" {
  service = "bedrock-agentcore"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagentcore.(*workloadIdentityResource).Create, bedrockagentcore.(*workloadIdentityResource).Read, bedrockagentcore.(*workloadIdentityResource).Update, bedrockagentcore.(*workloadIdentityResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock-agentcore:CreateWorkloadIdentity, bedrock-agentcore:DeleteWorkloadIdentity, bedrock-agentcore:GetWorkloadIdentity, bedrock-agentcore:UpdateWorkloadIdentity"

  read {
    actions = ["bedrock-agentcore:GetWorkloadIdentity"]
    source  = "bedrockagentcore.(*workloadIdentityResource).Read"
  }

  create {
    actions = ["bedrock-agentcore:CreateWorkloadIdentity"]
    source  = "bedrockagentcore.(*workloadIdentityResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock-agentcore:UpdateWorkloadIdentity"]
    source     = "bedrockagentcore.(*workloadIdentityResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["bedrock-agentcore:DeleteWorkloadIdentity"]
    source  = "bedrockagentcore.(*workloadIdentityResource).Delete"
  }
}
