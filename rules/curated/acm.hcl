# AWS Certificate Manager (IAM prefix acm): hand-curated rules (this batch: aws_acm_certificate).

resource "aws_acm_certificate" {
  service           = "acm"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/acm/certificate.go"
  arn               = "${arn}"
  provider_versions = "5.100.0, 6.x"
  note              = "the certificate ARN ends in a random id: its `arn` attribute when known, else the certificate pattern (RequestCertificate takes no resource)"

  read {
    actions = ["acm:DescribeCertificate", "acm:ListTagsForCertificate"]
    source  = "resourceCertificateRead (DescribeCertificate); tags via transparent tagging (@Tags) ListTags (ListTagsForCertificate)"
  }

  create {
    if_set  = "domain_name"
    actions = ["acm:RequestCertificate"]
    source  = "resourceCertificateCreate (RequestCertificate for domain_name)"
  }

  create {
    if_set  = "private_key"
    actions = ["acm:ImportCertificate"]
    source  = "resourceCertificateCreate (ImportCertificate for certificate_body / private_key)"
  }

  create {
    if_set  = "tags_all"
    actions = ["acm:AddTagsToCertificate"]
    source  = "AWS docs: ACM User Guide, tagging (tags in RequestCertificate / ImportCertificate require acm:AddTagsToCertificate)"
  }

  update {
    attributes = ["certificate_body", "certificate_chain", "private_key"]
    actions    = ["acm:ImportCertificate"]
    source     = "resourceCertificateUpdate (re-import)"
  }

  update {
    attributes = ["early_renewal_duration"]
    actions    = ["acm:RenewCertificate"]
    source     = "resourceCertificateUpdate (RenewCertificate when early renewal is due)"
  }

  update {
    attributes = ["options"]
    actions    = ["acm:UpdateCertificateOptions"]
    source     = "resourceCertificateUpdate (UpdateCertificateOptions)"
  }

  update {
    attributes = ["tags"]
    actions    = ["acm:AddTagsToCertificate", "acm:RemoveTagsFromCertificate"]
    source     = "transparent tagging UpdateTags"
  }

  delete {
    actions = ["acm:DeleteCertificate"]
    source  = "resourceCertificateDelete (DeleteCertificate, retried while in use)"
  }
}

resource "aws_acm_certificate_validation" {
  service           = "acm"
  source            = "terraform-provider-aws v6.60.0 provider-model call_patterns internal/service/acm/certificate_validation.go (delete is schema.NoopContext)"
  provider_versions = "5.100.0, 6.x"

  read {
    actions  = ["acm:DescribeCertificate"]
    resource = "${certificate_arn}"
    source   = "resourceCertificateValidationRead (findCertificateValidationByARN -> DescribeCertificate, status ISSUED)"
  }

  create {
    actions = []
    source  = "resourceCertificateValidationCreate (DescribeCertificate to check validation_record_fqdns, then waitCertificateIssued polls DescribeCertificate; both are the read action)"
    note    = "Create makes no write call: it only waits, with DescribeCertificate, until the certificate is ISSUED"
  }

  update {
    attributes = ["timeouts"]
    actions    = []
    source     = "no API call"
  }

  delete {
    actions = []
    source  = "schema.NoopContext (removal from state only)"
  }
}
