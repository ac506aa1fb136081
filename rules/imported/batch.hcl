# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_batch_compute_environment" {
  service = "batch"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (batch.resourceComputeEnvironmentCreate, batch.resourceComputeEnvironmentRead, batch.resourceComputeEnvironmentUpdate, batch.resourceComputeEnvironmentDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by batch.CreateComputeEnvironment, batch.UpdateComputeEnvironment (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["batch:DescribeComputeEnvironments", "batch:ListTagsForResource"]
    source  = "batch.resourceComputeEnvironmentRead + batch.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "batch:CreateComputeEnvironment",
      "batch:DescribeComputeEnvironments",
      "batch:UpdateComputeEnvironment",
    ]
    source  = "batch.resourceComputeEnvironmentCreate"
  }

  update {
    attributes = []
    actions    = ["batch:UpdateComputeEnvironment"]
    source     = "batch.resourceComputeEnvironmentUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["batch:TagResource", "batch:UntagResource"]
    source     = "batch.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "batch:DeleteComputeEnvironment",
      "batch:DescribeComputeEnvironments",
      "batch:UpdateComputeEnvironment",
    ]
    source  = "batch.resourceComputeEnvironmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_batch_job_definition" {
  service = "batch"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (batch.resourceJobDefinitionCreate, batch.resourceJobDefinitionRead, batch.resourceJobDefinitionUpdate, batch.resourceJobDefinitionDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by batch.RegisterJobDefinition (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["batch:DescribeJobDefinitions", "batch:ListTagsForResource"]
    source  = "batch.resourceJobDefinitionRead + batch.(*servicePackage).ListTags"
  }

  create {
    actions = ["batch:DescribeJobDefinitions", "batch:RegisterJobDefinition"]
    source  = "batch.resourceJobDefinitionCreate"
  }

  update {
    attributes = []
    actions    = ["batch:DeregisterJobDefinition", "batch:RegisterJobDefinition"]
    source     = "batch.resourceJobDefinitionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["batch:TagResource", "batch:UntagResource"]
    source     = "batch.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["batch:DeregisterJobDefinition", "batch:DescribeJobDefinitions"]
    source  = "batch.resourceJobDefinitionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_batch_job_queue" {
  service = "batch"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (batch.(*jobQueueResource).Create, batch.(*jobQueueResource).Read, batch.(*jobQueueResource).Update, batch.(*jobQueueResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["batch:DescribeJobQueues", "batch:ListTagsForResource"]
    source  = "batch.(*jobQueueResource).Read + batch.(*servicePackage).ListTags"
  }

  create {
    actions = ["batch:CreateJobQueue", "batch:DescribeJobQueues"]
    source  = "batch.(*jobQueueResource).Create"
  }

  update {
    attributes = []
    actions    = ["batch:UpdateJobQueue"]
    source     = "batch.(*jobQueueResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["batch:TagResource", "batch:UntagResource"]
    source     = "batch.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["batch:DeleteJobQueue", "batch:DescribeJobQueues", "batch:UpdateJobQueue"]
    source  = "batch.(*jobQueueResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_batch_scheduling_policy" {
  service = "batch"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (batch.resourceSchedulingPolicyCreate, batch.resourceSchedulingPolicyRead, batch.resourceSchedulingPolicyUpdate, batch.resourceSchedulingPolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["batch:DescribeSchedulingPolicies", "batch:ListTagsForResource"]
    source  = "batch.resourceSchedulingPolicyRead + batch.(*servicePackage).ListTags"
  }

  create {
    actions = ["batch:CreateSchedulingPolicy", "batch:DescribeSchedulingPolicies"]
    source  = "batch.resourceSchedulingPolicyCreate"
  }

  update {
    attributes = []
    actions    = ["batch:UpdateSchedulingPolicy"]
    source     = "batch.resourceSchedulingPolicyUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["batch:TagResource", "batch:UntagResource"]
    source     = "batch.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["batch:DeleteSchedulingPolicy"]
    source  = "batch.resourceSchedulingPolicyDelete"
  }
}

data "aws_batch_compute_environment" {
  service = "batch"
  source  = "import: pike data/batch/aws_batch_compute_environment.json"

  read {
    actions = ["batch:DescribeComputeEnvironments"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_batch_job_definition" {
  service = "batch"
  source  = "import: pike data/batch/aws_batch_job_definition.json"

  read {
    actions = ["batch:DescribeJobDefinitions"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_batch_job_queue" {
  service = "batch"
  source  = "import: pike data/batch/aws_batch_job_queue.json"

  read {
    actions = ["batch:DescribeJobQueues"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_batch_scheduling_policy" {
  service = "batch"
  source  = "import: pike data/batch/aws_batch_scheduling_policy.json"

  read {
    actions = ["batch:DescribeSchedulingPolicies"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
