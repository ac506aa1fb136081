# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_datapipeline_pipeline" {
  service = "datapipeline"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datapipeline.resourcePipelineCreate, datapipeline.resourcePipelineRead, datapipeline.resourcePipelineUpdate, datapipeline.resourcePipelineDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["datapipeline:DescribePipelines"]
    source  = "datapipeline.resourcePipelineRead + datapipeline.(*servicePackage).ListTags"
  }

  create {
    actions = ["datapipeline:CreatePipeline", "datapipeline:DescribePipelines"]
    source  = "datapipeline.resourcePipelineCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "datapipeline.resourcePipelineUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["datapipeline:AddTags", "datapipeline:RemoveTags"]
    source     = "datapipeline.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["datapipeline:DeletePipeline", "datapipeline:DescribePipelines"]
    source  = "datapipeline.resourcePipelineDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_datapipeline_pipeline_definition" {
  service = "datapipeline"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (datapipeline.resourcePipelineDefinitionPut, datapipeline.resourcePipelineDefinitionRead, schema.NoopContext) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by datapipeline.PutPipelineDefinition (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["datapipeline:GetPipelineDefinition"]
    source  = "datapipeline.resourcePipelineDefinitionRead"
  }

  create {
    actions = [
      "datapipeline:ActivatePipeline",
      "datapipeline:GetPipelineDefinition",
      "datapipeline:PutPipelineDefinition",
    ]
    source  = "datapipeline.resourcePipelineDefinitionPut"
  }

  update {
    attributes = []
    actions    = ["datapipeline:ActivatePipeline", "datapipeline:PutPipelineDefinition"]
    source     = "datapipeline.resourcePipelineDefinitionPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

data "aws_datapipeline_pipeline" {
  service = "datapipeline"
  source  = "import: pike data/datapipeline/aws_datapipeline_pipeline.json"

  read {
    actions = ["datapipeline:DescribePipelines"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_datapipeline_pipeline_definition" {
  service = "datapipeline"
  source  = "import: pike data/datapipeline/aws_datapipeline_pipeline_definition.json"

  read {
    actions = ["datapipeline:GetPipelineDefinition"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
