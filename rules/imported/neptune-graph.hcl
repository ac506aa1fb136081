# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_neptunegraph_graph" {
  service = "neptune-graph"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (neptunegraph.(*graphResource).Create, neptunegraph.(*graphResource).Read, neptunegraph.(*graphResource).Update, neptunegraph.(*graphResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: neptune-graph:CreateGraph, neptune-graph:DeleteGraph, neptune-graph:GetGraph, neptune-graph:ListTagsForResource, neptune-graph:TagResource, neptune-graph:UntagResource, neptune-graph:UpdateGraph"

  read {
    actions = ["neptune-graph:GetGraph", "neptune-graph:ListTagsForResource"]
    source  = "neptunegraph.(*graphResource).Read + neptunegraph.(*servicePackage).ListTags"
  }

  create {
    actions = ["neptune-graph:CreateGraph", "neptune-graph:GetGraph"]
    source  = "neptunegraph.(*graphResource).Create"
  }

  update {
    attributes = []
    actions    = ["neptune-graph:UpdateGraph"]
    source     = "neptunegraph.(*graphResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["neptune-graph:TagResource", "neptune-graph:UntagResource"]
    source     = "neptunegraph.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["neptune-graph:DeleteGraph", "neptune-graph:GetGraph"]
    source  = "neptunegraph.(*graphResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_neptunegraph_private_graph_endpoint" {
  service = "neptune-graph"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (neptunegraph.(*resourcePrivateGraphEndpoint).Create, neptunegraph.(*resourcePrivateGraphEndpoint).Read, neptunegraph.(*resourcePrivateGraphEndpoint).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: neptune-graph:CreatePrivateGraphEndpoint, neptune-graph:DeletePrivateGraphEndpoint, neptune-graph:GetPrivateGraphEndpoint"

  read {
    actions = ["neptune-graph:GetPrivateGraphEndpoint"]
    source  = "neptunegraph.(*resourcePrivateGraphEndpoint).Read"
  }

  create {
    actions = ["neptune-graph:CreatePrivateGraphEndpoint", "neptune-graph:GetPrivateGraphEndpoint"]
    source  = "neptunegraph.(*resourcePrivateGraphEndpoint).Create"
  }

  delete {
    actions = ["neptune-graph:DeletePrivateGraphEndpoint", "neptune-graph:GetPrivateGraphEndpoint"]
    source  = "neptunegraph.(*resourcePrivateGraphEndpoint).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
