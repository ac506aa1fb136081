# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_elastictranscoder_pipeline" {
  service = "elastictranscoder"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elastictranscoder.resourcePipelineCreate (no call-graph entry), elastictranscoder.resourcePipelineRead (no call-graph entry), elastictranscoder.resourcePipelineUpdate (no call-graph entry), elastictranscoder.resourcePipelineDelete (no call-graph entry)) + iamlive-map 2022-08-19 + pike resource/elastictranscoder/aws_elastictranscoder_pipeline.json for create, delete, read"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create elastictranscoder.resourcePipelineCreate (no call-graph entry), delete elastictranscoder.resourcePipelineDelete (no call-graph entry), read elastictranscoder.resourcePipelineRead (no call-graph entry), update elastictranscoder.resourcePipelineUpdate (no call-graph entry)"

  read {
    actions = ["elastictranscoder:ReadPipeline"]
    source  = "import: pike resource/elastictranscoder/aws_elastictranscoder_pipeline.json (read re-phased from Pike's lists: the call graph has no entry for elastictranscoder.resourcePipelineRead)"
  }

  create {
    actions = ["elastictranscoder:CreatePipeline"]
    source  = "import: pike resource/elastictranscoder/aws_elastictranscoder_pipeline.json (create re-phased from Pike's lists: the call graph has no entry for elastictranscoder.resourcePipelineCreate)"
  }

  delete {
    actions = ["elastictranscoder:DeletePipeline"]
    source  = "import: pike resource/elastictranscoder/aws_elastictranscoder_pipeline.json (delete re-phased from Pike's lists: the call graph has no entry for elastictranscoder.resourcePipelineDelete)"
  }
}

resource "aws_elastictranscoder_preset" {
  service = "elastictranscoder"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elastictranscoder.resourcePresetCreate (no call-graph entry), elastictranscoder.resourcePresetRead (no call-graph entry), elastictranscoder.resourcePresetDelete (no call-graph entry)) + iamlive-map 2022-08-19 + pike resource/elastictranscoder/aws_elastictranscoder_preset.json for create, delete, read"
  note    = "calls without an IAM action here (see UNRESOLVED.tsv): create elastictranscoder.resourcePresetCreate (no call-graph entry), delete elastictranscoder.resourcePresetDelete (no call-graph entry), read elastictranscoder.resourcePresetRead (no call-graph entry)"

  read {
    actions = ["elastictranscoder:ReadPreset"]
    source  = "import: pike resource/elastictranscoder/aws_elastictranscoder_preset.json (read re-phased from Pike's lists: the call graph has no entry for elastictranscoder.resourcePresetRead)"
  }

  create {
    actions = ["elastictranscoder:CreatePreset"]
    source  = "import: pike resource/elastictranscoder/aws_elastictranscoder_preset.json (create re-phased from Pike's lists: the call graph has no entry for elastictranscoder.resourcePresetCreate)"
  }

  delete {
    actions = ["elastictranscoder:DeletePreset"]
    source  = "import: pike resource/elastictranscoder/aws_elastictranscoder_preset.json (delete re-phased from Pike's lists: the call graph has no entry for elastictranscoder.resourcePresetDelete)"
  }
}
