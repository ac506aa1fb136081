# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_resourcegroups_group" {
  service = "resource-groups"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (resourcegroups.resourceGroupCreate, resourcegroups.resourceGroupRead, resourcegroups.resourceGroupUpdate, resourcegroups.resourceGroupDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "resource-groups:GetGroup",
      "resource-groups:GetGroupConfiguration",
      "resource-groups:GetGroupQuery",
      "resource-groups:GetTags",
    ]
    source  = "resourcegroups.resourceGroupRead + resourcegroups.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "resource-groups:CreateGroup",
      "resource-groups:GetGroup",
      "resource-groups:GetGroupConfiguration",
      "resource-groups:GetGroupQuery",
    ]
    source  = "resourcegroups.resourceGroupCreate"
  }

  update {
    attributes = []
    actions    = [
      "resource-groups:PutGroupConfiguration",
      "resource-groups:UpdateGroup",
      "resource-groups:UpdateGroupQuery",
    ]
    source     = "resourcegroups.resourceGroupUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["resource-groups:Tag", "resource-groups:Untag"]
    source     = "resourcegroups.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["resource-groups:DeleteGroup"]
    source  = "resourcegroups.resourceGroupDelete"
  }
}

resource "aws_resourcegroups_resource" {
  service = "resource-groups"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (resourcegroups.resourceResourceCreate, resourcegroups.resourceResourceRead, resourcegroups.resourceResourceDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["cloudformation:DescribeStacks", "resource-groups:ListGroupResources"]
    source  = "resourcegroups.resourceResourceRead"
  }

  create {
    actions = [
      "cloudformation:DescribeStacks",
      "resource-groups:GroupResources",
      "resource-groups:ListGroupResources",
    ]
    source  = "resourcegroups.resourceResourceCreate"
  }

  delete {
    actions = [
      "cloudformation:DescribeStacks",
      "resource-groups:ListGroupResources",
      "resource-groups:UngroupResources",
    ]
    source  = "resourcegroups.resourceResourceDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
