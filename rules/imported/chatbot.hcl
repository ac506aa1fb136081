# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_chatbot_slack_channel_configuration" {
  service = "chatbot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chatbot.(*slackChannelConfigurationResource).Create, chatbot.(*slackChannelConfigurationResource).Read, chatbot.(*slackChannelConfigurationResource).Update, chatbot.(*slackChannelConfigurationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: chatbot:CreateSlackChannelConfiguration, chatbot:DeleteSlackChannelConfiguration, chatbot:DescribeSlackChannelConfigurations, chatbot:ListTagsForResource, chatbot:TagResource, chatbot:UntagResource, chatbot:UpdateSlackChannelConfiguration"

  read {
    actions = ["chatbot:DescribeSlackChannelConfigurations", "chatbot:ListTagsForResource"]
    source  = "chatbot.(*slackChannelConfigurationResource).Read + chatbot.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "chatbot:CreateSlackChannelConfiguration",
      "chatbot:DescribeSlackChannelConfigurations",
    ]
    source  = "chatbot.(*slackChannelConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["chatbot:UpdateSlackChannelConfiguration"]
    source     = "chatbot.(*slackChannelConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["chatbot:TagResource", "chatbot:UntagResource"]
    source     = "chatbot.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "chatbot:DeleteSlackChannelConfiguration",
      "chatbot:DescribeSlackChannelConfigurations",
    ]
    source  = "chatbot.(*slackChannelConfigurationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_chatbot_teams_channel_configuration" {
  service = "chatbot"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (chatbot.(*teamsChannelConfigurationResource).Create, chatbot.(*teamsChannelConfigurationResource).Read, chatbot.(*teamsChannelConfigurationResource).Update, chatbot.(*teamsChannelConfigurationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: chatbot:CreateMicrosoftTeamsChannelConfiguration, chatbot:DeleteMicrosoftTeamsChannelConfiguration, chatbot:ListMicrosoftTeamsChannelConfigurations, chatbot:ListTagsForResource, chatbot:TagResource, chatbot:UntagResource, chatbot:UpdateMicrosoftTeamsChannelConfiguration"

  read {
    actions = ["chatbot:ListMicrosoftTeamsChannelConfigurations", "chatbot:ListTagsForResource"]
    source  = "chatbot.(*teamsChannelConfigurationResource).Read + chatbot.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "chatbot:CreateMicrosoftTeamsChannelConfiguration",
      "chatbot:ListMicrosoftTeamsChannelConfigurations",
    ]
    source  = "chatbot.(*teamsChannelConfigurationResource).Create"
  }

  update {
    attributes = []
    actions    = ["chatbot:UpdateMicrosoftTeamsChannelConfiguration"]
    source     = "chatbot.(*teamsChannelConfigurationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["chatbot:TagResource", "chatbot:UntagResource"]
    source     = "chatbot.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "chatbot:DeleteMicrosoftTeamsChannelConfiguration",
      "chatbot:ListMicrosoftTeamsChannelConfigurations",
    ]
    source  = "chatbot.(*teamsChannelConfigurationResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_chatbot_slack_workspace" {
  service = "chatbot"
  source  = "import: pike data/chatbot/aws_chatbot_slack_workspace.json"

  read {
    actions = ["chatbot:DescribeSlackWorkspaces"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
