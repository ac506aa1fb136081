# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_invoicing_invoice_unit" {
  service = "invoicing"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (invoicing.(*invoiceUnitResource).Create, invoicing.(*invoiceUnitResource).Read, invoicing.(*invoiceUnitResource).Update, invoicing.(*invoiceUnitResource).Delete) + iamlive-map 2022-08-19"
  note    = "not in iamlive-map, identical IAM name used: invoicing:CreateInvoiceUnit, invoicing:DeleteInvoiceUnit, invoicing:GetInvoiceUnit, invoicing:ListTagsForResource, invoicing:TagResource, invoicing:UntagResource, invoicing:UpdateInvoiceUnit"

  read {
    actions = ["invoicing:GetInvoiceUnit", "invoicing:ListTagsForResource"]
    source  = "invoicing.(*invoiceUnitResource).Read + invoicing.(*servicePackage).ListTags"
  }

  create {
    actions = ["invoicing:CreateInvoiceUnit", "invoicing:GetInvoiceUnit"]
    source  = "invoicing.(*invoiceUnitResource).Create"
  }

  update {
    attributes = []
    actions    = ["invoicing:UpdateInvoiceUnit"]
    source     = "invoicing.(*invoiceUnitResource).Update"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["invoicing:TagResource", "invoicing:UntagResource"]
    source     = "invoicing.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["invoicing:DeleteInvoiceUnit", "invoicing:GetInvoiceUnit"]
    source  = "invoicing.(*invoiceUnitResource).Delete"
    note    = "read-only calls made by the delete handler (finders/waiters), per the provider model"
  }
}
