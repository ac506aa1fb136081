# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_imagebuilder_component" {
  service = "imagebuilder"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (imagebuilder.resourceComponentCreate, imagebuilder.resourceComponentRead, imagebuilder.resourceComponentUpdate, imagebuilder.resourceComponentDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["imagebuilder:GetComponent", "imagebuilder:ListTagsForResource", "kms:Decrypt"]
    source  = "imagebuilder.resourceComponentRead + imagebuilder.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "iam:CreateServiceLinkedRole",
      "imagebuilder:CreateComponent",
      "imagebuilder:GetComponent",
      "imagebuilder:TagResource",
      "kms:Decrypt",
      "kms:Encrypt",
      "kms:GenerateDataKey",
      "kms:GenerateDataKeyWithoutPlaintext",
    ]
    source  = "imagebuilder.resourceComponentCreate"
  }

  update {
    attributes = []
    actions    = ["kms:Decrypt"]
    source     = "imagebuilder.resourceComponentUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["imagebuilder:TagResource", "imagebuilder:UntagResource"]
    source     = "imagebuilder.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["imagebuilder:DeleteComponent"]
    source  = "imagebuilder.resourceComponentDelete"
  }
}

resource "aws_imagebuilder_container_recipe" {
  service = "imagebuilder"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (imagebuilder.resourceContainerRecipeCreate, imagebuilder.resourceContainerRecipeRead, imagebuilder.resourceContainerRecipeUpdate, imagebuilder.resourceContainerRecipeDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["imagebuilder:GetContainerRecipe", "imagebuilder:ListTagsForResource"]
    source  = "imagebuilder.resourceContainerRecipeRead + imagebuilder.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ecr:DescribeImages",
      "ecr:DescribeRepositories",
      "iam:CreateServiceLinkedRole",
      "imagebuilder:CreateContainerRecipe",
      "imagebuilder:GetComponent",
      "imagebuilder:GetContainerRecipe",
      "imagebuilder:GetImage",
      "imagebuilder:TagResource",
      "kms:Encrypt",
      "kms:GenerateDataKey",
      "kms:GenerateDataKeyWithoutPlaintext",
    ]
    source  = "imagebuilder.resourceContainerRecipeCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "imagebuilder.resourceContainerRecipeUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["imagebuilder:TagResource", "imagebuilder:UntagResource"]
    source     = "imagebuilder.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["imagebuilder:DeleteContainerRecipe"]
    source  = "imagebuilder.resourceContainerRecipeDelete"
  }
}

resource "aws_imagebuilder_distribution_configuration" {
  service = "imagebuilder"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (imagebuilder.resourceDistributionConfigurationCreate, imagebuilder.resourceDistributionConfigurationRead, imagebuilder.resourceDistributionConfigurationUpdate, imagebuilder.resourceDistributionConfigurationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["imagebuilder:GetDistributionConfiguration", "imagebuilder:ListTagsForResource"]
    source  = "imagebuilder.resourceDistributionConfigurationRead + imagebuilder.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "iam:CreateServiceLinkedRole",
      "imagebuilder:CreateDistributionConfiguration",
      "imagebuilder:GetDistributionConfiguration",
      "imagebuilder:TagResource",
    ]
    source  = "imagebuilder.resourceDistributionConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["imagebuilder:UpdateDistributionConfiguration"]
    source     = "imagebuilder.resourceDistributionConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["imagebuilder:TagResource", "imagebuilder:UntagResource"]
    source     = "imagebuilder.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["imagebuilder:DeleteDistributionConfiguration"]
    source  = "imagebuilder.resourceDistributionConfigurationDelete"
  }
}

resource "aws_imagebuilder_image" {
  service = "imagebuilder"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (imagebuilder.resourceImageCreate, imagebuilder.resourceImageRead, imagebuilder.resourceImageUpdate, imagebuilder.resourceImageDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["imagebuilder:GetImage", "imagebuilder:ListTagsForResource"]
    source  = "imagebuilder.resourceImageRead + imagebuilder.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "iam:CreateServiceLinkedRole",
      "imagebuilder:CreateImage",
      "imagebuilder:GetContainerRecipe",
      "imagebuilder:GetDistributionConfiguration",
      "imagebuilder:GetImage",
      "imagebuilder:GetImageRecipe",
      "imagebuilder:GetInfrastructureConfiguration",
      "imagebuilder:TagResource",
    ]
    source  = "imagebuilder.resourceImageCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "imagebuilder.resourceImageUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["imagebuilder:TagResource", "imagebuilder:UntagResource"]
    source     = "imagebuilder.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["imagebuilder:DeleteImage"]
    source  = "imagebuilder.resourceImageDelete"
  }
}

resource "aws_imagebuilder_image_pipeline" {
  service = "imagebuilder"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (imagebuilder.resourceImagePipelineCreate, imagebuilder.resourceImagePipelineRead, imagebuilder.resourceImagePipelineUpdate, imagebuilder.resourceImagePipelineDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["imagebuilder:GetImagePipeline", "imagebuilder:ListTagsForResource"]
    source  = "imagebuilder.resourceImagePipelineRead + imagebuilder.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "iam:CreateServiceLinkedRole",
      "imagebuilder:CreateImagePipeline",
      "imagebuilder:GetContainerRecipe",
      "imagebuilder:GetImagePipeline",
      "imagebuilder:GetImageRecipe",
      "imagebuilder:TagResource",
    ]
    source  = "imagebuilder.resourceImagePipelineCreate"
  }

  update {
    attributes = []
    actions    = ["imagebuilder:UpdateImagePipeline"]
    source     = "imagebuilder.resourceImagePipelineUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["imagebuilder:TagResource", "imagebuilder:UntagResource"]
    source     = "imagebuilder.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["imagebuilder:DeleteImagePipeline"]
    source  = "imagebuilder.resourceImagePipelineDelete"
  }
}

resource "aws_imagebuilder_image_recipe" {
  service = "imagebuilder"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (imagebuilder.resourceImageRecipeCreate, imagebuilder.resourceImageRecipeRead, imagebuilder.resourceImageRecipeUpdate, imagebuilder.resourceImageRecipeDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["imagebuilder:GetImageRecipe", "imagebuilder:ListTagsForResource"]
    source  = "imagebuilder.resourceImageRecipeRead + imagebuilder.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "ec2:DescribeImages",
      "iam:CreateServiceLinkedRole",
      "imagebuilder:CreateImageRecipe",
      "imagebuilder:GetComponent",
      "imagebuilder:GetImage",
      "imagebuilder:GetImageRecipe",
      "imagebuilder:TagResource",
    ]
    source  = "imagebuilder.resourceImageRecipeCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "imagebuilder.resourceImageRecipeUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["imagebuilder:TagResource", "imagebuilder:UntagResource"]
    source     = "imagebuilder.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["imagebuilder:DeleteImageRecipe"]
    source  = "imagebuilder.resourceImageRecipeDelete"
  }
}

resource "aws_imagebuilder_infrastructure_configuration" {
  service = "imagebuilder"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (imagebuilder.resourceInfrastructureConfigurationCreate, imagebuilder.resourceInfrastructureConfigurationRead, imagebuilder.resourceInfrastructureConfigurationUpdate, imagebuilder.resourceInfrastructureConfigurationDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by imagebuilder.CreateInfrastructureConfiguration, imagebuilder.UpdateInfrastructureConfiguration (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["imagebuilder:GetInfrastructureConfiguration", "imagebuilder:ListTagsForResource"]
    source  = "imagebuilder.resourceInfrastructureConfigurationRead + imagebuilder.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "iam:CreateServiceLinkedRole",
      "imagebuilder:CreateInfrastructureConfiguration",
      "imagebuilder:GetInfrastructureConfiguration",
      "imagebuilder:TagResource",
      "sns:Publish",
    ]
    source  = "imagebuilder.resourceInfrastructureConfigurationCreate"
  }

  update {
    attributes = []
    actions    = ["imagebuilder:UpdateInfrastructureConfiguration", "sns:Publish"]
    source     = "imagebuilder.resourceInfrastructureConfigurationUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["imagebuilder:TagResource", "imagebuilder:UntagResource"]
    source     = "imagebuilder.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["imagebuilder:DeleteInfrastructureConfiguration"]
    source  = "imagebuilder.resourceInfrastructureConfigurationDelete"
  }
}

resource "aws_imagebuilder_lifecycle_policy" {
  service = "imagebuilder"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (imagebuilder.(*lifecyclePolicyResource).Create, imagebuilder.(*lifecyclePolicyResource).Read, imagebuilder.(*lifecyclePolicyResource).Update, imagebuilder.(*lifecyclePolicyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: imagebuilder:CreateLifecyclePolicy, imagebuilder:DeleteLifecyclePolicy, imagebuilder:GetLifecyclePolicy, imagebuilder:UpdateLifecyclePolicy"

  read {
    actions = ["imagebuilder:GetLifecyclePolicy", "imagebuilder:ListTagsForResource"]
    source  = "imagebuilder.(*lifecyclePolicyResource).Read + imagebuilder.(*servicePackage).ListTags"
  }

  create {
    actions = ["imagebuilder:CreateLifecyclePolicy", "imagebuilder:GetLifecyclePolicy"]
    source  = "imagebuilder.(*lifecyclePolicyResource).Create"
  }

  update {
    attributes = []
    actions    = ["imagebuilder:UpdateLifecyclePolicy"]
    source     = "imagebuilder.(*lifecyclePolicyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["imagebuilder:TagResource", "imagebuilder:UntagResource"]
    source     = "imagebuilder.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["imagebuilder:DeleteLifecyclePolicy"]
    source  = "imagebuilder.(*lifecyclePolicyResource).Delete"
  }
}

resource "aws_imagebuilder_workflow" {
  service = "imagebuilder"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (imagebuilder.resourceWorkflowCreate, imagebuilder.resourceWorkflowRead, imagebuilder.resourceWorkflowUpdate, imagebuilder.resourceWorkflowDelete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: imagebuilder:CreateWorkflow, imagebuilder:DeleteWorkflow, imagebuilder:GetWorkflow"

  read {
    actions = ["imagebuilder:GetWorkflow", "imagebuilder:ListTagsForResource"]
    source  = "imagebuilder.resourceWorkflowRead + imagebuilder.(*servicePackage).ListTags"
  }

  create {
    actions = ["imagebuilder:CreateWorkflow", "imagebuilder:GetWorkflow"]
    source  = "imagebuilder.resourceWorkflowCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "imagebuilder.resourceWorkflowUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["imagebuilder:TagResource", "imagebuilder:UntagResource"]
    source     = "imagebuilder.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["imagebuilder:DeleteWorkflow"]
    source  = "imagebuilder.resourceWorkflowDelete"
  }
}

data "aws_imagebuilder_component" {
  service = "imagebuilder"
  source  = "import: pike data/imagebuilder/aws_imagebuilder_component.json"

  read {
    actions = ["imagebuilder:GetComponent"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_imagebuilder_components" {
  service = "imagebuilder"
  source  = "import: pike data/imagebuilder/aws_imagebuilder_components.json"

  read {
    actions = ["imagebuilder:ListComponents"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_imagebuilder_container_recipe" {
  service = "imagebuilder"
  source  = "import: pike data/imagebuilder/aws_imagebuilder_container_recipe.json"

  read {
    actions = ["imagebuilder:GetContainerRecipe"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_imagebuilder_container_recipes" {
  service = "imagebuilder"
  source  = "import: pike data/imagebuilder/aws_imagebuilder_container_recipes.json"

  read {
    actions = ["imagebuilder:ListContainerRecipes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_imagebuilder_distribution_configuration" {
  service = "imagebuilder"
  source  = "import: pike data/imagebuilder/aws_imagebuilder_distribution_configuration.json"

  read {
    actions = ["imagebuilder:GetDistributionConfiguration"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_imagebuilder_distribution_configurations" {
  service = "imagebuilder"
  source  = "import: pike data/imagebuilder/aws_imagebuilder_distribution_configurations.json"

  read {
    actions = ["imagebuilder:ListDistributionConfigurations"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_imagebuilder_image" {
  service = "imagebuilder"
  source  = "import: pike data/imagebuilder/aws_imagebuilder_image.json"

  read {
    actions = ["imagebuilder:GetImage"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_imagebuilder_image_pipeline" {
  service = "imagebuilder"
  source  = "import: pike data/imagebuilder/aws_imagebuilder_image_pipeline.json"

  read {
    actions = ["imagebuilder:GetImagePipeline"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_imagebuilder_image_pipelines" {
  service = "imagebuilder"
  source  = "import: pike data/imagebuilder/aws_imagebuilder_image_pipelines.json"

  read {
    actions = ["imagebuilder:ListImagePipelines"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_imagebuilder_image_recipe" {
  service = "imagebuilder"
  source  = "import: pike data/imagebuilder/aws_imagebuilder_image_recipe.json"

  read {
    actions = ["imagebuilder:GetImageRecipe"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_imagebuilder_image_recipes" {
  service = "imagebuilder"
  source  = "import: pike data/imagebuilder/aws_imagebuilder_image_recipes.json"

  read {
    actions = ["imagebuilder:ListImageRecipes"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_imagebuilder_infrastructure_configuration" {
  service = "imagebuilder"
  source  = "import: pike data/imagebuilder/aws_imagebuilder_infrastructure_configuration.json"

  read {
    actions = ["imagebuilder:GetInfrastructureConfiguration"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_imagebuilder_infrastructure_configurations" {
  service = "imagebuilder"
  source  = "import: pike data/imagebuilder/aws_imagebuilder_infrastructure_configurations.json"

  read {
    actions = ["imagebuilder:ListInfrastructureConfigurations"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
