# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_transfer_access" {
  service = "transfer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transfer.resourceAccessCreate, transfer.resourceAccessRead, transfer.resourceAccessUpdate, transfer.resourceAccessDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by transfer.CreateAccess, transfer.UpdateAccess (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["transfer:DescribeAccess"]
    source  = "transfer.resourceAccessRead"
  }

  create {
    actions = ["transfer:CreateAccess", "transfer:DescribeAccess"]
    source  = "transfer.resourceAccessCreate"
  }

  update {
    attributes = []
    actions    = ["transfer:UpdateAccess"]
    source     = "transfer.resourceAccessUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["transfer:DeleteAccess"]
    source  = "transfer.resourceAccessDelete"
  }
}

resource "aws_transfer_agreement" {
  service = "transfer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transfer.resourceAgreementCreate, transfer.resourceAgreementRead, transfer.resourceAgreementUpdate, transfer.resourceAgreementDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by transfer.CreateAgreement, transfer.UpdateAgreement (not imported: a curated pass_role block names the role attribute); not in iamlive-map, identical IAM name used: transfer:DescribeAgreement"

  read {
    actions = ["transfer:DescribeAgreement", "transfer:ListTagsForResource"]
    source  = "transfer.resourceAgreementRead + transfer.(*servicePackage).ListTags"
  }

  create {
    actions = ["transfer:CreateAgreement", "transfer:DescribeAgreement"]
    source  = "transfer.resourceAgreementCreate"
  }

  update {
    attributes = []
    actions    = ["transfer:UpdateAgreement"]
    source     = "transfer.resourceAgreementUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["transfer:TagResource", "transfer:UntagResource"]
    source     = "transfer.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["transfer:DeleteAgreement"]
    source  = "transfer.resourceAgreementDelete"
  }
}

resource "aws_transfer_certificate" {
  service = "transfer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transfer.resourceCertificateCreate, transfer.resourceCertificateRead, transfer.resourceCertificateUpdate, transfer.resourceCertificateDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["transfer:DescribeCertificate", "transfer:ListTagsForResource"]
    source  = "transfer.resourceCertificateRead + transfer.(*servicePackage).ListTags"
  }

  create {
    actions = ["transfer:DescribeCertificate", "transfer:ImportCertificate"]
    source  = "transfer.resourceCertificateCreate"
  }

  update {
    attributes = []
    actions    = ["transfer:UpdateCertificate"]
    source     = "transfer.resourceCertificateUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["transfer:TagResource", "transfer:UntagResource"]
    source     = "transfer.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["transfer:DeleteCertificate"]
    source  = "transfer.resourceCertificateDelete"
  }
}

resource "aws_transfer_connector" {
  service = "transfer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transfer.resourceConnectorCreate, transfer.resourceConnectorRead, transfer.resourceConnectorUpdate, transfer.resourceConnectorDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by transfer.CreateConnector, transfer.UpdateConnector (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["transfer:DescribeConnector", "transfer:ListTagsForResource"]
    source  = "transfer.resourceConnectorRead + transfer.(*servicePackage).ListTags"
  }

  create {
    actions = ["transfer:CreateConnector", "transfer:DescribeConnector"]
    source  = "transfer.resourceConnectorCreate"
  }

  update {
    attributes = []
    actions    = ["transfer:UpdateConnector"]
    source     = "transfer.resourceConnectorUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["transfer:TagResource", "transfer:UntagResource"]
    source     = "transfer.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["transfer:DeleteConnector", "transfer:DescribeConnector"]
    source  = "transfer.resourceConnectorDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_transfer_host_key" {
  service = "transfer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transfer.(*hostKeyResource).Create, transfer.(*hostKeyResource).Read, transfer.(*hostKeyResource).Update, transfer.(*hostKeyResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: transfer:DeleteHostKey, transfer:DescribeHostKey, transfer:ImportHostKey, transfer:UpdateHostKey"

  read {
    actions = ["transfer:DescribeHostKey", "transfer:ListTagsForResource"]
    source  = "transfer.(*hostKeyResource).Read + transfer.(*servicePackage).ListTags"
  }

  create {
    actions = ["transfer:DescribeHostKey", "transfer:ImportHostKey"]
    source  = "transfer.(*hostKeyResource).Create"
  }

  update {
    attributes = []
    actions    = ["transfer:UpdateHostKey"]
    source     = "transfer.(*hostKeyResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["transfer:TagResource", "transfer:UntagResource"]
    source     = "transfer.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["transfer:DeleteHostKey"]
    source  = "transfer.(*hostKeyResource).Delete"
  }
}

resource "aws_transfer_profile" {
  service = "transfer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transfer.resourceProfileCreate, transfer.resourceProfileRead, transfer.resourceProfileUpdate, transfer.resourceProfileDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["transfer:DescribeProfile", "transfer:ListTagsForResource"]
    source  = "transfer.resourceProfileRead + transfer.(*servicePackage).ListTags"
  }

  create {
    actions = ["transfer:CreateProfile", "transfer:DescribeProfile"]
    source  = "transfer.resourceProfileCreate"
  }

  update {
    attributes = []
    actions    = ["transfer:UpdateProfile"]
    source     = "transfer.resourceProfileUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["transfer:TagResource", "transfer:UntagResource"]
    source     = "transfer.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["transfer:DeleteProfile"]
    source  = "transfer.resourceProfileDelete"
  }
}

resource "aws_transfer_server" {
  service = "transfer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transfer.resourceServerCreate, transfer.resourceServerRead, transfer.resourceServerUpdate, transfer.resourceServerDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by transfer.CreateServer, transfer.UpdateServer (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["transfer:DescribeServer", "transfer:ListTagsForResource"]
    source  = "transfer.resourceServerRead + transfer.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "transfer:CreateServer",
      "transfer:DescribeServer",
      "transfer:StartServer",
      "transfer:StopServer",
      "transfer:UpdateServer",
    ]
    source  = "transfer.resourceServerCreate"
  }

  update {
    attributes = []
    actions    = ["transfer:StartServer", "transfer:StopServer", "transfer:UpdateServer"]
    source     = "transfer.resourceServerUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["transfer:TagResource", "transfer:UntagResource"]
    source     = "transfer.(*servicePackage).UpdateTags"
  }

  delete {
    actions = [
      "transfer:DeleteServer",
      "transfer:DeleteUser",
      "transfer:DescribeServer",
      "transfer:DescribeUser",
      "transfer:ListUsers",
    ]
    source  = "transfer.resourceServerDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_transfer_ssh_key" {
  service = "transfer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transfer.resourceSSHKeyCreate, transfer.resourceSSHKeyRead, transfer.resourceSSHKeyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["transfer:DescribeUser"]
    source  = "transfer.resourceSSHKeyRead"
  }

  create {
    actions = ["transfer:DescribeUser", "transfer:ImportSshPublicKey"]
    source  = "transfer.resourceSSHKeyCreate"
  }

  delete {
    actions = ["transfer:DeleteSshPublicKey"]
    source  = "transfer.resourceSSHKeyDelete"
  }
}

resource "aws_transfer_tag" {
  service = "transfer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transfer.resourceTagCreate, transfer.resourceTagRead, transfer.resourceTagUpdate, transfer.resourceTagDelete) + iamlive-map 2022-08-19"
  note    = "dropped from create as rollback calls: transfer:UntagResource"

  read {
    actions = ["transfer:ListTagsForResource"]
    source  = "transfer.resourceTagRead"
  }

  create {
    actions = ["transfer:ListTagsForResource", "transfer:TagResource"]
    source  = "transfer.resourceTagCreate"
  }

  update {
    attributes = []
    actions    = ["transfer:TagResource", "transfer:UntagResource"]
    source     = "transfer.resourceTagUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["transfer:TagResource", "transfer:UntagResource"]
    source  = "transfer.resourceTagDelete"
  }
}

resource "aws_transfer_user" {
  service = "transfer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transfer.resourceUserCreate, transfer.resourceUserRead, transfer.resourceUserUpdate, transfer.resourceUserDelete) + iamlive-map 2022-08-19"
  note    = "iamlive-map: iam:PassRole is also needed by transfer.CreateUser, transfer.UpdateUser (not imported: a curated pass_role block names the role attribute)"

  read {
    actions = ["transfer:DescribeUser", "transfer:ListTagsForResource"]
    source  = "transfer.resourceUserRead + transfer.(*servicePackage).ListTags"
  }

  create {
    actions = ["transfer:CreateUser", "transfer:DescribeUser"]
    source  = "transfer.resourceUserCreate"
  }

  update {
    attributes = []
    actions    = ["transfer:UpdateUser"]
    source     = "transfer.resourceUserUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["transfer:TagResource", "transfer:UntagResource"]
    source     = "transfer.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["transfer:DeleteUser", "transfer:DescribeUser"]
    source  = "transfer.resourceUserDelete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}

resource "aws_transfer_web_app" {
  service = "transfer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transfer.(*webAppResource).Create, transfer.(*webAppResource).Read, transfer.(*webAppResource).Update, transfer.(*webAppResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: transfer:CreateWebApp, transfer:DeleteWebApp, transfer:DescribeWebApp, transfer:UpdateWebApp"

  read {
    actions = ["transfer:DescribeWebApp", "transfer:ListTagsForResource"]
    source  = "transfer.(*webAppResource).Read + transfer.(*servicePackage).ListTags"
  }

  create {
    actions = ["transfer:CreateWebApp", "transfer:DescribeWebApp"]
    source  = "transfer.(*webAppResource).Create"
  }

  update {
    attributes = []
    actions    = ["transfer:UpdateWebApp"]
    source     = "transfer.(*webAppResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["transfer:TagResource", "transfer:UntagResource"]
    source     = "transfer.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["transfer:DeleteWebApp"]
    source  = "transfer.(*webAppResource).Delete"
  }
}

resource "aws_transfer_web_app_customization" {
  service = "transfer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transfer.(*webAppCustomizationResource).Create, transfer.(*webAppCustomizationResource).Read, transfer.(*webAppCustomizationResource).Update, transfer.(*webAppCustomizationResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: transfer:DeleteWebAppCustomization, transfer:DescribeWebAppCustomization, transfer:UpdateWebAppCustomization"

  read {
    actions = ["transfer:DescribeWebAppCustomization"]
    source  = "transfer.(*webAppCustomizationResource).Read"
  }

  create {
    actions = ["transfer:UpdateWebAppCustomization"]
    source  = "transfer.(*webAppCustomizationResource).Create"
  }

  update {
    attributes = []
    actions    = ["transfer:UpdateWebAppCustomization"]
    source     = "transfer.(*webAppCustomizationResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["transfer:DeleteWebAppCustomization"]
    source  = "transfer.(*webAppCustomizationResource).Delete"
  }
}

resource "aws_transfer_workflow" {
  service = "transfer"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (transfer.resourceWorkflowCreate, transfer.resourceWorkflowRead, transfer.resourceWorkflowUpdate, transfer.resourceWorkflowDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["transfer:DescribeWorkflow", "transfer:ListTagsForResource"]
    source  = "transfer.resourceWorkflowRead + transfer.(*servicePackage).ListTags"
  }

  create {
    actions = ["transfer:CreateWorkflow", "transfer:DescribeWorkflow"]
    source  = "transfer.resourceWorkflowCreate"
  }

  update {
    attributes = []
    actions    = []
    source     = "transfer.resourceWorkflowUpdate"
    note       = "the update handler makes no write of its own (its other calls are reads)"
  }

  update {
    attributes = ["tags"]
    actions    = ["transfer:TagResource", "transfer:UntagResource"]
    source     = "transfer.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["transfer:DeleteWorkflow"]
    source  = "transfer.resourceWorkflowDelete"
  }
}

data "aws_transfer_connector" {
  service = "transfer"
  source  = "import: pike data/transfer/aws_transfer_connector.json"

  read {
    actions = ["transfer:DescribeConnector"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_transfer_server" {
  service = "transfer"
  source  = "import: pike data/transfer/aws_transfer_server.json"

  read {
    actions = ["transfer:DescribeServer"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
