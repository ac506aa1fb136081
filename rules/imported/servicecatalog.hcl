# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_servicecatalog_budget_resource_association" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalog.resourceBudgetResourceAssociationCreate, servicecatalog.resourceBudgetResourceAssociationRead, servicecatalog.resourceBudgetResourceAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicecatalog:ListBudgetsForResource"]
    source  = "servicecatalog.resourceBudgetResourceAssociationRead"
  }

  create {
    actions = [
      "servicecatalog:AssociateBudgetWithResource",
      "servicecatalog:ListBudgetsForResource",
    ]
    source  = "servicecatalog.resourceBudgetResourceAssociationCreate"
  }

  delete {
    actions = [
      "servicecatalog:DisassociateBudgetFromResource",
      "servicecatalog:ListBudgetsForResource",
    ]
    source  = "servicecatalog.resourceBudgetResourceAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_servicecatalog_constraint" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalog.resourceConstraintCreate, servicecatalog.resourceConstraintRead, servicecatalog.resourceConstraintUpdate, servicecatalog.resourceConstraintDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicecatalog:DescribeConstraint"]
    source  = "servicecatalog.resourceConstraintRead"
  }

  create {
    actions = ["servicecatalog:CreateConstraint", "servicecatalog:DescribeConstraint"]
    source  = "servicecatalog.resourceConstraintCreate"
  }

  update {
    attributes = []
    actions    = ["servicecatalog:UpdateConstraint"]
    source     = "servicecatalog.resourceConstraintUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["servicecatalog:DeleteConstraint", "servicecatalog:DescribeConstraint"]
    source  = "servicecatalog.resourceConstraintDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_servicecatalog_organizations_access" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalog.resourceOrganizationsAccessCreate, servicecatalog.resourceOrganizationsAccessRead, servicecatalog.resourceOrganizationsAccessDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicecatalog:GetAWSOrganizationsAccessStatus"]
    source  = "servicecatalog.resourceOrganizationsAccessRead"
  }

  create {
    actions = [
      "servicecatalog:DisableAWSOrganizationsAccess",
      "servicecatalog:EnableAWSOrganizationsAccess",
      "servicecatalog:GetAWSOrganizationsAccessStatus",
    ]
    source  = "servicecatalog.resourceOrganizationsAccessCreate"
  }

  delete {
    actions = [
      "servicecatalog:DisableAWSOrganizationsAccess",
      "servicecatalog:EnableAWSOrganizationsAccess",
    ]
    source  = "servicecatalog.resourceOrganizationsAccessDelete"
  }
}

resource "aws_servicecatalog_portfolio" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalog.resourcePortfolioCreate, servicecatalog.resourcePortfolioRead, servicecatalog.resourcePortfolioUpdate, servicecatalog.resourcePortfolioDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "servicecatalog:DescribePortfolio",
      "servicecatalog:DescribeProductAsAdmin",
      "servicecatalog:DescribeProvisionedProduct",
      "servicecatalog:DescribeRecord",
    ]
    source  = "servicecatalog.resourcePortfolioRead + servicecatalog.(*servicePackage).ListTags"
  }

  create {
    actions = ["servicecatalog:CreatePortfolio", "servicecatalog:DescribePortfolio"]
    source  = "servicecatalog.resourcePortfolioCreate"
  }

  update {
    attributes = []
    actions    = ["servicecatalog:UpdatePortfolio"]
    source     = "servicecatalog.resourcePortfolioUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["servicecatalog:DeletePortfolio"]
    source  = "servicecatalog.resourcePortfolioDelete"
  }
}

resource "aws_servicecatalog_portfolio_share" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalog.resourcePortfolioShareCreate, servicecatalog.resourcePortfolioShareRead, servicecatalog.resourcePortfolioShareUpdate, servicecatalog.resourcePortfolioShareDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicecatalog:DescribePortfolioShares"]
    source  = "servicecatalog.resourcePortfolioShareRead"
  }

  create {
    actions = [
      "servicecatalog:CreatePortfolioShare",
      "servicecatalog:DescribePortfolioShareStatus",
      "servicecatalog:DescribePortfolioShares",
    ]
    source  = "servicecatalog.resourcePortfolioShareCreate"
  }

  update {
    attributes = []
    actions    = ["servicecatalog:UpdatePortfolioShare"]
    source     = "servicecatalog.resourcePortfolioShareUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "servicecatalog:DeletePortfolioShare",
      "servicecatalog:DescribePortfolioShareStatus",
      "servicecatalog:DescribePortfolioShares",
    ]
    source  = "servicecatalog.resourcePortfolioShareDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_servicecatalog_principal_portfolio_association" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalog.resourcePrincipalPortfolioAssociationCreate, servicecatalog.resourcePrincipalPortfolioAssociationRead, servicecatalog.resourcePrincipalPortfolioAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicecatalog:ListPrincipalsForPortfolio"]
    source  = "servicecatalog.resourcePrincipalPortfolioAssociationRead"
  }

  create {
    actions = [
      "servicecatalog:AssociatePrincipalWithPortfolio",
      "servicecatalog:ListPrincipalsForPortfolio",
    ]
    source  = "servicecatalog.resourcePrincipalPortfolioAssociationCreate"
  }

  delete {
    actions = [
      "servicecatalog:DisassociatePrincipalFromPortfolio",
      "servicecatalog:ListPrincipalsForPortfolio",
    ]
    source  = "servicecatalog.resourcePrincipalPortfolioAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_servicecatalog_product" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalog.resourceProductCreate, servicecatalog.resourceProductRead, servicecatalog.resourceProductUpdate, servicecatalog.resourceProductDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "servicecatalog:DescribePortfolio",
      "servicecatalog:DescribeProductAsAdmin",
      "servicecatalog:DescribeProvisionedProduct",
      "servicecatalog:DescribeRecord",
    ]
    source  = "servicecatalog.resourceProductRead + servicecatalog.(*servicePackage).ListTags"
  }

  create {
    actions = ["servicecatalog:CreateProduct", "servicecatalog:DescribeProductAsAdmin"]
    source  = "servicecatalog.resourceProductCreate"
  }

  update {
    attributes = []
    actions    = ["servicecatalog:UpdateProduct"]
    source     = "servicecatalog.resourceProductUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["servicecatalog:DeleteProduct", "servicecatalog:DescribeProductAsAdmin"]
    source  = "servicecatalog.resourceProductDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_servicecatalog_product_portfolio_association" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalog.resourceProductPortfolioAssociationCreate, servicecatalog.resourceProductPortfolioAssociationRead, servicecatalog.resourceProductPortfolioAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicecatalog:ListPortfoliosForProduct"]
    source  = "servicecatalog.resourceProductPortfolioAssociationRead"
  }

  create {
    actions = [
      "servicecatalog:AssociateProductWithPortfolio",
      "servicecatalog:ListPortfoliosForProduct",
    ]
    source  = "servicecatalog.resourceProductPortfolioAssociationCreate"
  }

  delete {
    actions = [
      "servicecatalog:DisassociateProductFromPortfolio",
      "servicecatalog:ListPortfoliosForProduct",
    ]
    source  = "servicecatalog.resourceProductPortfolioAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_servicecatalog_provisioned_product" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalog.resourceProvisionedProductCreate, servicecatalog.resourceProvisionedProductRead, servicecatalog.resourceProvisionedProductUpdate, servicecatalog.resourceProvisionedProductDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "servicecatalog:DescribePortfolio",
      "servicecatalog:DescribeProductAsAdmin",
      "servicecatalog:DescribeProvisionedProduct",
      "servicecatalog:DescribeRecord",
    ]
    source  = "servicecatalog.resourceProvisionedProductRead + servicecatalog.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "servicecatalog:DescribeProvisionedProduct",
      "servicecatalog:DescribeRecord",
      "servicecatalog:ProvisionProduct",
    ]
    source  = "servicecatalog.resourceProvisionedProductCreate"
  }

  update {
    attributes = []
    actions    = ["servicecatalog:UpdateProvisionedProduct"]
    source     = "servicecatalog.resourceProvisionedProductUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "servicecatalog:DescribeProvisionedProduct",
      "servicecatalog:TerminateProvisionedProduct",
    ]
    source  = "servicecatalog.resourceProvisionedProductDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_servicecatalog_provisioning_artifact" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalog.resourceProvisioningArtifactCreate, servicecatalog.resourceProvisioningArtifactRead, servicecatalog.resourceProvisioningArtifactUpdate, servicecatalog.resourceProvisioningArtifactDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicecatalog:DescribeProvisioningArtifact"]
    source  = "servicecatalog.resourceProvisioningArtifactRead"
  }

  create {
    actions = [
      "servicecatalog:CreateProvisioningArtifact",
      "servicecatalog:DescribeProvisioningArtifact",
      "servicecatalog:UpdateProvisioningArtifact",
    ]
    source  = "servicecatalog.resourceProvisioningArtifactCreate"
  }

  update {
    attributes = []
    actions    = ["servicecatalog:UpdateProvisioningArtifact"]
    source     = "servicecatalog.resourceProvisioningArtifactUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = [
      "servicecatalog:DeleteProvisioningArtifact",
      "servicecatalog:DescribeProvisioningArtifact",
    ]
    source  = "servicecatalog.resourceProvisioningArtifactDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_servicecatalog_service_action" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalog.resourceServiceActionCreate, servicecatalog.resourceServiceActionRead, servicecatalog.resourceServiceActionUpdate, servicecatalog.resourceServiceActionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicecatalog:DescribeServiceAction"]
    source  = "servicecatalog.resourceServiceActionRead"
  }

  create {
    actions = ["servicecatalog:CreateServiceAction", "servicecatalog:DescribeServiceAction"]
    source  = "servicecatalog.resourceServiceActionCreate"
  }

  update {
    attributes = []
    actions    = ["servicecatalog:UpdateServiceAction"]
    source     = "servicecatalog.resourceServiceActionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["servicecatalog:DeleteServiceAction", "servicecatalog:DescribeServiceAction"]
    source  = "servicecatalog.resourceServiceActionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_servicecatalog_tag_option" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalog.resourceTagOptionCreate, servicecatalog.resourceTagOptionRead, servicecatalog.resourceTagOptionUpdate, servicecatalog.resourceTagOptionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicecatalog:DescribeTagOption"]
    source  = "servicecatalog.resourceTagOptionRead"
  }

  create {
    actions = [
      "servicecatalog:CreateTagOption",
      "servicecatalog:DescribeTagOption",
      "servicecatalog:UpdateTagOption",
    ]
    source  = "servicecatalog.resourceTagOptionCreate"
  }

  update {
    attributes = []
    actions    = ["servicecatalog:UpdateTagOption"]
    source     = "servicecatalog.resourceTagOptionUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["servicecatalog:DeleteTagOption", "servicecatalog:DescribeTagOption"]
    source  = "servicecatalog.resourceTagOptionDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_servicecatalog_tag_option_resource_association" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalog.resourceTagOptionResourceAssociationCreate, servicecatalog.resourceTagOptionResourceAssociationRead, servicecatalog.resourceTagOptionResourceAssociationDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicecatalog:ListResourcesForTagOption"]
    source  = "servicecatalog.resourceTagOptionResourceAssociationRead"
  }

  create {
    actions = [
      "servicecatalog:AssociateTagOptionWithResource",
      "servicecatalog:ListResourcesForTagOption",
    ]
    source  = "servicecatalog.resourceTagOptionResourceAssociationCreate"
  }

  delete {
    actions = [
      "servicecatalog:DisassociateTagOptionFromResource",
      "servicecatalog:ListResourcesForTagOption",
    ]
    source  = "servicecatalog.resourceTagOptionResourceAssociationDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_servicecatalogappregistry_application" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalogappregistry.(*applicationResource).Create, servicecatalogappregistry.(*applicationResource).Read, servicecatalogappregistry.(*applicationResource).Update, servicecatalogappregistry.(*applicationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicecatalog:GetApplication", "servicecatalog:ListTagsForResource"]
    source  = "servicecatalogappregistry.(*applicationResource).Read + servicecatalogappregistry.(*servicePackage).ListTags"
  }

  create {
    actions = ["iam:CreateServiceLinkedRole", "servicecatalog:CreateApplication"]
    source  = "servicecatalogappregistry.(*applicationResource).Create"
  }

  update {
    attributes = []
    actions    = ["iam:CreateServiceLinkedRole", "servicecatalog:UpdateApplication"]
    source     = "servicecatalogappregistry.(*applicationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["servicecatalog:TagResource", "servicecatalog:UntagResource"]
    source     = "servicecatalogappregistry.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["servicecatalog:DeleteApplication"]
    source  = "servicecatalogappregistry.(*applicationResource).Delete"
  }
}

resource "aws_servicecatalogappregistry_attribute_group" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalogappregistry.(*attributeGroupResource).Create, servicecatalogappregistry.(*attributeGroupResource).Read, servicecatalogappregistry.(*attributeGroupResource).Update, servicecatalogappregistry.(*attributeGroupResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicecatalog:GetAttributeGroup", "servicecatalog:ListTagsForResource"]
    source  = "servicecatalogappregistry.(*attributeGroupResource).Read + servicecatalogappregistry.(*servicePackage).ListTags"
  }

  create {
    actions = ["servicecatalog:CreateAttributeGroup"]
    source  = "servicecatalogappregistry.(*attributeGroupResource).Create"
  }

  update {
    attributes = []
    actions    = ["servicecatalog:UpdateAttributeGroup"]
    source     = "servicecatalogappregistry.(*attributeGroupResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["servicecatalog:TagResource", "servicecatalog:UntagResource"]
    source     = "servicecatalogappregistry.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["servicecatalog:DeleteAttributeGroup"]
    source  = "servicecatalogappregistry.(*attributeGroupResource).Delete"
  }
}

resource "aws_servicecatalogappregistry_attribute_group_association" {
  service = "servicecatalog"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (servicecatalogappregistry.(*attributeGroupAssociationResource).Create, servicecatalogappregistry.(*attributeGroupAssociationResource).Read, servicecatalogappregistry.(*attributeGroupAssociationResource).Delete) + iamlive-map 2022-08-19"

  read {
    actions = ["servicecatalog:ListAssociatedAttributeGroups"]
    source  = "servicecatalogappregistry.(*attributeGroupAssociationResource).Read"
  }

  create {
    actions = ["servicecatalog:AssociateAttributeGroup"]
    source  = "servicecatalogappregistry.(*attributeGroupAssociationResource).Create"
  }

  delete {
    actions = ["servicecatalog:DisassociateAttributeGroup"]
    source  = "servicecatalogappregistry.(*attributeGroupAssociationResource).Delete"
  }
}

data "aws_servicecatalog_constraint" {
  service = "servicecatalog"
  source  = "import: pike data/servicecatalog/aws_servicecatalog_constraint.json"

  read {
    actions = ["servicecatalog:DescribeConstraint"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_servicecatalog_launch_paths" {
  service = "servicecatalog"
  source  = "import: pike data/servicecatalog/aws_servicecatalog_launch_paths.json"

  read {
    actions = ["servicecatalog:ListLaunchPaths"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_servicecatalog_portfolio" {
  service = "servicecatalog"
  source  = "import: pike data/servicecatalog/aws_servicecatalog_portfolio.json"

  read {
    actions = ["servicecatalog:DescribePortfolio"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_servicecatalog_portfolio_constraints" {
  service = "servicecatalog"
  source  = "import: pike data/servicecatalog/aws_servicecatalog_portfolio_constraints.json"

  read {
    actions = ["servicecatalog:ListConstraintsForPortfolio"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_servicecatalog_product" {
  service = "servicecatalog"
  source  = "import: pike data/servicecatalog/aws_servicecatalog_product.json"

  read {
    actions = ["servicecatalog:DescribeProductAsAdmin"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_servicecatalog_provisioning_artifacts" {
  service = "servicecatalog"
  source  = "import: pike data/servicecatalog/aws_servicecatalog_provisioning_artifacts.json"

  read {
    actions = ["servicecatalog:ListProvisioningArtifacts"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_servicecatalogappregistry_application" {
  service = "servicecatalog"
  source  = "import: pike data/servicecatalog/aws_servicecatalogappregistry_application.json"

  read {
    actions = ["servicecatalog:GetApplication"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_servicecatalogappregistry_attribute_group" {
  service = "servicecatalog"
  source  = "import: pike data/servicecatalog/aws_servicecatalogappregistry_attribute_group.json"

  read {
    actions = ["servicecatalog:GetAttributeGroup"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_servicecatalogappregistry_attribute_group_associations" {
  service = "servicecatalog"
  source  = "import: pike data/servicecatalog/aws_servicecatalogappregistry_attribute_group_associations.json"

  read {
    actions = ["servicecatalog:ListAssociatedAttributeGroups"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
