# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_connect_bot_association" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceBotAssociationCreate, connect.resourceBotAssociationRead, connect.resourceBotAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["connect:ListBots"]
    source  = "connect.resourceBotAssociationRead"
  }

  create {
    actions = [
      "connect:AssociateBot",
      "connect:ListBots",
      "iam:AttachRolePolicy",
      "iam:CreateServiceLinkedRole",
      "iam:PutRolePolicy",
      "lex:GetBot",
      "lex:UpdateResourcePolicy",
    ]
    source  = "connect.resourceBotAssociationCreate"
  }

  delete {
    actions = [
      "connect:DisassociateBot",
      "iam:AttachRolePolicy",
      "iam:CreateServiceLinkedRole",
      "iam:PutRolePolicy",
      "lex:DeleteResourcePolicy",
      "lex:UpdateResourcePolicy",
    ]
    source  = "connect.resourceBotAssociationDelete"
  }
}

resource "aws_connect_contact_flow" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceContactFlowCreate, connect.resourceContactFlowRead, connect.resourceContactFlowUpdate, connect.resourceContactFlowDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["connect:DescribeContactFlow"]
    source  = "connect.resourceContactFlowRead"
  }

  create {
    actions = ["connect:CreateContactFlow", "connect:DescribeContactFlow"]
    source  = "connect.resourceContactFlowCreate"
  }

  update {
    attributes = []
    actions    = ["connect:UpdateContactFlowContent", "connect:UpdateContactFlowName"]
    source     = "connect.resourceContactFlowUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["connect:TagResource", "connect:UntagResource"]
    source     = "connect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["connect:DeleteContactFlow"]
    source  = "connect.resourceContactFlowDelete"
  }
}

resource "aws_connect_contact_flow_module" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceContactFlowModuleCreate, connect.resourceContactFlowModuleRead, connect.resourceContactFlowModuleUpdate, connect.resourceContactFlowModuleDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["connect:DescribeContactFlowModule"]
    source  = "connect.resourceContactFlowModuleRead"
  }

  create {
    actions = ["connect:CreateContactFlowModule", "connect:DescribeContactFlowModule"]
    source  = "connect.resourceContactFlowModuleCreate"
  }

  update {
    attributes = []
    actions    = [
      "connect:UpdateContactFlowModuleContent",
      "connect:UpdateContactFlowModuleMetadata",
    ]
    source     = "connect.resourceContactFlowModuleUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["connect:TagResource", "connect:UntagResource"]
    source     = "connect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["connect:DeleteContactFlowModule"]
    source  = "connect.resourceContactFlowModuleDelete"
  }
}

resource "aws_connect_hours_of_operation" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceHoursOfOperationCreate, connect.resourceHoursOfOperationRead, connect.resourceHoursOfOperationUpdate, connect.resourceHoursOfOperationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["connect:DescribeHoursOfOperation"]
    source  = "connect.resourceHoursOfOperationRead"
  }

  create {
    actions = ["connect:CreateHoursOfOperation", "connect:DescribeHoursOfOperation"]
    source  = "connect.resourceHoursOfOperationCreate"
  }

  update {
    attributes = []
    actions    = ["connect:UpdateHoursOfOperation"]
    source     = "connect.resourceHoursOfOperationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["connect:TagResource", "connect:UntagResource"]
    source     = "connect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["connect:DeleteHoursOfOperation"]
    source  = "connect.resourceHoursOfOperationDelete"
  }
}

resource "aws_connect_instance" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceInstanceCreate, connect.resourceInstanceRead, connect.resourceInstanceUpdate, connect.resourceInstanceDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "connect:DescribeInstance",
      "connect:DescribeInstanceAttribute",
      "ds:DescribeDirectories",
    ]
    source  = "connect.resourceInstanceRead"
  }

  create {
    actions = [
      "connect:CreateInstance",
      "connect:DescribeInstance",
      "connect:DescribeInstanceAttribute",
      "connect:UpdateInstanceAttribute",
      "ds:AuthorizeApplication",
      "ds:DescribeDirectories",
    ]
    source  = "connect.resourceInstanceCreate"
  }

  update {
    attributes = []
    actions    = ["connect:UpdateInstanceAttribute"]
    source     = "connect.resourceInstanceUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["connect:TagResource", "connect:UntagResource"]
    source     = "connect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "connect:DeleteInstance",
      "connect:DescribeInstance",
      "ds:DeleteDirectory",
      "ds:DescribeDirectories",
      "ec2:DeleteNetworkInterface",
    ]
    source  = "connect.resourceInstanceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_connect_instance_storage_config" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceInstanceStorageConfigCreate, connect.resourceInstanceStorageConfigRead, connect.resourceInstanceStorageConfigUpdate, connect.resourceInstanceStorageConfigDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["connect:DescribeInstanceStorageConfig"]
    source  = "connect.resourceInstanceStorageConfigRead"
  }

  create {
    actions = [
      "connect:AssociateInstanceStorageConfig",
      "connect:DescribeInstanceStorageConfig",
      "ds:DescribeDirectories",
    ]
    source  = "connect.resourceInstanceStorageConfigCreate"
  }

  update {
    attributes = []
    actions    = ["connect:UpdateInstanceStorageConfig"]
    source     = "connect.resourceInstanceStorageConfigUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["connect:DisassociateInstanceStorageConfig"]
    source  = "connect.resourceInstanceStorageConfigDelete"
  }
}

resource "aws_connect_lambda_function_association" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceLambdaFunctionAssociationCreate, connect.resourceLambdaFunctionAssociationRead, connect.resourceLambdaFunctionAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["connect:ListLambdaFunctions"]
    source  = "connect.resourceLambdaFunctionAssociationRead"
  }

  create {
    actions = [
      "connect:AssociateLambdaFunction",
      "connect:ListLambdaFunctions",
      "lambda:AddPermission",
    ]
    source  = "connect.resourceLambdaFunctionAssociationCreate"
  }

  delete {
    actions = ["connect:DisassociateLambdaFunction", "lambda:RemovePermission"]
    source  = "connect.resourceLambdaFunctionAssociationDelete"
  }
}

resource "aws_connect_phone_number" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourcePhoneNumberCreate, connect.resourcePhoneNumberRead, connect.resourcePhoneNumberUpdate, connect.resourcePhoneNumberDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["connect:DescribePhoneNumber"]
    source  = "connect.resourcePhoneNumberRead"
  }

  create {
    actions = [
      "connect:ClaimPhoneNumber",
      "connect:DescribePhoneNumber",
      "connect:SearchAvailablePhoneNumbers",
    ]
    source  = "connect.resourcePhoneNumberCreate"
  }

  update {
    attributes = []
    actions    = ["connect:UpdatePhoneNumber"]
    source     = "connect.resourcePhoneNumberUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["connect:TagResource", "connect:UntagResource"]
    source     = "connect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["connect:DescribePhoneNumber", "connect:ReleasePhoneNumber"]
    source  = "connect.resourcePhoneNumberDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_connect_phone_number_contact_flow_association" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.(*phoneNumberContactFlowAssociationResource).Create, connect.(*phoneNumberContactFlowAssociationResource).Read, connect.(*phoneNumberContactFlowAssociationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: connect:ListFlowAssociations"

  read {
    actions = [
      "connect:DescribeContactFlow",
      "connect:DescribePhoneNumber",
      "connect:ListFlowAssociations",
    ]
    source  = "connect.(*phoneNumberContactFlowAssociationResource).Read"
  }

  create {
    actions = ["connect:AssociatePhoneNumberContactFlow"]
    source  = "connect.(*phoneNumberContactFlowAssociationResource).Create"
  }

  delete {
    actions = ["connect:DisassociatePhoneNumberContactFlow"]
    source  = "connect.(*phoneNumberContactFlowAssociationResource).Delete"
  }
}

resource "aws_connect_queue" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceQueueCreate, connect.resourceQueueRead, connect.resourceQueueUpdate, connect.resourceQueueDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: connect:DeleteQueue"

  read {
    actions = ["connect:DescribeQueue", "connect:ListQueueQuickConnects"]
    source  = "connect.resourceQueueRead"
  }

  create {
    actions = ["connect:CreateQueue", "connect:DescribeQueue", "connect:ListQueueQuickConnects"]
    source  = "connect.resourceQueueCreate"
  }

  update {
    attributes = []
    actions    = [
      "connect:AssociateQueueQuickConnects",
      "connect:DisassociateQueueQuickConnects",
      "connect:UpdateQueueHoursOfOperation",
      "connect:UpdateQueueMaxContacts",
      "connect:UpdateQueueName",
      "connect:UpdateQueueOutboundCallerConfig",
      "connect:UpdateQueueStatus",
    ]
    source     = "connect.resourceQueueUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["connect:TagResource", "connect:UntagResource"]
    source     = "connect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["connect:DeleteQueue"]
    source  = "connect.resourceQueueDelete"
  }
}

resource "aws_connect_quick_connect" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceQuickConnectCreate, connect.resourceQuickConnectRead, connect.resourceQuickConnectUpdate, connect.resourceQuickConnectDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["connect:DescribeQuickConnect"]
    source  = "connect.resourceQuickConnectRead"
  }

  create {
    actions = ["connect:CreateQuickConnect", "connect:DescribeQuickConnect"]
    source  = "connect.resourceQuickConnectCreate"
  }

  update {
    attributes = []
    actions    = ["connect:UpdateQuickConnectConfig", "connect:UpdateQuickConnectName"]
    source     = "connect.resourceQuickConnectUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["connect:TagResource", "connect:UntagResource"]
    source     = "connect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["connect:DeleteQuickConnect"]
    source  = "connect.resourceQuickConnectDelete"
  }
}

resource "aws_connect_routing_profile" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceRoutingProfileCreate, connect.resourceRoutingProfileRead, connect.resourceRoutingProfileUpdate, connect.resourceRoutingProfileDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: connect:DisassociateRoutingProfileQueues; not in iamlive-map, identical IAM name used: connect:DeleteRoutingProfile"

  read {
    actions = ["connect:DescribeRoutingProfile", "connect:ListRoutingProfileQueues"]
    source  = "connect.resourceRoutingProfileRead"
  }

  create {
    actions = [
      "connect:AssociateRoutingProfileQueues",
      "connect:CreateRoutingProfile",
      "connect:DescribeRoutingProfile",
      "connect:ListRoutingProfileQueues",
    ]
    source  = "connect.resourceRoutingProfileCreate"
  }

  update {
    attributes = []
    actions    = [
      "connect:AssociateRoutingProfileQueues",
      "connect:DisassociateRoutingProfileQueues",
      "connect:UpdateRoutingProfileConcurrency",
      "connect:UpdateRoutingProfileDefaultOutboundQueue",
      "connect:UpdateRoutingProfileName",
    ]
    source     = "connect.resourceRoutingProfileUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["connect:TagResource", "connect:UntagResource"]
    source     = "connect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["connect:DeleteRoutingProfile"]
    source  = "connect.resourceRoutingProfileDelete"
  }
}

resource "aws_connect_security_profile" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceSecurityProfileCreate, connect.resourceSecurityProfileRead, connect.resourceSecurityProfileUpdate, connect.resourceSecurityProfileDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["connect:DescribeSecurityProfile", "connect:ListSecurityProfilePermissions"]
    source  = "connect.resourceSecurityProfileRead"
  }

  create {
    actions = [
      "connect:CreateSecurityProfile",
      "connect:DescribeSecurityProfile",
      "connect:ListSecurityProfilePermissions",
    ]
    source  = "connect.resourceSecurityProfileCreate"
  }

  update {
    attributes = []
    actions    = ["connect:UpdateSecurityProfile"]
    source     = "connect.resourceSecurityProfileUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["connect:TagResource", "connect:UntagResource"]
    source     = "connect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["connect:DeleteSecurityProfile"]
    source  = "connect.resourceSecurityProfileDelete"
  }
}

resource "aws_connect_user" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceUserCreate, connect.resourceUserRead, connect.resourceUserUpdate, connect.resourceUserDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["connect:DescribeUser"]
    source  = "connect.resourceUserRead"
  }

  create {
    actions = ["connect:CreateUser", "connect:DescribeUser"]
    source  = "connect.resourceUserCreate"
  }

  update {
    attributes = []
    actions    = [
      "connect:UpdateUserHierarchy",
      "connect:UpdateUserIdentityInfo",
      "connect:UpdateUserPhoneConfig",
      "connect:UpdateUserRoutingProfile",
      "connect:UpdateUserSecurityProfiles",
    ]
    source     = "connect.resourceUserUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["connect:TagResource", "connect:UntagResource"]
    source     = "connect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["connect:DeleteUser"]
    source  = "connect.resourceUserDelete"
  }
}

resource "aws_connect_user_hierarchy_group" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceUserHierarchyGroupCreate, connect.resourceUserHierarchyGroupRead, connect.resourceUserHierarchyGroupUpdate, connect.resourceUserHierarchyGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["connect:DescribeUserHierarchyGroup"]
    source  = "connect.resourceUserHierarchyGroupRead"
  }

  create {
    actions = ["connect:CreateUserHierarchyGroup", "connect:DescribeUserHierarchyGroup"]
    source  = "connect.resourceUserHierarchyGroupCreate"
  }

  update {
    attributes = []
    actions    = ["connect:UpdateUserHierarchyGroupName"]
    source     = "connect.resourceUserHierarchyGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["connect:TagResource", "connect:UntagResource"]
    source     = "connect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["connect:DeleteUserHierarchyGroup"]
    source  = "connect.resourceUserHierarchyGroupDelete"
  }
}

resource "aws_connect_user_hierarchy_structure" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceUserHierarchyStructureCreate, connect.resourceUserHierarchyStructureRead, connect.resourceUserHierarchyStructureUpdate, connect.resourceUserHierarchyStructureDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["connect:DescribeUserHierarchyStructure"]
    source  = "connect.resourceUserHierarchyStructureRead"
  }

  create {
    actions = ["connect:DescribeUserHierarchyStructure", "connect:UpdateUserHierarchyStructure"]
    source  = "connect.resourceUserHierarchyStructureCreate"
  }

  update {
    attributes = []
    actions    = ["connect:UpdateUserHierarchyStructure"]
    source     = "connect.resourceUserHierarchyStructureUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["connect:UpdateUserHierarchyStructure"]
    source  = "connect.resourceUserHierarchyStructureDelete"
  }
}

resource "aws_connect_vocabulary" {
  service = "connect"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (connect.resourceVocabularyCreate, connect.resourceVocabularyRead, connect.resourceVocabularyUpdate, connect.resourceVocabularyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["connect:DescribeVocabulary"]
    source  = "connect.resourceVocabularyRead"
  }

  create {
    actions = ["connect:CreateVocabulary", "connect:DescribeVocabulary"]
    source  = "connect.resourceVocabularyCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "connect.resourceVocabularyUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["connect:TagResource", "connect:UntagResource"]
    source     = "connect.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["connect:DeleteVocabulary", "connect:DescribeVocabulary"]
    source  = "connect.resourceVocabularyDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_connect_bot_association" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_bot_association.json"

  read {
    actions = ["connect:ListBots"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_contact_flow" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_contact_flow.json"

  read {
    actions = ["connect:ListContactFlows"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_contact_flow_module" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_contact_flow_module.json"

  read {
    actions = ["connect:ListContactFlowModules"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_hours_of_operation" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_hours_of_operation.json"

  read {
    actions = ["connect:ListHoursOfOperations"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_instance" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_instance.json"

  read {
    actions = ["connect:DescribeInstance"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_instance_storage_config" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_instance_storage_config.json"

  read {
    actions = ["connect:DescribeInstanceStorageConfig"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_lambda_function_association" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_lambda_function_association.json"

  read {
    actions = ["connect:ListLambdaFunctions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_prompt" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_prompt.json"

  read {
    actions = ["connect:ListPrompts"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_queue" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_queue.json"

  read {
    actions = ["connect:ListQueues"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_quick_connect" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_quick_connect.json"

  read {
    actions = ["connect:ListQuickConnects"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_routing_profile" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_routing_profile.json"

  read {
    actions = ["connect:ListRoutingProfiles"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_security_profile" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_security_profile.json"

  read {
    actions = ["connect:ListSecurityProfiles"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_user" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_user.json"

  read {
    actions = ["connect:ListUsers"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_user_hierarchy_group" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_user_hierarchy_group.json"

  read {
    actions = ["connect:ListUserHierarchyGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_connect_user_hierarchy_structure" {
  service = "connect"
  source  = "import: pike data/connect/aws_connect_user_hierarchy_structure.json"

  read {
    actions = ["connect:DescribeUserHierarchyStructure"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
