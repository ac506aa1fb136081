# Imported baseline rules (do not edit: regenerate with cargo run --release --bin import-rules). Curated entries in rules/curated override these.

resource "aws_acmpca_certificate" {
  service = "acm-pca"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (acmpca.resourceCertificateCreate, acmpca.resourceCertificateRead, acmpca.resourceCertificateRevoke) + iamlive-map 2022-08-19"

  read {
    actions = ["acm-pca:GetCertificate"]
    source  = "acmpca.resourceCertificateRead"
  }

  create {
    actions = ["acm-pca:GetCertificate", "acm-pca:IssueCertificate"]
    source  = "acmpca.resourceCertificateCreate"
  }

  delete {
    actions = ["acm-pca:RevokeCertificate"]
    source  = "acmpca.resourceCertificateRevoke"
  }
}

resource "aws_acmpca_certificate_authority" {
  service = "acm-pca"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (acmpca.resourceCertificateAuthorityCreate, acmpca.resourceCertificateAuthorityRead, acmpca.resourceCertificateAuthorityUpdate, acmpca.resourceCertificateAuthorityDelete) + iamlive-map 2022-08-19"

  read {
    actions = [
      "acm-pca:DescribeCertificateAuthority",
      "acm-pca:GetCertificateAuthorityCertificate",
      "acm-pca:GetCertificateAuthorityCsr",
      "acm-pca:ListTags",
    ]
    source  = "acmpca.resourceCertificateAuthorityRead + acmpca.(*servicePackage).ListTags"
  }

  create {
    actions = [
      "acm-pca:CreateCertificateAuthority",
      "acm-pca:DescribeCertificateAuthority",
      "acm-pca:GetCertificateAuthorityCertificate",
      "acm-pca:GetCertificateAuthorityCsr",
    ]
    source  = "acmpca.resourceCertificateAuthorityCreate"
  }

  update {
    attributes = []
    actions    = ["acm-pca:UpdateCertificateAuthority"]
    source     = "acmpca.resourceCertificateAuthorityUpdate"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  update {
    attributes = ["tags"]
    actions    = ["acm-pca:TagCertificateAuthority", "acm-pca:UntagCertificateAuthority"]
    source     = "acmpca.(*servicePackage).UpdateTags"
  }

  delete {
    actions = ["acm-pca:DeleteCertificateAuthority", "acm-pca:UpdateCertificateAuthority"]
    source  = "acmpca.resourceCertificateAuthorityDelete"
  }
}

resource "aws_acmpca_certificate_authority_certificate" {
  service = "acm-pca"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (acmpca.resourceCertificateAuthorityCertificateCreate, acmpca.resourceCertificateAuthorityCertificateRead, schema.NoopContext) + iamlive-map 2022-08-19"

  read {
    actions = ["acm-pca:GetCertificateAuthorityCertificate"]
    source  = "acmpca.resourceCertificateAuthorityCertificateRead"
  }

  create {
    actions = [
      "acm-pca:GetCertificateAuthorityCertificate",
      "acm-pca:ImportCertificateAuthorityCertificate",
    ]
    source  = "acmpca.resourceCertificateAuthorityCertificateCreate"
  }

  delete {
    actions = []
    source  = "schema.NoopContext"
    note    = "the provider's delete is schema.NoopContext: it only forgets the resource"
  }
}

resource "aws_acmpca_permission" {
  service = "acm-pca"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (acmpca.resourcePermissionCreate, acmpca.resourcePermissionRead, acmpca.resourcePermissionDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["acm-pca:ListPermissions"]
    source  = "acmpca.resourcePermissionRead"
  }

  create {
    actions = ["acm-pca:CreatePermission", "acm-pca:ListPermissions"]
    source  = "acmpca.resourcePermissionCreate"
  }

  delete {
    actions = ["acm-pca:DeletePermission"]
    source  = "acmpca.resourcePermissionDelete"
  }
}

resource "aws_acmpca_policy" {
  service = "acm-pca"
  source  = "import: provider-model terraform-provider-aws v6.60.0 (acmpca.resourcePolicyPut, acmpca.resourcePolicyRead, acmpca.resourcePolicyDelete) + iamlive-map 2022-08-19"

  read {
    actions = ["acm-pca:GetPolicy"]
    source  = "acmpca.resourcePolicyRead"
  }

  create {
    actions = ["acm-pca:GetPolicy", "acm-pca:PutPolicy"]
    source  = "acmpca.resourcePolicyPut"
  }

  update {
    attributes = []
    actions    = ["acm-pca:PutPolicy"]
    source     = "acmpca.resourcePolicyPut"
    note       = "every write the update handler can make, for any attribute (the provider model does not split them by attribute)"
  }

  delete {
    actions = ["acm-pca:DeletePolicy"]
    source  = "acmpca.resourcePolicyDelete"
  }
}

data "aws_acmpca_certificate" {
  service = "acm-pca"
  source  = "import: pike data/acm-pca/aws_acmpca_certificate.json"

  read {
    actions = ["acm-pca:GetCertificate"]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}

data "aws_acmpca_certificate_authority" {
  service = "acm-pca"
  source  = "import: pike data/acm-pca/aws_acmpca_certificate_authority.json"

  read {
    actions = [
      "acm-pca:DescribeCertificateAuthority",
      "acm-pca:GetCertificateAuthorityCertificate",
      "acm-pca:GetCertificateAuthorityCsr",
      "acm-pca:ListTags",
    ]
    source  = "every action Pike lists for the data source (plan, apply, modify, destroy, attributes): a data source only reads"
  }
}
