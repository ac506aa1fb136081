# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_codeguruprofiler_profiling_group" {
  service = "codeguru-profiler"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (codeguruprofiler.(*profilingGroupResource).Create, codeguruprofiler.(*profilingGroupResource).Read, codeguruprofiler.(*profilingGroupResource).Update, codeguruprofiler.(*profilingGroupResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["codeguru-profiler:DescribeProfilingGroup", "codeguru-profiler:ListTagsForResource"]
    source  = "codeguruprofiler.(*profilingGroupResource).Read + codeguruprofiler.(*servicePackage).ListTags"
  }

  create {
    actions = ["codeguru-profiler:CreateProfilingGroup"]
    source  = "codeguruprofiler.(*profilingGroupResource).Create"
  }

  update {
    attributes = []
    actions    = ["codeguru-profiler:UpdateProfilingGroup"]
    source     = "codeguruprofiler.(*profilingGroupResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["codeguru-profiler:TagResource", "codeguru-profiler:UntagResource"]
    source     = "codeguruprofiler.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["codeguru-profiler:DeleteProfilingGroup"]
    source  = "codeguruprofiler.(*profilingGroupResource).Delete"
  }
}

data "aws_codeguruprofiler_profiling_group" {
  service = "codeguru-profiler"
  source  = "import: pike data/codeguru-profiler/aws_codeguruprofiler_profiling_group.json"

  read {
    actions = ["codeguru-profiler:DescribeProfilingGroup"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
