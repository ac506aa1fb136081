# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_elastic_beanstalk_application" {
  service = "elasticbeanstalk"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticbeanstalk.resourceApplicationCreate, elasticbeanstalk.resourceApplicationRead, elasticbeanstalk.resourceApplicationUpdate, elasticbeanstalk.resourceApplicationDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by elasticbeanstalk.CreateApplication, elasticbeanstalk.UpdateApplicationResourceLifecycle (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["elasticbeanstalk:DescribeApplications", "elasticbeanstalk:ListTagsForResource"]
    source  = "elasticbeanstalk.resourceApplicationRead + elasticbeanstalk.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "elasticbeanstalk:CreateApplication",
      "elasticbeanstalk:DescribeApplications",
      "elasticbeanstalk:UpdateApplicationResourceLifecycle",
    ]
    source  = "elasticbeanstalk.resourceApplicationCreate"
  }

  update {
    attributes = []
    actions    = [
      "elasticbeanstalk:UpdateApplication",
      "elasticbeanstalk:UpdateApplicationResourceLifecycle",
    ]
    source     = "elasticbeanstalk.resourceApplicationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticbeanstalk:UpdateTagsForResource"]
    source     = "elasticbeanstalk.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["elasticbeanstalk:DeleteApplication", "elasticbeanstalk:DescribeApplications"]
    source  = "elasticbeanstalk.resourceApplicationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_elastic_beanstalk_application_version" {
  service = "elasticbeanstalk"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticbeanstalk.resourceApplicationVersionCreate, elasticbeanstalk.resourceApplicationVersionRead, elasticbeanstalk.resourceApplicationVersionUpdate, elasticbeanstalk.resourceApplicationVersionDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "elasticbeanstalk:DescribeApplicationVersions",
      "elasticbeanstalk:ListTagsForResource",
    ]
    source  = "elasticbeanstalk.resourceApplicationVersionRead + elasticbeanstalk.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "elasticbeanstalk:CreateApplicationVersion",
      "elasticbeanstalk:DescribeApplicationVersions",
    ]
    source  = "elasticbeanstalk.resourceApplicationVersionCreate"
  }

  update {
    attributes = []
    actions    = ["elasticbeanstalk:UpdateApplicationVersion"]
    source     = "elasticbeanstalk.resourceApplicationVersionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticbeanstalk:UpdateTagsForResource"]
    source     = "elasticbeanstalk.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["elasticbeanstalk:DeleteApplicationVersion", "elasticbeanstalk:DescribeEnvironments"]
    source  = "elasticbeanstalk.resourceApplicationVersionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_elastic_beanstalk_configuration_template" {
  service = "elasticbeanstalk"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticbeanstalk.resourceConfigurationTemplateCreate, elasticbeanstalk.resourceConfigurationTemplateRead, elasticbeanstalk.resourceConfigurationTemplateUpdate, elasticbeanstalk.resourceConfigurationTemplateDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by elasticbeanstalk.CreateConfigurationTemplate, elasticbeanstalk.UpdateConfigurationTemplate (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["elasticbeanstalk:DescribeConfigurationSettings"]
    source  = "elasticbeanstalk.resourceConfigurationTemplateRead"
  }

  create {
    actions = [
      "elasticbeanstalk:CreateConfigurationTemplate",
      "elasticbeanstalk:DescribeConfigurationSettings",
    ]
    source  = "elasticbeanstalk.resourceConfigurationTemplateCreate"
  }

  update {
    attributes = []
    actions    = ["elasticbeanstalk:UpdateConfigurationTemplate"]
    source     = "elasticbeanstalk.resourceConfigurationTemplateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["elasticbeanstalk:DeleteConfigurationTemplate"]
    source  = "elasticbeanstalk.resourceConfigurationTemplateDelete"
  }
}

resource "aws_elastic_beanstalk_environment" {
  service = "elasticbeanstalk"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (elasticbeanstalk.resourceEnvironmentCreate, elasticbeanstalk.resourceEnvironmentRead, elasticbeanstalk.resourceEnvironmentUpdate, elasticbeanstalk.resourceEnvironmentDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by elasticbeanstalk.CreateEnvironment, elasticbeanstalk.UpdateEnvironment (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = [
      "elasticbeanstalk:DescribeConfigurationSettings",
      "elasticbeanstalk:DescribeEnvironmentResources",
      "elasticbeanstalk:DescribeEnvironments",
      "elasticbeanstalk:ListTagsForResource",
    ]
    source  = "elasticbeanstalk.resourceEnvironmentRead + elasticbeanstalk.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "elasticbeanstalk:CreateEnvironment",
      "elasticbeanstalk:DescribeConfigurationSettings",
      "elasticbeanstalk:DescribeEnvironmentResources",
      "elasticbeanstalk:DescribeEnvironments",
      "elasticbeanstalk:DescribeEvents",
    ]
    source  = "elasticbeanstalk.resourceEnvironmentCreate"
  }

  update {
    attributes = []
    actions    = ["elasticbeanstalk:UpdateEnvironment"]
    source     = "elasticbeanstalk.resourceEnvironmentUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["elasticbeanstalk:UpdateTagsForResource"]
    source     = "elasticbeanstalk.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["elasticbeanstalk:DescribeEnvironments", "elasticbeanstalk:TerminateEnvironment"]
    source  = "elasticbeanstalk.resourceEnvironmentDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

data "aws_elastic_beanstalk_application" {
  service = "elasticbeanstalk"
  source  = "import: pike data/elasticbeanstalk/aws_elastic_beanstalk_application.json"

  read {
    actions = ["ec2:DescribeAccountAttributes", "elasticbeanstalk:DescribeApplications"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_elastic_beanstalk_solution_stack" {
  service = "elasticbeanstalk"
  source  = "import: pike data/elasticbeanstalk/aws_elastic_beanstalk_solution_stack.json"

  read {
    actions = ["ec2:DescribeAccountAttributes", "elasticbeanstalk:ListAvailableSolutionStacks"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
