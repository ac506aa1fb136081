# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_osis_pipeline" {
  service = "osis"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (osis.(*pipelineResource).Create, osis.(*pipelineResource).Read, osis.(*pipelineResource).Update, osis.(*pipelineResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: osis:CreatePipeline, osis:DeletePipeline, osis:GetPipeline, osis:ListTagsForResource, osis:TagResource, osis:UntagResource, osis:UpdatePipeline"

  read {
    actions = ["osis:GetPipeline", "osis:ListTagsForResource"]
    source  = "osis.(*pipelineResource).Read + osis.(*servicePackage).ListTags"
  }

  create {
    actions = ["osis:CreatePipeline", "osis:GetPipeline"]
    source  = "osis.(*pipelineResource).Create"
  }

  update {
    attributes = []
    actions    = ["osis:UpdatePipeline"]
    source     = "osis.(*pipelineResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["osis:TagResource", "osis:UntagResource"]
    source     = "osis.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["osis:DeletePipeline", "osis:GetPipeline"]
    source  = "osis.(*pipelineResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_osis_pipeline_endpoint" {
  service = "osis"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (osis.(*pipelineEndpointResource).Create, osis.(*pipelineEndpointResource).Read, osis.(*pipelineEndpointResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: osis:CreatePipelineEndpoint, osis:DeletePipelineEndpoint, osis:ListPipelineEndpoints"

  read {
    actions = ["osis:ListPipelineEndpoints"]
    source  = "osis.(*pipelineEndpointResource).Read"
  }

  create {
    actions = ["osis:CreatePipelineEndpoint", "osis:ListPipelineEndpoints"]
    source  = "osis.(*pipelineEndpointResource).Create"
  }

  delete {
    actions = ["osis:DeletePipelineEndpoint", "osis:ListPipelineEndpoints"]
    source  = "osis.(*pipelineEndpointResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_osis_resource_policy" {
  service = "osis"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (osis.(*resourcePolicyResource).Create, osis.(*resourcePolicyResource).Read, osis.(*resourcePolicyResource).Update, osis.(*resourcePolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: osis:DeleteResourcePolicy, osis:GetResourcePolicy, osis:PutResourcePolicy"

  read {
    actions = ["osis:GetResourcePolicy"]
    source  = "osis.(*resourcePolicyResource).Read"
  }

  create {
    actions = ["osis:PutResourcePolicy"]
    source  = "osis.(*resourcePolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["osis:PutResourcePolicy"]
    source     = "osis.(*resourcePolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["osis:DeleteResourcePolicy"]
    source  = "osis.(*resourcePolicyResource).Delete"
  }
}
