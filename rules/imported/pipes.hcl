# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_pipes_pipe" {
  service = "pipes"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (pipes.resourcePipeCreate, pipes.resourcePipeRead, pipes.resourcePipeUpdate, pipes.resourcePipeDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: pipes:CreatePipe, pipes:DeletePipe, pipes:DescribePipe, pipes:ListTagsForResource, pipes:TagResource, pipes:UntagResource, pipes:UpdatePipe"

  read {
    actions = ["pipes:DescribePipe", "pipes:ListTagsForResource"]
    source  = "pipes.resourcePipeRead + pipes.(*servicePackage).ListTags"
  }

  create {
    actions = ["pipes:CreatePipe", "pipes:DescribePipe"]
    source  = "pipes.resourcePipeCreate"
  }

  update {
    attributes = []
    actions    = ["pipes:UpdatePipe"]
    source     = "pipes.resourcePipeUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["pipes:TagResource", "pipes:UntagResource"]
    source     = "pipes.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["pipes:DeletePipe", "pipes:DescribePipe"]
    source  = "pipes.resourcePipeDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
