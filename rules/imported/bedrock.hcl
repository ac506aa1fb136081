# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_bedrock_custom_model" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrock.(*customModelResource).Create, bedrock.(*customModelResource).Read, bedrock.(*customModelResource).Update (no call-graph entry), bedrock.(*customModelResource).Delete) + iamlive-map 2022-08-19"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update bedrock.(*customModelResource).Update (no call-graph entry); not in iamlive-map, identical IAM name used: bedrock:CreateModelCustomizationJob, bedrock:DeleteCustomModel, bedrock:GetCustomModel, bedrock:GetModelCustomizationJob, bedrock:ListTagsForResource, bedrock:StopModelCustomizationJob, bedrock:TagResource, bedrock:UntagResource"

  read {
    actions = [
      "bedrock:GetCustomModel",
      "bedrock:GetModelCustomizationJob",
      "bedrock:ListTagsForResource",
    ]
    source  = "bedrock.(*customModelResource).Read + bedrock.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock:CreateModelCustomizationJob", "bedrock:GetModelCustomizationJob"]
    source  = "bedrock.(*customModelResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock:TagResource", "bedrock:UntagResource"]
    source     = "bedrock.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "bedrock:DeleteCustomModel",
      "bedrock:GetModelCustomizationJob",
      "bedrock:StopModelCustomizationJob",
    ]
    source  = "bedrock.(*customModelResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrock_evaluation_job" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrock.(*evaluationJobResource).Create, bedrock.(*evaluationJobResource).Read, bedrock.(*evaluationJobResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:CreateEvaluationJob, bedrock:GetEvaluationJob, bedrock:ListTagsForResource, bedrock:StopEvaluationJob, bedrock:TagResource, bedrock:UntagResource"

  read {
    actions = ["bedrock:GetEvaluationJob", "bedrock:ListTagsForResource"]
    source  = "bedrock.(*evaluationJobResource).Read + bedrock.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock:CreateEvaluationJob", "bedrock:GetEvaluationJob"]
    source  = "bedrock.(*evaluationJobResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock:TagResource", "bedrock:UntagResource"]
    source     = "bedrock.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock:GetEvaluationJob", "bedrock:StopEvaluationJob"]
    source  = "bedrock.(*evaluationJobResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrock_foundation_model_agreement" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrock.(*foundationModelAgreementResource).Create, bedrock.(*foundationModelAgreementResource).Read, bedrock.(*foundationModelAgreementResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:CreateFoundationModelAgreement, bedrock:DeleteFoundationModelAgreement, bedrock:GetFoundationModelAvailability"

  read {
    actions = ["bedrock:GetFoundationModelAvailability"]
    source  = "bedrock.(*foundationModelAgreementResource).Read"
  }

  create {
    actions = ["bedrock:CreateFoundationModelAgreement", "bedrock:GetFoundationModelAvailability"]
    source  = "bedrock.(*foundationModelAgreementResource).Create"
  }

  delete {
    actions = ["bedrock:DeleteFoundationModelAgreement", "bedrock:GetFoundationModelAvailability"]
    source  = "bedrock.(*foundationModelAgreementResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrock_guardrail" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrock.(*guardrailResource).Create, bedrock.(*guardrailResource).Read, bedrock.(*guardrailResource).Update, bedrock.(*guardrailResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:CreateGuardrail, bedrock:DeleteGuardrail, bedrock:GetGuardrail, bedrock:ListTagsForResource, bedrock:TagResource, bedrock:UntagResource, bedrock:UpdateGuardrail"

  read {
    actions = ["bedrock:GetGuardrail", "bedrock:ListTagsForResource"]
    source  = "bedrock.(*guardrailResource).Read + bedrock.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock:CreateGuardrail", "bedrock:GetGuardrail"]
    source  = "bedrock.(*guardrailResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock:UpdateGuardrail"]
    source     = "bedrock.(*guardrailResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock:TagResource", "bedrock:UntagResource"]
    source     = "bedrock.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock:DeleteGuardrail", "bedrock:GetGuardrail"]
    source  = "bedrock.(*guardrailResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrock_guardrail_version" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrock.(*guardrailVersionResource).Create, bedrock.(*guardrailVersionResource).Read, bedrock.(*guardrailVersionResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:CreateGuardrailVersion, bedrock:DeleteGuardrail, bedrock:GetGuardrail"

  read {
    actions = ["bedrock:GetGuardrail"]
    source  = "bedrock.(*guardrailVersionResource).Read"
  }

  create {
    actions = ["bedrock:CreateGuardrailVersion", "bedrock:GetGuardrail"]
    source  = "bedrock.(*guardrailVersionResource).Create"
  }

  delete {
    actions = ["bedrock:DeleteGuardrail", "bedrock:GetGuardrail"]
    source  = "bedrock.(*guardrailVersionResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrock_inference_profile" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrock.(*inferenceProfileResource).Create, bedrock.(*inferenceProfileResource).Read, bedrock.(*inferenceProfileResource).Update (no call-graph entry), bedrock.(*inferenceProfileResource).Delete) + iamlive-map 2022-08-19 + pike resource/bedrock/aws_bedrock_inference_profile.json for update"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): update bedrock.(*inferenceProfileResource).Update (no call-graph entry); not in iamlive-map, identical IAM name used: bedrock:CreateInferenceProfile, bedrock:DeleteInferenceProfile, bedrock:GetInferenceProfile, bedrock:ListTagsForResource, bedrock:TagResource, bedrock:UntagResource"

  read {
    actions = ["bedrock:GetInferenceProfile", "bedrock:ListTagsForResource"]
    source  = "bedrock.(*inferenceProfileResource).Read + bedrock.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock:CreateInferenceProfile", "bedrock:GetInferenceProfile"]
    source  = "bedrock.(*inferenceProfileResource).Create"
  }

  update {
    attributes = []
    actions    = []
    source     = "import: pike resource/bedrock/aws_bedrock_inference_profile.json (update re-phased from Pike's lists: the call graph has no entry for bedrock.(*inferenceProfileResource).Update)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock:TagResource", "bedrock:UntagResource"]
    source     = "bedrock.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock:DeleteInferenceProfile", "bedrock:GetInferenceProfile"]
    source  = "bedrock.(*inferenceProfileResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrock_model_invocation_logging_configuration" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrock.(*modelInvocationLoggingConfigurationResource).Create, bedrock.(*modelInvocationLoggingConfigurationResource).Read, bedrock.(*modelInvocationLoggingConfigurationResource).Update, bedrock.(*modelInvocationLoggingConfigurationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:DeleteModelInvocationLoggingConfiguration, bedrock:GetModelInvocationLoggingConfiguration, bedrock:PutModelInvocationLoggingConfiguration"

  read {
    actions = ["bedrock:GetModelInvocationLoggingConfiguration"]
    source  = "bedrock.(*modelInvocationLoggingConfigurationResource).Read"
  }

  create {
    actions = ["bedrock:PutModelInvocationLoggingConfiguration"]
    source  = "bedrock.(*modelInvocationLoggingConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock:PutModelInvocationLoggingConfiguration"]
    source     = "bedrock.(*modelInvocationLoggingConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["bedrock:DeleteModelInvocationLoggingConfiguration"]
    source  = "bedrock.(*modelInvocationLoggingConfigurationResource).Delete"
  }
}

resource "aws_bedrock_provisioned_model_throughput" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrock.(*provisionedModelThroughputResource).Create, bedrock.(*provisionedModelThroughputResource).Read, bedrock.(*provisionedModelThroughputResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:CreateProvisionedModelThroughput, bedrock:DeleteProvisionedModelThroughput, bedrock:GetProvisionedModelThroughput, bedrock:ListTagsForResource, bedrock:TagResource, bedrock:UntagResource"

  read {
    actions = ["bedrock:GetProvisionedModelThroughput", "bedrock:ListTagsForResource"]
    source  = "bedrock.(*provisionedModelThroughputResource).Read + bedrock.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock:CreateProvisionedModelThroughput", "bedrock:GetProvisionedModelThroughput"]
    source  = "bedrock.(*provisionedModelThroughputResource).Create"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock:TagResource", "bedrock:UntagResource"]
    source     = "bedrock.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock:DeleteProvisionedModelThroughput"]
    source  = "bedrock.(*provisionedModelThroughputResource).Delete"
  }
}

resource "aws_bedrock_use_case_for_model_access" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrock.(*useCaseForModelAccessResource).Create, bedrock.(*useCaseForModelAccessResource).Read) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:GetUseCaseForModelAccess, bedrock:PutUseCaseForModelAccess"

  read {
    actions = ["bedrock:GetUseCaseForModelAccess"]
    source  = "bedrock.(*useCaseForModelAccessResource).Read"
  }

  create {
    actions = ["bedrock:GetUseCaseForModelAccess", "bedrock:PutUseCaseForModelAccess"]
    source  = "bedrock.(*useCaseForModelAccessResource).Create"
  }
}

resource "aws_bedrockagent_agent" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagent.(*agentResource).Create, bedrockagent.(*agentResource).Read, bedrockagent.(*agentResource).Update, bedrockagent.(*agentResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:CreateAgent, bedrock:DeleteAgent, bedrock:GetAgent, bedrock:ListTagsForResource, bedrock:PrepareAgent, bedrock:TagResource, bedrock:UntagResource, bedrock:UpdateAgent"

  read {
    actions = ["bedrock:GetAgent", "bedrock:ListTagsForResource"]
    source  = "bedrockagent.(*agentResource).Read + bedrockagent.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock:CreateAgent", "bedrock:GetAgent", "bedrock:PrepareAgent"]
    source  = "bedrockagent.(*agentResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock:PrepareAgent", "bedrock:UpdateAgent"]
    source     = "bedrockagent.(*agentResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock:TagResource", "bedrock:UntagResource"]
    source     = "bedrockagent.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock:DeleteAgent", "bedrock:GetAgent"]
    source  = "bedrockagent.(*agentResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagent_agent_action_group" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagent.(*agentActionGroupResource).Create, bedrockagent.(*agentActionGroupResource).Read, bedrockagent.(*agentActionGroupResource).Update, bedrockagent.(*agentActionGroupResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:CreateAgentActionGroup, bedrock:DeleteAgentActionGroup, bedrock:GetAgent, bedrock:GetAgentActionGroup, bedrock:PrepareAgent, bedrock:UpdateAgentActionGroup"

  read {
    actions = ["bedrock:GetAgentActionGroup"]
    source  = "bedrockagent.(*agentActionGroupResource).Read"
  }

  create {
    actions = ["bedrock:CreateAgentActionGroup", "bedrock:GetAgent", "bedrock:PrepareAgent"]
    source  = "bedrockagent.(*agentActionGroupResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock:PrepareAgent", "bedrock:UpdateAgentActionGroup"]
    source     = "bedrockagent.(*agentActionGroupResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["bedrock:DeleteAgentActionGroup", "bedrock:GetAgent", "bedrock:PrepareAgent"]
    source  = "bedrockagent.(*agentActionGroupResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagent_agent_alias" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagent.(*agentAliasResource).Create, bedrockagent.(*agentAliasResource).Read, bedrockagent.(*agentAliasResource).Update, bedrockagent.(*agentAliasResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:CreateAgentAlias, bedrock:DeleteAgentAlias, bedrock:GetAgent, bedrock:GetAgentAlias, bedrock:ListTagsForResource, bedrock:TagResource, bedrock:UntagResource, bedrock:UpdateAgentAlias"

  read {
    actions = ["bedrock:GetAgentAlias", "bedrock:ListTagsForResource"]
    source  = "bedrockagent.(*agentAliasResource).Read + bedrockagent.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock:CreateAgentAlias", "bedrock:GetAgent", "bedrock:GetAgentAlias"]
    source  = "bedrockagent.(*agentAliasResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock:UpdateAgentAlias"]
    source     = "bedrockagent.(*agentAliasResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock:TagResource", "bedrock:UntagResource"]
    source     = "bedrockagent.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock:DeleteAgentAlias"]
    source  = "bedrockagent.(*agentAliasResource).Delete"
  }
}

resource "aws_bedrockagent_agent_collaborator" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagent.(*agentCollaboratorResource).Create, bedrockagent.(*agentCollaboratorResource).Read, bedrockagent.(*agentCollaboratorResource).Update, bedrockagent.(*agentCollaboratorResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:AssociateAgentCollaborator, bedrock:DisassociateAgentCollaborator, bedrock:GetAgent, bedrock:GetAgentCollaborator, bedrock:PrepareAgent, bedrock:UpdateAgent, bedrock:UpdateAgentCollaborator"

  read {
    actions = ["bedrock:GetAgentCollaborator"]
    source  = "bedrockagent.(*agentCollaboratorResource).Read"
  }

  create {
    actions = ["bedrock:AssociateAgentCollaborator", "bedrock:GetAgent", "bedrock:PrepareAgent"]
    source  = "bedrockagent.(*agentCollaboratorResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock:PrepareAgent", "bedrock:UpdateAgentCollaborator"]
    source     = "bedrockagent.(*agentCollaboratorResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "bedrock:DisassociateAgentCollaborator",
      "bedrock:GetAgent",
      "bedrock:PrepareAgent",
      "bedrock:UpdateAgent",
    ]
    source  = "bedrockagent.(*agentCollaboratorResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagent_agent_knowledge_base_association" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagent.(*agentKnowledgeBaseAssociationResource).Create, bedrockagent.(*agentKnowledgeBaseAssociationResource).Read, bedrockagent.(*agentKnowledgeBaseAssociationResource).Update, bedrockagent.(*agentKnowledgeBaseAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:AssociateAgentKnowledgeBase, bedrock:DisassociateAgentKnowledgeBase, bedrock:GetAgent, bedrock:GetAgentKnowledgeBase, bedrock:PrepareAgent, bedrock:UpdateAgentKnowledgeBase"

  read {
    actions = ["bedrock:GetAgentKnowledgeBase"]
    source  = "bedrockagent.(*agentKnowledgeBaseAssociationResource).Read"
  }

  create {
    actions = ["bedrock:AssociateAgentKnowledgeBase", "bedrock:GetAgent", "bedrock:PrepareAgent"]
    source  = "bedrockagent.(*agentKnowledgeBaseAssociationResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock:PrepareAgent", "bedrock:UpdateAgentKnowledgeBase"]
    source     = "bedrockagent.(*agentKnowledgeBaseAssociationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["bedrock:DisassociateAgentKnowledgeBase", "bedrock:GetAgent", "bedrock:PrepareAgent"]
    source  = "bedrockagent.(*agentKnowledgeBaseAssociationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagent_data_source" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagent.(*dataSourceResource).Create, bedrockagent.(*dataSourceResource).Read, bedrockagent.(*dataSourceResource).Update, bedrockagent.(*dataSourceResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:CreateDataSource, bedrock:DeleteDataSource, bedrock:GetDataSource, bedrock:UpdateDataSource"

  read {
    actions = ["bedrock:GetDataSource"]
    source  = "bedrockagent.(*dataSourceResource).Read"
  }

  create {
    actions = ["bedrock:CreateDataSource", "bedrock:GetDataSource"]
    source  = "bedrockagent.(*dataSourceResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock:UpdateDataSource"]
    source     = "bedrockagent.(*dataSourceResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["bedrock:DeleteDataSource", "bedrock:GetDataSource"]
    source  = "bedrockagent.(*dataSourceResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagent_flow" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagent.(*flowResource).Create, bedrockagent.(*flowResource).Read, bedrockagent.(*flowResource).Update, bedrockagent.(*flowResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:CreateFlow, bedrock:DeleteFlow, bedrock:GetFlow, bedrock:ListTagsForResource, bedrock:TagResource, bedrock:UntagResource, bedrock:UpdateFlow"

  read {
    actions = ["bedrock:GetFlow", "bedrock:ListTagsForResource"]
    source  = "bedrockagent.(*flowResource).Read + bedrockagent.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock:CreateFlow"]
    source  = "bedrockagent.(*flowResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock:UpdateFlow"]
    source     = "bedrockagent.(*flowResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock:TagResource", "bedrock:UntagResource"]
    source     = "bedrockagent.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock:DeleteFlow"]
    source  = "bedrockagent.(*flowResource).Delete"
  }
}

resource "aws_bedrockagent_knowledge_base" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagent.(*knowledgeBaseResource).Create, bedrockagent.(*knowledgeBaseResource).Read, bedrockagent.(*knowledgeBaseResource).Update, bedrockagent.(*knowledgeBaseResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:CreateKnowledgeBase, bedrock:DeleteKnowledgeBase, bedrock:GetKnowledgeBase, bedrock:ListTagsForResource, bedrock:TagResource, bedrock:UntagResource, bedrock:UpdateKnowledgeBase"

  read {
    actions = ["bedrock:GetKnowledgeBase", "bedrock:ListTagsForResource"]
    source  = "bedrockagent.(*knowledgeBaseResource).Read + bedrockagent.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock:CreateKnowledgeBase", "bedrock:GetKnowledgeBase"]
    source  = "bedrockagent.(*knowledgeBaseResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock:UpdateKnowledgeBase"]
    source     = "bedrockagent.(*knowledgeBaseResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock:TagResource", "bedrock:UntagResource"]
    source     = "bedrockagent.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock:DeleteKnowledgeBase", "bedrock:GetKnowledgeBase"]
    source  = "bedrockagent.(*knowledgeBaseResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_bedrockagent_prompt" {
  service = "bedrock"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (bedrockagent.(*promptResource).Create, bedrockagent.(*promptResource).Read, bedrockagent.(*promptResource).Update, bedrockagent.(*promptResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: bedrock:CreatePrompt, bedrock:DeletePrompt, bedrock:GetPrompt, bedrock:ListTagsForResource, bedrock:TagResource, bedrock:UntagResource, bedrock:UpdatePrompt"

  read {
    actions = ["bedrock:GetPrompt", "bedrock:ListTagsForResource"]
    source  = "bedrockagent.(*promptResource).Read + bedrockagent.(*servicePackage).ListTags"
  }

  create {
    actions = ["bedrock:CreatePrompt"]
    source  = "bedrockagent.(*promptResource).Create"
  }

  update {
    attributes = []
    actions    = ["bedrock:UpdatePrompt"]
    source     = "bedrockagent.(*promptResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["bedrock:TagResource", "bedrock:UntagResource"]
    source     = "bedrockagent.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["bedrock:DeletePrompt"]
    source  = "bedrockagent.(*promptResource).Delete"
  }
}

data "aws_bedrock_custom_model" {
  service = "bedrock"
  source  = "import: pike data/bedrock/aws_bedrock_custom_model.json"

  read {
    actions = ["bedrock:GetCustomModel"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_bedrock_custom_models" {
  service = "bedrock"
  source  = "import: pike data/bedrock/aws_bedrock_custom_models.json"

  read {
    actions = ["bedrock:ListCustomModels"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_bedrock_foundation_model" {
  service = "bedrock"
  source  = "import: pike data/bedrock/aws_bedrock_foundation_model.json"

  read {
    actions = ["bedrock:GetFoundationModel"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_bedrock_foundation_models" {
  service = "bedrock"
  source  = "import: pike data/bedrock/aws_bedrock_foundation_models.json"

  read {
    actions = ["bedrock:ListFoundationModels"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_bedrock_inference_profile" {
  service = "bedrock"
  source  = "import: pike data/bedrock/aws_bedrock_inference_profile.json"

  read {
    actions = ["bedrock:GetInferenceProfile"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_bedrock_inference_profiles" {
  service = "bedrock"
  source  = "import: pike data/bedrock/aws_bedrock_inference_profiles.json"

  read {
    actions = ["bedrock:ListInferenceProfiles"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_bedrockagent_agent_versions" {
  service = "bedrock"
  source  = "import: pike data/bedrock/aws_bedrockagent_agent_versions.json"

  read {
    actions = ["bedrock:ListAgentVersions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
