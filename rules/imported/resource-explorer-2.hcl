# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_resourceexplorer2_index" {
  service = "resource-explorer-2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (resourceexplorer2.(*indexResource).Create, resourceexplorer2.(*indexResource).Read (no call-graph entry), resourceexplorer2.(*indexResource).Update, resourceexplorer2.(*indexResource).Delete) + iamlive-map 2022-08-19 + pike resource/resource-explorer-2/aws_resourceexplorer2_index.json for read"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): read resourceexplorer2.(*indexResource).Read (no call-graph entry); not in iamlive-map, identical IAM name used: resource-explorer-2:CreateIndex, resource-explorer-2:DeleteIndex, resource-explorer-2:ListTagsForResource, resource-explorer-2:TagResource, resource-explorer-2:UntagResource, resource-explorer-2:UpdateIndexType"

  read {
    actions = ["resource-explorer-2:GetIndex", "resource-explorer-2:ListTagsForResource"]
    source  = "import: pike resource/resource-explorer-2/aws_resourceexplorer2_index.json (read re-phased from Pike's lists: the call graph has no entry for resourceexplorer2.(*indexResource).Read) + resourceexplorer2.(*servicePackage).ListTags"
  }

  create {
    actions = ["resource-explorer-2:CreateIndex", "resource-explorer-2:UpdateIndexType"]
    source  = "resourceexplorer2.(*indexResource).Create"
  }

  update {
    attributes = []
    actions    = ["resource-explorer-2:UpdateIndexType"]
    source     = "resourceexplorer2.(*indexResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["resource-explorer-2:TagResource", "resource-explorer-2:UntagResource"]
    source     = "resourceexplorer2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["resource-explorer-2:DeleteIndex"]
    source  = "resourceexplorer2.(*indexResource).Delete"
  }
}

resource "aws_resourceexplorer2_view" {
  service = "resource-explorer-2"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (resourceexplorer2.(*viewResource).Create, resourceexplorer2.(*viewResource).Read, resourceexplorer2.(*viewResource).Update, resourceexplorer2.(*viewResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: resource-explorer-2:AssociateDefaultView, resource-explorer-2:CreateView, resource-explorer-2:DeleteView, resource-explorer-2:GetView, resource-explorer-2:ListTagsForResource, resource-explorer-2:TagResource, resource-explorer-2:UntagResource, resource-explorer-2:UpdateView"

  read {
    actions = ["resource-explorer-2:GetView", "resource-explorer-2:ListTagsForResource"]
    source  = "resourceexplorer2.(*viewResource).Read + resourceexplorer2.(*servicePackage).ListTags"
  }

  create {
    actions = ["resource-explorer-2:AssociateDefaultView", "resource-explorer-2:CreateView"]
    source  = "resourceexplorer2.(*viewResource).Create"
  }

  update {
    attributes = []
    actions    = ["resource-explorer-2:AssociateDefaultView", "resource-explorer-2:UpdateView"]
    source     = "resourceexplorer2.(*viewResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["resource-explorer-2:TagResource", "resource-explorer-2:UntagResource"]
    source     = "resourceexplorer2.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["resource-explorer-2:DeleteView"]
    source  = "resourceexplorer2.(*viewResource).Delete"
  }
}

data "aws_resourceexplorer2_search" {
  service = "resource-explorer-2"
  source  = "import: pike data/resource-explorer-2/aws_resourceexplorer2_search.json"

  read {
    actions = ["resource-explorer-2:Search"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
